"""Comparing two contests of one seat: who won each, vote shares and their change, two-party swing.

Shares change only where the boundaries are the same: a seat of the 2024 boundaries is not the seat of
the same name in 2019, so the answer says the boundaries changed and compares nothing but the winners.
Shares come from the sources (the official share, or votes over valid votes); a contest whose
candidates' votes are not all given has no shares, and the answer says so.
"""
from __future__ import annotations

from dataclasses import dataclass

from handlers.answers import contests
from handlers.answers import replies as r
from handlers.answers.answer import Answer, ordered_sources
from knowledge.lexicon.parties import canonical_party
from knowledge.lexicon.seatnames import boundary_set
from knowledge.records import Seat

SHOWN_PARTIES = 8


@dataclass(frozen=True, slots=True)
class Swing:
    """Two-party (Butler) swing from `loser` to `gainer`, in percentage points."""

    gainer: str
    loser: str
    points: float


def party_shares(seat: Seat) -> dict[str, float] | None:
    """Each party's share of the vote (percent), or None when the sources give neither shares nor the valid
    votes to work them out from (the candidates an article names may not be all who stood)."""
    if not seat.candidates or any(c.votes is None and c.share_percent is None for c in seat.candidates):
        return None
    valid = seat.get("valid_votes")
    total = int(valid) if isinstance(valid, int | float) and valid > 0 else 0
    if not total and any(c.share_percent is None for c in seat.candidates):
        return None
    shares: dict[str, float] = {}
    for c in seat.candidates:
        share = c.share_percent if c.share_percent is not None else (
            100.0 * (c.votes or 0) / total if total else None)
        if share is None:
            return None
        party = canonical_party(c.party) or c.party or c.name
        shares[party] = shares.get(party, 0.0) + share
    return shares


def same_boundaries(a: Seat, b: Seat) -> bool:
    return boundary_set(a.election_year) == boundary_set(b.election_year)


def swing(earlier: dict[str, float], later: dict[str, float]) -> Swing | None:
    """Butler swing between the later contest's first two parties: half the first's rise plus the second's fall."""
    top = sorted(later, key=lambda p: -later[p])[:2]
    if len(top) < 2 or any(p not in earlier for p in top):
        return None
    first, second = top
    points = ((later[first] - earlier[first]) - (later[second] - earlier[second])) / 2
    return Swing(first, second, points) if points >= 0 else Swing(second, first, -points)


def _winner_clause(seat: Seat) -> str:
    """'Felicity Buchan (Conservative) won by 150 at the 2019 general election'."""
    name = r.winner_name(seat) or "the sources don't name the winner"
    margin = seat.get("margin")
    by = f" by {r.number(margin)}" if margin is not None and r.winner_name(seat) else ""
    verb = " won" if r.winner_name(seat) else ""
    return f"{name}{verb}{by} at {contests.contest_name(seat)}"


def _change(now: float, before: float | None) -> str:
    if before is None:
        return " (did not stand)"
    return f" ({now - before:+.1f})"


def compare(earlier: Seat, later: Seat) -> Answer:
    """How one seat changed from one contest to a later one."""
    place = later.constituency
    lead = f"{place}: {_winner_clause(earlier)}; {_winner_clause(later)}."
    details: list[str] = []
    if not same_boundaries(earlier, later):
        details.append(f"The boundaries changed at the {boundary_set(later.election_year)} general election, so the two contests are not for "
                       f"the same area and I don't compare their vote shares.")
    else:
        before, after = party_shares(earlier), party_shares(later)
        if before is None or after is None:
            missing = earlier if before is None else later
            details.append(f"The sources don't give the vote shares (or every vote) at "
                           f"{contests.contest_name(missing)}, so I have no vote shares to compare.")
        else:
            details.append(f"Vote share at {contests.contest_name(later)} (change since {earlier.election_year}):")
            for party in sorted(after, key=lambda p: -after[p])[:SHOWN_PARTIES]:
                details.append(f"• {r.party(party)}: {after[party]:.1f}%{_change(after[party], before.get(party))}")
            moved = swing(before, after)
            if moved is not None:
                details.append(f"Two-party swing from {r.party(moved.loser)} to {r.party(moved.gainer)}: "
                               f"{moved.points:.1f} points.")
    turnouts = earlier.get("turnout_percent"), later.get("turnout_percent")
    if all(isinstance(t, int | float) for t in turnouts) and same_boundaries(earlier, later):
        details.append(f"Turnout {r.percent(turnouts[0])} then {r.percent(turnouts[1])}.")
    sources = [*earlier.sources, *later.sources]
    return Answer(lead=lead, answered=True, intent="compare", details=details, sources=ordered_sources(sources),
                  seat=later)


def previous_contest(found: list[Seat], later: Seat) -> Seat | None:
    """The contest before `later` among one seat's contests (oldest first)."""
    index = next((i for i, s in enumerate(found) if s is later), None)
    return found[index - 1] if index else None
