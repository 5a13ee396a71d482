"""A sentence that opens on a place ('In Crewe, Smith unseated Timpson'): which of the article's seats it means.

Reporters often name a seat by its town once the full name has been given ('Crewe' for Crewe and Nantwich,
'Stockton' for Stockton South). Such a place is read as the one seat of the article whose name begins with
it; a place that begins none of them is somewhere else, so the sentence is not about the seat in focus.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.lexicon.text import name_key

# "In Crewe, ...", "Over in Stockton, ...": a capitalised place of up to three words, then a comma.
_OPENING_PLACE = re.compile(r"^(?:In|At|Over in|Down in|Up in|Across in) (?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}),")
# Openings of time, not place ("In March, ...", "On Friday, ...").
_TIME_WORDS = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday total all short fact response reply contrast particular
addition summary general the
""".split())


def opening_place(skeleton_text: str) -> str | None:
    """The place a sentence's skeleton opens on ('In Crewe, <H0> ...'), None when it opens otherwise."""
    match = _OPENING_PLACE.match(skeleton_text)
    if match is None or name_key(match["place"]).split(" ")[0] in _TIME_WORDS:
        return None
    return match["place"]


def seat_for_place(place: str, seats: Iterable[str]) -> str | None:
    """The one seat among `seats` whose name begins with `place`; None when none or several do."""
    key = name_key(place)
    found = {seat for seat in seats if name_key(seat) == key or name_key(seat).startswith(key + " ")}
    return found.pop() if len(found) == 1 else None
