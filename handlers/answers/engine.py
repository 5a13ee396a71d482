"""The answer engine: a question or a command in, an `Answer` out. Platform-neutral (no discord here).

`Engine(knowledge)` builds every index once: seats by name and year, the seat/party/person name
indexes, and the sorted lists behind the questions about many seats. `ask()` reads a question
(`handlers.answers.question`), works out what it asks (`handlers.answers.intents`), resolves the seat, year and
person it names, and answers from the knowledge base only:

- a seat or year that is not on record, an unknown person, a fact the sources do not state: the
  answer says so (answered=False) and offers what is on record; nothing is guessed, and an unknown
  name is never snapped onto a different known one;
- a name that fits several seats or people: the answer asks back with the best few.
"""
from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property

from handlers.answers import compare, contests
from handlers.answers import national_answers as na
from handlers.answers import person_answers as pa
from handlers.answers import replies as r
from handlers.answers import seat_answers as sa
from handlers.answers.answer import Answer
from handlers.answers.guide import help_answer
from handlers.answers.intents import Intent, Kind, classify
from handlers.answers.names import PartyIndex, SeatIndex, SeatMatch
from handlers.answers.national import Election, NationalResults, SeatsChart, seats_chart
from handlers.answers.overview import Overview
from handlers.answers.person_index import Person, PersonIndex, PersonMatch, names_match
from handlers.answers.question import Question, QuestionReader
from handlers.answers.speaker import (
    SPEAKER_PARTY,
    SpeakerStood,
    speaker_quotes,
    speakers_on_record,
    the_speaker,
)
from handlers.answers.when import When
from knowledge.collector import cycle_collector_paused
from knowledge.lexicon.seatnames import BOUNDARY_SETS, is_known_seat
from knowledge.lexicon.text import name_key
from knowledge.records import Candidate, Seat
from knowledge.store.database import Knowledge

MAX_QUESTION = 500
MAX_SEATS_ASKED = 3  # seats answered for in one question; more are named back to the asker
MAX_ASKED_BACK = 5  # the people or seats offered when a name fits several


class Engine:
    """Answers questions and commands from one loaded `Knowledge`."""

    def __init__(self, knowledge: Knowledge) -> None:
        with cycle_collector_paused():
            self._build(knowledge)
        # The knowledge base and its indexes live as long as the engine: keep the cyclic garbage collector
        # from re-scanning those objects on every collection (a full pass over ~10^6 objects is a
        # 5-10 ms pause in the middle of some answer). They are still freed by reference counting.
        gc.freeze()

    def _build(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.contests: dict[str, list[Seat]] = defaultdict(list)    # name key -> its contests, oldest first
        self.display: dict[str, str] = {}
        for seat in sorted(knowledge.seats, key=contests.sort_key):
            key = name_key(seat.constituency)
            self.contests[key].append(seat)
            self.display[key] = seat.constituency    # the latest spelling
        self.seat_index = SeatIndex(self.display.values())
        self.party_index = PartyIndex()
        self.person_index = PersonIndex(knowledge.seats)
        self.reader = QuestionReader(self.seat_index, self.party_index, self.person_index)
        self.overview = Overview(knowledge)
        self.national = NationalResults(knowledge.seats)
        self._help: Answer | None = None

    # ----- free text -----

    def ask(self, question: str) -> Answer:
        """Answer a question typed in plain words."""
        text = " ".join(question.split())[:MAX_QUESTION]
        if not text:
            return Answer(lead="Ask me about an election result, e.g. " + self._example() + ". Type `help` for more.",
                          answered=False, intent="empty", suggestions=self.overview.examples())
        q = self.reader.read(text)
        if not q.words:
            return self._unclear(q)
        if q.wording.terms in (("help",), ("commands",)):
            return self.help()
        seat_match = q.seat
        person_match = q.person
        intent = classify(q.wording, seat=seat_match is not None, person=person_match is not None,
                          party=q.party is not None, unknown_name=self._asks_unknown_name(q),
                          stray_words=bool(q.unknown_names),
                          election=bool(q.when.years or q.when.general or q.when.latest or q.when.before or q.area),
                          comparison=q.when.since is not None or len(q.when.years) > 1)
        named = _distinct_seats(q.seats)
        if len(named) > 1 and q.person is None and intent.kind in ONE_SEAT_KINDS:
            return self._each_seat(q, intent, named)
        return self._dispatch(q, intent)

    def _each_seat(self, q: Question, intent: Intent, named: list[SeatMatch]) -> Answer:
        """A question naming several seats ("who won Kensington and Ashfield"): each answered in turn."""
        parts = [self._about_one_seat(replace(q, seats=[match]), intent) for match in named[:MAX_SEATS_ASKED]]
        details = list(parts[0].details)
        for part in parts[1:]:
            details += [part.text if not part.cited else part.lead, *part.details]
        if len(named) > MAX_SEATS_ASKED:
            left = [m.seat for m in named[MAX_SEATS_ASKED:]]
            details.append(f"(You named {len(named)} seats; I answered the first {MAX_SEATS_ASKED}. "
                           f"Ask again about {r.listing(left)}.)")
        return Answer(lead=parts[0].lead, details=details, answered=any(p.answered for p in parts),
                      intent=parts[0].intent, sources=[p for part in parts for p in part.sources],
                      seats=[part.seat for part in parts if part.seat is not None],
                      suggestions=[s for part in parts for s in part.suggestions][:5])

    def _dispatch(self, q: Question, intent: Intent) -> Answer:
        across = ACROSS_SEATS.get(intent.kind)
        if across is not None:
            answer = across(self, q, intent)
            if answer is not None:
                return answer
        return self._about_one_seat(q, intent)

    def _quote_without_seat(self, q: Question, intent: Intent) -> Answer | None:
        if q.seat is not None or q.person is not None:
            return None
        if q.party == SPEAKER_PARTY or (q.unknown_names and q.unknown_names[0].said == "speaker"):  # "mr speaker"
            return self._speaker_said(q, intent)
        return self._unknown_person(q.unknown_names[0], None) if q.unknown_names else self._unclear(q)

    @cached_property
    def _speakers(self) -> list[SpeakerStood]:
        """Every contest the Speaker stood at (found on the first question about the Speaker)."""
        return speakers_on_record(self.knowledge.seats)

    def _speaker_said(self, q: Question, intent: Intent) -> Answer:
        """'What did the speaker say': the quotes of the Speaker at the election asked about (the latest
        on record), or that none are on record."""
        speaker = the_speaker(self._speakers, q.year)
        if speaker is None:
            at = f"the {q.year} general election" if q.year is not None else "any election"
            return Answer(lead=f"The sources on record name no Speaker standing at {at}, so no quotes from the "
                               "Speaker are on record.", answered=False, intent="quote")
        name = speaker.candidate.name
        said = speaker_quotes(self._speakers, speaker, q.year)
        if not said:
            return Answer(lead=f"No quotes from the Speaker are on record: {name}, who stood as the Speaker in "
                               f"{r.seat_label(speaker.seat)}, is not quoted in the sources.", answered=False,
                          intent="quote", seat=speaker.seat, sources=list(speaker.candidate.sources[:1]))
        return pa.quotes(said, f"the Speaker ({name})", intent.topic, speaker.seat)

    def _about_one_seat(self, q: Question, intent: Intent) -> Answer:
        """Resolve the seat, year and person the question names, then answer for that one seat."""
        seat: Seat | None = None
        if q.seat is not None:
            resolved = self._seat(q.seat, q.when)
            if isinstance(resolved, Answer):
                return resolved
            seat = resolved
        record: Person | None = None
        if q.person is not None:
            found = self._person(q.person, q.year, seat)
            if isinstance(found, Answer):
                return found
            record = found
            seat = record.seat
        elif self._needs_person(q, intent) and q.unknown_names:
            return self._unknown_person(q.unknown_names[0], seat)
        if seat is None:
            return self._unclear(q)
        answer = self._answer(q, intent, seat, record)
        if intent.kind is Kind.WINNER and record is None and seat.by_election and not contests.asks_for_one(q.when):
            answer = self._with_general_election(answer, seat)
        if not answer.answered and intent.kind in EARLIER_CONTEST_KINDS and record is None \
                and not contests.asks_for_one(q.when):
            answer = self._from_earlier_contest(answer, intent, seat)
        if q.seat is not None and q.seat.partial and q.seat.others and record is None:
            note = f"(Taking “{q.seat.said}” to mean {q.seat.seat}, the only such seat on record.) "
            answer = replace(answer, lead=note + answer.lead)
        return answer

    def _answer(self, q: Question, intent: Intent, seat: Seat, record: Person | None) -> Answer:
        kind = intent.kind
        candidate = record.candidate if record is not None else None
        party = q.party
        if kind in PERSON_KINDS and candidate is None and party is not None:
            found = pa.party_candidates(seat, party)
            if not found:
                return pa.no_party_candidate(seat, party)
            candidate = found[0]
        if kind is Kind.QUOTE:
            return self._quotes(q, intent, seat, record)
        if record is not None and record.candidate is None and kind in CANDIDATE_ONLY_KINDS:
            return self._not_a_candidate(record)
        if kind is Kind.SOURCES:
            if candidate is not None and intent.field is None:
                return sa.sources(seat, candidate=candidate)   # "where does clegg's vote figure come from"
            return sa.sources(seat, intent.field)
        if kind is Kind.WHO_IS and record is not None:
            return pa.who_is(self._records(record, q.year))
        if kind is Kind.DID:
            return sa.did(seat, intent.verb or "win", party=party, from_party=q.from_party,
                          candidate=candidate if party is None else None)
        if kind is Kind.PARTY_CANDIDATE and party is not None:
            return pa.party_candidate(seat, party)
        if candidate is not None and kind in PERSON_ANSWERS:
            return PERSON_ANSWERS[kind](seat, candidate)
        return self._seat_answer(intent, seat)

    def _seat_answer(self, intent: Intent, seat: Seat) -> Answer:
        if intent.kind is Kind.FIELD and intent.field:
            return sa.field(seat, intent.field)
        if intent.kind is Kind.PLACE and intent.place is not None:
            return sa.place(seat, intent.place)
        if intent.kind is Kind.RECOUNTS:
            return sa.recounts(seat, how_many=intent.count_only)
        return SEAT_ANSWERS.get(intent.kind, sa.result)(seat)

    def _with_general_election(self, answer: Answer, seat: Seat) -> Answer:
        """A by-election winner, then who won the seat at the general election before it."""
        general = contests.latest_general(self.contests.get(name_key(seat.constituency), []))
        if general is None or not answer.answered:
            return answer
        before = sa.winner(general)
        return replace(answer, details=[*answer.details, f"At {contests.contest_name(general)}: {before.lead}"],
                       sources=[*answer.sources, *before.sources])

    def _from_earlier_contest(self, answer: Answer, intent: Intent, seat: Seat) -> Answer:
        """'How many recounts in Kensington': the latest contest's sources may not say, an earlier one's may.
        Say which contest is silent and answer from the latest one that states it (never silently)."""
        for earlier in self._contests(seat):
            if earlier is seat:
                continue
            found = self._seat_answer(intent, earlier)
            if found.answered:
                silent = (f"The sources I have don't say for {contests.contest_name(seat)} in {seat.constituency}; "
                          f"at {contests.contest_name(earlier)}: ")
                return replace(found, lead=silent + found.lead)
        return answer

    def _quotes(self, q: Question, intent: Intent, seat: Seat, record: Person | None) -> Answer:
        if record is not None:
            said = [quote for s in self._records(record, q.year) for quote in s.seat.quotes
                    if names_match(quote.speaker, record.name)]
            return pa.quotes(said, record.name, intent.topic, record.seat)
        contests = [seat] if q.year is not None else self._contests(seat)
        if q.party == SPEAKER_PARTY:  # "what did the speaker say in chorley": the Speaker's words only
            said = [quote for stood in speakers_on_record(contests) for quote in stood.seat.quotes
                    if names_match(quote.speaker, stood.candidate.name)]
            return pa.quotes(said, f"the Speaker in {self._contest_label(seat, q.year)}", intent.topic, seat)
        if q.wording.has("win"):  # "what did the Kensington winner say": the winners' words only
            winners = [(s, r.winner_of(s)) for s in contests]
            said = [quote for s, won in winners if won is not None for quote in s.quotes
                    if names_match(quote.speaker, won.name)]
            return pa.quotes(said, f"the winner in {self._contest_label(seat, q.year)}", intent.topic, seat)
        said = [quote for s in contests for quote in s.quotes]
        return pa.quotes(said, f"anyone in {self._contest_label(seat, q.year)}", intent.topic, seat)

    def _contests(self, seat: Seat) -> list[Seat]:
        """Every contest on record for the seat, latest first."""
        return list(reversed(self.contests.get(name_key(seat.constituency), []))) or [seat]

    @staticmethod
    def _contest_label(seat: Seat, year: int | None) -> str:
        return r.seat_label(seat) if year is not None else seat.constituency

    # ----- resolving names -----

    def _seat(self, match: SeatMatch, when: When) -> Seat | Answer:
        """The contest asked for (the latest on record when none is named), or the answer saying why not."""
        if match.status == "unknown":
            return self._not_on_record(match, when)
        if match.status == "ambiguous":
            return self._ask_back(list(match.seats), match.said)
        return self._contest(match.seat, when)

    def _not_on_record(self, match: SeatMatch, when: When) -> Answer:
        """A seat with no results on record: never another seat; close names only as suggestions."""
        nearby = self.seat_index.suggest(match.said) or self.overview.examples()
        asked = f" in {when.year}" if when.year else ""
        if match.real:
            where = r.listing([f"{name}{_boundaries_note(name)}" for name in match.seats], 5)
            lead = (f"I have no results for {where}{asked}: none of the articles or official results I hold cover "
                    f"it. Ask `what do you know` to see what I cover.")
        else:
            lead = (f"I don't know a seat called “{match.seats[0]}”{asked}, and none of the results I hold are for "
                    f"it, so I won't guess which one you mean.")
        if nearby and nearby != self.overview.examples():
            lead += f" Close names on record: {r.listing(nearby)}."
        return Answer(lead=lead, answered=False, intent="unknown_seat", suggestions=nearby)

    def _contest(self, name: str, when: When) -> Seat | Answer:
        found = self.contests.get(name_key(name), [])
        if not found:
            return Answer(lead=f"I have no results for {name}.", answered=False, intent="unknown_seat",
                          suggestions=self.seat_index.suggest(name))
        chosen = contests.choose(found, when)
        if chosen is not None:
            return chosen
        label = found[-1].constituency
        known = contests.listing(found)
        return Answer(lead=f"I have no result for {label} at {_asked(when)}. What I have for {label}: {known}.",
                      answered=False, intent="unknown_year",
                      suggestions=[f"who won {label} in {s.election_year}" for s in found if s.election_year])

    def _ask_back(self, names: list[str], said: str) -> Answer:
        options = names[:MAX_ASKED_BACK]
        return Answer(lead=f"Which one do you mean by “{said}”: {r.alternatives(options)}?"
                      if len(options) > 1 else f"Did you mean {options[0]}?",
                      answered=False, intent="ambiguous", suggestions=options)

    def _person(self, match: PersonMatch, year: int | None, seat: Seat | None) -> Person | Answer:
        """One person's record at one election, or the answer saying why there is none."""
        if match.status == "ambiguous":
            names = [f"{p.name} ({r.party(p.candidate.party) if p.candidate else 'quoted'}, {p.seat.constituency}"
                     + (f" {p.seat.election_year})" if p.seat.election_year else ")")
                     for p in match.people[:MAX_ASKED_BACK]]  # an initial alone may fit hundreds
            return self._ask_back(names, match.said)
        records = list(match.people)
        if seat is not None:
            records = [p for p in records if p.seat is seat] or [p for p in records
                                                                 if name_key(p.seat.constituency)
                                                                 == name_key(seat.constituency) and year is None]
        if year is not None:
            in_year = [p for p in records if p.year == year]
            if not in_year:
                years = r.listing(sorted({str(p.year) for p in match.people if p.year}))
                return Answer(lead=f"I have no record of {match.people[0].name} in {year}"
                                   + (f"; I have them in {years}." if years else "."),
                              answered=False, intent="unknown_year")
            records = in_year
        if not records:
            return self._unknown_person(match, seat)
        latest = [p for p in records if p.year == records[0].year]
        if len({name_key(p.seat.constituency) for p in latest}) > 1:
            return self._ask_back([f"{p.name} ({r.seat_label(p.seat)})" for p in latest], match.said)
        return latest[0]

    def _records(self, record: Person, year: int | None) -> list[Person]:
        people = [p for p in self.person_index.same_key(record) if year is None or p.year == year]
        return sorted(people, key=lambda p: -(p.year or 0)) or [record]

    def _needs_person(self, q: Question, intent: Intent) -> bool:
        return intent.kind in NEEDS_PERSON_KINDS and q.party is None

    def _asks_unknown_name(self, q: Question) -> bool:
        return bool(q.unknown_names) and q.person is None and q.party is None and (
            q.wording.has("votes", "quote", "who_is", "position", "beat", "beat_by", "share")
            or (q.wording.yes_no and q.wording.verb is not None)
            or (q.wording.has("win") and not q.wording.has("general")))  # "who won Narnia North": not national

    def _unknown_person(self, match: PersonMatch, seat: Seat | None) -> Answer:
        name = match.said.title()
        where = f" in {r.seat_label(seat)}" if seat is not None else ""
        what = "seat or candidate" if seat is None and match.said and " " in match.said.strip() else "candidate"
        text = f"I have no {what} called {name} on record{where}."
        suggestions = self.person_index.suggest(match.said)
        if seat is not None:
            named = [c.name for c in seat.candidates]
            text += f" The candidates I have there: {r.listing(named)}." if named else ""
            suggestions = named[:5]
        return Answer(lead=text, answered=False, intent="unknown_person", suggestions=suggestions)

    def _not_a_candidate(self, record: Person) -> Answer:
        return Answer(lead=f"{record.name} is quoted in the reports on {r.seat_label(record.seat)} but was not a "
                           f"candidate there, so there is no result of theirs to give.",
                      answered=False, intent="not_a_candidate", seat=record.seat,
                      suggestions=[c.name for c in record.seat.candidates[:5]])

    # ----- comparing two contests of one seat -----

    def _compare(self, q: Question) -> Answer | None:
        """'compare kensington 2017 and 2019', 'how did ashfield change since 2017', 'swing in kensington'."""
        if q.seat is None:
            return None
        if q.seat.status != "known":
            return self._seat(q.seat, q.when)
        years = list(q.when.years)
        first = When(years=(q.when.since,)) if q.when.since is not None else (
            When(years=(years[0],)) if len(years) > 1 else None)
        second = When(years=(years[-1],)) if len(years) > 1 else When(years=tuple(years[:1]))
        return self._compare_contests(q.seat.seat, first, second)

    def _compare_contests(self, name: str, first: When | None, second: When) -> Answer:
        later = self._contest(name, second)
        if isinstance(later, Answer):
            return later
        found = self.contests[name_key(name)]
        earlier = self._contest(name, first) if first is not None else compare.previous_contest(found, later)
        if isinstance(earlier, Answer):
            return earlier
        if earlier is None or earlier is later:
            return Answer(lead=f"I have only {contests.contest_name(later)} for {later.constituency}, so there is "
                               f"nothing to compare it with.", answered=False, intent="compare", seat=later,
                          suggestions=[f"who won {later.constituency}"])
        if contests.sort_key(earlier) > contests.sort_key(later):
            earlier, later = later, earlier
        return compare.compare(earlier, later)

    def compare(self, seat: str, first: str | int | None = None, second: str | int | None = None) -> Answer:
        """The /compare command: one seat at two contests (the latest and the one before it by default)."""
        found = self._command_seat(seat, second)
        if isinstance(found, Answer):
            return found
        return self._compare_contests(found.constituency, contests.parse_option(first) if first else None,
                                      contests.parse_option(second))

    def complete_elections(self, seat: str, text: str = "", limit: int = 25) -> list[str]:
        """The contests on record for a seat, newest first, for an election option's autocomplete."""
        match = self.seat_index.lookup(seat) if seat else None
        found = self.contests.get(name_key(match.seat), []) if match is not None and match.status == "known" else []
        typed = text.strip().lower()
        labels = [contests.option_label(s) for s in reversed(found)]
        return [label for label in labels if typed in label.lower()][:limit]

    # ----- whole elections -----

    def _election(self, q: Question) -> Election | None:
        """The general election a national question means: the year asked, the latest before a year, or the latest."""
        if q.when.before is not None:
            earlier = [y for y in self.national.years if y < q.when.before]
            return self.national.get(earlier[-1], q.area) if earlier else None
        return self.national.get(q.year, q.area)

    def _national(self, q: Question, intent: Intent) -> Answer:
        """Who won an election, a party's share, turnout: from the official results, never from a few seats."""
        election = self._election(q)
        if election is None:
            return self._no_national(q)
        if intent.kind is Kind.NATIONAL_TURNOUT:
            return na.turnout(self.national, election)
        if intent.kind is Kind.NATIONAL_SHARE:
            return na.share(self.national, election, q.party)
        if intent.place is not None:
            return na.place(self.national, election, intent.place)
        if q.party is not None and q.wording.yes_no:
            return na.did_win(self.national, election, q.party)    # 'did labour win in 2024': yes or no first
        return na.overall(self.national, election)

    def _no_national(self, q: Question) -> Answer:
        """No official results for the election asked: say so, and what the seats on record state."""
        lead = na.not_official(q.year, self.national.years)
        details = []
        held = self.overview.count(q.year)
        if held:
            won = self.overview.party_seats(q.party, "win", q.year) if q.party else None
            details.append(won.lead if won is not None and won.answered else
                           f"I hold {held} seat result{'s' if held != 1 else ''}"
                           + (f" of {q.year}" if q.year else "") + "; ask about one of them.")
        return Answer(lead=lead, details=details, answered=False, intent="national",
                      suggestions=[f"who won the {y} election" for y in self.national.years]
                      or self.overview.examples())

    def _party_seats(self, q: Question, intent: Intent) -> Answer:
        """How many seats a party won: the national count where the official results are loaded."""
        election = self._election(q) if intent.verb in (None, "win") and q.party is not None else None
        if election is not None and intent.count_only and q.from_party is None:
            return na.party_seats(self.national, election, q.party or "")
        answer = self.overview.party_seats(q.party, intent.verb or "win", q.year, intent.count_only,
                                           from_party=q.from_party)
        if intent.count_only and answer.answered and self.national.get(q.year) is None:
            # "how many seats did labour win in 2017" with only articles: the seats on record, never a national figure
            return replace(answer, details=[*answer.details, na.not_official(q.year, self.national.years)])
        return answer

    def _swing_ranking(self, q: Question) -> Answer:
        """Seats ranked by swing are not worked out: say so, and offer what is (one seat's swing, majorities)."""
        when = f" in {q.year}" if q.year else ""
        seat = next(iter(self.overview.example_names(1)), "Kensington")
        return Answer(lead=f"I can't rank seats by swing{when}; I can give one seat's swing (e.g. “swing in "
                           f"{seat}”) or rank the seats by majority.", answered=False, intent="swing_ranking",
                      suggestions=[f"swing in {seat}", f"largest majorities{when}", f"closest seats{when}"])

    def _changed_hands(self, q: Question, intent: Intent) -> Answer:
        election = self.national.get(q.year, q.area) if q.year is not None else None
        if election is not None and q.from_party is None:
            return na.changed_hands(election, intent.count_only)
        return self.overview.party_seats(None, "gain", q.year, intent.count_only, from_party=q.from_party)

    def national_result(self, election: str | int | None = None, area: str | None = None) -> Answer:
        """The result of a general election as a whole, or in one nation or region (the /national command)."""
        when = contests.parse_option(election)
        found = self.national.get(when.year, area)
        if found is None:
            return Answer(lead=na.not_official(when.year, self.national.years), answered=False, intent="national",
                          suggestions=[str(y) for y in self.national.years])
        return na.overall(self.national, found)

    def national_seats(self, election: str | int | None = None, area: str | None = None) -> SeatsChart | None:
        """Seats per party at a general election (in one area), for a chart (None without its official results)."""
        found = self.national.get(contests.parse_option(election).year, area)
        return seats_chart(found) if found is not None else None

    def complete_national(self, text: str, limit: int = 25) -> list[str]:
        """General elections with official results, for the /national election option."""
        return [str(y) for y in reversed(self.national.years) if text.strip() in str(y)][:limit]

    def _unclear(self, q: Question) -> Answer:
        return Answer(lead="I couldn't tell which seat, person or result you mean. Try e.g. "
                           + self._example() + ", or type `help`.",
                      answered=False, intent="unclear", suggestions=self.overview.examples())

    def _example(self) -> str:
        examples = self.overview.examples(1)
        return f"“{examples[0]}”" if examples else "“who won Kensington”"

    # ----- commands -----

    def _command_seat(self, seat: str, election: str | int | None) -> Seat | Answer:
        match = self.seat_index.lookup(seat)
        if match is None:
            suggestions = self.seat_index.suggest(seat)
            hint = f" Did you mean {r.alternatives(suggestions)}?" if suggestions else ""
            return Answer(lead=f"I don't know a seat called “{seat}”.{hint}", answered=False, intent="unknown_seat",
                          suggestions=suggestions)
        return self._seat(match, contests.parse_option(election))

    def result(self, seat: str, election: str | int | None = None) -> Answer:
        """The full result of a seat."""
        found = self._command_seat(seat, election)
        return found if isinstance(found, Answer) else sa.result(found)

    def winner(self, seat: str, election: str | int | None = None) -> Answer:
        found = self._command_seat(seat, election)
        return found if isinstance(found, Answer) else sa.winner(found)

    def margin(self, seat: str, year: int | None = None) -> Answer:
        found = self._command_seat(seat, year)
        return found if isinstance(found, Answer) else sa.margin(found)

    def recounts(self, seat: str | None = None, year: int | None = None) -> Answer:
        """Recounts at one seat, or (without a seat) every seat with recounts."""
        if not seat:
            return self.overview.recounts(year)
        found = self._command_seat(seat, year)
        return found if isinstance(found, Answer) else sa.recounts(found)

    def candidate(self, name: str, seat: str | None = None, year: int | None = None) -> Answer:
        """Who a candidate is: seat, party, votes and result (within a seat when given)."""
        in_seat: Seat | None = None
        if seat:
            found = self._command_seat(seat, year)
            if isinstance(found, Answer):
                return found
            in_seat = found
        name = name.split("(")[0].strip()
        match = self.person_index.lookup(name, seat=in_seat.constituency if in_seat else None)
        if match is None:
            return Answer(lead="Which candidate? Give a name.", answered=False, intent="unknown_person")
        if match.status == "unknown":
            return self._unknown_person(match, in_seat)
        record = self._person(match, year, in_seat)
        if isinstance(record, Answer):
            return record
        if in_seat is not None and record.candidate is not None:
            return pa.votes(record.seat, record.candidate) if record.candidate.votes is not None \
                else pa.who_is([record])
        return pa.who_is(self._records(record, year))

    def closest(self, count: int = 5, year: int | None = None) -> Answer:
        return self.overview.ranking(False, count, year)

    def party(self, name: str, year: int | None = None) -> Answer:
        """Seats a party won, how many were gains and holds."""
        canonical = self.party_index.lookup(name)
        if canonical is None:
            return Answer(lead=f"I don't know a party called “{name}”.", answered=False, intent="party")
        won = self.overview.party_seats(canonical, "win", year)
        if not won.answered:
            return won
        gains = self.overview.pool(canonical, "gain", year)
        holds = self.overview.pool(canonical, "hold", year)
        extra = f"Of these, {len(gains)} {'was a gain' if len(gains) == 1 else 'were gains'} and {len(holds)} " \
                f"{'was a hold' if len(holds) == 1 else 'were holds'}."
        return replace(won, details=[*won.details, extra])

    def sources(self, seat: str, year: int | None = None) -> Answer:
        found = self._command_seat(seat, year)
        return found if isinstance(found, Answer) else sa.sources(found)

    def about(self) -> Answer:
        return self.overview.about()

    def previous_contest(self, seat: Seat) -> Seat | None:
        """The general election before `seat`'s contest for the same seat on the same boundaries, if on record."""
        found = self.contests.get(name_key(seat.constituency), [])
        earlier = [s for s in found if contests.sort_key(s) < contests.sort_key(seat) and not s.by_election
                   and compare.same_boundaries(s, seat)]
        return earlier[-1] if earlier else None

    def help(self) -> Answer:
        if self._help is None:
            self._help = help_answer(self)
        return self._help

    def complete_seats(self, text: str, limit: int = 25) -> list[str]:
        """Seat names for autocomplete (each at most 100 characters)."""
        return self.seat_index.complete(text, limit)

    def complete_parties(self, text: str, limit: int = 25) -> list[str]:
        """Party names for autocomplete."""
        return self.party_index.complete(text, limit)

    def complete_candidates(self, text: str, limit: int = 25) -> list[str]:
        """Candidate names for autocomplete (each at most 100 characters)."""
        return self.person_index.complete(text, limit)


def _boundaries_note(name: str) -> str:
    """' (a seat since the 2024 boundary changes)' for a seat of only the newer boundaries; '' otherwise."""
    sets = [first for first in BOUNDARY_SETS if is_known_seat(name, first)]
    if sets and min(sets) > min(BOUNDARY_SETS):
        return f" (a seat since the {min(sets)} boundary changes)"
    return ""


def _asked(when: When) -> str:
    """'the 2015 general election', 'a by-election in 2021', 'a contest before 2019'."""
    kind = "by-election" if when.by_election else "general election" if when.general or when.year else "contest"
    if when.year:
        return f"a by-election in {when.year}" if when.by_election else f"the {when.year} {kind}"
    if when.before:
        return f"a {kind} before {when.before}"
    return f"a {kind}"


# What each kind of question is answered with. Questions across seats come first: a handler that
# returns None hands the question on to the one-seat path (a quote question naming a seat, say).
ACROSS_SEATS: dict[Kind, Callable[[Engine, Question, Intent], Answer | None]] = {
    Kind.HELP: lambda e, q, i: e.help(),
    Kind.ABOUT: lambda e, q, i: e.about(),
    Kind.CLOSEST: lambda e, q, i: e.overview.ranking(False, i.limit, q.year, q.area),
    Kind.LARGEST: lambda e, q, i: e.overview.ranking(True, i.limit, q.year, q.area),
    Kind.TURNOUT_RANKING: lambda e, q, i: e.overview.turnout_ranking(i.highest, i.limit, q.year, q.area),
    Kind.SWING_RANKING: lambda e, q, i: e._swing_ranking(q),
    Kind.RECOUNT_LIST: lambda e, q, i: e.overview.recounts(q.year, i.count_only, q.area),
    Kind.CHANGED_HANDS: lambda e, q, i: e._changed_hands(q, i),
    Kind.PARTY_SEATS: lambda e, q, i: e._party_seats(q, i),
    Kind.CONFLICTS: lambda e, q, i: e.overview.conflicts(q.year) if q.seat is None and q.person is None else None,
    Kind.COMPARE: lambda e, q, i: e._compare(q),
    Kind.NATIONAL: lambda e, q, i: e._national(q, i),
    Kind.NATIONAL_SHARE: lambda e, q, i: e._national(q, i),
    Kind.NATIONAL_TURNOUT: lambda e, q, i: e._national(q, i),
    Kind.UNKNOWN_NAME: lambda e, q, i: e._unknown_person(q.unknown_names[0], None),
    Kind.UNCLEAR: lambda e, q, i: e._unclear(q),
    Kind.QUOTE: lambda e, q, i: e._quote_without_seat(q, i),
}
# Facts an article may give for one contest and not the next (a recount, a declaration time): asked without an
# election, the answer comes from the latest contest that states them.
EARLIER_CONTEST_KINDS = frozenset({Kind.RECOUNTS, Kind.FIELD})
SEAT_ANSWERS: dict[Kind, Callable[[Seat], Answer]] = {
    Kind.WINNER: sa.winner, Kind.MARGIN: sa.margin, Kind.PREVIOUS_MAJORITY: sa.previous_majority,
    Kind.RECOUNTS: sa.recounts, Kind.SECOND: sa.second, Kind.OUTCOME: sa.outcome, Kind.CONFLICTS: sa.conflicts,
    Kind.CANDIDATES: sa.candidates, Kind.RESULT: sa.result,
}
PERSON_ANSWERS: dict[Kind, Callable[[Seat, Candidate], Answer]] = {
    Kind.VOTES: pa.votes, Kind.POSITION: pa.position, Kind.BEAT: pa.beat,
    Kind.WHO_IS: lambda seat, candidate: pa.who_is([Person(candidate.name, seat, candidate, ())]),
}
# Kinds answered for one seat at a time: a question naming several seats gets one answer per seat.
ONE_SEAT_KINDS = frozenset(Kind) - frozenset(ACROSS_SEATS) - {Kind.COMPARE} | {Kind.QUOTE}


def _distinct_seats(matches: list[SeatMatch]) -> list[SeatMatch]:
    """The known seats a question names, each once, in the order named."""
    seen: dict[str, SeatMatch] = {}
    for match in matches:
        if match.status == "known" and match.seat is not None:
            seen.setdefault(match.seat, match)
    return list(seen.values())


# Kinds about one candidate: a party named instead ("how many votes did labour get in X") means its candidate.
PERSON_KINDS = frozenset({Kind.VOTES, Kind.POSITION, Kind.BEAT, Kind.WHO_IS})
CANDIDATE_ONLY_KINDS = frozenset({Kind.VOTES, Kind.POSITION, Kind.BEAT, Kind.DID, Kind.SOURCES})
NEEDS_PERSON_KINDS = frozenset({*PERSON_KINDS, Kind.QUOTE, Kind.DID})
