"""Broadcasters' results pages: candidate blocks with one field per line, and the inline-label style.

Every page here is our own invented text; each test names the facts it must give and must not give.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.reading.reader import read_article
from knowledge.reading.result_fields import read_field_candidates


def facts(text: str) -> set[tuple]:
    return {(f.constituency, f.field, f.candidate, f.value) for f in read_article(text, "page.txt").facts}


def votes(text: str) -> dict[str, int]:
    return {f.candidate: f.value for f in read_article(text, "page.txt").facts if f.field == "votes"}


NUMBERED = """ date 2019-12-13 Results

Stroud

Parliamentary constituency

  1. Green
    Rosa Quint
    • Votes: 19,044
    • Vote share %: 41.0
    • Vote share change: +9.9
  2. Conservative
    Tom Hale
    • Votes: 18,630
    • Vote share %: 40.1
    • Vote share change: -1.2
  3. Barset Independents
    Dan Varley
    • Votes: 48
    • Vote share %: 0.1
    • Vote share change: +0.1

Change compared with 2017

  • GRN majority: 414
  • Registered voters: 79,210
  • % share:
  • Change since 2017: +1.4
"""


def test_numbered_field_blocks_give_each_candidate_and_the_lines_after_them() -> None:
    got = facts(NUMBERED)
    assert votes(NUMBERED) == {"Rosa Quint": 19044, "Tom Hale": 18630, "Dan Varley": 48}
    for fact in [("Stroud", "winner", None, "Rosa Quint"), ("Stroud", "winner_party", None, "Green"),
                 ("Stroud", "party", "Tom Hale", "Conservative"), ("Stroud", "party", "Dan Varley", "Barset Independents"),
                 ("Stroud", "margin", None, 414), ("Stroud", "electorate", None, 79210)]:
        assert fact in got, fact


def test_shares_and_changes_of_a_field_block_are_never_votes() -> None:
    stated = {f[3] for f in facts(NUMBERED) if f[1] in ("votes", "margin", "electorate")}
    assert not stated & {41, 40, 9, 1, 0, 9.9}


INLINE = """ date 2017-06-09 UK results

Gower

Parliamentary constituency
CON GAIN FROM LAB

Results
Party Votes % Net percentage change in seats
Party

CON

Conservative

Sam Roe Votes 15,900 header_vote_share 37.1 Net percentage change in seats +0.1
Party

LAB

Labour

Jo Bloggs Votes 15,870 header_vote_share 37.0 Net percentage change in seats -0.2
Party

GWF

Gower First

Ann Other Votes 702 header_vote_share 1.6 Net percentage change in seats +1.6
"""


def test_inline_labels_give_votes_and_the_party_lines_before_them() -> None:
    got = facts(INLINE)
    assert votes(INLINE) == {"Sam Roe": 15900, "Jo Bloggs": 15870, "Ann Other": 702}
    for fact in [("Gower", "winner", None, "Sam Roe"), ("Gower", "outcome", None, "gain"),
                 ("Gower", "party", "Jo Bloggs", "Labour"), ("Gower", "party", "Ann Other", "Gower First"),
                 ("Gower", "margin", None, 30)]:
        assert fact in got, fact


def test_a_label_and_its_figure_on_the_next_line_are_read_together() -> None:
    text = INLINE + "\nTurnout and CON majority\n\nCON majority\n\n30\n\nTurnout\n\n69.4%\n\nVote share\n"
    got = facts(text)
    assert ("Gower", "margin", None, 30) in got
    assert ("Gower", "turnout_percent", None, 69.4) in got


def test_a_figure_line_after_a_line_that_is_no_label_stays_apart() -> None:
    text = INLINE + "\nVote share\n\n69.4%\n"
    assert not any(f[1] == "turnout_percent" for f in facts(text))


def test_an_inline_line_with_a_whole_number_after_the_votes_is_not_a_candidate() -> None:
    found = read_field_candidates(["Sam Roe Votes 15,900 in 12 wards"])
    assert not found.entries


def test_field_blocks_in_ballot_order_are_ranked_by_votes() -> None:
    text = (" date 2019-12-13 Stroud\n\nGreen\nRosa Quint\n• Votes: 9,044\n"
            "Conservative\nTom Hale\n• Votes: 18,630\nLabour\nAnn Other\n• Votes: 12,001\n")
    got = facts(text)
    assert ("Stroud", "winner", None, "Tom Hale") in got
    assert ("Stroud", "margin", None, 6629) in got
    assert ("Stroud", "winner", None, "Rosa Quint") not in got


def test_a_name_line_without_a_votes_field_is_no_candidate() -> None:
    text = " date 2019-12-13 Stroud\n\n1. Green\nRosa Quint\n• Vote share %: 41.0\n2. Labour\nTom Hale\n"
    assert not votes(text)


def test_a_votes_line_whose_line_before_is_no_name_gives_nothing() -> None:
    found = read_field_candidates(["Counting in Stroud", "• Votes: 19,044", "Parliamentary constituency",
                                   "• Votes: 18,630"])
    assert not found.entries


BULLET_LINES = st.sampled_from(["• Votes: 19,044", "• Vote share %: 41.0", "1.", "Green", "Rosa Quint",
                                "Rosa Quint Votes 12 share 4.1", "Party", "LAB", "• LAB majority: 12",
                                "Turnout", "64.3%", "• Registered voters: 70,400", "Stroud"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.data_too_large])
@given(st.lists(BULLET_LINES, min_size=1, max_size=40))
def test_a_page_of_bullet_lines_never_raises_and_gives_only_its_own_figures(lines: list[str]) -> None:
    # the shape repeated to about 60 KB: one field per line, the layout the field-block reader scans
    page = "\n".join(lines)
    page = "\n".join([page] * (60_000 // (len(page) + 1) + 1))
    report = read_article(" date 2019-12-13 " + page, "bullets.txt")
    for fact in report.facts:
        if fact.field == "votes":
            assert fact.value in (19044, 12)
