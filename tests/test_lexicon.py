"""The lexicon is one table per vocabulary; the reader and the question side read the same rows."""
from __future__ import annotations

import pytest

from handlers.answers import replies
from handlers.answers.intents import PLACES
from handlers.answers.names import PartyIndex
from handlers.answers.national_answers import subject
from knowledge.lexicon.numbers import digit_ordinal, ordinal_word
from knowledge.lexicon.parties import (
    COLUMN_ABBREVIATIONS,
    PARTIES,
    canonical_party,
    column_party,
    party_noun,
    short_name,
)
from knowledge.lexicon.people import FEMALE_TITLES, MALE_TITLES, TITLES


def test_every_alias_and_column_abbreviation_names_its_own_party() -> None:
    for party in PARTIES:
        for alias in (party.name, *party.aliases):
            assert canonical_party(alias) == party.name, alias
        for abbreviation in party.columns:
            assert column_party(abbreviation) == party.name, abbreviation


def test_no_way_of_writing_a_party_belongs_to_two_parties() -> None:
    seen: dict[str, str] = {}
    for party in PARTIES:
        for alias in (party.name, *party.aliases, *party.typed):
            key = alias.casefold()
            assert seen.setdefault(key, party.name) == party.name, f"{alias!r}: {seen[key]} and {party.name}"
    assert len(COLUMN_ABBREVIATIONS) == sum(len(p.columns) for p in PARTIES)


def test_a_question_finds_a_party_by_the_forms_people_type() -> None:
    index = PartyIndex()
    assert index.lookup("loonies") == "Monster Raving Loony Party"
    assert index.lookup("lib-dem") == "Liberal Democrat"
    # an alias that is an ordinary word in lower case is not a party in a question
    assert index.lookup("con") is None


@pytest.mark.parametrize(("written", "noun", "short"), [
    ("Tories", "the Conservatives", "Con"),
    ("SNP", "the SNP", "SNP"),
    ("Alliance Party", "the Alliance party", "Alliance"),
    ("Plaid", "Plaid Cymru", "Plaid Cymru"),
    ("Pirate Party", "Pirate Party", "Pirate Party"),
])
def test_answers_name_a_party_from_its_one_row(written: str, noun: str, short: str) -> None:
    assert party_noun(written) == noun == replies.party_noun(written) == subject(written)
    assert short_name(written) == short == replies.short_party(written)


def test_ordinals_in_words_and_digits() -> None:
    assert [ordinal_word(n) for n in (1, 3, 15, 16)] == ["first", "third", "fifteenth", "16th"]
    assert [digit_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 103)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "103rd"]
    assert PLACES["3rd"] == PLACES["third"] == 3 and PLACES["runnerup"] == 2 and "first" not in PLACES


def test_titles_that_tell_sex_are_titles() -> None:
    assert FEMALE_TITLES <= TITLES and MALE_TITLES <= TITLES and not FEMALE_TITLES & MALE_TITLES
