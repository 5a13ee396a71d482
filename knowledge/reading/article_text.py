"""An article's text: its date header, its paragraphs and sentences, and which parts are quotations.

Facts are read only from the reporter's own words: quoted speech is masked (kept in place, blanked
out) so that a figure someone says ("a 9,000 mountain to climb") never becomes a fact.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

HEADER = re.compile(r"^\ufeff?\s*date\s+(\d{4})-(\d{2})-(\d{2})\b\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’»)]*\s+(?=[\"“‘«(]?[A-Z0-9£])")
_ABBREVIATION_WINDOW = 6  # longer than the longest abbreviation, so a cut word never looks like one
_ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Rt|Hon|Cllr|Prof|No|Gen|Lt|Col|Sgt|Rev|vs|v|[A-Z])\.$")
_OPENS, _CLOSES = "“«„", "”»"  # curly quotes and guillemets; a straight " opens or closes
_MARKS = frozenset(_OPENS + _CLOSES + '"')
# Single quotes double as apostrophes ("Labour's", "the Greens' vote", "'til"): a single-quoted span
# counts only when it opens before a letter, closes in its paragraph before a non-letter, and holds at
# least three words (shorter ones are terms, "the 'red wall'", and stay the reporter's words).
_SINGLE_QUOTED = re.compile(r"(?<![\w’'])[‘'](?=[A-Za-z])(?P<q>[^\n‘’']{1,600}?[^\s‘’'])[’'](?![\w’'])")
_SINGLE_QUOTE_WORDS = 3


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: `text` as written, `plain` the same with quoted speech blanked out."""

    text: str
    plain: str
    paragraph: int
    start: int  # offset in the article body


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    text: str
    start: int
    end: int
    paragraph: int
    opens_paragraph: bool
    closed: bool


def split_header(text: str) -> tuple[date | None, str]:
    """(the article's date, the body). The date is None when the header is missing or not a date."""
    match = HEADER.match(text)
    if not match:
        return None, text.lstrip("\ufeff")
    try:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        day = None
    return day, text[match.end():]


def find_quotes(body: str) -> list[QuoteSpan]:
    """Quoted speech in double quotes (curly or straight), guillemets and single quotes.

    Writers run a quote over several paragraphs, opening each with a mark and closing only the
    last; some drop the opening mark of a middle paragraph. A quote left open therefore runs to
    its paragraph's end and carries on into the next paragraph when that one continues it (it
    opens with a mark, closes one before opening any, or is unmarked and followed by such a one).
    """
    paragraphs = body.split("\n")
    following = _next_filled(paragraphs)
    spans: list[QuoteSpan] = []
    offset = 0
    still_open = False
    for number, paragraph in enumerate(paragraphs):
        if not paragraph.strip():
            offset += len(paragraph) + 1
            continue
        carry = still_open and _continues_quote(paragraph, following[number])
        found, still_open = _quotes_in_paragraph(paragraph, offset, number, carry)
        spans.extend(found)
        offset += len(paragraph) + 1
    return spans


def _next_filled(paragraphs: list[str]) -> list[str]:
    """For each paragraph, the next one that is not blank ("" at the end), found in one pass from the end."""
    following = [""] * len(paragraphs)
    nearest = ""
    for number in range(len(paragraphs) - 1, -1, -1):
        following[number] = nearest
        if paragraphs[number].strip():
            nearest = paragraphs[number]
    return following


def _first_mark(text: str) -> str | None:
    for ch in text:
        if ch in _MARKS:
            return ch
    return None


def _continues_quote(paragraph: str, following: str) -> bool:
    mark = _first_mark(paragraph)
    if mark is not None and mark in _CLOSES:
        return True
    if mark is None and paragraph.strip():
        following_mark = _first_mark(following)
        return following.lstrip()[:1] in _OPENS + '"' or (following_mark is not None and following_mark in _CLOSES)
    return False


def _quotes_in_paragraph(paragraph: str, offset: int, number: int, carry: bool
                         ) -> tuple[list[QuoteSpan], bool]:
    """(quotes in one paragraph, whether a quote is still open at its end)."""
    spans = []
    lead = len(paragraph) - len(paragraph.lstrip())
    open_at = lead - 1 if carry and paragraph.lstrip()[:1] not in _OPENS + '"' else None
    for i, ch in enumerate(paragraph):
        if ch not in _MARKS:
            continue
        if open_at is None and ch not in _CLOSES:
            open_at = i
        elif open_at is not None and ch not in _OPENS:
            spans.append(QuoteSpan(paragraph[open_at + 1:i].strip(), offset + max(open_at, 0), offset + i + 1,
                                   number, open_at <= lead, True))
            open_at = None
    if open_at is not None and paragraph[open_at + 1:].strip():
        spans.append(QuoteSpan(paragraph[open_at + 1:].strip(), offset + max(open_at, 0), offset + len(paragraph),
                               number, open_at <= lead, False))
    spans += _single_quoted(paragraph, offset, number, lead, spans)
    return sorted(spans, key=lambda span: span.start), open_at is not None


def _single_quoted(paragraph: str, offset: int, number: int, lead: int, double: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single-quoted speech in a paragraph, outside its double-quoted spans (`double`: in order, apart)."""
    spans = []
    k = 0  # both run left to right: the first double-quoted span that does not end before this match
    for match in _SINGLE_QUOTED.finditer(paragraph):
        start, end = offset + match.start(), offset + match.end()
        while k < len(double) and double[k].end <= start:
            k += 1
        if len(match.group("q").split()) < _SINGLE_QUOTE_WORDS or (k < len(double) and double[k].start < end):
            continue
        spans.append(QuoteSpan(match.group("q").strip(), start, end, number, match.start() <= lead, True))
    return spans


def mask_quotes(body: str, quotes: list[QuoteSpan]) -> str:
    """The body with every quotation's characters replaced by spaces (offsets unchanged)."""
    chars = list(body)
    for q in quotes:
        for k in range(q.start, q.end):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def split_sentences(body: str, plain: str) -> list[Sentence]:
    """Sentences of every paragraph, split on the unquoted text so quotes stay whole."""
    sentences: list[Sentence] = []
    offset = 0
    for number, paragraph in enumerate(plain.split("\n")):
        start = 0
        cuts = []
        for match in _SENTENCE_END.finditer(paragraph):
            # Only the few characters before the stop can hold an abbreviation; searching the whole
            # paragraph before every stop made runs of initials quadratic.
            if _ABBREVIATIONS.search(paragraph[max(0, match.start() - _ABBREVIATION_WINDOW):match.start()]):
                continue
            cuts.append(match.end())
        cuts.append(len(paragraph))
        for cut in cuts:
            raw = body[offset + start:offset + cut]
            masked = paragraph[start:cut]
            if raw.strip():
                lead = len(raw) - len(raw.lstrip())
                sentences.append(Sentence(raw.strip(), masked[lead:].rstrip(), number, offset + start + lead))
            start = cut
        offset += len(paragraph) + 1
    return sentences
