"""National results of a general election, from the official results only.

`NationalResults(seats)` adds up, once per loaded knowledge base, every general-election seat whose
result comes from an official results file: seats per party, votes and vote share per party,
turnout (the Commons Library's definition: valid votes / electorate), the seats that changed hands,
and the change since the previous general election on record; the same for each of the four nations
(England, Scotland, Wales, Northern Ireland) and the regions of England, added up when first asked. Seats known only from articles
are never added into a national figure: a few reported seats say nothing about the country.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from handlers.answers import contests
from handlers.answers import replies as r
from knowledge.lexicon.areas import in_area, in_area_words, seats_in
from knowledge.lexicon.parties import canonical_party
from knowledge.lexicon.seatnames import BOUNDARY_SETS, constituency_names
from knowledge.records import Provenance, Seat


@dataclass(frozen=True, slots=True)
class PartyTotal:
    """One party at one general election: seats won, votes, share of the valid vote (percent)."""

    party: str
    seats: int
    votes: int
    share: float


@dataclass(slots=True)
class Election:
    """One general election as the official results loaded give it: the whole UK, or one nation's or region's seats."""

    year: int
    counted: int                     # seats with an official result
    total: int                       # seats in the House at that election (in the area, for an area)
    parties: list[PartyTotal]        # most seats first, then most votes
    valid_votes: int
    electorate: int                  # of the seats whose electorate the files give
    electorate_valid_votes: int      # valid votes of those same seats
    gains: Counter[tuple[str, str]] = field(default_factory=Counter)   # (winner, previous holder) -> seats
    changed: list[Seat] = field(default_factory=list)
    notional: bool = False           # gains are against notional results on new boundaries
    sources: list[Provenance] = field(default_factory=list)
    area: str | None = None          # a nation or region; None: the whole United Kingdom

    @property
    def name(self) -> str:
        """'the 2024 general election', 'the 2024 general election in Scotland'."""
        return f"the {self.year} general election{in_area_words(self.area)}"

    @property
    def complete(self) -> bool:
        return self.counted >= self.total

    @property
    def turnout(self) -> float | None:
        """Valid votes / electorate, in percent, over the seats that give both."""
        return 100.0 * self.electorate_valid_votes / self.electorate if self.electorate else None

    @property
    def needed(self) -> int:
        """Seats for a majority of the House: 326 of 650."""
        return self.total // 2 + 1

    @property
    def largest(self) -> PartyTotal | None:
        return self.parties[0] if self.parties else None

    @property
    def majority(self) -> int | None:
        """The largest party's majority over all the others together; None in a hung parliament, and for a
        nation or region (a majority is of the House)."""
        top = self.largest
        if top is None or self.area or not self.complete or top.seats < self.needed:
            return None
        return top.seats - (self.total - top.seats)

    def party(self, name: str) -> PartyTotal | None:
        wanted = canonical_party(name) or name
        return next((p for p in self.parties if p.party == wanted), None)


@dataclass(frozen=True, slots=True)
class SeatsChart:
    """What a seats chart of one election shows: its title, (party, seats) most first, seats for a majority
    (0 for one nation's or region's seats: a majority is of the whole House)."""

    title: str
    parties: list[tuple[str, int]]
    needed: int


def seats_chart(election: Election) -> SeatsChart:
    """The seats of each party; the line of a majority only for the whole House."""
    return SeatsChart(f"{election.year} general election{in_area_words(election.area)}: seats",
                      [(p.party, p.seats) for p in election.parties if p.seats],
                      0 if election.area else election.needed)


def official(seat: Seat) -> bool:
    """Whether a seat's winner comes from an official results file."""
    fact = seat.facts.get("winner")
    return fact is not None and any(p.origin == "official" for p in fact.sources)


class NationalResults:
    """Every general election the official results cover, added up once; a nation's or region's when first asked."""

    def __init__(self, seats: Iterable[Seat]) -> None:
        self._seats: dict[int, list[Seat]] = {}
        for seat in seats:
            if seat.election_year is not None and not contests.is_by_election(seat) and official(seat):
                self._seats.setdefault(seat.election_year, []).append(seat)
        self.elections: dict[int, Election] = {year: _add_up(year, group)
                                               for year, group in sorted(self._seats.items())}
        self._in_area: dict[tuple[int, str], Election] = {}

    @property
    def years(self) -> list[int]:
        return sorted(self.elections)

    def get(self, year: int | None, area: str | None = None) -> Election | None:
        """The election of `year`, or the latest on record without a year; one nation's or region's seats of
        it when `area` is given."""
        if year is None:
            year = self.years[-1] if self.elections else None
        if year not in self.elections:
            return None
        if area is None:
            return self.elections[year]
        key = (year, area)
        if key not in self._in_area:
            seats = [s for s in self._seats[year] if in_area(s.constituency, year, area)]
            self._in_area[key] = _add_up(year, seats, area)
        return self._in_area[key]

    def previous(self, election: Election) -> Election | None:
        """The general election on record before `election`, of the same area where it is one area's."""
        earlier = [y for y in self.elections if y < election.year]
        return self.get(max(earlier), election.area) if earlier else None


def _canonical(names: dict[str, str], party: str) -> str:
    """canonical_party, remembered: one election has some 20,000 candidacies but a few hundred party names."""
    found = names.get(party)
    if found is None:
        found = names[party] = canonical_party(party) or party
    return found


def _add_up(year: int, seats: list[Seat], area: str | None = None) -> Election:
    names: dict[str, str] = {}
    won: Counter[str] = Counter()
    votes: Counter[str] = Counter()
    valid = electorate = electorate_valid = 0
    gains: Counter[tuple[str, str]] = Counter()
    changed: list[Seat] = []
    files: dict[str, Provenance] = {}
    for seat in seats:
        winner = _canonical(names, r.winning_party(seat) or "Unknown")
        won[winner] += 1
        seat_votes = 0
        for candidate in seat.candidates:
            if candidate.votes is not None and candidate.party:
                votes[_canonical(names, candidate.party)] += candidate.votes
                seat_votes += candidate.votes
        stated = seat.get("valid_votes")
        seat_valid = int(stated) if isinstance(stated, int | float) else seat_votes
        valid += seat_valid
        seat_electorate = seat.get("electorate")
        if isinstance(seat_electorate, int | float) and seat_electorate > 0:
            electorate += int(seat_electorate)
            electorate_valid += seat_valid
        if seat.get("outcome") == "gain":
            before = str(seat.get("previous_party") or "")
            gains[(winner, _canonical(names, before) if before else "another party")] += 1
            changed.append(seat)
        for p in seat.facts["winner"].sources:
            if p.origin == "official":
                files.setdefault(p.file, p)
    parties = [PartyTotal(party, won[party], votes[party], 100.0 * votes[party] / valid if valid else 0.0)
               for party in set(won) | set(votes)]
    parties.sort(key=lambda p: (-p.seats, -p.votes, p.party))
    notional = year in BOUNDARY_SETS    # the first election on new boundaries: gains are against notional results
    total = seats_in(area, year) if area else len(constituency_names(year))
    return Election(year, len(seats), total, parties, valid, electorate, electorate_valid,
                    gains, sorted(changed, key=lambda s: s.constituency), notional, list(files.values()), area)
