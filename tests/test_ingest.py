"""Ingesting folders of articles: large batches parsed on several processes give exactly what one
process gives, a dying worker costs nothing, killing an ingest leaves no worker behind, and a reload removes
articles no longer in the folder."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sample_kb import sample_folder

import knowledge.store.ingest as ingest_module
from handlers.app.settings import PROJECT_DIR
from knowledge.store.database import load
from knowledge.store.export import export_json
from knowledge.store.ingest import PARALLEL_FROM, ingest

SAMPLES = sorted((PROJECT_DIR / "knowledge" / "articles").glob("*.txt"))
multicore = pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="parsing in parallel needs two cores")


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough copies of the sample articles (and one broken file) for a parallel parse."""
    folder = tmp_path_factory.mktemp("big")
    for n in range(PARALLEL_FROM // len(SAMPLES) + 1):
        for sample in SAMPLES:
            shutil.copy(sample, folder / f"{n:03d}-{sample.name}")
    (folder / "150-broken.txt").write_bytes(b"\x00\x01binary")
    return folder


def summary_without_processes(report: ingest_module.IngestReport) -> str:
    return report.summary().replace(f" (parsed on {report.processes} processes)", "")


@multicore
def test_a_parallel_ingest_gives_what_one_process_gives(big_folder: Path, tmp_path: Path) -> None:
    parallel = ingest([big_folder], tmp_path / "parallel.sqlite3")
    serial = ingest([big_folder], tmp_path / "serial.sqlite3", parallel=False)
    assert parallel.processes > 1 and serial.processes == 1
    assert summary_without_processes(parallel) == serial.summary()
    assert [a.file for a in parallel.articles] == [a.file for a in serial.articles]
    assert [u.reason for u in parallel.unreadable] == [u.reason for u in serial.unreadable] != []
    assert export_json(load(tmp_path / "parallel.sqlite3")) == export_json(load(tmp_path / "serial.sqlite3"))


@multicore
def test_a_worker_that_dies_costs_nothing_but_time(big_folder: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    read = ingest_module.read_article_file

    def dies_in_a_worker(found, known):  # noqa: ANN001, ANN202 - same as read_article_file
        if os.getpid() != parent:
            os._exit(9)  # as if the kernel killed it
        return read(found, known)

    monkeypatch.setattr(ingest_module, "read_article_file", dies_in_a_worker)
    report = ingest([big_folder], tmp_path / "kb.sqlite3")
    assert report.processes == 1
    assert len(report.articles) == len(list(big_folder.glob("*.txt"))) - 1
    assert load(tmp_path / "kb.sqlite3").seats


@multicore
def test_when_no_worker_can_be_started_the_batch_is_read_here(big_folder: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    report = ingest([big_folder], tmp_path / "kb.sqlite3")
    assert report.processes == 1
    assert len(report.articles) == len(list(big_folder.glob("*.txt"))) - 1


def test_a_reload_removes_articles_gone_from_the_folder_and_keeps_broken_ones(tmp_path: Path) -> None:
    folder = sample_folder(tmp_path)
    db = tmp_path / "kb.sqlite3"
    ingest([folder], db, sync=True)
    gone, broken = SAMPLES
    (folder / gone.name).unlink()
    (folder / broken.name).write_bytes(b"\x00 an upload that went wrong")
    report = ingest([folder], db, sync=True)
    assert report.removed == [gone.name]
    assert [Path(u.path).name for u in report.unreadable] == [broken.name]
    files = {p.file for seat in load(db).seats for p in seat.sources}
    assert files == {broken.name}  # its previous facts stay until it is readable again


def child_pids(pid: int) -> set[int]:
    return {int(child) for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()}


@multicore
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the workers through /proc")
def test_workers_end_when_the_ingest_is_killed(big_folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    process = subprocess.Popen([sys.executable, str(PROJECT_DIR / "bot.py"), "ingest", str(big_folder),
                                "--db", str(db)], cwd=PROJECT_DIR, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob(".kb.sqlite3.*.building")):  # the workers are parsing by now
        assert process.poll() is None and time.monotonic() < deadline, "the ingest never started writing"
        time.sleep(0.005)
    workers = child_pids(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert len(workers) >= 2
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "worker processes outlived the killed ingest"
    assert not db.exists()
