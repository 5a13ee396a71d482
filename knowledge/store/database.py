"""The SQLite knowledge base: raw facts with provenance, and the seats concluded from them.

Tables (schema version in `meta`):
- `articles`: every article file read, with its status (result, no_result, unreadable) and the reason.
- `imports`: every official results file imported.
- `facts`: every fact any source states, with origin, file, date and sentence. The source of truth.
- `quotes`: who said what, with the article it came from.
- `elections`, `seats`, `candidacies`, `seat_facts`, `conflicts`: concluded from `facts` by
  `knowledge.store.merge` on every write, so questions are simple queries.

Writes are atomic, and writers queue on a lock file:
- the first write builds the database beside its place and moves it in with `os.replace` once it
  passes SQLite's quick check, so a killed first write leaves no database at all;
- every later write changes the database in place inside one SQLite transaction, with the rollback
  journal and `synchronous=FULL`. That journal is SQLite's own "build aside": the original of every
  page is written to it and synced before the page is changed, and the journal is deleted only at
  commit. A write that fails is rolled back; a writer killed mid-way leaves a hot journal that the
  next connection to open the database (reader or writer) plays back first, so everyone sees the
  previous database, byte for byte. Readers see the committed database until the commit. Copying
  the whole database aside instead cost a one-article write about 0.25 s of copying and checking
  every page, for a change of a few pages (bench/add_one.py).
"""
from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.collector import cycle_collector_paused
from knowledge.fields import BY_NAME
from knowledge.lexicon.elections import GENERAL_ELECTIONS, polling_day
from knowledge.records import (
    SEAT_FIELDS,
    Candidate,
    Conflict,
    Fact,
    Provenance,
    Quote,
    Seat,
    SeatFact,
    Value,
    pickled_by_fields,
)
from knowledge.store.derived import comparable_previous
from knowledge.store.merge import SeatKey, merge, seat_key

if TYPE_CHECKING:  # imported where a database is written or queried: loading it for answers needs only sqlite3
    import sqlite_utils

# A write that changes more contests than this is concluded whole (one pass over every fact is then cheaper).
MAX_INCREMENTAL_CONTESTS = 400
SCHEMA_VERSION = 2  # 2: by_election_day on facts, quotes and seats


class StoreError(Exception):
    """The database cannot be read or written; the message says why."""


@pickled_by_fields
@dataclass(slots=True)
class ArticleRow:
    file: str
    path: str
    date: str | None
    sha256: str
    size: int
    election_year: int | None
    status: str  # "result", "no_result" or "unreadable"
    reason: str
    seats: int = 0
    facts: int = 0


@dataclass(slots=True)
class Knowledge:
    """Everything the database holds, loaded once into memory for answering."""

    seats: list[Seat]
    articles: list[ArticleRow] = field(default_factory=list)
    imports: list[dict] = field(default_factory=list)
    built_at: str | None = None

    @property
    def conflicts(self) -> list[Conflict]:
        return [c for seat in self.seats for c in seat.conflicts]


def _encode(value: Value) -> tuple[str, str]:
    if isinstance(value, bool):
        return str(int(value)), "int"
    if isinstance(value, int):
        return str(value), "int"
    if isinstance(value, float):
        return repr(value), "float"
    return str(value), "str"


def _decode(text: str | None, kind: str | None) -> Value | None:
    if text is None:
        return None
    if kind == "int":
        return int(text)
    if kind == "float":
        return float(text)
    return text


def _create_schema(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
    db["articles"].create({
        "file": str, "path": str, "date": str, "sha256": str, "size": int, "election_year": int,
        "status": str, "reason": str, "seats": int, "facts": int}, pk="file", if_not_exists=True)
    db["imports"].create({"file": str, "kind": str, "election_year": int, "rows": int, "sha256": str,
                          "imported_at": str}, pk="file", if_not_exists=True)
    db["facts"].create({
        "id": int, "seat_key": str, "constituency": str, "election_year": int, "candidate": str,
        "field": str, "value": str, "value_type": str, "origin": str, "file": str, "date": str,
        "sentence": str, "by_election_day": str}, pk="id", if_not_exists=True)
    db["quotes"].create({"id": int, "seat_key": str, "constituency": str, "election_year": int,
                         "speaker": str, "text": str, "origin": str, "file": str, "date": str,
                         "sentence": str, "by_election_day": str}, pk="id", if_not_exists=True)
    db["elections"].create({"year": int, "polling_day": str, "seats": int}, pk="year", if_not_exists=True)
    seat_columns: dict = {"id": int, "seat_key": str, "constituency": str, "election_year": int,
                          "by_election_day": str}
    for name in SEAT_FIELDS:
        seat_columns[name] = BY_NAME[name].kind
    seat_columns["files"] = str
    db["seats"].create(seat_columns, pk="id", if_not_exists=True)
    db["candidacies"].create({
        "id": int, "seat_id": int, "name": str, "aliases": str, "party": str, "votes": int,
        "share_percent": float, "elected": int, "position": int},
        pk="id", foreign_keys=[("seat_id", "seats", "id")], if_not_exists=True)
    db["seat_facts"].create({
        "seat_id": int, "candidate": str, "field": str, "value": str, "value_type": str,
        "origin": str, "file": str, "date": str, "sentence": str},
        foreign_keys=[("seat_id", "seats", "id")], if_not_exists=True)
    db["conflicts"].create({
        "id": int, "seat_id": int, "candidate": str, "field": str,
        "kept": str, "kept_type": str, "kept_origin": str, "kept_file": str, "kept_date": str,
        "kept_sentence": str, "other": str, "other_type": str, "other_origin": str, "other_file": str,
        "other_date": str, "other_sentence": str},
        pk="id", foreign_keys=[("seat_id", "seats", "id")], if_not_exists=True)
    # facts and quotes are looked up by file (to forget a file) and by contest (to conclude it again)
    for table, columns in (("facts", ["file"]), ("facts", ["seat_key", "election_year"]),
                           ("quotes", ["file"]), ("quotes", ["seat_key", "election_year"]),
                           ("seats", ["seat_key", "election_year"]),
                           ("candidacies", ["seat_id"]), ("seat_facts", ["seat_id"]),
                           ("conflicts", ["seat_id"])):
        db[table].create_index(columns, if_not_exists=True)
    db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])


# Versions a write upgrades in place (1 -> 2 adds by_election_day, NULL: a general election's).
UPGRADABLE_VERSIONS = frozenset({1})


def _check_version(db: sqlite_utils.Database | sqlite3.Connection, path: Path, *, upgrading: bool = False) -> None:
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone() is None:
        raise StoreError(f"{path} is not an election bot database (no meta table)")
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if upgrading and row is not None and int(row[0]) in UPGRADABLE_VERSIONS:
        for table in ("facts", "quotes", "seats"):
            if "by_election_day" not in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}:
                db.execute(f"ALTER TABLE {table} ADD COLUMN by_election_day TEXT")
        return
    if row is None or int(row[0]) != SCHEMA_VERSION:
        found = row[0] if row else "none"
        raise StoreError(f"{path} has schema version {found}; this bot reads version {SCHEMA_VERSION}. "
                         "Rebuild it with `python bot.py ingest` (and `import-results`).")


@contextmanager
def _writer_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@contextmanager
def write(path: str | os.PathLike) -> Iterator[Writer]:
    """Change the database atomically: `with write(db) as w: w.add_article(...)`.

    The change is committed only when the block ends without an exception (see the module's
    docstring for how: in place under SQLite's rollback journal, or, for a new database, built
    aside and moved in after SQLite's quick check).
    """
    target = Path(path)
    with _writer_lock(target), cycle_collector_paused():
        # Only the lock holder builds, so any copy (and its journal) left here was abandoned by a writer
        # that was killed; a journal left under this process's id would otherwise be "rolled back" into
        # a new copy.
        for stale in target.parent.glob(f".{target.name}.*.building*"):
            stale.unlink(missing_ok=True)
        if target.exists():
            with _write_in_place(target) as writer:
                yield writer
        else:
            with _write_aside(target) as writer:
                yield writer


# Pages a writer keeps in memory before it must spill changed pages into the database file (which
# locks readers out until the commit): 64 MiB, more than a whole knowledge base, taken only as used.
WRITER_CACHE_KIB = 65536


@contextmanager
def _write_in_place(target: Path) -> Iterator[Writer]:
    try:
        conn = sqlite3.connect(f"file:{target}?mode=rw", uri=True)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{target} cannot be opened for writing: {error}") from error
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    try:
        db.execute("PRAGMA journal_mode = DELETE")  # the rollback journal the module's promise rests on
        db.execute("PRAGMA synchronous = FULL")
        db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        try:
            db.execute("BEGIN IMMEDIATE")  # plays back a killed writer's journal first
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{target} is not a writable SQLite database: {error}") from error
        with conn:  # commits at the end of the block, rolls back on any exception
            _check_version(db, target, upgrading=True)
            _create_schema(db)
            writer = Writer(db)
            yield writer
            writer.conclude()
    finally:
        if conn.in_transaction:  # an exception the `with conn` block did not see (BEGIN failed half-way)
            conn.rollback()
        db.close()


@contextmanager
def _write_aside(target: Path) -> Iterator[Writer]:
    import sqlite_utils

    building = target.with_name(f".{target.name}.{os.getpid()}.building")
    db = sqlite_utils.Database(building)
    try:
        _create_schema(db)
        writer = Writer(db)
        with db.conn:
            yield writer
            writer.conclude()
        check = db.execute("PRAGMA quick_check").fetchone()[0]
        db.close()
        if check != "ok":
            raise StoreError(f"the new database failed SQLite's integrity check: {check}")
        _fsync(building)
        os.replace(building, target)
        _fsync(target.parent)
    finally:
        db.close()
        building.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_INSERT_ARTICLE = (f"INSERT INTO articles ({', '.join(ArticleRow.__slots__)})"
                   f" VALUES ({', '.join('?' * len(ArticleRow.__slots__))})")


class Writer:
    """Adds and removes sources inside `write()`; the concluded tables are rebuilt at the end.

    The facts added in this write are also kept in memory, so concluding reads back from the
    database only the facts that were there before.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.known_files = {row[0] for row in db.execute("SELECT file FROM articles UNION SELECT file FROM imports")}
        self.first_new_fact = _next_id(db, "facts")
        self.first_new_quote = _next_id(db, "quotes")
        self.added: dict[str, tuple[list[Fact], list[Quote]]] = {}
        self.removed_contests: set[SeatKey] = set()
        self.seat_count = 0
        self.conflict_count = 0

    def remove_file(self, file: str) -> None:
        """Forget everything one source file said."""
        self.added.pop(file, None)
        if file not in self.known_files:
            return
        self.known_files.discard(file)
        for table in ("facts", "quotes"):
            self.removed_contests.update(
                (key, year, day) for key, year, day in self.db.execute(
                    f"SELECT DISTINCT seat_key, election_year, by_election_day FROM {table} WHERE file = ?", [file]))
        for table in ("facts", "quotes", "articles", "imports"):
            self.db.execute(f"DELETE FROM {table} WHERE file = ?", [file])

    def article_files(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT file FROM articles")]

    def add_article(self, row: ArticleRow, facts: Iterable[Fact], quotes: Iterable[Quote]) -> None:
        self.remove_file(row.file)
        self.db.execute(_INSERT_ARTICLE, [getattr(row, name) for name in ArticleRow.__slots__])
        self._add(row.file, list(facts), list(quotes))

    def add_import(self, file: str, kind: str, election_year: int | None, rows: int, sha256: str,
                   facts: Iterable[Fact]) -> None:
        self.remove_file(file)
        self.db["imports"].insert({"file": file, "kind": kind, "election_year": election_year, "rows": rows,
                                   "sha256": sha256, "imported_at": _now()})
        self._add(file, list(facts), [])

    def _add(self, file: str, facts: list[Fact], quotes: list[Quote]) -> None:
        self.known_files.add(file)
        self.added[file] = (facts, quotes)
        rows = []
        for fact in facts:
            text, kind = _encode(fact.value)
            p = fact.provenance
            rows.append((seat_key(fact.constituency, fact.election_year)[0], fact.constituency,
                         fact.election_year, fact.candidate, fact.field, text, kind, p.origin, p.file,
                         p.date, p.sentence, fact.by_election_day))
        self.db.conn.executemany(
            "INSERT INTO facts (seat_key, constituency, election_year, candidate, field, value, value_type,"
            " origin, file, date, sentence, by_election_day) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        self.db.conn.executemany(
            "INSERT INTO quotes (seat_key, constituency, election_year, speaker, text, origin, file, date,"
            " sentence, by_election_day) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(seat_key(q.constituency, q.election_year)[0], q.constituency, q.election_year, q.speaker, q.text,
              q.provenance.origin, q.provenance.file, q.provenance.date, q.provenance.sentence, q.by_election_day)
             for q in quotes])

    def all_facts(self) -> Iterator[Fact]:
        """Every fact the database will hold, in the order they were added."""
        yield from read_facts(self.db, before_id=self.first_new_fact)
        for facts, _ in self.added.values():
            yield from facts

    def all_quotes(self) -> Iterator[Quote]:
        yield from read_quotes(self.db, before_id=self.first_new_quote)
        for _, quotes in self.added.values():
            yield from quotes

    def conclude(self) -> None:
        """Bring the concluded tables (seats, candidacies, seat_facts, conflicts) up to date with the facts.

        Only the contests whose facts or quotes changed in this write are merged again, with those whose
        derived facts compare with them (`dependent_contests`); a write that changes most of the
        database (or a database with no concluded seats yet) is concluded whole. Both give the same
        tables (tests/test_incremental_conclude.py).
        """
        changed = self.changed_contests()
        had_seats = self.db.execute("SELECT 1 FROM seats LIMIT 1").fetchone() is not None
        if had_seats and len(changed) <= MAX_INCREMENTAL_CONTESTS:
            self.conclude_contests(changed | dependent_contests(changed))
        else:
            self.conclude_all()

    def changed_contests(self) -> set[SeatKey]:
        """The contests (seat keys) whose facts or quotes this write added or removed."""
        keys = set(self.removed_contests)
        for facts, quotes in self.added.values():
            keys.update(seat_key(f.constituency, f.election_year, f.by_election_day) for f in facts)
            keys.update(seat_key(q.constituency, q.election_year, q.by_election_day) for q in quotes)
        return keys

    def conclude_all(self) -> None:
        """Rebuild the concluded tables from every fact."""
        seats = merge(self.all_facts(), self.all_quotes())
        for table in ("conflicts", "seat_facts", "candidacies", "seats"):
            self.db.execute(f"DELETE FROM {table}")
        self._insert_seats(seats, first_id=1)
        self._finish()

    def conclude_contests(self, keys: set[SeatKey]) -> None:
        """Merge again only the contests `keys` (reading their facts, and their previous elections' for
        the derived facts), replacing their concluded rows."""
        wanted = {(key, year) for key, year, _ in keys}
        wanted |= {(key, previous) for key, year in list(wanted)
                   if (previous := comparable_previous(year)) is not None}
        facts = [f for f in _facts_of(self.db, wanted)]
        quotes = [q for q in _quotes_of(self.db, wanted)
                  if seat_key(q.constituency, q.election_year, q.by_election_day) in keys]
        seats = [seat for seat in merge(facts, quotes)
                 if seat_key(seat.constituency, seat.election_year, seat.by_election_day) in keys]
        stale = [row[0] for row in self.db.execute(
            "SELECT id, seat_key, election_year, by_election_day FROM seats")
            if (row[1], row[2], row[3]) in keys]
        for start in range(0, len(stale), 500):
            chunk = stale[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for table in ("conflicts", "seat_facts", "candidacies"):
                self.db.execute(f"DELETE FROM {table} WHERE seat_id IN ({marks})", chunk)
            self.db.execute(f"DELETE FROM seats WHERE id IN ({marks})", chunk)
        self._insert_seats(seats, first_id=_next_id(self.db, "seats"))
        self._finish()

    def _finish(self) -> None:
        """The elections table, the build time and the counts, from the concluded seats."""
        self.db.execute("DELETE FROM elections")
        self.db["elections"].insert_all(
            [{"year": y, "polling_day": str(polling_day(y)) if polling_day(y) else None, "seats": n}
             for y, n in self.db.execute("SELECT election_year, count(*) FROM seats WHERE by_election_day IS NULL"
                                         " AND election_year IS NOT NULL GROUP BY election_year ORDER BY 1")])
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('built_at', ?)", [_now()])
        self.seat_count = self.db.execute("SELECT count(*) FROM seats").fetchone()[0]
        self.conflict_count = self.db.execute("SELECT count(*) FROM conflicts").fetchone()[0]

    def _insert_seats(self, seats: list[Seat], first_id: int) -> None:
        seat_rows, candidate_rows, fact_rows, conflict_rows = [], [], [], []
        for seat_id, seat in enumerate(seats, start=first_id):
            row: dict = {"id": seat_id, "seat_key": seat_key(seat.constituency, seat.election_year)[0],
                         "constituency": seat.constituency, "election_year": seat.election_year,
                         "by_election_day": seat.by_election_day,
                         "files": json.dumps(seat.files)}
            for name in SEAT_FIELDS:
                row[name] = seat.get(name)
            seat_rows.append(row)
            for name, fact in seat.facts.items():
                fact_rows.extend(_fact_rows(seat_id, None, name, fact.value, fact.sources))
            for position, c in enumerate(seat.candidates, start=1):
                candidate_rows.append({"seat_id": seat_id, "name": c.name, "aliases": json.dumps(c.aliases),
                                       "party": c.party, "votes": c.votes, "share_percent": c.share_percent,
                                       "elected": int(c.elected), "position": position})
                fact_rows.extend(_fact_rows(seat_id, c.name, "candidate", c.name, c.sources))
                if c.votes is not None:
                    fact_rows.extend(_fact_rows(seat_id, c.name, "votes", c.votes, c.vote_sources))
            for conflict in seat.conflicts:
                conflict_rows.append({"seat_id": seat_id, "candidate": conflict.candidate, "field": conflict.field,
                                      **_side("kept", conflict.kept, conflict.kept_source),
                                      **_side("other", conflict.other, conflict.other_source)})
        for table, rows in (("seats", seat_rows), ("candidacies", candidate_rows), ("seat_facts", fact_rows),
                            ("conflicts", conflict_rows)):
            _insert_rows(self.db, table, rows)


def _insert_rows(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """Insert rows that all have the same keys with one prepared statement (faster than insert_all)."""
    if not rows:
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    db.conn.executemany(sql, [tuple(row[c] for c in columns) for row in rows])


def _fact_rows(seat_id: int, candidate: str | None, name: str, value: Value,
               sources: list[Provenance]) -> list[dict]:
    text, kind = _encode(value)
    return [{"seat_id": seat_id, "candidate": candidate, "field": name, "value": text, "value_type": kind,
             "origin": p.origin, "file": p.file, "date": p.date, "sentence": p.sentence} for p in sources]


def _side(prefix: str, value: Value, p: Provenance) -> dict:
    text, kind = _encode(value)
    return {prefix: text, f"{prefix}_type": kind, f"{prefix}_origin": p.origin, f"{prefix}_file": p.file,
            f"{prefix}_date": p.date, f"{prefix}_sentence": p.sentence}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _next_id(db: sqlite_utils.Database, table: str) -> int:
    return db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]


def _before(before_id: int | None) -> str:
    return "" if before_id is None else "WHERE id < ?"


def read_facts(db: sqlite_utils.Database, *, before_id: int | None = None) -> Iterator[Fact]:
    """The facts table as records, in the order they were added (those with id < `before_id`)."""
    query = ("SELECT constituency, election_year, field, value, value_type, origin, file, date, sentence,"
             f" candidate, by_election_day FROM facts {_before(before_id)} ORDER BY id")
    rows = db.execute(query, [] if before_id is None else [before_id])
    for (constituency, year, name, value, kind, origin, file, date, sentence, candidate, by_election) in rows:
        yield Fact(constituency, year, name, _decode(value, kind), Provenance(origin, file, date, sentence),
                   candidate, by_election)


def dependent_contests(keys: set[SeatKey]) -> set[SeatKey]:
    """The contests whose derived facts compare with one of `keys`: the same seat at the next general
    election on the same boundaries (`knowledge.store.derived`)."""
    later = {year: [y for y in GENERAL_ELECTIONS if comparable_previous(y) == year] for year in GENERAL_ELECTIONS}
    return {(key, after, None) for key, year, day in keys if day is None and year in later for after in later[year]}


def _by_contest(db: sqlite_utils.Database, table: str, columns: str, wanted: set[tuple[str, int | None]]
                ) -> Iterator[tuple]:
    """Rows of `table` (facts or quotes) for the (seat_key, election_year) pairs `wanted`, in id order."""
    pairs = sorted(wanted, key=lambda p: (p[0], p[1] or 0))
    rows: list[tuple] = []
    for start in range(0, len(pairs), 400):
        chunk = pairs[start:start + 400]
        condition = " OR ".join("(seat_key = ? AND election_year IS ?)" for _ in chunk)
        rows += db.execute(f"SELECT id, {columns} FROM {table} WHERE {condition}",
                           [v for pair in chunk for v in pair]).fetchall()
    rows.sort()
    return (row[1:] for row in rows)


def _facts_of(db: sqlite_utils.Database, wanted: set[tuple[str, int | None]]) -> Iterator[Fact]:
    rows = _by_contest(db, "facts", "constituency, election_year, field, value, value_type, origin, file, date,"
                                    " sentence, candidate, by_election_day", wanted)
    for (constituency, year, name, value, kind, origin, file, date, sentence, candidate, by_election) in rows:
        yield Fact(constituency, year, name, _decode(value, kind), Provenance(origin, file, date, sentence),
                   candidate, by_election)


def _quotes_of(db: sqlite_utils.Database, wanted: set[tuple[str, int | None]]) -> Iterator[Quote]:
    rows = _by_contest(db, "quotes", "speaker, text, constituency, election_year, origin, file, date, sentence,"
                                     " by_election_day", wanted)
    for speaker, text, constituency, year, origin, file, date, sentence, by_election in rows:
        yield Quote(speaker, text, constituency, year, Provenance(origin, file, date, sentence), by_election)


def read_quotes(db: sqlite_utils.Database, *, before_id: int | None = None) -> Iterator[Quote]:
    """The quotes table as records, in the order they were added (those with id < `before_id`)."""
    query = ("SELECT speaker, text, constituency, election_year, origin, file, date, sentence, by_election_day"
             f" FROM quotes {_before(before_id)} ORDER BY id")
    rows = db.execute(query, [] if before_id is None else [before_id])
    for speaker, text, constituency, year, origin, file, date, sentence, by_election in rows:
        yield Quote(speaker, text, constituency, year, Provenance(origin, file, date, sentence), by_election)


def _connect_for_reading(path: str | os.PathLike) -> sqlite3.Connection:
    target = Path(path)
    if not target.exists():
        raise StoreError(f"no database at {target}")
    try:
        # Opened for writing but refusing to write (`query_only`): a connection opened read-only could not
        # play back the journal a killed writer left, and would refuse to read at all.
        conn = sqlite3.connect(f"file:{target}?mode=rw", uri=True, check_same_thread=False)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{target} is not a readable SQLite database: {error}") from error
    try:
        conn.execute("PRAGMA query_only = ON")
        _check_version(conn, target)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise StoreError(f"{target} is not a readable SQLite database: {error}") from error
    except StoreError:
        conn.close()
        raise
    return conn


def open_readonly(path: str | os.PathLike) -> sqlite_utils.Database:
    """The database at `path`, for queries only."""
    import sqlite_utils

    return sqlite_utils.Database(_connect_for_reading(path))


def load(path: str | os.PathLike) -> Knowledge:
    """Read the concluded seats, with provenance, quotes and conflicts, into memory."""
    conn = _connect_for_reading(path)
    try:
        with cycle_collector_paused():
            return _load(conn)
    finally:
        conn.close()


def _load(db: sqlite3.Connection) -> Knowledge:
    seats: dict[int, Seat] = {}
    for seat_id, constituency, year, by_election in db.execute(
            "SELECT id, constituency, election_year, by_election_day FROM seats"
            " ORDER BY coalesce(election_year, 0), coalesce(by_election_day, ''), seat_key, id"):
        seats[seat_id] = Seat(constituency=constituency, election_year=year, by_election_day=by_election)
    by_candidate: dict[tuple[int, str], Candidate] = {}
    for seat_id, name, aliases, party, votes, share, elected in db.execute(
            "SELECT seat_id, name, aliases, party, votes, share_percent, elected FROM candidacies"
            " ORDER BY seat_id, position"):
        candidate = Candidate(name=name, party=party, votes=votes, elected=bool(elected), share_percent=share,
                              aliases=json.loads(aliases) if aliases and aliases != "[]" else [])
        seats[seat_id].candidates.append(candidate)
        by_candidate[(seat_id, name)] = candidate
    for seat_id, candidate, name, value, kind, origin, file, date, sentence in db.execute(
            "SELECT seat_id, candidate, field, value, value_type, origin, file, date, sentence FROM seat_facts"):
        where = Provenance(origin, file, date, sentence)
        if candidate is None:
            seat = seats[seat_id]
            fact = seat.facts.get(name)
            if fact is None:
                seat.facts[name] = SeatFact(_decode(value, kind), [where])
            else:
                fact.sources.append(where)
        else:
            person = by_candidate.get((seat_id, candidate))
            if person is not None:
                (person.vote_sources if name == "votes" else person.sources).append(where)
    for row in db.execute("SELECT seat_id, candidate, field, kept, kept_type, kept_origin, kept_file, kept_date,"
                          " kept_sentence, other, other_type, other_origin, other_file, other_date,"
                          " other_sentence FROM conflicts ORDER BY id"):
        seat = seats[row[0]]
        seat.conflicts.append(Conflict(seat.constituency, seat.election_year, row[2], row[1],
                                       _decode(row[3], row[4]), Provenance(row[5], row[6], row[7], row[8]),
                                       _decode(row[9], row[10]), Provenance(row[11], row[12], row[13], row[14])))
    index = {seat_key(s.constituency, s.election_year, s.by_election_day): s for s in seats.values()}
    for quote in read_quotes(db):
        seat = index.get(seat_key(quote.constituency, quote.election_year, quote.by_election_day))
        if seat is not None:
            seat.quotes.append(Quote(quote.speaker, quote.text, seat.constituency, seat.election_year,
                                     quote.provenance, seat.by_election_day))
    articles = [ArticleRow(*row) for row in db.execute(
        "SELECT file, path, date, sha256, size, election_year, status, reason, seats, facts FROM articles"
        " ORDER BY file")]
    rows = db.execute("SELECT * FROM imports ORDER BY file")
    columns = [column[0] for column in rows.description]
    imports = [dict(zip(columns, row, strict=True)) for row in rows]
    built = db.execute("SELECT value FROM meta WHERE key = 'built_at'").fetchone()
    return Knowledge(seats=list(seats.values()), articles=articles, imports=imports,
                     built_at=built[0] if built else None)
