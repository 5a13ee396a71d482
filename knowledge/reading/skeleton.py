"""A sentence's skeleton: its words with every mention replaced by a numbered token.

"Labour's Emma Dent Coad took Lady Victoria Borwick's safe Conservative seat" becomes
"<P0>'s <H1> took <H2>'s safe <P3> seat", so that the phrase rules are written once for every
seat, party, person and figure. Tokens: S seat, P party, H person, N number.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from knowledge.lexicon.parties import canonical_party
from knowledge.lexicon.people import TITLES
from knowledge.lexicon.text import name_key
from knowledge.reading.mentions import (
    NOT_NAME_WORDS,
    NumberMention,
    PartyMention,
    PersonMention,
    SeatMention,
    find_numbers,
    find_parties,
    find_people,
    find_seats,
    in_spans,
)

Mention = SeatMention | PartyMention | PersonMention | NumberMention
TOKEN = re.compile(r"<([SPHN])(\d+)>")
M = TypeVar("M", SeatMention, PartyMention, PersonMention, NumberMention)
_KIND = {SeatMention: "S", PartyMention: "P", PersonMention: "H", NumberMention: "N"}
_DOUBLE_POSSESSIVE = re.compile(r"(<[PH]\d+>'s)(?:'s|')")
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class Skeleton:
    text: str
    mentions: list[Mention] = field(default_factory=list)
    # tokens(kind) of the whole text: the stages ask for a sentence's seats again and again
    _by_kind: dict[str, tuple[tuple[int, Mention], ...]] = field(default_factory=dict, repr=False, compare=False)

    def mention(self, token: str) -> Mention:
        """The mention behind a token such as '<H3>' or 'H3'."""
        match = TOKEN.search(token) or re.match(r"([SPHN])(\d+)", token)
        assert match is not None
        return self.mentions[int(match.group(2))]

    def tokens(self, kind: str, text: str | None = None) -> tuple[tuple[int, Mention], ...]:
        """(offset in the skeleton, mention) of every token of `kind` in `text` (default: all)."""
        if text is None and kind in self._by_kind:
            return self._by_kind[kind]
        source = self.text if text is None else text
        found = tuple((m.start(), self.mentions[int(m.group(2))]) for m in TOKEN.finditer(source) if m.group(1) == kind)
        if text is None:
            self._by_kind[kind] = found
        return found


def build(sentence: str, keep: Callable[[PersonMention], bool] | None = None,
          stated: dict[str, str] | None = None) -> Skeleton:
    """The skeleton of `sentence`; `keep` may drop person mentions that turn out not to be people; `stated`
    seats no gazetteer holds are seats too (see mentions.stated_seats)."""
    return assemble(sentence, kept_people(find_mentions(sentence, stated), keep))


def find_mentions(sentence: str, stated: dict[str, str] | None = None) -> list[Mention]:
    """Every mention of `sentence` in order of where it starts: seats, then parties and numbers outside them,
    then people outside all three. Overlaps are left for `assemble` to settle."""
    seats = find_seats(sentence, stated)
    parties = [p for p in _outside(find_parties(sentence), seats) if not _is_surname(sentence, p)]
    numbers = _outside(_outside(find_numbers(sentence), seats), parties)
    blocked = [(m.start, m.end) for m in (*seats, *parties, *numbers)]
    return sorted([*seats, *parties, *numbers, *find_people(sentence, blocked)], key=lambda m: m.start)


def kept_people(mentions: list[Mention], keep: Callable[[PersonMention], bool] | None) -> list[Mention]:
    """The mentions without the people `keep` drops (asked in order, once each)."""
    if keep is None:
        return mentions
    return [m for m in mentions if not isinstance(m, PersonMention) or keep(m)]


def assemble(sentence: str, mentions: list[Mention]) -> Skeleton:
    """The skeleton of `sentence` with `mentions` (in order of start) as tokens; a mention that starts inside
    an earlier one is left out."""
    parts: list[str] = []
    kept: list[Mention] = []
    cursor = 0
    for mention in mentions:
        if mention.start < cursor:
            continue
        parts.append(sentence[cursor:mention.start])
        parts.append(f"<{_KIND[type(mention)]}{len(kept)}>")
        if getattr(mention, "possessive", False):
            parts.append("'s")
        kept.append(mention)
        cursor = mention.end
    parts.append(sentence[cursor:])
    text = "".join(parts).replace("’", "'").replace("‘", "'")
    text = _DOUBLE_POSSESSIVE.sub(r"\1", text)
    return Skeleton(_SPACES.sub(" ", text), kept)


_NAME_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][a-zà-ÿ'’-]+) $")


def _is_surname(sentence: str, party: PartyMention) -> bool:
    """'Kate Green', 'Chris Green (Conservative)': a one-word party name after a first name is a surname."""
    word = sentence[party.start:party.end]
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    before = _NAME_BEFORE.search(sentence, max(0, party.start - 30), party.start)
    return bool(before) and name_key(before.group(1)) not in NOT_NAME_WORDS and \
        before.group(1).lower() not in TITLES and canonical_party(before.group(1)) == before.group(1)


def _outside(mentions: list[M], spans: Sequence[Mention]) -> list[M]:
    """The mentions that start inside none of `spans`."""
    inside = in_spans([m.start for m in mentions], [(s.start, s.end) for s in spans])
    return [m for m, held in zip(mentions, inside, strict=True) if not held]
