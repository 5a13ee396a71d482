"""Official results: importing the House of Commons Library CSV files, and checking articles against them.

`import_results(files, db)` reads every file first (formats and cleaning in `knowledge.official.formats`),
refuses the unusable ones with a reason, and writes all the others in one atomic `store.write()`.
Re-importing a file replaces what it said before; a file of the same format and election under another
name replaces the earlier one too, so the database never holds two copies of one official table.

Facts written (origin "official", file = the CSV's name, date = polling day, sentence = the row in words):
- per candidate: `candidate`, `party` (canonical name; the sentence keeps the file's spelling), `votes`;
- per seat, from the candidate rows: `winner` and `winner_party` (most votes), `margin` (top two),
  `valid_votes` (the sum of the candidates' votes);
- per seat, from the constituency rows: `electorate`, `valid_votes`, `invalid_votes`, `ballots`
  (valid + invalid), `turnout_percent` (valid votes / electorate * 100, the HoC Library's definition,
  rounded to 2), `declared_at` ("YYYY-MM-DD HH:MM", UK time, as the file gives it), `margin` (the
  file's majority), `winner_party`, `outcome` and `previous_party` (from "Con gain from Lab" /
  "Lab hold", which compare with the previous general election), and `winner` where the file names
  the MP.
Facts that need two elections (`previous_majority`, and `outcome`/`previous_party` where no
constituency file gives them) are not written here: `knowledge.store.derived` works them out whenever the
seats are concluded, so they follow whatever official files the database holds.

`check(db)` and `check_report(db)` (in `knowledge.official.check`, re-exported here) list where articles
and official figures disagree.

Where two official files give one fact (margin and winner party from both files of an election; valid
votes as the constituency file states them and as the candidates' votes add up), the merge compares
them like any two sources: a difference is a conflict, and the import's summary lists it.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from time import perf_counter

from knowledge.lexicon.text import format_votes
from knowledge.official.check import Disagreement, check, check_report, disagreements
from knowledge.official.formats import (
    CANDIDATES,
    CONSTITUENCIES,
    CsvFile,
    Format,
    RefusedFile,
    clean_int,
    clean_party,
    clean_person,
    clean_seat,
    clean_text,
    clean_time,
    election_year,
    parse_result,
    polling_day_text,
    read_csv,
    recognise,
)
from knowledge.records import Fact, Provenance, Value
from knowledge.store.database import Writer, open_readonly, write


@dataclass(slots=True)
class ParsedFile:
    """One results file turned into facts, ready to write."""

    csv: CsvFile
    fmt: Format
    year: int
    facts: list[Fact]
    seats: int
    candidates: int
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class FileReport:
    """What importing one file did, or why it was refused."""

    path: str
    file: str
    format: str | None = None
    election_year: int | None = None
    rows: int = 0
    seats: int = 0
    candidates: int = 0
    facts: int = 0
    encoding: str | None = None
    replaced: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    refused: str | None = None

    def line(self) -> str:
        if self.refused:
            return f"  {self.file}: refused: {self.refused}"
        people = f"{self.candidates} candidates" if self.candidates else "no candidate rows"
        text = (f"  {self.file}: {self.format}, {self.election_year} general election: {self.seats} seats, "
                f"{people}, {self.facts} facts")
        if self.encoding and self.encoding != "utf-8":
            text += f" (read as {self.encoding})"
        return text


@dataclass(slots=True)
class ImportReport:
    """What an import did, for people (`summary()`) and tests; `ok` is False when any file was refused."""

    files: list[FileReport] = field(default_factory=list)
    seats_total: int = 0
    official_disagreements: list[Disagreement] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return bool(self.files) and not any(f.refused for f in self.files)

    @property
    def imported(self) -> list[FileReport]:
        return [f for f in self.files if not f.refused]

    @property
    def refused(self) -> list[FileReport]:
        return [f for f in self.files if f.refused]

    def summary(self) -> str:
        if not self.files:
            return "no files given: nothing imported"
        lines = [f"official results files imported: {len(self.imported)} of {len(self.files)}"]
        lines += [f.line() for f in self.imported]
        for f in self.imported:
            lines += [f"  {f.file}: replaces {old} (same format and election)" for old in f.replaced]
            lines += [f"  {f.file}: warning: {w}" for w in f.warnings]
        if self.refused:
            lines.append(f"files refused (nothing from them was imported): {len(self.refused)}")
            lines += [f.line() for f in self.refused]
        if self.imported:
            lines.append(f"seats in the knowledge base: {self.seats_total}")
            lines.append(f"official files that disagree with each other: {len(self.official_disagreements)}")
            lines += [f"  {d.describe()}" for d in self.official_disagreements[:20]]
        lines.append(f"took {self.seconds:.2f}s")
        return "\n".join(lines)


# --- reading files into facts ----------------------------------------------------------------------

def _provenance(csv_file: CsvFile, year: int, sentence: str) -> Provenance:
    return Provenance("official", csv_file.name, _polling_day(year), sentence)


_polling_day = lru_cache(maxsize=64)(polling_day_text)


@dataclass(slots=True)
class _Row:
    line: int
    seat: str
    name: str
    party: str | None
    party_written: str
    votes: int


def _candidate_rows(csv_file: CsvFile) -> dict[str, list[_Row]]:
    """Rows grouped by seat (tidy name), each seat's candidates by votes, most first."""
    seats: dict[str, list[_Row]] = {}
    for line, row in enumerate(csv_file.rows, start=2):
        try:
            seat = clean_seat(row.get("constituency_name"))
            name = clean_person(row.get("firstname"), row.get("surname"))
            if not name:
                raise ValueError("no candidate name")
            written = clean_text(row.get("party_name"))
            item = _Row(line, seat, name, clean_party(written), written, clean_int(row.get("votes"), "votes"))
        except ValueError as error:
            raise RefusedFile(f"row {line}: {error}") from None
        seats.setdefault(seat, []).append(item)
    for rows in seats.values():
        rows.sort(key=lambda r: -r.votes)
    return seats


def candidate_facts(csv_file: CsvFile, year: int) -> ParsedFile:
    """Facts from a file of rows by candidate."""
    facts: list[Fact] = []
    warnings: list[str] = []
    seats = _candidate_rows(csv_file)
    label = f"HoC Library {year} results"
    for seat, rows in seats.items():
        names = [r.name.casefold() for r in rows]
        if len(set(names)) < len(names):
            warnings.append(f"{seat}: two candidates with the same name; they will read as one person")
        for r in rows:
            where = _provenance(csv_file, year, f"{label}: {seat}, {r.name} ({r.party_written or 'no party'}) "
                                                f"{format_votes(r.votes)} votes")
            facts.append(Fact(seat, year, "candidate", r.name, where, r.name))
            if r.party:
                facts.append(Fact(seat, year, "party", r.party, where, r.name))
            facts.append(Fact(seat, year, "votes", r.votes, where, r.name))
        facts.extend(_winner_facts(csv_file, year, seat, rows, warnings))
        total = sum(r.votes for r in rows)
        facts.append(Fact(seat, year, "valid_votes", total, _provenance(
            csv_file, year, f"{label}: {seat}, valid votes {format_votes(total)} (computed: the sum of the "
                            f"{len(rows)} candidates' votes)")))
    return ParsedFile(csv_file, CANDIDATES, year, facts, len(seats), sum(len(r) for r in seats.values()),
                      warnings)


def _winner_facts(csv_file: CsvFile, year: int, seat: str, rows: list[_Row], warnings: list[str]) -> list[Fact]:
    """winner, winner_party and margin from a seat's candidates (sorted by votes)."""
    top = rows[0]
    if len(rows) > 1 and rows[1].votes == top.votes:
        warnings.append(f"{seat}: a tie at the top ({top.votes:,} votes); no winner recorded")
        return []
    label = f"HoC Library {year} results"
    won = _provenance(csv_file, year, f"{label}: {seat} won by {top.name} ({top.party_written}) with "
                                      f"{format_votes(top.votes)} votes")
    facts = [Fact(seat, year, "winner", top.name, won)]
    if top.party:
        facts.append(Fact(seat, year, "winner_party", top.party, won))
    if len(rows) > 1:
        second = rows[1]
        margin = top.votes - second.votes
        where = _provenance(csv_file, year, f"{label}: {seat} majority {format_votes(margin)} (computed: "
                                            f"{top.name} {format_votes(top.votes)} minus {second.name} "
                                            f"{format_votes(second.votes)})")
        facts.append(Fact(seat, year, "margin", margin, where))
    return facts


def constituency_facts(csv_file: CsvFile) -> ParsedFile:
    """Facts from a file of rows by constituency (the year is the election the declarations follow)."""
    parsed: list[tuple[int, str, dict[str, str]]] = []
    declared = []
    for line, row in enumerate(csv_file.rows, start=2):
        try:
            parsed.append((line, clean_seat(row.get("constituency_name")), row))
            declared.append(clean_time(row.get("declaration_time")))
        except ValueError as error:
            raise RefusedFile(f"row {line}: {error}") from None
    year = election_year(CONSTITUENCIES, csv_file, declared)
    facts: list[Fact] = []
    warnings: list[str] = []
    for (line, seat, row), when in zip(parsed, declared, strict=True):
        try:
            facts.extend(_constituency_row_facts(csv_file, year, seat, row, when.strftime("%Y-%m-%d %H:%M"),
                                                 warnings))
        except ValueError as error:
            raise RefusedFile(f"row {line}: {error}") from None
    seats = len({seat for _, seat, _ in parsed})
    if seats < len(parsed):
        warnings.append(f"{len(parsed) - seats} seats appear more than once")
    return ParsedFile(csv_file, CONSTITUENCIES, year, facts, seats, 0, warnings)


def _constituency_row_facts(csv_file: CsvFile, year: int, seat: str, row: dict[str, str], declared_at: str,
                            warnings: list[str]) -> list[Fact]:
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

    def fact(name: str, value: Value, detail: str) -> Fact:
        return Fact(seat, year, name, value, _provenance(csv_file, year, f"{label}; {detail}"))

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
        fact("declared_at", declared_at, f"declared {declared_at}"),
        fact("margin", majority, f"majority {format_votes(majority)}"),
        fact("winner_party", result.winner_party, f"won by {result.winner_party}"),
        fact("outcome", result.outcome, f"{result.outcome} (compared with the previous general election)"),
        fact("previous_party", result.previous_party,
             f"held before by {result.previous_party} (at the previous general election)"),
    ]
    mp = clean_person(row.get("mp_firstname"), row.get("mp_surname"))
    if mp:
        facts.append(fact("winner", mp, f"elected: {mp}"))
    return facts


def parse_file(path: str | os.PathLike) -> ParsedFile:
    """Read, recognise and convert one file; `RefusedFile` says why it cannot be imported."""
    csv_file = read_csv(path)
    fmt = recognise(csv_file.header)
    if not csv_file.rows:
        raise RefusedFile(f"{fmt.description} with a header but no rows")
    if fmt is CANDIDATES:
        return candidate_facts(csv_file, election_year(fmt, csv_file, []))
    return constituency_facts(csv_file)


# --- importing --------------------------------------------------------------------------------------

def expand_paths(files: Iterable[str | os.PathLike]) -> list[Path]:
    """Files as given; a folder stands for the .csv files in it."""
    paths: list[Path] = []
    for raw in files:
        path = Path(raw)
        if path.is_dir():
            paths.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == ".csv" and p.is_file()))
        else:
            paths.append(path)
    return paths


def _parse_all(paths: list[Path], report: ImportReport) -> list[tuple[ParsedFile, FileReport]]:
    accepted: list[tuple[ParsedFile, FileReport]] = []
    for path in paths:
        entry = FileReport(path=str(path), file=path.name)
        report.files.append(entry)
        try:
            parsed = parse_file(path)
            for other, other_entry in accepted:
                if other.csv.name == parsed.csv.name:
                    raise RefusedFile(f"another file of this import has the same name ({other_entry.path})")
                if (other.fmt, other.year) == (parsed.fmt, parsed.year):
                    raise RefusedFile(f"it holds the same table as {other.csv.name} ({parsed.fmt.description}, "
                                      f"{parsed.year}), imported in this run")
        except RefusedFile as error:
            entry.refused = str(error)
            continue
        except OSError as error:
            entry.refused = f"cannot be read: {error.strerror or error}"
            continue
        entry.format, entry.election_year, entry.encoding = parsed.fmt.description, parsed.year, parsed.csv.encoding
        entry.rows, entry.seats, entry.candidates = len(parsed.csv.rows), parsed.seats, parsed.candidates
        entry.facts, entry.warnings = len(parsed.facts), list(parsed.warnings)
        accepted.append((parsed, entry))
    return accepted


def _replace_earlier(writer: Writer, parsed: ParsedFile) -> list[str]:
    """Remove earlier imports of the same table under another file name; their names."""
    rows = writer.db.execute("SELECT file FROM imports WHERE kind = ? AND election_year = ? AND file != ?",
                             [parsed.fmt.kind, parsed.year, parsed.csv.name]).fetchall()
    for (old,) in rows:
        writer.remove_file(old)
    return [old for (old,) in rows]


def import_results(files: Iterable[str | os.PathLike], db_path: str | os.PathLike) -> ImportReport:
    """Import official results files into the database at `db_path`, all in one atomic write.

    Unusable files are refused with their reason (`ok` is then False) and the others still imported.
    When no file is usable the database is not touched.
    """
    started = perf_counter()
    report = ImportReport()
    accepted = _parse_all(expand_paths(files), report)
    if accepted:
        with write(db_path) as writer:
            for parsed, entry in accepted:
                entry.replaced = _replace_earlier(writer, parsed)
                writer.add_import(parsed.csv.name, parsed.fmt.kind, parsed.year, len(parsed.csv.rows),
                                  parsed.csv.sha256, parsed.facts)
        _report_on_database(report, db_path, sorted({parsed.year for parsed, _ in accepted}))
    report.seconds = perf_counter() - started
    return report


def _report_on_database(report: ImportReport, db_path: str | os.PathLike, years: list[int]) -> None:
    """Fill in what the new database concludes: how many seats, and where official files disagree.

    Read straight from the concluded tables with SQL (loading every seat would cost more than the import).
    """
    db = open_readonly(db_path)
    try:
        report.seats_total = db.execute("SELECT count(*) FROM seats").fetchone()[0]
        marks = ", ".join("?" for _ in years)
        rows = db.execute(
            "SELECT s.constituency, s.election_year, c.field, c.candidate, c.kept, c.kept_type, c.kept_date,"
            " c.kept_file, c.kept_sentence, c.other, c.other_type, c.other_date, c.other_file, c.other_sentence"
            " FROM conflicts c JOIN seats s ON s.id = c.seat_id"
            f" WHERE c.kept_origin = 'official' AND c.other_origin = 'official' AND s.election_year IN ({marks})"
            " ORDER BY s.election_year, s.constituency", years).fetchall()
        report.official_disagreements = [
            Disagreement(seat, year, name, candidate, _decode(kept, kept_type),
                         Provenance("official", kept_file, kept_date, kept_sentence), _decode(other, other_type),
                         Provenance("official", other_file, other_date, other_sentence))
            for (seat, year, name, candidate, kept, kept_type, kept_date, kept_file, kept_sentence, other,
                 other_type, other_date, other_file, other_sentence) in rows]
    finally:
        db.close()


def _decode(text: str | None, kind: str | None) -> Value | None:
    if text is None:
        return None
    return int(text) if kind == "int" else float(text) if kind == "float" else text


__all__ = ["Disagreement", "FileReport", "ImportReport", "check", "check_report", "disagreements", "import_results",
           "parse_file"]
