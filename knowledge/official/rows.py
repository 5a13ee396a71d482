"""What reading one results file produces, and how its bad rows are reported and skipped.

A results file is a table made by people: one row may be broken (a missing name, votes that are not
a number). Such a row is reported with its line number and skipped; the rest of the file imports.
Only a file that is mostly broken (more than half its rows) is refused: that is a file of another
shape, not a few bad rows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from knowledge.official.formats import CsvFile, Format, RefusedFile, mend_mojibake, polling_day_text
from knowledge.records import Fact, Provenance


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
    skipped: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RowProblems:
    """The rows of one file that were skipped (`skipped`, one line each) and the names mended."""

    skipped: list[str] = field(default_factory=list)
    mended: list[str] = field(default_factory=list)

    def skip(self, line: int, error: ValueError) -> None:
        self.skipped.append(f"row {line}: {error}; skipped")

    def mend(self, line: int, text: str) -> str:
        """`text` with its mis-encoding mended (`formats.mend_mojibake`); the mend is reported."""
        mended = mend_mojibake(text)
        if mended != text:
            self.mended.append(f"row {line}: mis-encoded {text!r} read as {mended!r}")
        return mended

    def check(self, rows: int) -> None:
        """Refuse the file when more than half its rows are unusable (it is then not this format)."""
        if self.skipped and len(self.skipped) * 2 > rows:
            first = self.skipped[0].removesuffix("; skipped")
            raise RefusedFile(first if rows == 1 else
                              f"{len(self.skipped)} of {rows} rows are unusable (first: {first})")


def candidate_row_facts(seat: str, year: int, name: str, party: str | None, votes: int,
                        where: Provenance) -> list[Fact]:
    """The facts one candidate's row states: that they stood, for which party, with how many votes."""
    facts = [Fact(seat, year, "candidate", name, where, name)]
    if party:
        facts.append(Fact(seat, year, "party", party, where, name))
    facts.append(Fact(seat, year, "votes", votes, where, name))
    return facts


def provenance(csv_file: CsvFile, year: int, sentence: str) -> Provenance:
    return Provenance("official", csv_file.name, _polling_day(year), sentence)


_polling_day = lru_cache(maxsize=64)(polling_day_text)
