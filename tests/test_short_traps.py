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
