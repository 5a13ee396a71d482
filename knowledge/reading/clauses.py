"""Clauses of a sentence skeleton: the spans between clause breaks."""
from __future__ import annotations

from knowledge.reading import phrases as ph


def clause_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in ph.CLAUSE_BREAK.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text) + 1))
    return spans


def clause_at(text: str, offset: int) -> str:
    for start, end in clause_spans(text):
        if start <= offset < end:
            return text[start:end]
    return text


def clause_before(text: str, offset: int) -> str:
    """The clause before the one at `offset` ("lost it to Bloggs" before ", by 465 votes")."""
    previous = ""
    for start, end in clause_spans(text):
        if start <= offset < end:
            return previous
        previous = text[start:end]
    return ""
