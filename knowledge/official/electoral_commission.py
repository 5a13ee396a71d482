"""The Electoral Commission's results by candidate (the 2010 file), rows into facts.

Each row is one candidate with the seat's electorate and valid votes, the candidate as
"Surname, Initials [title]", a party abbreviation, the votes, whether elected, the majority (on the
winner's row) and the seat's previous winner. The Commission spells seats its own way ("Down North",
"Hampstead & Kilburn", "Southampton, Itchen"); `seatnames.seat_from_words` finds the usual name.

Facts written (origin "official", date = polling day):
- per candidate: `candidate` and its name as the file gives it, initials first ("C. Lucas": the
  file has no first names, and none are invented), `party`, `votes`;
- per seat: `winner`, `winner_party`, `margin` (the file's majority), `electorate`, `valid_votes`,
  `turnout_percent` (valid votes / electorate x 100, as for the Library's files), `previous_party`
  (the file's previous winner) and `outcome` (hold when the winner's party is the previous winner's).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from knowledge.lexicon.elections import GENERAL_ELECTIONS
from knowledge.lexicon.seatnames import seat_from_words
from knowledge.lexicon.text import format_votes
from knowledge.official.formats import (
    EC_CANDIDATES,
    CsvFile,
    RefusedFile,
    clean_flag,
    clean_int,
    clean_party,
    clean_surname_first,
    clean_text,
    year_from_name,
)
from knowledge.official.rows import ParsedFile, RowProblems, candidate_row_facts, provenance
from knowledge.records import Fact


@dataclass(slots=True)
class _Candidate:
    name: str
    written: str
    party: str | None
    party_written: str
    votes: int
    elected: bool
    majority: int | None


@dataclass(slots=True)
class _Seat:
    written: str
    electorate: int
    valid: int
    previous: str | None
    candidates: list[_Candidate] = field(default_factory=list)


def _row_year(row: dict[str, str]) -> int:
    year = clean_int(row.get("election"), "election")
    if year not in GENERAL_ELECTIONS:
        raise ValueError(f"election is {row.get('election')!r}, not the year of a general election")
    return year


def ec_candidate_facts(csv_file: CsvFile) -> ParsedFile:
    """Facts from an Electoral Commission file of rows by candidate (the year from its `election` column)."""
    problems = RowProblems()
    seats: dict[str, _Seat] = {}
    years: Counter[int] = Counter()
    for line, row in enumerate(csv_file.rows, start=2):
        try:
            year = _row_year(row)
            written = clean_text(row.get("constituency_name"))
            if not written:
                raise ValueError("no constituency name")
            seat = seat_from_words(written, year)
            name = problems.mend(line, clean_surname_first(row.get("candidate")))
            if not name:
                raise ValueError("no candidate name")
            party_written = clean_text(row.get("party_abbreviation"))
            elected = clean_flag(row.get("elected"), "elected")
            candidate = _Candidate(name, clean_text(row.get("candidate")), clean_party(party_written), party_written,
                                   clean_int(row.get("votes"), "votes"), elected,
                                   clean_int(row.get("majority"), "majority") if elected else None)
            entry = seats.setdefault(seat, _Seat(written, clean_int(row.get("electorate"), "electorate"),
                                                 clean_int(row.get("valid_votes"), "valid_votes"),
                                                 clean_party(row.get("previous_winner"))))
        except ValueError as error:
            problems.skip(line, error)
            continue
        years[year] += 1
        entry.candidates.append(candidate)
    problems.check(len(csv_file.rows))
    if len(years) != 1:
        raise RefusedFile(f"its rows are of more than one election ({', '.join(map(str, sorted(years)))})")
    year = next(iter(years))
    named = year_from_name(csv_file.name)
    if named is not None and named != year:
        raise RefusedFile(f"its name says {named} but its rows are of the {year} election")
    facts: list[Fact] = []
    warnings: list[str] = []
    for seat, entry in seats.items():
        facts.extend(_seat_facts(csv_file, year, seat, entry, warnings))
    return ParsedFile(csv_file, EC_CANDIDATES, year, facts, len(seats), sum(len(s.candidates) for s in seats.values()),
                      warnings + problems.mended, problems.skipped)


def _seat_facts(csv_file: CsvFile, year: int, seat: str, entry: _Seat, warnings: list[str]) -> list[Fact]:
    label = f"Electoral Commission {year} results: {entry.written}"
    facts: list[Fact] = []
    for c in entry.candidates:
        where = provenance(csv_file, year, f"{label}, {c.written} ({c.party_written or 'no party'}) "
                                           f"{format_votes(c.votes)} votes{', elected' if c.elected else ''}")
        facts += candidate_row_facts(seat, year, c.name, c.party, c.votes, where)

    def fact(name: str, value: str | int | float, detail: str) -> Fact:
        return Fact(seat, year, name, value, provenance(csv_file, year, f"{label}; {detail}"))

    if entry.electorate > 0 and entry.valid <= entry.electorate:
        turnout = round(100.0 * entry.valid / entry.electorate, 2)
        facts += [fact("electorate", entry.electorate, f"electorate {format_votes(entry.electorate)}"),
                  fact("turnout_percent", turnout, f"turnout {turnout:.2f}% (computed: valid votes "
                       f"{format_votes(entry.valid)} / electorate {format_votes(entry.electorate)} x 100)")]
    facts.append(fact("valid_votes", entry.valid, f"valid votes {format_votes(entry.valid)}"))
    winners = [c for c in entry.candidates if c.elected]
    if len(winners) != 1:
        warnings.append(f"{seat}: {len(winners)} candidates marked elected; no winner recorded")
        return facts
    won = winners[0]
    facts.append(fact("winner", won.name, f"elected: {won.written}"))
    if won.party:
        facts.append(fact("winner_party", won.party, f"won by {won.party_written}"))
    if won.majority is not None:
        facts.append(fact("margin", won.majority, f"majority {format_votes(won.majority)}"))
    if entry.previous and won.party:
        outcome = "hold" if entry.previous == won.party else "gain"
        facts += [fact("previous_party", entry.previous, f"previous winner {entry.previous}"),
                  fact("outcome", outcome, f"{outcome} (the file's previous winner: {entry.previous})")]
    return facts
