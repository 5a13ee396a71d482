"""Official results files (House of Commons Library, Electoral Commission): reading them safely and
telling their formats apart.

Three formats are known, each recognised by its header columns (never by its file name). Header
names are compared as lower-case words joined by "_", so the Library's 2024 Title Case headers
("Constituency name", "Candidate first name") read like its earlier snake_case ones; a few 2024
names that differ are mapped onto the earlier ones (`COLUMN_ALIASES`).

- candidates: one row per candidate (HoC Library 2015, 2017, 2019, 2024). The rows do not say which
  election they are: the year is read from the file name.
- constituencies: one row per seat with electorate, valid and invalid votes, declaration time,
  result ("Con gain from Lab"), first and second party and majority (HoC Library 2017, 2019, 2024).
  The year is the election the declarations follow; where the file gives no declaration times (the
  2024 release), its file name.
- Electoral Commission candidates: one row per candidate with the seat's electorate, valid votes
  and majority, the candidate as "Surname, Initials", the party abbreviation and whether elected
  (the 2010 file). The year is the file's `election` column.

Everything here either returns clean values or raises `RefusedFile` with a reason a person can act on.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from knowledge.lexicon.elections import GENERAL_ELECTIONS
from knowledge.lexicon.parties import canonical_party
from knowledge.lexicon.seatnames import (
    BOUNDARY_SETS,
    boundary_set,
    canonical_seat,
    is_known_seat,
    tidy_constituency_name,
)

MAX_FILE_BYTES = 50_000_000
# A declaration is made on polling night or within a few days after it.
DECLARATION_WINDOW = timedelta(days=3)


class RefusedFile(ValueError):
    """A file that cannot be imported; the message says why."""


@dataclass(frozen=True, slots=True)
class Format:
    """One known layout of a results file."""

    kind: str          # stored in the `imports` table
    description: str   # for people
    required: frozenset[str]


CANDIDATES = Format("hoc-candidates", "HoC Library results by candidate", frozenset({
    "constituency_name", "party_name", "firstname", "surname", "votes"}))
CONSTITUENCIES = Format("hoc-constituencies", "HoC Library results by constituency", frozenset({
    "constituency_name", "declaration_time", "result", "first_party", "second_party",
    "electorate", "valid_votes", "invalid_votes", "majority"}))
EC_CANDIDATES = Format("ec-candidates", "Electoral Commission results by candidate", frozenset({
    "election", "constituency_name", "electorate", "valid_votes", "candidate", "party_abbreviation", "votes",
    "elected", "majority"}))
FORMATS: tuple[Format, ...] = (CANDIDATES, CONSTITUENCIES, EC_CANDIDATES)

# Header names of the Library's 2024 release -> the names its earlier files use for the same column.
COLUMN_ALIASES = {"candidate_first_name": "firstname", "candidate_surname": "surname",
                  "member_first_name": "mp_firstname", "member_surname": "mp_surname"}
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def column_name(header_cell: str) -> str:
    """'Constituency name' -> 'constituency_name'; 'Candidate first name' -> 'firstname'."""
    name = _NOT_WORD.sub("_", header_cell.replace("\ufeff", "").strip().lower()).strip("_")
    return COLUMN_ALIASES.get(name, name)


@dataclass(slots=True)
class CsvFile:
    """A results file read into memory: its rows as dicts keyed by lower-case header names."""

    path: Path
    sha256: str
    encoding: str
    header: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)
    name: str = ""

    def __post_init__(self) -> None:
        self.name = self.name or self.path.name


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without a byte-order mark), else Windows-1252."""
    if not data.strip():
        raise RefusedFile("empty file")
    if b"\x00" in data[:65536]:
        raise RefusedFile("binary file (contains NUL bytes), not a CSV file")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise RefusedFile(f"neither UTF-8 nor Windows-1252 text (byte {error.start})") from None
    return text, "cp1252"


def read_csv(path: str | os.PathLike) -> CsvFile:
    """Read and decode one CSV file; `RefusedFile` when it is missing, empty, binary or not a table."""
    file = Path(path)
    if not file.is_file():
        raise RefusedFile("no such file" if not file.exists() else "not a file")
    size = file.stat().st_size
    if size > MAX_FILE_BYTES:
        raise RefusedFile(f"too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
    data = file.read_bytes()
    text, encoding = decode_bytes(data)
    printable = sum(ch.isprintable() or ch.isspace() for ch in text[:10000])
    if printable < 0.95 * min(len(text), 10000):
        raise RefusedFile("not text (mostly control characters), not a CSV file")
    try:
        table = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise RefusedFile(f"not a readable CSV file: {error}") from None
    table = [row for row in table if any(cell.strip() for cell in row)]
    if not table:
        raise RefusedFile("empty file")
    header = [column_name(cell) for cell in table[0]]
    rows = [dict(zip(header, row, strict=False)) for row in table[1:]]
    return CsvFile(file, hashlib.sha256(data).hexdigest(), encoding, header, rows)


def recognise(header: list[str]) -> Format:
    """The format whose required columns the header has; `RefusedFile` naming what is missing."""
    columns = set(header)
    for fmt in FORMATS:
        if fmt.required <= columns:
            return fmt
    if len(header) < 2:
        first = ",".join(header)
        raise RefusedFile(f"not a results table: its first line ({_clip(first)!r}) is not a row of CSV "
                          "column names")
    closest = min(FORMATS, key=lambda f: len(f.required - columns))
    missing = ", ".join(sorted(closest.required - columns))
    shown = ", ".join(_clip(h, 30) for h in header[:8]) + (", ..." if len(header) > 8 else "")
    raise RefusedFile(f"not a known results format: header columns [{shown}]; the nearest format, "
                      f"{closest.description}, also needs: {missing}")


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")


def year_from_name(name: str) -> int | None:
    """The general election a file name names ('HoC-GE2017-...' -> 2017); None when none or several."""
    years = {int(y) for y in _YEAR.findall(name)} & set(GENERAL_ELECTIONS)
    return years.pop() if len(years) == 1 else None


def year_from_declarations(times: list[datetime]) -> int | None:
    """The general election whose polling day the earliest declaration follows (within a few days)."""
    if not times:
        return None
    first = min(times).date()
    for year, day in GENERAL_ELECTIONS.items():
        if day <= first <= day + DECLARATION_WINDOW:
            return year
    return None


def election_year(fmt: Format, csv_file: CsvFile, declared: list[datetime]) -> int:
    """Which election a file holds: the declarations' dates where it has them, else its file name."""
    named = year_from_name(csv_file.name)
    if fmt is CONSTITUENCIES and declared:
        found = year_from_declarations(declared)
        if found is None:
            raise RefusedFile("its declaration times follow no general election's polling day")
        if named is not None and named != found:
            raise RefusedFile(f"its name says {named} but its declarations follow the {found} election")
        return found
    if named is None:
        rows = "rows by candidate" if fmt is CANDIDATES else "rows without declaration times"
        raise RefusedFile(f"{rows} do not say which election they are: name the file with the "
                          "election year, as the HoC Library does (e.g. HoC-GE2017-results-by-candidate.csv)")
    return named


# --- cleaning values --------------------------------------------------------------------------------

# Short party forms the official files use that `canonical_party` does not know (the HoC Library's
# result columns, and the Electoral Commission's party abbreviations).
_OFFICIAL_ABBREVIATIONS = {
    "spk": "Speaker", "lab coop": "Labour", "lab co-op": "Labour", "ruk": "Reform UK",
    "wpb": "Workers Party of Britain", "uu": "Ulster Unionist Party", "ucunf": "Ulster Conservatives and Unionists",
    "ed": "English Democrats", "ch p": "Christian Party", "soc lab": "Socialist Labour Party",
    "ikhhc": "Independent Kidderminster Hospital and Health Concern", "mk": "Mebyon Kernow",
    "nf": "National Front", "ssp": "Scottish Socialist Party", "pirate": "Pirate Party",
    "comm": "Communist Party of Britain", "lib": "Liberal", "green": "Green", "apni": "Alliance",
}


def clean_text(raw: str | None) -> str:
    return " ".join((raw or "").split())


def clean_person(first: str | None, last: str | None) -> str:
    """'Jennifer ' + 'Nadel' -> 'Jennifer Nadel'; 'Tealby - Watson' -> 'Tealby-Watson'."""
    name = clean_text(f"{first or ''} {last or ''}")
    return re.sub(r"\s*-\s*", "-", name)


_TITLE_WORDS = frozenset({"ms.", "mr.", "mrs.", "miss", "dr.", "sir", "dame", "ms", "mr", "mrs", "dr"})


def clean_surname_first(raw: str | None) -> str:
    """The Electoral Commission's 'Surname, Initials [title]' -> 'Initials Surname', as the source gives them.

    The file has no first names, so none are invented: 'Lucas, C. Ms.' -> 'C. Lucas' (titles are
    not part of a name). A name without a comma is kept as written.

    >>> clean_surname_first("Lucas, C. Ms."), clean_surname_first("Clegg, N.")
    ('C. Lucas', 'N. Clegg')
    """
    text = clean_text(raw)
    if "," not in text:
        return clean_person(text, "")
    surname, rest = (part.strip() for part in text.split(",", 1))
    initials = " ".join(word for word in rest.split() if word.lower() not in _TITLE_WORDS)
    return clean_person(initials, surname)


_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]")


def mend_mojibake(text: str) -> str:
    """Text that was UTF-8 read as Latin-1 or Windows-1252, mended: 'Ã\x81ine' -> 'Áine'.

    Mended only where that is safe: the text has the telltale pair (a lead letter then a
    continuation character), re-encodes exactly, and decodes as valid UTF-8 without control
    characters. Anything else is returned unchanged.
    """
    if not _MOJIBAKE_HINT.search(text):
        return text
    for encoding in ("latin-1", "cp1252"):
        try:
            mended = text.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
        if mended != text and all(ch.isprintable() for ch in mended):
            return mended
    return text


@lru_cache(maxsize=4096)
def clean_seat(raw: str | None, year: int | None = None) -> str:
    """'Newcastle-Under-Lyme' -> 'Newcastle-under-Lyme', 'Ynys Mon' -> 'Ynys Môn' (in `year`'s boundary set)."""
    name = tidy_constituency_name(clean_text(raw))
    if not name:
        raise ValueError("no constituency name")
    return canonical_seat(name, year)


def check_boundaries(seats: set[str], year: int) -> None:
    """Refuse a file whose seats are plainly of another boundary set than its election's.

    (A 2024 file named for 2019 would otherwise file 650 new seats under the old parliament.)
    """
    elsewhere = [seat for seat in seats if not is_known_seat(seat, year)]
    if len(elsewhere) * 4 <= len(seats):
        return
    for first in BOUNDARY_SETS:
        there = sum(is_known_seat(seat, first) for seat in seats)
        if boundary_set(year) != first and there * 10 >= len(seats) * 9:
            raise RefusedFile(f"its seats are those of the boundaries first used in {first}, not of the {year} "
                              "election's: check the election year in its name")


@lru_cache(maxsize=4096)
def clean_party(raw: str | None) -> str | None:
    """A party as the files write it ('Labour and Co-operative', 'Spk', 'Lab Coop') -> its canonical name."""
    text = clean_text(raw)
    if not text:
        return None
    return _OFFICIAL_ABBREVIATIONS.get(text.lower()) or canonical_party(text)


def clean_flag(raw: str | None, column: str) -> bool:
    """'True' / 'False' (also 'Yes' / 'No', '1' / '0') -> bool; ValueError naming the column otherwise."""
    text = clean_text(raw).lower()
    if text in ("true", "yes", "1", "y"):
        return True
    if text in ("false", "no", "0", "n"):
        return False
    raise ValueError(f"{column} is {raw!r}, not True or False")


def clean_int(raw: str | None, column: str) -> int:
    """'21285' or '21,285' -> 21285; ValueError naming the column otherwise."""
    text = clean_text(raw).replace(",", "")
    if not text:
        raise ValueError(f"{column} is {'missing' if raw is None else 'empty'}")
    if not re.fullmatch(r"\d+", text):
        raise ValueError(f"{column} is {raw!r}, not a whole number")
    return int(text)


def clean_time(raw: str | None) -> datetime | None:
    """A declaration time; None where the file leaves it empty (the 2024 release)."""
    text = clean_text(raw)
    if not text:
        return None
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M"):
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise ValueError(f"declaration_time is {raw!r}, not a date and time")


@dataclass(frozen=True, slots=True)
class Result:
    """The 'result' column: 'Con gain from Lab' -> Conservative, gain, Labour."""

    winner_party: str
    outcome: str          # "gain" or "hold"
    previous_party: str   # for a hold, the winner's own party


_RESULT = re.compile(r"^(?P<winner>.+?)\s+(?:(?P<hold>hold)|gain\s+from\s+(?P<loser>.+))$", re.IGNORECASE)


def parse_result(raw: str | None) -> Result:
    text = clean_text(raw)
    match = _RESULT.match(text)
    if not match:
        raise ValueError(f"result is {raw!r}, not '<party> hold' or '<party> gain from <party>'")
    winner = clean_party(match["winner"]) or match["winner"]
    if match["hold"]:
        return Result(winner, "hold", winner)
    return Result(winner, "gain", clean_party(match["loser"]) or match["loser"])


def polling_day_text(year: int) -> str:
    day: date = GENERAL_ELECTIONS[year]
    return day.isoformat()
