"""The verbs of outcomes and speech and the function words, declared once in the lexicon: their forms, and that
the reader and the questions both take them from there (sentences written for these tests)."""
from __future__ import annotations

import re

import pytest
from test_article_reader import seat_facts
from test_intents import wording

from handlers.answers.intents import VOCABULARY
from knowledge.lexicon import verbs
from knowledge.lexicon.function_words import FUNCTION_WORDS
from knowledge.reading.reader import read_article
from knowledge.reading.speech import SPEECH_VERB


def test_regular_verbs_are_inflected_as_english_writes_them() -> None:
    assert verbs.regular("seize").forms == ("seize", "seizes", "seized", "seizing")
    assert verbs.regular("snatch").forms == ("snatch", "snatches", "snatched", "snatching")
    assert verbs.regular("pip", double=True).forms == ("pip", "pips", "pipped", "pipping")
    assert verbs.regular("reply").forms == ("reply", "replies", "replied", "replying")
    assert verbs.phrasal(verbs.regular("edge"), "out").participle == "edged out"


def test_an_alternation_tries_the_longest_form_first() -> None:
    pattern = re.compile(rf"\b(?:{verbs.alternation(['edged', 'edged out', 'pip'])})\b")
    assert pattern.search("she edged out Roe").group() == "edged out"
    assert pattern.search("a pip") and not pattern.search("pipping")


def test_a_beaten_verb_is_only_a_participle_and_a_beating_verb_also_leads_a_clause() -> None:
    assert "knocked out" in verbs.participles(verbs.BEATEN)
    assert {"beat", "beats", "beating", "defeated"} <= verbs.finite_forms(verbs.BEATING)
    assert "beaten" not in verbs.finite_forms(verbs.BEATING)


def read(body: str):
    return read_article(f" date 2019-12-13 {body}", "test.txt")


@pytest.mark.parametrize("verb", sorted(verbs.participles(verbs.OUSTING)))
def test_every_ousting_verb_in_the_lexicon_makes_a_gain_for_the_reader(verb: str) -> None:
    facts = seat_facts(read(f"In Ashfield, Tom Hale was {verb} by Labour's Alice Brennan."), "Ashfield")
    assert facts["winner"] == "Alice Brennan" and facts["outcome"] == "gain"


@pytest.mark.parametrize("verb", sorted(verbs.participles(verbs.BEATEN)))
def test_every_beaten_verb_makes_the_one_it_is_said_of_the_loser(verb: str) -> None:
    facts = seat_facts(read(f"In Ashfield, Tom Hale was {verb} by Labour's Alice Brennan."), "Ashfield")
    assert facts["winner"] == "Alice Brennan"


@pytest.mark.parametrize("verb", sorted({v.past for v in verbs.BEATING}))
def test_every_beating_verb_in_the_active_makes_its_subject_the_winner(verb: str) -> None:
    facts = seat_facts(read(f"In Ashfield, Labour's Alice Brennan {verb} Tom Hale."), "Ashfield")
    assert facts["winner"] == "Alice Brennan"


def test_speech_verbs_come_from_the_lexicon_and_their_noun_look_alikes_do_not() -> None:
    for verb in verbs.SPEECH:
        assert SPEECH_VERB.search(f"Tom Hale {verb.past} it was a good night.")
    assert SPEECH_VERB.search("Tom Hale says it was a good night.")
    assert not SPEECH_VERB.search("Thanks to his claims, Tom Hale won.")


@pytest.mark.parametrize(("family", "signal"), [
    (verbs.SEAT_TAKING, "gain"), (verbs.HOLDING, "hold"), (verbs.OUSTING, "lose"),
])
def test_the_common_outcome_verbs_of_the_lexicon_are_question_signals(family, signal) -> None:
    for verb in family:
        if verb.base in ("grab", "wrest", "wrestle"):  # too rare to ask with; "wrest" is one letter from "West"
            assert not wording(f"who {verb.past} Ashfield").has(signal)
        else:
            assert wording(f"who {verb.past} Ashfield").has(signal), verb.past


@pytest.mark.parametrize("word", sorted(FUNCTION_WORDS - {"if", "unless", "whether"}))  # conditionals: no fact
def test_a_function_word_is_never_part_of_a_name_nor_a_name_in_a_question(word: str) -> None:
    facts = seat_facts(read(f"Ashfield count. {word.capitalize()} Alice Brennan won Ashfield."), "Ashfield")
    assert facts["winner"] == "Alice Brennan"
    assert word in VOCABULARY  # a question's word the name index never looks up
