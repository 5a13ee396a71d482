"""Lines that link to other stories ("READ MORE: Barset result in full as Jo Bloggs holds on"): another
article's headline, not this article's words, so they are read as nothing.

A label line alone ("Read next:") makes the list of bullet lines straight after it links too.
"""
from __future__ import annotations

import re

_LABEL = (r"(?:read (?:more|next|also)|more (?:on this story|like this)|also read|related(?: (?:articles?|stories|"
          r"content|links?))?|see also|recommended(?: reading)?|you may also like)")
# The label and a headline after it on the same line.
_LINK = re.compile(rf"^[ \t]*(?:[-•*·>] ?)?{_LABEL}[ \t]*[:|–—>-][ \t]*\S", re.I)
# The label alone on its line (a list of links follows).
_LABEL_ONLY = re.compile(rf"^[ \t]*{_LABEL}[ \t]*[:|–—>-]?[ \t]*$", re.I)
_BULLET = re.compile(r"^[ \t]*[-•*·][ \t]*\S")


def link_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of every line of `body` that is a link to another story (one pass over the lines)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    in_list = False
    for line in body.split("\n"):
        end = offset + len(line)
        if _LINK.match(line):
            spans.append((offset, end))
            in_list = False
        elif _LABEL_ONLY.match(line):
            spans.append((offset, end))
            in_list = True
        elif in_list and _BULLET.match(line):
            spans.append((offset, end))
        elif line.strip():
            in_list = False
        offset = end + 1
    return spans


def mask_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the characters of `spans` replaced by spaces (offsets and line breaks unchanged)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for k in range(start, end):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)
