"""Result boxes by party, with the winning candidate named elsewhere on the page:

    2015 Result:                         <- heading: the election the box is of
    Conservative: 21012 (41.2%)          <- rows: a party and its votes (in any order)
    Labour: 20985 (41.1%)
    MAJORITY: 27 (0.1%)                  <- ends the box
    ...
    Current MP: JO BLOGGS (Conservative) <- the winner, when the MP's party tops the box

Only a box whose heading names its year is read, so the older results printed below it ("2010",
"Past Results") are never taken for this election's. The parties' rows name no candidate, so the
box gives the winner's votes alone.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.lexicon.numbers import parse_number
from knowledge.lexicon.parties import canonical_party, column_party
from knowledge.reading.result_lists import ListEntry, join_name, looks_like_name

_HEADING = re.compile(r"^(?P<year>(?:19|20)\d\d) (?:general election )?results?:?$", re.I)
_ROW = re.compile(r"^(?P<party>[A-Za-z][A-Za-z .'’&-]{0,40}?):\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
                  r"(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))?$")
_NOT_PARTY = re.compile(r"^(?:majority|maj|turnout|electorate|swing|total|change|spoilt|rejected)\b", re.I)
_CURRENT_MP = re.compile(r"^current mp\b:?\s*(?P<rest>.*)$", re.I)
_MP = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,4}) \((?P<party>[^()]{2,40})\)")


@dataclass(frozen=True, slots=True)
class PartyBox:
    heading: int                 # the line of "2015 Result:"
    year: int
    rows: tuple[int, ...]        # the lines of the parties' rows
    winner: ListEntry | None     # the current MP with the top party's votes, when the MP's party tops the box
    winner_row: int | None       # the row of the top party


def read_party_boxes(lines: Sequence[str]) -> list[PartyBox]:
    """Every result box by party in `lines` (the article's sentences, in order)."""
    mp = _current_mp(lines)
    boxes: list[PartyBox] = []
    i = 0
    while i < len(lines):
        heading = _HEADING.match(" ".join(lines[i].split()))
        if not heading:
            i += 1
            continue
        rows: list[tuple[int, str, int]] = []
        k = i + 1
        while k < len(lines) and (row := _row(lines[k])) is not None:
            rows.append((k, *row))
            k += 1
        if len(rows) >= 2:
            boxes.append(_box(i, int(heading.group("year")), rows, mp))
        i = max(k, i + 1)
    return boxes


def _box(heading: int, year: int, rows: list[tuple[int, str, int]], mp: tuple[str, str] | None) -> PartyBox:
    top_row, top_party, top_votes = max(rows, key=lambda r: r[2])
    runner_up = sorted((r[2] for r in rows), reverse=True)[1]
    winner = None
    if mp is not None and canonical_party(mp[1]) == top_party and top_votes > runner_up:
        winner = ListEntry(mp[0], top_party, top_votes)
    return PartyBox(heading, year, tuple(r[0] for r in rows), winner, top_row if winner else None)


def _row(line: str) -> tuple[str, int] | None:
    """('Conservative', 21012) of 'Conservative: 21012 (41.2%)'; None for any other line."""
    match = _ROW.match(" ".join(line.split()))
    if not match or _NOT_PARTY.match(match.group("party")):
        return None
    votes = parse_number(match.group("n"))
    party = column_party(match.group("party")) or canonical_party(match.group("party"))
    return (party, votes) if isinstance(votes, int) and party else None


def _current_mp(lines: Sequence[str]) -> tuple[str, str] | None:
    """(name, party) of the page's first 'Current MP: JO BLOGGS (Conservative)' (the name may be on the next line)."""
    for i, line in enumerate(lines):
        label = _CURRENT_MP.match(line.strip())
        if not label:
            continue
        rest = label.group("rest") or (lines[i + 1].strip() if i + 1 < len(lines) else "")
        match = _MP.match(rest)
        if match and looks_like_name(match.group("name")):
            name = join_name([match.group("name")])
            return (name, match.group("party")) if name else None
        return None
    return None
