"""Constituency names: the gazetteer of Westminster seats, their usual aliases and tidy spellings."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from knowledge.lexicon.text import name_key

GAZETTEER = Path(__file__).resolve().parent / "data" / "constituencies.txt"

# Names people and newspapers use for a seat, besides the official one.
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
}

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


@lru_cache(maxsize=1)
def constituency_names() -> tuple[str, ...]:
    """Every constituency in the gazetteer, tidy spelling."""
    lines = GAZETTEER.read_text(encoding="utf-8").splitlines()
    return tuple(tidy_constituency_name(line) for line in lines if line.strip())


@lru_cache(maxsize=1)
def seat_lookup() -> dict[str, str]:
    """name_key of every name and alias -> the constituency's usual name."""
    table = {name_key(name): name for name in constituency_names()}
    for alias, name in SEAT_ALIASES.items():
        table[name_key(alias)] = name
    return table


def canonical_seat(name: str) -> str:
    """The usual name of a seat written as `name`, or `name` tidied when the gazetteer does not know it."""
    return seat_lookup().get(name_key(name), tidy_constituency_name(name))
