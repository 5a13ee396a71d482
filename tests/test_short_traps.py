"""Short articles that try to trick the reader: each construction with sentences of our own, read and not read."""
from __future__ import annotations

import pytest

from tests.test_article_reader import candidates, read, seat_facts


@pytest.mark.parametrize("sentence", [
    "Instead Jo Bloggs held Stroud for the Conservatives by 31 votes.",
    "Only Jo Bloggs held on for the Conservatives in Stroud, by 817 votes.",
    "Eventually Jo Bloggs was declared the winner in Stroud, by 140 votes.",
    "Still, Jo Bloggs won Stroud for the Conservatives with a majority of 2,004.",
])
def test_a_sentence_adverb_is_never_part_of_the_winners_name(sentence: str) -> None:
    report = read(sentence)
    assert seat_facts(report, "Stroud")["winner"] == "Jo Bloggs"
    assert set(candidates(report, "Stroud")) == {"Jo Bloggs"}


@pytest.mark.parametrize(("text", "kept"), [
    ("Our live page said at 1am that the Greens had taken Stroud. That was not the case. Jo Bloggs held Stroud "
     "for Labour by 1,400 votes.", {"winner": "Jo Bloggs", "winner_party": "Labour", "outcome": "hold", "margin": 1400}),
    ("Earlier we had Labour winning Stroud by 600 votes. We were wrong. The Conservatives' Jo Bloggs won Stroud by "
     "1,900.", {"winner": "Jo Bloggs", "margin": 1900}),
    # no retraction: both sentences stand
    ("Jo Bloggs held Stroud for Labour by 1,400 votes. That was expected.", {"winner": "Jo Bloggs", "margin": 1400}),
])
def test_a_sentence_the_article_takes_back_states_nothing(text: str, kept: dict[str, object]) -> None:
    facts = seat_facts(read(text), "Stroud")
    assert {k: facts.get(k) for k in kept} == kept


@pytest.mark.parametrize(("text", "field"), [
    ("Jo Bloggs won Stroud for Labour by 2,100 votes. In 2015 Sam Roe had held Stroud by 45 votes, after three "
     "recounts.", "recounts"),
    ("Jo Bloggs won Stroud for Labour by 2,100 votes. In 2010 Sam Roe won Stroud by 900 votes, on a turnout of "
     "71.2 per cent.", "turnout_percent"),
    ("Jo Bloggs won Stroud for Labour by 2,100 votes. In 2015 Sam Roe won Stroud by 45 votes. He needed two "
     "recounts.", "recounts"),
])
def test_a_clause_without_a_subject_of_its_own_keeps_the_past_its_sentence_opened_with(text: str, field: str) -> None:
    facts = seat_facts(read(text), "Stroud")
    assert facts["margin"] == 2100 and field not in facts


def test_a_recount_of_this_election_beside_a_past_one_is_kept() -> None:
    facts = seat_facts(read("Jo Bloggs won Stroud for Labour by 2,100 votes, after a recount. In 2015 Sam Roe held "
                            "Stroud by 45 votes, after two recounts."), "Stroud")
    assert facts["winner"] == "Jo Bloggs" and facts["recounts"] == 1


@pytest.mark.parametrize("text", [
    "In the Stroud ward by-election held the same day, Labour's Sam Roe held on by 310 votes. At Westminster, "
    "Jo Bloggs won Stroud by 2,100 votes.",
    "Labour's Sam Roe won the Stroud Valley ward council by-election by 310 votes. At Westminster, Jo Bloggs won "
    "Stroud by 2,100 votes.",
    "The Conservatives kept Stroud District Council, with Sam Roe re-elected by 310 votes. Jo Bloggs won Stroud by "
    "2,100 votes.",
])
def test_a_ward_or_council_of_the_seats_name_is_not_the_seat(text: str) -> None:
    facts = seat_facts(read(text, "2019-12-13"), "Stroud")
    assert facts["winner"] == "Jo Bloggs" and facts["margin"] == 2100


def test_a_councillor_of_the_seats_name_can_still_win_it() -> None:
    facts = seat_facts(read("Jo Bloggs, a Stroud councillor, won Stroud for Labour by 2,100 votes."), "Stroud")
    assert facts["winner"] == "Jo Bloggs" and facts["margin"] == 2100


def test_a_sentence_opening_on_a_seats_town_is_that_seats() -> None:
    report = read("Labour gained Crewe and Nantwich by 48 votes and Stockton South by 888. In Crewe, Jo Bloggs "
                  "unseated Sam Roe. In Stockton, Ann Lee beat Tim Ware.")
    assert seat_facts(report, "Crewe and Nantwich")["winner"] == "Jo Bloggs"
    assert seat_facts(report, "Stockton South")["winner"] == "Ann Lee"


@pytest.mark.parametrize("text", [
    # a place that begins none of the article's seats is somewhere else
    "Jo Bloggs held Stroud for Labour by 2,100 votes. In Nailsworth, Sam Roe beat Ann Lee.",
    # a place that begins two of them says neither
    "Labour held Bury North and Bury South. Jo Bloggs held Stroud for Labour by 2,100 votes. In Bury, Sam Roe "
    "beat Ann Lee.",
])
def test_a_sentence_opening_on_another_place_is_not_the_seat_in_focus(text: str) -> None:
    report = read(text)
    assert seat_facts(report, "Stroud")["winner"] == "Jo Bloggs"
    assert "Sam Roe" not in candidates(report, "Stroud")


def test_the_seat_in_focus_outlasts_a_sentence_about_a_town() -> None:
    facts = seat_facts(read("Jo Bloggs won Stroud for Labour. In Nailsworth, where she lives, the mood was joyful. "
                            "She won by 2,100 votes."), "Stroud")
    assert facts["winner"] == "Jo Bloggs" and facts["margin"] == 2100


@pytest.mark.parametrize(("sentence", "recounts"), [
    ("Jo Bloggs won Stroud by 30 votes after two recounts and then a third.", 3),
    ("Jo Bloggs won Stroud by 30 votes after two recounts, but a third was not allowed.", 2),
    ("Jo Bloggs won Stroud by 30 votes after a recount; a second was turned down.", 1),
    ("Jo Bloggs won Stroud by 30 votes after a recount, with the Greens a distant third.", 1),
])
def test_a_bare_ordinal_after_recounts_is_the_next_recount(sentence: str, recounts: int) -> None:
    assert seat_facts(read(sentence), "Stroud")["recounts"] == recounts


@pytest.mark.parametrize("sentence", [
    "Jo Bloggs beat Sam Roe's successor in Stroud by 2,100 votes.",
    "In Stroud, Jo Bloggs defeated Sam Roe's chosen candidate by 2,100 votes.",
])
def test_someone_of_a_persons_is_not_that_person(sentence: str) -> None:
    report = read(sentence)
    assert seat_facts(report, "Stroud")["winner"] == "Jo Bloggs"
    assert "Sam Roe" not in candidates(report, "Stroud")


@pytest.mark.parametrize("text", [
    "Jo Bloggs won Stroud for Labour by 2,100 votes. Sam Roe held Bath... no, sorry, the Bath count resumes on "
    "Saturday.",
    "Jo Bloggs won Stroud for Labour by 2,100 votes. Did Sam Roe hold Bath by 600? Not quite: Bath has not declared.",
])
def test_words_the_reporter_takes_back_in_the_sentence_are_no_fact(text: str) -> None:
    report = read(text)
    assert seat_facts(report, "Stroud")["winner"] == "Jo Bloggs"
    assert not seat_facts(report, "Bath")
