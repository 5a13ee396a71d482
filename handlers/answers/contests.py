"""The contests on record for one seat (general elections and by-elections), and which one a question means.

A seat's contests are kept oldest first. `choose` picks the one a `When` asks for: a year names that
year's general election (or its by-election when there was no general election that year, or when
the question says "by-election"); "before 2019" the latest contest before 2019; nothing at all the
latest contest on record, whatever kind it was. Every answer then says which contest it is about.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from handlers.answers.when import When
from knowledge.lexicon.elections import GENERAL_ELECTIONS
from knowledge.records import Seat


def is_by_election(seat: Seat) -> bool:
    return seat.by_election


def polling_date(seat: Seat) -> date | None:
    """The contest's polling day: a by-election's own, the general election's otherwise."""
    if seat.by_election_day:
        try:
            return date.fromisoformat(seat.by_election_day)
        except ValueError:
            pass
    if seat.election_year is None:
        return None
    return GENERAL_ELECTIONS.get(seat.election_year) or date(seat.election_year, 1, 1)


def sort_key(seat: Seat) -> tuple[date, bool]:
    """Oldest first; a contest without a date before every dated one."""
    return polling_date(seat) or date.min, is_by_election(seat)


def contest_name(seat: Seat) -> str:
    """'the 2024 general election', 'the by-election of 1 May 2025', 'an unknown election'."""
    return seat.contest.describe()


def listing(contests: Sequence[Seat]) -> str:
    """'the 2017 and 2019 general elections and the by-election of 1 May 2025'."""
    years = [str(s.election_year) for s in contests if not is_by_election(s) and s.election_year]
    parts = []
    if years:
        joined = years[0] if len(years) == 1 else ", ".join(years[:-1]) + " and " + years[-1]
        parts.append(f"the {joined} general election{'s' if len(years) > 1 else ''}")
    parts += [contest_name(s) for s in contests if is_by_election(s)]
    return " and ".join(parts) if len(parts) <= 2 else ", ".join(parts[:-1]) + " and " + parts[-1]


def option_label(seat: Seat) -> str:
    """How a contest is offered in an election option: '2024 general election', 'by-election 2025-05-01'."""
    if is_by_election(seat):
        day = polling_date(seat)
        return f"by-election {day.isoformat()}" if day else f"by-election {seat.election_year}"
    return f"{seat.election_year} general election" if seat.election_year else "unknown election"


def choose(contests: Sequence[Seat], when: When) -> Seat | None:
    """The contest `when` asks for among one seat's contests (oldest first), or None."""
    pool = [s for s in contests if not when.by_election or is_by_election(s)]
    if when.general:
        pool = [s for s in pool if not is_by_election(s)]
    if when.year is not None:
        in_year = [s for s in pool if s.election_year == when.year]
        general = [s for s in in_year if not is_by_election(s)]
        pool = general if general and not when.by_election else in_year
    if when.day is not None:
        pool = [s for s in pool if polling_date(s) == when.day]
    if when.before is not None:
        limit = GENERAL_ELECTIONS.get(when.before) or date(when.before, 1, 1)
        pool = [s for s in pool if (polling_date(s) or date.min) < limit]
    return pool[-1] if pool else None


def latest_general(contests: Sequence[Seat]) -> Seat | None:
    return next((s for s in reversed(contests) if not is_by_election(s)), None)


def asks_for_one(when: When) -> bool:
    """Whether the question names an election (else the latest contest is meant)."""
    return bool(when.years or when.before is not None or when.by_election or when.general or when.latest
                or when.day)


def parse_option(text: str | int | None) -> When:
    """A command's election option ('2017', '2017 general election', 'by-election 2025-05-01') as a `When`."""
    if text is None or text == "":
        return When()
    if isinstance(text, int):
        return When(years=(text,))
    words = text.lower().split()
    by_election = any(word.replace("-", "") in ("by", "byelection") for word in words)
    for word in words:
        try:
            day = date.fromisoformat(word)
        except ValueError:
            day = None
        if day is not None:
            return When(years=(day.year,), by_election=by_election, day=day)
        if word.isdigit() and len(word) == 4:
            return When(years=(int(word),), by_election=by_election, general="general" in words)
    return When(by_election=by_election, general="general" in words)
