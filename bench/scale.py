"""Synthetic knowledge at N times the names: seats and candidates cloned with invented names.

Built in memory from `knowledge.records` objects (no SQLite): each copy of a seat gets an invented
place name added to its own, and each candidate an invented surname, so every name is distinct and
the indexes grow with the data. Figures, facts and provenance are shared with the original.
"""
from __future__ import annotations

import random

from knowledge.records import Candidate, Seat, SeatFact
from knowledge.store.database import Knowledge

_SYLLABLES = ("mar", "wick", "ton", "bel", "ford", "ley", "ash", "brook", "dun", "hal", "stow", "rith",
              "cor", "ven", "mer", "by", "thorpe", "gar", "lin", "wor", "den", "pel", "sal", "ick")


def _words(count: int, seed: int) -> list[str]:
    """`count` distinct invented words."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out = []
    while len(out) < count:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def _clone_seat(seat: Seat, place: str, surnames: list[str], start: int) -> Seat:
    renamed: dict[str, str] = {}
    candidates = []
    for i, c in enumerate(seat.candidates):
        parts = c.name.split()
        new_name = " ".join([*parts[:-1], surnames[(start + i) % len(surnames)]]) if parts else c.name
        renamed[c.name] = new_name
        candidates.append(Candidate(new_name, c.party, c.votes, c.elected, c.share_percent, c.sources,
                                    c.vote_sources, []))
    facts = dict(seat.facts)
    winner = facts.get("winner")
    if winner is not None and winner.value in renamed:
        facts["winner"] = SeatFact(renamed[str(winner.value)], winner.sources)
    return Seat(f"{seat.constituency} {place}", seat.election_year, facts, candidates, [], [])


def scaled(knowledge: Knowledge, factor: int, seed: int = 0) -> Knowledge:
    """The original seats plus `factor - 1` renamed copies of each (factor 1: the original)."""
    seats = list(knowledge.seats)
    if factor <= 1:
        return Knowledge(seats=seats, articles=knowledge.articles, imports=knowledge.imports)
    places = _words(factor - 1, seed)
    candidates = sum(len(s.candidates) for s in knowledge.seats)
    surnames = _words(max(1000, candidates), seed + 1)
    start = 0
    for place in places:
        for seat in knowledge.seats:
            seats.append(_clone_seat(seat, place, surnames, start))
            start += len(seat.candidates) + 7
    return Knowledge(seats=seats, articles=knowledge.articles, imports=knowledge.imports)
