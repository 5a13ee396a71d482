"""Comparing what the reader exported for one seat with the official results of that seat (right or wrong).

Used by `field_trial.py`. The official side is the project's own import (`knowledge.official`), the
names are compared as the knowledge base compares people (`knowledge.lexicon.people`), parties by
their canonical names and turnout to one decimal of the official figure (valid votes / electorate).
"""
from __future__ import annotations

from dataclasses import dataclass

from knowledge.lexicon.parties import canonical_party
from knowledge.lexicon.people import likely_same_person, same_person
from knowledge.records import Candidate, Seat, Value
from knowledge.store.merge import approximately

# The fields the trial counts, in the order it reports them.
TRIAL_FIELDS: tuple[str, ...] = ("winner", "winner_party", "margin", "votes", "turnout_percent", "electorate")


@dataclass(frozen=True, slots=True)
class Judgement:
    """One fact of one page: right, wrong or missed (or `apart`: for judging by hand)."""

    page: str
    constituency: str
    election: str  # "2017", or "by-election 2024-02-29"
    field: str
    verdict: str  # "right", "wrong", "missed" or "apart"
    official: Value | None = None
    exported: Value | None = None
    candidate: str | None = None
    note: str = ""

    def line(self) -> str:
        who = f" [{self.candidate}]" if self.candidate else ""
        note = f"  ({self.note})" if self.note else ""
        return (f"{self.verdict:6} {self.constituency} {self.election} {self.field}{who}: "
                f"official {_show(self.official)}, exported {_show(self.exported)}{note}")


def _show(value: Value | None) -> str:
    return "-" if value is None else str(value)


def official_candidate(name: str, seat: Seat) -> Candidate | None:
    """The official candidate a written name is, when exactly one fits (strictly first, then loosely)."""
    for test in (same_person, likely_same_person):
        found = [c for c in seat.candidates if test(name, c.name)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            return None
    return None


def official_winner(seat: Seat) -> Candidate | None:
    return next((c for c in seat.candidates if c.elected), None)


def same_value(field: str, official: Value, exported: Value) -> bool:
    """Whether an exported value is the official one."""
    if field == "winner_party":
        return canonical_party(str(official)) == canonical_party(str(exported))
    if field == "turnout_percent":
        stated, precise = float(exported), float(official)
        return round(stated, 1) == round(precise, 1) or approximately(field, precise, stated)
    return official == exported


def _turnout_note(field: str, official: Seat, exported: Value) -> str:
    """Where an exported turnout differs, whether it is the one counted with every ballot (rejected ones too)."""
    ballots, electorate = official.get("ballots"), official.get("electorate")
    if field != "turnout_percent" or not isinstance(ballots, int) or not isinstance(electorate, int) or not electorate:
        return ""
    with_rejected = 100.0 * ballots / electorate
    if same_value(field, official.get(field) or 0.0, exported) or not same_value(field, with_rejected, exported):
        return ""
    return f"equals every ballot / electorate ({with_rejected:.2f}), not valid votes / electorate"


def judge_seat(page: str, exported: dict, official: Seat) -> list[Judgement]:
    """Right and wrong for every trial field the exported seat (an export JSON seat) states."""
    election = str(official.election_year)
    name = official.constituency
    found: list[Judgement] = []

    def add(field: str, verdict: bool, official_value: Value | None, exported_value: Value,
            candidate: str | None = None, note: str = "") -> None:
        found.append(Judgement(page, name, election, field, "right" if verdict else "wrong", official_value,
                               exported_value, candidate, note))

    winner = exported.get("winner")
    if winner:
        person, elected = official_candidate(winner, official), official_winner(official)
        add("winner", person is not None and person is elected, elected.name if elected else None, winner,
            note="" if person else "no official candidate of that name")
    for field in ("winner_party", "margin", "turnout_percent", "electorate"):
        value = exported.get(field)
        if value is None:
            continue
        truth = official.get(field)
        if truth is None:
            found.append(Judgement(page, name, election, field, "apart", None, value,
                                   note="the official files do not give it"))
            continue
        add(field, same_value(field, truth, value), truth, value, note=_turnout_note(field, official, value))
    for candidate in exported.get("candidates", []):
        if candidate.get("votes") is None:
            continue
        person = official_candidate(candidate["name"], official)
        if person is None:
            add("votes", False, None, candidate["votes"], candidate["name"], "no official candidate of that name")
        else:
            add("votes", person.votes == candidate["votes"], person.votes, candidate["votes"], person.name)
    return found


def exported_votes_of(exported: dict | None, official: Seat) -> set[str]:
    """The official candidates (by name) whose votes the exported seat gives, right or wrong."""
    if not exported:
        return set()
    named: set[str] = set()
    for candidate in exported.get("candidates", []):
        if candidate.get("votes") is None:
            continue
        person = official_candidate(candidate["name"], official)
        if person is not None:
            named.add(person.name)
    return named
