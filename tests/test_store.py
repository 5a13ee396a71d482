"""The SQLite store: atomic writes, sources added and forgotten, and concluded tables that always
agree with concluding every stored fact from scratch."""
from __future__ import annotations

import pickle
import re
import sqlite3
from pathlib import Path

import pytest

from handlers.app.settings import PROJECT_DIR
from knowledge.reading.reader import read_article
from knowledge.records import ArticleReport, Fact, Provenance, Quote
from knowledge.store.database import (
    ArticleRow,
    StoreError,
    load,
    open_readonly,
    read_facts,
    read_quotes,
    write,
)
from knowledge.store.export import export_json
from knowledge.store.merge import merge

SAMPLES = sorted((PROJECT_DIR / "knowledge" / "articles").glob("*.txt"))


def report_of(path: Path, text: str | None = None) -> tuple[ArticleRow, ArticleReport]:
    text = path.read_text() if text is None else text
    report = read_article(text, path.name)
    row = ArticleRow(file=path.name, path=str(path), date=report.date, sha256="-", size=len(text),
                     election_year=report.election_year, status="result", reason="", seats=len(report.seats),
                     facts=len(report.facts))
    return row, report


def add(writer, path: Path, text: str | None = None) -> None:  # noqa: ANN001 - a store.Writer
    row, report = report_of(path, text)
    writer.add_article(row, report.facts, report.quotes)


def concluded_from_scratch(db: Path) -> list:
    """The seats that merging every stored fact gives, ignoring the concluded tables."""
    conn = open_readonly(db)
    try:
        return merge(read_facts(conn), read_quotes(conn))
    finally:
        conn.close()


def test_the_concluded_tables_agree_with_concluding_every_fact_again(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    first, second = SAMPLES
    with write(db) as writer:
        add(writer, first)
    with write(db) as writer:  # a later write: one new source, one source re-read with a changed figure
        add(writer, second)
        text, changed = re.subn(r"\b(\d{1,3}),(\d)(\d\d)\b", r"\1,\g<2>99", first.read_text(), count=1)
        assert changed
        add(writer, first, text)
    stored = load(db)
    scratch = concluded_from_scratch(db)
    assert [(s.constituency, s.election_year) for s in stored.seats] == \
        [(s.constituency, s.election_year) for s in scratch]
    assert [s.facts for s in stored.seats] == [s.facts for s in scratch]
    assert [[(c.name, c.votes, c.party) for c in s.candidates] for s in stored.seats] == \
        [[(c.name, c.votes, c.party) for c in s.candidates] for s in scratch]


def test_two_writes_give_the_same_knowledge_as_one(tmp_path: Path) -> None:
    once, twice = tmp_path / "once.sqlite3", tmp_path / "twice.sqlite3"
    with write(once) as writer:
        for path in SAMPLES:
            add(writer, path)
    for path in SAMPLES:
        with write(twice) as writer:
            add(writer, path)
    assert export_json(load(once)) == export_json(load(twice))


def test_a_file_added_twice_in_one_write_counts_once_with_its_last_text(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    path = SAMPLES[0]
    with write(db) as writer:
        add(writer, path, "nothing to see here")
        add(writer, path)
    with write(tmp_path / "plain.sqlite3") as writer:
        add(writer, path)
    assert export_json(load(db)) == export_json(load(tmp_path / "plain.sqlite3"))
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert conn.execute("SELECT count(DISTINCT file) FROM facts").fetchone()[0] == 1


def test_removing_a_file_forgets_what_it_said(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    with write(db) as writer:
        for path in SAMPLES:
            add(writer, path)
    seats_before = {s.constituency for s in load(db).seats}
    kept = {s.constituency for s in read_article(SAMPLES[1].read_text(), SAMPLES[1].name).facts}
    with write(db) as writer:
        writer.remove_file(SAMPLES[0].name)
        assert writer.article_files() == [SAMPLES[1].name]
    after = load(db)
    assert {s.constituency for s in after.seats} == kept != seats_before
    assert all(p.file == SAMPLES[1].name for s in after.seats for p in s.sources)


def test_counts_of_the_concluded_write_are_reported(tmp_path: Path) -> None:
    with write(tmp_path / "kb.sqlite3") as writer:
        for path in SAMPLES:
            add(writer, path)
    knowledge = load(tmp_path / "kb.sqlite3")
    assert writer.seat_count == len(knowledge.seats) > 0
    assert writer.conflict_count == len(knowledge.conflicts)


def test_a_write_that_fails_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    with write(db) as writer:
        add(writer, SAMPLES[0])
    before = db.read_bytes()
    with pytest.raises(RuntimeError), write(db) as writer:
        add(writer, SAMPLES[1])
        raise RuntimeError("the caller gave up")
    assert db.read_bytes() == before
    assert not list(tmp_path.glob(".*.building"))


def test_a_failed_write_through_every_kind_of_change_changes_nothing(tmp_path: Path) -> None:
    """Imports and the concluded tables are written with sqlite-utils' helpers too; none of them may
    commit the write's transaction half-way."""
    db = tmp_path / "kb.sqlite3"
    with write(db) as writer:
        add(writer, SAMPLES[0])
    before = db.read_bytes()
    row, report = report_of(SAMPLES[1])
    with pytest.raises(RuntimeError), write(db) as writer:
        writer.add_import("official.csv", "candidates", 2017, len(report.facts), "-", report.facts)
        writer.remove_file(SAMPLES[0].name)
        writer.conclude()
        raise RuntimeError("the caller gave up after concluding")
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("kb.sqlite3-journal"))


def test_a_database_of_another_schema_version_is_refused_with_the_fix(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    with write(db) as writer:
        add(writer, SAMPLES[0])
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.close()
    with pytest.raises(StoreError, match="schema version 999.*Rebuild"):
        load(db)
    with pytest.raises(StoreError, match="schema version 999"), write(db):
        pass


def test_records_survive_pickling_between_processes() -> None:
    where = Provenance("article", "a.txt", "2017-06-09", "Ms A won.")
    records = [where, Fact("Ashfield", 2017, "votes", 21285, where, "Gloria De Piero"),
               Fact("Ashfield", None, "turnout_percent", 64.6, where),
               Quote("Gloria De Piero", "Thank you", "Ashfield", 2017, where),
               ArticleReport("a.txt", None, 2017, notes=["no date header"]),
               ArticleRow("a.txt", "/k/a.txt", None, "ff", 10, 2017, "result", "", 1, 2)]
    for record in records:
        copy = pickle.loads(pickle.dumps(record))
        assert copy == record and type(copy) is type(record)
