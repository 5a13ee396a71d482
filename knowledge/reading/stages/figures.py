"""Figures of a seat's result in prose: margins, the majority defended, recounts, turnout and counts."""
from __future__ import annotations

import re

from knowledge.fields import BY_NAME as FIELD_KINDS
from knowledge.lexicon.numbers import ORDINALS
from knowledge.reading import phrases as ph
from knowledge.reading.article_text import Sentence
from knowledge.reading.clauses import clause_spans
from knowledge.reading.guards import guarded
from knowledge.reading.mentions import NumberMention, SeatMention
from knowledge.reading.rules import Evidence, Rule, of_step, pattern_of
from knowledge.reading.rules import pattern as rule_pattern
from knowledge.reading.skeleton import TOKEN, Skeleton
from knowledge.reading.stages.outcomes import Outcomes
from knowledge.reading.stages.state import MAX_VOTES, SeatDraft

_RECOUNT_SERIES = rule_pattern("not-a-fact.recount_series")
_RECOUNT_SPECULATIVE = rule_pattern("not-a-fact.recount_speculative")
_RECOUNT_DECLINED = rule_pattern("recounts.declined")
_RECOUNT_REFUSED = rule_pattern("recounts.refused")
_RECOUNT_AGAIN = rule_pattern("recounts.again")
_RECOUNT_ORDINAL = rule_pattern("recounts.ordinal")
# "after two recounts, and a third was refused": a bare ordinal after recounts are named is the refused one's
_BARE_ORDINAL = re.compile(r"\bre-?counts?\b[^.]*?\b(?:a|the) (?P<o>second|third|fourth|fifth|sixth|seventh)\b"
                           r"(?! (?:count|place|time|candidate|party)\b)", re.I)


class Figures(Outcomes):
    """Margins, recounts and the other figures of each sentence's seat."""

    def _read_figures(self, i: int) -> None:
        """The figures of sentence i, each given to the seat of its clause."""
        names = dict.fromkeys(name for _, name in self.clause_seats[i]) or {self.sentence_seat[i]: None}
        # a clause naming two seats has none, but a figure set beside its seat is that seat's ("Barset North at
        # 68.3 per cent and Barset South at 71.5 per cent"): such seats are read too when they have a result
        names.update(dict.fromkeys(name for name in self._listed_seats(i) if name in self.seats))
        for name in names:
            seat = self._seat(name)
            if seat is None:
                continue
            previous_values = self._read_previous_majority(i, seat)
            self._read_margins(i, seat, previous_values)
            self._read_recounts(i, seat)
            self._read_counts(i, seat)
        seat = self._seat(self.sentence_seat[i])
        sentence = self.sentences[i]
        for rule in of_step("declared", sentence.plain):
            match = pattern_of(rule).search(sentence.plain)
            if seat is not None and match and self._current(i, 0):
                seat.declared_at = seat.declared_at or Evidence(match.group("t").strip(), sentence, rule.id)

    def _listed_seats(self, i: int) -> list[str]:
        """The seats the figure rules of sentence i that name their seat capture there."""
        text = self.skeletons[i].text
        found = []
        for rule in of_step("figure", text):
            if any(what == "seat" for _, what in rule.captures):
                for match in pattern_of(rule).finditer(text):
                    mention = self.skeletons[i].mention(rule.take(match, "seat") or "")
                    if isinstance(mention, SeatMention):
                        found.append(mention.seat)
        return found

    def _of_seat(self, i: int, offset: int, seat: SeatDraft) -> bool:
        """Whether the clause at `offset` speaks of `seat` (a sentence may name two seats)."""
        return self._seat_at(i, offset) == seat.name

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
        for rule in of_step("previous_majority", skeleton.text):
            for match in pattern_of(rule).finditer(skeleton.text):
                if self._era(skeleton, match.start()) == "history" or other_seat or \
                        not self._of_seat(i, match.start(), seat):
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
        for rule in of_step("margin", text):
            for match in pattern_of(rule).finditer(text):
                n = self._number(i, rule.take(match, "margin"))
                if not isinstance(n, int) or not 0 < n <= MAX_VOTES or n in previous_values or \
                        not self._of_seat(i, match.start(), seat):
                    continue
                if guarded(rule, text, match):
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
                    if self._replaces(i, seat.margin):
                        seat.margin = Evidence(n, sentence, rule.id)

    def _read_counts(self, i: int, seat: SeatDraft) -> None:
        """Turnout, electorate, valid votes and ballots cast: each rule's figure within its bounds."""
        text = self.skeletons[i].text
        for rule in of_step("figure", text):
            field_name = rule.sets[0]
            for match in pattern_of(rule).finditer(text):
                n = self._number(i, rule.take(match, field_name))
                floats = FIELD_KINDS[field_name].kind is float
                if n is None or not (floats or isinstance(n, int)) or not self._current(i, match.start()) or \
                        not self._names_seat(i, rule, match, seat):
                    continue
                low, high = rule.bounds or (0, MAX_VOTES)
                if not low <= n <= high or guarded(rule, text, match):
                    continue
                if self._replaces(i, getattr(seat, field_name)):
                    setattr(seat, field_name, Evidence(float(n) if floats else n, self.sentences[i], rule.id))

    def _names_seat(self, i: int, rule: Rule, match: re.Match[str], seat: SeatDraft) -> bool:
        """Whether a figure's match is `seat`'s: the seat the rule captures beside the figure ("Barset North at
        68.3 per cent"), else the seat of the match's clause."""
        token = rule.take(match, "seat")
        if token is None:
            return self._of_seat(i, match.start(), seat)
        mention = self.skeletons[i].mention(token)
        return isinstance(mention, SeatMention) and mention.seat == seat.name

    def _replaces(self, i: int, known: Evidence | None) -> bool:
        """Whether a figure of sentence i is kept: the first one found, or one that corrects an earlier
        sentence's ("This article was amended: her majority was 1,200")."""
        if known is None:
            return True
        sentence = self.sentences[i]
        return known.sentence is not sentence and _corrects(sentence) and not _corrects(known.sentence)

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
        # a refusal may come in a later clause than the request: "a recount was demanded but ... refused"
        declined = _RECOUNT_DECLINED.search(text) or _RECOUNT_REFUSED.search(text)
        counts: list[Evidence[int]] = []
        for start, end in clause_spans(text):
            clause = text[start:end]
            if not (ph.RECOUNT.search(clause) or _RECOUNT_AGAIN.search(clause)):
                continue
            if self._era(skeleton, start) != "current" or _RECOUNT_SERIES.search(clause) or \
                    not self._of_seat(i, start, seat):
                continue
            refused = _RECOUNT_REFUSED.search(clause)
            if refused or (declined and ph.RECOUNT.search(clause)):
                # "a third recount was not allowed": two were held; the declining may run past this clause
                # ("after two recounts, and a third recount was not allowed")
                said = clause if refused or not declined else text[start:max(end, declined.end())]
                ordinal = _RECOUNT_ORDINAL.search(said) or _BARE_ORDINAL.search(said)
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


def _recount_count(skeleton: Skeleton, clause: str) -> tuple[int, str]:
    """How many recounts a clause says were held (0 when it gives no number), and the rule that says so."""
    best, best_rule = 0, ""
    for rule in of_step("recount", clause):
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


def _corrects(sentence: Sentence) -> bool:
    """Whether the sentence corrects the article (its reporter's words, not a quote)."""
    return any(pattern_of(rule).search(sentence.plain) for rule in of_step("correction", sentence.plain))
