"""Which figures are this result's: numbers that count other things, interim counts, scores, earlier
elections named in passing, and margins in idiom.

Every example is our own invented article; each names the facts it must give and must not give.
"""
from __future__ import annotations

import pytest

from knowledge.reading.mentions import find_numbers, find_people
from knowledge.reading.reader import read_article


def facts(text: str) -> set[tuple]:
    report = read_article(" date 2017-06-09 " + text, "example.txt")
    return {(f.constituency, f.field, f.candidate, f.value) for f in report.facts}


CASES = [
    # (family, article, facts it must give, facts it must not give)
    ("a number before another noun counts something else",
     "Jo Bloggs won Dover for Labour after three recounts.",
     {("Dover", "recounts", None, 3)}, {("Dover", "votes", "Jo Bloggs", 3)}),
    ("a number before another noun counts something else",
     "Ann Lee won Wells for the Liberal Democrats, seeing off two parties at once.",
     {("Wells", "winner", None, "Ann Lee")}, {("Wells", "votes", "Ann Lee", 2)}),
    ("an interim count is not the result",
     "The first count had Sam Roe of the Conservatives winning Dover by 30 votes. After a recount Labour's Jo "
     "Bloggs won Dover by 12 votes.",
     {("Dover", "margin", None, 12)}, {("Dover", "margin", None, 30)}),
    ("an interim count is not the result",
     "Labour's Jo Bloggs held Dover after two recounts. The Conservatives initially came up nine votes ahead.",
     {("Dover", "winner", None, "Jo Bloggs")}, {("Dover", "margin", None, 9)}),
    ("an interim count is not the result",
     "Sam Roe apparently defeated Jo Bloggs in Dover when the original count finished.\n\n"
     "After two recounts Labour's Jo Bloggs held Dover by five votes.",
     {("Dover", "winner", None, "Jo Bloggs"), ("Dover", "margin", None, 5)}, {("Dover", "winner", None, "Sam Roe")}),
    ("a score is two candidates' votes, not the margin",
     "Labour's Jo Bloggs took Dover by 19,500 votes to Sam Roe's 11,200.",
     {("Dover", "votes", "Jo Bloggs", 19500), ("Dover", "votes", "Sam Roe", 11200), ("Dover", "margin", None, 8300)},
     {("Dover", "margin", None, 19500)}),
    ("a score is two candidates' votes, not the margin",
     "Jo Bloggs cruised to victory for Labour in Dover, taking the seat by 19,500 votes to the Conservative's "
     "11,200.\n\nThird was Ann Lee of the Greens with 2,000 votes.",
     {("Dover", "winner", None, "Jo Bloggs"), ("Dover", "margin", None, 8300)},
     {("Dover", "margin", None, 17500), ("Dover", "margin", None, 19500)}),
    ("a score is two candidates' votes, not the margin",
     "Jo Bloggs kept Peterborough for Labour, beating Sam Roe into second place by 10,400 votes to 9,700.",
     {("Peterborough", "votes", "Jo Bloggs", 10400), ("Peterborough", "votes", "Sam Roe", 9700)},
     {("Peterborough", "votes", "Sam Roe", 10400)}),
    ("the most votes named are not the winner's when that candidate is placed lower",
     "Labour gained Dover from the Conservatives, with 7,401 votes for Jo Bloggs.\n\nThird was Sam Roe of "
     "Reform UK, with 9,401 votes.",
     set(), {("Dover", "winner", None, "Sam Roe")}),
    ("winning in idiom",
     "Ann Lee came out on top in Wells for the Liberal Democrats.",
     {("Wells", "winner", None, "Ann Lee"), ("Wells", "winner_party", None, "Liberal Democrat")}, set()),
    ("winning in idiom",
     "It went as the polls said - Jo Bloggs easing to victory for Labour in Dover.",
     {("Dover", "winner", None, "Jo Bloggs")}, set()),
    ("an earlier century's result is history",
     "Jo Bloggs won Wells for Labour.\n\nIn 1886 the tightest result ever was a tie in Dover, settled for "
     "Sam Roe, the Conservative candidate.\n\nRoe held the seat at the 1892 election and stood down in 1895.",
     {("Wells", "winner", None, "Jo Bloggs")}, {("Dover", "winner", None, "Sam Roe")}),
    ("a relative clause has the time of the phrase it hangs on",
     "Jo Bloggs won Wells for Labour.\n\nThe closest since was the 1974 win by a young Ann Lee, later Ann Roe, "
     "who took Dover from the Conservatives.",
     {("Wells", "winner", None, "Jo Bloggs")}, {("Dover", "winner", None, "Ann Roe"), ("Dover", "winner", None, "Ann Lee")}),
    ("an opening time phrase is the whole sentence's time",
     "Jo Bloggs held Dover for Labour with 19,000 votes.\n\nIn 2015, Bloggs polled 14,857 votes.",
     {("Dover", "votes", "Jo Bloggs", 19000)}, {("Dover", "votes", "Jo Bloggs", 14857)}),
    ("'that year' and an opening 'when' clause speak of an earlier election",
     "The seat was created in 1997. When the Conservatives came back that year, Sam Roe won Dover for them by "
     "106 votes.\n\nThis time Labour's Jo Bloggs won Dover by 15 votes.",
     {("Dover", "winner", None, "Jo Bloggs"), ("Dover", "margin", None, 15)},
     {("Dover", "winner", None, "Sam Roe"), ("Dover", "margin", None, 106)}),
    ("a relative clause ends a clause",
     "Labour's Jo Bloggs won Dover with a majority of 4,375 over Sam Roe who had held the seat since 2010.",
     {("Dover", "winner", None, "Jo Bloggs"), ("Dover", "margin", None, 4375)}, set()),
    ("a figure after someone's words belongs to whoever the words are about",
     "Jo Bloggs held Peterborough for Labour with 10,400 votes.\n\nSam Roe said the result was a blow, with the "
     "Conservatives third on 7,200.",
     {("Peterborough", "votes", "Jo Bloggs", 10400)}, {("Peterborough", "votes", "Sam Roe", 7200)}),
    ("a thousands separator followed by a space",
     "Jo Bloggs won Dover for Labour with a majority of 4, 375 over Sam Roe.",
     {("Dover", "margin", None, 4375)}, {("Dover", "margin", None, 4)}),
    ("the majority overturned is the previous one, with or without its party",
     "Jo Bloggs won Stirling for the Conservatives by 500 votes, overturning a 7,200-vote SNP majority.",
     {("Stirling", "previous_majority", None, 7200), ("Stirling", "margin", None, 500)},
     {("Stirling", "margin", None, 7200)}),
    ("margins in idiom",
     "Jo Bloggs won Dover for Labour, with just two votes in it.",
     {("Dover", "margin", None, 2)}, set()),
    ("margins in idiom",
     "Jo Bloggs held Dover for Labour. Only 40 votes separated Bloggs and Sam Roe of the Conservatives.",
     {("Dover", "margin", None, 40)}, set()),
    ("margins in idiom",
     "Jo Bloggs won Dover for Labour with 13,700, finishing 17 clear of Sam Roe.",
     {("Dover", "margin", None, 17)}, set()),
    ("margins in idiom",
     "Labour's Jo Bloggs retained her Dover seat by just four votes.",
     {("Dover", "margin", None, 4), ("Dover", "winner", None, "Jo Bloggs")}, set()),
    ("'had' gives votes",
     "Jo Bloggs won Dover for Labour. Bloggs had 13,743 and Sam Roe 13,741.",
     {("Dover", "votes", "Jo Bloggs", 13743), ("Dover", "votes", "Sam Roe", 13741), ("Dover", "margin", None, 2)},
     set()),
    ("a roundup's other seat gets its own contest",
     "Labour's Ann Lee won Canterbury by 187 votes.\n\nIn neighbouring Dover, Tom Hale held the seat for the "
     "Conservatives.",
     {("Canterbury", "winner", None, "Ann Lee"), ("Dover", "winner", None, "Tom Hale"), ("Dover", "outcome", None, "hold")},
     {("Canterbury", "winner", None, "Tom Hale"), ("Canterbury", "outcome", None, "hold")}),
    ("two seats in one sentence: each clause its own seat",
     "Ann Lee won Canterbury for Labour.\n\nIn neighbouring Dover, Tom Hale held the seat by 6,000 votes, but in "
     "Ashford, Rosa Quint beat Dan Varley by 300 votes after two recounts.",
     {("Dover", "winner", None, "Tom Hale"), ("Dover", "margin", None, 6000), ("Ashford", "winner", None, "Rosa Quint"),
      ("Ashford", "margin", None, 300), ("Ashford", "recounts", None, 2)},
     {("Ashford", "winner", None, "Tom Hale"), ("Ashford", "margin", None, 6000), ("Dover", "margin", None, 300),
      ("Dover", "recounts", None, 2), ("Canterbury", "margin", None, 300)}),
    ("two seats in one sentence: each clause its own seat",
     "Ann Lee held Canterbury by 1,612 votes; Tom Hale took Dover by 40 votes.",
     {("Canterbury", "margin", None, 1612), ("Dover", "winner", None, "Tom Hale"), ("Dover", "margin", None, 40)},
     {("Canterbury", "winner", None, "Tom Hale"), ("Canterbury", "margin", None, 40)}),
    ("a sentence naming only another seat, in the past, says nothing of the seat in focus",
     "Labour's Ann Lee won Canterbury by 187 votes.\n\nMeanwhile Rosa Quint, ousted in 2015 as MP for Dover, was "
     "returned with a majority of 5,000.",
     {("Canterbury", "winner", None, "Ann Lee"), ("Canterbury", "margin", None, 187),
      ("Dover", "winner", None, "Rosa Quint")},
     {("Canterbury", "candidate", "Rosa Quint", "Rosa Quint"), ("Canterbury", "margin", None, 5000)}),
    ("a margin of another seat's sentence never goes to the seat in focus",
     "Labour's Ann Lee won Poole after three recounts.\n\nTom Hale, who had been MP for South Dorset for 14 years, lost "
     "out by 1,000 votes to Labour's Dan Varley.",
     {("Poole", "recounts", None, 3)}, {("Poole", "margin", None, 1000), ("Poole", "candidate", "Tom Hale", "Tom Hale")}),
    ("a party inside a parenthesis with other words",
     "Jo Bloggs won Dover for Labour, unseating Sam Roe (outgoing Conservative MP).",
     {("Dover", "party", "Sam Roe", "Conservative")}, set()),
]


@pytest.mark.parametrize(("family", "article", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_scope(family: str, article: str, must: set[tuple], must_not: set[tuple]) -> None:
    found = facts(article)
    assert must <= found, f"{family}: missing {must - found}"
    assert not (must_not & found), f"{family}: gave {must_not & found}"


def test_a_word_with_figures_is_not_a_name() -> None:
    names = [p.name for p in find_people("The 06-May-2021 By-election was won by Jo Bloggs.", [])]
    assert "Jo Bloggs" in names
    assert not any(ch.isdigit() for name in names for ch in name)


def test_grouped_figures_are_never_years() -> None:
    [grouped, plain] = find_numbers("a majority of 1,886 in 1886")
    assert (grouped.value, grouped.grouped) == (1886, True)
    assert (plain.value, plain.grouped) == (1886, False)
    assert facts("Jo Bloggs won Dover for Labour with a majority of 1,950.") >= {("Dover", "margin", None, 1950)}
