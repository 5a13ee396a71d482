"""The field trial command (scripts/field_trial.py) on pages written here, against the real official files."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from tests.official_data import DATA

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
sys.path.insert(0, str(SCRIPTS))

import field_compare  # noqa: E402
import field_text  # noqa: E402
import field_trial  # noqa: E402

# Kensington, 2019 (officially: Felicity Buchan, Conservative, 16,768; Emma Dent Coad, Labour, 16,618;
# Samuel Gyimah, Liberal Democrat, 9,312; majority 150; turnout 67.73 per cent).
PROSE_REPORT = """ date 2019-12-13
Kensington changes hands again

Felicity Buchan has won Kensington for the Conservatives with a majority of 150.

Ms Buchan received 16,768 votes, while Labour's Emma Dent Coad received 16,900 votes.

Liberal Democrat hopes had rested on about 9312 loyal supporters turning out on a cold night, and turnout was said to be 67.7 per cent of registered voters.
"""
NO_RESULT = """ date 2019-12-13
Counting is still going on in Kensington, where the candidates wait in the hall with their teams. No declaration is expected before dawn.
"""
BY_ELECTION = """ date 2024-03-01
George Galloway has won the Rochdale by-election with 12,335 votes, a majority of 5,697.
"""
PREVIEW = """ date 2019-12-11
Felicity Buchan hopes to win Kensington tomorrow; she polled 16,313 votes there two years ago.
"""


@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    if not any(DATA.glob("*2019*.csv")):
        pytest.skip(f"the official results files are not in {DATA}")
    pages = tmp_path_factory.mktemp("pages")
    for name, text in (("001.txt", PROSE_REPORT), ("002.txt", NO_RESULT), ("003.txt", BY_ELECTION),
                       ("004.txt", PREVIEW)):
        (pages / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    return field_trial.run(pages, DATA, out), out


def _page_line(lines: list[str], name: str) -> str:
    return next(line for line in lines if line.startswith(name))


def test_a_prose_report_has_a_right_a_wrong_and_a_missed_figure(trial: tuple[list[str], Path]) -> None:
    lines, out = trial
    assert _page_line(lines, "001.txt").startswith("001.txt  2019  Kensington (2019): right 5 wrong 1 missed 1")
    listing = (out / "001.facts.txt").read_text(encoding="utf-8")
    assert "wrong  Kensington 2019 votes [Emma Dent Coad]: official 16618, exported 16900" in listing
    assert "missed Kensington 2019 votes [Samuel Gyimah]: official 9312, exported -" in listing
    assert "right  Kensington 2019 turnout_percent: official 67.73, exported 67.7" in listing
    assert "right  Kensington 2019 winner: official Felicity Buchan, exported Felicity Buchan" in listing
    assert (out / "001.json").is_file() and (out / "summary.txt").is_file()


def test_a_page_of_no_result_counts_nothing(trial: tuple[list[str], Path]) -> None:
    lines, _ = trial
    assert "no seat: right 0 wrong 0 missed 0" in _page_line(lines, "002.txt")


def test_a_by_election_is_listed_apart(trial: tuple[list[str], Path]) -> None:
    lines, out = trial
    line = _page_line(lines, "003.txt")
    assert "by-election 2024-02-29" in line and "right 0 wrong 0 missed 0 apart" in line
    assert "apart  Rochdale by-election" in (out / "003.facts.txt").read_text(encoding="utf-8")


def test_a_preview_naming_figures_of_another_election_misses_nothing(trial: tuple[list[str], Path]) -> None:
    lines, _ = trial
    assert "2019 preview" in _page_line(lines, "004.txt")
    assert "missed 0" in _page_line(lines, "004.txt")


def test_totals_give_precision_and_recall_and_no_page_text(trial: tuple[list[str], Path]) -> None:
    lines, out = trial
    total = next(line for line in lines if line.startswith("all "))
    assert total.split() == ["all", "5", "1", "1", "0.833", "0.714"]
    assert any("approximation" in line for line in lines)
    printed = "\n".join(lines) + (out / "judgements.txt").read_text(encoding="utf-8")
    for words in ("loyal supporters", "changes hands", "cold night", "in the hall", "hopes to win"):
        assert words not in printed


# --- finding figures near a seat's name (no official files needed) ---------------------------------

def test_numbers_are_found_with_or_without_separators_and_only_whole() -> None:
    page = field_text.PageText.of("In Barnsley Central the winner polled 12,345 votes; the runner-up 9876.")
    spans = field_text.seat_windows(page, 2017)["Barnsley Central"]
    assert field_text.number_stated(page, spans, 12345)
    assert field_text.number_stated(page, spans, 9876)
    assert not field_text.number_stated(page, spans, 2345)  # a piece of 12,345 is not the number
    assert not field_text.number_stated(page, spans, 98)  # too small to tell


def test_a_seat_is_named_only_with_a_capital_and_turnout_only_as_a_percent() -> None:
    page = field_text.PageText.of("We walked to the bath house. Turnout was 61.4 per cent, with 61.9 noted.")
    assert "Bath" not in field_text.seat_windows(page, 2017)
    named = field_text.PageText.of("In Bath turnout was 61.4 per cent, with 61.9 noted elsewhere.")
    spans = field_text.seat_windows(named, 2017)["Bath"]
    assert field_text.turnout_stated(named, spans, 61.42)
    assert not field_text.turnout_stated(named, spans, 61.9)


def test_a_figure_far_from_the_seat_is_not_near_it() -> None:
    page = field_text.PageText.of("Results from Bath came in early. " + "Other news. " * 200 + "He polled 4,321.")
    spans = field_text.seat_windows(page, 2017)["Bath"]
    assert not field_text.number_stated(page, spans, 4321)


def test_a_seat_written_with_its_compass_word_first_is_named() -> None:
    page = field_text.PageText.of("The party took South Belfast with 13,000 votes; Hull East stayed Labour.")
    assert {"Belfast South", "Kingston upon Hull East"} <= set(field_text.seat_windows(page, 2017))
    assert field_text.compass_first("Belfast South") == "South Belfast"
    assert field_text.compass_first("Sheffield, Hallam") == "Sheffield, Hallam"
    assert field_text.compass_first("Ayr, Carrick and Cumnock") == "Ayr, Carrick and Cumnock"


# --- the page's contest is told by its date, not by the reader --------------------------------------

def test_the_contest_of_a_page_is_told_by_its_date() -> None:
    after_polls = field_trial.page_contest(date(2017, 6, 9), "He lost the seat in a by-election last year.")
    assert after_polls.general == 2017
    between = field_trial.page_contest(date(2021, 5, 7), "The by-election was won by the challenger.")
    assert between.general is None and between.label == "a by-election"
    assert field_trial.page_contest(date(2019, 12, 11), "Polls open tomorrow.").label == "2019 preview"
    assert field_trial.page_contest(date(2022, 3, 1), "A profile of the town.").general is None
    assert field_trial.page_contest(None, "Anything.").label == "no date"


@pytest.fixture(scope="module")
def official(tmp_path_factory: pytest.TempPathFactory) -> dict:
    if not any(DATA.glob("*2019*.csv")):
        pytest.skip(f"the official results files are not in {DATA}")
    return field_trial.official_seats(DATA, tmp_path_factory.mktemp("official"))


def _kensington_2019(official: dict) -> object:
    return official[field_trial.seat_key("Kensington", 2019)]


def test_a_general_election_seat_filed_as_a_by_election_is_wrong_even_with_the_right_figures(official: dict) -> None:
    seat = {"constituency": "Kensington", "election_year": 2019, "by_election": True, "election_date": "2019-12-12",
            "winner": "Felicity Buchan", "margin": 150, "candidates": []}
    found = field_trial._misfiled("001.txt", seat, _kensington_2019(official))
    assert [(j.field, j.verdict) for j in found] == [("winner", "wrong"), ("margin", "wrong")]
    assert all("filed as a by-election" in j.note and "the value is the general election's" in j.note for j in found)


def test_a_seat_the_official_files_lack_is_wrong_and_the_seat_in_its_name_is_not_missed_too(official: dict) -> None:
    seat = {"constituency": "Kensington and North Chelsea", "election_year": 2019, "winner": "Felicity Buchan",
            "candidates": [{"name": "Felicity Buchan", "votes": 16768}]}
    found, named = field_trial._unknown_seat("001.txt", seat, official)
    assert [(j.field, j.verdict) for j in found] == [("winner", "wrong"), ("votes", "wrong")]
    assert field_trial.seat_key("Kensington", 2019) in named
    assert "its name holds Kensington" in found[0].note


def test_a_turnout_counted_with_every_ballot_is_wrong_and_says_so(official: dict) -> None:
    truth = _kensington_2019(official)  # 43,854 ballots, 43,762 valid, 64,609 electors: 67.9 against 67.73
    found = field_compare.judge_seat("001.txt", {"turnout_percent": 67.9, "candidates": []}, truth)
    assert [(j.verdict, j.note.startswith("equals every ballot")) for j in found] == [("wrong", True)]
    assert [j.verdict for j in field_compare.judge_seat("001.txt", {"turnout_percent": 67.7}, truth)] == ["right"]


def test_a_surname_with_an_apostrophe_is_found_written_either_way() -> None:
    for written in ("Jo O'Rourke won Bath with 12,345 votes.", "Jo ORourke won Bath with 12,345 votes."):
        page = field_text.PageText.of(written)
        spans = field_text.seat_windows(page, 2017)["Bath"]
        assert field_text.surname_stated(page, spans, "Joanne O'Rourke")
    page = field_text.PageText.of("Jo Rourke won Bath.")
    assert not field_text.surname_stated(page, field_text.seat_windows(page, 2017)["Bath"], "Joanne O'Rourke")
