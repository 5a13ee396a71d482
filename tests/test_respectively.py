"""'Respectively': a list of people paired in order with a list of figures (sentences written for these
tests)."""
from __future__ import annotations

from test_article_reader import candidates

from knowledge.reading.reader import read_article
from knowledge.reading.respectively import paired_figures
from knowledge.reading.skeleton import build
from knowledge.records import ArticleReport


def read(body: str) -> ArticleReport:
    return read_article(f" date 2019-12-13 \n{body}", "test.txt")


def votes(report: ArticleReport, seat: str) -> dict[str, object]:
    return {name: fields.get("votes") for name, fields in candidates(report, seat).items()}


def test_two_people_and_two_figures_pair_in_order() -> None:
    report = read("Nell Ashby won Gedling. Ivo Lind and Ruth Calder polled 11,020 and 3,400 votes respectively.")
    assert votes(report, "Gedling") == {"Nell Ashby": None, "Ivo Lind": 11020, "Ruth Calder": 3400}


def test_three_with_their_parties_and_places() -> None:
    report = read("Nell Ashby won Gedling. The Conservatives' Ivo Lind, Ruth Calder of the Greens and Omar "
                  "Said (Reform UK) finished second, third and fourth on 11,020, 3,400 and 1,150 respectively.")
    assert votes(report, "Gedling") == {"Nell Ashby": None, "Ivo Lind": 11020, "Ruth Calder": 3400,
                                        "Omar Said": 1150}


def test_lists_of_other_lengths_give_no_one_a_figure() -> None:
    report = read("Nell Ashby won Gedling. Ivo Lind and Ruth Calder polled 11,020, 3,400 and 900 votes respectively.")
    assert not any(votes(report, "Gedling").values())


def test_figures_that_are_not_votes_are_not_paired() -> None:
    report = read("Nell Ashby won Gedling. Ivo Lind and Ruth Calder, aged 52 and 38 respectively, conceded.")
    assert not any(votes(report, "Gedling").values())
    assert paired_figures(build("Ivo Lind and Ruth Calder were 52 and 38 respectively.").text) == []


def test_winners_and_seats_pair_in_order_with_their_margins() -> None:
    report = read("Nell Ashby and Ivo Lind held Gedling and Mansfield by 2,100 and 390 votes respectively.")
    gedling = {f.field: f.value for f in report.facts if f.constituency == "Gedling" and f.candidate is None}
    mansfield = {f.field: f.value for f in report.facts if f.constituency == "Mansfield" and f.candidate is None}
    assert gedling == {"winner": "Nell Ashby", "outcome": "hold", "margin": 2100}
    assert mansfield == {"winner": "Ivo Lind", "outcome": "hold", "margin": 390}


def test_winners_and_seats_of_other_lengths_give_nothing() -> None:
    report = read("Nell Ashby and Ivo Lind won Gedling, Mansfield and Newark respectively.")
    assert not [f for f in report.facts if f.field == "winner"]
