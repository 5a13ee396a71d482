"""Reading one news article into facts (placeholder until the reader lands)."""
from __future__ import annotations

from knowledge.records import ArticleReport


def read_article(text: str, file: str) -> ArticleReport:
    return ArticleReport(file=file, date=None, election_year=None, notes=["reader not written yet"])
