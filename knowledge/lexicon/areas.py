"""The parts of the United Kingdom a seat belongs to: its nation (England, Scotland, Wales, Northern Ireland)
and, in England, its region (London, the North East, ...), from the gazetteers, which give both beside every
name; and the words questions use for them.

>>> seat_nation("Glasgow East", 2024)
'Scotland'
>>> area_named("who won the north east in 2019", stop={"who", "won", "the", "in"})
'North East'
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from knowledge.lexicon.seatnames import (
    BOUNDARY_SETS,
    COMPASS_WORDS,
    boundary_set,
    canonical_seat,
    gazetteer_rows,
)
from knowledge.lexicon.text import name_key

NATIONS: tuple[str, ...] = ("England", "Scotland", "Wales", "Northern Ireland")
REGIONS: tuple[str, ...] = ("London", "South East", "South West", "East of England", "East Midlands",
                            "West Midlands", "North West", "North East", "Yorkshire and the Humber")
AREAS: tuple[str, ...] = NATIONS + REGIONS
UNITED_KINGDOM = "United Kingdom"    # named in a question, it asks for the whole ('who won in great britain')

# The Library's files name the East of England 'East' until 2019 and spell 'Yorkshire and The Humber'
# (scripts/build_gazetteer.py writes the names of REGIONS).
REGION_SPELLINGS: dict[str, str] = {"East": "East of England", "Yorkshire and The Humber": "Yorkshire and the Humber"}

# What a question may call an area: its name, and a nation's adjective where a noun of seats or people
# follows ("scottish seats", "welsh voters"); a bare adjective is too often part of a party ("Scottish
# Labour", "Welsh Conservatives") to name the nation alone.
AREA_NAMES: dict[str, str] = {
    "england": "England", "scotland": "Scotland", "wales": "Wales", "northern ireland": "Northern Ireland",
    "ni": "Northern Ireland",
    "uk": UNITED_KINGDOM, "united kingdom": UNITED_KINGDOM, "britain": UNITED_KINGDOM,
    "great britain": UNITED_KINGDOM, "gb": UNITED_KINGDOM,
    "london": "London", "greater london": "London", "south east": "South East", "south west": "South West",
    "east of england": "East of England", "east midlands": "East Midlands", "west midlands": "West Midlands",
    "north west": "North West", "north east": "North East", "yorkshire": "Yorkshire and the Humber",
    "yorkshire and the humber": "Yorkshire and the Humber", "yorkshire and humber": "Yorkshire and the Humber",
}
NATION_ADJECTIVES: dict[str, str] = {
    "english": "England", "scottish": "Scotland", "welsh": "Wales", "northern irish": "Northern Ireland",
}
ADJECTIVE_NOUNS = frozenset({"seats", "seat", "constituencies", "constituency", "voters", "electorate", "mps"})
_LONGEST_NAME = max(len(name.split()) for name in AREA_NAMES)


def area_phrase(area: str) -> str:
    """How an area reads after 'in': 'the North East', 'the East of England', 'Scotland', 'London'."""
    return f"the {area}" if area.split()[0].lower() in COMPASS_WORDS | {"east"} else area


def in_area_words(area: str | None) -> str:
    """' in the North East', ' in Scotland'; '' for the whole UK (no area)."""
    return f" in {area_phrase(area)}" if area else ""


@cache
def _areas(boundaries: int) -> dict[str, tuple[str, ...]]:
    """name_key of each seat of a boundary set -> its areas (nation, then region in England)."""
    return {name_key(name): tuple(a for a in (nation, region) if a) for name, nation, region in gazetteer_rows(boundaries)}


def seat_areas(name: str, year: int | None = None) -> tuple[str, ...]:
    """The nation and (in England) the region of a seat, looked up in the boundary set of `year` first, then in
    the others; () for a seat no gazetteer holds."""
    key = name_key(canonical_seat(name, year))
    first = boundary_set(year)
    for boundaries in (first, *(b for b in sorted(BOUNDARY_SETS) if b != first)):
        found = _areas(boundaries).get(key)
        if found:
            return found
    return ()


def seat_nation(name: str, year: int | None = None) -> str | None:
    found = seat_areas(name, year)
    return found[0] if found else None


def in_area(name: str, year: int | None, area: str) -> bool:
    """Whether the seat `name` of the election `year` lies in `area` (a nation or a region)."""
    return area in seat_areas(name, year)


def seats_in(area: str, year: int | None = None) -> int:
    """How many seats the area has in the boundary set of `year`."""
    return sum(1 for found in _areas(boundary_set(year)).values() if area in found)


def find_area(words: Sequence[str | None], stop: Collection[str] = ()) -> tuple[str, int, int] | None:
    """The first area named in a question's words, as (area, start, end) word places, or None;
    `UNITED_KINGDOM` where the question names the whole.

    A word given as None is taken by another name (a seat, a party) and names no area. An area's name counts
    only where it stands alone: no other name word before or after it (only words of `stop`, numbers, taken
    words or the ends of the question), since 'north east bedfordshire', 'glasgow south west' or 'yorkshire
    east' are seats, even misspelt, and 'jimmy wales' a person.
    """
    for i, word in enumerate(words):
        if word is None:
            continue
        for length in range(min(_LONGEST_NAME, len(words) - i), 0, -1):
            span = words[i:i + length]
            if None in span:
                continue
            text = " ".join(span)    # type: ignore[arg-type]
            if text in AREA_NAMES and _stands_alone(words, i, i + length, stop):
                return AREA_NAMES[text], i, i + length
            if text in NATION_ADJECTIVES and i + length < len(words) and words[i + length] in ADJECTIVE_NOUNS:
                return NATION_ADJECTIVES[text], i, i + length
    return None


def _stands_alone(words: Sequence[str | None], start: int, end: int, stop: Collection[str]) -> bool:
    """Whether the words either side of words[start:end] are no name words."""
    return all(_not_a_name(words[i], stop) for i in (start - 1, end) if 0 <= i < len(words))


def _not_a_name(word: str | None, stop: Collection[str]) -> bool:
    return word is None or word in stop or word.isdigit()


def area_named(text: str, stop: Collection[str]) -> str | None:
    """The area a text names ('how did wales vote', 'in northern ireland', 'scottish seats'), or None; `stop`
    holds the words that are no names (the question reader's)."""
    found = find_area(text.lower().split(), stop)
    return found[0] if found else None
