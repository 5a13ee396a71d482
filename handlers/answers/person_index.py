"""The people index: every candidate (and every quoted speaker) of every seat, found by name.

A name in a question is a run of words that are not question words. It matches a person when its
last word is the person's surname (or the last word of a compound surname: "dent coad", "wyn jones")
and every word before it is one of the person's other names, in order ("lady borthwick" -> Victoria
Borwick through one typo; "bob charlesworth" -> Rob Charlesworth through a nickname). A first name
that does not fit blocks the match, so "caroline lucas" never becomes some other Lucas and
"theresa may" never some other May. A surname alone may stand for the person when only one person
in scope has it; a first name alone only inside a seat the question names.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from handlers.answers.names import (
    MIN_FUZZY_LENGTH,
    SUGGEST_CUTOFF,
    TOKEN_CUTOFF,
    Word,
    complete_names,
    sorted_pairs,
    tokenize,
)
from knowledge.lexicon import people as people_module
from knowledge.lexicon.people import TITLES, name_tokens, same_first_name, same_person, strip_titles
from knowledge.lexicon.text import name_key
from knowledge.records import Candidate, Seat

# Above this many people sharing a surname, a multi-word name is first narrowed by its first word.
PREFILTER_SIZE = 40
# A longer match beats a shorter one by this much per extra word ("gail turner" over "turner").
WORD_BONUS = 5.0
# Penalties for weaker ways of naming someone by one word.
MIDDLE_NAME_PENALTY = 3.0
FIRST_NAME_PENALTY = 6.0


@dataclass(frozen=True, slots=True)
class Person:
    """One person at one election: a candidate of `seat`, or someone quoted there who did not stand."""

    name: str
    seat: Seat
    candidate: Candidate | None
    forms: tuple[tuple[str, ...], ...]
    key: str = field(default="", compare=False)  # name_key(name), worked out once: answers ask for it often

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", name_key(self.name))

    @property
    def year(self) -> int | None:
        return self.seat.election_year


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """A person named in a question.

    `status` "found": `people` is every record of one person in scope, latest election first;
    "ambiguous": `people` holds one record of each person it could be;
    "unknown": a name that fits nobody (`said` is the name as asked).
    """

    status: str
    people: tuple[Person, ...]
    start: int
    end: int
    said: str
    score: float = 0.0

    @property
    def person(self) -> Person:
        return self.people[0]


@lru_cache(maxsize=1 << 12)
def _nickname_forms(name: str) -> frozenset[str]:
    """Other forms of a first name ('bob' -> robert, rob, bobby, robbie)."""
    groups = getattr(people_module, "_NICKNAMES", ())
    return frozenset(other for group in groups if name in group for other in group)


@lru_cache(maxsize=1 << 16)
def _same_first_name(a: str, b: str) -> bool:
    """`knowledge.lexicon.people.same_first_name`, remembered: it is asked for the same few hundred names often."""
    return same_first_name(a, b)


def _word_score(word: Word, target: str, position: str) -> float:
    """How well a question word names one word of a name (0: not at all)."""
    if word.text == target or word.base == target:
        return 100.0
    if position == "first" and _same_first_name(word.base, target):
        return 95.0
    if len(word.text) > 3 and word.text.endswith("s") and word.text[:-1] == target:
        return 95.0  # a possessive written without its apostrophe: "owens majority"
    if len(word.base) >= MIN_FUZZY_LENGTH and len(target) >= 4:
        score = fuzz.ratio(word.base, target, score_cutoff=TOKEN_CUTOFF)
        return score if score >= TOKEN_CUTOFF else 0.0
    return 0.0


def match_form(run: Sequence[Word], form: tuple[str, ...], *, first_name_alone: bool) -> float:
    """How well the words `run` name a person written `form` (0: they do not)."""
    if not run or not form or len(run) > len(form):
        return 0.0
    last = _word_score(run[-1], form[-1], "last")
    if len(run) == 1:
        if last:
            return last
        middle = max((_word_score(run[0], w, "middle") for w in form[1:-1]), default=0.0)
        if middle:
            return middle - MIDDLE_NAME_PENALTY
        if first_name_alone and len(form) > 1:
            first = _word_score(run[0], form[0], "first")
            return first - FIRST_NAME_PENALTY if first else 0.0
        return 0.0
    if not last:
        return 0.0
    total, j = last, 0
    for word in run[:-1]:
        while j < len(form) - 1:
            score = _word_score(word, form[j], "first" if j == 0 else "middle")
            j += 1
            if score:
                total += score
                break
        else:
            return 0.0
    return total / len(run) + WORD_BONUS * (len(run) - 1)


def _form_scorer(run: Sequence[Word], first_name_alone: bool) -> Callable[[tuple[str, ...]], float]:
    """`match_form` for one run against many forms, remembered per form. One word read without
    `first_name_alone` never looks at a form's first word, so the hundreds of people who share a
    surname are scored once, not once each."""
    scores: dict[tuple[str, ...], float] = {}
    ignores_first = len(run) == 1 and not first_name_alone

    def score_of(form: tuple[str, ...]) -> float:
        key = form[1:] if ignores_first and len(form) > 1 else form
        score = scores.get(key)
        if score is None:
            score = scores[key] = match_form(run, form, first_name_alone=first_name_alone)
        return score
    return score_of


def _best_possible(words: int) -> float:
    """The highest score `match_form` can give a run of this many words (each word at most 100)."""
    return 100.0 + WORD_BONUS * (words - 1)


def names_match(spoken: str, name: str) -> bool:
    """Whether a name as written (a quote's speaker: 'Ms Dent Coad') is the person `name`."""
    if same_person(spoken, name):
        return True
    words = [w for w in tokenize(spoken) if w.text not in TITLES]
    form = tuple(name_tokens(name))
    return bool(words) and match_form(words, form, first_name_alone=False) >= 90.0


class PersonIndex:
    """Every person of every seat, by the words of their names."""

    def __init__(self, seats: Iterable[Seat]) -> None:
        self.people: list[Person] = []
        self._written: dict[tuple[str, ...], tuple[str, str, tuple[tuple[str, ...], ...]]] = {}
        for seat in seats:
            for candidate in seat.candidates:
                self._add(candidate.name, seat, candidate, candidate.aliases)
            for speaker in dict.fromkeys(strip_titles(q.speaker) for q in seat.quotes):
                if speaker and not any(names_match(speaker, c.name) for c in seat.candidates):
                    self._add(speaker, seat, None, [])
        by_word: dict[str, set[int]] = defaultdict(set)
        by_surname: dict[str, set[int]] = defaultdict(set)   # last and middle words: where a name ends
        by_first: dict[str, set[int]] = defaultdict(set)
        by_form: dict[str, set[int]] = defaultdict(set)
        by_seat: dict[str, set[int]] = defaultdict(set)
        by_year: dict[int | None, set[int]] = defaultdict(set)
        seat_keys: dict[int, str] = {}  # id(seat) -> its name key, once per seat rather than per person
        for i, person in enumerate(self.people):
            seat_key = seat_keys.get(id(person.seat))
            if seat_key is None:
                seat_key = seat_keys[id(person.seat)] = name_key(person.seat.constituency)
            by_seat[seat_key].add(i)
            by_year[person.year].add(i)
            for form in person.forms:
                by_form[" ".join(form)].add(i)
                for word in form:
                    by_word[word].add(i)
                for word in form[1:] or form:
                    by_surname[word].add(i)
                by_first[form[0]].add(i)
        self.by_word = {w: frozenset(ids) for w, ids in by_word.items()}
        # Frozen once, so a question's scope is a lookup, not a copy of every id of a year
        self.by_seat = {key: frozenset(ids) for key, ids in by_seat.items()}
        self.by_year = {year: frozenset(ids) for year, ids in by_year.items()}
        self.by_surname = {w: frozenset(ids) for w, ids in by_surname.items()}
        self.by_first = {w: frozenset(ids) for w, ids in by_first.items()}
        by_initial: dict[str, set[int]] = defaultdict(set)   # first letter of a first name: "j" for an initial
        for first, ids in by_first.items():
            by_initial[first[0]].update(ids)
        self.by_initial = {letter: frozenset(ids) for letter, ids in by_initial.items()}
        # Surnames by all but their first letter, for a typo there ("hsepherd", "ameson"): the fuzzy search
        # below only looks among the words with the same first letter.
        by_tail: dict[str, list[str]] = defaultdict(list)
        for word in self.by_surname:
            if len(word) >= MIN_FUZZY_LENGTH:
                by_tail[word[1:]].append(word)
        self.by_tail = dict(by_tail)
        by_key: dict[str, list[int]] = defaultdict(list)
        for i, person in enumerate(self.people):
            by_key[person.key].append(i)
        self.by_key = dict(by_key)
        self.by_form = {f: frozenset(ids) for f, ids in by_form.items()}
        self.max_form = max((len(f) for p in self.people for f in p.forms), default=1)
        buckets: dict[str, list[str]] = defaultdict(list)
        for word in self.by_surname:
            buckets[word[0]].append(word)
        self.word_buckets = dict(buckets)
        all_buckets: dict[str, list[str]] = defaultdict(list)
        for word in self.by_word:
            all_buckets[word[0]].append(word)
        self.word_buckets_all = dict(all_buckets)
        names_by_key: dict[str, set[str]] = defaultdict(set)
        for person in self.people:
            if person.candidate is not None:
                names_by_key[person.key].add(person.name)
        self.completion_names: list[tuple[str, str]] = sorted_pairs(names_by_key)
        self.first_names = list(dict.fromkeys(name for _, name in self.completion_names[:200]))[:100]
        self.words_of_name = {name: tuple(key.split()) for key, name in self.completion_names}
        names_by_word: dict[str, set[str]] = defaultdict(set)
        for name, words in self.words_of_name.items():
            for word in words:
                names_by_word[word].add(name)
        self.completion_words = sorted_pairs(names_by_word)
        self.names_by_word = {w: frozenset(n) for w, n in names_by_word.items()}
        del self._written

    def _add(self, name: str, seat: Seat, candidate: Candidate | None, aliases: Iterable[str]) -> None:
        written = (name, *aliases)
        made = self._written.get(written)
        if made is None:  # a person standing at several elections is written the same way each time
            forms = tuple(dict.fromkeys(tokens for n in written if (tokens := tuple(name_tokens(n)))))
            stripped = strip_titles(name)
            made = self._written[written] = (stripped, name_key(stripped), forms)
        stripped, key, forms = made
        if forms:
            self.people.append(Person(stripped, seat, candidate, forms, key))

    def is_name_word(self, text: str) -> bool:
        return text in self.by_word

    def in_scope(self, seat: str | None, year: int | None) -> frozenset[int] | None:
        """Ids of the people of one seat and/or year; None for everyone."""
        if seat is None and year is None:
            return None
        if seat is None:
            return self.by_year.get(year, frozenset())
        ids = self.by_seat.get(name_key(seat), frozenset())
        return ids if year is None else ids & self.by_year.get(year, frozenset())

    # ----- exact full names (found before seats, so "Gordon Brown" is a person, not the seat Gordon) -----

    def exact_spans(self, words: Sequence[Word], blocked: Sequence[bool]) -> list[tuple[int, int]]:
        """Spans of two or more words that are exactly someone's full name."""
        spans = []
        used = list(blocked)
        n = len(words)
        for length in range(min(self.max_form, n), 1, -1):
            for start in range(n - length + 1):
                end = start + length
                if any(used[start:end]):
                    continue
                key = " ".join([*(w.text for w in words[start:end - 1]), words[end - 1].base])
                if key in self.by_form:
                    used[start:end] = [True] * length
                    spans.append((start, end))
        return spans

    # ----- names in free text -----

    def find(self, words: Sequence[Word], blocked: Sequence[bool], stop: frozenset[str], *,
             seat: str | None = None, year: int | None = None) -> list[PersonMatch]:
        """People named in the question, within `seat` and `year` when given; unmatched names too."""
        scope = self.in_scope(seat, year)
        found = []
        for start, end in _runs(words, blocked, stop):
            match = self._match_run(words, start, end, scope, first_name_alone=seat is not None)
            if match is not None:
                found.append(match)
        return found

    def _candidates(self, run: Sequence[Word], scope: frozenset[int] | None, first_name_alone: bool) -> set[int]:
        """People whose surname (or, for a run of one word, a middle name) is the run's last word, exactly or
        with one typo; with `first_name_alone`, also people whose first name is the run's only word."""
        word = run[-1]
        ids: set[int] = set()
        forms = {word.text, word.base}
        if word.text.endswith("s"):
            forms.add(word.text[:-1])
        for form in forms:
            ids.update(self.by_surname.get(form, ()))
        if len(word.base) >= MIN_FUZZY_LENGTH:
            bucket = self.word_buckets.get(word.base[0], [])
            for hit, _, _ in process.extract(word.base, bucket, scorer=fuzz.ratio, processor=None,
                                             score_cutoff=TOKEN_CUTOFF, limit=10):
                ids.update(self.by_surname[hit])
            for hit in self._first_letter_slips(word.base):
                ids.update(self.by_surname[hit])
        if first_name_alone and len(run) == 1 and scope is not None:
            ids.update(i for i in scope if any(_word_score(run[0], f[0], "first") for f in self.people[i].forms))
        if len(run) > 1 and len(ids) > PREFILTER_SIZE:
            ids = self._with_word_like(ids, run[0])
        return ids if scope is None else ids & scope

    def _first_letter_slips(self, text: str) -> list[str]:
        """Name words `text` is with one slip at its first letter: one added ("sshepherd"), changed or
        dropped ("ameson"), or the first two letters swapped ("hsepherd")."""
        words = [w for w in (text[1:], text[1] + text[0] + text[2:]) if w in self.by_surname]
        return [*words, *self.by_tail.get(text[1:], ()), *self.by_tail.get(text, ())]

    def _with_word_like(self, ids: set[int], word: Word) -> set[int]:
        """The people of `ids` with a name word the question's word can stand for: itself, a nickname form
        of it, a name it is the initial of, or a close spelling (a cheap set filter before scoring)."""
        forms = {word.text, word.base, *_nickname_forms(word.base)}
        if len(word.base) >= MIN_FUZZY_LENGTH:
            bucket = self.word_buckets_all.get(word.base[0], [])
            forms.update(hit for hit, _, _ in process.extract(word.base, bucket, scorer=fuzz.ratio, processor=None,
                                                              score_cutoff=TOKEN_CUTOFF, limit=10))
        groups = [self.by_word[form] for form in forms if form in self.by_word]
        if len(word.base) == 1:
            groups.append(self.by_initial.get(word.base, frozenset()))
        return {i for i in ids if any(i in group for group in groups)}

    def _match_run(self, words: Sequence[Word], start: int, end: int, scope: frozenset[int] | None, *,
                   first_name_alone: bool) -> PersonMatch | None:
        run = words[start:end]
        said = " ".join(w.base for w in run)
        best: dict[int, tuple[float, int]] = {}
        top = 0.0
        for variant, lengths in _variants(run):
            for stop_at in range(len(variant), 0, -1):
                if top > _best_possible(stop_at):
                    continue  # the first `stop_at` words cannot name anyone as well as the best so far
                prefix = variant[:stop_at]
                if stop_at == 1 < len(variant) and len(prefix[0].base) == 1:
                    continue  # the initial of "J. Smith" alone names nobody
                alone = first_name_alone and len(variant) == 1
                score_of = _form_scorer(prefix, first_name_alone)
                for i in self._candidates(prefix, scope, alone):
                    score = max(map(score_of, self.people[i].forms))
                    if score and score > best.get(i, (0.0, 0))[0]:
                        best[i] = (score, lengths[stop_at - 1])
                        top = max(top, score)
        if not best:
            return PersonMatch("unknown", (), start, end, said)
        top = max(score for score, _ in best.values())
        winners = [i for i, (score, _) in best.items() if score == top]
        span_end = start + max(best[i][1] for i in winners)
        said = " ".join(w.base for w in words[start:span_end])
        keys = {self.people[i].key for i in winners}
        if len(keys) == 1:
            same = [i for i in self.by_key[keys.pop()] if scope is None or i in scope]
            people = sorted((self.people[i] for i in same), key=lambda p: -(p.year or 0))
            return PersonMatch("found", tuple(people), start, span_end, said, top)
        one_each: dict[str, Person] = {}    # each person by their latest record
        for i in sorted(winners, key=lambda i: -(self.people[i].year or 0)):
            one_each.setdefault(self.people[i].key, self.people[i])
        return PersonMatch("ambiguous", tuple(one_each.values()), start, span_end, said, top)

    def lookup(self, name: str, *, seat: str | None = None, year: int | None = None) -> PersonMatch | None:
        """The person a command's name argument names (the whole text is the name)."""
        words = [w for w in tokenize(name) if w.text not in TITLES]
        if not words:
            return None
        scope = self.in_scope(seat, year)
        match = self._match_run(words, 0, len(words), scope, first_name_alone=seat is not None)
        if match is not None and match.status != "unknown" and match.end < len(words):
            return PersonMatch("unknown", (), 0, len(words), " ".join(w.base for w in words))
        return match

    def same_key(self, person: Person) -> list[Person]:
        """Every record of a person with this name."""
        return [self.people[i] for i in self.by_key.get(person.key, [])]

    # ----- suggestions and autocomplete -----

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        key = name_key(strip_titles(text))
        if not key:
            return []
        last = key.split()[-1]
        names: dict[str, None] = {}
        bucket = self.word_buckets.get(last[0], [])
        for word, _, _ in process.extract(last, bucket, scorer=fuzz.ratio, processor=None,
                                          score_cutoff=SUGGEST_CUTOFF + 10, limit=limit):
            for i in sorted(self.by_surname[word]):
                if self.people[i].candidate is not None:
                    names.setdefault(self.people[i].name)
                if len(names) >= limit:
                    return list(names)
        return list(names)

    def complete(self, text: str, limit: int = 25) -> list[str]:
        """Candidate names for an autocomplete box: full names starting with `text`, then names with
        words starting with each word typed, then (for four letters or more) close spellings."""
        key = name_key(strip_titles(text))
        if not key:
            return self.first_names[:limit]
        out = complete_names(key, self.completion_names, self.completion_words, self.names_by_word,
                             self.words_of_name, limit)
        if len(out) < limit and len(key) >= 4:
            for name in self.suggest(key, limit):
                out.setdefault(name)
        return [name[:100] for name in list(out)[:limit]]


# Short name particles that people write apart from the rest of the name: "o mara", "mc carthy".
PARTICLES = frozenset({"o", "mc", "mac", "d", "fitz"})


def _variants(run: Sequence[Word]) -> list[tuple[list[Word], list[int]]]:
    """The run as written, and with particles joined to the next word ("o mara" -> "omara"); each with,
    for every word, how many words of the run it reaches to."""
    out = [(list(run), list(range(1, len(run) + 1)))]
    if any(w.text in PARTICLES for w in run[:-1]):
        joined: list[Word] = []
        reach: list[int] = []
        i = 0
        while i < len(run):
            if run[i].text in PARTICLES and i + 1 < len(run):
                text = run[i].text + run[i + 1].text
                joined.append(Word(text, run[i].text + run[i + 1].base))
                i += 2
            else:
                joined.append(run[i])
                i += 1
            reach.append(i)
        out.append((joined, reach))
    return out


def _runs(words: Sequence[Word], blocked: Sequence[bool], stop: frozenset[str]) -> list[tuple[int, int]]:
    """Maximal spans of words that may be part of a name (not blocked, not question words, not titles)."""
    runs = []
    start = None
    for i, word in enumerate([*words, None]):
        name_like = (word is not None and not blocked[i] and not word.text.isdigit()
                     and (word.initial or (word.text not in stop and word.base not in stop
                                           and word.text not in TITLES)))
        if name_like and start is None:
            start = i
        elif not name_like and start is not None:
            runs.append((start, i))
            start = None
    return runs
