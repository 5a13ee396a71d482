"""The name index: words of a question, and the constituencies and parties named in it.

Questions are split into `Word`s once (`tokenize`). `SeatIndex` finds constituencies inside free
text (exact spans first, then typos around an "anchor" word, then unique partial names) and tells a
seat the knowledge base holds from a real seat it does not (the gazetteer of all 650), so an unknown
seat is never snapped onto a known one. `PartyIndex` finds party names and aliases. People are in
`handlers.answers.person_index`.

Every index is built once; a lookup does dictionary hits and rapidfuzz scoring over short lists
(`processor=None`, `score_cutoff`), never a Python loop over every name.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.lexicon.parties import (
    ORDINARY_PARTY_NAMES,
    ORDINARY_WORD_ALIASES,
    PARTY_ALIASES,
    TYPED_ALIASES,
)
from knowledge.lexicon.seatnames import (
    COMPASS_WORDS,
    SEAT_ABBREVIATIONS,
    SEAT_ALIASES,
    all_constituency_names,
    unique_written_forms,
)
from knowledge.lexicon.text import fold

# One typo in a word of five letters or more scores 80 or better with fuzz.ratio
# ("ashfeild"/"ashfield" 87.5, "stirlng"/"stirling" 93, "frith"/"firth" 80); shorter words must be exact.
TOKEN_CUTOFF = 80.0
MIN_FUZZY_LENGTH = 5
# A whole seat name found in a question must score this with fuzz.ratio: "dudley nrth"/"dudley north" 87,
# "fermangh south tyrone" 97, while "power"/"gower" (80) and "south tyrone"/"west tyrone" (78) stay apart.
SEAT_CUTOFF = 85.0
# A partial name ("crewe", "hastings") stands for a seat through one of its words spelled this well.
PARTIAL_CUTOFF = 85.0
# Four-letter words may point at a seat through one dropped or added letter only ("crew" -> "crewe" 89;
# a changed letter scores 75: "dove"/"dover" 89 but "poll"/"poole" 67).
SHORT_WORD_LENGTH = 4
# Two known seats scoring this close to each other: ask back rather than pick one.
AMBIGUITY_GAP = 2.0
# Suggestions ("did you mean ...") are looser than answers.
SUGGEST_CUTOFF = 60.0

# Words dropped from seat keys: "Perth and North Perthshire" == "perth north perthshire".
SEAT_JOINERS = frozenset({"and", "the"})
# Words of seat names too common to point at a seat on their own.
GENERIC_SEAT_WORDS = COMPASS_WORDS | frozenset({
    "city", "upon", "under", "on", "of", "in", "le",
    "super", "with", "st", "north east", "north west", "south east", "south west", "and", "the", "inner",
    "outer", "rural", "borough", "new", "great", "isle", "isles", "vale", "valley",
})

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*'?")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a question: `text` folded with apostrophes removed ("o'mara" -> "omara",
    "rudd's" -> "rudds"); `base` without a possessive ("rudd's" -> "rudd")."""

    text: str
    base: str
    initial: bool = False  # one letter written with a full stop ("R.A. Sullivan"): part of a name, never the word "a"


def tokenize(text: str) -> list[Word]:
    """The words of `text`: lower case, accents and apostrophes removed, '&' read as 'and'.

    >>> [w.base for w in tokenize("Rudd's majority in Ynys Môn & O'Mara")]
    ['rudd', 'majority', 'in', 'ynys', 'mon', 'and', 'omara']
    """
    folded = fold(text).replace("&", " and ")
    words = []
    for match in _WORD.finditer(folded):
        raw = match.group()
        base = raw[:-2] if raw.endswith("'s") else raw.rstrip("'")
        initial = len(raw) == 1 and folded.startswith(".", match.end()) and raw.isalpha()
        words.append(Word(raw.replace("'", ""), base.replace("'", ""), initial))
    return words


def seat_words(text: str) -> list[str]:
    """The words of a seat name as the index compares them (abbreviations expanded, joiners dropped)."""
    out = []
    for word in tokenize(text):
        expanded = SEAT_ABBREVIATIONS.get(word.text, word.text)
        if expanded not in SEAT_JOINERS:
            out.append(expanded)
    return out


def seat_key(text: str) -> str:
    """'Perth & N. Perthshire' -> 'perth north perthshire'."""
    return " ".join(seat_words(text))


@dataclass(frozen=True, slots=True)
class SeatName:
    """One way of writing a seat: its own name or an alias."""

    key: str
    words: tuple[str, ...]
    seat: str       # the seat's usual name
    known: bool     # whether the knowledge base has results for it


@dataclass(frozen=True, slots=True)
class SeatMatch:
    """A seat named in a question.

    `status`: "known" (`seats[0]` is on record), "unknown" (a real seat with no results on record),
    or "ambiguous" (`seats` lists the known seats it could be). `partial` is True when only part of
    the name was given ("crewe"); `start`/`end` is the span of words it covers.
    """

    status: str
    seats: tuple[str, ...]
    start: int
    end: int
    score: float
    partial: bool = False
    said: str = ""
    others: tuple[str, ...] = ()    # for a partial name: real seats not on record that share the word
    real: bool = True               # for an unknown seat: whether a gazetteer holds it

    @property
    def seat(self) -> str:
        return self.seats[0]


def _words_key(text: str) -> str:
    """A seat name as the index keys it: its words, folded, joined by spaces."""
    return " ".join(seat_words(text))


class SeatIndex:
    """Every seat the knowledge base knows, their aliases, and every real seat it does not know."""

    def __init__(self, known_seats: Iterable[str]) -> None:
        self.known: tuple[str, ...] = tuple(sorted(set(known_seats)))
        known = set(self.known)
        self.names: list[SeatName] = []
        self.exact: dict[str, int] = {}
        for name in self.known:
            self._add(name, name, True)
        for alias, target in SEAT_ALIASES.items():
            self._add(alias, target, target in known)
        for name in all_constituency_names():
            self._add(name, name, name in known)
        # 'Surrey South West', 'Fife North East': found when written out in full, never a target of
        # misspellings (a misspelt 'Mid Dorset and North Poole' is not 'Dorset North' and 'Poole')
        for form, name in unique_written_forms(all_constituency_names(), _words_key).items():
            self.exact.setdefault(form, self.exact[_words_key(name)])
        self.max_words = max((len(n.words) for n in self.names), default=1)
        by_word: dict[str, list[int]] = defaultdict(list)
        for i, name in enumerate(self.names):
            for word in set(name.words) - GENERIC_SEAT_WORDS:
                by_word[word].append(i)
        self.by_word: dict[str, tuple[int, ...]] = {w: tuple(ids) for w, ids in by_word.items()}
        # how many of each name's words can point at it (those in `by_word`)
        self.word_counts: list[int] = [len(set(name.words) - GENERIC_SEAT_WORDS) for name in self.names]
        buckets: dict[str, list[str]] = defaultdict(list)
        for word in self.by_word:
            buckets[word[0]].append(word)
        self.word_buckets = dict(buckets)
        completions = {(self.names[i].key, self.names[i].seat) for i in self.exact.values() if self.names[i].known}
        self.completion_keys: list[tuple[str, str]] = sorted(completions)
        word_starts = {(w, n.seat) for n in self.names if n.known for w in n.words}
        self.completion_words: list[tuple[str, str]] = sorted(word_starts)
        seats_by_word: dict[str, set[str]] = defaultdict(set)
        words_of_seat: dict[str, set[str]] = defaultdict(set)
        for word, seat in word_starts:
            seats_by_word[word].add(seat)
            words_of_seat[seat].add(word)
        self.seats_by_word = {w: frozenset(s) for w, s in seats_by_word.items()}
        self.words_of_seat = {s: tuple(ws) for s, ws in words_of_seat.items()}
        known_keys: dict[str, list[str]] = defaultdict(list)
        for key, _ in self.completion_keys:
            known_keys[key[:1]].append(key)
        self.known_key_buckets = dict(known_keys)
        self.seat_of_key = dict(self.completion_keys)

    def _add(self, text: str, target: str, known: bool) -> None:
        words = tuple(seat_words(text))
        key = " ".join(words)
        if not key:
            return
        existing = self.exact.get(key)
        if existing is not None and (self.names[existing].known or not known):
            return
        self.exact[key] = len(self.names)
        self.names.append(SeatName(key, words, target, known))

    # ----- finding seats in a question -----

    def find(self, words: Sequence[Word], blocked: Sequence[bool], stop: frozenset[str] = frozenset()
             ) -> list[SeatMatch]:
        """Seats named in a question, in the order they appear; `blocked` words are not looked at.

        `stop` words (the question's own vocabulary: "who", "won", "majority") never point at a seat
        on their own, so "who won" cannot fuzzy-match a constituency.
        """
        exact = self.find_exact(words, blocked, stop)
        used = list(blocked)
        for m in exact:
            used[m.start:m.end] = [True] * (m.end - m.start)
        return sorted(exact + self.find_fuzzy(words, used, stop), key=lambda m: m.start)

    def find_exact(self, words: Sequence[Word], blocked: Sequence[bool], stop: frozenset[str] = frozenset()
                   ) -> list[SeatMatch]:
        """Seat names (or aliases) written out in full, longest first."""
        texts, bases = _seat_texts(words)
        return self._find_exact(texts, bases, list(blocked), stop)

    def find_fuzzy(self, words: Sequence[Word], blocked: Sequence[bool], stop: frozenset[str] = frozenset()
                   ) -> list[SeatMatch]:
        """Misspelt and partial seat names among the words not yet claimed."""
        texts, bases = _seat_texts(words)
        return sorted(self._find_fuzzy(texts, bases, list(blocked), stop), key=lambda m: m.start)

    def _span_key(self, texts: Sequence[str], start: int, end: int) -> str:
        return " ".join(t for t in texts[start:end] if t not in SEAT_JOINERS)

    def _find_exact(self, texts: list[str], bases: list[str], used: list[bool], stop: frozenset[str]
                    ) -> list[SeatMatch]:
        found = []
        n = len(texts)
        for length in range(min(self.max_words + 2, n), 0, -1):
            for start in range(n - length + 1):
                end = start + length
                if any(used[start:end]) or texts[start] in SEAT_JOINERS or texts[end - 1] in SEAT_JOINERS:
                    continue
                if all(t in stop for t in texts[start:end]) or (length == 1 and texts[start] in GENERIC_SEAT_WORDS):
                    continue
                key = self._span_key(texts, start, end)
                index = self.exact.get(key)
                if index is None and bases[end - 1] != texts[end - 1]:
                    index = self.exact.get(self._span_key([*texts[start:end - 1], bases[end - 1]], 0, length))
                if index is None:
                    continue
                name = self.names[index]
                if not name.known and self._known_around(texts, used, start, end):
                    continue
                used[start:end] = [True] * length
                found.append(SeatMatch("known" if name.known else "unknown", (name.seat,), start, end, 100.0,
                                       said=" ".join(texts[start:end])))
        return found

    def _known_around(self, texts: list[str], used: list[bool], start: int, end: int) -> bool:
        """Whether the words of an unknown seat's name are part of a misspelt longer name on record
        ("dudley nrth": Dudley North, not the seat Dudley of other boundaries)."""
        for word in set(texts[start:end]) - GENERIC_SEAT_WORDS:
            for index in self.by_word.get(word, ()):
                name = self.names[index]
                if name.known and len(name.words) > end - start:
                    score, a, b = self._best_span(texts, used, start, name)
                    if score >= SEAT_CUTOFF and a <= start and end <= b and b - a > end - start:
                        return True
        return False

    def anchor_words(self, text: str, base: str) -> list[tuple[str, float]]:
        """Index words a question word can be: itself, its base form, or close spellings of it."""
        if text in self.by_word:
            return [(text, 100.0)]
        if base in self.by_word:
            return [(base, 100.0)]
        if len(text) < SHORT_WORD_LENGTH:
            return []
        cutoff = TOKEN_CUTOFF if len(text) >= MIN_FUZZY_LENGTH else PARTIAL_CUTOFF
        bucket = self.word_buckets.get(text[0], [])
        return [(w, s) for w, s, _ in process.extract(text, bucket, scorer=fuzz.ratio, processor=None,
                                                        score_cutoff=cutoff, limit=5)]

    def _find_fuzzy(self, texts: list[str], bases: list[str], used: list[bool], stop: frozenset[str]
                    ) -> list[SeatMatch]:
        anchors: dict[int, list[tuple[str, float]]] = {}   # position -> the index words it can be, with scores
        for pos in range(len(texts)):
            if used[pos] or texts[pos] in stop or texts[pos] in GENERIC_SEAT_WORDS:
                continue
            anchors[pos] = self.anchor_words(texts[pos], bases[pos])
        best = self._best_spans(texts, used, anchors)
        found: list[SeatMatch] = []
        ranked = sorted(((s, i, a, b) for i, (s, a, b) in best.items() if s >= SEAT_CUTOFF), reverse=True)
        # "dudley nrth" is Dudley North on record, not the seat Dudley (of other boundaries) plus a stray word
        known_spans = [(a, b) for _, i, a, b in ranked if self.names[i].known]
        ranked = [m for m in ranked if self.names[m[1]].known or not any(
            a <= m[2] and m[3] <= b and b - a > m[3] - m[2] for a, b in known_spans)]
        for score, index, start, end in ranked:
            if any(used[start:end]):
                continue
            rivals = [self.names[i].seat for s, i, a, b in ranked
                      if self.names[i].known and s >= score - AMBIGUITY_GAP and a < end and start < b]
            rivals = list(dict.fromkeys(rivals))
            name = self.names[index]
            used[start:end] = [True] * (end - start)
            said = " ".join(texts[start:end])
            if name.known and len(rivals) > 1:
                found.append(SeatMatch("ambiguous", tuple(rivals), start, end, score, said=said))
            else:
                found.append(SeatMatch("known" if name.known else "unknown", (name.seat,), start, end, score,
                                       said=said))
        for pos, words in anchors.items():
            hits = [(index, score) for word, score in words if score >= PARTIAL_CUTOFF for index in self.by_word[word]]
            if used[pos] or not hits:
                continue
            found.extend(self._partial(texts, pos, hits))
            used[pos] = True
        return found

    def _best_spans(self, texts: list[str], used: list[bool], anchors: dict[int, list[tuple[str, float]]]
                    ) -> dict[int, tuple[float, int, int]]:
        """name index -> (score, start, end): each seat name an anchor word points at, scored (fuzz.ratio)
        against the spans of unclaimed words around the anchors that point at it, its best span kept
        (the first of equals) when it scores SEAT_CUTOFF or more.

        A name is scored only when the question's words point at all its words but one: a name with two
        words the question does not have cannot score SEAT_CUTOFF against it. (A word shared by thousands of
        names, as in the 100x benchmark, would otherwise have every one of them scored.) The spans are
        scored against all such names at once, in rapidfuzz."""
        pointed: Counter[int] = Counter()
        for word in {word for words in anchors.values() for word, _ in words}:
            pointed.update(self.by_word[word])
        candidates = [i for i, count in pointed.items() if count >= self.word_counts[i] - 1]
        if not candidates:
            return {}
        keys = [self.names[i].key for i in candidates]
        longest = max(len(self.names[i].words) for i in candidates) + 1
        best: dict[int, tuple[float, int, int]] = {}
        order: dict[int, tuple[int, int, int]] = {}
        for start in range(len(texts)):
            for end in range(start + 1, min(len(texts), start + longest) + 1):
                if used[end - 1]:
                    break
                if texts[start] in SEAT_JOINERS or texts[end - 1] in SEAT_JOINERS:
                    continue
                anchored = [pos for pos in range(start, end) if pos in anchors]
                if not anchored:
                    continue
                for _, score, k in process.extract(self._span_key(texts, start, end), keys, scorer=fuzz.ratio,
                                                   processor=None, score_cutoff=SEAT_CUTOFF, limit=None):
                    index = candidates[k]
                    name = self.names[index]
                    if end - start > len(name.words) + 1:
                        continue
                    words = set(name.words)
                    at = next((pos for pos in anchored if any(w in words for w, _ in anchors[pos])), None)
                    if at is None:
                        continue
                    # the order the spans of one name were once scored in: by anchor, then start, then end
                    seen = (at, start, end)
                    if score > best.get(index, (0.0, 0, 0))[0] or (score == best[index][0] and seen < order[index]):
                        best[index] = (score, start, end)
                        order[index] = seen
        return best

    def _partial(self, texts: list[str], pos: int, hits: list[tuple[int, float]]) -> list[SeatMatch]:
        """A word of a seat's name given alone: the seat when only one known seat has that word."""
        known = list(dict.fromkeys(self.names[i].seat for i, _ in sorted(hits, key=lambda h: -h[1])
                                   if self.names[i].known))
        unknown = list(dict.fromkeys(self.names[i].seat for i, _ in hits if not self.names[i].known))
        score = max(s for _, s in hits)
        if len(known) == 1:
            others = tuple(sorted(set(unknown) - set(known)))
            return [SeatMatch("known", (known[0],), pos, pos + 1, score, partial=True, said=texts[pos],
                              others=others)]
        if known:
            return [SeatMatch("ambiguous", tuple(sorted(known)), pos, pos + 1, score, partial=True,
                              said=texts[pos])]
        if unknown and score == 100.0:
            return [SeatMatch("unknown", tuple(sorted(unknown)), pos, pos + 1, score, partial=True,
                              said=texts[pos])]
        return []

    def _best_span(self, texts: list[str], used: list[bool], pos: int, name: SeatName) -> tuple[float, int, int]:
        """The best fuzz.ratio of any span of the question around `pos` against the seat name."""
        best = (0.0, pos, pos + 1)
        longest = len(name.words) + 1
        for start in range(max(0, pos - longest + 1), pos + 1):
            if any(used[start:pos]):
                continue
            for end in range(pos + 1, min(len(texts), start + longest) + 1):
                if used[end - 1]:
                    break
                if texts[start] in SEAT_JOINERS or texts[end - 1] in SEAT_JOINERS:
                    continue
                score = fuzz.ratio(self._span_key(texts, start, end), name.key, score_cutoff=best[0])
                if score > best[0]:
                    best = (score, start, end)
        return best

    # ----- looking up a name given on its own (commands, autocomplete) -----

    def lookup(self, text: str) -> SeatMatch | None:
        """The seat a command's seat argument names, or None when it names no seat at all."""
        key = seat_key(text)
        if not key:
            return None
        index = self.exact.get(key)
        if index is not None:
            name = self.names[index]
            return SeatMatch("known" if name.known else "unknown", (name.seat,), 0, len(name.words), 100.0,
                             said=key)
        words = tokenize(text)
        matches = self.find(words, [False] * len(words))
        if not matches:
            return None
        return max(matches, key=lambda m: (m.end - m.start, m.score))

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """Known seats whose names look like `text` (for 'did you mean')."""
        key = seat_key(text)
        if not key:
            return []
        choices = self.known_key_buckets.get(key[0], [])
        hits = process.extract(key, choices, scorer=fuzz.WRatio, processor=None, score_cutoff=SUGGEST_CUTOFF,
                               limit=limit * 2)
        return list(dict.fromkeys(self.seat_of_key[k] for k, _, _ in hits))[:limit]

    def complete(self, text: str, limit: int = 25) -> list[str]:
        """Known seats for an autocomplete box: names starting with `text`, then names holding every
        word typed (the last as a prefix), then (for four letters or more) close spellings."""
        key = seat_key(text)
        if not key:
            return list(self.known[:limit])
        out = complete_names(key, self.completion_keys, self.completion_words, self.seats_by_word,
                             self.words_of_seat, limit)
        if len(out) < limit and len(key) >= 4:
            choices = self.known_key_buckets.get(key[0], [])
            for choice, _, _ in process.extract(key, choices, scorer=fuzz.partial_ratio, processor=None,
                                                score_cutoff=75.0, limit=limit):
                out.setdefault(self.seat_of_key[choice])
                if len(out) >= limit:
                    break
        return [name[:100] for name in list(out)[:limit]]


def _seat_texts(words: Sequence[Word]) -> tuple[list[str], list[str]]:
    return ([SEAT_ABBREVIATIONS.get(w.text, w.text) for w in words],
            [SEAT_ABBREVIATIONS.get(w.base, w.base) for w in words])


def sorted_pairs(groups: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Every (key, value) of `groups`, sorted: `sorted` of the pairs, but comparing strings within a key's
    group instead of tuples across all of them (several times faster on tens of thousands)."""
    return [(key, value) for key in sorted(groups) for value in sorted(groups[key])]


def complete_names(key: str, full: list[tuple[str, str]], words: list[tuple[str, str]],
                   by_word: dict[str, frozenset[str]], words_of: dict[str, tuple[str, ...]], limit: int
                   ) -> dict[str, None]:
    """Autocomplete over sorted (key, name) and (word, name) lists: prefix of the whole name first,
    then names holding every typed word (the last one as a prefix). Never walks more than a bounded
    stretch of either list."""
    out: dict[str, None] = {}
    i = bisect.bisect_left(full, (key, ""))
    while i < len(full) and full[i][0].startswith(key) and len(out) < limit:
        out.setdefault(full[i][1])
        i += 1
    parts = key.split()
    if len(out) >= limit:
        return out
    if len(parts) == 1:
        i = bisect.bisect_left(words, (parts[0], ""))
        while i < len(words) and words[i][0].startswith(parts[0]) and len(out) < limit:
            out.setdefault(words[i][1])
            i += 1
        return out
    pools = [by_word.get(part) for part in parts[:-1]]
    if any(pool is None for pool in pools):
        return out
    pool = frozenset.intersection(*pools)  # type: ignore[arg-type]
    last = parts[-1]
    start = bisect.bisect_left(words, (last, ""))
    end = bisect.bisect_left(words, (last + "\U0010ffff", ""), start)
    matches: Iterable[str]
    if end - start < len(pool):  # fewer words start with `last` than names hold the other words ('j. dix')
        matches = sorted({name for _, name in words[start:end] if name in pool})
    else:
        matches = (name for name in sorted(pool) if any(word.startswith(last) for word in words_of[name]))
    for name in matches:
        if len(out) >= limit:
            break
        out.setdefault(name)
    return out


# ----- parties -----

# The party names that are ordinary words (`ORDINARY_PARTY_NAMES`) name the party only where the question
# reader says so (`handlers.answers.question.PARTY_LEADS`): not as part of a phrase ("electoral reform")
# nor as a quote's topic ("what did she say about reform").


@dataclass(frozen=True, slots=True)
class PartyMatch:
    party: str
    start: int
    end: int


class PartyIndex:
    """Party names and aliases, found in the words of a question."""

    def __init__(self) -> None:
        self.exact: dict[tuple[str, ...], str] = {}
        self.ordinary: dict[tuple[str, ...], str] = {}    # see ORDINARY_PARTY_NAMES
        for canonical, aliases in PARTY_ALIASES.items():
            for alias in (canonical, *aliases):
                self._add(alias, canonical)
        for canonical, aliases in TYPED_ALIASES.items():
            for alias in aliases:
                self._add(alias, canonical, force=True)
        self.max_words = max(len(k) for k in (*self.exact, *self.ordinary))
        self.single = sorted(k[0] for k in self.exact if len(k) == 1 and len(k[0]) >= MIN_FUZZY_LENGTH)

    def _add(self, alias: str, canonical: str, force: bool = False) -> None:
        words = tuple(w.text for w in tokenize(alias))
        if not words:
            return
        table = self.exact
        if not force and " ".join(words) in ORDINARY_WORD_ALIASES:
            if " ".join(words) not in ORDINARY_PARTY_NAMES:
                return
            table = self.ordinary
        table.setdefault(words, canonical)
        if words[0] == "the" and len(words) > 1:
            table.setdefault(words[1:], canonical)

    def complete(self, text: str, limit: int = 25) -> list[str]:
        """Party names whose name or an alias holds what was typed, in the lexicon's order."""
        typed = fold(text.strip())
        return [name for name, aliases in PARTY_ALIASES.items()
                if not typed or any(typed in fold(alias) for alias in (name, *aliases))][:limit]

    def find(self, words: Sequence[Word], blocked: Sequence[bool], stop: frozenset[str] = frozenset(),
             ordinary: Sequence[bool] | None = None) -> list[PartyMatch]:
        """Parties named in the question (longest alias first; one typo allowed in long single words).

        `ordinary` marks the words where an ordinary-word party name (`ORDINARY_PARTY_NAMES`) may start;
        None: nowhere."""
        used = list(blocked)
        found = []
        n = len(words)
        for length in range(min(self.max_words, n), 0, -1):
            for start in range(n - length + 1):
                end = start + length
                if any(used[start:end]):
                    continue
                span = words[start:end]
                party = _alias(self.exact, span)
                if party is None and ordinary is not None and ordinary[start]:
                    party = _alias(self.ordinary, span)
                if party is None:
                    continue
                used[start:end] = [True] * length
                found.append(PartyMatch(party, start, end))
        for pos, word in enumerate(words):
            if used[pos] or word.text in stop or len(word.text) < MIN_FUZZY_LENGTH:
                continue
            hit = process.extractOne(word.base, self.single, scorer=fuzz.ratio, processor=None, score_cutoff=85.0)
            if hit is not None:
                used[pos] = True
                found.append(PartyMatch(self.exact[(hit[0],)], pos, pos + 1))
        return sorted(found, key=lambda m: m.start)

    def lookup(self, text: str) -> str | None:
        """The party a command's party argument names, or None."""
        words = tokenize(text)
        matches = self.find(words, [False] * len(words), ordinary=[True] * len(words))
        return matches[0].party if matches else None


def _alias(table: dict[tuple[str, ...], str], span: Sequence[Word]) -> str | None:
    """The party `span` names in `table`, its last word read with or without a possessive ("reform's")."""
    return table.get(tuple(w.text for w in span)) or table.get((*(w.text for w in span[:-1]), span[-1].base))
