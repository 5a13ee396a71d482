"""Intent detection from wording: signals, typos, yes/no questions, and the intent chosen with what
the question names."""
from __future__ import annotations

import pytest

from handlers.answers.intents import Intent, classify, correct, read_wording
from handlers.answers.names import tokenize


def wording(question: str, names: frozenset[str] = frozenset()):
    return read_wording(tokenize(question), lambda word: word in names)


def intent(question: str, *, seat: bool = False, person: bool = False, party: bool = False,
           unknown_name: bool = False, stray: bool = False) -> Intent:
    return classify(wording(question), seat=seat, person=person, party=party, unknown_name=unknown_name,
                    stray_words=stray)


@pytest.mark.parametrize(("typed", "meant"), [
    ("majorty", "majority"), ("turnot", "turnout"), ("vots", "votes"), ("recont", "recount"), ("secnd", "second"),
])
def test_misspelt_question_words_are_corrected(typed, meant):
    assert correct(tokenize(typed), lambda _: False) == [meant]


def test_names_on_record_are_not_corrected_into_question_words():
    assert correct(tokenize("votez"), lambda word: word == "votez") == ["votez"]
    assert correct(tokenize("gower"), lambda _: False) == ["gower"]  # no question word is near it
    # the cutoff: one letter dropped from a long word is corrected, letters swapped for others are not
    assert correct(tokenize("mjority"), lambda _: False) == ["majority"]
    assert correct(tokenize("majxrxty"), lambda _: False) == ["majxrxty"]


@pytest.mark.parametrize(("question", "kind"), [
    ("who won X", "winner"),
    ("who was elected in X", "winner"),
    ("who is the mp for X", "winner"),
    ("who represents X", "winner"),
    ("how many votes did the winner get in X", "winner"),
    ("how close was it in X", "margin"),
    ("majority in X?", "margin"),
    ("X 2015 majority", "margin"),
    ("by how many votes did X win", "margin"),
    ("what was the winning margin", "margin"),
    ("what was the previous majority in X", "previous_majority"),
    ("what majority was labour defending in X", "previous_majority"),
    ("what was the majority before the 2017 election", "previous_majority"),
    ("was there a recount in X", "recounts"),
    ("how many times were the votes counted in X", "recounts"),
    ("who came second in X", "second"),
    ("who was the runner-up in X", "second"),
    ("who came third in X", "place"),
    ("who came last in X", "place"),
    ("was X a gain or a hold", "outcome"),
    ("who held X before", "outcome"),
    ("who stood in X", "candidates"),
    ("tell me about X", "result"),
    ("X result", "result"),
    ("X", "result"),
    ("any disagreements about X", "conflicts"),
])
def test_seat_intents(question, kind):
    assert intent(question, seat=True).kind == kind


@pytest.mark.parametrize(("question", "field"), [
    ("turnout in X", "turnout_percent"),
    ("what percentage turned out in X", "turnout_percent"),
    ("how many voters are there in X", "electorate"),
    ("how many people voted in X", "ballots"),
    ("how many spoilt ballots were there in X", "invalid_votes"),
    ("when was X declared", "declared_at"),
])
def test_seat_fields(question, field):
    found = intent(question, seat=True)
    assert (found.kind, found.field) == ("field", field)


@pytest.mark.parametrize(("question", "kind"), [
    ("how many votes did X get", "votes"),
    ("what did X poll", "votes"),
    ("how many people voted for X", "votes"),
    ("what share of the vote did X get", "votes"),
    ("where did X finish", "position"),
    ("who did X beat", "beat"),
    ("who is X", "who_is"),
    ("X", "who_is"),
    ("what did X say", "quote"),
    ("how close did X get", "margin"),
    ("what was X's majority before the 2017 election", "previous_majority"),
    ("where does X's vote figure come from", "sources"),
])
def test_person_intents(question, kind):
    assert intent(question, person=True).kind == kind


def test_who_beat_and_who_did_beat_are_told_apart():
    assert intent("who beat X", person=True).verb == "by"
    assert intent("who did X beat", person=True).verb is None


@pytest.mark.parametrize(("question", "verb"), [
    ("did the tories win X", "win"), ("did labour hold X", "hold"), ("was X a labour gain", "gain"),
    ("did the lib dems gain X from the tories", "gain"), ("did labour lose X", "lose"),
])
def test_yes_no_questions_about_a_party(question, verb):
    found = intent(question, seat=True, party=True)
    assert (found.kind, found.verb) == ("did", verb)


def test_yes_no_about_a_person():
    found = intent("did X hold X", seat=True, person=True)
    assert (found.kind, found.verb) == ("did", "hold")


def test_party_candidate_and_party_votes():
    assert intent("who was the labour candidate in X", seat=True, party=True).kind == "party_candidate"
    assert intent("how many votes did the lib dem get in X", seat=True, party=True).kind == "votes"


@pytest.mark.parametrize(("question", "kind"), [
    ("what was the closest result", "closest"),
    ("narrowest majorities in 2017", "closest"),
    ("biggest majority", "largest"),
    ("safest seats", "largest"),
    ("which seats had recounts in 2017", "recount_list"),
    ("which seats changed hands in 2019", "changed_hands"),
    ("which seats were gains", "party_seats"),
    ("what do you know", "about"),
    ("which elections do you cover", "about"),
    ("help", "help"),
    ("what can you do", "help"),
    ("who won the 2017 general election", "national"),
    ("who won", "national"),
    ("any conflicts between sources", "conflicts"),
    ("asdf qwerty", "unclear"),
])
def test_questions_across_seats(question, kind):
    assert intent(question).kind == kind


@pytest.mark.parametrize(("question", "verb", "count_only"), [
    ("how many seats did labour gain in 2017", "gain", True),
    ("which seats did the snp hold", "hold", False),
    ("how many seats did the conservatives win in 2017", "win", True),
    ("which seats did the lib dems win", "win", False),
    ("which seats did labour lose", "lose", False),
])
def test_party_seat_questions(question, verb, count_only):
    found = intent(question, party=True)
    assert (found.kind, found.verb, found.count_only) == ("party_seats", verb, count_only)


def test_quote_topic_and_ranking_limit():
    assert wording("what did X say about brexit").topic == "brexit"
    assert wording("what did X say about the nhs").topic == "nhs"
    assert wording("top 10 closest results").limit == 10
    assert wording("closest results in 2017").limit is None  # a year is not a count


def test_unknown_names_and_stray_words():
    assert intent("how many votes did caroline lucas get", unknown_name=True).kind == "unknown_name"
    # A lone surname among words that are not questions about it is not a question about that person.
    assert intent("what is the capital of france", person=True, stray=True).kind == "unclear"


def test_wording_is_robust_to_case_punctuation_and_order():
    assert intent("MAJORITY IN X???", seat=True).kind == "margin"
    assert intent("X majority", seat=True).kind == "margin"
    assert intent("majorty in X", seat=True).kind == "margin"
    assert intent("in X turnout was what", seat=True).field == "turnout_percent"


@pytest.mark.parametrize(("question", "yes_no", "kind"), [
    ("was barset a labour gain or hold", False, "outcome"),      # a choice to name, not yes or no
    ("was barset a gain or a hold", False, "outcome"),
    ("did labour or reform win barset", False, "winner"),
    ("did labour win barset or not", True, "did"),
    ("was barset a labour gain", True, "did"),
])
def test_an_either_or_question_is_not_a_yes_no_one(question, yes_no, kind):
    assert wording(question).yes_no is yes_no
    assert intent(question, seat=True, party=True).kind.value == kind
