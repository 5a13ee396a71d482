"""The four nations of the United Kingdom: their names, the words people use for them, and the nation of
each seat (from the gazetteers, which give it beside every name).

>>> seat_nation("Glasgow East", 2024)
'Scotland'
>>> nation_named("how did wales vote")
'Wales'
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from knowledge.lexicon.seatnames import BOUNDARY_SETS, boundary_set, canonical_seat, gazetteer_rows
from knowledge.lexicon.text import name_key

NATIONS: tuple[str, ...] = ("England", "Scotland", "Wales", "Northern Ireland")
UNITED_KINGDOM = "United Kingdom"    # named in a question, it asks for the whole ('who won in great britain')

# What a question may call a nation: its name, and the adjective where a noun of seats or people follows
# ("scottish seats", "welsh voters"); a bare adjective is too often part of a party ("Scottish Labour",
# "Welsh Conservatives") to name the nation alone.
NATION_NAMES: dict[str, str] = {
    "england": "England", "scotland": "Scotland", "wales": "Wales", "northern ireland": "Northern Ireland",
    "ni": "Northern Ireland",
    "uk": UNITED_KINGDOM, "united kingdom": UNITED_KINGDOM, "britain": UNITED_KINGDOM,
    "great britain": UNITED_KINGDOM, "gb": UNITED_KINGDOM,
}
NATION_ADJECTIVES: dict[str, str] = {
    "english": "England", "scottish": "Scotland", "welsh": "Wales", "northern irish": "Northern Ireland",
}
ADJECTIVE_NOUNS = frozenset({"seats", "seat", "constituencies", "constituency", "voters", "electorate", "mps"})

@cache
def _nations(boundaries: int) -> dict[str, str]:
    """name_key of each seat of a boundary set -> its nation."""
    return {name_key(name): nation for name, nation in gazetteer_rows(boundaries) if nation}


def seat_nation(name: str, year: int | None = None) -> str | None:
    """The nation of a seat, looked up in the boundary set of `year` first, then in the others; None for a
    seat no gazetteer holds."""
    key = name_key(canonical_seat(name, year))
    first = boundary_set(year)
    for boundaries in (first, *(b for b in sorted(BOUNDARY_SETS) if b != first)):
        found = _nations(boundaries).get(key)
        if found:
            return found
    return None


def seats_in(nation: str, year: int | None = None) -> int:
    """How many seats the nation has in the boundary set of `year`."""
    return sum(1 for found in _nations(boundary_set(year)).values() if found == nation)


def find_nation(words: Sequence[str | None]) -> tuple[str, int, int] | None:
    """The first nation named in a question's words, as (nation, start, end) word places, or None;
    `UNITED_KINGDOM` where the question names the whole.

    A word given as None is taken by another name (a seat, a party) and names no nation.
    """
    for i, word in enumerate(words):
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) and word and words[i + 1] else None
        if pair in NATION_NAMES:
            return NATION_NAMES[pair], i, i + 2
        if word in NATION_NAMES:
            return NATION_NAMES[word], i, i + 1
        if pair in NATION_ADJECTIVES and i + 2 < len(words) and words[i + 2] in ADJECTIVE_NOUNS:
            return NATION_ADJECTIVES[pair], i, i + 2
        if word in NATION_ADJECTIVES and pair is not None and words[i + 1] in ADJECTIVE_NOUNS:
            return NATION_ADJECTIVES[word], i, i + 1
    return None


def nation_named(text: str) -> str | None:
    """The nation a text names ('how did wales vote', 'in northern ireland', 'scottish seats'), or None."""
    found = find_nation(text.lower().split())
    return found[0] if found else None
