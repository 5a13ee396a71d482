"""Facts derived from two elections' official figures, worked out each time the seats are concluded.

A source file states what happened at one election. Some seat facts compare two elections:
- `previous_majority`: the seat's majority at the previous general election;
- `previous_party`: the party that won the seat at the previous general election;
- `outcome`: "hold" when the same party won both, "gain" otherwise.
These are derived here rather than written at import time, so that they follow whatever official
files the database holds: import 2015 after 2017, or replace a file, and the next conclusion has them.

Rules, to keep the derived facts honest:
- only official figures are used (an article's claim about a previous result is its own fact);
- a field a source states directly for the seat (e.g. the constituency file's "Lab hold") is not
  derived again: the stated value stands;
- "previous" means the previous general election, as the HoC Library's "gain from" does, so a seat
  that changed hands at a by-election counts against the general election before it;
- nothing is derived across a boundary review: a seat of the same name may then be another area;
- nothing is derived for or from a by-election (its facts compare with nothing here).
The derived facts carry origin "official", the file and date of the figures they come from, and a
sentence that starts with "derived:" and quotes those figures.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from knowledge.lexicon.elections import previous_election
from knowledge.lexicon.parties import canonical_party
from knowledge.lexicon.seatnames import canonical_seat
from knowledge.lexicon.text import name_key
from knowledge.records import Fact, Provenance, Value

# General elections fought on new constituency boundaries (1974: the February election; 2005: Scotland only,
# taken as a change everywhere to stay on the safe side).
NEW_BOUNDARIES: frozenset[int] = frozenset({1950, 1955, 1974, 1983, 1997, 2005, 2010, 2024})

DERIVED_FIELDS = ("previous_majority", "previous_party", "outcome")
_SOURCE_FIELDS = frozenset({"margin", "winner_party", *DERIVED_FIELDS})

_Key = tuple[str, int | None]


@lru_cache(maxsize=1 << 14)
def _seat(constituency: str, year: int | None) -> str:
    return name_key(canonical_seat(constituency, year))


def same_boundaries(earlier: int, later: int) -> bool:
    """Whether the seats of two general elections had the same boundaries."""
    return not any(earlier < year <= later for year in NEW_BOUNDARIES)


def comparable_previous(year: int | None) -> int | None:
    """The previous general election, if it was fought on the same boundaries as `year`."""
    if year is None:
        return None
    previous = previous_election(year)
    return previous if previous is not None and same_boundaries(previous, year) else None


def derive_facts(facts: Iterable[Fact]) -> list[Fact]:
    """The derived facts for every seat the facts speak of (see the module's rules)."""
    official: dict[tuple[str, int | None, str], list[Fact]] = defaultdict(list)
    names: dict[_Key, str] = {}
    for fact in facts:
        if fact.by_election_day is not None:
            continue
        key = (_seat(fact.constituency, fact.election_year), fact.election_year)
        names.setdefault(key, fact.constituency)
        if fact.provenance.origin == "official" and fact.candidate is None and fact.field in _SOURCE_FIELDS:
            official[(*key, fact.field)].append(fact)
    derived: list[Fact] = []
    for (seat, year), constituency in names.items():
        previous = comparable_previous(year)
        if previous is None:
            continue
        before = {name: official.get((seat, previous, name), []) for name in ("margin", "winner_party")}
        now = {name: official.get((seat, year, name), []) for name in ("winner_party", *DERIVED_FIELDS)}
        if not now["previous_majority"]:
            derived += [_derive(constituency, year, "previous_majority", f.value, f.provenance,
                                f"{constituency}'s majority at the {previous} general election")
                        for f in before["margin"]]
        if not now["previous_party"]:
            derived += [_derive(constituency, year, "previous_party", f.value, f.provenance,
                                f"{constituency} was won by {f.value} at the {previous} general election")
                        for f in before["winner_party"]]
        if not now["outcome"] and now["winner_party"] and before["winner_party"]:
            derived += _outcomes(constituency, year, previous, now["winner_party"][0], before["winner_party"][0])
    return derived


def _derive(constituency: str, year: int | None, field: str, value: Value, source: Provenance,
            what: str) -> Fact:
    shown = f"{value:,}" if isinstance(value, int) else str(value)
    sentence = f"derived: {what}, {shown} (from {source.file}: {source.sentence})"
    return Fact(constituency, year, field, value, Provenance("official", source.file, source.date, sentence))


def _outcomes(constituency: str, year: int | None, previous: int, now: Fact, before: Fact) -> list[Fact]:
    """'hold' or 'gain', citing both elections' figures (one fact per source file)."""
    same = canonical_party(str(now.value)) == canonical_party(str(before.value))
    outcome = "hold" if same else "gain"
    what = (f"{constituency} {year}: {now.value} {'held' if same else 'gained'} the seat "
            f"{'' if same else f'from {before.value} '}(winner at the {previous} general election: {before.value})")
    return [Fact(constituency, year, "outcome", outcome,
                 Provenance("official", p.file, p.date, f"derived: {what} (from {p.file}: {p.sentence})"))
            for p in (now.provenance, before.provenance)]
