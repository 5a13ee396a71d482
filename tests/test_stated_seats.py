"""Seats no gazetteer holds: accepted only where the article states their result by a clear construction
('won the new seat of X', 'the X by-election', 'MP for X'). Every article is our own invention."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.reading.article_text import split_sentences
from knowledge.reading.headed_seats import headed_seats
from knowledge.reading.mentions import find_seats, stated_seats
from knowledge.reading.reader import read_article
from knowledge.reading.result_blocks import read_layout
from knowledge.store.database import load
from knowledge.store.export import export_json
from knowledge.store.ingest import ingest

BY_ELECTION = """ date 2025-11-14 Tom Hale has won the Barset Vale by-election for the Liberal Democrats.

Hale polled 14,200 votes and Ann Lee of Labour 11,900. Turnout was 38.5 per cent.
"""


@pytest.mark.parametrize(("sentence", "day"), [
    ("Ann Lee won the new seat of Barset Vale for Labour by 1,200 votes.", "2024-07-05"),
    ("Ann Lee was re-elected as MP for Barset Vale with 20,100 votes.", "2024-07-05"),
    ("Ann Lee has won the Barset Vale by-election for Labour.", "2025-11-14"),
])
def test_a_seat_stated_by_a_construction_gets_its_result(sentence: str, day: str) -> None:
    report = read_article(f" date {day} {sentence}", "vale.txt")
    assert {(f.constituency, f.value) for f in report.facts if f.field == "winner"} == {("Barset Vale", "Ann Lee")}
    assert any("Barset Vale: in no gazetteer" in note for note in report.notes)


def test_later_mentions_of_a_stated_seat_are_that_seat() -> None:
    report = read_article(" date 2024-07-05 Ann Lee is the new MP for Barset Vale.\n\nIn Barset Vale, Lee held the seat by "
                          "1,200 votes.", "vale.txt")
    assert ("Barset Vale", "margin", 1200) in {(f.constituency, f.field, f.value) for f in report.facts}


def test_a_name_without_such_a_construction_stays_no_seat() -> None:
    report = read_article(" date 2024-07-05 Ann Lee won Barset Vale for Labour by 1,200 votes.", "vale.txt")
    assert report.facts == [] and "reports no declared result" in report.notes


def test_what_a_construction_names_that_is_no_seat() -> None:
    assert stated_seats("Ann Lee, the first MP for Scotland, and the MP for Kensington.") == {}
    assert stated_seats("the Reform UK by-election hopes") == {}
    assert stated_seats("the 2025 Barset Vale by-election") == {"barset vale": "Barset Vale"}
    [vale] = find_seats("Lee held Barset Vale.", {"barset vale": "Barset Vale"})
    assert vale.seat == "Barset Vale"


def test_a_stated_by_election_is_one_by_election_contest_in_the_export(tmp_path: Path) -> None:
    article = tmp_path / "vale.txt"
    article.write_text(BY_ELECTION, encoding="utf-8")
    db = tmp_path / "k.sqlite3"
    ingest([article], db)
    seats = [s for s in export_json(load(db))["seats"] if s["constituency"] == "Barset Vale"]
    assert [(s["by_election"], s["election_date"], s["winner"]) for s in seats] == [(True, "2025-11-13", "Tom Hale")]


ROWS = "Ann Lee (Labour) 21,012\nTom Hale (Conservative) 19,400\nJo Penn (Green) 2,100\n"


def _headed(text: str) -> dict[str, str]:
    lines = [s.plain for s in split_sentences(text, text)]
    return headed_seats(lines, read_layout(lines))


def test_a_result_list_headed_by_a_seat_no_gazetteer_holds_is_that_seats_result() -> None:
    report = read_article(f" date 2024-07-05 Results\n\nThe count ended at 4am.\n\nBARSET VALE\nLAB GAIN FROM CON\n"
                          f"{ROWS}Majority: 1,612\n", "vale.txt")
    facts = {(f.constituency, f.field, f.candidate, f.value) for f in report.facts}
    assert {("Barset Vale", "winner", None, "Ann Lee"), ("Barset Vale", "margin", None, 1612),
            ("Barset Vale", "votes", "Tom Hale", 19400), ("Barset Vale", "outcome", None, "gain")} <= facts
    assert any("Barset Vale: in no gazetteer" in note for note in report.notes)


@pytest.mark.parametrize("heading", ["Barset Vale", "BARSET VALE", "Result: Barset Vale", "Barset Vale result",
                                     "Barset and Wyvern Vale"])
def test_headings_that_name_a_seat(heading: str) -> None:
    assert list(_headed(f"{heading}\n{ROWS}").values()) == [
        "Barset and Wyvern Vale" if "Wyvern" in heading else "Barset Vale"]


@pytest.mark.parametrize("heading", [
    "Full results", "Election 2024", "How the County Voted", "Labour", "Kensington", "The Candidates",
    "Barset Vale's new MP is Ann Lee, who won comfortably on a night of surprises across the county.",
])
def test_headings_that_name_no_new_seat(heading: str) -> None:
    assert _headed(f"{heading}\n{ROWS}") == {}


def test_a_heading_needs_a_list_of_two_candidates_or_more_below_it() -> None:
    assert _headed("Barset Vale\nAnn Lee (Labour) 21,012\n\nThe night went on.") == {}
    assert _headed("Barset Vale\nThe count went on until dawn, and then\n" + ROWS) == {}
