"""The people an article names, found by name without comparing a name with everyone named before.

Every person is filed under keys made from their name: their words' tokens (first name and the rest,
or the surname alone), their folded full name, their surname, their first word, and every ending of
their folded name after a space (so "Duncan Smith" finds "Iain Duncan Smith" and "Ms Dent Coad" finds
"Emma Dent Coad"). An exact hit is a dictionary look-up. A misspelling ("Jo Blogs" for "Jo Bloggs") is
sought with rapidfuzz only among people whose name could be that close: the same first name (or a
nickname or initial of it) and a rest of a near length. Every candidate a look-up finds is checked with
the same test as before (`same_person`), so an answer is the one a comparison with everyone would give.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Generic, Protocol, TypeVar

from rapidfuzz import fuzz, process

from knowledge.lexicon.people import first_name_forms, name_tokens, same_person
from knowledge.lexicon.text import fold

# A misspelling is sought among at most this many people of one pool (one first name and one length of
# the rest of the name, in the order they were named): prose names a handful of people alike in both, so
# only a page built to be slow reaches it, and it keeps the work per mention bounded.
FUZZY_POOL_CAP = 64


class Named(Protocol):
    name: str


P = TypeVar("P", bound=Named)
Key = tuple[str | int, ...]


class PeopleIndex(Generic[P]):
    """People in the order they were named, filed by the keys of their current name."""

    def __init__(self) -> None:
        self.people: list[P] = []
        self._rank: dict[int, int] = {}  # id(person) -> position in `people`
        self._keys: dict[int, list[Key]] = {}
        self._buckets: dict[Key, list[P]] = {}
        self._rests: dict[Key, list[str]] = {}  # a fuzzy pool's strings, beside its people

    def __iter__(self) -> Iterator[P]:
        return iter(self.people)

    def __len__(self) -> int:
        return len(self.people)

    def add(self, person: P) -> None:
        self._rank[id(person)] = len(self.people)
        self.people.append(person)
        self._file(person)

    def rename(self, person: P, name: str) -> None:
        """Give `person` a new name, refiling them under its keys."""
        for key in self._keys.pop(id(person)):
            bucket = self._buckets[key]
            at = next(i for i, p in enumerate(bucket) if p is person)
            del bucket[at]
            if key in self._rests:
                del self._rests[key][at]
        person.name = name
        self._file(person)

    # ------------------------------------------------------------------ look-ups

    def same_person(self, name: str, misspelling: float, *, first_only: bool = False) -> list[P]:
        """Everyone `same_person(name, their name, misspelling=misspelling)` holds for, in the order named
        (with `first_only`, just the first of them)."""
        tokens = tuple(name_tokens(name))
        if not tokens:
            return []
        found = list(self._get(("tokens", *tokens)))
        for key, text, cutoff in _probes(tokens, misspelling):
            if cutoff is None:  # everyone filed under an exact key passes the test; the first named comes first
                bucket = self._get(key)
                found += bucket[:1] if first_only else bucket
            else:
                found += self._close(key, text, cutoff)
        hits = self._in_order(p for p in found if same_person(name, p.name, misspelling=misspelling))
        return hits[:1] if first_only else hits

    def ending_with(self, folded: str) -> list[P]:
        """Everyone whose folded name ends with a space and then `folded`, in the order named."""
        return list(self._get(("ending", folded)))

    def named(self, folded: str) -> list[P]:
        """Everyone whose folded full name is `folded`."""
        return list(self._get(("name", folded)))

    def by_surname(self, folded: str) -> list[P]:
        """Everyone whose last word, folded, is `folded`."""
        return list(self._get(("surname", folded)))

    def by_first(self, folded: str) -> list[P]:
        """Everyone whose first word, folded, is `folded`."""
        return list(self._get(("first", folded)))

    def in_order(self, people: Iterable[P]) -> list[P]:
        return self._in_order(people)

    # ------------------------------------------------------------------ filing

    def _file(self, person: P) -> None:
        keys: list[Key] = []
        for key, text in _keys_of(person.name):
            self._buckets.setdefault(key, []).append(person)
            if text is not None:
                self._rests.setdefault(key, []).append(text)
            keys.append(key)
        self._keys[id(person)] = keys

    def _get(self, key: Key) -> list[P]:
        return self._buckets.get(key, [])

    def _close(self, key: Key, text: str, cutoff: float) -> list[P]:
        """People of the fuzzy pool `key` whose pool string scores at least `cutoff` against `text`."""
        rests = self._rests.get(key)
        if not rests:
            return []
        bucket = self._buckets[key]
        # a hair under the cutoff: every hit is checked with same_person after
        hits = process.extract(text, rests[:FUZZY_POOL_CAP], scorer=fuzz.ratio, processor=None,
                               score_cutoff=cutoff - 0.01, limit=None)
        return [bucket[index] for _, _, index in hits]

    def _in_order(self, people: Iterable[P]) -> list[P]:
        unique = {id(p): p for p in people}
        return sorted(unique.values(), key=lambda p: self._rank[id(p)])


def _keys_of(name: str) -> list[tuple[Key, str | None]]:
    """The keys a name is filed under, each with the string a fuzzy pool compares (None for exact keys)."""
    folded = fold(name)
    keys: list[tuple[Key, str | None]] = [(("name", folded), None)]
    keys += [(("ending", end), None) for end in endings(folded)]
    words = name.split()
    if words:
        keys += [(("surname", fold(words[-1])), None), (("first", fold(words[0])), None)]
    tokens = tuple(name_tokens(name))
    if not tokens:
        return keys
    keys.append((("tokens", *tokens), None))
    if len(tokens) == 1:
        return keys + [(("single", tokens[0]), None), (("single~", len(tokens[0])), tokens[0])]
    first, rest = tokens[0], " ".join(tokens[1:])
    keys += [(("first+rest", first, rest), None), (("first+rest~", first, len(rest)), rest),
             (("letter+rest", first[0], rest), None), (("letter+rest~", first[0], len(rest)), rest),
             (("last", tokens[-1]), None), (("last~", len(tokens[-1])), tokens[-1]),
             (("joined", "".join(tokens[1:])), None)]
    if len(first) == 1:
        keys += [(("initial+rest", first, rest), None), (("initial+rest~", first, len(rest)), rest)]
    return keys


def endings(folded: str) -> list[str]:
    """What follows each space of a folded name: "duncan smith" and "smith" for "iain duncan smith"."""
    return [folded[i + 1:] for i, ch in enumerate(folded) if ch == " "]


Probe = tuple[Key, str, float | None]


@lru_cache(maxsize=4096)
def _probes(tokens: tuple[str, ...], misspelling: float) -> tuple[Probe, ...]:
    """Where a name's tokens can find a person `same_person` accepts: (key, the string a fuzzy pool compares,
    its cutoff, or None for an exact key). Mirrors `same_person` case by case."""
    if len(tokens) == 1:  # a surname alone: another's last token, their tokens after the first, run together
        word = tokens[0]
        probes: list[Probe] = [(("last", word), word, None), (("joined", word), word, None)]
        if len(word) > 3:
            for n in _near_lengths(len(word), misspelling):
                probes += [(("last~", n), word, misspelling), (("single~", n), word, misspelling)]
        return tuple(probes)
    first, rest = tokens[0], " ".join(tokens[1:])
    strict = misspelling + 8  # same_person's cutoff for the rest of a full name
    lengths = _near_lengths(len(rest), strict)
    pools = [("first+rest", form) for form in first_name_forms(first)] + [("initial+rest", first[0])]
    if len(first) == 1:  # an initial: any first name it begins
        pools.append(("letter+rest", first))
    probes = []
    for kind, key in pools:
        probes.append(((kind, key, rest), rest, None))
        probes += [((kind + "~", key, n), rest, strict) for n in lengths]
    # a person known by one token (a surname alone) whom this name's surname matches
    last, joined = tokens[-1], "".join(tokens[1:])
    probes += [(("single", last), last, None), (("single", joined), joined, None)]
    probes += [(("single~", n), last, misspelling) for n in _near_lengths(len(last), misspelling) if n > 3]
    return tuple(probes)


@lru_cache(maxsize=1024)
def _near_lengths(length: int, cutoff: float) -> tuple[int, ...]:
    """The lengths of strings that can score `cutoff` against one of `length` characters without being
    equal to it (equal strings are an exact key's). fuzz.ratio is 100 * (1 - distance / total length) and
    the distance is at least the difference in length; a little slack keeps rounding from losing a pair."""
    slack = (100 - cutoff) / 100 + 1e-6
    return tuple(other for other in range(1, 2 * length + 2)
                 if slack * (length + other) >= max(1, abs(length - other)))
