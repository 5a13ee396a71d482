"""Formatting answers: numbers (16,333), percentages, parties, seat labels, lists.

Everything an answer says is built from these helpers so every reply reads the same way. How long an
answer may be is the platform's business, not theirs (the Discord layer fits and pages answers).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from knowledge.fields import CANDIDATE_FIELDS, FIELDS
from knowledge.lexicon import parties
from knowledge.lexicon.numbers import ordinal_word
from knowledge.lexicon.parties import canonical_party
from knowledge.lexicon.text import format_votes, name_key
from knowledge.records import Candidate, Conflict, Provenance, Seat, Value

FIELD_NAMES: dict[str, str] = {f.name: f.noun for f in (*FIELDS, *CANDIDATE_FIELDS)}
MAX_SENTENCE = 300
SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?])")


def number(value: Value | None) -> str:
    """16333 -> '16,333'."""
    if isinstance(value, int | float):
        return format_votes(value)
    return str(value) if value is not None else "unknown"


def percent(value: Value | None) -> str:
    """64.63 -> '64.63%'."""
    if isinstance(value, int | float):
        return f"{value:.2f}".rstrip("0").rstrip(".") + "%"
    return str(value)


def value_text(field: str, value: Value | None) -> str:
    """A field's value as an answer writes it."""
    if field == "turnout_percent":
        return percent(value)
    if field in ("winner_party", "previous_party", "party"):
        return party(str(value)) if value is not None else "unknown"
    return number(value)


@lru_cache(maxsize=1 << 12)
def party(name: str | None) -> str:
    """The canonical name of a party ('Lib Dems' -> 'Liberal Democrat'); remembered, since answers name
    the same few dozen parties over and over."""
    return (canonical_party(name) or name) if name else "party not given"


def party_noun(name: str | None) -> str:
    """A party as a sentence names it: 'the Conservatives', 'the SNP', 'Labour'."""
    return parties.party_noun(name) if name else party(name)


def sentence_start(text: str) -> str:
    """'the Conservatives won' -> 'The Conservatives won'."""
    return text[:1].upper() + text[1:]


def stood_for(candidate_party: str | None) -> str:
    """'stood for the Conservatives', 'stood as an independent'."""
    full = party(candidate_party)
    if full == "Independent":
        return "stood as an independent"
    return f"stood for {party_noun(full)}" if candidate_party else "stood (party not given)"


def short_party(name: str | None) -> str:
    """A party's short name for long lists ('Scottish National Party' -> 'SNP')."""
    return parties.short_name(name) if name else party(name)


def same_party(a: str | None, b: str | None) -> bool:
    return bool(a and b) and canonical_party(a) == canonical_party(b)


def ordinal(position: int) -> str:
    """3 -> 'third'."""
    return ordinal_word(position)


def seat_label(seat: Seat) -> str:
    """'Kensington (2017)'; 'Runcorn and Helsby (by-election of 1 May 2025)'."""
    if seat.by_election:
        return f"{seat.constituency} ({seat.contest.describe().removeprefix('the ')})"
    return f"{seat.constituency} ({seat.election_year})" if seat.election_year else seat.constituency


def person(candidate: Candidate) -> str:
    """'Emma Dent Coad (Labour)'."""
    return f"{candidate.name} ({party(candidate.party)})" if candidate.party else candidate.name


def field_sources(seat: Seat, *fields: str) -> list[Provenance]:
    out: list[Provenance] = []
    for name in fields:
        fact = seat.facts.get(name)
        if fact is not None:
            out.extend(fact.sources)
    return out


def conflict_note(seat: Seat, field: str, candidate: str | None = None) -> str:
    """How sources disagree on one fact: '(an article reported 16,313; official figure 16,312)'."""
    notes = [_describe_conflict(c) for c in seat.conflicts if c.field == field
             and (name_key(c.candidate or "") == name_key(candidate or ""))]
    return f"Sources differ: {'; '.join(notes)}." if notes else ""


def conflict_label(conflict: Conflict) -> str:
    """'votes of Victoria Borwick: an article (x.txt) reported 16,313; official figure 16,312'."""
    what = FIELD_NAMES.get(conflict.field, conflict.field)
    if conflict.candidate:
        what += f" of {conflict.candidate}"
    return f"{what}: {_describe_conflict(conflict)}"


def winning_party(seat: Seat) -> str | None:
    """The winner's party: the seat's stated party, else the elected candidate's."""
    stated = seat.get("winner_party")
    if stated is not None:
        return str(stated)
    elected = winner_of(seat)
    return elected.party if elected is not None else None


def _describe_conflict(conflict: Conflict) -> str:
    kept = value_text(conflict.field, conflict.kept)
    other = value_text(conflict.field, conflict.other)
    other_where = f"{conflict.other_source.file}" + (f", {conflict.other_source.date}"
                                                      if conflict.other_source.date else "")
    if conflict.kept_source.origin == "official":
        return f"an article ({other_where}) reported {other}; official figure {kept}"
    return f"{other_where} gives {other}; {conflict.kept_source.file} gives {kept}"


def recount_phrase(count: Value | None) -> str:
    """'no recount', '1 recount', '3 recounts'."""
    if not count:
        return "no recount"
    return f"{number(count)} recount{'s' if count != 1 else ''}"


def listing(items: Sequence[str], limit: int = 12, total: int | None = None) -> str:
    """'a, b and c'; long lists end '... and 7 more' (`total`: how many there are when `items` is cut).

    Items that hold commas themselves ('Southampton, Itchen') are separated by semicolons.
    """
    shown = list(items[:limit])
    sep = "; " if any("," in item for item in shown) else ", "
    rest = (len(items) if total is None else total) - len(shown)
    if rest > 0:
        return sep.join(shown) + f" and {rest} more"
    if len(shown) <= 1:
        return "".join(shown)
    return sep.join(shown[:-1]) + " and " + shown[-1]


def alternatives(items: Sequence[str]) -> str:
    """'a, b or c' (names may themselves hold 'and'; names with commas are separated by semicolons)."""
    items = list(items)
    sep = "; " if any("," in item for item in items) else ", "
    return items[0] if len(items) == 1 else sep.join(items[:-1]) + " or " + items[-1]


def quote_sentence(text: str) -> str:
    """A source sentence, shortened to fit an answer."""
    text = SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(text.split()))
    if len(text) <= MAX_SENTENCE:
        return text
    cut = text[:MAX_SENTENCE]
    at_word = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return at_word.rstrip(",;:—–- ") + "…"


# ----- reading a seat's candidates -----

def winner_of(seat: Seat) -> Candidate | None:
    """The elected candidate, when the sources name the winner."""
    return next((c for c in seat.candidates if c.elected), None)


def winner_name(seat: Seat) -> str | None:
    candidate = winner_of(seat)
    if candidate is not None:
        return person(candidate)
    name = seat.get("winner")
    if name is None:
        return None
    winning_party = seat.get("winner_party")
    return f"{name} ({party(str(winning_party))})" if winning_party else str(name)


def runner_up(seat: Seat) -> tuple[Candidate | None, bool]:
    """(the candidate with most votes after the winner, whether the sources make that certain).

    Certain when every other candidate's votes are given, or when the winner's votes minus the
    majority is exactly this candidate's votes.
    """
    others = [c for c in seat.candidates if not c.elected]
    counted = [c for c in others if c.votes is not None]
    if not counted:
        return (others[0], True) if len(others) == 1 and winner_of(seat) and seat.get("margin") is not None \
            else (None, False)
    best = max(counted, key=lambda c: c.votes or 0)
    winner = winner_of(seat)
    margin = seat.get("margin")
    by_margin = (winner is not None and winner.votes is not None and isinstance(margin, int)
                 and winner.votes - margin == best.votes)
    return best, len(counted) == len(others) or by_margin


def position_of(seat: Seat, candidate: Candidate) -> tuple[int | None, int, bool]:
    """(place, candidates compared, certain) of a candidate by votes; place None without votes."""
    if candidate.elected:
        return 1, len(seat.candidates), True
    if candidate.votes is None:
        return None, len(seat.candidates), False
    counted = [c for c in seat.candidates if c.votes is not None or c.elected]
    above = sum(1 for c in counted if c is not candidate and (c.elected or (c.votes or 0) > candidate.votes))
    return above + 1, len(counted), len(counted) == len(seat.candidates)


def outcome_phrase(seat: Seat) -> str:
    """'Labour gain from Conservative', 'SNP hold', or '' when the sources don't say."""
    outcome = seat.get("outcome")
    winning = seat.get("winner_party")
    before = seat.get("previous_party")
    if outcome == "gain":
        who = party(str(winning)) if winning else "a"
        source = f" from {party(str(before))}" if before else ""
        return f"{who} gain{source}"
    if outcome == "hold":
        return f"{party(str(winning or before))} hold" if (winning or before) else "a hold"
    return ""


def candidate_line(candidate: Candidate, seat: Seat) -> str:
    """'Victoria Borwick (Conservative) 16,313' for a result listing."""
    votes = number(candidate.votes) if candidate.votes is not None else "votes not given"
    share = f" ({percent(candidate.share_percent)})" if candidate.share_percent is not None else ""
    mark = " — elected" if candidate.elected else ""
    note = conflict_note(seat, "votes", candidate.name)
    return f"• {person(candidate)}: {votes}{share}{mark}" + (f" {note}" if note else "")
