"""RSS and Atom feeds parsed with feedparser from bytes this bot fetched (feedparser never fetches here).

Each item is keyed by its guid (Atom id) or, without one, its link; items without a link are left
out. Only the first `MAX_FEED_ITEMS` items of a feed are looked at (feeds list the newest first), so a
feed of 10,000 items costs no more than one of 200.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin

import feedparser

MAX_FEED_ITEMS = 200


@dataclass(frozen=True, slots=True)
class FeedItem:
    key: str
    link: str
    title: str


@dataclass(slots=True)
class Feed:
    """A parsed feed: its title, the items looked at, and how many the feed lists in all."""

    title: str
    items: list[FeedItem] = field(default_factory=list)
    listed: int = 0

    @property
    def left_out(self) -> int:
        """Items past the first `MAX_FEED_ITEMS`, not looked at."""
        return max(0, self.listed - MAX_FEED_ITEMS)


def parse_feed(data: bytes, url: str) -> Feed:
    """The feed in `data` (fetched from `url`); ValueError with the reason when it is not a usable feed."""
    if not data.strip():
        raise ValueError("the feed is empty")
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False,
                              response_headers={"content-location": url})
    entries = parsed.entries
    if not entries and (parsed.bozo or not parsed.version):
        problem = getattr(parsed, "bozo_exception", None)
        detail = f" ({_first_line(problem)})" if problem else ""
        raise ValueError(f"not a readable RSS or Atom feed{detail}")
    feed = Feed(title=(parsed.feed.get("title") or url).strip(), listed=len(entries))
    seen: set[str] = set()
    for entry in entries[:MAX_FEED_ITEMS]:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        link = urljoin(url, link)
        key = (entry.get("id") or link).strip()
        if key in seen:
            continue
        seen.add(key)
        feed.items.append(FeedItem(key=key, link=link, title=(entry.get("title") or link).strip()))
    if parsed.bozo and not feed.items:  # broken, and nothing usable could be recovered from it
        raise ValueError(f"not a readable RSS or Atom feed ({_first_line(parsed.bozo_exception)})")
    return feed


def _first_line(problem: object) -> str:
    return str(problem).strip().splitlines()[0][:200] if str(problem).strip() else type(problem).__name__
