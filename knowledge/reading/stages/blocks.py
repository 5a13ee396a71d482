"""Result lists and tables: each row's candidate, party and votes, and the seat the list is of."""
from __future__ import annotations

from knowledge.reading.result_blocks import ResultBlock
from knowledge.reading.result_lists import ListEntry
from knowledge.reading.rules import Evidence
from knowledge.reading.stages.scope import Scope
from knowledge.reading.stages.state import Person


class Blocks(Scope):
    """Result blocks: rows of candidates with their parties and votes."""

    def _read_block(self, block: ResultBlock, seat_name: str | None) -> None:
        """A result list's rows and the lines around it, all of one seat."""
        seat = self._seat(seat_name)
        if seat is None or (block.year is not None and block.year != self.year):
            return  # a box of another election's results ("2010") is not this one's
        seat.has_list = True
        for i in block.region:
            self.sentence_seat[i] = seat.name
        for i in block.rows:
            for entry in self.list_entries[i]:
                person = self._list_person(entry, i)
                if person is not None:
                    self._mark_candidate(person, i, "block.row", seat.name)
                    if i == block.named_winner and seat.winner is None:
                        seat.winner = Evidence(person, self.sentences[i], "block.party_box")

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
