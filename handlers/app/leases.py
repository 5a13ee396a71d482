"""Leases in the state database: which process does a piece of shared background work (table `leases`).

Several processes of a sharded bot share one state database. Work that must be done once for all of
them (polling a followed feed) is done by the process holding its lease. A lease is claimed for
`seconds` and renewed by its holder each time it claims it again; a process that stops (or crashes)
stops renewing, so another takes the work over once the lease has expired, and `release` hands
everything over at once on a clean stop. Nothing here imports discord.
"""
from __future__ import annotations

import os
import socket
import uuid

from handlers.app.state import BotState

SCHEMA = """
CREATE TABLE IF NOT EXISTS leases (
    name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at REAL NOT NULL
);
"""
# Claimed by the holder or by anyone once expired (a no-op otherwise, so its rowcount is 0).
CLAIM = """
INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
WHERE leases.holder = excluded.holder OR leases.expires_at <= ?
"""


def process_holder() -> str:
    """A name for this process that no other process (here or on another machine) has."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Leases:
    """The leases one holder claims, renews and releases."""

    def __init__(self, state: BotState, seconds: float, holder: str | None = None) -> None:
        self.state = state
        self.seconds = seconds
        self.holder = holder or process_holder()
        state.ensure(SCHEMA)

    def claim(self, names: list[str], now: float) -> set[str]:
        """The names of `names` this holder holds until `now + seconds`: those it held, those no one
        held and those whose lease had expired. The others are held by another process."""
        held = set()
        with self.state.transaction() as conn:
            for name in names:
                if conn.execute(CLAIM, [name, self.holder, now + self.seconds, now]).rowcount:
                    held.add(name)
        return held

    def release(self) -> None:
        """Give up every lease this holder has, so others take the work over now."""
        with self.state.transaction() as conn:
            conn.execute("DELETE FROM leases WHERE holder = ?", [self.holder])
