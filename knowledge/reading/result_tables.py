"""Result tables: rows in columns, as broadcasters and newspapers print a declaration.

    | Candidate | Party | Votes |          Candidate        Party   Votes    %      +/-
    |---|---|---|                         Jo Bloggs        Lab     21,012   45.1   +3.2
    | Jo Bloggs | Lab | 21,012 |          PC      Sam Roe        19,400
    Jo Bloggs<TAB>Labour<TAB>21012

Columns are split on pipes, tabs or runs of two or more spaces. A header row, when there is one,
says which column holds the votes; without one the votes are the first whole number in the row.
Shares ("45.1", "45.1%") and changes ("+3.2", "-0.4") are never votes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.lexicon.numbers import parse_number
from knowledge.lexicon.parties import canonical_party, column_party, is_known_party
from knowledge.reading.result_lists import ListEntry, join_name, looks_like_name

_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_WHOLE_NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d{1,6})$")
_SHARE_OR_CHANGE = re.compile(r"^[+\-−–±]?\d+(?:\.\d+)?\s*%?$|^[+\-−–±]\d+(?:,\d{3})*$|^n/?a$|^-+$", re.I)
_ELECTED_MARK = re.compile(r"^(?:elected|re-?elected|winner|won|\*|✓|✔)$", re.I)
# The first words of the lines around a table, which are never a candidate.
_LINE_LABELS = frozenset({"majority", "turnout", "electorate", "total", "rejected", "spoilt", "spoiled", "valid",
                          "swing", "change", "result", "votes", "candidate", "candidates", "party", "share"})
_HEADER_WORDS = {
    "name": "name", "candidate": "name", "candidates": "name",
    "party": "party", "parties": "party", "description": "party",
    "votes": "votes", "vote": "votes", "total": "votes", "votes cast": "votes", "result": "votes",
    "%": "share", "share": "share", "share %": "share", "vote share": "share", "% share": "share", "pc": "share",
    "+/-": "change", "+/- %": "change", "change": "change", "swing": "change", "±": "change", "+/-%": "change",
}


@dataclass(frozen=True, slots=True)
class Columns:
    """What each column of a table holds, from its header row ("name", "party", "votes", ...)."""

    kinds: tuple[str, ...]


def split_cells(line: str) -> list[str] | None:
    """A line's cells when it is laid out in columns; None for running text."""
    stripped = line.strip()
    if "|" in stripped:
        cells = [c.strip() for c in stripped.strip("|").split("|")]
    elif "\t" in stripped:
        cells = [c.strip() for c in stripped.split("\t")]
    elif re.search(r"\S {2,}\S", stripped):
        cells = [c.strip() for c in re.split(r" {2,}", stripped)]
    else:
        return None
    cells = [c for c in cells if c]
    return cells if len(cells) >= 2 else None


def is_rule_line(line: str) -> bool:
    """The '|---|---|' line under a header."""
    return bool(_PIPE_RULE.match(line))


def header_columns(line: str) -> Columns | None:
    """The columns a header row names ('Candidate  Party  Votes  %  +/-'); None when it is not one."""
    cells = split_cells(line)
    if cells is None:
        words = line.split()
        if not 2 <= len(words) <= 6:
            return None
        cells = words
    kinds = tuple(_HEADER_WORDS.get(" ".join(c.lower().split()), "") for c in cells)
    if "votes" not in kinds or "name" not in kinds or "" in kinds:
        return None
    return Columns(kinds)


def parse_row(line: str, columns: Columns | None) -> ListEntry | None:
    """One candidate's row of a table, or None when the line is not one."""
    cells = split_cells(line)
    if cells is None:
        return None
    if columns is not None and len(cells) == len(columns.kinds):
        return _row_by_header(cells, columns)
    return _row_by_shape(cells)


def _row_by_header(cells: list[str], columns: Columns) -> ListEntry | None:
    by_kind = {kind: cell for kind, cell in zip(columns.kinds, cells, strict=True)}
    votes = _votes(by_kind.get("votes", ""))
    party_cell = by_kind.get("party")
    name = _name(by_kind.get("name", ""))
    if votes is None or name is None:
        return None
    return ListEntry(name=name, party=_party(party_cell) if party_cell else None, votes=votes)


def _row_by_shape(cells: list[str]) -> ListEntry | None:
    """A row without a header: one name cell, at most one party cell, the first whole number the votes."""
    votes: int | None = None
    name: str | None = None
    party: str | None = None
    for cell in cells:
        if votes is None and _votes(cell) is not None:
            votes = _votes(cell)
        elif votes is not None:
            # after the votes only shares, changes and an 'elected' mark may follow
            if not (_SHARE_OR_CHANGE.match(cell) or _ELECTED_MARK.match(cell)):
                return None
        elif party is None and (is_known_party(cell) or column_party(cell)):
            party = _party(cell)
        elif name is None and _name(cell) is not None:
            name = _name(cell)
        elif name is not None and party is None and len(cell.split()) <= 6 and not any(ch.isdigit() for ch in cell):
            party = _party(cell)  # a party the lexicon does not know, in its own column
        else:
            return None
    if votes is None or name is None:
        return None
    return ListEntry(name=name, party=party, votes=votes)


def _votes(cell: str) -> int | None:
    cell = cell.strip()
    if not _WHOLE_NUMBER.match(cell):
        return None
    value = parse_number(cell)
    return value if isinstance(value, int) else None


def _name(cell: str) -> str | None:
    """A candidate's name from its cell: 'Jo Bloggs', 'BLOGGS, Jo', 'Jo Bloggs (elected)'."""
    cell = re.sub(r"\s*\((?:elected|re-?elected|winner)\)\s*$|\s*\*+$", "", cell.strip(), flags=re.I)
    fields = [f.strip() for f in cell.split(",") if f.strip()]
    if not fields or not all(looks_like_name(f) for f in fields):
        return None
    name = join_name(fields)
    if name is None or len(name.split()) < 2 or name.split()[0].lower() in _LINE_LABELS:
        return None
    return name


def _party(cell: str) -> str | None:
    cell = cell.strip()
    return column_party(cell) or canonical_party(cell)
