"""Wins told as a place won in, a race or battle won, a first place, a victory that went to someone, a hold
kept, a seat's new MP, and a seat named just before its winner (sentences written for these tests)."""
from __future__ import annotations

from test_article_reader import seat_facts

from knowledge.reading.reader import read_article
from knowledge.records import ArticleReport


def read(body: str, date: str = "2019-12-13") -> ArticleReport:
    return read_article(f" date {date} \n{body}", "test.txt")


def winner(body: str, seat: str, date: str = "2019-12-13") -> object:
    return seat_facts(read(body, date), seat).get("winner")


def test_wins_told_in_other_words() -> None:
    for body in ("Nell Ashby won in Gedling with a swing of 6 per cent.",
                 "Nell Ashby won the race in Gedling after a long night.",
                 "Nell Ashby won the battle for Gedling.",
                 "Nell Ashby sealed a comfortable victory in Gedling.",
                 "Nell Ashby triumphed narrowly in Gedling.",
                 "Nell Ashby came first in Gedling, ahead of Ivo Lind.",
                 "After two recounts, victory in Gedling went to Nell Ashby.",
                 "Nell Ashby kept hold of Gedling.",
                 "Nell Ashby is Gedling's new MP."):
        assert winner(body, "Gedling") == "Nell Ashby", body


def test_the_same_words_about_another_time_or_a_hope_are_no_win() -> None:
    for body in ("Nell Ashby won in Gedling in 2005.",
                 "Nell Ashby hopes to win the race in Gedling.",
                 "Nell Ashby claimed victory in Gedling before a single vote was counted.",
                 "Nell Ashby came first in Gedling in 2015.",
                 "In 2010 the seat of Gedling went to Nell Ashby."):
        assert winner(body, "Gedling") is None, body


def test_a_seat_named_just_before_its_winner() -> None:
    report = read("In Peterborough Mira Kaur finished first with 17,420 votes.")
    assert seat_facts(report, "Peterborough")["winner"] == "Mira Kaur"


def test_a_first_name_that_is_a_seat_stays_a_name() -> None:
    report = read("Angus Reid held Gedling for Labour.")
    assert seat_facts(report, "Gedling")["winner"] == "Angus Reid"
    assert {f.constituency for f in report.facts} == {"Gedling"}


def test_roundup_lines_name_winner_party_and_seat() -> None:
    report = read("How the county voted\nNell Ashby, Labour, Gedling - held\nIvo Lind (Reform UK), Mansfield: gain\n"
                  "Ruth Calder, Conservative, Newark - held in 2015 by 3,000 votes", date="2024-07-05")
    assert seat_facts(report, "Gedling")["winner"] == "Nell Ashby"
    assert seat_facts(report, "Gedling")["winner_party"] == "Labour"
    assert seat_facts(report, "Mansfield")["outcome"] == "gain"
    assert "Newark" not in {f.constituency for f in report.facts}
