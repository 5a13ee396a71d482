"""A web page's main text, title and publication date, extracted with trafilatura.

Navigation, cookie banners, related links, bylines and footers are left out by trafilatura; what
is left is given to the article reader as an article whose date header is the page's publication
date (from its markup: meta tags, structured data, the address), never guessed from the prose.
"""
from __future__ import annotations

from dataclasses import dataclass

import trafilatura

MIN_TEXT_CHARS = 40  # less than a sentence: the page has no article text
NO_TEXT = "the page has no article text (only scripts or navigation, or the article is behind a paywall)"


@dataclass(frozen=True, slots=True)
class Page:
    """What a page says: its title (None when it has none), main text, and date (YYYY-MM-DD or None)."""

    title: str | None
    text: str
    date: str | None

    def article_text(self) -> str:
        """The text as the article reader reads it: a date header when the page is dated, then the text."""
        return f"date {self.date} {self.text}" if self.date else self.text

    def dated(self) -> str:
        return f"dated {self.date}" if self.date else "the page gives no publication date"


def decode_html(data: bytes, charset: str | None) -> bytes | str:
    """Text decoded with the charset the server named; bytes (trafilatura detects it) without one."""
    if not charset:
        return data
    try:
        return data.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name
        return data


def extract_page(html: bytes | str, url: str | None = None) -> Page:
    """The page's main text, title and date; ValueError (with the reason) when it has no text."""
    if not html or not (html.strip() if isinstance(html, str) else html.strip()):
        raise ValueError("the page is empty")
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    text = "\n".join(line.strip() for line in (document.text or "").splitlines() if line.strip()) if document else ""
    if len(text) < MIN_TEXT_CHARS:
        raise ValueError(NO_TEXT)
    date = document.date if document and document.date and len(document.date) == 10 else None
    return Page(title=(document.title or None) if document else None, text=text, date=date)
