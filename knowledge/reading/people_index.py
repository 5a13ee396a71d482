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
        # first_like's answers: a person found stays the answer when someone is added (they come later),
        # a name that found nobody is asked again; a rename can change any answer
        self._like: dict[str, P | None] = {}
        self._found_nobody: list[str] = []
        self.version = 0  # counts additions and renames, for callers that keep answers of their own

    def __iter__(self) -> Iterator[P]:
        return iter(self.people)

    def __len__(self) -> int:
        return len(self.people)

    def add(self, person: P) -> None:
        self.version += 1
        # A name that found nobody finds this person now, and only them: their own name, when it has tokens
        # (they are filed under its exact key), so the look-up that preceded adding them need not be repeated.
        own_name_found_nobody = person.name in self._like and self._like[person.name] is None
        for name in self._found_nobody:
            del self._like[name]
        self._found_nobody.clear()
        self._rank[id(person)] = len(self.people)
        self.people.append(person)
        self._file(person)
        if own_name_found_nobody and name_tokens(person.name):
            self._like[person.name] = person

    def rename(self, person: P, name: str) -> None:
        """Give `person` a new name, refiling them under its keys."""
        self.version += 1
        self._like.clear()
        self._found_nobody.clear()
        for key in self._keys.pop(id(person)):
            bucket = self._buckets[key]
            at = next(i for i, p in enumerate(bucket) if p is person)
            del bucket[at]
            if key in self._rests:
                del self._rests[key][at]
        person.name = name
        self._file(person)

    # ------------------------------------------------------------------ look-ups

    def first_like(self, name: str) -> P | None:
        """The first person named who can be `name`: the same person (`same_person` with a strict misspelling
        allowance), or one whose name ends with it ("Duncan Smith") or ends it."""
        if name not in self._like:
            folded = fold(name)
            found = self.same_person(name, 86, first_only=True)
            found += [next((p for p in self.ending_with(folded) if ends_with_name(p.name, name)), None)]
            found += [p for ending in endings(folded) for p in self.named(ending) if ends_with_name(name, p.name)]
            ordered = self._in_order(p for p in found if p is not None)
            self._like[name] = ordered[0] if ordered else None
            if not ordered:
                self._found_nobody.append(name)
        return self._like[name]

    def same_person(self, name: str, misspelling: float, *, first_only: bool = False) -> list[P]:
        """Everyone `same_person(name, their name, misspelling=misspelling)` holds for, in the order named
        (with `first_only`, just the first of them)."""
        tokens = tuple(name_tokens(name))
        if not tokens:
            return []
        exact, fuzzy = _probes(tokens, misspelling)
        found: list[P] = []
        for key in exact:  # everyone filed under an exact key passes the test; the first named comes first
            bucket = self._buckets.get(key)
            if bucket:
                found += bucket[:1] if first_only else bucket
        for key, text, cutoff in fuzzy:
            found += [p for p in self._close(key, text, cutoff) if same_person(name, p.name, misspelling=misspelling)]
        if first_only:
            return [min(found, key=lambda p: self._rank[id(p)])] if found else []
        return self._in_order(found)

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


def ends_with_name(full: str, part: str) -> bool:
    """Whether `part`, two words or more, ends `full` after given names: "Duncan Smith" is the surname of "Iain
    Duncan Smith" (not of "COMM Duncan Smith", whose first word is a code)."""
    folded = fold(part)
    if " " not in folded or not fold(full).endswith(" " + folded):
        return False
    return not any(word.isupper() for word in full[:len(full) - len(part)].split())


def endings(folded: str) -> list[str]:
    """What follows each space of a folded name: "duncan smith" and "smith" for "iain duncan smith"."""
    return [folded[i + 1:] for i, ch in enumerate(folded) if ch == " "]


Fuzzy = tuple[Key, str, float]


@lru_cache(maxsize=4096)
def _probes(tokens: tuple[str, ...], misspelling: float) -> tuple[tuple[Key, ...], tuple[Fuzzy, ...]]:
    """Where a name's tokens can find a person `same_person` accepts: the exact keys, whose people all pass,
    and the fuzzy pools with the string each compares and its cutoff. Mirrors `same_person` case by case."""
    exact: list[Key] = [("tokens", *tokens)]
    if len(tokens) == 1:  # a surname alone: another's last token, their tokens after the first, run together
        word = tokens[0]
        exact += [("last", word), ("joined", word)]
        if len(word) <= 3:
            return tuple(exact), ()
        return tuple(exact), tuple((key, word, misspelling) for n in _near_lengths(len(word), misspelling)
                                   for key in (("last~", n), ("single~", n)))
    first, rest = tokens[0], " ".join(tokens[1:])
    strict = misspelling + 8  # same_person's cutoff for the rest of a full name
    pools = [("first+rest", form) for form in first_name_forms(first)] + [("initial+rest", first[0])]
    if len(first) == 1:  # an initial: any first name it begins
        pools.append(("letter+rest", first))
    exact += [(kind, key, rest) for kind, key in pools]
    lengths = _near_lengths(len(rest), strict)
    fuzzy: list[Fuzzy] = [((kind + "~", key, n), rest, strict) for kind, key in pools for n in lengths]
    # a person known by one token (a surname alone) whom this name's surname matches
    last = tokens[-1]
    exact += [("single", last), ("single", "".join(tokens[1:]))]
    fuzzy += [(("single~", n), last, misspelling) for n in _near_lengths(len(last), misspelling) if n > 3]
    return tuple(exact), tuple(fuzzy)


@lru_cache(maxsize=1024)
def _near_lengths(length: int, cutoff: float) -> tuple[int, ...]:
    """The lengths of strings that can score `cutoff` against one of `length` characters without being
    equal to it (equal strings are an exact key's). fuzz.ratio is 100 * (1 - distance / total length) and
    the distance is at least the difference in length; a little slack keeps rounding from losing a pair."""
    slack = (100 - cutoff) / 100 + 1e-6
    return tuple(other for other in range(1, 2 * length + 2)
                 if slack * (length + other) >= max(1, abs(length - other)))
