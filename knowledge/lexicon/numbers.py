"""Numbers as articles write them: '16,333', '16 333', '6013', 'thirty', 'one hundred and sixty-nine'."""
from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000}
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth")
ORDINALS: dict[str, int] = {word: n for n, word in enumerate(_ORDINAL_WORDS, start=1)}

_WORD = "|".join([*_UNITS, *_TENS, *_SCALES])
_FIRST_LETTERS = "".join(sorted({w[0] for w in (*_UNITS, *_TENS, *_SCALES)}))
# A run of number words joined by spaces, hyphens and "and" ("two thousand six hundred and seven");
# the lookahead skips words that cannot start one before trying the alternatives.
NUMBER_WORDS = re.compile(
    rf"\b(?=[{_FIRST_LETTERS}])(?:{_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*\b", re.IGNORECASE)


def digit_ordinal(n: int) -> str:
    """1 -> '1st', 2 -> '2nd', 11 -> '11th', 23 -> '23rd'."""
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ordinal_word(n: int) -> str:
    """3 -> 'third'; past the words, digits: 16 -> '16th'."""
    return _ORDINAL_WORDS[n - 1] if 0 < n <= len(_ORDINAL_WORDS) else digit_ordinal(n)


# Places as written in words or digits: 'third' and '3rd' -> 3.
PLACES: dict[str, int] = {**ORDINALS, **{digit_ordinal(n): n for n in range(1, len(_ORDINAL_WORDS) + 1)}}


def words_to_number(text: str) -> int | None:
    """'one hundred and sixty-nine' -> 169; None when the words are not one number.

    >>> words_to_number("two thousand six hundred and seven"), words_to_number("thirty")
    (2607, 30)
    """
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", text.lower().strip()):
        if word == "and" or not word:
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


_GROUPING = re.compile(r"[, \u202f\u00a0]")
_INTEGER = re.compile(r"\d+")
_DECIMAL = re.compile(r"\d+\.\d+")


def parse_number(text: str) -> int | float | None:
    """'21,285' -> 21285, '64.63' -> 64.63, 'forty-eight' -> 48."""
    cleaned = _GROUPING.sub("", text.strip())
    if _INTEGER.fullmatch(cleaned):
        return int(cleaned)
    if _DECIMAL.fullmatch(cleaned):
        return float(cleaned)
    return words_to_number(text)
