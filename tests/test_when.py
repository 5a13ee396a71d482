"""Which election a question names (handlers.answers.when) and which contest of a seat it picks
(handlers.answers.contests)."""
from __future__ import annotations

from datetime import date

import pytest

from handlers.answers import contests
from handlers.answers.names import tokenize
from handlers.answers.when import When, read_when
from knowledge.records import Seat


def when(text: str) -> When:
    return read_when(tokenize(text), text)


@pytest.mark.parametrize(("question", "years"), [
    ("who won kensington in 2017", (2017,)),
    ("who won kensington in '17", (2017,)),
    ("who won kensington in \u201917", (2017,)),
    ("who won kensington in 17", (2017,)),
    ("kensington 17 election", (2017,)),
    ("who won ge19 in ashfield", (2019,)),
    ("compare kensington 2017 and 19", (2017, 2019)),
    ("top 17 closest", ()),                       # seventeen seats, not 2017
    ("the 3 closest in 2019", (2019,)),
])
def test_years(question: str, years: tuple[int, ...]) -> None:
    assert when(question).years == years


def test_before_and_since_are_not_the_year_asked() -> None:
    before = when("who won kensington before 2019")
    assert before.before == 2019 and before.year is None
    since = when("how did ashfield change since 2017")
    assert since.since == 2017 and since.year is None


def test_by_election_and_last_election() -> None:
    assert when("who won the runcorn by-election").by_election
    assert when("who won the runcorn byelection").by_election
    last = when("who won kensington at the last election")
    assert last.latest and last.general and not last.by_election
    assert when("the most recent general election").general
    assert not when("who won kensington").general


def test_election_words_signal_nothing_else() -> None:
    from handlers.answers.intents import read_wording
    words = tokenize("who won kensington before 2019")
    assert "previous" not in read_wording(words, ignore=when("who won kensington before 2019").used).signals
    words = tokenize("top 17 closest")
    assert read_wording(words).limit == 17
    words = tokenize("closest in '17")
    assert read_wording(words, ignore=read_when(words, "closest in '17").used).limit is None


def general(year: int) -> Seat:
    return Seat("Testville", year)


def by_election(day: date) -> Seat:
    return Seat("Testville", day.year, by_election_day=day.isoformat())


@pytest.fixture
def record() -> list[Seat]:
    seats = [general(2017), general(2019), by_election(date(2021, 5, 6)), general(2024),
             by_election(date(2025, 5, 1))]
    return sorted(seats, key=contests.sort_key)


def test_without_an_election_the_latest_contest(record: list[Seat]) -> None:
    chosen = contests.choose(record, When())
    assert contests.contest_name(chosen) == "the by-election of 1 May 2025"


@pytest.mark.parametrize(("asked", "expected"), [
    (When(years=(2019,)), "the 2019 general election"),
    (When(years=(2021,)), "the by-election of 6 May 2021"),        # no general election that year
    (When(by_election=True), "the by-election of 1 May 2025"),
    (When(by_election=True, years=(2021,)), "the by-election of 6 May 2021"),
    (When(general=True, latest=True), "the 2024 general election"),
    (When(before=2024), "the by-election of 6 May 2021"),
    (When(before=2024, general=True), "the 2019 general election"),
])
def test_the_contest_asked_for(record: list[Seat], asked: When, expected: str) -> None:
    assert contests.contest_name(contests.choose(record, asked)) == expected


def test_nothing_when_no_contest_fits(record: list[Seat]) -> None:
    assert contests.choose(record, When(years=(2015,))) is None
    assert contests.choose(record[:2], When(by_election=True)) is None


@pytest.mark.parametrize(("option", "expected"), [
    (None, When()), (2017, When(years=(2017,))), ("2017", When(years=(2017,))),
    ("2024 general election", When(years=(2024,), general=True)),
    ("by-election 2025-05-01", When(years=(2025,), by_election=True, day=date(2025, 5, 1))),
])
def test_command_options(option, expected: When) -> None:
    assert contests.parse_option(option) == expected


def test_listing() -> None:
    seats = [general(2017), general(2019), by_election(date(2025, 5, 1))]
    assert contests.listing(seats) == "the 2017 and 2019 general elections and the by-election of 1 May 2025"
