"""By-elections: a contest of its own (seat + polling day), never a general-election fact."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from knowledge.lexicon.elections import (
    article_election,
    during_general_election,
    stated_polling_day,
    thursday_before,
)
from knowledge.official.importer import import_results
from knowledge.reading.reader import read_article
from knowledge.records import Contest, Fact, Provenance
from knowledge.store.database import StoreError, load, write
from knowledge.store.export import export_json
from knowledge.store.ingest import ingest
from knowledge.store.merge import merge

ROOT = Path(__file__).resolve().parents[1]
RUNCORN_BY_ELECTION = """ date 2025-05-02 Reform UK has won the Runcorn and Helsby by-election by just six votes.

Sarah Pochin took the seat from Labour after a full recount, polling 12,645 votes to Labour candidate Karen Shore's 12,639.

Turnout was 46.3 per cent.
"""
# A general-election night article that recalls an earlier by-election in its lead.
CREWE_2017 = """ date 2017-06-09 Labour's Laura Smith has taken Crewe and Nantwich from the Conservatives by 48 votes.

She overturned a seat the Conservatives had held since a 2008 by-election.
"""
CANDIDATES_2024 = ("Constituency name,Party name,Candidate first name,Candidate surname,Votes\n"
                   "Runcorn and Helsby,Labour,Mike,Amesbury,22358\nRuncorn and Helsby,Reform UK,Jason,Moorcroft,7662\n")


def test_which_contest_an_article_reports() -> None:
    assert article_election(date(2025, 5, 2), "X won the Runcorn and Helsby by-election.").by_election_day == "2025-05-01"
    # A stated polling day wins over the Thursday before the article's date.
    stated = article_election(date(2025, 5, 6), "The by-election, held on 1 May, was close.")
    assert (stated.year, stated.by_election_day) == (2025, "2025-05-01")
    assert stated_polling_day("the May 1st, 2025 by-election", date(2025, 5, 3)) == date(2025, 5, 1)
    assert stated_polling_day("the by-election of 1 May 2024", date(2025, 5, 3)) is None  # a year earlier
    assert thursday_before(date(2025, 5, 2)) == date(2025, 5, 1)
    assert thursday_before(date(2025, 5, 1)) == date(2025, 4, 24)
    # General-election night: recalling a by-election does not make it one.
    recalled = article_election(date(2017, 6, 9), CREWE_2017.split(" ", 2)[2])
    assert (recalled.year, recalled.by_election_day) == (2017, None)
    in_text = article_election(date(2024, 7, 5), "Labour won Hartlepool at the general election, three years "
                                                 "after the by-election the Conservatives won.")
    assert (in_text.year, in_text.by_election_day) == (2024, None)
    # The morning after a general election, a by-election the lead recalls by its month (or none)
    # would have been held on polling day itself: no by-election is, so the article is the general election's.
    for lead in ("Jo Bloggs, who took the seat at the March by-election, held Barset by 900 votes.",
                 "Sam Vale held Barset by 4,000 votes; she won last year's by-election there by 600."):
        recalled_month = article_election(date(2024, 7, 5), lead)
        assert (recalled_month.year, recalled_month.by_election_day) == (2024, None)
    # Dated on the night of the count (the Thursday before is a week before polling day), or days after it:
    # no by-election is held from dissolution until weeks into the new parliament.
    for day in (date(2024, 7, 4), date(2024, 7, 10), date(2017, 6, 12)):
        night = article_election(day, "Ann Lee, who lost Barset at a by-election, took it back tonight.")
        assert night.by_election_day is None and night.year == day.year, day
    assert during_general_election(date(2024, 6, 1)) and during_general_election(date(2024, 8, 1))
    assert not during_general_election(date(2024, 5, 2)) and not during_general_election(date(2025, 5, 1))
    before = article_election(date(2024, 5, 3), "Chris Webb won the Blackpool South by-election.")
    assert before.by_election_day == "2024-05-02"  # two months before polling day: still a by-election
    # Dated between general elections, and no by-election: filed under no general election.
    between = article_election(date(2022, 5, 6), "Labour won Wakefield's council seats.")
    assert (between.year, between.by_election_day) == (None, None) and "not filed under" in (between.note or "")


def test_a_by_election_article_yields_by_election_facts() -> None:
    report = read_article(RUNCORN_BY_ELECTION, "runcorn.txt")
    assert report.by_election_day == "2025-05-01" and report.facts
    assert {(f.constituency, f.election_year, f.by_election_day) for f in report.facts} == {
        ("Runcorn and Helsby", 2025, "2025-05-01")}
    winner = next(f for f in report.facts if f.field == "winner")
    assert winner.value == "Sarah Pochin" and winner.contest == Contest(2025, "2025-05-01")


def test_a_general_election_article_recalling_a_by_election_creates_none() -> None:
    report = read_article(CREWE_2017, "crewe.txt")
    assert report.by_election_day is None
    assert {(f.election_year, f.by_election_day) for f in report.facts} == {(2017, None)}


def test_an_article_between_elections_is_not_filed_under_the_last_one() -> None:
    report = read_article(" date 2022-03-10 Sarah Smith has won Hartlepool for Labour by 300 votes.\n", "x.txt")
    assert report.election_year is None and not any(f.election_year == 2019 for f in report.facts)
    assert any("not filed under" in note for note in report.notes)


def test_a_by_election_and_a_general_election_of_one_year_stay_two_contests() -> None:
    where = Provenance("article", "a.txt", "2024-03-01", "...")
    facts = [Fact("Rochdale", 2024, "winner", "George Galloway", where, None, "2024-02-29"),
             Fact("Rochdale", 2024, "winner", "Paul Waugh", where)]
    seats = merge(facts)
    assert [(s.constituency, s.election_year, s.by_election, s.get("winner")) for s in seats] == [
        ("Rochdale", 2024, False, "Paul Waugh"), ("Rochdale", 2024, True, "George Galloway")]
    assert seats[1].contest.describe() == "the by-election of 29 February 2024"
    assert seats[0].contest.describe() == "the 2024 general election"


def test_by_election_and_official_general_election_in_one_database(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    official = tmp_path / "HoC-GE2024-results-by-candidate.csv"
    official.write_text(CANDIDATES_2024, encoding="utf-8")
    assert import_results([official], db).ok
    article = tmp_path / "runcorn.txt"
    article.write_text(RUNCORN_BY_ELECTION, encoding="utf-8")
    ingest([article], db)
    seats = [s for s in load(db).seats if s.constituency == "Runcorn and Helsby"]
    assert [(s.election_year, s.by_election_day, s.get("winner")) for s in seats] == [
        (2024, None, "Mike Amesbury"), (2025, "2025-05-01", "Sarah Pochin")]
    exported = [s for s in export_json(load(db))["seats"] if s["constituency"] == "Runcorn and Helsby"]
    assert [(s["by_election"], s["election_date"], s["winner"]) for s in exported] == [
        (False, "2024-07-04", "Mike Amesbury"), (True, "2025-05-01", "Sarah Pochin")]
    # No fact of the by-election is derived into, or from, the general election.
    assert seats[1].get("previous_majority") is None and seats[0].conflicts == []


def test_export_cli_marks_the_by_election(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "runcorn.txt").write_text(RUNCORN_BY_ELECTION, encoding="utf-8")
    run = [sys.executable, str(ROOT / "bot.py")]
    subprocess.run([*run, "ingest", str(folder), "--db", str(db)], check=True, capture_output=True, cwd=ROOT)
    out = subprocess.run([*run, "export", "--json", "--db", str(db)], check=True, capture_output=True, text=True,
                         cwd=ROOT).stdout
    seats = json.loads(out)["seats"]
    assert [(s["constituency"], s["election_year"], s["by_election"]) for s in seats] == [
        ("Runcorn and Helsby", 2025, True)]


def test_a_version_1_database_is_upgraded_by_the_next_write(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    official = tmp_path / "HoC-GE2024-results-by-candidate.csv"
    official.write_text(CANDIDATES_2024, encoding="utf-8")
    assert import_results([official], db).ok
    conn = sqlite3.connect(db)
    for table in ("facts", "quotes", "seats"):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN by_election_day")
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="schema version 1"):
        load(db)
    article = tmp_path / "runcorn.txt"
    article.write_text(RUNCORN_BY_ELECTION, encoding="utf-8")
    ingest([article], db)
    seats = load(db).seats
    assert [(s.election_year, s.by_election) for s in seats] == [(2024, False), (2025, True)]
    with write(db):
        pass
