"""What is not a fact: speech in every quote style, other bodies' majorities, swings, corrections and
conditions. Each sentence is our own."""
from __future__ import annotations

import pytest

from knowledge.reading.article_text import find_quotes
from knowledge.reading.mentions import find_numbers
from knowledge.reading.reader import read_article


def _facts(text: str) -> set[tuple[str, object]]:
    report = read_article(" date 2019-12-13 \n" + text, "not-facts.txt")
    return {(f.field, f.value) for f in report.facts if f.field != "candidate"}


@pytest.mark.parametrize("speech", [
    "'Tom Hale took 19,400 votes and deserved to win,' one voter said.",
    "‘Tom Hale took 19,400 votes and deserved to win,’ one voter said.",
    "«Tom Hale took 19,400 votes and deserved to win», one voter said.",
    "One voter said: “Tom Hale took 19,400 votes and deserved to win.",
])
def test_votes_said_in_any_quote_style_are_not_facts(speech: str) -> None:
    facts = _facts("Alice Brennan won Ashfield for Labour.\n\n" + speech)
    assert ("winner", "Alice Brennan") in facts
    assert ("votes", 19400) not in facts


def test_apostrophes_and_short_single_quoted_terms_are_not_quotes() -> None:
    body = "Labour's Alice Brennan won the 'red wall' seat; the Greens' Tom Hale came third in '19."
    assert find_quotes(body) == []


def test_a_single_quoted_sentence_is_a_quote_and_keeps_its_words() -> None:
    [quote] = find_quotes("Alice Brennan said 'we won this together' after the count.")
    assert quote.text == "we won this together"
    assert quote.closed


def test_a_single_quote_left_open_is_no_quote() -> None:
    assert find_quotes("Alice Brennan, who won in '17 with 21,000 votes, held the seat.") == []


@pytest.mark.parametrize("sentence", [
    "The council now has a majority of 12.",
    "The government's majority stands at 80.",
    "The coalition keeps a majority of 4 in the assembly.",
])
def test_other_bodies_majorities_are_not_the_seats(sentence: str) -> None:
    facts = _facts("Alice Brennan won Ashfield. " + sentence)
    assert not any(field == "margin" for field, _ in facts)


def test_a_swing_in_votes_is_not_anyones_votes() -> None:
    facts = _facts("Alice Brennan won Ashfield for Labour on a 4,000-vote swing.")
    assert ("votes", 4000) not in facts


@pytest.mark.parametrize(("text", "margin"), [
    ("Alice Brennan won Ashfield by 2,100 votes.\n\nCorrection: her majority was 1,200, not 2,100.", 1200),
    ("Alice Brennan won Ashfield by 1,200 votes. An earlier version of this article wrongly gave a majority of "
     "2,100.", 1200),
    ("Alice Brennan won Ashfield by 2,100 votes.\n\nThis article was amended on 14 December 2019: Alice "
     "Brennan's majority was 1,200.", 1200),
])
def test_the_corrected_figure_wins(text: str, margin: int) -> None:
    facts = _facts(text)
    assert ("margin", margin) in facts
    assert ("margin", 2100) not in facts


def test_a_conditional_win_is_no_winner() -> None:
    assert _facts("If Tom Hale wins Ashfield, he will be the first Green MP there.") == set()
    assert ("winner", "Alice Brennan") in _facts("Alice Brennan won Ashfield, and if she had lost, Labour would "
                                                 "have no seat in the county.")


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Labour won 411 seats and a majority of 174.", "margin"),
    ("Polls had suggested a majority of 9,000.", "margin"),
    ("The first recount put her 12 votes ahead.", "margin"),
    ("Tom Hale was re-elected as a councillor in May.", "outcome"),
])
def test_figures_of_another_count_body_or_office_are_not_the_seats(sentence: str, absent: str) -> None:
    report = read_article(" date 2019-12-13 \nAlice Brennan won Ashfield. " + sentence, "not-facts.txt")
    assert [f.value for f in report.facts if f.field == "winner"] == ["Alice Brennan"]
    assert not any(f.field == absent for f in report.facts)


def test_someone_elected_to_another_office_is_no_candidate() -> None:
    report = read_article(" date 2019-12-13 \nAlice Brennan won Ashfield. Tom Hale was elected leader of the "
                          "council group.", "not-facts.txt")
    assert [f.value for f in report.facts if f.field == "candidate"] == ["Alice Brennan"]


def test_a_difference_in_votes_is_not_a_count() -> None:
    assert ("votes", 3) not in _facts("Alice Brennan won Ashfield. Tom Hale got 3 votes fewer than Sam Roe.")


def test_a_recount_refused_in_a_later_clause_was_not_held() -> None:
    facts = _facts("Alice Brennan won Ashfield. A recount was demanded but the returning officer refused.")
    assert ("recounts", 0) in facts


def test_a_respectively_sentence_gives_each_winner_their_own_seat_never_a_wrong_one() -> None:
    report = read_article(" date 2019-12-13 \nAlice Brennan and Tom Hale won Ashfield and Bolsover respectively.",
                          "not-facts.txt")
    assert {(f.constituency, f.value) for f in report.facts if f.field == "winner"} == {
        ("Ashfield", "Alice Brennan"), ("Bolsover", "Tom Hale")}
    report = read_article(" date 2019-12-13 \nAlice Brennan and Tom Hale won Ashfield, Bolsover and Mansfield "
                          "respectively.", "not-facts.txt")
    assert not [f for f in report.facts if f.field == "winner"]


def test_a_margin_after_won_or_held_needs_no_word_votes() -> None:
    assert ("margin", 1612) in _facts("Alice Brennan held Ashfield by 1,612.")
    assert not any(field == "margin" for field, _ in _facts("Alice Brennan won Ashfield, cutting the Tory vote "
                                                              "by 3,000."))


def _winners(text: str) -> list[object]:
    report = read_article(" date 2019-12-13 \n" + text, "not-facts.txt")
    return [f.value for f in report.facts if f.field == "winner"]


@pytest.mark.parametrize("sentence", [
    "It was not Dan Varley who carried Bath.",
    "Dan Varley, not Rosa Quint, won Bath.",
    "Hardly anyone expected Rosa Quint to take Bath.",
    "Unless Rosa Quint keeps Bath, the party has no seat left.",
    "Dan Varley maintains that he won Bath.",
    "According to Dan Varley, Rosa Quint took Bath.",
])
def test_a_denied_expected_or_claimed_win_names_no_winner(sentence: str) -> None:
    assert "Rosa Quint" not in _winners(sentence)
    assert not [w for w in _winners(sentence) if str(w).startswith("Unless")]


def test_a_win_the_reporter_states_is_still_read_beside_a_claim() -> None:
    text = "Rosa Quint won Bath by 2,410 votes. Dan Varley claimed the count had been rushed."
    assert _winners(text) == ["Rosa Quint"]
    assert ("margin", 2410) in _facts(text)


@pytest.mark.parametrize(("sentence", "number"), [
    ("Rosa Quint was voted onto the city council with 1,840 votes.", 1840),
    ("Rosa Quint took the Bath ward with 1,840 votes.", 1840),
    ("Rosa Quint won the mayoral contest with 41,840 votes.", 41840),
    ("Rosa Quint held her Holyrood seat in the Scottish Parliament election by 1,840 votes.", 1840),
    ("Rosa Quint, his agent, polled 1,840 votes as a councillor in 2018.", 1840),
])
def test_another_elections_figures_are_not_this_seats(sentence: str, number: int) -> None:
    facts = _facts("Dan Varley won Bath for the Conservatives. " + sentence)
    assert ("winner", "Dan Varley") in facts
    assert not {value for _, value in facts} & {number}


@pytest.mark.parametrize(("sentence", "number"), [
    ("Had 300 voters stayed at home, Rosa Quint would have won by 90.", 90),
    ("Dan Varley's majority was 1,300 larger than at the last election.", 1300),
    ("He won by 14 percentage points.", 14),
    ("He won with a 14-point lead.", 14),
    ("Rosa Quint polled 8,000-9,000 votes by the count staff's reckoning.", 8000),
    ("Rosa Quint polled an estimated 8,600 votes.", 8600),
    ("Dan Varley won by roughly 730 votes.", 730),
    ("Turnout was somewhere around 63 per cent.", 63),
    ("Nationally his party won with a majority of 78.", 78),
    ("The party commands a majority of 31 in the Commons.", 31),
    ("A minister lost her own seat by 212 votes.", 212),
])
def test_counterfactual_compared_shared_ranged_or_approximate_figures_are_not_facts(sentence: str,
                                                                                     number: int) -> None:
    facts = _facts("Dan Varley won Bath for the Conservatives. " + sentence)
    assert ("winner", "Dan Varley") in facts
    assert not [value for _, value in facts if value in (number, float(number))]


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Dan Varley won Bath with 21,330 votes.", ("votes", 21330)),
    ("Dan Varley won Bath by 1,330 votes, against the national trend.", ("margin", 1330)),
    ("Dan Varley, a former councillor, won Bath with 21,330 votes.", ("votes", 21330)),
    ("Dan Varley won Bath by 1,330 votes. Turnout was 64.2 per cent.", ("turnout_percent", 64.2)),
])
def test_the_seats_own_exact_figures_are_still_read(sentence: str, fact: tuple[str, object]) -> None:
    assert fact in _facts(sentence)


def test_the_day_of_a_date_is_never_a_count() -> None:
    assert [n.value for n in find_numbers("She takes her seat on 17 December, or December 18, with 21,012 votes.")] \
        == [21012]
    report = read_article(" date 2019-12-13 \nAlice Brennan won Ashfield for Labour. She will take her seat on "
                          "17 December.", "a.txt")
    assert not [f for f in report.facts if f.field == "votes"]


def _votes_of(text: str) -> set[tuple[str, int]]:
    report = read_article(" date 2019-12-13 \n" + text, "beaten.txt")
    return {(f.candidate, f.value) for f in report.facts if f.field == "votes"}


@pytest.mark.parametrize("sentence", [
    "The former adviser came in ahead of Dr Tom Hale with 13,299 votes to his 11,303.",
    "The newcomer finished in front of Labour's Tom Hale with 13,299 votes.",
    "Standing for the first time, she beat Tom Hale with 13,299 votes.",
])
def test_the_figure_after_the_one_beaten_is_not_theirs(sentence: str) -> None:
    text = f"Ann Lee won Bath for the Greens. {sentence}"
    assert ("Tom Hale", 13299) not in _votes_of(text)


def test_the_beaten_ones_own_figures_are_still_theirs() -> None:
    votes = _votes_of("Ann Lee won Bath for the Greens with 13,299 votes. She beat Tom Hale, who polled "
                      "11,303, and finished ahead of Sam Roe on 4,020 votes.")
    assert {("Ann Lee", 13299), ("Tom Hale", 11303), ("Sam Roe", 4020)} <= votes
