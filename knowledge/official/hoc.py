"""The House of Commons Library's files, rows into facts: results by candidate and by constituency.

Facts written (origin "official", file = the CSV's name, date = polling day, sentence = the row in words):
- per candidate: `candidate`, `party` (canonical name; the sentence keeps the file's spelling), `votes`;
- per seat, from the candidate rows: `winner` and `winner_party` (most votes), `margin` (top two),
  `valid_votes` (the sum of the candidates' votes) -- not for a seat one of whose rows was skipped;
- per seat, from the constituency rows: `electorate`, `valid_votes`, `invalid_votes`, `ballots`
  (valid + invalid), `turnout_percent` (valid votes / electorate * 100, the HoC Library's definition,
  rounded to 2), `declared_at` ("YYYY-MM-DD HH:MM", UK time, where the file gives it), `margin` (the
  file's majority), `winner_party`, `outcome` and `previous_party` (from "Con gain from Lab" /
  "Lab hold", which compare with the previous general election -- in 2024 with the Library's
  notional 2019 results on the new boundaries), and `winner` where the file names the MP.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from knowledge.lexicon.text import format_votes
from knowledge.official.formats import (
    CANDIDATES,
    CONSTITUENCIES,
    CsvFile,
    check_boundaries,
    clean_int,
    clean_party,
    clean_person,
    clean_seat,
    clean_text,
    clean_time,
    election_year,
    parse_result,
)
from knowledge.official.rows import ParsedFile, RowProblems, candidate_row_facts, provenance
from knowledge.records import Fact, Value

# Boundary reviews after which the Library compares results with notional ones, not the last election's.
_NOTIONAL_COMPARISONS = frozenset({2010, 2024})


@dataclass(slots=True)
class _Row:
    line: int
    seat: str
    name: str
    party: str | None
    party_written: str
    votes: int


def _candidate_rows(csv_file: CsvFile, year: int, problems: RowProblems
                    ) -> tuple[dict[str, list[_Row]], set[str]]:
    """(rows grouped by seat, each seat's candidates by votes, most first; seats with a skipped row)."""
    seats: dict[str, list[_Row]] = {}
    incomplete: set[str] = set()
    for line, row in enumerate(csv_file.rows, start=2):
        seat = None
        try:
            seat = clean_seat(row.get("constituency_name"), year)
            name = problems.mend(line, clean_person(row.get("firstname"), row.get("surname")))
            if not name:
                raise ValueError("no candidate name")
            written = clean_text(row.get("party_name"))
            item = _Row(line, seat, name, clean_party(written), written, clean_int(row.get("votes"), "votes"))
        except ValueError as error:
            problems.skip(line, error)
            if seat:
                incomplete.add(seat)
            continue
        seats.setdefault(seat, []).append(item)
    for rows in seats.values():
        rows.sort(key=lambda r: -r.votes)
    return seats, incomplete


def _tell_namesakes_apart(seat: str, rows: list[_Row], warnings: list[str]) -> None:
    """Two candidates of one seat with the same name (Mid Buckinghamshire 2024 had two Greg Smiths)
    would read as one person: each after the first (by votes) is named with their party."""
    seen: set[str] = set()
    for r in rows:
        key = r.name.casefold()
        if key in seen:
            qualified = f"{r.name} ({r.party_written or 'no party'})"
            warnings.append(f"{seat}: two candidates named {r.name}; the one with fewer votes is called {qualified}")
            r.name = qualified
        seen.add(key)


def candidate_facts(csv_file: CsvFile) -> ParsedFile:
    """Facts from a HoC Library file of rows by candidate (the year from the file's name)."""
    year = election_year(CANDIDATES, csv_file, [])
    facts: list[Fact] = []
    warnings: list[str] = []
    problems = RowProblems()
    seats, incomplete = _candidate_rows(csv_file, year, problems)
    problems.check(len(csv_file.rows))
    check_boundaries(set(seats), year)
    label = f"HoC Library {year} results"
    for seat, rows in seats.items():
        _tell_namesakes_apart(seat, rows, warnings)
        for r in rows:
            where = provenance(csv_file, year, f"{label}: {seat}, {r.name} ({r.party_written or 'no party'}) "
                                               f"{format_votes(r.votes)} votes")
            facts += candidate_row_facts(seat, year, r.name, r.party, r.votes, where)
        if seat in incomplete:
            warnings.append(f"{seat}: a row was skipped, so its winner, majority and valid votes are not "
                            "worked out from its candidates")
            continue
        facts.extend(_winner_facts(csv_file, year, seat, rows, warnings))
        total = sum(r.votes for r in rows)
        facts.append(Fact(seat, year, "valid_votes", total, provenance(
            csv_file, year, f"{label}: {seat}, valid votes {format_votes(total)} (computed: the sum of the "
                            f"{len(rows)} candidates' votes)")))
    return ParsedFile(csv_file, CANDIDATES, year, facts, len(seats), sum(len(r) for r in seats.values()),
                      warnings + problems.mended, problems.skipped)


def _winner_facts(csv_file: CsvFile, year: int, seat: str, rows: list[_Row], warnings: list[str]) -> list[Fact]:
    """winner, winner_party and margin from a seat's candidates (sorted by votes)."""
    top = rows[0]
    if len(rows) > 1 and rows[1].votes == top.votes:
        warnings.append(f"{seat}: a tie at the top ({top.votes:,} votes); no winner recorded")
        return []
    label = f"HoC Library {year} results"
    won = provenance(csv_file, year, f"{label}: {seat} won by {top.name} ({top.party_written}) with "
                                     f"{format_votes(top.votes)} votes")
    facts = [Fact(seat, year, "winner", top.name, won)]
    if top.party:
        facts.append(Fact(seat, year, "winner_party", top.party, won))
    if len(rows) > 1:
        second = rows[1]
        margin = top.votes - second.votes
        where = provenance(csv_file, year, f"{label}: {seat} majority {format_votes(margin)} (computed: "
                                           f"{top.name} {format_votes(top.votes)} minus {second.name} "
                                           f"{format_votes(second.votes)})")
        facts.append(Fact(seat, year, "margin", margin, where))
    return facts


def constituency_facts(csv_file: CsvFile) -> ParsedFile:
    """Facts from a file of rows by constituency (the year is the election the declarations follow)."""
    problems = RowProblems()
    timed: list[tuple[int, dict[str, str], datetime | None]] = []
    for line, row in enumerate(csv_file.rows, start=2):
        try:
            timed.append((line, row, clean_time(row.get("declaration_time"))))
        except ValueError as error:
            problems.skip(line, error)
    year = election_year(CONSTITUENCIES, csv_file, [when for _, _, when in timed if when])
    facts: list[Fact] = []
    warnings: list[str] = []
    seen: list[str] = []
    for line, row, when in timed:
        declared_at = when.strftime("%Y-%m-%d %H:%M") if when else None
        try:
            seat = clean_seat(row.get("constituency_name"), year)
            facts.extend(_constituency_row_facts(csv_file, year, seat, row, declared_at, warnings))
        except ValueError as error:
            problems.skip(line, error)
            continue
        seen.append(seat)
    problems.check(len(csv_file.rows))
    check_boundaries(set(seen), year)
    seats = len(set(seen))
    if seats < len(seen):
        warnings.append(f"{len(seen) - seats} seats appear more than once")
    return ParsedFile(csv_file, CONSTITUENCIES, year, facts, seats, 0, warnings + problems.mended,
                      problems.skipped)


def _constituency_row_facts(csv_file: CsvFile, year: int, seat: str, row: dict[str, str],
                            declared_at: str | None, warnings: list[str]) -> list[Fact]:
    electorate = clean_int(row.get("electorate"), "electorate")
    valid = clean_int(row.get("valid_votes"), "valid_votes")
    invalid = clean_int(row.get("invalid_votes"), "invalid_votes")
    majority = clean_int(row.get("majority"), "majority")
    result = parse_result(row.get("result"))
    first = clean_party(row.get("first_party"))
    if first and first != result.winner_party:
        warnings.append(f"{seat}: result {clean_text(row.get('result'))!r} but first party {first}")
    if electorate <= 0 or valid > electorate or majority > valid:
        raise ValueError(f"impossible figures: electorate {electorate}, valid votes {valid}, majority {majority}")
    label = f"HoC Library {year} constituency results: {seat}, {clean_text(row.get('result'))}"
    compared = ("the Library's notional results of the previous general election on these boundaries"
                if year in _NOTIONAL_COMPARISONS else "the previous general election")

    def fact(name: str, value: Value, detail: str) -> Fact:
        return Fact(seat, year, name, value, provenance(csv_file, year, f"{label}; {detail}"))

    turnout = round(100.0 * valid / electorate, 2)
    facts = [
        fact("electorate", electorate, f"electorate {format_votes(electorate)}"),
        fact("valid_votes", valid, f"valid votes {format_votes(valid)}"),
        fact("invalid_votes", invalid, f"invalid votes {format_votes(invalid)}"),
        fact("ballots", valid + invalid, f"ballots {format_votes(valid + invalid)} (computed: valid votes "
                                         f"{format_votes(valid)} + invalid votes {format_votes(invalid)})"),
        fact("turnout_percent", turnout, f"turnout {turnout:.2f}% (computed: valid votes {format_votes(valid)} / "
                                         f"electorate {format_votes(electorate)} x 100, the HoC Library's "
                                         "definition of turnout)"),
        fact("margin", majority, f"majority {format_votes(majority)}"),
        fact("winner_party", result.winner_party, f"won by {result.winner_party}"),
        fact("outcome", result.outcome, f"{result.outcome} (compared with {compared})"),
        fact("previous_party", result.previous_party, f"held before by {result.previous_party} (at {compared})"),
    ]
    if declared_at:
        facts.append(fact("declared_at", declared_at, f"declared {declared_at}"))
    mp = clean_person(row.get("mp_firstname"), row.get("mp_surname"))
    if mp:
        facts.append(fact("winner", mp, f"elected: {mp}"))
    return facts
