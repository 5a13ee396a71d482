"""The knowledge base as JSON, in the format of the evaluation's gold.json (with extra fields)."""
from __future__ import annotations

from knowledge.fields import FIELDS
from knowledge.lexicon.elections import polling_day
from knowledge.records import SEAT_FIELDS, Seat
from knowledge.store.database import Knowledge

EVAL_FIELDS = tuple(f.name for f in FIELDS if f.scored)


def election_date(seat: Seat) -> str | None:
    """The seat's polling day: the by-election's, else the general election's (None when unknown)."""
    if seat.by_election_day:
        return seat.by_election_day
    day = polling_day(seat.election_year)
    return day.isoformat() if day else None


def seat_json(seat: Seat) -> dict:
    data: dict = {"constituency": seat.constituency, "election_year": seat.election_year,
                  "by_election": seat.by_election, "election_date": election_date(seat)}
    for name in (*EVAL_FIELDS, *(f for f in SEAT_FIELDS if f not in EVAL_FIELDS)):
        data[name] = seat.get(name)
    data["candidates"] = [{"name": c.name, "party": c.party, "votes": c.votes, "elected": c.elected,
                           "share_percent": c.share_percent} for c in seat.candidates]
    data["sources"] = seat.files
    data["conflicts"] = [{"field": c.field, "candidate": c.candidate, "kept": c.kept, "kept_file": c.kept_source.file,
                          "other": c.other, "other_file": c.other_source.file} for c in seat.conflicts]
    return data


def export_json(knowledge: Knowledge) -> dict:
    return {"seats": [seat_json(seat) for seat in knowledge.seats],
            "articles": [{"file": a.file, "date": a.date, "status": a.status, "reason": a.reason}
                         for a in knowledge.articles]}
