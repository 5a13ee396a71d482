"""A result list headed by the name of a seat no gazetteer holds: the heading states that seat's result.

    BARSET VALE                <- the heading: a name, alone on its line
    Ann Lee (Lab) 21,012       <- two candidate rows or more, with votes
    Tom Hale (Con) 19,400

The heading is accepted only when nothing else explains the line: it is a capitalised name (optionally
'Result: ...' or '... result'), no party, no seat already known, and holds no word that labels a page
('Full results', 'Election 2024', 'How the county voted'); between it and the rows there may be only an
outcome line ('LAB GAIN FROM CON'), a header row or a rule line.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.reading.mentions import unknown_seat_key
from knowledge.reading.result_blocks import MAX_HEADING, SHORT_LINE, Layout
from knowledge.reading.result_tables import header_columns, is_rule_line
from knowledge.reading.rules.parts import _SEAT_NAME

_HEADING_NAME = re.compile(rf"^(?:[Rr]esults?:? |RESULTS?:? )?(?P<name>{_SEAT_NAME})"
                           r"(?: (?:[Rr]esults?|RESULTS?|[Cc]onstituency|CONSTITUENCY))?:?$")
# Words a results page labels itself with, never part of a seat's name.
_PAGE_WORDS = frozenset("""
result results election elections vote votes voted voting candidate candidates count counts declaration
declared live latest full final how who what where turnout majority winner winners won lost
update updates breaking news general
""".split())
_OUTCOME_WORDS = frozenset({"hold", "gain"})
MIN_ROWS = 2


def headed_seats(lines: Sequence[str], layout: Layout) -> dict[str, str]:
    """Seats no gazetteer holds named by the heading of a list of candidates' votes: name_key -> name."""
    found: dict[str, str] = {}
    i = 0
    while i < len(lines):
        if not layout.entries[i]:
            i += 1
            continue
        first = i
        while i < len(lines) and layout.entries[i]:
            i += 1
        if sum(len(entries) for entries in layout.entries[first:i]) < MIN_ROWS:
            continue
        name = _heading_above(lines, layout, first)
        if name is not None and (key := unknown_seat_key(name)) is not None:
            found.setdefault(key, name.title() if name.isupper() else name)
    return found


def _heading_above(lines: Sequence[str], layout: Layout, first: int) -> str | None:
    """The name on the nearest non-empty line above row `first` within MAX_HEADING lines, if that line is
    a heading holding only a name."""
    for k in range(first - 1, max(-1, first - 1 - MAX_HEADING), -1):
        text = lines[k].strip()
        if not text:
            continue
        if len(text) > SHORT_LINE or layout.entries[k]:
            return None
        if header_columns(text) is not None or is_rule_line(text):
            continue  # the table's header row or a rule line between the heading and the rows
        match = _HEADING_NAME.match(text)
        if match is None:
            return None
        name = match.group("name").rstrip(",")
        words = {word.lower() for word in re.findall(r"[\w'’-]+", name)}
        if words & _OUTCOME_WORDS:
            continue  # 'LAB HOLD', 'SNP GAIN FROM LAB' between the seat's name and the rows
        return None if words & _PAGE_WORDS else name
    return None
