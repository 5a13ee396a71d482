"""Results told through "he" and "she": whom the reader takes a pronoun for, and when it takes it for no one.

Each article is our own; the reader is the real one. A pronoun's figure counts only when one person can be meant.
"""
from __future__ import annotations

import pytest

from knowledge.reading.reader import read_article


def _votes(text: str) -> dict[str, int]:
    report = read_article(f"date 2019-12-13\n{text}\n", "pronouns.txt")
    return {f.candidate: f.value for f in report.facts if f.field == "votes" and f.candidate}  # type: ignore[misc]


@pytest.mark.parametrize(("text", "votes"), [
    # the one person the sentence before names
    ("Alice Brennan won Ashfield. She polled 21,000 votes.", {"Alice Brennan": 21000}),
    # earlier in the same sentence
    ("In Ashfield, Alice Brennan held the seat after she polled 21,000 votes.", {"Alice Brennan": 21000}),
    # through a sentence that names no one but speaks of the same pronoun
    ("Alice Brennan won Ashfield. She thanked her team. She polled 21,000 votes.", {"Alice Brennan": 21000}),
    # of two people, the one whose title alone fits
    ("Mrs Alice Brennan beat Mr Tom Hale in Ashfield. He polled 19,000 votes.", {"Tom Hale": 19000}),
])
def test_a_pronoun_stands_for_the_one_person_it_can_mean(text: str, votes: dict[str, int]) -> None:
    assert _votes(text) == votes


@pytest.mark.parametrize("text", [
    # two people, either could be meant
    "Alice Brennan beat Tom Hale in Ashfield. He polled 19,000 votes.",
    # the title says the other sex
    "Mr Tom Hale won Ashfield. She polled 19,000 votes.",
    # reported speech
    "Alice Brennan won Ashfield. Her agent Sam Roe said she had 21,000 votes.",
    # a figure she needed is not one she polled
    "Alice Brennan won Ashfield. She needed 2,000 votes to keep her deposit.",
    # a paragraph between them that speaks of someone else
    "Alice Brennan won Ashfield.\n\nThe count ran late.\n\nHe polled 19,000 votes.",
])
def test_a_pronoun_no_one_can_be_sure_of_gives_no_figure(text: str) -> None:
    assert _votes(text) == {}


def test_a_pronoun_after_a_past_result_is_not_this_result() -> None:
    text = ("Tom Hale won Ashfield by 3,000 votes.\n\nThe closest result was the 1974 win by a young Alice Brennan in "
            "Bolsover. She won by just 22 votes.")
    report = read_article(f"date 2019-12-13\n{text}\n", "pronouns.txt")
    winners = {f.constituency: f.value for f in report.facts if f.field == "winner"}
    assert winners == {"Ashfield": "Tom Hale"}
