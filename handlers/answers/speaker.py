"""The Speaker of the House of Commons as a person: who stood as the Speaker, and what they said.

"What did the speaker say" asks about a person by their role. The Speaker stands for re-election
under the party label "Speaker" (`knowledge.lexicon.parties`), so the Speaker at an election is the
candidate standing under that label; without a year, the one at the latest election on record.
Nothing here imports discord.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from handlers.answers.person_index import names_match
from knowledge.lexicon.parties import SPEAKER, canonical_party
from knowledge.records import Candidate, Quote, Seat

SPEAKER_PARTY = SPEAKER  # the canonical party of the Speaker seeking re-election


@dataclass(frozen=True, slots=True)
class SpeakerStood:
    """A contest at which the Speaker stood for re-election."""

    seat: Seat
    candidate: Candidate


def speakers_on_record(seats: Sequence[Seat]) -> list[SpeakerStood]:
    """Every contest where a candidate stood as the Speaker, in the knowledge base's order (by year)."""
    written = {candidate.party for seat in seats for candidate in seat.candidates if candidate.party}
    labels = {party for party in written if canonical_party(party) == SPEAKER_PARTY}  # each spelling once
    return [SpeakerStood(seat, candidate) for seat in seats for candidate in seat.candidates
            if candidate.party in labels]


def the_speaker(stood: Sequence[SpeakerStood], year: int | None) -> SpeakerStood | None:
    """The Speaker at the general election of `year` (None: at the latest election on record)."""
    chosen = [s for s in stood if year is None or s.seat.election_year == year]
    return max(chosen, key=lambda s: (s.seat.election_year or 0, s.seat.by_election_day or ""), default=None)


def speaker_quotes(stood: Sequence[SpeakerStood], speaker: SpeakerStood, year: int | None) -> list[Quote]:
    """What `speaker` is quoted as saying at the contests where they stood as the Speaker (only that
    year's with `year`)."""
    name = speaker.candidate.name
    return [quote for s in stood if names_match(s.candidate.name, name) and (year is None or s.seat.election_year == year)
            for quote in s.seat.quotes if names_match(quote.speaker, name)]
