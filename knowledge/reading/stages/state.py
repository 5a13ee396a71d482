"""What the reader knows of one article while it reads: its sentences, the people it names and the
seats it reports, each value with the sentence and rule that gave it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from knowledge.lexicon.elections import previous_election
from knowledge.lexicon.people import FEMALE_TITLES, MALE_TITLES, strip_titles
from knowledge.lexicon.text import fold
from knowledge.reading.article_text import Sentence, find_quotes, mask_quotes, split_sentences
from knowledge.reading.headed_seats import headed_seats
from knowledge.reading.link_lines import link_spans, mask_spans
from knowledge.reading.mentions import PersonMention, SeatMention, stated_seats
from knowledge.reading.people_index import PeopleIndex
from knowledge.reading.result_blocks import join_label_lines, read_layout
from knowledge.reading.result_lists import tidy_case
from knowledge.reading.rules import Evidence
from knowledge.reading.skeleton import TOKEN, Mention, Skeleton, assemble, find_mentions, kept_people
from knowledge.records import Provenance

MAX_VOTES = 200_000
MAX_SENTENCE_CHARS = 1_500


@dataclass(eq=False, slots=True)

class Person:
    name: str
    female: bool | None = None
    party: Evidence[str] | None = None
    votes: Evidence[int] | None = None
    votes_from_list: bool = False
    seat: str | None = None
    evidence: Evidence[None] | None = None  # the sentence (and rule) that makes them a candidate here
    official: bool = False  # a returning officer, agent or counting official: never a candidate

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def first(self) -> str:
        return self.name.split()[0]

@dataclass(slots=True)

class SeatDraft:
    """What the article says of one seat so far, each value with its sentence and rule (fields are named as
    the facts they become)."""

    name: str
    winner: Evidence[Person] | None = None
    winner_party: Evidence[str] | None = None
    outcome: Evidence[str] | None = None
    previous_party: Evidence[str] | None = None
    losers: list[Person] = field(default_factory=list)
    margin: Evidence[int] | None = None
    margin_conflict: Evidence[int] | None = None  # the result list's margin, where it contradicts the stated one
    previous_majority: Evidence[int] | None = None
    recounts: list[Evidence[int]] = field(default_factory=list)
    turnout_percent: Evidence[float] | None = None
    electorate: Evidence[int] | None = None
    valid_votes: Evidence[int] | None = None
    ballots: Evidence[int] | None = None
    declared_at: Evidence[str] | None = None
    has_list: bool = False
    runner_up_votes: int | None = None  # the second figure of a score whose candidate is not named


class ArticleState:
    """An article's sentences, people and seats, and the lookups every stage uses."""

    def __init__(self, file: str, day: date | None, year: int | None, body: str, *, by_election: bool = False) -> None:
        self.file = file
        self.by_election = by_election  # an article about a by-election: "by-election" is this contest
        self.day = day
        self.year = year
        self.previous_year = previous_election(year) if year else None
        self.body = body
        self.quote_spans = find_quotes(body)
        # quotes are set aside for quotes, and lines linking to other stories are no part of this one
        plain = mask_spans(mask_quotes(body, self.quote_spans), link_spans(body))
        self.sentences = join_label_lines([s for s in split_sentences(body, plain) if len(s.text) <= MAX_SENTENCE_CHARS])
        self.layout = read_layout([s.plain for s in self.sentences])
        self.list_entries = self.layout.entries
        # seats no gazetteer holds, named by a construction or heading a list of candidates' votes
        self.stated_seats = stated_seats(plain) | headed_seats([s.plain for s in self.sentences], self.layout)
        # each sentence's mentions, kept to rebuild its skeleton without the words that name nobody
        self._mentions = self._find_mentions()
        self.skeletons = [assemble(s.plain, found) if s.plain.strip() else Skeleton("")
                          for s, found in zip(self.sentences, self._mentions, strict=True)]
        self.people: PeopleIndex[Person] = PeopleIndex()
        self.seats: dict[str, SeatDraft] = {}
        self.sentence_seat: list[str | None] = []
        # sentences that name two seats or more: (clause start, seat) of each of their clauses, in order
        self.clause_seats: list[tuple[tuple[int, str | None], ...]] = []
        self.roundup_hold: tuple[str | None, str] | None = None  # (party, rule) of "Labour held all its seats"
        self._prose_spelling: dict[str, str] | None = None
        self._tidied: dict[str, str] = {}
        self._sexes_known = 0  # how many people were given a sex by a title: _person_by_word's answers depend on it
        self._by_word: dict[tuple[str, bool, bool | None], Person | None] = {}
        self._by_word_version: tuple[int, int] = (-1, -1)
        self.resolved: list[dict[int, Person | None]] = []
        self._clause_eras: dict[int, tuple[Skeleton, tuple[tuple[int, int], ...], dict[int, str]]] = {}
        self._carried: dict[int, str] = {}  # id(skeleton) -> the era an earlier sentence set
        # (sentence, pronoun) -> the people earlier sentences name for it (see Candidates._referent)
        self._named_earlier: dict[tuple[int, str], list[Person]] = {}
        self._taken_back: dict[int, int] = {}  # id(skeleton) -> where the reporter's correction in it begins
        self.unsure: list[str] = []  # results that failed a self-check, for the ingest report

    def _find_mentions(self) -> list[list[Mention]]:
        """Each sentence's mentions; a sentence the article repeats word for word (a list's party line, a
        boilerplate line) is looked through once."""
        seen: dict[str, list[Mention]] = {}
        found = []
        for sentence in self.sentences:
            plain = sentence.plain
            if plain not in seen:
                seen[plain] = find_mentions(plain, self.stated_seats) if plain.strip() else []
            found.append(seen[plain])
        return found

    def _register_people(self) -> None:
        """Every person named in full anywhere in the article, before reading any fact."""
        for skeleton in self.skeletons:
            for mention in skeleton.mentions:
                if isinstance(mention, PersonMention) and len(mention.words) >= 2:
                    self._person(mention, create=True)
        for entries in self.list_entries:
            for entry in entries:
                if " " in entry.name:
                    self._person_named(self._tidy_list_name(entry.name), create=True)
        self.resolved = []
        for i, skeleton in enumerate(self.skeletons):
            if any(isinstance(m, PersonMention) and len(m.words) == 1 and not m.title
                   and self._person(m, create=False) is None for m in skeleton.mentions):
                # a lone capitalised word that names nobody here ("Turnout was ...") is not a person
                skeleton = self.skeletons[i] = assemble(self.sentences[i].plain,
                                                        kept_people(self._mentions[i], self._names_someone))
            table: dict[int, Person | None] = {}
            for index, mention in enumerate(skeleton.mentions):
                if isinstance(mention, PersonMention):
                    table[index] = self._person(mention, create=False)
            self.resolved.append(table)

    def _names_someone(self, mention: PersonMention) -> bool:
        return len(mention.words) > 1 or bool(mention.title) or self._person(mention, create=False) is not None

    def _person(self, mention: PersonMention, *, create: bool) -> Person | None:
        title = (mention.title or "").lower()
        female = True if title in FEMALE_TITLES else False if title in MALE_TITLES else None
        name = mention.name
        if mention.title and len(mention.words) >= 2:
            # "Ms Dent Coad" is a surname with a title; "Lady Victoria Borwick" a full name.
            tail = self.people.ending_with(fold(name))
            if tail:
                return tail[0]
        if len(mention.words) == 1:
            return self._person_by_word(name, title, female)
        person = self._person_named(name, create=create)
        if person is not None and person.female is None and female is not None:
            person.female = female
            self._sexes_known += 1
        return person

    def _person_named(self, name: str, *, create: bool) -> Person | None:
        name = strip_titles(name)
        person = self.people.first_like(name)
        if person is not None:
            if not name.isupper() and (len(name) > len(person.name) or person.name.isupper()):
                self.people.rename(person, name)
            return person
        if not create or len(name.split()) < 2:
            return None
        person = Person(name)
        self.people.add(person)
        return person

    def _person_by_word(self, word: str, title: str, female: bool | None) -> Person | None:
        """A one-word mention: a surname ("Farrelly", "Lady Borthwick") or, after Sir/Dame, a first name.
        Answers are kept while nobody is added, renamed or given a sex: a surname many people share is
        mentioned again and again, and each answer looks at all of them."""
        key = (word, title in ("sir", "dame"), female)
        version = (self.people.version, self._sexes_known)
        if self._by_word_version != version:
            self._by_word.clear()
            self._by_word_version = version
        if key not in self._by_word:
            self._by_word[key] = self._person_by_word_now(word, title, female)
        return self._by_word[key]

    def _person_by_word_now(self, word: str, title: str, female: bool | None) -> Person | None:
        folded = fold(word)
        if title in ("sir", "dame"):
            firsts = self.people.by_first(folded)
            if len(firsts) == 1:
                return firsts[0]
        exact = self.people.in_order(self.people.by_surname(folded) + self.people.ending_with(folded))
        pool = exact or (self.people.same_person(word, 80) if len(word) > 3 else [])
        if female is not None:
            pool = [p for p in pool if p.female in (None, female)] or pool
        return pool[0] if len(pool) == 1 else None

    def _tidy_list_name(self, name: str) -> str:
        """A list's capitalised surname in the spelling the prose uses ("Wyn Jones", "McCallion")."""
        if self._prose_spelling is None:
            self._prose_spelling = {}
            for match in re.finditer(r"[A-Za-zÀ-ÿ][\w'’-]*", self.body):
                word = match.group()
                if not word.isupper():
                    self._prose_spelling.setdefault(word.lower(), word)
        if name not in self._tidied:  # a list's names are asked for again at every stage that reads the list
            words = name.split()
            for i, word in enumerate(words):
                if word == tidy_case(word):
                    words[i] = self._prose_spelling.get(word.lower(), word)
            self._tidied[name] = " ".join(words)
        return self._tidied[name]

    def _who(self, i: int, token: str) -> Person | None:
        match = TOKEN.search(token)
        if match is None or match.group(1) != "H":
            return None
        return self.resolved[i].get(int(match.group(2)))

    def _seat(self, name: str | None) -> SeatDraft | None:
        if name is None:
            return None
        if name not in self.seats:
            self.seats[name] = SeatDraft(name)
        return self.seats[name]

    def _seat_of(self, i: int, token: str | None = None, person: Person | None = None,
                 offset: int | None = None) -> str | None:
        """The seat a match speaks of: the seat it names, else its person's, else that of its clause."""
        if token:
            mention = self.skeletons[i].mention(token)
            if isinstance(mention, SeatMention):
                return mention.seat
        if person is not None and person.seat is not None:
            return person.seat
        return self._seat_at(i, offset)

    def _seat_at(self, i: int, offset: int | None) -> str | None:
        """The seat of the clause at `offset` of sentence i (of the whole sentence when it names one seat)."""
        clauses = self.clause_seats[i] if i < len(self.clause_seats) else ()
        if offset is None or not clauses:
            return self.sentence_seat[i]
        seat = clauses[0][1]
        for start, name in clauses:
            if start > offset:
                break
            seat = name
        return seat

    def _mark_candidate(self, person: Person, i: int, rule: str, seat: str | None = None) -> None:
        if person.official:
            return
        if person.evidence is None:
            person.evidence = Evidence(None, self.sentences[i], rule)
        if person.seat is None:
            person.seat = seat or self.sentence_seat[i]

    def _provenance(self, sentence: Sentence, rule: str | None = None) -> Provenance:
        return Provenance("article", self.file, self.day.isoformat() if self.day else None, sentence.text[:500], rule)
