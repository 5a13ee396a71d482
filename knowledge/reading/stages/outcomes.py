"""Outcomes: who won each seat, whether it was a gain or a hold, and who lost."""
from __future__ import annotations

import re

from knowledge.reading import phrases as ph
from knowledge.reading.article_text import Sentence
from knowledge.reading.guards import guarded
from knowledge.reading.mentions import NumberMention, PartyMention, SeatMention
from knowledge.reading.rules import Evidence, Rule, of_step, pattern_of
from knowledge.reading.stages.candidates import Candidates
from knowledge.reading.stages.state import Person, SeatDraft

# The verbs of a loser-first or seat-first sentence, and the nouns of "a Barset hold for Jo Bloggs".
_GAIN_WORDS = ph.GAIN_VERBS | {"gain"}
_HOLD_WORDS = ph.HOLD_VERBS | {"hold"}


class Outcomes(Candidates):
    """Each outcome rule's reading: the winner, the losers, gain or hold."""

    def _read_outcome(self, i: int) -> None:
        """Who won and how: each outcome step's rules, in the order the steps are listed here."""
        text = self.skeletons[i].text
        for rule in of_step("roundup_hold", text):
            roundup = pattern_of(rule).search(text)
            if roundup and self._current(i, roundup.start()):
                self.roundup_hold = (self._party_of(i, rule.take(roundup, "winner_party")), rule.id)
        for step, read in (("headline", self._read_headline), ("gain_from", self._read_gain_from),
                           ("lost_seat_to_party", self._read_lost_seat), ("took_seat_of", self._read_took_seat_of),
                           ("winner_subject", self._read_winner_subject), ("elected", self._read_elected),
                           ("loser_first", self._read_loser_first), ("beat", self._read_beat),
                           ("respectively", self._read_paired_winners)):
            for rule in of_step(step, text):  # type: ignore[arg-type]
                for match in self._current_matches(i, pattern_of(rule)):
                    if not guarded(rule, text, match):
                        read(i, rule, match)

    def _read_headline(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """"LAB GAIN FROM CON", "Conservative hold"."""
        seat = self._seat(self._seat_of(i, offset=match.start()))
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
        person, party = self._subject(i, self.skeletons[i].text[:match.start()], past_beaten=True)
        seat = self._seat(self._seat_of(i, rule.take(match, "seat"), person, match.start()))
        if seat is None:
            return
        self._set_winner(seat, person, party, self.sentences[i], rule.id)
        self._set_outcome(seat, "gain", self.sentences[i], rule.id, rule.strength,
                          self._party_of(i, rule.take(match, "previous_party")))

    def _read_lost_seat(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """"Roe lost her seat to Labour": the subject lost, to that party."""
        sentence = self.sentences[i]
        loser, _ = self._subject(i, self.skeletons[i].text[:match.start()], past_beaten=True)
        seat = self._seat(self._seat_of(i, rule.take(match, "seat"), loser, match.start()))
        if seat is None:
            return
        winner_party = self._party_of(i, rule.take(match, "winner_party"))
        if winner_party:
            seat.winner_party = seat.winner_party or Evidence(winner_party, sentence, rule.id)
        self._add_loser(seat, loser, i, rule.id)
        if rule.outcome:  # "lost her seat to Labour" changed hands; "lost to Labour" may be a challenger's loss
            self._set_outcome(seat, rule.outcome, sentence, rule.id, rule.strength,
                              loser.party.value if loser and loser.party else None)

    def _read_took_seat_of(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """"Bloggs took Roe's Conservative seat": the subject won, from the named person and party."""
        sentence = self.sentences[i]
        person, party = self._subject(i, self.skeletons[i].text[:match.start()], past_beaten=True)
        loser = self._who(i, rule.take(match, "loser") or "")
        seat = self._seat(self._seat_of(i, None, person, match.start()))
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
        person, party = self._subject(i, text[:match.start()], past_beaten=True)
        seat = self._seat(self._seat_of(i, rule.take(match, "seat"), person, match.start()))
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
        named = rule.take(match, "winner")  # the rule's own person ("Jo Bloggs, the new MP for Barset")
        if named:
            person, party = self._who(i, named), None
        elif forward:
            person, party = self._who(i, forward.group("who")), None
        else:
            person, party = self._subject(i, text[:match.start()], past_beaten=True)
        party = self._party_of(i, rule.take(match, "winner_party")) or party
        seat = self._seat(self._seat_of(i, rule.take(match, "seat"), person, match.start()))
        if seat is None or person is None:
            return
        self._set_winner(seat, person, party, self.sentences[i], rule.id)
        if rule.outcome:
            self._set_outcome(seat, rule.outcome, self.sentences[i], rule.id, rule.strength, None)

    def _read_loser_first(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """Sentences whose subject lost: "Roe was unseated by Bloggs", "Barset was lost by Roe to Bloggs", "The
        seat was held by Labour" (a party wins, and no person)."""
        sentence = self.sentences[i]
        winner = self._who(i, rule.take(match, "winner") or "")
        party = self._party_of(i, rule.take(match, "winner_party"))
        loser_token = rule.take(match, "loser")
        loser = self._who(i, loser_token) if loser_token else None
        pronoun = rule.take(match, "loser_pronoun")
        if pronoun:
            loser = self._referent(i, self.skeletons[i].text[:match.start()], pronoun)
            if loser is None:
                return  # "he was beaten": by whom we know, but not who lost
        seat = self._seat(self._seat_of(i, rule.take(match, "seat"), winner or loser, match.start()))
        if seat is None or (winner is None and party is None) or (winner is not None and winner is loser):
            return
        if pronoun and loser is not None and loser.seat not in (None, seat.name):
            return  # "Hale won Stroud. In Gloucester he was beaten": his defeat elsewhere, another time
        self._set_winner(seat, winner, party, sentence, rule.id)
        self._add_loser(seat, loser, i, rule.id)
        verb = (rule.take(match, "outcome") or "").lower()
        from_token = rule.take(match, "previous_party")
        from_party = self.skeletons[i].mention(from_token) if from_token else None
        if verb in _GAIN_WORDS or rule.outcome == "gain":
            previous = from_party.party if isinstance(from_party, PartyMention) else \
                loser.party.value if loser and loser.party else None
            self._set_outcome(seat, "gain", sentence, rule.id, rule.strength, previous)
        elif verb in _HOLD_WORDS:
            self._set_outcome(seat, "hold", sentence, rule.id, 1, None)  # as weak as "held Barset"

    def _read_beat(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """"Bloggs beat Roe", "Labour, unseating Roe": the subject won, the object lost."""
        loser = self._who(i, rule.take(match, "loser") or "")
        participle = match.group().split()[0].endswith("ing")
        person, party = self._subject(i, self.skeletons[i].text[:match.start()], participle=participle,
                                     past_beaten=True)
        seat = self._seat(self._seat_of(i, None, person or loser, match.start()))
        if seat is None:
            return
        self._set_winner(seat, person, party, self.sentences[i], rule.id)
        self._add_loser(seat, loser, i, rule.id)
        if rule.outcome:
            self._set_outcome(seat, rule.outcome, self.sentences[i], rule.id, rule.strength, None)

    def _read_paired_winners(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        """"Hale and Roe held Bolsover and Mansfield (by 1,200 and 40 votes) respectively": each person won
        the seat in the same place of its list, by the figure in that place; lists of other lengths give
        nothing."""
        skeleton, sentence = self.skeletons[i], self.sentences[i]
        people = re.findall(r"<H\d+>", match.group("owners"))
        seats = [skeleton.mention(token) for token in re.findall(r"<S\d+>", match.group("seats"))]
        margins = [skeleton.mention(token) for token in re.findall(r"<N\d+>", match.group("margins") or "")]
        if len(people) != len(seats) or (margins and len(margins) != len(seats)):
            return
        verb = match.group("verb").lower()
        outcome = "hold" if verb in _HOLD_WORDS | {"retained", "kept"} else "gain" if verb in _GAIN_WORDS else None
        for k, (token, mention) in enumerate(zip(people, seats, strict=True)):
            person = self._who(i, token)
            seat = self._seat(mention.seat) if isinstance(mention, SeatMention) else None
            if person is None or seat is None:
                continue
            self._set_winner(seat, person, None, sentence, rule.id)
            if outcome:
                self._set_outcome(seat, outcome, sentence, rule.id, 1 if outcome == "hold" else 2, None)
            figure = margins[k] if margins else None
            if isinstance(figure, NumberMention) and isinstance(figure.value, int) and seat.margin is None:
                seat.margin = Evidence(figure.value, sentence, rule.id)

    def _set_winner(self, seat: SeatDraft, person: Person | None, party: str | None, sentence: Sentence,
                    rule: str) -> None:
        if person is not None and not person.official:
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
