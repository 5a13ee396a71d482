"""Result boxes by party, with the winner named elsewhere on the page, and the older boxes below them.

Every page here is our own invented text; each test names the facts it must give and must not give.
"""
from __future__ import annotations

from knowledge.reading.reader import read_article
from knowledge.reading.result_boxes import read_party_boxes


def facts(text: str) -> set[tuple]:
    return {(f.constituency, f.field, f.candidate, f.value) for f in read_article(text, "page.txt").facts}


PROFILE = """ date 2019-12-13 Gedling

2019 Result:
Green: 1,090 (2.4%)
Labour: 20,112 (44.0%)
Lib Dem: 2,400 (5.3%)
Conservative: 20,005 (43.8%)
Loony: 88 (0.2%)
MAJORITY: 107 (0.2%)

Category: Marginal seat.

Current MP
JO PINK (Labour) A former teacher and county councillor.

Past Results
2017
Con: 19,900 (44%)
Lab: 21,020 (46%)
MAJ: 1,120 (2%)
Con: 17,300 (40%)
Lab: 18,010 (42%)
MAJ: 710 (2%)
"""


def test_the_box_of_this_election_gives_the_winner_named_as_the_current_mp() -> None:
    got = facts(PROFILE)
    for fact in [("Gedling", "winner", None, "Jo Pink"), ("Gedling", "winner_party", None, "Labour"),
                 ("Gedling", "votes", "Jo Pink", 20112), ("Gedling", "margin", None, 107)]:
        assert fact in got, fact


def test_older_boxes_below_give_nothing() -> None:
    stated = {f[3] for f in facts(PROFILE)}
    assert not stated & {19900, 21020, 1120, 17300, 18010, 710}


def test_parties_in_the_box_name_no_candidate() -> None:
    candidates = {f[2] for f in facts(PROFILE) if f[1] == "candidate"}
    assert candidates == {"Jo Pink"}


def test_a_box_of_another_year_gives_no_result() -> None:
    assert not facts(PROFILE.replace("2019 Result:", "2017 Result:"))


def test_an_mp_of_a_party_that_does_not_top_the_box_is_not_its_winner() -> None:
    assert not facts(PROFILE.replace("JO PINK (Labour)", "SAM ROE (Conservative)"))


def test_a_tied_box_has_no_winner() -> None:
    assert read_party_boxes(["2019 Result:", "Labour: 20,112", "Conservative: 20,112", "Current MP: JO PINK (Labour)"]
                            )[0].winner is None


def test_the_lines_of_a_box_are_only_party_rows() -> None:
    [box] = read_party_boxes(["2019 Result:", "Labour: 20,112 (44.0%)", "Conservative: 20,005", "Majority: 107",
                              "Turnout: 64,000"])
    assert box.rows == (1, 2) and box.year == 2019 and box.winner is None
