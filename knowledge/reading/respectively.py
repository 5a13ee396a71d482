"""'Respectively': two lists paired in order ("Hale and Roe polled 9,000 and 4,000 votes respectively").

The rule votes.respectively finds the construction in a sentence's skeleton; this module pairs its people
with its figures, one to one and in order, and only when both lists are as long. A sentence that says
"respectively" but whose lists cannot be paired gives its figures to no one.
"""
from __future__ import annotations

import re

from knowledge.reading.rules import pattern as rule_pattern

_PAIRED = rule_pattern("votes.respectively")
_CUE = rule_pattern("votes.polled")
_VOTES_AFTER = re.compile(r"^ votes?\b", re.I)
_PERSON = re.compile(r"<H\d+>")
_NUMBER = re.compile(r"<N\d+>")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def says_respectively(text: str) -> bool:
    return _RESPECTIVELY.search(text) is not None


def paired_figures(text: str) -> list[tuple[str, str, int]]:
    """(person token, number token, offset of the number) for each pair the sentence's skeleton `text`
    states with "respectively"; empty when it states none or its lists differ in length."""
    pairs: list[tuple[str, str, int]] = []
    for match in _PAIRED.finditer(text):
        people = _PERSON.findall(match.group("owners"))
        numbers = list(_NUMBER.finditer(match.group("figures")))
        if len(people) < 2 or len(people) != len(numbers):
            continue
        if not (_VOTES_AFTER.match(text, match.end("figures")) or _CUE.search(match.group("between"))):
            continue  # "Hale and Roe were 30 and 41 respectively": no votes
        start = match.start("figures")
        pairs += [(person, number.group(), start + number.start()) for person, number in zip(people, numbers,
                                                                                                 strict=True)]
    return pairs
