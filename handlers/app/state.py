"""The bot's own state, per server, in a small SQLite database (not in process memory).

Keyed by guild id, so every shard and every process of a sharded bot sees the same settings, and
they survive a restart. Tables:
- `guild_settings`: one row per server: its admin role and its results channel.
- `answer_channels`: the channels of a server where the bot answers without a mention.
- `rate_events`: when a server last uploaded, linked or reloaded, for per-server rate limits.

Other parts of the bot add their own tables with `BotState.ensure(sql)` (CREATE TABLE IF NOT
EXISTS statements) and use `BotState.transaction()`. Every call is short; the bot still runs
writes off the event loop. Nothing here imports discord.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS guild_settings (
    guild_id INTEGER PRIMARY KEY,
    admin_role_id INTEGER,
    results_channel_id INTEGER
);
CREATE TABLE IF NOT EXISTS answer_channels (
    guild_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
);
CREATE TABLE IF NOT EXISTS rate_events (
    guild_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_rate_events ON rate_events (guild_id, action, at);
"""


@dataclass(frozen=True, slots=True)
class GuildSettings:
    """One server's settings; a server that never set anything has the defaults (all empty)."""

    guild_id: int
    admin_role_id: int | None = None
    results_channel_id: int | None = None
    answer_channel_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most `count` actions in any `seconds`-long window."""

    count: int
    seconds: float


class StateError(Exception):
    """The state database cannot be opened; the message says why."""


class BotState:
    """Per-server settings and rate limits in the SQLite file at `path` (created when missing)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        try:
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self.ensure(SCHEMA)
        except sqlite3.DatabaseError as error:
            raise StateError(f"{self.path} is not a usable state database: {error}") from error

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def ensure(self, sql: str) -> None:
        """Run schema statements (CREATE … IF NOT EXISTS) once; for the tables other modules own."""
        with self._lock:
            self._conn.executescript(sql)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The connection inside BEGIN IMMEDIATE … COMMIT (rolled back on an exception)."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # ------------------------------------------------------------------ settings

    def guild(self, guild_id: int) -> GuildSettings:
        """The settings of server `guild_id`."""
        with self._lock:
            row = self._conn.execute("SELECT admin_role_id, results_channel_id FROM guild_settings"
                                     " WHERE guild_id = ?", [guild_id]).fetchone()
            channels = frozenset(c for (c,) in self._conn.execute(
                "SELECT channel_id FROM answer_channels WHERE guild_id = ?", [guild_id]))
        role, results = row if row else (None, None)
        return GuildSettings(guild_id, role, results, channels)

    def set_admin_role(self, guild_id: int, role_id: int | None) -> None:
        self._set(guild_id, "admin_role_id", role_id)

    def set_results_channel(self, guild_id: int, channel_id: int | None) -> None:
        self._set(guild_id, "results_channel_id", channel_id)

    def _set(self, guild_id: int, column: str, value: int | None) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT INTO guild_settings (guild_id) VALUES (?) ON CONFLICT DO NOTHING", [guild_id])
            conn.execute(f"UPDATE guild_settings SET {column} = ? WHERE guild_id = ?", [value, guild_id])

    def set_answer_channel(self, guild_id: int, channel_id: int, answer: bool) -> None:
        """Answer every message in `channel_id` (`answer`), or only those that mention the bot."""
        with self.transaction() as conn:
            if answer:
                conn.execute("INSERT OR IGNORE INTO answer_channels VALUES (?, ?)", [guild_id, channel_id])
            else:
                conn.execute("DELETE FROM answer_channels WHERE guild_id = ? AND channel_id = ?",
                             [guild_id, channel_id])

    def is_answer_channel(self, guild_id: int, channel_id: int) -> bool:
        with self._lock:
            return self._conn.execute("SELECT 1 FROM answer_channels WHERE guild_id = ? AND channel_id = ?",
                                      [guild_id, channel_id]).fetchone() is not None

    # ------------------------------------------------------------------ rate limits

    def take(self, guild_id: int, action: str, limit: RateLimit, *, now: float | None = None) -> float | None:
        """Record one `action` for the server if `limit` allows it: None, or the seconds until it would.

        Counted in the database, so the limit holds across shards, processes and restarts.
        """
        at = time.time() if now is None else now
        with self.transaction() as conn:
            since = at - limit.seconds
            conn.execute("DELETE FROM rate_events WHERE guild_id = ? AND action = ? AND at <= ?",
                         [guild_id, action, since])
            times = [t for (t,) in conn.execute("SELECT at FROM rate_events WHERE guild_id = ? AND action = ?"
                                                " ORDER BY at", [guild_id, action])]
            if len(times) >= limit.count:
                return max(0.0, times[len(times) - limit.count] + limit.seconds - at)
            conn.execute("INSERT INTO rate_events VALUES (?, ?, ?)", [guild_id, action, at])
            return None
