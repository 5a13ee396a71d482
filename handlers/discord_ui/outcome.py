"""A seat's outcome in the short form of results boards ("Con hold", "Lab gain from Con"), shared by
the result embed and its chart. Nothing here imports discord."""
from __future__ import annotations

from handlers.answers.replies import same_party, short_party
from knowledge.records import Seat


def outcome_text(seat: Seat, previous: Seat | None = None) -> str | None:
    """'Con hold', 'Lab gain from Con': the sources' outcome, else worked out from the seat's previous
    contest (same boundaries) where it is known; None when neither says."""
    winning = seat.get("winner_party")
    if not winning:
        return None
    outcome, before = seat.get("outcome"), seat.get("previous_party")
    if outcome not in ("gain", "hold") and previous is not None and previous.get("winner_party"):
        before = previous.get("winner_party")
        outcome = "hold" if same_party(str(winning), str(before)) else "gain"
    if outcome == "hold":
        return f"{short_party(str(winning))} hold"
    if outcome == "gain":
        return f"{short_party(str(winning))} gain" + (f" from {short_party(str(before))}" if before else "")
    return None
