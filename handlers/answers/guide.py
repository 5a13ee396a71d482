"""The help answer, written from what the knowledge base holds: which elections, how many seats and
articles, and how to ask, each way of asking shown with a seat, person or party that is on record.

A way of asking is offered only when the knowledge can answer it: quotes only if some were read,
national results only for elections with official results, comparisons only for a seat with two
contests on the same boundaries. Built once per engine (the knowledge does not change under it).
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from handlers.answers import replies as r
from handlers.answers.answer import Answer
from handlers.answers.compare import same_boundaries
from knowledge.lexicon.parties import canonical_party
from knowledge.records import Seat

if TYPE_CHECKING:
    from handlers.answers.engine import Engine

FOOTNOTE = ("Name an election (“in 2019”, “in '17”, “before 2019”, “the by-election”) to pick a contest; without one "
            "I use the latest on record. I answer only from the articles and official results I hold, and say where "
            "each figure comes from.")


def _label(seat: Seat) -> str:
    return seat.constituency + (f" in {seat.election_year}" if seat.election_year else "")


def _knows(engine: Engine) -> str:
    """'2 seat contests (2017: 2), from 2 articles and no official results files'."""
    seats = engine.knowledge.seats
    per_year = Counter(s.election_year for s in seats if s.election_year is not None)
    years = r.listing([f"{year}: {count:,} seat{'s' if count != 1 else ''}"
                       for year, count in sorted(per_year.items(), reverse=True)])
    articles = len(engine.knowledge.articles)
    imports = len(engine.knowledge.imports)
    return (f"I know {len(seats):,} seat contest{'s' if len(seats) != 1 else ''}" + (f" ({years})" if years else "")
            + f", from {_count(articles, 'article')} and {_count(imports, 'official results file')}.")


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'s' if n != 1 else ''}" if n else f"no {noun}s"


def _ways(engine: Engine) -> list[str]:
    """One line per way of asking, each example about something on record."""
    overview = engine.overview
    example_seats = overview._example_seats(sorted(engine.knowledge.seats,
                                                   key=lambda s: (-(s.election_year or 0), s.constituency)), 3)
    lines: list[str] = []
    if not example_seats:
        return lines
    first = example_seats[0]
    seat_ways = [f"who won {first.constituency}?", f"the full result in {_label(first)}",
                 f"majority in {first.constituency}"]
    with_turnout = next((s for s in example_seats if s.get("turnout_percent") is not None), None)
    if with_turnout is not None:
        seat_ways.append(f"turnout in {with_turnout.constituency}")
    lines.append("• A seat: " + " · ".join(seat_ways))
    people = []
    winner = r.winner_of(first)
    if winner is not None:
        people.append(f"how many votes did {winner.name} get?")
    if len(first.candidates) > 1:
        people.append(f"who came second in {first.constituency}?")
    speakers = Counter(q.speaker for s in engine.knowledge.seats for q in s.quotes)
    if speakers:
        people.append(f"what did {speakers.most_common(1)[0][0]} say?")
    if people:
        lines.append("• People: " + " · ".join(people))
    rankings = ["closest results", "biggest majorities"]
    if overview.with_recounts:
        seat = overview.with_recounts[0]
        rankings.append(f"was there a recount in {seat.constituency}?")
    lines.append("• Rankings: " + " · ".join(rankings))
    latest = overview.years[-1] if overview.years else None
    won = Counter(canonical_party(str(s.get("winner_party") or "")) for s in engine.knowledge.seats
                  if s.election_year == latest and s.get("winner_party"))
    if won:
        party = next(iter(won.most_common(1)))[0]
        party_ways = [f"which seats did {r.party_noun(party)} win in {latest}?"]
        if overview.gains:
            party_ways.append(f"which seats changed hands in {overview.gains[0].election_year}?")
        lines.append("• Parties: " + " · ".join(party_ways))
    national = engine.national.years
    if national:
        year = national[-1]
        lines.append(f"• Elections: who won the {year} election? · turnout in {year} · how did Scotland vote in "
                     f"{year}? · who won London?")
    pair = _compared_seat(engine, [s.constituency for s in example_seats])
    if pair is not None:
        earlier, later = pair
        lines.append(f"• Changes: compare {later.constituency} {earlier.election_year} and {later.election_year}")
    lines.append("• Coverage: what do you know? · where does the "
                 f"{first.constituency} result come from?")
    return lines


def _compared_seat(engine: Engine, preferred: list[str]) -> tuple[Seat, Seat] | None:
    """A seat with two general-election contests on the same boundaries (the latest such pair), one of
    the `preferred` seats where they have one."""
    best: tuple[Seat, Seat] | None = None
    keys = {name.casefold() for name in preferred}
    ordered = sorted(engine.contests.values(), key=lambda found: found[-1].constituency.casefold() not in keys)
    for contests in ordered:
        if best is not None and contests[-1].constituency.casefold() not in keys:
            break
        general = [s for s in contests if not s.by_election and s.election_year]
        for earlier, later in zip(general, general[1:], strict=False):
            if same_boundaries(earlier, later) and (best is None or later.election_year > best[1].election_year):
                best = (earlier, later)
    return best


def help_answer(engine: Engine) -> Answer:
    """How to ask, with examples from this knowledge base."""
    knows = _knows(engine)
    ways = _ways(engine)
    if not ways:
        return Answer(lead=knows + " There is nothing to ask about yet: an admin can add articles (a file or a "
                      "page's address) or the official results.", answered=True, intent="help")
    return Answer(lead=f"{knows} Ask me in plain words, for example:", details=[*ways, FOOTNOTE], answered=True,
                  intent="help", suggestions=engine.overview.examples())
