"""Result blocks in the layouts outlets print, and outcome phrasings with the loser as subject.

Every example is our own invented article; each names the facts it must give and must not give.
"""
from __future__ import annotations

import pytest

from knowledge.reading.reader import read_article
from knowledge.reading.result_lists import parse_entries
from knowledge.reading.result_tables import header_columns, parse_row

LEAD = " date 2017-06-09 Jo Bloggs won Stirling for Labour.\n\n"


def facts(text: str) -> set[tuple]:
    report = read_article(text, "example.txt")
    return {(f.constituency, f.field, f.candidate, f.value) for f in report.facts}


def votes(text: str) -> dict[str, int]:
    return {f.candidate: f.value for f in read_article(text, "example.txt").facts if f.field == "votes"}


ROWS = [
    # (line, name, party, votes)
    ("Jo Bloggs - Labour - 21,012 - Elected", "Jo Bloggs", "Labour", 21012),
    ("• Jo Bloggs, Labour – 21,012", "Jo Bloggs", "Labour", 21012),
    ("Labour, Jo Bloggs - 21,012 (45.1%)", "Jo Bloggs", "Labour", 21012),
    ("BLOGGS, Jo (Labour) 21012", "Jo Bloggs", "Labour", 21012),
    ("Lab Jo Bloggs 21,012 45.1 +3.2", "Jo Bloggs", "Labour", 21012),
    ("Jo Bloggs (Lab) 21,012 45.1% -0.4", "Jo Bloggs", "Labour", 21012),
    ("ED Sam Roe 171", "Sam Roe", "English Democrats", 171),
]


@pytest.mark.parametrize(("line", "name", "party", "count"), ROWS)
def test_one_line_rows(line: str, name: str, party: str, count: int) -> None:
    [entry] = parse_entries(line)
    assert (entry.name, entry.party, entry.votes) == (name, party, count)


CELLS = [
    ("| Jo Bloggs | Lab | 21,012 |", "Jo Bloggs", "Labour", 21012),
    ("Jo Bloggs\tBrex\t9000", "Jo Bloggs", "Brexit Party", 9000),
    ("Reform   Sam Roe      6,944", "Sam Roe", "Reform UK", 6944),
    ("Sam Roe     RUK    14,385   35.3   +35.3", "Sam Roe", "Reform UK", 14385),
    ("Ann Other   WPB   216   0.4", "Ann Other", "Workers Party of Britain", 216),
    ("Al Pal   Barset First   99", "Al Pal", "Barset First", 99),
]


@pytest.mark.parametrize(("line", "name", "party", "count"), CELLS)
def test_table_rows_without_header(line: str, name: str, party: str, count: int) -> None:
    entry = parse_row(line, None)
    assert entry is not None and (entry.name, entry.party, entry.votes) == (name, party, count)


@pytest.mark.parametrize("line", ["Turnout   64.3%   +2.1", "Majority   1,612", "He said  it was  close",
                                  "Sam Roe   45.1   +3.2"])
def test_lines_that_are_not_rows(line: str) -> None:
    assert parse_row(line, None) is None


def test_header_says_which_column_is_votes() -> None:
    columns = header_columns("Name      Party   %      Votes")
    assert columns is not None
    entry = parse_row("Jo Bloggs   Lab     45.1   21,012", columns)
    assert entry is not None and entry.votes == 21012


BOX = LEAD + """STIRLING
LAB GAIN FROM SNP

Candidate        Party   Votes    %      +/-
Jo Bloggs        Lab     21,012   45.1   +3.2
Sam Roe          SNP     19,400   41.6   -7.7
Ann Other        LD       6,210   13.3   +4.5

Majority: 1,612
Electorate 70,400   Turnout 66.2%
"""


def test_broadcaster_box_share_and_change_are_not_votes() -> None:
    got = facts(BOX)
    assert votes(BOX) == {"Jo Bloggs": 21012, "Sam Roe": 19400, "Ann Other": 6210}
    for fact in [("Stirling", "outcome", None, "gain"), ("Stirling", "previous_party", None, "Scottish National Party"),
                 ("Stirling", "margin", None, 1612), ("Stirling", "electorate", None, 70400),
                 ("Stirling", "turnout_percent", None, 66.2), ("Stirling", "winner", None, "Jo Bloggs")]:
        assert fact in got
    assert not any(f[1] == "votes" and f[3] in (45, 41, 13, 3, 7, 4) for f in got)


PIPES = LEAD + """The full result:

| Candidate | Party | Votes |
|---|---|---|
| Sam Roe | SNP | 19400 |
| Jo Bloggs | Lab | 21012 |

Labour gain from SNP. Majority: 1,612.
"""


def test_pipe_table_in_ballot_order_is_ranked_by_votes() -> None:
    got = facts(PIPES)
    assert ("Stirling", "winner", None, "Jo Bloggs") in got
    assert votes(PIPES) == {"Jo Bloggs": 21012, "Sam Roe": 19400}
    assert ("Stirling", "margin", None, 1612) in got


def test_majority_line_with_a_year_like_figure_is_a_majority() -> None:
    text = LEAD + "STIRLING\nLabour gain from SNP\nMajority 2010\n"
    assert ("Stirling", "margin", None, 2010) in facts(text)


TWO_SEATS = """ date 2017-06-09 Jo Bloggs has held Stirling for Labour, beating Sam Roe.

Across the county, counting was still going on in Perth and North Perthshire as Ms Bloggs spoke.

The result in full:

LAB Jo Bloggs 21012
SNP Sam Roe 19400
"""


def test_a_list_without_heading_goes_to_the_seat_of_its_candidates() -> None:
    got = facts(TWO_SEATS)
    assert ("Stirling", "votes", "Jo Bloggs", 21012) in got
    assert not any(f[0] == "Perth and North Perthshire" for f in got)


def test_a_heading_names_the_seat_of_its_table() -> None:
    text = (" date 2017-06-09 Labour had a good night in Scotland.\n\nResult, Stirling (Lab gain from SNP):\n\n"
            "Lab     Jo Bloggs      21,012\nSNP     Sam Roe        19,400\n")
    got = facts(text)
    assert ("Stirling", "winner", None, "Jo Bloggs") in got
    assert ("Stirling", "outcome", None, "gain") in got


LOSER_FIRST = [
    ("Sam Roe was defeated by Labour's Jo Bloggs in Stirling.", None),
    ("In Stirling, Sam Roe was unseated by Labour's Jo Bloggs.", "gain"),
    ("Stirling was lost by Sam Roe to Labour's Jo Bloggs.", "gain"),
    ("Stirling was taken from the SNP by Labour's Jo Bloggs.", "gain"),
    ("Sam Roe lost her seat in Stirling to Labour's Jo Bloggs.", "gain"),
    ("Sam Roe failed to beat Labour's Jo Bloggs in Stirling.", None),
    ("Jo Bloggs took Stirling from the SNP, unseating the party's veteran Sam Roe.", "gain"),
]


@pytest.mark.parametrize(("sentence", "outcome"), LOSER_FIRST)
def test_the_loser_as_subject_is_never_the_winner(sentence: str, outcome: str | None) -> None:
    got = facts(" date 2017-06-09 " + sentence)
    assert ("Stirling", "winner", None, "Jo Bloggs") in got
    assert ("Stirling", "winner", None, "Sam Roe") not in got
    assert ("Stirling", "winner_party", None, "Scottish National Party") not in got
    if outcome:
        assert ("Stirling", "outcome", None, outcome) in got


RECOUNTS = [
    ("A recount was requested and turned down.", 0),
    ("Sam Roe warned she might seek a recount.", None),
    ("It took two re-counts.", 2),
    ("It took five exhausting recounts.", 5),
    ("A third recount was not allowed.", 2),
    ("Labour considered asking for a recount but decided against it.", 0),
    ("The bundles were checked a second time; a full recount was not needed.", 0),
]


@pytest.mark.parametrize(("sentence", "count"), RECOUNTS)
def test_recount_idioms(sentence: str, count: int | None) -> None:
    got = {f[3] for f in facts(f" date 2017-06-09 Jo Bloggs won Stirling by 40 votes. {sentence}") if f[1] == "recounts"}
    assert got == (set() if count is None else {count})


def test_a_past_opening_sets_the_time_of_the_next_sentence() -> None:
    text = (" date 2017-06-09 Jo Bloggs won Stirling for Labour by 900 votes.\n\n"
            "Five years ago this was the closest seat in Scotland. Sam Roe hung on after a recount. "
            "This time there was no need for one.")
    got = facts(text)
    assert not any(f[1] == "recounts" and f[3] == 1 for f in got)
    assert ("Stirling", "winner", None, "Sam Roe") not in got


def test_a_change_in_majority_is_not_the_margin() -> None:
    got = facts(" date 2017-06-09 Jo Bloggs held Stirling for Labour and increased her majority by 3,000 votes.")
    assert not any(f[1] == "margin" for f in got)


def test_a_surname_after_a_title_is_not_a_seat() -> None:
    got = facts(" date 2017-06-09 Jo Crawley won Stirling for Labour. Ms Crawley polled 21,012 votes.")
    assert not any(f[0] == "Crawley" for f in got)
