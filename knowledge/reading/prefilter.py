"""A cheap test run before a rule's pattern: the literal text every match of the pattern contains.

Most rules match few sentences, and a regular expression costs more to run than a substring test.
`needs(pattern)` reads the pattern once (with the standard library's own parser) and finds literal
strings of which every match must contain at least one ("lost", "to the " ...); `Prefiltered` runs
the pattern only on texts that contain one of them, so it finds exactly what the pattern finds.
Anything the reading cannot be sure of (scoped flags, back references, unknown syntax) makes the
pattern run on every text, as before.
"""
from __future__ import annotations

import re
import re._parser as sre  # the parser re.compile itself uses; its output is the pattern's structure
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT,)  # \b, ^, $: they take no characters, so literals on either side stay adjacent
# Characters that match an ASCII letter case-insensitively but do not lower() to it ("ſ" matches "s"):
# in a text holding one, a case-insensitive pattern runs whatever the literals say.
_CASE_ODDITIES = re.compile("[\u0130\u0131\u017f]")
_MIN_USEFUL = 2  # shorter literals (a space, a comma) are in nearly every text and filter nothing


@dataclass(frozen=True, slots=True)
class Need:
    """Literal strings one of which every match contains; lower case when the pattern ignores case."""

    strings: frozenset[str]
    ignore_case: bool


def needs(pattern: re.Pattern[str]) -> Need | None:
    """What every match of `pattern` must contain, or None when that cannot be said."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    try:
        parsed = sre.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 -- an unreadable pattern is run as it is
        return None
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    found = _sequence(list(parsed), ignore_case)
    if found is None or min(len(s) for s in found) < _MIN_USEFUL:
        return None
    return Need(found, ignore_case)


def _sequence(items: list, ignore_case: bool) -> frozenset[str] | None:
    """The most selective need among the items of a sequence (each item must match, so any one's need holds)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower() if ignore_case else chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue
        inline = _literal_group(op, av, ignore_case)
        if inline is not None:
            run.append(inline)
            continue
        flush()
        need = _item(op, av, ignore_case)
        if need is not None:
            candidates.append(need)
    flush()
    useful = [c for c in candidates if min(len(s) for s in c) >= _MIN_USEFUL]
    if not useful:
        return None
    return max(useful, key=_selectivity)


def _selectivity(strings: frozenset[str]) -> tuple[int, int]:
    """Longer literals are rarer, and fewer of them are quicker to look for."""
    return min(min(len(s) for s in strings), 8), -len(strings)


def _literal_group(op, av, ignore_case: bool) -> str | None:
    """The text of a group that is only literal characters ("(?:to )"), else None."""
    if op is not sre.SUBPATTERN or av[1] or av[2]:
        return None
    chars = []
    for sub_op, sub_av in av[3]:
        if sub_op is not sre.LITERAL or sub_av >= 128:
            return None
        chars.append(chr(sub_av).lower() if ignore_case else chr(sub_av))
    return "".join(chars) if chars else None


def _item(op, av, ignore_case: bool) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None  # "(?i:...)": its case rules differ from the pattern's
        return _sequence(list(sub), ignore_case)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            need = _sequence(list(branch), ignore_case)
            if need is None:
                return None  # one branch can match without any literal
            union |= need
        return frozenset(union)
    if op in _REPEATS:
        low, _, sub = av
        return _sequence(list(sub), ignore_case) if low >= 1 else None
    if op is sre.ASSERT:  # a lookahead or lookbehind: its text is in the string, around the match
        return _sequence(list(av[1]), ignore_case)
    return None


def lower_case(text: str) -> str:
    """The text case-insensitive literals are looked for in; "" when it holds a character that matches an
    ASCII letter case-insensitively without lowering to it (the pattern must then run)."""
    if not text.isascii() and _CASE_ODDITIES.search(text):
        return ""
    return text.lower()


class Prefiltered:
    """A compiled pattern that is run only on texts holding one of the literals every match needs.

    It answers search, match, fullmatch and finditer exactly as the pattern does (each finds nothing in a
    text without the literals); anything else is the pattern's own.
    """

    __slots__ = ("_finder", "_need", "_pattern", "_single")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        need = needs(pattern)
        self._need = need
        strings = sorted(need.strings, key=len, reverse=True) if need else []
        self._single = strings[0] if len(strings) == 1 else None
        self._finder = re.compile("|".join(map(re.escape, strings))) if len(strings) > 1 else None

    @property
    def need(self) -> Need | None:
        return self._need

    def may_match(self, text: str, lowered: str | None = None) -> bool:
        """False only when no match of the pattern can be in `text`; `lowered` is `lower_case(text)` when the
        caller has it already (one text is tested against many patterns)."""
        need = self._need
        if need is None:
            return True
        if need.ignore_case:
            text = lowered if lowered is not None else lower_case_cached(text)
            if not text:
                return True  # an odd character: see lower_case
        if self._single is not None:
            return self._single in text
        assert self._finder is not None
        return self._finder.search(text) is not None

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self._pattern.search(text, *args) if self.may_match(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self._pattern.match(text, *args) if self.may_match(text) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self._pattern.fullmatch(text, *args) if self.may_match(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(text, *args) if self.may_match(text) else iter(())

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)  # pattern, flags, groupindex, sub, ...

    def __repr__(self) -> str:
        return f"Prefiltered({self._pattern!r})"


# English letters from the most to the least common: a literal is looked up by its rarest three letters.
_LETTERS_BY_FREQUENCY = "etaoinsrhldcumfpgwybvkxjqz"
_RARITY = {letter: rank for rank, letter in enumerate(_LETTERS_BY_FREQUENCY, start=1)}
_LAST: tuple[str, str] = ("", "")  # the last text lower_case was asked for, and its answer


def lower_case_cached(text: str) -> str:
    """lower_case(text), remembered for the last text: the reader tests one text against rule after rule."""
    global _LAST
    last = _LAST
    if last[0] == text:
        return last[1]
    lowered = lower_case(text)
    _LAST = (text, lowered)
    return lowered


def _rarest_trigram(literal: str) -> str:
    return max((literal[k:k + 3] for k in range(len(literal) - 2)),
               key=lambda tri: sum(_RARITY.get(ch, 0) for ch in tri))


# The most sentences (skeletons and plain texts) of one article that per-sentence caches keep: more than a 60 KB
# article of one-line sentences holds.
SENTENCES_REMEMBERED = 16_384


class LiteralIndex:
    """Which of many prefiltered patterns may match a text, in one pass over the text's trigrams.

    Each literal a pattern needs is filed under one of its three-character pieces: a text that holds the
    literal holds that piece. `possible(text)` is a bit mask (bit k for pattern k) that is set for every
    pattern that may match (and for some that then do not: their own test follows when they run).
    """

    def __init__(self, patterns: list[Prefiltered | None]) -> None:
        self._always = 0  # no need known, or a literal too short to file: always possible
        self._by_trigram: dict[str, int] = {}
        for k, pattern in enumerate(patterns):
            need = pattern.need if pattern is not None else None
            if need is None or any(len(s) < 3 for s in need.strings):
                self._always |= 1 << k
                continue
            for literal in need.strings:  # lower case: the text's pieces are looked for in its lower case
                trigram = _rarest_trigram(literal.lower())
                self._by_trigram[trigram] = self._by_trigram.get(trigram, 0) | 1 << k
        self._all = (1 << len(patterns)) - 1
        self._trigrams = frozenset(self._by_trigram)
        # the reader asks this of each sentence once a step, step after step: remember an article's worth. Each
        # step sweeps all the sentences in order, so a cache smaller than a long article's sentences (a 60 KB
        # list has thousands) would have dropped every one by the time the next step asks: none would hit.
        self.possible = lru_cache(maxsize=SENTENCES_REMEMBERED)(self._possible)

    def _possible(self, text: str) -> int:
        lowered = lower_case_cached(text)
        if not lowered:
            return self._all  # an odd character (or no text): every pattern runs
        mask = self._always
        for piece in {lowered[k:k + 3] for k in range(len(lowered) - 2)} & self._trigrams:
            mask |= self._by_trigram[piece]
        return mask
