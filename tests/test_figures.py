"""Figures in prose: decimal commas in shares, turnout and register lines, recount idioms."""
from __future__ import annotations

import pytest

from knowledge.reading.mentions import find_numbers
from knowledge.reading.reader import read_article


def _field(text: str, name: str) -> object:
    report = read_article(" date 2019-12-13 \nAlice Brennan won Ashfield.\n" + text, "figures.txt")
    return next((f.value for f in report.facts if f.field == name and f.constituency == "Ashfield"), None)


def test_a_decimal_comma_before_a_percent_sign_is_a_decimal() -> None:
    [share] = find_numbers("turnout 64,31%")
    assert share.value == 64.31
    [votes] = find_numbers("she won 64,310 votes")
    assert votes.value == 64310


def test_a_comma_between_a_count_and_a_share_is_not_a_decimal() -> None:
    values = [n.value for n in find_numbers("Tom Hale 12,44%")]
    assert values == [12.44]
    assert [n.value for n in find_numbers("Tom Hale 12,440 (31%)")] == [12440, 31]


@pytest.mark.parametrize(("sentence", "recounts"), [
    ("The ballots were recounted for the second time just before dawn.", 2),
    ("Staff had to recount the papers twice.", 2),
    ("A gap of 31 votes led to a recount, and the declaration was held up again by a second recount.", 2),
    ("Tom Hale wished the votes had been recounted twice.", None),
    ("Last time the votes were recounted for the third time in 2017.", None),
])
def test_recount_idioms(sentence: str, recounts: int | None) -> None:
    assert _field(sentence, "recounts") == recounts


@pytest.mark.parametrize(("line", "field", "value"), [
    ("Turn-out was 66.2% with 45,910 ballot papers.", "turnout_percent", 66.2),
    ("• Registered voters: 70,400", "electorate", 70400),
    ("Registered electors 70,400", "electorate", 70400),
])
def test_turnout_and_register_lines(line: str, field: str, value: float) -> None:
    assert _field(line, field) == value


def test_each_seat_of_a_turnout_list_gets_its_own_figure() -> None:
    text = (" date 2019-12-13 \nAlice Brennan won Ashfield. Tom Hale won Bolsover. Rosa Quint won Bath.\n"
            "Turnout was high across the three seats, Bath at 71.5 per cent, Bolsover at 66.6 percent and "
            "Ashfield at 68.9 per cent.\n")
    facts = read_article(text, "figures.txt").facts
    turnouts = {f.constituency: f.value for f in facts if f.field == "turnout_percent"}
    assert turnouts == {"Ashfield": 68.9, "Bolsover": 66.6, "Bath": 71.5}


def test_a_seat_named_before_a_figure_in_a_sentence_without_turnout_gets_no_turnout() -> None:
    text = (" date 2019-12-13 \nAlice Brennan won Ashfield. Tom Hale won Bolsover.\n"
            "Labour's share was strong in both, Bolsover at 48.1 per cent and Ashfield at 51.0 per cent.\n")
    facts = read_article(text, "figures.txt").facts
    assert not [f for f in facts if f.field == "turnout_percent"]


@pytest.mark.parametrize(("sentence", "margin"), [
    ("The Greens turned a 5,288 majority into a 5,299 majority of their own.", 5299),
    ("She finished with a comfortable 4,210 majority.", 4210),
    ("She overturned a 4,210 majority.", None),
    ("Tom Hale had a 4,210 majority.", None),
])
def test_a_majority_written_before_its_noun(sentence: str, margin: int | None) -> None:
    assert _field(sentence, "margin") == margin
