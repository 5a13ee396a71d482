"""Constituency names: the gazetteers of Westminster seats per boundary set, their usual aliases and
tidy spellings.

A boundary set is named by the first general election fought on it: 2010 (the seats of 2010, 2015,
2017 and 2019) and 2024. Each has a gazetteer in `data/` (650 lines of name, nation and, in England, region, tabs between,
generated from the official results by `scripts/build_gazetteer.py`). A name is looked up in the set of its election first; the
other sets still know it (a 2024 article recalling an abolished seat), and a name no set holds is
only tidied, never turned into another seat.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from pathlib import Path

from knowledge.lexicon.text import name_key

DATA = Path(__file__).resolve().parent / "data"
# first general election on the boundaries -> the gazetteer of their seats
BOUNDARY_SETS: dict[int, Path] = {2010: DATA / "constituencies-2010.txt", 2024: DATA / "constituencies-2024.txt"}

# Names people and newspapers use for a seat, besides the official one. An alias applies in the
# boundary sets that have its seat.
SEAT_ALIASES: dict[str, str] = {
    "Western Isles": "Na h-Eileanan an Iar",
    "Anglesey": "Ynys Môn",
    "Ynys Mon": "Ynys Môn",
    "Isle of Anglesey": "Ynys Môn",
    "Weston": "Weston-super-Mare",
    "Orkney": "Orkney and Shetland",
    "Shetland": "Orkney and Shetland",
    "Kensington and Chelsea": "Kensington",
    "Berwick": "Berwick-upon-Tweed",
    "Hull North": "Kingston upon Hull North",
    "Hull East": "Kingston upon Hull East",
    "Hull West": "Kingston upon Hull West and Hessle",
    "Hull West and Hessle": "Kingston upon Hull West and Hessle",
    "North Fife": "North East Fife",
    "Caithness": "Caithness, Sutherland and Easter Ross",
    "East Derry": "East Londonderry",
}

# Words of a seat's name that say which part of a place it is: people also write them after the place
# ("Fife North East", "Basildon South and East Thurrock"), as the Electoral Commission does.
# The compass words of seat names ("North East Fife", "Mid Dorset"), and the short forms people type for
# them and for "saint" ("perth and n perthshire", "fermanagh & s tyrone").
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "mid", "central"})
SEAT_ABBREVIATIONS: dict[str, str] = {
    "n": "north", "s": "south", "e": "east", "w": "west", "nth": "north", "sth": "south",
    "ne": "north east", "nw": "north west", "se": "south east", "sw": "south west", "saint": "st",
    "c": "central", "cent": "central",
}
_PARTS = re.compile(r"(,? and |, )")

# The official files write some names with capitals where the usual spelling has none.
_LOWER_JOINERS = re.compile(r"-(Under|Upon|On|Super|Le|In)-", re.IGNORECASE)
_LOWER_WORDS = re.compile(r" (Upon|Of|The|And|Under) ")
_DISPLAY_FIXES = {"Na h-Eileanan An Iar": "Na h-Eileanan an Iar", "Ynys Mon": "Ynys Môn"}


def tidy_constituency_name(raw: str) -> str:
    """Clean a constituency name as the official files spell it.

    >>> tidy_constituency_name("  Newcastle-Under-Lyme ")
    'Newcastle-under-Lyme'
    """
    name = " ".join(raw.split())
    name = _LOWER_JOINERS.sub(lambda m: f"-{m.group(1).lower()}-", name)
    name = _LOWER_WORDS.sub(lambda m: f" {m.group(1).lower()} ", name)
    return _DISPLAY_FIXES.get(name, name)


def boundary_set(year: int | None) -> int:
    """The boundary set an election was fought on (None, an unknown election: the 2010 set)."""
    sets = [first for first in BOUNDARY_SETS if year is not None and first <= year]
    return max(sets) if sets else min(BOUNDARY_SETS)


@cache
def gazetteer_rows(boundaries: int) -> tuple[tuple[str, str, str], ...]:
    """(name, nation, region) of every seat of a boundary set, as its gazetteer lists them ('' where the
    line gives none: the region outside England)."""
    lines = BOUNDARY_SETS[boundaries].read_text(encoding="utf-8").splitlines()
    rows = ([*line.split("\t"), "", ""][:3] for line in lines if line.strip())
    return tuple((tidy_constituency_name(name), nation.strip(), region.strip()) for name, nation, region in rows)


@cache
def _gazetteer(boundaries: int) -> tuple[str, ...]:
    return tuple(name for name, _, _ in gazetteer_rows(boundaries))


def constituency_names(boundaries: int = 2010) -> tuple[str, ...]:
    """Every constituency of the boundary set of the election `boundaries` (2010-2019 unless told), tidy spelling."""
    return _gazetteer(boundary_set(boundaries))


@cache
def all_constituency_names() -> tuple[str, ...]:
    """Every constituency of every boundary set, each spelling once (a name of two sets may differ only
    in punctuation, as 'Sheffield, Hallam' and 'Sheffield Hallam' do)."""
    return tuple(dict.fromkeys(name for first in sorted(BOUNDARY_SETS) for name in _gazetteer(first)))


@cache
def seat_lookup(boundaries: int | None = None) -> dict[str, str]:
    """name_key of every name and alias -> the constituency's usual name, in one boundary set.

    With no set: every set's names, the earlier set's spelling where two sets share a key.
    """
    if boundaries is None:
        table: dict[str, str] = {}
        for first in sorted(BOUNDARY_SETS, reverse=True):
            table.update(seat_lookup(first))
        return table
    names = _gazetteer(boundary_set(boundaries))
    table = {name_key(name): name for name in names}
    present = set(names)
    for alias, name in SEAT_ALIASES.items():
        if name in present:
            table.setdefault(name_key(alias), name)
    for key, name in unique_written_forms(names, name_key).items():
        table.setdefault(key, name)
    return table


def unique_written_forms(names: Iterable[str], key: Callable[[str], str]) -> dict[str, str]:
    """key(form) -> seat for each of the `written_forms` of `names` that only one seat could be written as (a
    form two seats could take names neither)."""
    seats: dict[str, set[str]] = {}
    for name in names:
        for form in written_forms(name):
            seats.setdefault(key(form), set()).add(name)
    return {found: next(iter(named)) for found, named in seats.items() if len(named) == 1}


def written_forms(name: str) -> list[str]:
    """Other ways reporters write a seat's official name: its compass words moved to the other side of
    the place, in the first part or in every part ('Fife North East', 'Basildon South and East Thurrock',
    'Dorset Mid and Poole North'; 'East Barnsley' for Barnsley East, 'North Derby' for Derby North), and
    a two-part name without its 'and' ('Fermanagh South Tyrone').

    >>> written_forms("South Basildon and East Thurrock")
    ['Basildon South and East Thurrock', 'Basildon South and Thurrock East', 'South Basildon East Thurrock']
    >>> written_forms("Barnsley East")
    ['East Barnsley']
    """
    pieces = _PARTS.split(name)  # parts at even places, their joiners at odd ones
    forms: list[str] = []
    for move in (_compass_after, _compass_before):
        moved = [move(part) for part in pieces[::2]]
        if moved[0] != pieces[0]:
            forms.append("".join([moved[0], *pieces[1:]]))
        every = "".join(moved[k // 2] if k % 2 == 0 else piece for k, piece in enumerate(pieces))
        if every not in (name, *forms):
            forms.append(every)
    if len(pieces) == 3 and pieces[1] == " and ":
        forms.append(f"{pieces[0]} {pieces[2]}")
    return forms


def _compass_after(part: str) -> str:
    """'North East Fife' -> 'Fife North East'; a part that does not open with compass words is unchanged."""
    words = part.split(" ")
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in COMPASS_WORDS:
        lead += 1
    if lead == 0:
        return part
    return " ".join([*words[lead:], *words[:lead]])


def _compass_before(part: str) -> str:
    """'Barnsley East' -> 'East Barnsley'; a part that does not end with compass words (or is only compass
    words and one place word before them, 'West Bromwich East') is unchanged."""
    words = part.split(" ")
    tail = len(words)
    while tail > 1 and words[tail - 1].lower() in COMPASS_WORDS:
        tail -= 1
    if tail == len(words) or any(w.lower() in COMPASS_WORDS for w in words[:tail]):
        return part
    return " ".join([*words[tail:], *words[:tail]])


@lru_cache(maxsize=1 << 14)
def canonical_seat(name: str, year: int | None = None) -> str:
    """The usual name of a seat written as `name`, looked up in the boundary set of `year` first, then
    in the others; `name` tidied when no gazetteer knows it."""
    key = name_key(name)
    return (seat_lookup(boundary_set(year)).get(key) or seat_lookup().get(key)
            or tidy_constituency_name(name))


def is_known_seat(name: str, year: int | None = None) -> bool:
    """Whether a gazetteer holds `name` (in the boundary set of `year`; with no year, in any set)."""
    key = name_key(name)
    return key in (seat_lookup() if year is None else seat_lookup(boundary_set(year)))


def _word_bag(name: str) -> tuple[str, ...]:
    return tuple(sorted(name_key(name.replace(",", " ")).split()))


@cache
def _by_words(boundaries: int) -> dict[tuple[str, ...], str]:
    return {_word_bag(name): name for name in _gazetteer(boundaries)}


_PARENTHESIS = re.compile(r"\s*\([^)]*\)\s*")


@lru_cache(maxsize=4096)
def seat_from_words(written: str, year: int | None = 2010) -> str:
    """A seat as the Electoral Commission writes it -> its usual name, by the same words in any order.

    'Down North' -> 'North Down', 'Hampstead & Kilburn' -> 'Hampstead and Kilburn', 'Southampton,
    Itchen' -> 'Southampton Itchen', 'Na h-Eileanan an Iar (Western Isles)' -> 'Na h-Eileanan an Iar'.
    A name whose words match no seat of the set is only tidied.
    """
    plain = _PARENTHESIS.sub(" ", written).strip() or written
    boundaries = boundary_set(year)
    for candidate in (written, plain):
        found = seat_lookup(boundaries).get(name_key(candidate))
        if found:
            return found
    found = _by_words(boundaries).get(_word_bag(plain))
    return found or canonical_seat(plain, year)
