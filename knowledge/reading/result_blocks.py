"""Result blocks: a declaration's rows with the short lines around them, all about one seat.

    GREAT BARSET                      <- heading: names the seat
    LAB GAIN FROM CON                 <- heading
    Candidate   Party  Votes   %      <- header row (says which column is votes)
    Jo Bloggs   Lab    21,012  45.1   <- rows
    Sam Roe     Con    19,400  41.6
    Majority: 1,612                   <- trailing lines
    Electorate 70,400  Turnout 64.3%

A block's seat is the one its heading names; a block without one belongs to the seat where the
prose places its candidates (the reader decides that after reading the prose).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from knowledge.reading.article_text import Sentence
from knowledge.reading.result_boxes import PartyBox, read_party_boxes
from knowledge.reading.result_fields import read_field_candidates
from knowledge.reading.result_lists import ListEntry, parse_entries
from knowledge.reading.result_tables import Columns, header_columns, is_rule_line, parse_row
from knowledge.reading.skeleton import Skeleton

# Headings and trailing lines are short; a longer sentence is prose and ends the block.
SHORT_LINE = 100
MAX_AROUND = 4
# A results page may put a few short lines between the seat's name and the rows ("Parliamentary
# constituency", "LAB HOLD", "Results", a header row): the heading is looked for a little further up.
MAX_HEADING = 6
# A figure on a line of its own belongs to the label line before it ("Turnout" / "64.3%").
_BULLETS = "•·▪◦‣*-"
_FIGURE_LINE = re.compile(r"^[\d,.]+\s*%?$")


# A results page may print a figure's label on one line and the figure on the next ("Turnout" / "64.3%").
_LABEL_LINE = re.compile(r"^(?:turnout|(?:[A-Z]{2,5} )?majority|electorate|registered voters|valid votes|"
                         r"rejected (?:ballots|ballot papers)|total votes cast)$", re.I)


def join_label_lines(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences with each label line and the figure line after it made one ("Turnout: 64.3%")."""
    joined: list[Sentence] = []
    k = 0
    while k < len(sentences):
        label = sentences[k]
        value = sentences[k + 1] if k + 1 < len(sentences) else None
        if value is not None and _LABEL_LINE.match(label.text.strip()) and _FIGURE_LINE.match(value.text.strip()) \
                and label.plain.strip() == label.text.strip() and value.plain.strip() == value.text.strip():
            joined.append(Sentence(f"{label.text.strip()}: {value.text.strip()}",
                                   f"{label.plain.strip()}: {value.plain.strip()}", label.paragraph, label.start))
            k += 2
            continue
        joined.append(label)
        k += 1
    return joined


def _is_heading(text: str) -> bool:
    """A heading line: short, and not a sentence of prose ('GREAT BARSET', 'Result, Barset (Lab hold):')."""
    text = text.strip()
    return len(text) <= SHORT_LINE and (not text.endswith(".") or len(text) <= 40)


@dataclass(frozen=True, slots=True)
class ResultBlock:
    rows: tuple[int, ...]     # indexes of the sentences that are rows
    region: tuple[int, ...]   # rows plus the headings and trailing lines around them
    seat: str | None          # the seat a heading names, else None
    year: int | None = None   # the election a box's heading names ("2015 Result:"), else None
    named_winner: int | None = None  # the row whose entry is the winner a box names elsewhere ("Current MP")


@dataclass(frozen=True, slots=True)
class Layout:
    """What an article's lines hold as results, read once: each line's candidate entries, the lines that
    belong to a candidate or a box without entries of their own, and the party boxes by their first row."""

    entries: list[list[ListEntry]]
    members: frozenset[int]
    boxes: dict[int, PartyBox]


def read_layout(lines: Sequence[str]) -> Layout:
    """The candidate entries of each line (sentence): table rows read by their header, inline lists, field
    blocks and party boxes."""
    found: list[list[ListEntry]] = []
    columns: Columns | None = None
    fields = read_field_candidates(lines)
    boxes = read_party_boxes(lines)
    box_rows = {row: box for box in boxes for row in box.rows}
    for i, line in enumerate(lines):
        if i in fields.members:  # a line of a field block: its votes line holds the candidate
            found.append([fields.entries[i]] if i in fields.entries else [])
            continue
        if i in box_rows:  # a party's row of a result box: only the top one names its candidate
            box = box_rows[i]
            found.append([box.winner] if box.winner is not None and box.winner_row == i else [])
            continue
        header = header_columns(line)
        if header is not None:
            columns = header
            found.append([])
            continue
        if is_rule_line(line):
            found.append([])
            continue
        row = parse_row(line, columns)
        if row is not None:
            found.append([row])
            continue
        entries = parse_entries(line)
        if not entries:
            columns = None
        found.append(entries)
    return Layout(found, fields.members | frozenset(box_rows), {box.rows[0]: box for box in boxes})


def find_blocks(sentences: Sequence[Sentence], layout: Layout, skeletons: Sequence[Skeleton],
                seat_named: Callable[[int], str | None]) -> list[ResultBlock]:
    """Every result list of an article, with its headings, trailing lines and the seat a heading names.

    A list is a run of consecutive lines with entries, each its own paragraph, or one sentence with
    several entries ("Huq 22,002, Bray 21,728."), or a run of field blocks (knowledge.reading.result_fields).
    """
    entries, members, boxes = layout.entries, layout.members, layout.boxes
    blocks: list[ResultBlock] = []
    i = 0
    while i < len(sentences):
        if not entries[i] and i not in members:
            i += 1
            continue
        j = i
        while j + 1 < len(sentences) and (j + 1 in members or (
                entries[j + 1] and sentences[j + 1].paragraph != sentences[j].paragraph)
                or _unread_bullet(sentences, entries, j + 1)):
            j += 1
        if j > i or len(entries[i]) >= 2:
            blocks.append(_block(sentences, entries, skeletons, seat_named, i, j, boxes.get(i)))
        i = j + 1
    return blocks


def _unread_bullet(sentences: Sequence[Sentence], entries: Sequence[list[ListEntry]], k: int) -> bool:
    """Whether line k is a bulleted row the list parsers could not read ("• Sam Roe (Ind) 1.928"), between
    two read rows with the same bullet: the list goes on past it."""
    if entries[k] or k + 1 >= len(sentences) or not entries[k + 1] or not entries[k - 1]:
        return False
    bullet = sentences[k].text.lstrip()[:1]
    return bullet in _BULLETS and len(sentences[k].text) <= SHORT_LINE and all(
        sentences[n].text.lstrip()[:1] == bullet for n in (k - 1, k + 1))


def _block(sentences: Sequence[Sentence], entries: Sequence[list[ListEntry]], skeletons: Sequence[Skeleton],
           seat_named: Callable[[int], str | None], first: int, last: int, box: PartyBox | None) -> ResultBlock:
    def around(start: int, step: int, most: int, fits: Callable[[str], bool]) -> list[int]:
        lines = []
        counted = 0
        k = start + step
        while 0 <= k < len(sentences) and counted < most and not entries[k] and fits(sentences[k].text):
            lines.append(k)
            counted += not _FIGURE_LINE.match(sentences[k].text.strip())
            k += step
        return lines

    heading = around(first, -1, MAX_HEADING, _is_heading)
    trailing = around(last, 1, MAX_AROUND, lambda text: len(text) <= SHORT_LINE)
    seat = next((s for k in heading if skeletons[k].text and (s := seat_named(k)) is not None), None)
    rows = tuple(range(first, last + 1))
    region = (*sorted(heading), *rows, *trailing)
    if box is None:
        return ResultBlock(rows, region, seat)
    return ResultBlock(rows, region, seat, box.year, box.winner_row)
