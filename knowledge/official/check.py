"""Checking articles against official figures: every disagreement, with both values and both sources.

The merge already keeps every value that loses to another as a `Conflict`; here the conflicts with an
official side and an article side become `Disagreement`s, and so do candidates an article names that
the seat's official list does not have. Between two official files, `disagreements(official_only=True)`
lists what they disagree on (the import's summary shows it).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from knowledge.lexicon.text import format_votes
from knowledge.records import Provenance, Seat, Value
from knowledge.store.database import Knowledge, load


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Two sources give different values for one fact about one seat at one election.

    `official` is the official value (None: the official list of candidates lacks the person an
    article names); `other` is the article's value, or, between two official files, the other file's.
    """

    constituency: str
    election_year: int | None
    field: str
    candidate: str | None
    official: Value | None
    official_source: Provenance
    other: Value | None
    other_source: Provenance

    def describe(self) -> str:
        what = f"{self.field} of {self.candidate}" if self.candidate and self.field != "candidate" else self.field
        return (f"{self.constituency} {self.election_year}, {what}: official {_show(self.official)} "
                f"({_where(self.official_source)}) vs {self.other_source.origin} {_show(self.other)} "
                f"({_where(self.other_source)})")



def disagreements(knowledge: Knowledge, *, official_only: bool = False) -> list[Disagreement]:
    """Disagreements with official figures: with articles, or (`official_only`) between official files."""
    found: list[Disagreement] = []
    for seat in knowledge.seats:
        for c in seat.conflicts:
            sides = {c.kept_source.origin, c.other_source.origin}
            if official_only and sides == {"official"}:
                found.append(Disagreement(seat.constituency, seat.election_year, c.field, c.candidate, c.kept,
                                          c.kept_source, c.other, c.other_source))
            elif not official_only and sides == {"official", "article"}:
                official_first = c.kept_source.origin == "official"
                found.append(Disagreement(
                    seat.constituency, seat.election_year, c.field, c.candidate,
                    c.kept if official_first else c.other, c.kept_source if official_first else c.other_source,
                    c.other if official_first else c.kept, c.other_source if official_first else c.kept_source))
        if not official_only:
            found.extend(_unknown_candidates(seat))
    return found


def _official_list(seat: Seat) -> Provenance | None:
    """The source of the seat's official candidate list, if the seat has one."""
    for candidate in seat.candidates:
        for p in candidate.sources:
            if p.origin == "official":
                return p
    return None


def _unknown_candidates(seat: Seat) -> list[Disagreement]:
    """Candidates that articles name but the official list of the seat does not have."""
    listing = _official_list(seat)
    if listing is None:
        return []
    where = Provenance("official", listing.file, listing.date,
                       f"the official list of {seat.constituency}'s {seat.election_year} candidates")
    return [Disagreement(seat.constituency, seat.election_year, "candidate", c.name, None, where, c.name,
                         c.sources[0])
            for c in seat.candidates
            if c.sources and not any(p.origin == "official" for p in c.sources)]


def check(db_path: str | os.PathLike) -> list[Disagreement]:
    """Every disagreement between articles and official figures in the database at `db_path`."""
    return disagreements(load(db_path))


def check_report(db_path: str | os.PathLike) -> str:
    """`check()` as text: one line per disagreement, grouped by seat, with a count."""
    knowledge = load(db_path)
    found = disagreements(knowledge)
    official_seats = {(s.constituency, s.election_year) for s in knowledge.seats
                      if any(p.origin == "official" for p in s.sources)}
    article_seats = {(s.constituency, s.election_year) for s in knowledge.seats
                     if any(p.origin == "article" for p in s.sources)}
    both = official_seats & article_seats
    lines = [f"seats with official figures: {len(official_seats)}; seats in articles: {len(article_seats)}; "
             f"in both: {len(both)}"]
    if not official_seats:
        lines.append("no official results imported: run `python bot.py import-results CSV...` first")
    lines.append(f"disagreements between articles and official figures: {len(found)}")
    lines += [f"  {d.describe()}" for d in found]
    unchecked = sorted(article_seats - official_seats, key=lambda s: (s[1] or 0, s[0]))
    if unchecked and official_seats:
        lines.append(f"article seats with no official figures to check against: {len(unchecked)}")
        lines += [f"  {name} {year}" for name, year in unchecked]
    between = disagreements(knowledge, official_only=True)
    if between:
        lines.append(f"official files that disagree with each other: {len(between)}")
        lines += [f"  {d.describe()}" for d in between]
    return "\n".join(lines)


def _show(value: Value | None) -> str:
    if value is None:
        return "(not among the official candidates)"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_votes(value) if isinstance(value, int) or value.is_integer() else f"{value:.2f}"
    return str(value)


def _where(p: Provenance) -> str:
    sentence = p.sentence if len(p.sentence) <= 160 else p.sentence[:157] + "..."
    return f"{p.cite()}: \"{sentence}\""
