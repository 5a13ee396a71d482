"""Concluding only the contests a write changed gives the same tables as concluding everything.

Real data: every official file in ../shared/data and the dev articles; then one article added, one
removed, one official file replaced -- each concluded incrementally and whole, compared table by table.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from knowledge.official.importer import import_results
from knowledge.store import database
from knowledge.store.database import load, write
from knowledge.store.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
ARTICLES = ROOT.parent / "shared" / "eval" / "dev" / "articles"
BY_ELECTION = """ date 2025-05-02 Reform UK has won the Runcorn and Helsby by-election by just six votes.

Sarah Pochin took the seat from Labour after a full recount, polling 12,645 votes to Labour candidate Karen Shore's 12,639.
"""
# An article about a 2017 seat: the 2019 seat's derived previous_* facts compare with it.
ASHFIELD_2017 = """ date 2017-06-09 Labour's Gloria De Piero held Ashfield with a majority of 441 after a recount.

Gloria De Piero polled 21,285 votes and Conservative Tony Harper 20,844.
"""
TABLES = {"seats": "seat_key, constituency, election_year, by_election_day, winner, winner_party, margin, recounts,"
                   " turnout_percent, electorate, valid_votes, previous_majority, outcome, previous_party, files",
          "candidacies": "s.seat_key, s.election_year, s.by_election_day, c.name, c.aliases, c.party, c.votes,"
                         " c.share_percent, c.elected, c.position",
          "seat_facts": "s.seat_key, s.election_year, s.by_election_day, c.candidate, c.field, c.value, c.origin,"
                        " c.file, c.sentence",
          "conflicts": "s.seat_key, s.election_year, s.by_election_day, c.field, c.candidate, c.kept, c.kept_file,"
                       " c.other, c.other_file",
          "elections": "year, polling_day, seats"}


def tables(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        found = {}
        for table, columns in TABLES.items():
            source = table if table in ("seats", "elections") else f"{table} c JOIN seats s ON s.id = c.seat_id"
            found[table] = sorted(conn.execute(f"SELECT {columns} FROM {source}").fetchall(), key=repr)
        return found
    finally:
        conn.close()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = sorted(DATA.glob("*.csv"))
    if not files or not ARTICLES.is_dir():
        pytest.skip("the shared data and eval articles are not beside the project")
    db = tmp_path_factory.mktemp("base") / "k.sqlite3"
    assert import_results(files, db).ok
    ingest([ARTICLES], db)
    return db


def both_ways(base: Path, tmp_path: Path, change) -> tuple[Path, Path]:
    """Apply `change(db)` to two copies: concluded incrementally, and whole."""
    incremental, whole = tmp_path / "incremental.sqlite3", tmp_path / "whole.sqlite3"
    shutil.copy(base, incremental)
    shutil.copy(base, whole)
    change(incremental)
    limit = database.MAX_INCREMENTAL_CONTESTS
    database.MAX_INCREMENTAL_CONTESTS = -1
    try:
        change(whole)
    finally:
        database.MAX_INCREMENTAL_CONTESTS = limit
    return incremental, whole


def test_adding_articles(base: Path, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "runcorn.txt").write_text(BY_ELECTION, encoding="utf-8")
    (folder / "ashfield.txt").write_text(ASHFIELD_2017, encoding="utf-8")
    incremental, whole = both_ways(base, tmp_path, lambda db: ingest([folder], db))
    assert tables(incremental) == tables(whole)
    assert load(incremental).seats == load(whole).seats
    ashfield_2019 = next(s for s in load(incremental).seats
                         if s.constituency == "Ashfield" and s.election_year == 2019)
    assert ashfield_2019.get("previous_majority") == 441  # the official 2017 figure, derived again


def test_removing_an_article(base: Path, tmp_path: Path) -> None:
    first = sorted(p.name for p in ARTICLES.glob("*.txt"))[0]

    def remove(db: Path) -> None:
        with write(db) as writer:
            writer.remove_file(first)

    incremental, whole = both_ways(base, tmp_path, remove)
    assert tables(incremental) == tables(whole)
    assert tables(incremental) != tables(base)


def test_an_official_figure_changes_the_next_elections_derived_facts(base: Path, tmp_path: Path) -> None:
    # A second official source for Ashfield 2017 (an Electoral Commission style file: it replaces nothing),
    # with another majority: Ashfield 2019's derived previous_majority now has two sources.
    other = tmp_path / "results.csv"
    other.write_text("election,constituency_name,electorate,valid_votes,candidate,party_abbreviation,votes,elected,"
                     "majority,previous_winner\n"
                     "2017,Ashfield,80000,50000,\"De Piero, G. Ms.\",Lab,21285,True,999,Lab\n"
                     "2017,Ashfield,80000,50000,\"Harper, T.\",Con,20286,False,,Lab\n", encoding="utf-8")
    incremental, whole = both_ways(base, tmp_path, lambda db: import_results([other], db))
    assert tables(incremental) == tables(whole)
    before = next(s for s in load(base).seats if s.constituency == "Ashfield" and s.election_year == 2019)
    after = next(s for s in load(incremental).seats if s.constituency == "Ashfield" and s.election_year == 2019)
    assert len(after.facts["previous_majority"].sources) + len(after.conflicts) > (
        len(before.facts["previous_majority"].sources) + len(before.conflicts))


def test_a_small_write_concludes_only_its_contests(base: Path, tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "k.sqlite3"
    shutil.copy(base, db)
    concluded: list[int] = []
    real = database.Writer.conclude_contests
    monkeypatch.setattr(database.Writer, "conclude_contests",
                        lambda self, keys: (concluded.append(len(keys)), real(self, keys))[1])
    monkeypatch.setattr(database.Writer, "conclude_all", lambda self: pytest.fail("concluded everything"))
    article = tmp_path / "ashfield.txt"
    article.write_text(ASHFIELD_2017, encoding="utf-8")
    ingest([article], db)
    assert concluded == [2]  # Ashfield 2017, and Ashfield 2019 whose previous_* facts derive from it
