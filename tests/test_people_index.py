"""The people index finds the people a comparison with everyone would find, by exact keys and small fuzzy pools."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.lexicon.people import same_person
from knowledge.reading.people_index import PeopleIndex, ends_with_name
from knowledge.reading.reader import read_article


@dataclass(eq=False)
class Someone:
    name: str


def index_of(*names: str) -> tuple[PeopleIndex[Someone], list[Someone]]:
    index: PeopleIndex[Someone] = PeopleIndex()
    people = [Someone(name) for name in names]
    for person in people:
        index.add(person)
    return index, people


def test_a_full_name_finds_its_person_and_nobody_else() -> None:
    index, (bloggs, roe) = index_of("Jo Bloggs", "Sam Roe")
    assert index.same_person("Jo Bloggs", 86) == [bloggs]
    assert index.same_person("Sam Roe", 86) == [roe]
    assert index.named("jo bloggs") == [bloggs]


def test_a_surname_alone_finds_everyone_of_that_surname_in_the_order_named() -> None:
    index, (first, other, second) = index_of("Jo Bloggs", "Sam Roe", "Ana Bloggs")
    assert index.same_person("Bloggs", 80) == [first, second]
    assert index.by_surname("bloggs") == [first, second]
    assert index.same_person("Bloggs", 80, first_only=True) == [first]


def test_a_two_word_surname_is_the_ending_of_a_full_name() -> None:
    index, (iain, emma) = index_of("Iain Duncan Smith", "Emma Dent Coad")
    assert index.ending_with("duncan smith") == [iain]
    assert index.ending_with("dent coad") == [emma]
    assert index.ending_with("coad") == [emma]
    assert index.ending_with("iain duncan smith") == []  # an ending follows a space


def test_a_misspelt_surname_finds_the_person() -> None:
    index, (bloggs, _) = index_of("Jo Bloggs", "Jo Briggs")
    assert index.same_person("Jo Blogs", 80) == [bloggs]
    index, (victoria,) = index_of("Victoria Borthwick")
    assert index.same_person("Victoria Borthwik", 86) == [victoria]


def test_nicknames_and_initials_are_the_same_first_name() -> None:
    index, (bob, _) = index_of("Bob Charlesworth", "Kay Charlesworth")
    assert index.same_person("Rob Charlesworth", 86) == [bob]
    assert index.same_person("B. Charlesworth", 86) == [bob]
    index, (initial,) = index_of("R Charlesworth")
    assert index.same_person("Robert Charlesworth", 86) == [initial]


def test_names_that_are_not_the_same_person_find_nobody() -> None:
    index, _ = index_of("Mark Evans", "Jo Bloggs")
    assert index.same_person("Liz Evans", 86) == []
    assert index.same_person("Jo Biggs", 86) == []
    assert index.same_person("Bloggsworth", 80) == []
    assert index.ending_with("evan") == []


def test_a_renamed_person_is_found_by_the_new_name_only() -> None:
    index, (person,) = index_of("Dent Coad")
    index.rename(person, "Emma Dent Coad")
    assert person.name == "Emma Dent Coad"
    assert index.ending_with("dent coad") == [person]
    assert index.named("dent coad") == []
    assert index.by_first("emma") == [person]


FIRSTS = st.sampled_from(["Jo", "Joe", "J.", "Bob", "Rob", "Robert", "R", "Liz", "Beth", "Ana", "Sir Tom"])
SURNAMES = st.sampled_from(["Bloggs", "Blogs", "Bloggz", "Roe", "Rowe", "Charlesworth", "Charlesworh", "Dent Coad",
                            "Coad", "O'Neill", "Oneil", "Borthwick", "Borwick", "Smith-Jones", "Smith",
                            "Duncan Smith", "COMM Duncan Smith", "Emma Dent Coad"])
NAMES = st.one_of(st.tuples(FIRSTS, SURNAMES).map(" ".join), SURNAMES)


@settings(max_examples=200, deadline=None)
@given(st.lists(NAMES, max_size=30), NAMES, st.sampled_from([80, 86]))
def test_the_index_finds_exactly_whom_a_comparison_with_everyone_finds(names: list[str], query: str,
                                                                        misspelling: int) -> None:
    index, people = index_of(*names)
    expected = [p for p in people if same_person(query, p.name, misspelling=misspelling)]
    assert index.same_person(query, misspelling) == expected
    assert index.same_person(query, misspelling, first_only=True) == expected[:1]


def test_first_like_finds_a_two_word_surname_both_ways_but_not_after_a_code() -> None:
    index, (iain, emma) = index_of("Iain Duncan Smith", "Dent Coad")
    assert index.first_like("Duncan Smith") is iain
    assert index.first_like("Emma Dent Coad") is emma  # her name ends with the one already met
    index, _ = index_of("COMM Duncan Smith")
    assert index.first_like("Duncan Smith") is None


def test_first_like_sees_people_added_and_renamed_after_it_was_asked() -> None:
    index, (roe,) = index_of("Sam Roe")
    assert index.first_like("Jo Bloggs") is None
    bloggs = Someone("Jo Bloggs")
    index.add(bloggs)
    assert index.first_like("Jo Bloggs") is bloggs
    assert index.first_like("Sam Roe") is roe
    index.rename(roe, "Samuel Roe Hale")
    assert index.first_like("Sam Roe") is None
    assert index.first_like("Roe Hale") is roe


def first_like_by_comparison(people: list[Someone], name: str) -> Someone | None:
    return next((p for p in people if same_person(name, p.name, misspelling=86) or ends_with_name(p.name, name)
                 or ends_with_name(name, p.name)), None)


@settings(max_examples=200, deadline=None)
@given(st.lists(NAMES, max_size=30), st.lists(NAMES, min_size=1, max_size=5))
def test_first_like_answers_as_a_comparison_with_everyone_does(names: list[str], queries: list[str]) -> None:
    index, people = index_of(*names)
    for query in queries:  # asked in turn, each answer kept, as the reader asks while it adds people
        assert index.first_like(query) is first_like_by_comparison(people, query)
        person = Someone(query)
        index.add(person)
        people.append(person)


def test_a_titled_surname_many_people_share_finds_the_one_of_that_sex_each_time() -> None:
    text = (" date 2019-12-13 Mr Tom Hale and Ms Ana Hale both stood in Ashfield. Mr Sam Hale stood too.\n\n"
            "Ms Hale won Ashfield with 21,000 votes. Mr Hale said little. Ms Hale thanked her team.")
    facts = {(f.field, f.value, f.candidate) for f in read_article(text, "hale.txt").facts}
    assert ("winner", "Ana Hale", None) in facts and ("votes", 21000, "Ana Hale") in facts
    assert not any("Tom" in str(f) or "Sam" in str(f) for f in facts)
