"""Clauses of a sentence skeleton: the spans between clause breaks."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from knowledge.reading import phrases as ph
from knowledge.reading.prefilter import SENTENCES_REMEMBERED


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each clause of `text`, in order; the last ends one past the text. Every step and guard
    asks for the clauses of the sentence it reads, so each sentence's are found once (an article's worth are
    kept: each step sweeps every sentence)."""
    spans = []
    start = 0
    for match in ph.CLAUSE_BREAK.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text) + 1))
    return tuple(spans)


def clause_index(text: str, offset: int) -> int | None:
    """The index of the clause holding `offset` (clauses are contiguous, so it is the last one starting at or
    before it), or None outside them."""
    spans = clause_spans(text)
    index = bisect_right(spans, (offset, len(text) + 2)) - 1
    return index if index >= 0 and offset < spans[index][1] else None


def clause_at(text: str, offset: int) -> str:
    index = clause_index(text, offset)
    if index is None:
        return text
    start, end = clause_spans(text)[index]
    return text[start:end]


def clause_before(text: str, offset: int) -> str:
    """The clause before the one at `offset` ("lost it to Bloggs" before ", by 465 votes")."""
    index = clause_index(text, offset)
    if not index:
        return ""
    start, end = clause_spans(text)[index - 1]
    return text[start:end]
