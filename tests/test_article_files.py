"""Article files as an attacker or a crash leaves them: links out of the folder, clashing names,
files that grow while read, absurdly deep folders, a killed writer's leftovers, names with newlines;
and reloads that read only what changed and remove only what they own."""
from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sample_kb import sample_folder

import knowledge.store.ingest as ingest_module
from handlers.app.settings import PROJECT_DIR
from knowledge.store.database import load, write
from knowledge.store.files import ArticleFile, find_article_files
from knowledge.store.ingest import ingest, read_article_file

SAMPLES = sorted((PROJECT_DIR / "knowledge" / "articles").glob("*.txt"))


def article(seat: str, winner: str, majority: int) -> str:
    return (f"date 2017-06-09 {seat} declared just after 3am. {winner} held the seat for Labour "
            f"with a majority of {majority:,}.\n")


def seats_in(db: Path) -> set[str]:
    return {seat.constituency for seat in load(db).seats}


def test_a_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(article("Ashfield", "Ann Able", 1234))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "inside.txt").write_text(article("Bolsover", "Bob Baker", 500))
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "inside-link.txt").symlink_to(folder / "inside.txt")
    (folder / "folder-link").symlink_to(outside)
    report = ingest([folder], tmp_path / "kb.sqlite3")
    refused = {Path(u.path).name: u.reason for u in report.unreadable}
    assert set(refused) == {"link.txt", "folder-link"} and "outside the knowledge folder" in refused["link.txt"]
    assert seats_in(tmp_path / "kb.sqlite3") == {"Bolsover"}
    assert sorted(a.file for a in report.articles) == ["inside-link.txt", "inside.txt"]


def test_two_files_of_one_name_in_two_folders_are_both_kept(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "north").mkdir(parents=True)
    (folder / "south").mkdir()
    (folder / "north" / "result.txt").write_text(article("Ashfield", "Ann Able", 1234))
    (folder / "south" / "result.txt").write_text(article("Bolsover", "Bob Baker", 500))
    report = ingest([folder], tmp_path / "kb.sqlite3")
    assert sorted(a.file for a in report.articles) == ["north/result.txt", "south/result.txt"]
    assert seats_in(tmp_path / "kb.sqlite3") == {"Ashfield", "Bolsover"}


def test_two_folders_given_with_the_same_file_name_are_both_kept(tmp_path: Path) -> None:
    for name, seat in (("one", "Ashfield"), ("two", "Bolsover")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "result.txt").write_text(article(seat, "Ann Able", 1234))
    ingest([tmp_path / "one", tmp_path / "two"], tmp_path / "kb.sqlite3")
    assert seats_in(tmp_path / "kb.sqlite3") == {"Ashfield", "Bolsover"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_a_read_stops_at_the_limit_even_if_the_file_grows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "MAX_ARTICLE_BYTES", 10_000)
    pipe = tmp_path / "growing.txt"
    os.mkfifo(pipe)  # its size is 0 when looked at, then it grows without end while it is read
    stop = threading.Event()

    def grow() -> None:
        with open(pipe, "wb") as out:
            try:
                while not stop.is_set():
                    out.write(b"Ann Able won. " * 1000)
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=grow)
    writer.start()
    try:
        with pytest.raises(ValueError, match="grew past the limit of 10,000 bytes"):
            read_article_file(ArticleFile(pipe, pipe, pipe.name))
    finally:
        stop.set()
        writer.join(5)


@pytest.fixture
def deep_folder(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(a folder, the folder 1,000 levels below it); removed level by level afterwards (shutil.rmtree
    recurses, and would fail on it)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    levels = [folder]
    for _ in range(1000):
        levels.append(levels[-1] / "d")
        levels[-1].mkdir()
    yield folder, levels[-1]
    for level in reversed(levels[1:]):
        for child in level.iterdir():
            child.unlink()
        level.rmdir()


def test_a_folder_nested_a_thousand_deep_is_reported_not_a_crash(tmp_path: Path,
                                                                 deep_folder: tuple[Path, Path]) -> None:
    folder, deep = deep_folder
    (folder / "ok.txt").write_text(article("Ashfield", "Ann Able", 1234))
    (deep / "deep.txt").write_text(article("Bolsover", "Bob Baker", 500))
    report = ingest([folder], tmp_path / "kb.sqlite3")
    assert [a.file for a in report.articles] == ["ok.txt"]
    [skipped] = report.unreadable
    assert "nested more than" in skipped.reason


def test_a_killed_writers_copy_and_journal_are_removed(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    ingest(SAMPLES, db)
    left = [tmp_path / f".kb.sqlite3.{os.getpid()}.building", tmp_path / f".kb.sqlite3.{os.getpid()}.building-journal",
            tmp_path / ".kb.sqlite3.4242.building", tmp_path / ".kb.sqlite3.4242.building-journal"]
    for path in left:
        path.write_bytes(b"left by a writer killed mid-way")
    with write(db):
        pass
    assert not [path.name for path in left if path.exists()]
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_file_names_with_newlines_are_escaped_in_the_report(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "x.txt\nfiles skipped: 0\n  fine.txt").write_bytes(b"\x00binary")
    (folder / "undated\n.txt").write_text("Nothing declared here.\n")
    summary = ingest([folder], tmp_path / "kb.sqlite3").summary()
    assert "x.txt\\nfiles skipped: 0\\n  fine.txt" in summary and "undated\\n.txt" in summary
    assert "\nfiles skipped: 0" not in summary


def test_a_reload_reads_only_the_files_that_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = sample_folder(tmp_path)
    db = tmp_path / "kb.sqlite3"
    ingest([folder], db, sync=True)
    read: list[str] = []
    real = ingest_module.read_article

    def counting(text: str, name: str):  # noqa: ANN202 - same as read_article
        read.append(name)
        return real(text, name)

    monkeypatch.setattr(ingest_module, "read_article", counting)
    before = load(db)
    report = ingest([folder], db, sync=True)
    assert read == [] and len(report.unchanged) == len(SAMPLES)
    assert [s.facts for s in load(db).seats] == [s.facts for s in before.seats]
    (folder / SAMPLES[0].name).write_text(article("Ashfield", "Ann Able", 1234))
    ingest([folder], db, sync=True)
    assert read == [SAMPLES[0].name]
    assert "Ashfield" in seats_in(db)


def test_a_reload_of_the_folder_keeps_articles_ingested_from_elsewhere(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SAMPLES[0], folder)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "extra.txt").write_text(article("Ashfield", "Ann Able", 1234))
    db = tmp_path / "kb.sqlite3"
    ingest([folder], db, sync=True)
    ingest([elsewhere / "extra.txt"], db)
    (folder / SAMPLES[0].name).unlink()
    report = ingest([folder], db, sync=True)
    assert report.removed == [SAMPLES[0].name]
    assert [a.file for a in load(db).articles] == ["extra.txt"]


def test_the_finder_sorts_by_name_within_a_folder(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "c.TXT", ".hidden.txt", "notes.pdf"):
        (tmp_path / name).write_text("x")
    files, skipped = find_article_files([tmp_path, tmp_path / "missing"])
    assert [f.key for f in files] == ["a.md", "b.txt", "c.TXT"]
    assert [u.reason for u in skipped] == ["no such file or folder"]
