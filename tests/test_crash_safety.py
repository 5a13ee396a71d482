"""A writer killed with SIGKILL mid-way leaves the previous database exactly as it was, and the next
write works without repair.

A write to an existing database changes it in place under SQLite's rollback journal: a killed writer
leaves a hot journal, which the next connection plays back (`load()` among them). A first write builds
the database aside (`.building`); a killed one leaves no database. The lock file left behind does not
block the next writer."""
from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from handlers.app.settings import PROJECT_DIR
from knowledge.store.database import load
from knowledge.store.ingest import ingest

SAMPLES = sorted((PROJECT_DIR / "knowledge" / "articles").glob("*.txt"))
OFFICIAL = sorted((PROJECT_DIR.parent / "shared" / "data").glob("*.csv"))
COPIES = 120  # of each sample article: an ingest of a few seconds


def state(db: Path) -> tuple[str, list, list, list]:
    """Integrity check result and every fact, seat and article row (as any reader finds them: a journal
    left by a killed writer is played back first, which a read-only connection could not do)."""
    conn = sqlite3.connect(f"file:{db}?mode=rw", uri=True)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        facts = conn.execute("SELECT seat_key, election_year, candidate, field, value, file FROM facts"
                             " ORDER BY id").fetchall()
        seats = conn.execute("SELECT * FROM seats ORDER BY id").fetchall()
        articles = conn.execute("SELECT file, sha256, status FROM articles ORDER BY file").fetchall()
    finally:
        conn.close()
    return check, facts, seats, articles


def kill_during_write(command: list[str], db: Path, delay: float) -> tuple[int | None, bool]:
    """Run `bot.py command…`; SIGKILL it `delay` s after it starts changing the database (its rollback
    journal appears) (or `delay` s after the start when `delay` is negative: while it still reads its
    input). (exit status if it ended first, whether the kill came while the write was under way)."""
    process = subprocess.Popen([sys.executable, str(PROJECT_DIR / "bot.py"), *command], cwd=PROJECT_DIR,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = db.with_name(db.name + "-journal")
    try:
        if delay < 0:
            return process.wait(timeout=-delay), False
        deadline = time.monotonic() + 30
        while not journal.exists():
            if process.poll() is not None:
                return process.returncode, False
            assert time.monotonic() < deadline, "the writer never started writing"
            time.sleep(0.001)
        return process.wait(timeout=delay), True
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return None, journal.exists()


@pytest.fixture
def before_db(tmp_path: Path) -> Path:
    db = tmp_path / "knowledge.sqlite3"
    ingest(SAMPLES, db, sync=True)
    return db


@pytest.fixture
def big_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "big"
    folder.mkdir()
    for i in range(COPIES):
        for sample in SAMPLES:
            shutil.copy(sample, folder / f"{i:04d}_{sample.name}")
    return folder


def assert_killed_writes_leave_the_old_database(db: Path, command: list[str], delays: tuple[float, ...],
                                                 after: tuple | None = None) -> int:
    """Kill the writer at each delay; the number of kills that hit it while it changed the database."""
    old = state(db)
    assert old[0] == "ok"
    mid_write = 0
    for delay in delays:
        status, mid_way = kill_during_write(command, db, delay)
        if status is None and mid_way:
            # the killed writer left its journal (hot once it holds a page), which the bot's own load plays back
            assert db.with_name(db.name + "-journal").exists()
            assert len(load(db).seats) == len(old[2])
        now = state(db)
        assert now[0] == "ok", f"integrity check after a kill at {delay}s: {now[0]}"
        if status is None:
            mid_write += mid_way
            assert now[1:] == old[1:], f"killed at {delay}s, the database changed"
        else:  # finished before the kill: the complete new database, nothing in between
            assert status == 0 and (after is None or now[1:] == after[1:])
            return mid_write
    return mid_write


def test_sigkill_during_ingest_leaves_the_previous_database(before_db: Path, big_folder: Path,
                                                            tmp_path: Path) -> None:
    complete = tmp_path / "complete.sqlite3"
    shutil.copy(before_db, complete)
    ingest([big_folder], complete)
    command = ["ingest", str(big_folder), "--db", str(before_db)]
    # Delay 0 kills the writer the moment it starts changing the database, so those kills land mid-write
    # on any machine.
    killed = assert_killed_writes_leave_the_old_database(before_db, command, (-0.5, 0.0, 0.0, 0.01, 0.05),
                                                         after=state(complete))
    assert killed >= 1, "no kill landed while the write was under way"

    # the next ingest works without manual repair despite those leftovers and the lock file
    report = ingest([big_folder], before_db)
    assert report.seats_total == len(state(complete)[2])
    assert state(before_db)[1:] == state(complete)[1:]
    assert (tmp_path / "knowledge.sqlite3.lock").exists()
    assert not (tmp_path / "knowledge.sqlite3-journal").exists()


@pytest.mark.skipif(not OFFICIAL, reason="no official results CSV files in ../shared/data")
def test_sigkill_during_import_results_leaves_the_previous_database(before_db: Path, tmp_path: Path) -> None:
    command = ["import-results", *map(str, OFFICIAL), "--db", str(before_db)]
    killed = assert_killed_writes_leave_the_old_database(before_db, command, (-0.4, 0.0, 0.0, 0.02))
    assert killed >= 1, "no kill landed while the write was under way"
    # the next write works
    report = ingest(SAMPLES, before_db)
    assert report.seats_total > 0 and state(before_db)[0] == "ok"


def test_stale_building_file_and_held_lock_file_do_not_block(before_db: Path) -> None:
    stale = before_db.with_name(f".{before_db.name}.999999.building")
    stale.write_bytes(b"half a database")
    before_db.with_name(before_db.name + ".lock").write_text("")
    done: list = []
    writer = threading.Thread(target=lambda: done.append(ingest(SAMPLES, before_db, sync=True)), daemon=True)
    writer.start()
    writer.join(120)  # a hang guard, not a speed check: a lock that blocked would never let it finish
    assert done, "the write blocked on the stale lock file"
    assert done[0].seats_total == len(state(before_db)[2]) > 0


def test_copies_left_by_killed_writers_are_removed_by_the_next_write(before_db: Path) -> None:
    stale = before_db.with_name(f".{before_db.name}.999999.building")
    stale.write_bytes(b"half a database")
    ingest(SAMPLES, before_db, sync=True)
    assert not stale.exists()


SMALL_CACHE_INGEST = """
import sys
import knowledge.store.database as database
database.WRITER_CACHE_KIB = 64  # spill changed pages into the database file long before the commit
from knowledge.store.ingest import ingest
ingest([sys.argv[1]], sys.argv[2], parallel=False)
"""


def test_a_writer_killed_after_changing_the_file_is_rolled_back_by_the_next_load(before_db: Path,
                                                                                 big_folder: Path) -> None:
    old, old_bytes = state(before_db), before_db.read_bytes()
    journal = before_db.with_name(before_db.name + "-journal")
    process = subprocess.Popen([sys.executable, "-c", SMALL_CACHE_INGEST, str(big_folder), str(before_db)],
                               cwd=PROJECT_DIR, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while before_db.read_bytes() == old_bytes:  # until the writer has changed pages of the file itself
            assert process.poll() is None, "the write ended before it changed the file"
            assert time.monotonic() < deadline, "the writer never changed the file"
            time.sleep(0.002)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert journal.exists() and before_db.read_bytes() != old_bytes  # half a write, and its journal
    assert len(load(before_db).seats) == len(old[2])  # a read-only connection would refuse this file
    assert not journal.exists()
    assert before_db.read_bytes() == old_bytes and state(before_db) == old
