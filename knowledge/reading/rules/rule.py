"""A reader rule as a record: its id, family, step, pattern, captures, guards and examples."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

from knowledge.reading.article_text import Sentence
from knowledge.reading.prefilter import Prefiltered

Family = Literal["result-block", "outcome", "seat", "election", "not-a-fact", "recounts-margins", "party"]
FAMILIES: tuple[Family, ...] = ("result-block", "outcome", "seat", "election", "not-a-fact", "recounts-margins",
                                "party")
# The reader's steps (knowledge.reading.reader) and what each does with a rule's match.
Step = Literal[
    "headline", "gain_from", "lost_seat_to_party", "took_seat_of", "winner_subject", "elected", "loser_first",
    "beat", "roundup_hold", "attribution", "standing_for", "role", "candidacy", "placement", "votes", "score",
    "margin", "previous_majority", "recount", "recount_none", "figure", "declared", "era", "block", "conclude",
    "guard", "official", "correction", "seat_name", "share_row", "respectively",
]
# Where a guard looks: the text before the match, right after it, the match's clause, that clause or the one
# before it, the whole sentence, or who the sentence's subject is (a check of the reader's, no pattern).
GuardScope = Literal["before", "after", "clause", "clause_or_previous", "sentence", "subject"]
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Evidence(Generic[V]):
    """A value the reader found, the sentence that states it and the rule that read it there."""

    value: V
    sentence: Sentence
    rule: str
    strength: int = 0  # outcome rules: a stronger statement ("CON GAIN") overrides a weaker one


@dataclass(frozen=True, slots=True)
class Want:
    """A fact an example must give; `rule` when another rule than the example's own gives it."""

    field: str
    value: str | int | float
    candidate: str | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Example:
    """An article of the rule's own sentences (polling day 2019 unless `date` says otherwise)."""

    text: str
    facts: tuple[Want, ...] = ()
    absent: tuple[str, ...] | None = None  # fields it must not state (a counter-example's default: the rule's)
    date: str = "2019-12-13"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    family: Family
    step: Step
    pattern: re.Pattern[str] | None  # None: the rule works on what other rules found (conclusions, lists)
    captures: tuple[tuple[str, str], ...]  # (group, what it sets): "seat", "winner", "loser", "party", ...
    sets: tuple[str, ...]  # the fact fields it gives
    examples: tuple[Example, ...]
    counter_examples: tuple[Example, ...] = ()
    outcome: str | None = None  # "gain" or "hold" when every match says so
    strength: int = 0
    guards: tuple[str, ...] = ()  # ids of not-a-fact rules checked before a match counts
    scope: GuardScope | None = None  # guards: where the pattern is looked for
    blocks_unless_found: bool = False  # guards: the match counts only when the pattern is found
    bounds: tuple[float, float] | None = None  # figures: the values that can be this figure
    # the pattern behind a test of the literals every match contains (derived from the pattern, see prefilter)
    matcher: Prefiltered | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.pattern is not None:
            object.__setattr__(self, "matcher", Prefiltered(self.pattern))

    def take(self, match: re.Match[str], role: str) -> str | None:
        """The text of the first group of `match` that sets `role`, if any took part."""
        for group, what in self.captures:
            if what == role and match.group(group):
                return match.group(group)
        return None


def _ex(text: str, *facts: Want, absent: tuple[str, ...] | None = None, date: str = "2019-12-13") -> Example:
    return Example(text, facts, absent, date)


W = Want
