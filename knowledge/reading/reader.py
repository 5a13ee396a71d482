"""Reading one news article into facts about the seats whose results it reports.

`read_article(text, file)` is a pure function: text in, an `ArticleReport` of facts out, each fact
with the sentence it came from. It reads only what the reporter states (quoted speech is set aside
for quotes), keeps numbers that are not this election's result (ages, years, past majorities,
national totals) out of the facts, and yields no result for previews, suspended counts and
commentary: a seat only gets facts when the article says who won it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from knowledge.fields import BY_NAME as FIELD_KINDS
from knowledge.lexicon.elections import (
    BY_ELECTION,
    GENERAL_ELECTIONS,
    article_election,
    polling_day,
    previous_election,
)
from knowledge.lexicon.numbers import ORDINALS
from knowledge.lexicon.people import FEMALE_TITLES, MALE_TITLES, same_person, strip_titles
from knowledge.lexicon.text import fold
from knowledge.reading import phrases as ph
from knowledge.reading.article_text import Sentence, find_quotes, mask_quotes, split_header, split_sentences
from knowledge.reading.mentions import NumberMention, PartyMention, PersonMention, SeatMention
from knowledge.reading.result_blocks import ResultBlock, find_blocks, list_entries
from knowledge.reading.result_lists import ListEntry, tidy_case
from knowledge.reading.rules import Evidence, Rule, of_step, pattern_of
from knowledge.reading.rules import pattern as rule_pattern
from knowledge.reading.skeleton import TOKEN, Skeleton, build
from knowledge.reading.speech import attribute_quotes
from knowledge.records import ArticleReport, Fact, Provenance, Quote, Value

MAX_VOTES = 200_000
# News reports run to a few thousand words; past these bounds text is not read, and the report says so.
MAX_READ_CHARS = 60_000
MAX_SENTENCE_CHARS = 1_500
_NOT_VOTES_AFTER = re.compile(
    r"^(?:'s)?\s*(?:per ?cent|percent|%|-?years?\b|-year|year-old|(?:[A-Z]\w+ )?seats?\b|(?:[A-Z]\w+ )?MPs?\b|"
    r"constituencies|voters|electors|doors|(?:-vote )?majority|people|members|councillors|hours|minutes|days|weeks|"
    r"months|times|candidates|general|of\b|out of|votes? (?:ahead|clear|behind|short|separated|between)|"
    r"valid|votes? cast|ballot|postal|turnout|more\b|fewer\b)", re.I)
_NOT_VOTES_BEFORE = re.compile(
    r"(?:\b(?:majority|margin|electorate|turnout|register) of (?:just |only |a mere |some |around |about )?|"
    r"\bby (?:just |only |a mere |some |around |about |a slender margin of |a margin of |a majority of )?|"
    r"\b(?:at|aged|age|in|since|until|from|cut to|reduced to|down to|a few|several|some|about|around|nearly|almost|"
    r"more than|over|under|fewer than|less than|up to|top|than)\s+|-)$", re.I)
_VOTE_CUE = rule_pattern("votes.polled")
_OWNER_AFTER = rule_pattern("votes.owner_after")
_POSSESSIVE_OWNER = rule_pattern("votes.possessive")
_SEQUENCE_GAP = rule_pattern("votes.sequence")
_ROLE = rule_pattern("party.role")
_PERSON_OR_ROLE = re.compile(r"<H\d+>|" + _ROLE.pattern)
_SUBJECT = re.compile(r"<H\d+>|<P\d+>(?!'s <H)|" + _ROLE.pattern)
_YEARS_AGO = rule_pattern("election.years_ago")
_LAST_ELECTION = rule_pattern("election.last_time")
_HISTORY = rule_pattern("election.history")
_RECOUNT_SERIES = rule_pattern("not-a-fact.recount_series")
_RECOUNT_SPECULATIVE = rule_pattern("not-a-fact.recount_speculative")
_RECOUNT_DECLINED = rule_pattern("recounts.declined")
_RECOUNT_REFUSED = rule_pattern("recounts.refused")
_RECOUNT_AGAIN = rule_pattern("recounts.again")
_RECOUNT_ORDINAL = rule_pattern("recounts.ordinal")
_WHEN = re.compile(r"\s*when\b", re.I)
_BELOW_FIRST = re.compile(r"\b(?:second|third|fourth|fifth|sixth|runner-up|trail(?:ed|ing)|behind)\b", re.I)
_RELATIVE = re.compile(r"\s*(?:who|which|whose)\b", re.I)
_TIME_OPENING = re.compile(
    r"^(?:back |but |and )?(?:in|at the|by|during) (?:the )?<N\d+>(?: (?:general )?election)?[,;:]?\s*$|"
    r"^<N\d+> (?:years?|decades?) (?:ago|earlier|before)[,;:]?\s*$", re.I)
# A count of votes is followed by "votes", punctuation or a joining word ("21,012 to 19,400", "21,012 and
# Roe 19,400"); a number before any other word counts something else ("two parties", "eight attempts").
_NEXT_WORD = re.compile(r"^(?:'s)?\s*(?P<word>[a-z][a-z-]*)\b")
_VOTE_FOLLOWERS = frozenset("""
votes vote cast to against and or while whilst with in at on as for from compared over ahead behind than but whereas
after before each apiece respectively which when that so giving making leaving securing putting taking beating
followed since by among up down overall the a an this
""".split())
# Said of an interim count: "the Lib Dems initially came up three votes ahead", "the original count had him
# winning by eight". The declared result is another figure.
_INTERIM = rule_pattern("not-a-fact.interim")
# Between a person and a number: "Corbyn said ..., with the Tories on 7,243" gives the number to someone else.
_NOT_OWNER_GAP = re.compile(r"\b(?:said|says|told|added|argued|insisted|claimed that)\b|\bwith (?:the )?<P\d+>")


@dataclass(eq=False, slots=True)
class Person:
    name: str
    female: bool | None = None
    party: Evidence[str] | None = None
    votes: Evidence[int] | None = None
    votes_from_list: bool = False
    seat: str | None = None
    evidence: Evidence[None] | None = None  # the sentence (and rule) that makes them a candidate here

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
    previous_majority: Evidence[int] | None = None
    recounts: list[Evidence[int]] = field(default_factory=list)
    turnout_percent: Evidence[float] | None = None
    electorate: Evidence[int] | None = None
    valid_votes: Evidence[int] | None = None
    ballots: Evidence[int] | None = None
    declared_at: Evidence[str] | None = None
    has_list: bool = False
    runner_up_votes: int | None = None  # the second figure of a score whose candidate is not named


def read_article(text: str, file: str) -> ArticleReport:
    """Facts and quotes of every seat whose declared result the article reports."""
    day, body = split_header(text)
    notes: list[str] = []
    by_election_day: str | None = None
    if day is not None:
        contest = article_election(day, body)
        year, preview, by_election_day = contest.year, contest.preview, contest.by_election_day
        notes += [contest.note] if contest.note else []
    else:
        year, preview = election_named_in(body), False
        notes.append("no date header" + (f"; election {year} taken from the text" if year else
                                         "; no election named, so the election is unknown"))
    report = ArticleReport(file=file, date=day.isoformat() if day else None, election_year=year, notes=notes,
                           by_election_day=by_election_day)
    if preview and day is not None and year is not None:
        notes.append(f"a preview: dated {day.isoformat()}, before polling day ({polling_day(year)})")
        return report
    if len(body) > MAX_READ_CHARS:
        notes.append(f"long text: only the first {MAX_READ_CHARS:,} of {len(body):,} characters were read")
        body = body[:MAX_READ_CHARS]
    reader = _Reader(file, day, year, body, by_election=by_election_day is not None)
    reader.read()
    report.facts = reader.facts()
    report.quotes = reader.quotes()
    if by_election_day:  # every fact of a by-election article is of that by-election
        report.facts = [replace(f, by_election_day=by_election_day) for f in report.facts]
        report.quotes = [replace(q, by_election_day=by_election_day) for q in report.quotes]
    if not report.has_result:
        notes.append("reports no declared result")
    return report


def election_named_in(body: str) -> int | None:
    """The general election an undated article names most ("the 2017 general election")."""
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b(?=[^.]{0,30}\belection)", body)]
    years = [y for y in years if y in GENERAL_ELECTIONS]
    if not years:
        return None
    return max(set(years), key=lambda y: (years.count(y), y))


class _Reader:
    def __init__(self, file: str, day: date | None, year: int | None, body: str, *, by_election: bool = False) -> None:
        self.file = file
        self.by_election = by_election  # an article about a by-election: "by-election" is this contest
        self.day = day
        self.year = year
        self.previous_year = previous_election(year) if year else None
        self.body = body
        self.quote_spans = find_quotes(body)
        plain = mask_quotes(body, self.quote_spans)
        self.sentences = [s for s in split_sentences(body, plain) if len(s.text) <= MAX_SENTENCE_CHARS]
        self.skeletons = [build(s.plain) if s.plain.strip() else Skeleton("") for s in self.sentences]
        self.list_entries = list_entries([s.plain for s in self.sentences])
        self.people: list[Person] = []
        self.seats: dict[str, SeatDraft] = {}
        self.sentence_seat: list[str | None] = []
        self.roundup_hold: tuple[str | None, str] | None = None  # (party, rule) of "Labour held all its seats"
        self._prose_spelling: dict[str, str] | None = None
        self.resolved: list[dict[int, Person | None]] = []
        self._clause_eras: dict[int, tuple[Skeleton, list[tuple[int, int]], dict[int, str]]] = {}
        self._carried: dict[int, str] = {}  # id(skeleton) -> the era an earlier sentence set

    # -- the passes ---------------------------------------------------------------------------
    def read(self) -> None:
        self._register_people()
        self._carry_eras()
        self._assign_sentence_seats()
        blocks = find_blocks(self.sentences, self.list_entries, self.skeletons, self._seat_named)
        pending: list[ResultBlock] = []
        for block in blocks:
            if block.seat is not None:
                self._read_block(block, block.seat)
            else:
                self._read_block_people(block)
                pending.append(block)
        later = {i for block in pending for i in block.region}
        self._read_prose([i for i in range(len(self.sentences)) if i not in later])
        for block in pending:
            self._read_block(block, self._block_seat(block))
        self._read_prose(sorted(later))
        for seat in self.seats.values():
            self._conclude(seat)

    def _read_prose(self, indexes: list[int]) -> None:
        for step in (self._read_attribution, self._read_outcome, self._read_votes, self._read_score,
                     self._read_candidacy, self._read_figures):
            for i in indexes:
                if self.skeletons[i].text:
                    step(i)

    def _seat_named(self, i: int) -> str | None:
        """The last seat sentence i names in the present, if any."""
        skeleton = self.skeletons[i]
        named = [m.seat for offset, m in skeleton.tokens("S") if self._era(skeleton, offset) == "current"]
        return named[-1] if named else None  # type: ignore[attr-defined]

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
                skeleton = self.skeletons[i] = build(self.sentences[i].plain, keep=self._names_someone)
            table: dict[int, Person | None] = {}
            for index, mention in enumerate(skeleton.mentions):
                if isinstance(mention, PersonMention):
                    table[index] = self._person(mention, create=False)
            self.resolved.append(table)

    def _names_someone(self, mention: PersonMention) -> bool:
        return len(mention.words) > 1 or bool(mention.title) or self._person(mention, create=False) is not None

    def _assign_sentence_seats(self) -> None:
        """The seat each sentence speaks of: one it names (in the present), else the one in focus."""
        focus: str | None = None
        for skeleton in self.skeletons:
            named = [(offset, m) for offset, m in skeleton.tokens("S") if self._era(skeleton, offset) == "current"]
            if named:
                focus = named[-1][1].seat
            self.sentence_seat.append(focus)

    # -- people -------------------------------------------------------------------------------
    def _person(self, mention: PersonMention, *, create: bool) -> Person | None:
        title = (mention.title or "").lower()
        female = True if title in FEMALE_TITLES else False if title in MALE_TITLES else None
        name = mention.name
        if mention.title and len(mention.words) >= 2:
            # "Ms Dent Coad" is a surname with a title; "Lady Victoria Borwick" a full name.
            tail = [p for p in self.people if fold(p.name).endswith(" " + fold(name))]
            if tail:
                return tail[0]
        if len(mention.words) == 1:
            return self._person_by_word(name, title, female)
        person = self._person_named(name, create=create)
        if person is not None and person.female is None:
            person.female = female
        return person

    def _person_named(self, name: str, *, create: bool) -> Person | None:
        name = strip_titles(name)
        for person in self.people:
            if same_person(name, person.name, misspelling=86):
                if len(name) > len(person.name) and not name.isupper():
                    person.name = name
                return person
        if not create or len(name.split()) < 2:
            return None
        person = Person(name)
        self.people.append(person)
        return person

    def _person_by_word(self, word: str, title: str, female: bool | None) -> Person | None:
        """A one-word mention: a surname ("Farrelly", "Lady Borthwick") or, after Sir/Dame, a first name."""
        if title in ("sir", "dame"):
            firsts = [p for p in self.people if fold(p.first) == fold(word)]
            if len(firsts) == 1:
                return firsts[0]
        exact = [p for p in self.people if fold(p.surname) == fold(word) or fold(p.name).endswith(" " + fold(word))]
        pool = exact or [p for p in self.people if len(word) > 3 and same_person(word, p.name, misspelling=80)]
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
        words = name.split()
        for i, word in enumerate(words):
            if word == tidy_case(word):
                words[i] = self._prose_spelling.get(word.lower(), word)
        return " ".join(words)

    def _who(self, i: int, token: str) -> Person | None:
        match = TOKEN.search(token)
        if match is None or match.group(1) != "H":
            return None
        return self.resolved[i].get(int(match.group(2)))

    # -- seats --------------------------------------------------------------------------------
    def _seat(self, name: str | None) -> SeatDraft | None:
        if name is None:
            return None
        if name not in self.seats:
            self.seats[name] = SeatDraft(name)
        return self.seats[name]

    def _seat_of(self, i: int, token: str | None = None, person: Person | None = None) -> str | None:
        if token:
            mention = self.skeletons[i].mention(token)
            if isinstance(mention, SeatMention):
                return mention.seat
        if person is not None and person.seat is not None:
            return person.seat
        return self.sentence_seat[i]

    def _mark_candidate(self, person: Person, i: int, rule: str, seat: str | None = None) -> None:
        if person.evidence is None:
            person.evidence = Evidence(None, self.sentences[i], rule)
        if person.seat is None:
            person.seat = seat or self.sentence_seat[i]

    # -- the time a clause speaks of ----------------------------------------------------------
    def _era(self, skeleton: Skeleton, offset: int) -> str:
        """'current', 'previous' (the election before) or 'history' for the clause around `offset`."""
        # Every rule asks this of the same few clauses: work out each clause's era once.
        cached = self._clause_eras.get(id(skeleton))
        if cached is None or cached[0] is not skeleton:
            cached = self._clause_eras[id(skeleton)] = (skeleton, _clauses(skeleton.text), {})
        _, clauses, eras = cached
        index = next((k for k, (s, e) in enumerate(clauses) if s <= offset < e), len(clauses) - 1)
        if index not in eras:
            eras[index] = self._era_at(skeleton, clauses, index)
        if eras[index] == "current" and id(skeleton) in self._carried:
            return self._carried[id(skeleton)]
        return eras[index]

    def _carry_eras(self) -> None:
        """A sentence opening in the past ("Five years ago ...") sets the time of the next one in its
        paragraph, unless that one returns to the present ("This time ...") or names its own time."""
        previous: tuple[int, str] | None = None  # (paragraph, era) set by the sentence before
        for sentence, skeleton in zip(self.sentences, self.skeletons, strict=True):
            if not skeleton.text:
                continue
            own = self._era(skeleton, 0)
            if previous and previous[0] == sentence.paragraph and own == "current" \
                    and not ph.PRESENT_OPENING.match(skeleton.text) and "<S" not in skeleton.text:
                self._carried[id(skeleton)] = previous[1]
            opening = ph.PAST_OPENING.match(skeleton.text)
            previous = (sentence.paragraph, own) if opening and own != "current" else None

    def _era_at(self, skeleton: Skeleton, clauses: list[tuple[int, int]], index: int) -> str:
        era = self._clause_era(skeleton, *clauses[index])
        own = index
        while era == "current" and index > 0 and _WHEN.match(skeleton.text, clauses[index][0]):
            index -= 1
            era = self._clause_era(skeleton, *clauses[index])
        if era == "current" and own > 0 and _RELATIVE.match(skeleton.text, clauses[own][0]):
            # "the 1974 win by a young Bain, later Ewing, who took Barset": the clause the relative hangs on
            back = own - 1
            while back > 0 and len(skeleton.text[slice(*clauses[back])].split()) <= 3:
                back -= 1
            era = self._clause_era(skeleton, *clauses[back])
        opening = skeleton.text[slice(*clauses[0])]
        if era == "current" and own > 0 and (_TIME_OPENING.match(opening) or _WHEN.match(opening)):
            # "In 2005, Dobson scored 14,857 votes": an opening time phrase is the whole sentence's time
            era = self._clause_era(skeleton, *clauses[0])
        return era

    def _clause_era(self, skeleton: Skeleton, start: int, end: int) -> str:
        clause = skeleton.text[start:end]
        for match in TOKEN.finditer(clause):
            if match.group(1) != "N":
                continue
            number = skeleton.mentions[int(match.group(2))]
            assert isinstance(number, NumberMention)
            if _is_year(number, clause[match.end():], clause[:match.start()]):
                if number.value == self.year:
                    continue
                return "previous" if number.value == self.previous_year else "history"
        ago = _YEARS_AGO.search(clause)
        if ago:
            count = 1 if ago.group("w") else skeleton.mentions[int(ago.group("n")[2:-1])].value \
                if ago.group("n") else None
            if self.year and self.previous_year and count == self.year - self.previous_year:
                return "previous"
            return "history"
        if _LAST_ELECTION.search(clause):
            return "previous"
        if _HISTORY.search(BY_ELECTION.sub(" ", clause) if self.by_election else clause):
            return "history"
        return "current"

    def _current(self, i: int, offset: int) -> bool:
        return self._era(self.skeletons[i], offset) == "current"

    # -- result lists ------------------------------------------------------------------------
    def _read_block(self, block: ResultBlock, seat_name: str | None) -> None:
        """A result list's rows and the lines around it, all of one seat."""
        seat = self._seat(seat_name)
        if seat is None:
            return
        seat.has_list = True
        for i in block.region:
            self.sentence_seat[i] = seat.name
        for i in block.rows:
            for entry in self.list_entries[i]:
                person = self._list_person(entry, i)
                if person is not None:
                    self._mark_candidate(person, i, "block.row", seat.name)

    def _read_block_people(self, block: ResultBlock) -> None:
        """The votes and parties of a list whose seat is not yet known (it is placed after the prose)."""
        for i in block.rows:
            for entry in self.list_entries[i]:
                self._list_person(entry, i)

    def _block_seat(self, block: ResultBlock) -> str | None:
        """The seat of a list without a heading: where the prose places its candidates, else the one in focus."""
        seats = [p.seat for i in block.rows for e in self.list_entries[i]
                 if (p := self._list_person(e, i, write=False)) is not None and p.seat]
        if seats:
            return max(dict.fromkeys(seats), key=seats.count)
        return self.sentence_seat[block.rows[0]]

    def _list_person(self, entry: ListEntry, i: int, *, write: bool = True) -> Person | None:
        if " " in entry.name:
            person = self._person_named(self._tidy_list_name(entry.name), create=write)
        else:  # a surname alone ("Solloway 16,402") counts only for someone the article names in full
            person = self._person_by_word(entry.name, "", None)
        if person is None or not write:
            return person
        person.votes = Evidence(entry.votes, self.sentences[i], "block.row")
        person.votes_from_list = True
        if entry.party:
            person.party = Evidence(entry.party, self.sentences[i], "block.row")
        return person

    # -- parties, votes and candidacy in prose -----------------------------------------------
    def _read_attribution(self, i: int) -> None:
        skeleton = self.skeletons[i]
        for rule in of_step("attribution"):
            for match in pattern_of(rule).finditer(skeleton.text):
                person = self._who(i, rule.take(match, "candidate") or "")
                party = skeleton.mention(rule.take(match, "party") or "")
                if person is not None and isinstance(party, PartyMention) and (
                        person.party is None or not person.votes_from_list):
                    person.party = person.party or Evidence(party.party, self.sentences[i], rule.id)
        for rule in of_step("standing_for"):
            for match in pattern_of(rule).finditer(skeleton.text):
                person = self._who(i, match.group("who"))
                if person is not None and self._current(i, match.start()):
                    if person.party is None and "<" not in match.group("party"):
                        person.party = Evidence(match.group("party").strip(), self.sentences[i], rule.id)
                    self._mark_candidate(person, i, rule.id)

    def _read_votes(self, i: int) -> None:
        skeleton = self.skeletons[i]
        text = skeleton.text
        seen_votes = False
        for match in TOKEN.finditer(text):
            if match.group(1) != "N":
                continue
            number = skeleton.mentions[int(match.group(2))]
            assert isinstance(number, NumberMention)
            before, after = text[:match.start()], text[match.end():]
            if not isinstance(number.value, int) or not 0 < number.value <= MAX_VOTES or _is_year(number, after, before):
                continue
            if not self._current(i, match.start()):
                continue
            owner, rule = self._vote_owner(i, before, after, seen_votes)
            if owner is None:
                # "Ms Jones secured 18,977 votes and Mr Evans 18,075": a list goes on after a name we can't place
                seen_votes = seen_votes or bool(re.match(r"^ votes?\b", after) and _VOTE_CUE.search(before[-40:]))
                continue
            unit = _NOT_VOTES_AFTER.match(after.lstrip(" ") if not after.startswith("'s") else after)
            next_word = _NEXT_WORD.match(after)
            unit = unit or (next_word is not None and next_word.group("word") not in _VOTE_FOLLOWERS)
            if (unit or _NOT_VOTES_BEFORE.search(before)) and not _OWNER_AFTER.match(after):
                continue
            if _INTERIM.search(_clause_at(text, match.start())):
                continue
            seen_votes = True
            if owner.votes is None or not owner.votes_from_list:
                owner.votes = Evidence(number.value, self.sentences[i], rule)
            self._mark_candidate(owner, i, rule)

    def _read_score(self, i: int) -> None:
        """"Bloggs took the seat by 21,012 votes to the Conservative's 19,400": both candidates' votes."""
        for rule in of_step("score"):
            for match in self._current_matches(i, pattern_of(rule)):
                self._read_one_score(i, rule, match)

    def _read_one_score(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        skeleton = self.skeletons[i]
        first, first_party = self._subject(i, skeleton.text[:match.start()])
        runner_up = rule.take(match, "runner_up")
        second = self._who(i, runner_up) if runner_up else None
        draft = self.seats.get(self.sentence_seat[i] or "")
        known_party = (draft.winner_party or draft.winner.value.party) if draft and draft.winner else None
        if first is None and draft and draft.winner and (
                first_party is None or (known_party.value if known_party else first_party) == first_party):
            first = draft.winner.value  # "Bloggs won Barset for Labour, taking it by 19,500 votes to 11,200"
        elif draft and draft.winner and first in draft.losers:
            # "Bloggs held the seat, beating Roe into second place by 10,484 votes to 9,801"
            first, second = draft.winner.value, second or first
        party_token = rule.take(match, "runner_up_party")
        party = skeleton.mention(party_token) if party_token else None
        seat = self.sentence_seat[i]
        if second is None and isinstance(party, PartyMention) and seat is not None:
            here = [p for p in self.resolved[i].values() if p is not None]
            same_party = [p for p in self.people if p.party and p.party.value == party.party
                          and (p.seat == seat or (p.seat is None and p in here)) and p is not first]
            second = same_party[0] if len(same_party) == 1 else None
        for person, role in ((first, "votes"), (second, "runner_up_votes")):
            token = rule.take(match, role) or ""
            number = skeleton.mention(token)
            if not isinstance(number, NumberMention) or not isinstance(number.value, int):
                continue
            if person is None:
                if role == "runner_up_votes" and seat is not None:
                    draft = self._seat(seat)
                    assert draft is not None
                    draft.runner_up_votes = draft.runner_up_votes or number.value
                continue
            if person.votes is None or not person.votes_from_list:
                person.votes = Evidence(number.value, self.sentences[i], rule.id)
            self._mark_candidate(person, i, rule.id)

    def _vote_owner(self, i: int, before: str, after: str, in_sequence: bool) -> tuple[Person | None, str]:
        """Whose votes a number is, and the rule that says so."""
        follows = _OWNER_AFTER.match(after)
        if follows:
            return self._who(i, follows.group("who")), "votes.owner_after"
        owned = _POSSESSIVE_OWNER.search(before)
        if owned:
            return self._who(i, owned.group(1)), "votes.possessive"
        last = None
        for match in _PERSON_OR_ROLE.finditer(before):
            last = match
        if last is None:
            return None, ""
        gap = before[last.end():]
        if "<N" in gap or gap.startswith("'s ") or "<H" in gap or _NOT_OWNER_GAP.search(gap):
            return None, ""
        votes_word = re.match(r"^ votes?\b", after) is not None
        if votes_word or _VOTE_CUE.search(gap):
            rule = "votes.polled"
        elif in_sequence and (_SEQUENCE_GAP.match(gap) or gap.strip() == ""):
            rule = "votes.sequence"
        else:
            return None, ""
        if last.group().startswith("<H"):
            return self._who(i, last.group()), rule
        return self._role(i, last), rule

    def _role(self, i: int, match: re.Match[str]) -> Person | None:
        """'the SNP man', 'The Labour MP': the candidate of that party in the seat, or its new MP."""
        party = self.skeletons[i].mention(match.group("party"))
        seat = self.sentence_seat[i]
        if not isinstance(party, PartyMention) or seat is None:
            return None
        same_party = [p for p in self.people if p.seat == seat and p.party and p.party.value == party.party]
        if len(same_party) == 1:
            return same_party[0]
        draft = self.seats.get(seat)
        if draft and draft.winner and (match.group("adj") or "").strip() in ph.WINNER_ADJECTIVES | {""}:
            person = draft.winner.value
            if person.party is None or person.party.value == party.party:
                if person.party is None:
                    person.party = Evidence(party.party, self.sentences[i], "party.role")
                return person
        return None

    def _read_candidacy(self, i: int) -> None:
        skeleton = self.skeletons[i]
        text = skeleton.text
        for rule in of_step("candidacy"):
            for match in pattern_of(rule).finditer(text):
                self._candidate_if_current(i, rule.take(match, "candidate") or "", match.start(), rule.id)
        for rule in of_step("placement"):
            for match in pattern_of(rule).finditer(text):
                if not self._current(i, match.start()):
                    continue
                subject = ph.RELATIVE_CLAUSE.sub("", text[:match.start()])
                subject = re.split(r"[,;:]\s", subject)[-1]
                for token in re.findall(r"<H\d+>", subject):
                    person = self._who(i, token)
                    if person is not None:
                        self._mark_candidate(person, i, rule.id)

    def _candidate_if_current(self, i: int, token: str, offset: int, rule: str) -> None:
        person = self._who(i, token)
        if person is not None and self._current(i, offset):
            self._mark_candidate(person, i, rule)

    # -- who won, and how ---------------------------------------------------------------------
    def _subject(self, i: int, before: str, *, participle: bool = False) -> tuple[Person | None, str | None]:
        """(person, party) the clause before a verb is about: the nearest person, role or party.

        A participle after a comma ("Bloggs took the seat from Labour, unseating Roe") has the
        sentence's subject, the first of them, not the nearest.
        """
        text = ph.RELATIVE_CLAUSE.sub(",", before)
        last = None
        for match in _SUBJECT.finditer(text):
            last = match
            if participle and text.rstrip().endswith(","):
                break
        if last is None:
            return None, None
        token = last.group()
        attributed = re.search(r"(<H\d+>) (?:\(|of (?:the )?)$", text[:last.start()])
        if token.startswith("<P") and attributed:  # "Amanda Solloway (Con) gained ..."
            token = attributed.group(1)
        if token.startswith("<H"):
            return self._who(i, token), None
        mention = self.skeletons[i].mention(last.group("party") if last.groupdict().get("party") else token)
        party = mention.party if isinstance(mention, PartyMention) else None
        if token.startswith("<P"):
            return None, party
        return self._role(i, last), party

    def _current_matches(self, i: int, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Matches of `pattern` in sentence i that speak of this election (not of history)."""
        text = self.skeletons[i].text
        return (m for m in pattern.finditer(text) if self._current(i, m.start())
                and not _INTERIM.search(_clause_at(text, m.start())))

    def _party_of(self, i: int, token: str | None) -> str | None:
        mention = self.skeletons[i].mention(token) if token else None
        return mention.party if isinstance(mention, PartyMention) else None

    def _read_outcome(self, i: int) -> None:
        """Who won and how: each outcome step's rules, in the order the steps are listed here."""
        text = self.skeletons[i].text
        for rule in of_step("roundup_hold"):
            roundup = pattern_of(rule).search(text)
            if roundup and self._current(i, roundup.start()):
                self.roundup_hold = (self._party_of(i, rule.take(roundup, "winner_party")), rule.id)
        for step, read in (("headline", self._read_headline), ("gain_from", self._read_gain_from),
                           ("lost_seat_to_party", self._read_lost_seat), ("took_seat_of", self._read_took_seat_of),
                           ("winner_subject", self._read_winner_subject), ("elected", self._read_elected),
                           ("loser_first", self._read_loser_first), ("beat", self._read_beat)):
            for rule in of_step(step):  # type: ignore[arg-type]
                for match in self._current_matches(i, pattern_of(rule)):
                    if not self._guarded(rule, text, match):
                        read(i, rule, match)

    def _read_headline(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """"LAB GAIN FROM CON", "Conservative hold"."""
        seat = self._seat(self._seat_of(i))
        if seat is None:
            return
        sentence = self.sentences[i]
        party = self._party_of(i, rule.take(match, "winner_party"))
        kind = (rule.take(match, "outcome") or "").lower()
        if party:
            seat.winner_party = seat.winner_party or Evidence(party, sentence, rule.id)
        if kind == "gain":
            self._set_outcome(seat, "gain", sentence, rule.id, rule.strength,
                              self._party_of(i, rule.take(match, "previous_party")))
        elif kind == "hold":
            self._set_outcome(seat, "hold", sentence, rule.id, rule.strength, party)

    def _read_gain_from(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """"Bloggs took Barset from the Conservatives": the subject won, and the seat changed hands."""
        person, party = self._subject(i, self.skeletons[i].text[:match.start()])
        seat = self._seat(self._seat_of(i, rule.take(match, "seat"), person))
        if seat is None:
            return
        self._set_winner(seat, person, party, self.sentences[i], rule.id)
        self._set_outcome(seat, "gain", self.sentences[i], rule.id, rule.strength,
                          self._party_of(i, rule.take(match, "previous_party")))

    def _read_lost_seat(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """"Roe lost her seat to Labour": the subject lost, to that party."""
        sentence = self.sentences[i]
        loser, _ = self._subject(i, self.skeletons[i].text[:match.start()])
        seat = self._seat(self._seat_of(i, rule.take(match, "seat"), loser))
        if seat is None:
            return
        winner_party = self._party_of(i, rule.take(match, "winner_party"))
        if winner_party:
            seat.winner_party = seat.winner_party or Evidence(winner_party, sentence, rule.id)
        self._add_loser(seat, loser, i, rule.id)
        self._set_outcome(seat, "gain", sentence, rule.id, rule.strength,
                          loser.party.value if loser and loser.party else None)

    def _read_took_seat_of(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """"Bloggs took Roe's Conservative seat": the subject won, from the named person and party."""
        sentence = self.sentences[i]
        person, party = self._subject(i, self.skeletons[i].text[:match.start()])
        loser = self._who(i, rule.take(match, "loser") or "")
        seat = self._seat(self._seat_of(i, None, person))
        if seat is None:
            return
        self._set_winner(seat, person, party, sentence, rule.id)
        self._add_loser(seat, loser, i, rule.id)
        from_party = self._party_of(i, rule.take(match, "previous_party"))
        if loser is not None and loser.party is None and from_party:
            loser.party = Evidence(from_party, sentence, rule.id)
        self._set_outcome(seat, "gain", sentence, rule.id, rule.strength, from_party)

    def _read_winner_subject(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """"Bloggs held Barset for Labour", "Labour won the seat": the subject won (and held, if the rule says)."""
        text = self.skeletons[i].text
        person, party = self._subject(i, text[:match.start()])
        seat = self._seat(self._seat_of(i, rule.take(match, "seat"), person))
        if seat is None or (person is None and party is None):
            return
        party = self._party_of(i, rule.take(match, "winner_party")) or party
        if party is None:
            tail = ph.FOR_PARTY.match(text[match.end():])
            party = self._party_of(i, tail.group("party")) if tail else None
        self._set_winner(seat, person, party, self.sentences[i], rule.id)
        if rule.outcome:
            self._set_outcome(seat, rule.outcome, self.sentences[i], rule.id, rule.strength, None)

    def _read_elected(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """"Bloggs was re-elected", "Barset's re-elected MP, Jo Bloggs": a person is named as the winner."""
        text = self.skeletons[i].text
        forward = ph.REELECTED_MP.match(text, match.start())
        if forward:
            person, party = self._who(i, forward.group("who")), None
        else:
            person, party = self._subject(i, text[:match.start()])
        seat = self._seat(self._seat_of(i, rule.take(match, "seat"), person))
        if seat is None or person is None:
            return
        self._set_winner(seat, person, party, self.sentences[i], rule.id)
        if rule.outcome:
            self._set_outcome(seat, rule.outcome, self.sentences[i], rule.id, rule.strength, None)

    def _read_loser_first(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """Sentences whose subject lost: "Roe was unseated by Bloggs", "Barset was lost by Roe to Bloggs"."""
        sentence = self.sentences[i]
        winner = self._who(i, rule.take(match, "winner") or "")
        loser_token = rule.take(match, "loser")
        loser = self._who(i, loser_token) if loser_token else None
        seat = self._seat(self._seat_of(i, rule.take(match, "seat"), winner or loser))
        if seat is None or winner is None or winner is loser:
            return
        self._set_winner(seat, winner, None, sentence, rule.id)
        self._add_loser(seat, loser, i, rule.id)
        verb = (rule.take(match, "outcome") or "").lower()
        from_token = rule.take(match, "previous_party")
        from_party = self.skeletons[i].mention(from_token) if from_token else None
        if verb in ph.GAIN_VERBS or rule.outcome == "gain":
            previous = from_party.party if isinstance(from_party, PartyMention) else \
                loser.party.value if loser and loser.party else None
            self._set_outcome(seat, "gain", sentence, rule.id, rule.strength, previous)
        elif verb in ph.HOLD_VERBS:
            self._set_outcome(seat, "hold", sentence, rule.id, 1, None)  # as weak as "held Barset"

    def _read_beat(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """"Bloggs beat Roe", "Labour, unseating Roe": the subject won, the object lost."""
        loser = self._who(i, rule.take(match, "loser") or "")
        participle = match.group().split()[0].endswith("ing")
        person, party = self._subject(i, self.skeletons[i].text[:match.start()], participle=participle)
        seat = self._seat(self._seat_of(i, None, person or loser))
        if seat is None:
            return
        self._set_winner(seat, person, party, self.sentences[i], rule.id)
        self._add_loser(seat, loser, i, rule.id)
        if rule.outcome:
            self._set_outcome(seat, rule.outcome, self.sentences[i], rule.id, rule.strength, None)

    def _set_winner(self, seat: SeatDraft, person: Person | None, party: str | None, sentence: Sentence,
                    rule: str) -> None:
        if person is not None:
            if seat.winner is None:
                seat.winner = Evidence(person, sentence, rule)
            if person.seat is None:
                person.seat = seat.name
            if person.evidence is None:
                person.evidence = Evidence(None, sentence, rule)
        if party and seat.winner_party is None:
            seat.winner_party = Evidence(party, sentence, rule)

    def _add_loser(self, seat: SeatDraft, loser: Person | None, i: int, rule: str) -> None:
        if loser is not None and loser not in seat.losers:
            seat.losers.append(loser)
            self._mark_candidate(loser, i, rule, seat.name)

    def _set_outcome(self, seat: SeatDraft, outcome: str, sentence: Sentence, rule: str, strength: int,
                     previous_party: str | None) -> None:
        if seat.outcome is None or strength > seat.outcome.strength:
            seat.outcome = Evidence(outcome, sentence, rule, strength)
        if previous_party and seat.outcome and seat.outcome.value == outcome and (
                seat.previous_party is None or outcome == "gain"):
            seat.previous_party = Evidence(previous_party, sentence, rule)

    # -- figures ----------------------------------------------------------------------------
    def _read_figures(self, i: int) -> None:
        seat = self._seat(self.sentence_seat[i]) if self.sentence_seat[i] else None
        if seat is None:
            return
        previous_values = self._read_previous_majority(i, seat)
        self._read_margins(i, seat, previous_values)
        self._read_recounts(i, seat)
        self._read_counts(i, seat)
        sentence = self.sentences[i]
        for rule in of_step("declared"):
            match = pattern_of(rule).search(sentence.plain)
            if match and self._current(i, 0):
                seat.declared_at = seat.declared_at or Evidence(match.group("t").strip(), sentence, rule.id)

    def _number(self, i: int, token: str | None) -> int | float | None:
        mention = self.skeletons[i].mention(token) if token else None
        return mention.value if isinstance(mention, NumberMention) else None

    def _other_seat(self, i: int, seat: SeatDraft) -> bool:
        """Whether the sentence names seats, none of them this one ("a majority of 7,745 in the old
        Carmarthen West seat": another seat's majority, not this one's)."""
        named = {m.seat for _, m in self.skeletons[i].tokens("S")}  # type: ignore[attr-defined]
        return bool(named) and seat.name not in named

    def _read_previous_majority(self, i: int, seat: SeatDraft) -> set[int | float]:
        """The majority defended ("overturning a 4,100 majority"): its figures are then not this margin."""
        skeleton = self.skeletons[i]
        previous_values: set[int | float] = set()
        other_seat = self._other_seat(i, seat)
        for rule in of_step("previous_majority"):
            for match in pattern_of(rule).finditer(skeleton.text):
                if self._era(skeleton, match.start()) == "history" or other_seat:
                    continue
                n = self._number(i, rule.take(match, "previous_majority"))
                if isinstance(n, int) and 0 < n <= MAX_VOTES:
                    previous_values.add(n)
                    seat.previous_majority = seat.previous_majority or Evidence(n, self.sentences[i], rule.id)
        return previous_values

    def _read_margins(self, i: int, seat: SeatDraft, previous_values: set[int | float]) -> None:
        skeleton = self.skeletons[i]
        text = skeleton.text
        sentence = self.sentences[i]
        for rule in of_step("margin"):
            for match in pattern_of(rule).finditer(text):
                n = self._number(i, rule.take(match, "margin"))
                if not isinstance(n, int) or not 0 < n <= MAX_VOTES or n in previous_values:
                    continue
                if self._guarded(rule, text, match):
                    continue
                era = self._era(skeleton, match.start())
                if era == "previous" and "previous_majority" in rule.sets:
                    if self._other_seat(i, seat):
                        continue
                    seat.previous_majority = seat.previous_majority or Evidence(n, sentence, rule.id)
                elif era == "current":
                    if "not-a-fact.not_the_winner" in rule.guards and \
                            not self._winner_speaks(i, text[:match.start()], seat):
                        continue
                    seat.margin = seat.margin or Evidence(n, sentence, rule.id)

    def _guarded(self, rule: Rule, text: str, match: re.Match[str]) -> bool:
        """Whether one of the rule's pattern guards (not-a-fact rules) says the match is no fact."""
        for guard_id in rule.guards:
            guard = _GUARDS[guard_id]
            if guard.pattern is None:
                continue  # a check of the reader's own, made where it applies
            found = _guard_found(guard, text, match)
            if found != guard.blocks_unless_found:
                return True
        return False

    def _read_counts(self, i: int, seat: SeatDraft) -> None:
        """Turnout, electorate, valid votes and ballots cast: each rule's figure within its bounds."""
        text = self.skeletons[i].text
        for rule in of_step("figure"):
            field_name = rule.sets[0]
            for match in pattern_of(rule).finditer(text):
                n = self._number(i, rule.take(match, field_name))
                floats = FIELD_KINDS[field_name].kind is float
                if n is None or not (floats or isinstance(n, int)) or not self._current(i, match.start()):
                    continue
                low, high = rule.bounds or (0, MAX_VOTES)
                if not low <= n <= high or self._guarded(rule, text, match):
                    continue
                if getattr(seat, field_name) is None:
                    setattr(seat, field_name, Evidence(float(n) if floats else n, self.sentences[i], rule.id))

    def _winner_speaks(self, i: int, before: str, seat: SeatDraft) -> bool:
        """Whether 'N votes ahead' is said of the winner (not of, say, the third-placed party)."""
        person, party = self._subject(i, before)
        if person is not None:
            return seat.winner is None or seat.winner.value is person
        winner_party = seat.winner_party or (seat.winner.value.party if seat.winner else None)
        if party is not None and winner_party is not None:
            return party == winner_party.value
        return True

    def _read_recounts(self, i: int, seat: SeatDraft) -> None:
        skeleton = self.skeletons[i]
        text = skeleton.text
        declined = _RECOUNT_DECLINED.search(text)
        counts: list[Evidence[int]] = []
        for start, end in _clauses(text):
            clause = text[start:end]
            if not (ph.RECOUNT.search(clause) or _RECOUNT_AGAIN.search(clause)):
                continue
            if self._era(skeleton, start) != "current" or _RECOUNT_SERIES.search(clause):
                continue
            refused = _RECOUNT_REFUSED.search(clause)
            if refused or (declined and ph.RECOUNT.search(clause)):
                # "a third recount was not allowed": two were held; the declining may run past this clause
                # ("after two recounts, and a third recount was not allowed")
                said = clause if refused or not declined else text[start:max(end, declined.end())]
                ordinal = _RECOUNT_ORDINAL.search(said)
                held = ORDINALS[ordinal.group("o").lower()] - 1 if ordinal else 0
                counts.append(Evidence(held, self.sentences[i], "recounts.refused" if refused else "recounts.declined"))
                continue
            if _RECOUNT_SPECULATIVE.search(clause):
                continue
            count, rule = _recount_count(skeleton, clause)
            if count:
                counts.append(Evidence(count, self.sentences[i], rule))
        if declined and counts:
            # bundles "checked a second time" beside a recount not needed: no recount was held
            counts = [min(counts, key=lambda c: c.value)]
        seat.recounts.extend(counts)

    # -- conclusions ------------------------------------------------------------------------
    def _conclude(self, seat: SeatDraft) -> None:
        candidates = [p for p in self.people if p.seat == seat.name and p.evidence is not None]
        voted = sorted((p for p in candidates if p.votes), key=lambda p: -p.votes.value)  # type: ignore[union-attr]
        if seat.winner is None and len(voted) >= 2 and (seat.has_list or seat.outcome or seat.margin) \
                and not self._placed_below_first(voted[0]):
            seat.winner = Evidence(voted[0], voted[0].votes.sentence, "outcome.most_votes")  # type: ignore[union-attr]
        if seat.winner is None:
            return
        winner = seat.winner.value
        if seat.winner_party and winner.party is None:
            winner.party = seat.winner_party
        if winner.party:
            seat.winner_party = winner.party
        if seat.outcome is None and seat.winner_party and self.roundup_hold and \
                seat.winner_party.value == self.roundup_hold[0]:
            seat.outcome = Evidence("hold", seat.winner.sentence, self.roundup_hold[1])
        if seat.outcome and seat.outcome.value == "hold" and seat.winner_party:
            previous = seat.previous_party
            if previous is None or (previous.value, previous.sentence) != (seat.winner_party.value,
                                                                           seat.outcome.sentence):
                seat.previous_party = Evidence(seat.winner_party.value, seat.outcome.sentence, "previous_party.hold")
        if seat.outcome and seat.outcome.value == "gain" and seat.previous_party:
            runner_up = voted[1] if len(voted) >= 2 and voted[0] is winner else None
            for loser in [*seat.losers, *([runner_up] if runner_up else [])]:
                if loser.party is None and loser is not winner and not any(
                        p.party and p.party.value == seat.previous_party.value for p in candidates):
                    loser.party = Evidence(seat.previous_party.value, seat.previous_party.sentence,
                                           "party.loser_of_gain")
        if seat.outcome and seat.outcome.value == "gain" and seat.previous_party is None:
            incumbents = [p.party for p in seat.losers if p.party]
            if incumbents:
                seat.previous_party = Evidence(incumbents[0].value, incumbents[0].sentence, "previous_party.loser")
        self._conclude_margin(seat, candidates, voted)

    def _conclude_margin(self, seat: SeatDraft, candidates: list[Person], voted: list[Person]) -> None:
        """The margin from the votes: the winner's less the runner-up's, or less a score's second figure."""
        assert seat.winner is not None
        winner = seat.winner.value
        votes = [p.votes for p in voted if p.votes]
        if len(voted) >= 1 and voted[0] is winner and seat.runner_up_votes and (
                len(voted) == 1 or seat.runner_up_votes > votes[1].value):
            derived = votes[0].value - seat.runner_up_votes
            if derived > 0 and seat.margin is None:
                seat.margin = Evidence(derived, votes[0].sentence, "margin.score")
        elif len(voted) >= 2 and voted[0] is winner:
            derived = votes[0].value - votes[1].value
            unknown_second = any(p.votes is None and p is not winner and re.search(
                r"\b(?:second|runner-up)\b", p.evidence.sentence.plain if p.evidence else "") for p in candidates)
            # a full result list outranks a stated margin that disagrees with it
            stated_wrong = seat.margin is not None and seat.margin.value != derived and seat.has_list
            if derived > 0 and ((seat.margin is None and not unknown_second) or stated_wrong):
                seat.margin = Evidence(derived, votes[1].sentence, "margin.top_two")

    def _placed_below_first(self, person: Person) -> bool:
        """Whether the article ranks this person second or lower ("Third was Roe, with 7,401 votes"): the
        most votes the article gives are then not the winner's, who is named without a figure."""
        for i, table in enumerate(self.resolved):
            for index, who in table.items():
                if who is not person:
                    continue
                skeleton = self.skeletons[i]
                token = f"<H{index}>"
                offset = skeleton.text.find(token)
                if offset >= 0 and _BELOW_FIRST.search(_clause_at(skeleton.text, offset)):
                    return True
        return False

    # -- output -------------------------------------------------------------------------------
    def facts(self) -> list[Fact]:
        return [fact for seat in self.seats.values() if seat.winner is not None for fact in self._seat_facts(seat)]

    def _seat_facts(self, seat: SeatDraft) -> list[Fact]:
        assert seat.winner is not None
        facts: list[Fact] = []

        def add(field_name: str, value: Value, evidence: Evidence, candidate: str | None = None) -> None:
            facts.append(Fact(seat.name, self.year, field_name, value,
                              self._provenance(evidence.sentence, evidence.rule), candidate))

        winner = seat.winner.value
        add("winner", winner.name, seat.winner)
        for field_name in _SEAT_FIELDS:
            item: Evidence | None = getattr(seat, field_name)
            if item is not None:
                add(field_name, item.value, item)
        if seat.recounts:
            most = max(seat.recounts, key=lambda r: r.value)
            add("recounts", most.value, most)
        for person in self.people:
            if person.seat != seat.name or (person.evidence is None and person is not winner):
                continue
            add("candidate", person.name, person.evidence or seat.winner, person.name)
            if person.party:
                add("party", person.party.value, person.party, person.name)
            if person.votes:
                add("votes", person.votes.value, person.votes, person.name)
        return facts

    def quotes(self) -> list[Quote]:
        results = {seat.name for seat in self.seats.values() if seat.winner is not None}
        if not results or self.year is None:
            return []
        people = [(p.name, p.seat, p.female) for p in self.people]
        names = [[(m.start, m.name) for m in skeleton.mentions if isinstance(m, PersonMention)]
                 for skeleton in self.skeletons]
        return attribute_quotes(self.quote_spans, self.sentences, names, self.sentence_seat, people, results,
                                self.year, self._provenance)

    def _provenance(self, sentence: Sentence, rule: str | None = None) -> Provenance:
        return Provenance("article", self.file, self.day.isoformat() if self.day else None, sentence.text[:500], rule)


# The seat's fields in the order its facts are listed (the winner first, recounts and candidates after).
_SEAT_FIELDS = ("winner_party", "outcome", "previous_party", "margin", "previous_majority", "turnout_percent",
                "electorate", "valid_votes", "ballots", "declared_at")
_GUARDS: dict[str, Rule] = {rule.id: rule for rule in of_step("guard")}


def _guard_found(guard: Rule, text: str, match: re.Match[str]) -> bool:
    """Whether a guard's pattern is found where the guard looks, around `match` in the skeleton `text`."""
    pattern = pattern_of(guard)
    if guard.scope == "before":
        return pattern.search(text[:match.start()]) is not None
    if guard.scope == "after":
        return pattern.match(text, match.end()) is not None
    if guard.scope == "clause":
        return pattern.search(_clause_at(text, match.start())) is not None
    if guard.scope == "clause_or_previous":
        return pattern.search(_clause_at(text, match.start())) is not None or \
            pattern.search(_clause_before(text, match.start())) is not None
    return pattern.search(text) is not None


_FIGURE_LABEL = re.compile(r"\b(?:majority|margin|electorate|votes|total|turnout)\W{0,3}$", re.I)


def _is_year(number: NumberMention, after: str, before: str = "") -> bool:
    """Whether a number is a year ('in 2010'), not a figure ('Majority 2010', '2010 votes')."""
    # "the 1892 election", "In 1886": years of the nineteenth century are history as much as 1983 is
    return (isinstance(number.value, int) and not number.written_in_words and not number.grouped
            and 1800 <= number.value <= 2035
            and not re.match(r"^\s*votes?\b", after) and not _FIGURE_LABEL.search(before))


def _clauses(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in ph.CLAUSE_BREAK.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text) + 1))
    return spans


def _clause_at(text: str, offset: int) -> str:
    for start, end in _clauses(text):
        if start <= offset < end:
            return text[start:end]
    return text


def _clause_before(text: str, offset: int) -> str:
    """The clause before the one at `offset` ("lost it to Bloggs" before ", by 465 votes")."""
    previous = ""
    for start, end in _clauses(text):
        if start <= offset < end:
            return previous
        previous = text[start:end]
    return ""


def _recount_count(skeleton: Skeleton, clause: str) -> tuple[int, str]:
    """How many recounts a clause says were held (0 when it gives no number), and the rule that says so."""
    best, best_rule = 0, ""
    for rule in of_step("recount"):
        for match in pattern_of(rule).finditer(clause):
            count = _recount_value(skeleton, rule, match)
            if count > best:
                best, best_rule = count, rule.id
    return best, best_rule


_TIMES = {"twice": 2, "three times": 3, "four times": 4}


def _recount_value(skeleton: Skeleton, rule: Rule, match: re.Match[str]) -> int:
    """The count one recount rule's match gives: a number under 20, 'a' or 'another' (1), an ordinal ('a
    second recount' is the second, 'the second count' the first), 'twice'; a rule without a count gives 1."""
    groups = [match.group(group) for group, what in rule.captures if what == "recounts" and match.group(group)]
    if not any(what == "recounts" for _, what in rule.captures):
        return 1  # "counted again"
    best = 0
    for text in groups:
        word = text.lower()
        if TOKEN.fullmatch(text):
            number = skeleton.mention(text)
            if isinstance(number, NumberMention) and isinstance(number.value, int) and number.value < 20:
                best = max(best, number.value)
        elif word in ORDINALS:
            best = max(best, ORDINALS[word] if "recount" in match.group().lower() else ORDINALS[word] - 1)
        else:
            best = max(best, _TIMES.get(word, 1 if word in ("a", "one", "another") else 0))
    return best
