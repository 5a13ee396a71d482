"""Candidate blocks with one field per line, as broadcasters' results pages print a declaration.

    1. Labour                                  <- place and party (the "1." may be a line of its own)
    Jo Bloggs                                  <- the candidate
    • Votes: 21,012                            <- labelled fields: only "Votes" is a vote count
    • Vote share %: 45.1
    • Vote share change: +3.2

    Party                                      <- the older style: party lines, then the candidate
    LAB                                           with its fields inline on one line
    Labour
    Jo Bloggs Votes 21,012 Vote share 45.1 Net percentage change +3.2

Each candidate is recognised from the few lines around its "Votes" field, so the whole page is read
in one pass. A share or a change is never taken for votes: it follows its own label.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.lexicon.numbers import parse_number
from knowledge.lexicon.parties import canonical_party, column_party, is_known_party
from knowledge.reading.result_lists import ListEntry, join_name, looks_like_name

_VOTES = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
_BULLET = r"(?:[•·▪◦‣*-]\s*)?"
_VOTES_FIELD = re.compile(rf"^{_BULLET}votes?\s*:?\s*{_VOTES}$", re.I)
# A candidate's other fields: shares and changes, their values signed or decimal ("45.1", "+3.2", "-0.4%").
_OTHER_FIELD = re.compile(r"^[•·▪◦‣*-]?\s*[^:\d]*(?:share|change|%)[^:\d]*:\s*(?:[+\-−±]?\d+(?:\.\d+)?\s*%?)?$",
                          re.I)
_INLINE = re.compile(rf"^(?P<name>[^\d:]+?)\s+Votes:?\s+{_VOTES}(?P<rest>(?:\s+\S+)*)$")
# After an inline candidate's votes, only shares and changes: decimal, per cent or signed ("45.1", "+3.2").
_INLINE_REST_NUMBER = re.compile(r"^(?:[+\-−±]\d+(?:\.\d+)?%?|\d+\.\d+%?|\d+%)$")
_PLACE = re.compile(r"^\d{1,2}[.)]$")
_PLACE_AND_TEXT = re.compile(r"^\d{1,2}[.)]\s+(?P<text>[^\d].*)$")
_PARTY_LABEL = re.compile(r"^party:?$", re.I)
_PARTY_LOOKBACK = 3  # party lines before an inline candidate: "Party", its abbreviation, its name


@dataclass(frozen=True, slots=True)
class FieldCandidates:
    """The candidates of an article's field blocks: each entry by the line of its votes, and every line
    that belongs to some candidate (its place, party, name and fields)."""

    entries: dict[int, ListEntry]
    members: frozenset[int]


def read_field_candidates(lines: Sequence[str]) -> FieldCandidates:
    """Every candidate given as a field block in `lines` (the article's sentences, in order)."""
    entries: dict[int, ListEntry] = {}
    members: set[int] = set()
    for i, raw in enumerate(lines):
        line = " ".join(raw.split())
        if _VOTES_FIELD.match(line):
            found = _bulleted(lines, i, members)
        elif " Votes" in line:
            found = _inline(lines, i, line, members)
        else:
            continue
        if found is None:
            continue
        entry, lines_of = found
        entries[i] = entry
        members.update(lines_of)
        members.update(_fields_after(lines, i))
    return FieldCandidates(entries, frozenset(members))


def _bulleted(lines: Sequence[str], i: int, taken: set[int]) -> tuple[ListEntry, list[int]] | None:
    """The candidate whose "• Votes: N" line is line i: the name on the line before, the party before that."""
    if i < 1 or (i - 1) in taken:
        return None
    name = _name(lines[i - 1])
    votes = _votes(_VOTES_FIELD.match(" ".join(lines[i].split())))
    if name is None or votes is None:
        return None
    party, party_lines = _place_party(lines, i - 2, taken)
    return ListEntry(name, party, votes), [*party_lines, i - 1, i]


def _place_party(lines: Sequence[str], k: int, taken: set[int]) -> tuple[str | None, list[int]]:
    """The party of a candidate's place line ending at line k ("1. Labour", or "1." then "Labour")."""
    if k < 0 or k in taken:
        return None, []
    text = " ".join(lines[k].split())
    with_place = _PLACE_AND_TEXT.match(text)
    if with_place:
        return canonical_party(with_place.group("text")), [k]
    if k >= 1 and (k - 1) not in taken and _PLACE.match(lines[k - 1].strip()) and not any(c.isdigit() for c in text):
        return canonical_party(text), [k - 1, k]
    if _is_party_line(text):
        return _party(text), [k]
    return None, []


def _inline(lines: Sequence[str], i: int, line: str, taken: set[int]) -> tuple[ListEntry, list[int]] | None:
    """'Jo Bloggs Votes 21,012 Vote share 45.1 Net percentage change +3.2', with its party on the lines before."""
    match = _INLINE.match(line)
    if not match or not _only_labelled_figures(match.group("rest")):
        return None
    name, votes = _name(match.group("name")), _votes(match)
    if name is None or votes is None:
        return None
    party, party_lines = _party_before(lines, i, taken)
    return ListEntry(name, party, votes), [*party_lines, i]


def _only_labelled_figures(rest: str) -> bool:
    """Whether what follows the votes is labels and shares or changes only ('Vote share 45.1 Change +3.2')."""
    words = rest.split()
    return all(_INLINE_REST_NUMBER.match(w) or not any(c.isdigit() for c in w) for w in words)


def _party_before(lines: Sequence[str], i: int, taken: set[int]) -> tuple[str | None, list[int]]:
    """The party on the lines just before an inline candidate: after a 'Party' label the line nearest the
    candidate (any party, known or not); without a label the nearest line that is a known party."""
    window = list(range(i - 1, max(-1, i - 1 - _PARTY_LOOKBACK), -1))
    for k in window:
        if k in taken:
            break
        if _PARTY_LABEL.match(lines[k].strip()):
            nearest = " ".join(lines[i - 1].split())
            if k < i - 1 and nearest and not any(c.isdigit() for c in nearest):
                return _party(nearest), list(range(k, i))
            break
    if window and window[0] not in taken and _is_party_line(" ".join(lines[window[0]].split())):
        return _party(" ".join(lines[window[0]].split())), [window[0]]
    return None, []


def _fields_after(lines: Sequence[str], i: int) -> list[int]:
    """The share and change lines that follow a candidate's votes."""
    found = []
    k = i + 1
    while k < len(lines) and _OTHER_FIELD.match(" ".join(lines[k].split())):
        found.append(k)
        k += 1
    return found


def _is_party_line(text: str) -> bool:
    return bool(text) and (is_known_party(text) or column_party(text) is not None)


def _party(text: str) -> str | None:
    return column_party(text) or canonical_party(text)


def _name(text: str) -> str | None:
    text = " ".join(text.split())
    if not looks_like_name(text) or _is_party_line(text) or len(text.split()) < 2:
        return None
    return join_name([text])


def _votes(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    value = parse_number(match.group("n"))
    return value if isinstance(value, int) else None
