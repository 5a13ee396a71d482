"""The four nations: each seat's nation from the gazetteers, nations named in questions, and answers about
one nation's seats from the official results (never the UK's figures given for a nation asked about)."""
from __future__ import annotations

from pathlib import Path

import pytest

from handlers.answers.engine import Engine
from handlers.answers.national import NationalResults, seats_chart
from knowledge.lexicon.nations import NATIONS, find_nation, nation_named, seat_nation, seats_in
from knowledge.lexicon.seatnames import constituency_names
from knowledge.store.database import load


@pytest.fixture(scope="module")
def engine(every_election_db: Path) -> Engine:
    return Engine(load(every_election_db))


@pytest.mark.parametrize(("year", "counts"), [
    (2019, {"England": 533, "Scotland": 59, "Wales": 40, "Northern Ireland": 18}),
    (2024, {"England": 543, "Scotland": 57, "Wales": 32, "Northern Ireland": 18}),
])
def test_every_seat_of_each_boundary_set_has_its_nation(year: int, counts: dict[str, int]) -> None:
    assert {nation: seats_in(nation, year) for nation in NATIONS} == counts
    assert all(seat_nation(name, year) in NATIONS for name in constituency_names(year))


@pytest.mark.parametrize(("seat", "year", "nation"), [
    ("Glasgow East", 2024, "Scotland"),
    ("Ynys Mon", 2019, "Wales"),                  # an alias of Ynys Môn
    ("Fife North East", 2017, "Scotland"),        # written compass-last
    ("Foyle", None, "Northern Ireland"),
    ("Aberconwy", 2024, "Wales"),                 # a 2010-2019 seat asked of 2024: the other set knows it
    ("Clacton", 2024, "England"),
    ("Barset Vale", 2024, None),                  # no gazetteer holds it
])
def test_seat_nation(seat: str, year: int | None, nation: str | None) -> None:
    assert seat_nation(seat, year) == nation


@pytest.mark.parametrize(("text", "nation"), [
    ("how did scotland vote", "Scotland"),
    ("turnout in northern ireland in 2017", "Northern Ireland"),
    ("closest welsh seats", "Wales"),
    ("how did english voters vote", "England"),
    ("who won ni", "Northern Ireland"),
    ("how many seats did scottish labour win", None),     # a party, not the nation
    ("who won the election", None),
    ("northern powerhouse", None),
    ("who won in great britain", "United Kingdom"),
])
def test_nation_named(text: str, nation: str | None) -> None:
    assert nation_named(text) == nation


def test_a_word_taken_by_another_name_names_no_nation() -> None:
    assert find_nation(["who", "won", None, "wales"]) == ("Wales", 3, 4)
    assert find_nation(["north", None, "wales"]) == ("Wales", 2, 3)
    assert find_nation(["jimmy", None]) is None


def test_each_nation_adds_up_to_the_uk(every_election_db: Path) -> None:
    results = NationalResults(load(every_election_db).seats)
    for year in results.years:
        uk = results.get(year)
        parts = [results.get(year, nation) for nation in NATIONS]
        assert uk is not None and all(p is not None for p in parts)
        assert sum(p.counted for p in parts) == uk.counted == 650
        assert sum(p.valid_votes for p in parts) == uk.valid_votes
        for party in uk.parties:
            assert sum((p.party(party.party).seats if p.party(party.party) else 0) for p in parts) == party.seats
    scotland = results.get(2024, "Scotland")
    assert scotland.total == 57 and scotland.majority is None and scotland.name.endswith("in Scotland")
    assert results.previous(scotland).nation == "Scotland"
    chart = seats_chart(scotland)
    assert chart.needed == 0 and chart.title == "2024 general election in Scotland: seats"


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("how did Scotland vote in 2024", ["2024 general election in Scotland", "Labour: 37 seats (+36)", "35.3%"],
     ["411"]),
    ("who won in wales in 2019", ["Labour won the most seats in Wales at the 2019 general election: 22 of 40"],
     ["365", "majority of"]),
    ("how many seats did labour win in scotland in 2024", ["37 of 57 seats", "in Scotland"], ["411"]),
    ("did the snp win in scotland in 2019", ["Yes.", "48 of 59"], ["Not outright"]),
    ("who won northern ireland in 2010", ["The DUP won the most seats in Northern Ireland", "8 of 18"], []),
    ("what was turnout in wales in 2024", ["in Wales was 56.2%"], ["59.7%"]),
    ("how many seats changed hands in scotland in 2024", ["changed hands at the 2024 general election in Scotland",
                                                          "36 from SNP"], ["from Con and"]),
    ("closest seats in northern ireland", ["in Northern Ireland", "Fermanagh and South Tyrone"], ["Hendon"]),
    # the party's own name holds 'scottish': the question is the UK-wide one it always was
    ("did the scottish national party win the 2024 election", ["No.", "411 of 650"], ["in Scotland"]),
    ("who won the election in great britain", ["Labour won the 2024 general election", "411 of 650"], []),
    ("how did the uk vote in 2019", ["the 2019 general election:", "43.6%"], ["general election in"]),
])
def test_answers_about_one_nation(engine: Engine, question: str, wanted: list[str], unwanted: list[str]) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.text
    for part in wanted:
        assert part in answer.text, (part, answer.text)
    for part in unwanted:
        assert part not in answer.text, (part, answer.text)


def test_the_national_command_takes_a_nation(engine: Engine) -> None:
    answer = engine.national_result("2024", "England")
    assert answer.answered and "Labour won the most seats in England" in answer.lead and "347 of 543" in answer.lead
    chart = engine.national_seats("2024", "England")
    assert chart is not None and chart.parties[0] == ("Labour", 347)
