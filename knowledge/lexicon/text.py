"""Small text helpers shared by the article reader, the store and the name index."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Cyrillic and Greek letters that look like Latin ones ("Кensington" typed with a Cyrillic К): read as
# the Latin letter, so a name written with one is the same name.
_CONFUSABLES = str.maketrans(
    "АВЕКМНОРСТУХЅІЈаеорсухѕіјԁһԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοριν",
    "ABEKMHOPCTYXSIJaeopcyxsijdhqwABEZHIKMNOPTYXaopiv")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents removed, curly quotes made straight, Latin look-alikes read as Latin.

    >>> fold("\u041aensington")
    'kensington'
    """
    if text.isascii():  # most text: nothing to translate, decompose or straighten
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(_CONFUSABLES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A comparison key: folded, '&' read as 'and', punctuation and spacing collapsed.

    >>> name_key("Fermanagh & South Tyrone") == name_key("fermanagh and south-tyrone")
    True
    """
    text = fold(text).replace("&", " and ")
    return _NON_ALNUM.sub(" ", text).strip()


def format_votes(number: int | float | None) -> str:
    """16333 -> '16,333'; None -> 'unknown'."""
    if number is None:
        return "unknown"
    if isinstance(number, float) and not number.is_integer():
        return f"{number:,.2f}".rstrip("0").rstrip(".")
    return f"{int(number):,}"
