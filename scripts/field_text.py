"""Where a page's text names a seat, and whether an official figure is written near it (for "missed").

An automatic approximation, used by `field_trial.py`: a seat is named where one of its written forms
(the gazetteer's names and aliases, `knowledge.lexicon.seatnames.seat_lookup`, and the name with its
closing compass words put first) stands with a capital letter; "near" is from a few hundred characters before each such mention to some way after it. A
figure is "stated" when the number is written there (with or without thousands separators), the
winner's surname stands there, or the turnout is written as a percent (to one or two decimals). A
number or surname that happens to stand near the seat for another reason counts too, so the misses
are to be checked by hand.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.lexicon.parties import PARTY_ALIASES, canonical_party
from knowledge.lexicon.people import name_tokens, strip_titles
from knowledge.lexicon.seatnames import COMPASS_WORDS, boundary_set, constituency_names, seat_lookup
from knowledge.lexicon.text import fold, name_key

BEFORE = 400  # characters before a seat's name that may still be about it
AFTER = 1500  # and after it
SMALLEST_NUMBER = 100  # below this a number is too common to say it was the official figure


@dataclass(frozen=True, slots=True)
class PageText:
    """A page's text folded character for character (so positions agree with the original)."""

    original: str
    folded: str
    words: str  # folded, every character that is not a letter or digit a space

    @classmethod
    def of(cls, text: str) -> PageText:
        folded = "".join(_fold_char(c) for c in text)
        return cls(text, folded, re.sub(r"[^a-z0-9]", " ", folded))


def _fold_char(c: str) -> str:
    if c.isascii():
        return c.lower()
    folded = fold(c)
    return folded[0] if len(folded) == 1 else (folded[:1] or " ")


@lru_cache(maxsize=4)
def _seat_pattern(year: int) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every written form of the seats of `year`'s boundaries, and form key -> seat."""
    table = dict(seat_lookup(boundary_set(year)))
    for name in constituency_names(boundary_set(year)):
        table.setdefault(name_key(compass_first(name)), name)
    forms = sorted(table, key=len, reverse=True)
    pieces = [r"\s+".join(re.escape(w) if w != "and" else "(?:and)?" for w in key.split()) for key in forms]
    pattern = re.compile(r"(?<![a-z0-9])(?:" + "|".join(f"(?P<k{i}>{p})" for i, p in enumerate(pieces)) +
                         r")(?![a-z0-9])")
    return pattern, {f"k{i}": table[key] for i, key in enumerate(forms)}


def compass_first(name: str) -> str:
    """'Belfast South' -> 'South Belfast': reporters put the compass words first too (the gazetteer's own
    forms put them last)."""
    words = name.split(" ")
    tail = len(words)
    while tail > 1 and words[tail - 1].lower() in COMPASS_WORDS:
        tail -= 1
    if tail == len(words) or "and" in words:
        return name
    return " ".join([*words[tail:], *words[:tail]])


def seat_windows(page: PageText, year: int) -> dict[str, list[tuple[int, int]]]:
    """Each seat of `year` the page names, with the spans of text near its mentions."""
    pattern, seat_of = _seat_pattern(year)
    spans: dict[str, list[tuple[int, int]]] = {}
    for match in pattern.finditer(page.words):
        if not page.original[match.start()].isupper():
            continue
        seat = seat_of[match.lastgroup or ""]
        spans.setdefault(seat, []).append((max(0, match.start() - BEFORE), match.end() + AFTER))
    return {seat: _merged(found) for seat, found in spans.items()}


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _near(text: str, spans: list[tuple[int, int]], pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(text, start, end) for start, end in spans)


def number_stated(page: PageText, spans: list[tuple[int, int]], number: int) -> bool:
    """Whether `number` is written near the seat: '12,345', '12345' or '12 345'."""
    if number < SMALLEST_NUMBER:
        return False
    plain = str(number)
    grouped = f"{number:,}"
    forms = {re.escape(plain), re.escape(grouped), re.escape(grouped).replace(",", r"[\s\u00a0\u202f.]")}
    pattern = re.compile(r"(?<![\d,.])(?:" + "|".join(forms) + r")(?![\d]|[,.]\d)")
    return _near(page.folded, spans, pattern)


def surname_stated(page: PageText, spans: list[tuple[int, int]], name: str) -> bool:
    """Whether the person's last name is written near the seat (as a word, any case)."""
    words = name_tokens(name)
    if not words or len(words[-1]) < 2:
        return False
    # 'O'Mara' is 'omara' as a name token, 'o mara' in the page's words, and 'OMara' when written without it
    written = fold(strip_titles(name)).split()[-1]
    pieces = [p for p in re.split(r"[^a-z0-9]+", written) if p]
    pattern = re.compile(r"(?<![a-z])" + r"\s?".join(map(re.escape, pieces or [words[-1]])) + r"(?![a-z])")
    return _near(page.words, spans, pattern)


def turnout_stated(page: PageText, spans: list[tuple[int, int]], turnout: float) -> bool:
    """Whether the turnout is written near the seat as a percent, to one or two decimals."""
    forms = {f"{turnout:.1f}", f"{turnout:.2f}"}
    pattern = re.compile(r"(?<![\d.])(?:" + "|".join(re.escape(f) for f in forms) +
                         r")\s*(?:%|per\s*cent|percent|pc\b)")
    return _near(page.folded, spans, pattern)


def party_stated(page: PageText, spans: list[tuple[int, int]], party: str) -> bool:
    """Whether the party is written near the seat by its name or one of its aliases."""
    canonical = canonical_party(party) or party
    names = [canonical, *PARTY_ALIASES.get(canonical, ())]
    keys = sorted({re.sub(r"[^a-z0-9]+", " ", fold(n)).strip() for n in names} - {""}, key=len, reverse=True)
    pattern = re.compile(r"(?<![a-z])(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys)
                         + r")(?![a-z])")
    return _near(page.words, spans, pattern)
