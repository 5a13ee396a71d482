"""Seat names as reporters write them: the compass words after the place, 'and' left out, '&', capitals,
short forms, and the longest name first. Every sentence is our own invention."""
from __future__ import annotations

import pytest

from knowledge.lexicon.seatnames import canonical_seat, is_known_seat, seat_lookup, written_forms
from knowledge.lexicon.text import name_key
from knowledge.reading.mentions import find_seats
from knowledge.reading.reader import read_article

FORMS = [
    # (sentence, date, the seat it names)
    ("Jo Bloggs held Fife North East for the SNP by two votes.", "2017-06-09", "North East Fife"),
    ("Jo Bloggs held North Fife for the SNP by two votes.", "2017-06-09", "North East Fife"),
    ("Jo Bloggs won Fermanagh South Tyrone for Sinn Fein by 57 votes.", "2019-12-13", "Fermanagh and South Tyrone"),
    ("Jo Bloggs won Fermanagh & South Tyrone for Sinn Fein by 57 votes.", "2019-12-13", "Fermanagh and South Tyrone"),
    ("Jo Bloggs won Basildon South & East Thurrock for Reform UK by 98 votes.", "2024-07-05",
     "South Basildon and East Thurrock"),
    ("Jo Bloggs won Surrey South West for the Conservatives by 8,000 votes.", "2019-12-13", "South West Surrey"),
    ("Jo Bloggs won Dunbartonshire East for the SNP by 149 votes.", "2019-12-13", "East Dunbartonshire"),
    ("Jo Bloggs won Caithness for the Liberal Democrats by 204 votes.", "2019-12-13",
     "Caithness, Sutherland and Easter Ross"),
    ("Sam Roe was beaten by Jo Bloggs by 1,612 votes in GLASGOW SOUTH WEST.", "2017-06-09", "Glasgow South West"),
    ("Jo Bloggs won Glasgow South West for Labour by 60 votes.", "2017-06-09", "Glasgow South West"),
]


@pytest.mark.parametrize(("sentence", "day", "seat"), FORMS, ids=[f[0][:40] for f in FORMS])
def test_a_seat_written_as_people_write_it_gets_its_result(sentence: str, day: str, seat: str) -> None:
    report = read_article(f" date {day} {sentence}", "forms.txt")
    winners = {(f.constituency, f.value) for f in report.facts if f.field == "winner"}
    assert winners == {(seat, "Jo Bloggs")}


def test_the_longest_name_is_taken_first() -> None:
    [west] = find_seats("The count in Glasgow South West ran late.")
    [south] = find_seats("The count in Glasgow South ran late.")
    assert (west.seat, south.seat) == ("Glasgow South West", "Glasgow South")


def test_forms_of_a_name() -> None:
    assert written_forms("North East Fife") == ["Fife North East"]
    assert written_forms("Fermanagh and South Tyrone") == ["Fermanagh and Tyrone South", "Fermanagh South Tyrone"]
    assert written_forms("Mid Dorset and North Poole")[:2] == ["Dorset Mid and North Poole", "Dorset Mid and Poole North"]
    assert written_forms("Kensington") == []
    assert canonical_seat("Down North", 2019) == "North Down"


def test_a_form_never_takes_another_seats_name() -> None:
    # every official name still names itself, in both boundary sets, whatever forms other names have
    for boundaries in (2010, 2024):
        table = seat_lookup(boundaries)
        for name in set(table.values()):
            assert table[name_key(name)] == name


def test_a_name_no_seat_has_stays_unknown() -> None:
    assert find_seats("Jo Bloggs won Barset North East by 40 votes.") == []


@pytest.mark.parametrize(("written", "year", "seat"), [
    ("East Barnsley", 2019, "Barnsley East"),
    ("North Derby", 2017, "Derby North"),
    ("South Cardiff and Penarth", 2015, "Cardiff South and Penarth"),
    ("Fife North East", 2017, "North East Fife"),
    ("South Barnsley", 2024, "Barnsley South"),
    ("East Derry", 2017, "East Londonderry"),
])
def test_a_seat_written_compass_first_or_last(written: str, year: int, seat: str) -> None:
    assert canonical_seat(written, year) == seat


@pytest.mark.parametrize("written", ["East West Bromwich", "North London", "South Wales", "West Midlands"])
def test_places_that_are_no_seat_stay_no_seat(written: str) -> None:
    assert not is_known_seat(written)


def test_a_name_with_compass_words_inside_is_not_turned_round() -> None:
    assert "East West Bromwich" not in written_forms("West Bromwich East")


def test_an_article_naming_a_seat_compass_first_gives_that_seats_result() -> None:
    report = read_article(" date 2019-12-13 Ann Lee (Labour) held East Barnsley with 14,329 votes, a majority of "
                          "3,217 over the Brexit Party's Tom Hale.", "barnsley.txt")
    got = {(f.constituency, f.field, f.value) for f in report.facts}
    assert ("Barnsley East", "winner", "Ann Lee") in got and ("Barnsley East", "margin", 3217) in got
