"""The article's conclusion: what follows from all its sentences together (the winner from the votes,
parties of a gain, the margin from the top two), and the facts it states.
"""
from __future__ import annotations

import re

from knowledge.lexicon.parties import canonical_party
from knowledge.reading.clauses import clause_at
from knowledge.reading.mentions import PersonMention
from knowledge.reading.rules import Evidence
from knowledge.reading.speech import attribute_quotes
from knowledge.reading.stages.figures import Figures
from knowledge.reading.stages.state import Person, SeatDraft
from knowledge.records import Fact, Quote, Value

_BELOW_FIRST = re.compile(r"\b(?:second|third|fourth|fifth|sixth|runner-up|trail(?:ed|ing)|behind)\b", re.I)


class Conclusion(Figures):
    """Checks across the article's sentences, and its facts and quotes."""

    def _conclude(self, seat: SeatDraft) -> None:
        candidates = [p for p in self.people if p.seat == seat.name and p.evidence is not None]
        voted = sorted((p for p in candidates if p.votes), key=lambda p: -p.votes.value)  # type: ignore[union-attr]
        listed = [p for p in voted if p.votes_from_list]
        # the top of a result list of two or more rows is the winner, whatever the prose ranks around it
        list_top = seat.has_list and len(listed) >= 2 and voted[0] is listed[0]
        if seat.winner is None and len(voted) >= 2 and (seat.has_list or seat.outcome or seat.margin) \
                and (list_top or not self._placed_below_first(voted[0])):
            seat.winner = Evidence(voted[0], voted[0].votes.sentence, "outcome.most_votes")  # type: ignore[union-attr]
        if seat.winner is None and seat.winner_party:
            self._winner_of_party(seat, candidates, voted)
        if seat.winner is None:
            return
        doubt = self._winner_doubt(seat, listed) if list_top else None
        if doubt:
            self.unsure.append(f"unsure: {seat.name}: {doubt}; its result is not stored (check.winner_is_list_top)")
            seat.winner = None
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

    def _winner_of_party(self, seat: SeatDraft, candidates: list[Person], voted: list[Person]) -> None:
        """"The SNP held the seat" and one SNP candidate stood here: she won (unless another has more votes)."""
        assert seat.winner_party is not None
        same = [p for p in candidates if p.party and p.party.value == seat.winner_party.value]
        if len(same) != 1 or (voted and voted[0] is not same[0] and (same[0].votes is None or
                                                                     voted[0].votes.value > same[0].votes.value)):  # type: ignore[union-attr]
            return
        seat.winner = Evidence(same[0], seat.winner_party.sentence, "outcome.party_candidate")

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
            if derived > 0 and seat.margin is None and not unknown_second:
                seat.margin = Evidence(derived, votes[1].sentence, "margin.top_two")
            elif derived > 0 and seat.margin is not None and seat.margin.value != derived and seat.has_list:
                # a stated majority the result list contradicts: both are kept, as a conflict
                seat.margin_conflict = Evidence(derived, votes[1].sentence, "margin.top_two")
                self.unsure.append(f"unsure: {seat.name}: the majority is given as {seat.margin.value:,}, but the "
                                   f"result list's top two are {derived:,} apart; both are kept (margin.top_two)")

    def _winner_doubt(self, seat: SeatDraft, listed: list[Person]) -> str | None:
        """Why the article's winner cannot be trusted against its result list (the list's top has more votes
        than the named winner, or a heading gives the winner another party than the top's), else None."""
        assert seat.winner is not None
        winner, top = seat.winner.value, listed[0]
        assert top.votes is not None
        if winner is not top and winner.votes is not None and winner.votes.value < top.votes.value:
            return (f"{winner.name} is reported the winner, but {top.name} has the most votes in its result list "
                    f"({top.votes.value:,} to {winner.votes.value:,})")
        stated = seat.winner_party
        if winner is top and stated and top.party and stated.rule != "block.row" and \
                canonical_party(stated.value) != canonical_party(top.party.value):
            return (f"the winner's party is given as {stated.value} ({stated.rule}), but {top.name} of "
                    f"{top.party.value} has the most votes in its result list")
        return None

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
                if offset >= 0 and _BELOW_FIRST.search(clause_at(skeleton.text, offset)):
                    return True
        return False

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
        if seat.margin_conflict is not None:  # a second margin: the merge keeps the two as a conflict
            add("margin", seat.margin_conflict.value, seat.margin_conflict)
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


# The seat's fields in the order its facts are listed (the winner first, recounts and candidates after).
_SEAT_FIELDS = ("winner_party", "outcome", "previous_party", "margin", "previous_majority", "turnout_percent",
                "electorate", "valid_votes", "ballots", "declared_at")
