"""Official results: importing the results files, and checking articles against them.

`import_results(files, db)` reads every file first (formats and cleaning in `knowledge.official.formats`;
rows into facts in `knowledge.official.hoc` for the House of Commons Library's files and
`knowledge.official.electoral_commission` for the Electoral Commission's), refuses the unusable ones
with a reason, and writes all the others in one atomic `store.write()`. A bad row is reported and
skipped, never fatal (`knowledge.official.rows`). Re-importing a file replaces what it said before; a
file of the same format and election under another name replaces the earlier one too, so the
database never holds two copies of one official table.

Facts that need two elections (`previous_majority`, and `outcome`/`previous_party` where no file states
them) are not written here: `knowledge.store.derived` works them out whenever the seats are concluded,
so they follow whatever official files the database holds.

`check(db)` and `check_report(db)` (in `knowledge.official.check`, re-exported here) list where articles
and official figures disagree.

Where two official files give one fact (margin and winner party from both files of an election; valid
votes as the constituency file states them and as the candidates' votes add up), the merge compares
them like any two sources: a difference is a conflict, and the import's summary lists it.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter

from knowledge.official.check import Disagreement, check, check_report, disagreements
from knowledge.official.electoral_commission import ec_candidate_facts
from knowledge.official.formats import CANDIDATES, EC_CANDIDATES, RefusedFile, read_csv, recognise
from knowledge.official.hoc import candidate_facts, constituency_facts
from knowledge.official.rows import ParsedFile
from knowledge.records import Provenance, Value
from knowledge.store.database import Writer, open_readonly, write


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
    skipped: list[str] = field(default_factory=list)
    refused: str | None = None

    def line(self) -> str:
        if self.refused:
            return f"  {self.file}: refused: {self.refused}"
        people = f"{self.candidates} candidates" if self.candidates else "no candidate rows"
        text = (f"  {self.file}: {self.format}, {self.election_year} general election: {self.seats} seats, "
                f"{people}, {self.facts} facts")
        if self.encoding and self.encoding != "utf-8":
            text += f" (read as {self.encoding})"
        if self.skipped:
            text += f"; {len(self.skipped)} bad {'row' if len(self.skipped) == 1 else 'rows'} skipped"
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
            lines += [f"  {f.file}: {w}" for w in f.skipped]
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

def parse_file(path: str | os.PathLike) -> ParsedFile:
    """Read, recognise and convert one file; `RefusedFile` says why it cannot be imported."""
    csv_file = read_csv(path)
    fmt = recognise(csv_file.header)
    if not csv_file.rows:
        raise RefusedFile(f"{fmt.description} with a header but no rows")
    if fmt is CANDIDATES:
        return candidate_facts(csv_file)
    if fmt is EC_CANDIDATES:
        return ec_candidate_facts(csv_file)
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


def _parse_all(paths: list[Path], report: ImportReport, progress: Callable[[int, int, str], None] | None = None
               ) -> list[tuple[ParsedFile, FileReport]]:
    accepted: list[tuple[ParsedFile, FileReport]] = []
    for done, path in enumerate(paths):
        if progress is not None:  # files done so far, and the one being parsed now
            progress(done, len(paths), path.name)
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
        entry.facts, entry.warnings, entry.skipped = len(parsed.facts), list(parsed.warnings), list(parsed.skipped)
        accepted.append((parsed, entry))
    if progress is not None and paths:
        progress(len(paths), len(paths), "parsed")
    return accepted


def _replace_earlier(writer: Writer, parsed: ParsedFile) -> list[str]:
    """Remove earlier imports of the same table under another file name; their names."""
    rows = writer.db.execute("SELECT file FROM imports WHERE kind = ? AND election_year = ? AND file != ?",
                             [parsed.fmt.kind, parsed.year, parsed.csv.name]).fetchall()
    for (old,) in rows:
        writer.remove_file(old)
    return [old for (old,) in rows]


def import_results(files: Iterable[str | os.PathLike], db_path: str | os.PathLike,
                   progress: Callable[[int, int, str], None] | None = None) -> ImportReport:
    """Import official results files into the database at `db_path`, all in one atomic write.

    Unusable files are refused with their reason (`ok` is then False) and the others still imported.
    When no file is usable the database is not touched.
    """
    started = perf_counter()
    report = ImportReport()
    accepted = _parse_all(expand_paths(files), report, progress)
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
