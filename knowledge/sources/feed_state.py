"""What the bot remembers of each feed, in SQLite: its validators (ETag, Last-Modified), when to poll it
next, and the items already read, so that each item's page is read once and a restart forgets nothing.

Every row belongs to a `scope`: the knowledge base the feed's items are written into (its path), so
the same feed read into two knowledge bases is read once for each.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS feed_checks (
    scope TEXT NOT NULL, url TEXT NOT NULL, title TEXT, etag TEXT, last_modified TEXT,
    checked_at REAL, next_poll_at REAL NOT NULL DEFAULT 0, failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT, PRIMARY KEY (scope, url)
);
CREATE TABLE IF NOT EXISTS feed_items (
    scope TEXT NOT NULL, feed_url TEXT NOT NULL, key TEXT NOT NULL, link TEXT NOT NULL,
    status TEXT NOT NULL, reason TEXT, attempts INTEGER NOT NULL DEFAULT 0, seen_at REAL NOT NULL,
    PRIMARY KEY (scope, feed_url, key)
);
"""
BASE_INTERVAL = 120.0  # seconds between polls of a healthy feed
MAX_INTERVAL = 3600.0
SLOW_POLL = 10.0  # a poll that took longer than this doubles the wait before the next
MAX_ATTEMPTS = 3  # an item whose page fails for a passing reason is tried at most this often


@dataclass(frozen=True, slots=True)
class FeedCheck:
    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    checked_at: float | None = None
    next_poll_at: float = 0.0
    failures: int = 0
    last_error: str | None = None


def next_wait(failures: int, seconds_taken: float, interval: float = BASE_INTERVAL) -> float:
    """Seconds until the next poll: doubled for each failure in a row and after a slow poll, capped."""
    factor = 2 ** min(failures, 10) * (2 if seconds_taken > SLOW_POLL else 1)
    return min(MAX_INTERVAL, interval * factor)


class FeedState:
    """Feed validators and seen items in the SQLite file at `path` (the bot's state database)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def check(self, scope: str, url: str) -> FeedCheck:
        with self._lock:
            row = self._conn.execute("SELECT url, title, etag, last_modified, checked_at, next_poll_at, failures,"
                                     " last_error FROM feed_checks WHERE scope = ? AND url = ?",
                                     [scope, url]).fetchone()
        return FeedCheck(*row) if row else FeedCheck(url)

    def save_check(self, scope: str, check: FeedCheck) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO feed_checks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [scope, check.url, check.title, check.etag, check.last_modified, check.checked_at,
                 check.next_poll_at, check.failures, check.last_error])

    def forget(self, scope: str, url: str) -> None:
        """Forget a feed and its items (when no one subscribes to it any more)."""
        with self._lock:
            self._conn.execute("DELETE FROM feed_checks WHERE scope = ? AND url = ?", [scope, url])
            self._conn.execute("DELETE FROM feed_items WHERE scope = ? AND feed_url = ?", [scope, url])

    def attempts(self, scope: str, url: str) -> dict[str, tuple[str, int]]:
        """Every item recorded for the feed: key -> (status, attempts)."""
        with self._lock:
            rows = self._conn.execute("SELECT key, status, attempts FROM feed_items WHERE scope = ? AND feed_url = ?",
                                      [scope, url]).fetchall()
        return {key: (status, attempts) for key, status, attempts in rows}

    def record_items(self, scope: str, url: str, rows: list[tuple[str, str, str, str | None, int]]) -> None:
        """Record items as (key, link, status, reason, attempts); status "added", "failed" or "retry"."""
        now = time.time()
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany("INSERT OR REPLACE INTO feed_items VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                       [(scope, url, key, link, status, reason, attempts, now)
                                        for key, link, status, reason, attempts in rows])
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
