"""Reading a question: its words, the years, seats, parties and people it names, and its wording.

Names are claimed in order of how sure a reading is: years; full names of people ("Gordon Brown" is
a person, not the seat Gordon); seat names (exact, then misspelt, then partial); parties; then the
remaining words as people's names, inside the named seat when there is one.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from handlers.answers.intents import TOPIC_MARKERS, VOCABULARY, Wording, read_wording
from handlers.answers.names import (
    GENERIC_SEAT_WORDS,
    PartyIndex,
    PartyMatch,
    SeatIndex,
    SeatMatch,
    Word,
    tokenize,
)
from handlers.answers.person_index import PersonIndex, PersonMatch
from handlers.answers.when import When, read_when
from knowledge.lexicon.areas import UNITED_KINGDOM, find_area

STOP = VOCABULARY
# Words after which a party name that is an ordinary word ("reform", "the speaker") names the party: joining
# and question words, and a contest's verbs ("beat reform", "lost to reform"). After any other word it is
# part of a phrase ("electoral reform", "voting reform", "deputy speaker").
PARTY_LEADS = frozenset("""
the a an and or nor but did does do has have had was were is are will which what whats how many much any
by for to from of with against vs versus than over behind ahead beat beaten defeated lost won gained took
""".split())
# Wording that asks about a person; a lone word that is both a seat and a surname is then the person.
PERSON_SIGNALS = frozenset({"votes", "quote", "who_is", "position", "beat", "beat_by", "share"})


@dataclass(slots=True)
class Question:
    """A question read: what it names and how it is worded."""

    text: str
    words: list[Word]
    wording: Wording
    when: When = field(default_factory=When)
    years: list[int] = field(default_factory=list)
    seats: list[SeatMatch] = field(default_factory=list)
    parties: list[PartyMatch] = field(default_factory=list)
    people: list[PersonMatch] = field(default_factory=list)
    # Words claimed by years, exact seat names and parties: not by misspelt or partial seat names,
    # which may give theirs back to a person (`QuestionReader._prefer_person`).
    claimed: list[bool] = field(default_factory=list)
    area: str | None = None          # 'in scotland', 'welsh seats', 'london': the nation or region asked about

    @property
    def year(self) -> int | None:
        return self.years[0] if self.years else None

    @property
    def seat(self) -> SeatMatch | None:
        """The seat the question is about: an unknown or ambiguous one first (it must be answered for)."""
        for status in ("unknown", "ambiguous", "known"):
            match = next((m for m in self.seats if m.status == status), None)
            if match is not None:
                return match
        return None

    @property
    def person(self) -> PersonMatch | None:
        return next((m for m in self.people if m.status != "unknown"), None)

    @property
    def unknown_names(self) -> list[PersonMatch]:
        return [m for m in self.people if m.status == "unknown"]

    def _after_from(self, match: PartyMatch) -> bool:
        return "from" in self.wording.terms[max(0, match.start - 2):match.start]

    @property
    def party(self) -> str | None:
        """The party the question is about (not one named after 'from')."""
        return next((m.party for m in self.parties if not self._after_from(m)), None)

    @property
    def from_party(self) -> str | None:
        """'did the lib dems gain bath from the tories' -> Conservative (the party named after 'from')."""
        return next((m.party for m in self.parties if self._after_from(m)), None)


class QuestionReader:
    """Reads questions against the name indexes built once by the engine."""

    def __init__(self, seats: SeatIndex, parties: PartyIndex, people: PersonIndex) -> None:
        self.seat_index = seats
        self.party_index = parties
        self.person_index = people

    def is_name(self, text: str) -> bool:
        return text in self.seat_index.by_word or self.person_index.is_name_word(text)

    def read(self, text: str) -> Question:
        words = tokenize(text)
        when = read_when(words, text)
        wording = read_wording(words, self.is_name, when.used)
        # Misspelt question words are read as the word they misspell, so they are never names.
        words = [w if term == w.base or term in (w.text, w.base) else Word(term, term)
                 for w, term in zip(words, wording.terms, strict=True)]
        question = Question(text, words, wording, when=when, years=list(when.years))
        blocked = [word.text.isdigit() or i in when.used for i, word in enumerate(words)]
        full_names = self.person_index.exact_spans(words, blocked)
        exact = self.seat_index.find_exact(words, _with_spans(blocked, full_names), STOP)
        blocked = _with_spans(blocked, [(m.start, m.end) for m in exact])
        topic = _topic_span(wording)
        question.parties = self.party_index.find(words, _with_spans(blocked, full_names), STOP,
                                                 _party_word_places(words, blocked, topic))
        blocked = _with_spans(blocked, [(m.start, m.end) for m in question.parties])
        free = _with_spans(blocked, full_names)
        area = find_area([None if taken else w.text for w, taken in zip(words, free, strict=True)], STOP)
        if area is not None:
            named, start, end = area
            question.area = None if named == UNITED_KINGDOM else named
            blocked = _with_spans(blocked, [(start, end)])
        fuzzy = self.seat_index.find_fuzzy(words, _with_spans(blocked, full_names), STOP)
        question.seats = sorted(exact + fuzzy, key=lambda m: m.start)
        question.claimed = blocked
        blocked = _with_spans(blocked, [(m.start, m.end) for m in fuzzy])
        question.people = self._people(question, _with_spans(blocked, [topic]))
        self._prefer_person(question)
        self._unknown_names(question)
        return question

    def _unknown_names(self, question: Question) -> None:
        """A name joined by 'and' holding a word no index knows ('clapham and brixton hill'), or two part-names
        of different seats ('stratford and bow'): one seat name not on record. It never becomes the seat or
        person one of its words points at; the engine says it is not on record."""
        for start, end in _joined_runs(question.words):
            span = range(start, end)
            inside = [m for m in question.seats if m.start in span or m.end - 1 in span]
            people = [m for m in question.people if m.status != "unknown" and m.start in span]
            if any(m.start <= start and m.end >= end for m in inside):
                continue    # the whole run is a name the index knows
            content = [i for i in span if question.words[i].text != "and"]
            strange = any(self._unknown_word(question, i) for i in content)
            parts = [m for m in inside if m.partial]
            if not (strange and (inside or people)) and len(parts) < 2:
                continue
            said = " ".join(w.text for w in question.words[start:end])
            question.seats = sorted([m for m in question.seats if m not in inside]
                                    + [SeatMatch("unknown", (_display(said),), start, end, 0.0, said=said,
                                                 real=False)], key=lambda m: m.start)
            question.people = [m for m in question.people if m not in people and m.start not in span]

    def _unknown_word(self, question: Question, i: int) -> bool:
        """A word that is no question word, no seat word (nor close to one), no name on record."""
        word = question.words[i]
        if question.claimed[i] or word.text in STOP or word.text.isdigit():
            return False
        if self.is_name(word.text) or self.is_name(word.base) or word.text in GENERIC_SEAT_WORDS:
            return False
        return not self.seat_index.anchor_words(word.text, word.base)

    def _people(self, question: Question, blocked: list[bool]) -> list[PersonMatch]:
        seat = question.seat
        scope = seat.seat if seat is not None and seat.status == "known" else None
        found = self.person_index.find(question.words, blocked, STOP, seat=scope, year=question.year)
        if question.year is not None and any(m.status == "unknown" for m in found):
            wider = self.person_index.find(question.words, blocked, STOP, seat=scope)
            found = [w if m.status == "unknown" else m for m, w in zip(found, wider, strict=True)]
        return found

    def _prefer_person(self, question: Question) -> None:
        """Give words a seat match took back to a person when that reading is the one that can be right.

        - 'how many votes did hastings get': a lone word that is a seat and a surname, in a question
          about a person;
        - 'how many votes did jeremy corbyn get': a misspelling of a real seat not on record (Corby)
          that is exactly a name on record.
        """
        if question.person is not None:
            return
        about_person = question.wording.has(*PERSON_SIGNALS) or (question.wording.yes_no
                                                                 and question.wording.verb is not None)
        for match in question.seats:
            loose_unknown = match.status == "unknown" and match.score < 100.0
            if not (loose_unknown or (about_person and match.end - match.start == 1)):
                continue
            span = question.words[match.start:match.end]
            if not any(self.person_index.is_name_word(w.base) or self.person_index.is_name_word(w.text)
                       for w in span):
                continue
            others = [m for m in question.seats if m is not match]
            blocked = _with_spans(question.claimed, [(m.start, m.end) for m in others])
            scope = next((m.seat for m in others if m.status == "known"), None)
            found = self.person_index.find(question.words, blocked, STOP, seat=scope, year=question.year)
            hit = next((m for m in found if m.status != "unknown" and m.start <= match.start < m.end), None)
            if hit is not None:
                question.seats = others
                question.people = [hit, *(m for m in found if m is not hit)]
                return


def _joined_runs(words: Sequence[Word]) -> list[tuple[int, int]]:
    """Spans of two or more name words joined by 'and' ('runcorn and helsby'), outside question words."""
    runs = []
    i = 0
    while i < len(words):
        if not _name_word(words[i]):
            i += 1
            continue
        end = i + 1
        while end < len(words) and (_name_word(words[end]) or (
                words[end].text == "and" and end + 1 < len(words) and _name_word(words[end + 1]))):
            end += 1
        if any(w.text == "and" for w in words[i:end]):
            runs.append((i, end))
        i = end
    return runs


def _name_word(word: Word) -> bool:
    return word.text not in STOP and not word.text.isdigit()


def _display(said: str) -> str:
    """'clapham and brixton hill' -> 'Clapham and Brixton Hill'."""
    return " ".join(w if w in ("and", "of", "upon", "on", "under") else w.capitalize() for w in said.split())


def _topic_span(wording: Wording) -> tuple[int, int]:
    """The words after 'about' in a question about what someone said: a topic, never a speaker's name."""
    if not wording.has("quote") or wording.topic is None:
        return (0, 0)
    terms = wording.terms
    start = next((i for i, t in enumerate(terms) if t in TOPIC_MARKERS and i > 0 and wording.topic in terms[i:]),
                 len(terms))
    return (start, len(terms))


def _party_word_places(words: Sequence[Word], claimed: Sequence[bool], topic: tuple[int, int]) -> list[bool]:
    """Where an ordinary-word party name may start: first in the question, or after a `PARTY_LEADS` word, a
    year or a seat ("clacton reform candidate"); never inside a quote's topic."""
    return [not topic[0] <= i < topic[1] and (i == 0 or claimed[i - 1] or words[i - 1].text in PARTY_LEADS)
            for i in range(len(words))]


def _with_spans(blocked: list[bool], spans: list[tuple[int, int]]) -> list[bool]:
    out = list(blocked)
    for start, end in spans:
        out[start:end] = [True] * (end - start)
    return out

