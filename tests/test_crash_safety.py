"""A writer killed with SIGKILL mid-way leaves the previous database exactly as it was, and the next
write works without repair (the `.building` copy and the lock file left behind do not block it)."""
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
from knowledge.store.ingest import ingest

SAMPLES = sorted((PROJECT_DIR / "knowledge" / "articles").glob("*.txt"))
OFFICIAL = sorted((PROJECT_DIR.parent / "shared" / "data").glob("*.csv"))
COPIES = 120  # of each sample article: an ingest of a few seconds


def state(db: Path) -> tuple[str, list, list, list]:
    """Integrity check result and every fact, seat and article row."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
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
    """Run `bot.py command…`; SIGKILL it `delay` s after its `.building` copy appears (or `delay` s after
    the start when `delay` is negative: while it still reads its input). (exit status if it ended first,
    whether the kill came while the copy was being built)."""
    process = subprocess.Popen([sys.executable, str(PROJECT_DIR / "bot.py"), *command], cwd=PROJECT_DIR,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    building = db.with_name(f".{db.name}.{process.pid}.building")
    try:
        if delay < 0:
            return process.wait(timeout=-delay), False
        deadline = time.monotonic() + 30
        while not building.exists():
            if process.poll() is not None:
                return process.returncode, False
            assert time.monotonic() < deadline, "the writer never started building"
            time.sleep(0.001)
        return process.wait(timeout=delay), True
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return None, building.exists()


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
    """Kill the writer at each delay; the number of kills that hit it while it built the new copy."""
    old = state(db)
    assert old[0] == "ok"
    mid_write = 0
    for delay in delays:
        status, building = kill_during_write(command, db, delay)
        now = state(db)
        assert now[0] == "ok", f"integrity check after a kill at {delay}s: {now[0]}"
        if status is None:
            mid_write += building
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
    # Delay 0 kills the writer the moment its copy appears, so those kills land mid-write on any machine.
    killed = assert_killed_writes_leave_the_old_database(before_db, command, (-0.5, 0.0, 0.0, 0.01, 0.05),
                                                         after=state(complete))
    assert killed >= 1, "no kill landed while the new copy was being built"

    # the next ingest works without manual repair despite those leftovers and the lock file
    report = ingest([big_folder], before_db)
    assert report.seats_total == len(state(complete)[2])
    assert state(before_db)[1:] == state(complete)[1:]
    assert (tmp_path / "knowledge.sqlite3.lock").exists()


@pytest.mark.skipif(not OFFICIAL, reason="no official results CSV files in ../shared/data")
def test_sigkill_during_import_results_leaves_the_previous_database(before_db: Path, tmp_path: Path) -> None:
    command = ["import-results", *map(str, OFFICIAL), "--db", str(before_db)]
    killed = assert_killed_writes_leave_the_old_database(before_db, command, (-0.4, 0.0, 0.0, 0.02))
    assert killed >= 1, "no kill landed while the new copy was being built"
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
