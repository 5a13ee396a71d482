"""Nations and regions: each seat's nation and region from the gazetteers, areas named in questions, and
answers about one area's seats from the official results (never the UK's figures given for an area asked
about)."""
from __future__ import annotations

from pathlib import Path

import pytest

from handlers.answers.engine import Engine
from handlers.answers.national import NationalResults, seats_chart
from handlers.answers.question import STOP
from knowledge.lexicon.areas import NATIONS, REGIONS, area_named, find_area, seat_areas, seat_nation, seats_in
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
def test_area_named(text: str, nation: str | None) -> None:
    assert area_named(text, STOP) == nation


def test_a_word_taken_by_another_name_names_no_area() -> None:
    assert find_area(["who", "won", None, "wales"], STOP) == ("Wales", 3, 4)
    assert find_area(["north", None, "wales"], STOP) == ("Wales", 2, 3)
    assert find_area(["jimmy", None], STOP) is None


@pytest.mark.parametrize(("text", "region"), [
    ("how did london vote", "London"),
    ("who won the north east in 2019", "North East"),
    ("closest seats in the south west", "South West"),
    ("labour seats in yorkshire", "Yorkshire and the Humber"),
    ("turnout in the east of england 2024", "East of England"),
    ("who won north east derbyshire", None),       # compass words before a place: a seat, not the region
    ("who won south west norfolk in 2017", None),
    ("recounts in glasogw south west", None),      # a misspelt seat's compass words
    ("who won bolon north east in 2010", None),
    ("who won yorkshire east", None),              # a seat written compass-last
    ("how many votes did jimmy wales get", None),  # a person
])
def test_regions_named(text: str, region: str | None) -> None:
    assert area_named(text, STOP) == region


@pytest.mark.parametrize(("year", "counts"), [
    (2019, {"London": 73, "South East": 84, "South West": 55, "East of England": 58, "East Midlands": 46,
            "West Midlands": 59, "North West": 75, "North East": 29, "Yorkshire and the Humber": 54}),
    (2024, {"London": 75, "South East": 91, "South West": 58, "East of England": 61, "East Midlands": 47,
            "West Midlands": 57, "North West": 73, "North East": 27, "Yorkshire and the Humber": 54}),
])
def test_every_english_seat_has_one_region(year: int, counts: dict[str, int]) -> None:
    assert {region: seats_in(region, year) for region in REGIONS} == counts
    assert sum(counts.values()) == seats_in("England", year)
    assert seat_areas("Hendon", 2024) == ("England", "London") and seat_areas("Gower", 2024) == ("Wales",)


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
    assert results.previous(scotland).area == "Scotland"
    for year in results.years:
        regions = [results.get(year, region) for region in REGIONS]
        assert sum(r.counted for r in regions) == results.get(year, "England").counted
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
    ("who won london in 2024", ["Labour won the most seats in London at the 2024 general election: 59 of 75"],
     ["Cities of London"]),
    ("how did the north east vote in 2019", ["at the 2019 general election in the North East"], ["365"]),
    ("closest seats in the south west in 2024", ["Closest results on record in the South West in 2024"],
     ["Hendon"]),
    ("who won cities of london and westminster in 2024", ["Rachel Blake"], ["most seats"]),
    ("how did the uk vote in 2019", ["the 2019 general election:", "43.6%"], ["general election in"]),
])
def test_answers_about_one_nation(engine: Engine, question: str, wanted: list[str], unwanted: list[str]) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.text
    for part in wanted:
        assert part in answer.text, (part, answer.text)
    for part in unwanted:
        assert part not in answer.text, (part, answer.text)


def test_the_national_command_takes_an_area(engine: Engine) -> None:
    answer = engine.national_result("2024", "England")
    assert answer.answered and "Labour won the most seats in England" in answer.lead and "347 of 543" in answer.lead
    chart = engine.national_seats("2024", "England")
    assert chart is not None and chart.parties[0] == ("Labour", 347)
    london = engine.national_result("2019", "London")
    assert "Labour won the most seats in London at the 2019 general election: 49 of 73" in london.lead
