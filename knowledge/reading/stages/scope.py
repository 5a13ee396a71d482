"""Scope: which seat each sentence speaks of, and which election each clause (this one, the one
before, or history).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from knowledge.lexicon.elections import BY_ELECTION
from knowledge.reading import phrases as ph
from knowledge.reading.clauses import clause_at, clause_index, clause_spans
from knowledge.reading.mentions import NumberMention
from knowledge.reading.place_openings import opening_place, seat_for_place
from knowledge.reading.rules import pattern as rule_pattern
from knowledge.reading.skeleton import TOKEN, Mention, Skeleton
from knowledge.reading.stages.state import ArticleState

_YEARS_AGO = rule_pattern("election.years_ago")
_LAST_ELECTION = rule_pattern("election.last_time")
_HISTORY = rule_pattern("election.history")
_DECLARED_HAD = rule_pattern("election.declared_had")
_TRAILING_TIME = rule_pattern("election.trailing")
# How many clauses a trailing time phrase may follow its figure by ("a majority of 26,000 - 1,180 more than
# this year - at the last general election"); a clause naming a person or seat ends the reach.
_TRAILING_REACH = 2

_RETRACTED = rule_pattern("election.retracted")
_SELF_CORRECTED = rule_pattern("election.self_corrected")

_WHEN = re.compile(r"\s*when\b", re.I)
# A clause naming a person, seat or party, or with a pronoun for one, has a subject of its own; one without
# ("after two recounts", "with a turnout of 64.9%") says more of what the clause before it said.
_OWN_SUBJECT = re.compile(r"<[HSP]\d+>|\b(?:he|she|they|it|we)\b", re.I)

_RELATIVE = re.compile(r"\s*(?:who|which|whose)\b", re.I)

_TIME_OPENING = re.compile(
    r"^(?:back |but |and )?(?:in|at the|by|during) (?:the )?<N\d+>(?: (?:general )?election)?[,;:]?\s*$|"
    r"^<N\d+> (?:years?|decades?) (?:ago|earlier|before)[,;:]?\s*$", re.I)

# Said of an interim count: "the Lib Dems initially came up three votes ahead", "the original count had him
# winning by eight". The declared result is another figure.
_INTERIM = rule_pattern("not-a-fact.interim")


class Scope(ArticleState):
    """The seat and the time each sentence and clause speaks of."""

    def _seat_named(self, i: int) -> str | None:
        """The last seat sentence i names in the present, if any."""
        skeleton = self.skeletons[i]
        named = [m.seat for offset, m in skeleton.tokens("S") if self._era(skeleton, offset) == "current"]
        return named[-1] if named else None  # type: ignore[attr-defined]

    def _assign_sentence_seats(self) -> None:
        """The seat each sentence speaks of: one it names (in the present), else the one in focus.

        A sentence that names only other seats, in the past ("Lee, ousted in 2015 as MP for Barset East,
        was returned"), speaks of the seat it names, never of the one in focus. One that names none and opens
        on a place ("In Crewe, ...") speaks of the seat that place begins, else of none (see place_openings). A sentence naming two
        seats or more gives each clause its own (see `_clause_seats`).
        """
        focus: str | None = None
        article_seats = {m.seat for skeleton in self.skeletons  # type: ignore[attr-defined]
                         for _, m in skeleton.tokens("S")}
        for skeleton in self.skeletons:
            named = [(offset, m) for offset, m in skeleton.tokens("S") if self._era(skeleton, offset) == "current"]
            mentioned = {m.seat for _, m in skeleton.tokens("S")}  # type: ignore[attr-defined]
            place = None if mentioned else opening_place(skeleton.text)
            if named:
                focus = named[-1][1].seat  # type: ignore[attr-defined]
                self.sentence_seat.append(focus)
            elif place is not None:  # "In Crewe, ...": the seat that place begins, else somewhere else
                seat = seat_for_place(place, article_seats)
                focus = seat or focus
                self.sentence_seat.append(seat)
            elif mentioned and focus not in mentioned:
                self.sentence_seat.append(skeleton.tokens("S")[-1][1].seat)  # type: ignore[attr-defined]
            else:
                self.sentence_seat.append(focus)
            self.clause_seats.append(self._clause_seats(skeleton, named))

    @staticmethod
    def _clause_seats(skeleton: Skeleton, named: list[tuple[int, Mention]]) -> tuple[tuple[int, str | None], ...]:
        """(start, seat) of each clause of a sentence naming two seats or more in the present: the seat
        the clause names, else the one an earlier clause names, else the sentence's first ("In Barset
        East, Lee held the seat, but in Barset West, Roe lost to Hale"). A clause that names two seats
        itself has none ("In Barset East turnout was 68% and in Barset West 66%": which figure is whose
        is not read), nor have the clauses after it that name none."""
        if len({m.seat for _, m in named}) < 2:  # type: ignore[attr-defined]
            return ()
        seats: list[tuple[int, str | None]] = []
        current: str | None = named[0][1].seat  # type: ignore[attr-defined]
        for start, end in clause_spans(skeleton.text):
            own = [m.seat for offset, m in named if start <= offset < end]  # type: ignore[attr-defined]
            if own:
                current = own[0] if len(set(own)) == 1 else None
            seats.append((start, current))
        return tuple(seats)

    def _era(self, skeleton: Skeleton, offset: int) -> str:
        """'current', 'previous' (the election before) or 'history' for the clause around `offset`."""
        # Every rule asks this of the same few clauses: work out each clause's era once.
        cached = self._clause_eras.get(id(skeleton))
        if cached is None or cached[0] is not skeleton:
            cached = self._clause_eras[id(skeleton)] = (skeleton, clause_spans(skeleton.text), {})
        _, clauses, eras = cached
        if offset < self._taken_back.get(id(skeleton), -1):
            return "history"  # said before the reporter's "... no," (see _mark_retractions)
        index = clause_index(skeleton.text, offset)
        if index is None:
            index = len(clauses) - 1
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

    def _mark_retractions(self) -> None:
        """A sentence that a retraction follows ("... had gained Barset. That was wrong.", "... ? No: ...")
        states no result of this election, nor do the words before a correction in a sentence ("took Barset...
        no, that count is on Saturday"); the seat named is still the one the next sentences speak of (so this
        runs after `_assign_sentence_seats`)."""
        for before, retraction in zip(self.skeletons, self.skeletons[1:], strict=False):
            if _RETRACTED.match(retraction.text):
                self._carried[id(before)] = "history"
        for skeleton in self.skeletons:
            corrections = [match.start() for match in _SELF_CORRECTED.finditer(skeleton.text)]
            if corrections:  # everything said before the last correction is taken back
                self._taken_back[id(skeleton)] = corrections[-1]

    def _era_at(self, skeleton: Skeleton, clauses: tuple[tuple[int, int], ...], index: int) -> str:
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
        clause = skeleton.text[slice(*clauses[own])]
        if era == "current" and own > 0 and ph.PAST_OPENING.match(skeleton.text) and \
                not _OWN_SUBJECT.search(clause) and not ph.PRESENT_OPENING.match(clause.lstrip(" ,;:")):
            # "In 2017 Goldsmith kept the seat by 45 votes, after two recounts": a clause with no subject of its
            # own goes on in the time the sentence opened with
            era = self._clause_era(skeleton, *clauses[0])
        if era == "current":
            era = self._trailing_era(skeleton, clauses, own)
        return era

    def _trailing_era(self, skeleton: Skeleton, clauses: tuple[tuple[int, int], ...], own: int) -> str:
        """The time of a clause that follows clause `own` and is only a time phrase ("a majority of 26,000
        at the last general election in 2019" split at dashes), else 'current'."""
        for later in clauses[own + 1:own + 1 + _TRAILING_REACH]:
            text = skeleton.text[slice(*later)]
            if _TRAILING_TIME.match(text):
                return self._clause_era(skeleton, *later)
            if "<H" in text or "<S" in text:
                break
        return "current"

    def _clause_era(self, skeleton: Skeleton, start: int, end: int) -> str:
        clause = skeleton.text[start:end]
        for match in TOKEN.finditer(clause):
            if match.group(1) != "N":
                continue
            number = skeleton.mentions[int(match.group(2))]
            assert isinstance(number, NumberMention)
            if is_year(number, clause[match.end():], clause[:match.start()]):
                if number.value == self.year:
                    continue
                return "previous" if number.value == self.previous_year else "history"
        era, ago = _worded_era(clause, self.by_election)
        if ago is not None:
            count = 1 if ago[0] else skeleton.mentions[int(ago[1][2:-1])].value if ago[1] else None
            if self.year and self.previous_year and count == self.year - self.previous_year:
                return "previous"
        return era

    def _current(self, i: int, offset: int) -> bool:
        return self._era(self.skeletons[i], offset) == "current"

    def _current_matches(self, i: int, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Matches of `pattern` in sentence i that speak of this election (not of history)."""
        text = self.skeletons[i].text
        return (m for m in pattern.finditer(text) if self._current(i, m.start())
                and not _INTERIM.search(clause_at(text, m.start())))


_FIGURE_LABEL = re.compile(r"\b(?:majority|margin|electorate|votes|total|turnout)\W{0,3}$", re.I)
_FIGURE_LABEL_REACH = 16  # its longest match ("electorate" and three marks, before a last line break) fits


@lru_cache(maxsize=4096)
def _worded_era(clause: str, by_election: bool) -> tuple[str, tuple[str | None, str | None] | None]:
    """The era a clause's words give ('previous', 'history' or 'current'), years aside, and for "N years ago"
    its word ("a", the 'w' group) or number token (the 'n' group), whose count may make it 'previous'. It
    depends on the words alone, which many sentences share ("<H0> held <S1> with <N2> votes"), so it is
    remembered."""
    ago = _YEARS_AGO.search(clause)
    if ago:
        return "history", (ago.group("w"), ago.group("n"))
    if _LAST_ELECTION.search(clause):
        return "previous", None
    plain = _DECLARED_HAD.sub(lambda m: m.group()[:m.start("had") - m.start()], clause)
    if _HISTORY.search(BY_ELECTION.sub(" ", plain) if by_election else plain):
        return "history", None
    return "current", None


def is_year(number: NumberMention, after: str, before: str = "") -> bool:
    """Whether a number is a year ('in 2010'), not a figure ('Majority 2010', '2010 votes')."""
    # "the 1892 election", "In 1886": years of the nineteenth century are history as much as 1983 is
    return (isinstance(number.value, int) and not number.written_in_words and not number.grouped
            and 1800 <= number.value <= 2035
            and not re.match(r"^\s*votes?\b", after)
            and not _FIGURE_LABEL.search(before, max(0, len(before) - _FIGURE_LABEL_REACH)))
