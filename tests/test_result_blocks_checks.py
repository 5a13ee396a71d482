"""Tails of candidate lists, and the self-checks of a result list against what the article says around it.

Every article here is our own invented text; each test names the facts it must give and must not give.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.reading.reader import read_article
from knowledge.reading.result_lists import parse_entries
from knowledge.store.database import load
from knowledge.store.ingest import ingest


def facts(text: str) -> set[tuple]:
    return {(f.constituency, f.field, f.candidate, f.value) for f in read_article(text, "page.txt").facts}


TAIL_ROWS = [
    # (line, name, party, votes): small numbers, parties the lexicon does not know, misspelt or plural
    ("Dan Varley - Barsetshire Family Party - 31 (0.1%)", "Dan Varley", "Barsetshire Family Party", 31),
    ("Ann Lee - UK Indepedence Party 1,122", "Ann Lee", "UK Indepedence Party", 1122),
    ("Sam Roe - Independents 680", "Sam Roe", "Independents", 680),
    ("Tom Hale (Wessex First) 1,200", "Tom Hale", "Wessex First", 1200),
    ("Tom Hale, Scottish Family Party, 1,200", "Tom Hale", "Scottish Family Party", 1200),
    ("Jo Pink – Barchester Alliance – 7", "Jo Pink", "Barchester Alliance", 7),
]


@pytest.mark.parametrize(("line", "name", "party", "count"), TAIL_ROWS)
def test_the_tail_of_a_list_is_read(line: str, name: str, party: str, count: int) -> None:
    [entry] = parse_entries(line)
    assert (entry.name, entry.party, entry.votes) == (name, party, count)


@pytest.mark.parametrize("line", ["In Barchester, Jo Pink 7,000", "Jo Pink, Sam Roe 12", "On the night, Sam Roe 680"])
def test_two_names_set_apart_by_a_comma_are_not_a_name_and_a_party(line: str) -> None:
    assert parse_entries(line) == []


@pytest.mark.parametrize("line", ["Previous result (2017): Jo Pink 33,333, Sam Roe 17,446",
                                  "Last time the result was: Jo Pink 21,000; Sam Roe 19,500",
                                  "Notional result on the new boundaries: Jo Pink (Lab) 20,100, Sam Roe (Con) 18,000"])
def test_a_list_of_an_earlier_election_is_not_this_result(line: str) -> None:
    assert parse_entries(line) == []


def test_a_list_led_in_by_this_result_is_read() -> None:
    assert [e.votes for e in parse_entries("Full result: Jo Pink 33,333, Sam Roe 17,446")] == [33333, 17446]


BALLOT_ORDER = """ date 2024-07-05 Gedling result

The declaration in Gedling:

• Ann Lee (Wessex First) 1,100
• Jo Pink (Lab) 18,200
• Sam Roe (Ind) 2.310
• Tom Hale (Con) 17,950
• Dan Varley (Barsetshire Family Party) 57
"""


def test_a_bulleted_list_in_ballot_order_goes_on_past_a_row_it_cannot_read() -> None:
    got = facts(BALLOT_ORDER)
    for fact in [("Gedling", "winner", None, "Jo Pink"), ("Gedling", "margin", None, 250),
                 ("Gedling", "votes", "Dan Varley", 57), ("Gedling", "party", "Ann Lee", "Wessex First")]:
        assert fact in got, fact
    assert not any(f[2] == "Sam Roe" and f[1] == "votes" for f in got)  # "2.310" is no vote count


def test_a_runner_up_placed_third_in_prose_does_not_unseat_the_top_of_the_list() -> None:
    text = BALLOT_ORDER.replace("The declaration in Gedling:",
                                "Jo Pink took the contest, with Tom Hale pushed into third place.\n\n"
                                "The declaration in Gedling:")
    assert ("Gedling", "winner", None, "Jo Pink") in facts(text)


CONTRADICTED = """ date 2024-07-05 Gedling result

Tom Hale held Gedling for the Conservatives.

Gedling
• Jo Pink (Lab) 18,200
• Tom Hale (Con) 17,950
"""


def test_a_winner_the_list_contradicts_is_reported_unsure_and_not_stored() -> None:
    report = read_article(CONTRADICTED, "page.txt")
    assert not [f for f in report.facts if f.constituency == "Gedling"]
    assert any(n.startswith("unsure: Gedling") and "Jo Pink" in n for n in report.notes)


def test_a_heading_whose_party_the_list_contradicts_is_reported_unsure() -> None:
    text = " date 2024-07-05 Results\n\nGedling\nCON HOLD\n• Jo Pink (Lab) 18,200\n• Tom Hale (Con) 17,950\n"
    report = read_article(text, "page.txt")
    assert not report.facts
    assert any(n.startswith("unsure: Gedling") and "Conservative" in n for n in report.notes)


def test_a_winner_the_list_agrees_with_passes_the_check() -> None:
    text = CONTRADICTED.replace("Tom Hale held", "Jo Pink took").replace("for the Conservatives", "for Labour")
    report = read_article(text, "page.txt")
    assert ("Gedling", "winner", None, "Jo Pink") in {(f.constituency, f.field, f.candidate, f.value)
                                                         for f in report.facts}
    assert not any(n.startswith("unsure") for n in report.notes)


MAJORITY_OFF = """ date 2024-07-05 Gedling result

Gedling
• Jo Pink (Lab) 18,200
• Tom Hale (Con) 17,950
• Majority: 520
"""


def test_a_stated_majority_the_list_contradicts_is_a_conflict_in_the_store(tmp_path: Path) -> None:
    report = read_article(MAJORITY_OFF, "page.txt")
    assert {f.value for f in report.facts if f.field == "margin"} == {520, 250}
    assert any("520" in n and "250" in n for n in report.notes)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "gedling.txt").write_text(MAJORITY_OFF)
    summary = ingest([tmp_path / "articles"], tmp_path / "kb.sqlite3", parallel=False)
    assert "failed a self-check" in summary.summary()
    conflicts = load(tmp_path / "kb.sqlite3").conflicts
    assert {(c.field, c.kept, c.other) for c in conflicts} in ({("margin", 520, 250)}, {("margin", 250, 520)})
