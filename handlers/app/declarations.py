"""The declarations waiting to be sent to the results channels: a durable outbox and its send schedule.

- `Outbox`: one row per (server, contest) to post or edit (table `results_outbox` in the state
  database), so a restart sends what was queued and not yet sent. A contest queued twice before it
  is sent is sent once, with the facts known when it is sent; one that changes while it is being
  sent is kept and sent again (`Outbox.revision`, `Outbox.sent`).
- Claims: several processes (shards) on one state database each schedule every waiting item, but an
  item is sent only by the process that claims its row (`Outbox.claim`: one atomic UPDATE that takes
  the row when it is unclaimed, its claim has expired, or the claimant already holds it). A claim is
  given up when the item is sent, dropped or moved, or the process stops cleanly (`Outbox.release_all`);
  a process that crashes holding one hands it over when it expires (`CLAIM_SECONDS`).
- `queue_declarations`: what one knowledge swap gives each server's results channel to send.
- `SendSchedule`: the order of sending, in memory. Each channel's items go in the order queued; the
  next item is the one whose channel may send soonest under the `Throttle` (a gap between any two
  requests, a gap between two in one channel, and at most `channel_cap.count` in any
  `channel_cap.seconds` in one channel). A channel that waits (its cap, or an item's back-off after a
  transient failure) never holds up the others. Every step is O(log channels).
- When a server's admins choose another results channel, what waits for the old one is sent to the
  new one instead (`Outbox.retarget`, `SendSchedule.take_guild`); when they stop posting, it is
  dropped (`Outbox.drop_guild`).

Nothing here imports discord; times are wall-clock seconds (`time.time()`, since claims are compared
between processes), passed in by the caller.
"""
from __future__ import annotations

import heapq
import sqlite3
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from handlers.answers.contests import option_label
from handlers.app.leases import process_holder
from handlers.app.links import ResultsLedger, changed_contests, contest_key
from handlers.app.state import BotState, RateLimit
from knowledge.records import Seat
from knowledge.store.database import Knowledge

SCHEMA = """
CREATE TABLE IF NOT EXISTS results_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id INTEGER NOT NULL, channel_id INTEGER NOT NULL, contest TEXT NOT NULL,
    constituency TEXT NOT NULL, election TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, queued_at REAL NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,  -- how many times the contest changed again while queued
    holder TEXT, claimed_until REAL NOT NULL DEFAULT 0,  -- the process sending it, and until when
    UNIQUE (guild_id, contest)
);
"""
# Outboxes written before claims existed get the two columns (unclaimed).
CLAIM_COLUMNS = ("ALTER TABLE results_outbox ADD COLUMN holder TEXT",
                 "ALTER TABLE results_outbox ADD COLUMN claimed_until REAL NOT NULL DEFAULT 0")
# Taken when unclaimed, expired or already ours; a no-op (rowcount 0) while another process holds it.
CLAIM = """
UPDATE results_outbox SET holder = ?, claimed_until = ?
WHERE id = ? AND (holder IS NULL OR holder = ? OR claimed_until <= ?)
"""
# How long a claim holds without being renewed: far longer than one send takes (building the chart,
# discord.py's own retries of a 429), so a live sender keeps it; a crashed one's items wait this long.
CLAIM_SECONDS = 300.0


@dataclass(slots=True)
class OutboxItem:
    """One contest to post (or edit) in one server's results channel."""

    id: int
    guild_id: int
    channel_id: int
    contest: str  # `handlers.app.links.contest_key`
    constituency: str
    election: str  # the contest as a command's election option ('2024 general election')
    attempts: int = 0  # transient failures so far
    due_at: float = 0.0  # the time before which it is not retried


@dataclass(frozen=True, slots=True)
class Claim:
    """Who may send an outbox item: this process (`ours`) or another, until `until`."""

    ours: bool
    until: float
    attempts: int = 0  # the row's transient failures so far (another process may have counted some)


class Outbox:
    """The durable queue of declarations to send, and which process sends each."""

    def __init__(self, state: BotState, holder: str | None = None, claim_seconds: float = CLAIM_SECONDS) -> None:
        self.state = state
        self.holder = holder or process_holder()
        self.claim_seconds = claim_seconds
        state.ensure(SCHEMA)
        with state.transaction() as conn:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(results_outbox)")}
            if "claimed_until" not in columns:
                for statement in CLAIM_COLUMNS:
                    conn.execute(statement)

    def queue(self, guild_id: int, channel_id: int, seats: list[Seat]) -> list[OutboxItem]:
        """Queue each contest for the server's channel; the items that were not queued already."""
        added = []
        now = time.time()
        with self.state.transaction() as conn:
            for seat in seats:
                key, election = contest_key(seat), option_label(seat)
                if conn.execute("UPDATE results_outbox SET revision = revision + 1 WHERE guild_id = ? AND contest = ?",
                                [guild_id, key]).rowcount:
                    continue
                cursor = conn.execute(
                    "INSERT INTO results_outbox (guild_id, channel_id, contest, constituency, election, queued_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)", [guild_id, channel_id, key, seat.constituency, election, now])
                added.append(OutboxItem(int(cursor.lastrowid or 0), guild_id, channel_id, key,
                                        seat.constituency, election))
        return added

    def revision(self, item: OutboxItem) -> int | None:
        """How many times `item`'s contest changed again since it was queued (None: not queued)."""
        with self.state.transaction() as conn:
            row = conn.execute("SELECT revision FROM results_outbox WHERE id = ?", [item.id]).fetchone()
        return row[0] if row else None

    def claim(self, item: OutboxItem, now: float) -> Claim | None:
        """Claim `item` for this process until `now + claim_seconds` (renewing its own claim); None when
        the item is no longer queued (sent, dropped or moved by any process)."""
        until = now + self.claim_seconds
        with self.state.transaction() as conn:
            taken = conn.execute(CLAIM, [self.holder, until, item.id, self.holder, now]).rowcount
            row = conn.execute("SELECT claimed_until, attempts FROM results_outbox WHERE id = ?", [item.id]).fetchone()
        if row is None:
            return None
        return Claim(bool(taken), row[0], row[1])

    def release(self, item: OutboxItem) -> None:
        """Give up this process's claim on `item`, so whichever process comes to it next sends it."""
        with self.state.transaction() as conn:
            _release(conn, "id = ? AND holder = ?", [item.id, self.holder])

    def release_all(self) -> None:
        """Give up every claim of this process (a clean stop): the others send those items at once."""
        with self.state.transaction() as conn:
            _release(conn, "holder = ?", [self.holder])

    def sent(self, item: OutboxItem, revision: int | None) -> bool:
        """Forget `item`, sent as its contest stood at `revision`; False (kept, and no longer claimed)
        when it changed since."""
        with self.state.transaction() as conn:
            conn.execute("DELETE FROM results_outbox WHERE id = ? AND revision IS ?", [item.id, revision])
            if conn.execute("SELECT 1 FROM results_outbox WHERE id = ?", [item.id]).fetchone() is None:
                return True
            _release(conn, "id = ? AND holder = ?", [item.id, self.holder])
            return False

    def pending(self) -> list[OutboxItem]:
        """Every item not yet sent, in the order queued."""
        with self.state.transaction() as conn:
            return _items(conn)

    def failed(self, item: OutboxItem) -> None:
        """Count one more transient failure of `item` (kept across restarts); this process keeps its
        claim through the back-off (until `item.due_at`) and for a claim's time after it."""
        with self.state.transaction() as conn:
            conn.execute("UPDATE results_outbox SET attempts = ?, holder = ?, claimed_until = ? WHERE id = ?",
                         [item.attempts, self.holder, item.due_at + self.claim_seconds, item.id])

    def of_guild(self, guild_id: int) -> list[OutboxItem]:
        """The server's items not yet sent, in the order queued."""
        with self.state.transaction() as conn:
            return _items(conn, "WHERE guild_id = ?", [guild_id])

    def retarget(self, guild_id: int, channel_id: int) -> list[OutboxItem]:
        """Send the server's items queued for another channel to `channel_id` instead (their failures
        there no longer count); the items moved, as they now are."""
        with self.state.transaction() as conn:
            moved = _items(conn, "WHERE guild_id = ? AND channel_id != ?", [guild_id, channel_id])
            conn.execute("UPDATE results_outbox SET channel_id = ?, attempts = 0 WHERE guild_id = ? AND channel_id != ?",
                         [channel_id, guild_id, channel_id])
        for item in moved:
            item.channel_id, item.attempts = channel_id, 0
        return moved

    def drop_guild(self, guild_id: int) -> list[OutboxItem]:
        """Forget every item of the server (it no longer posts results); the items dropped."""
        with self.state.transaction() as conn:
            dropped = _items(conn, "WHERE guild_id = ?", [guild_id])
            conn.execute("DELETE FROM results_outbox WHERE guild_id = ?", [guild_id])
        return dropped

    def remove(self, items: list[OutboxItem]) -> None:
        """Forget items that were sent, or given up on."""
        with self.state.transaction() as conn:
            conn.executemany("DELETE FROM results_outbox WHERE id = ?", [[item.id] for item in items])


def _release(conn: sqlite3.Connection, where: str, parameters: Sequence[object]) -> None:
    conn.execute(f"UPDATE results_outbox SET holder = NULL, claimed_until = 0 WHERE {where}", parameters)


def _items(conn: sqlite3.Connection, where: str = "", parameters: Sequence[object] = ()) -> list[OutboxItem]:
    """The outbox rows matching `where` (an SQL WHERE clause), in the order queued."""
    rows = conn.execute("SELECT id, guild_id, channel_id, contest, constituency, election, attempts"
                        f" FROM results_outbox {where} ORDER BY id", parameters).fetchall()
    return [OutboxItem(*row) for row in rows]


def queue_declarations(ledger: ResultsLedger, outbox: Outbox, before: Knowledge, after: Knowledge,
                       guilds: frozenset[int] | None) -> list[OutboxItem]:
    """Queue, for each server of `guilds` (None: every server) with a results channel, the contests the
    swap declared or changed that its channel does not already show as they are now. Runs in a worker thread."""
    seats = changed_contests(before, after)
    if not seats:
        return []
    items = []
    for guild_id, channel_id in ledger.results_channels(guilds).items():
        shown = ledger.unchanged(guild_id, seats)
        items += outbox.queue(guild_id, channel_id, [seat for seat in seats if contest_key(seat) not in shown])
    return items


@dataclass
class ClaimedElsewhere:
    """The items another process is sending, set aside (not in this process's `SendSchedule`, so they
    never hold up its channels) until the claim on each would expire, when they are looked at again."""

    _heap: list[tuple[float, int, OutboxItem]] = field(default_factory=list)  # (claim expires, id, item)

    def hold(self, item: OutboxItem, until: float) -> None:
        heapq.heappush(self._heap, (until, item.id, item))

    def due(self, now: float) -> list[OutboxItem]:
        """The items whose claim has expired by `now`, taken out, in the order their claims expire."""
        out = []
        while self._heap and self._heap[0][0] <= now:
            out.append(heapq.heappop(self._heap)[2])
        return out

    def wait(self, now: float) -> float | None:
        """The seconds until the next claim expires (None: nothing is set aside)."""
        return max(0.0, self._heap[0][0] - now) if self._heap else None


@dataclass(frozen=True, slots=True)
class Throttle:
    """How fast the results channels are sent to (edits count like posts)."""

    global_gap: float = 0.25  # seconds between any two requests
    channel_gap: float = 1.1  # seconds between two requests in one channel
    channel_cap: RateLimit = RateLimit(count=8, seconds=10.0)  # Discord allows 5 per 5 s; room for answers


@dataclass
class SendSchedule:
    """Which item to send next and when; the caller reports each item taken with `done` or `retry_at`."""

    throttle: Throttle = field(default_factory=Throttle)
    _queues: dict[int, deque[OutboxItem]] = field(default_factory=dict)  # channel -> its items, oldest first
    # (earliest start, head id, channel, push): an entry is current while its push is the channel's last
    _heap: list[tuple[float, int, int, int]] = field(default_factory=list)
    _current: dict[int, int] = field(default_factory=dict)  # channel -> its current entry's push
    _pushes: int = 0
    _recent: dict[int, deque[float]] = field(default_factory=dict)  # channel -> its last requests' times
    _last_request: float = float("-inf")
    _taken: OutboxItem | None = None

    def add(self, item: OutboxItem) -> None:
        queue = self._queues.setdefault(item.channel_id, deque())
        queue.append(item)
        if len(queue) == 1:
            self._push(item.channel_id)

    def next(self, now: float) -> OutboxItem | float | None:
        """The item to send now (taken until `done` or `retry_at`), else the seconds to wait (None:
        nothing is queued)."""
        if self._taken is not None:
            raise RuntimeError("report the item taken before taking another")
        while self._heap:
            start, head, channel, push = self._heap[0]
            if self._current.get(channel) != push:  # its items were moved (`take_guild`) since
                heapq.heappop(self._heap)
                continue
            ready = self._channel_ready(channel)
            if ready > start:  # the channel sent, or its head was postponed, since it was pushed
                heapq.heapreplace(self._heap, (ready, head, channel, push))
                continue
            begin = max(start, self._last_request + self.throttle.global_gap)
            if begin > now:
                return begin - now
            heapq.heappop(self._heap)
            del self._current[channel]
            self._taken = self._queues[channel][0]
            return self._taken

    def done(self, item: OutboxItem, now: float, *, requested: bool = True,
             drop_channel: bool = False) -> list[OutboxItem]:
        """`item` is done (a request was made at `now` when `requested`); with `drop_channel`, so is
        every item of its channel (the channel is gone or closed to the bot). Returns the items done."""
        if requested:
            self._request(item.channel_id, now)
        queue = self._queues[item.channel_id]
        done = list(queue) if drop_channel else [queue.popleft()]
        if drop_channel:
            queue.clear()
        self._release(item.channel_id)
        return done

    def retry_at(self, item: OutboxItem, due_at: float, now: float) -> None:
        """A request for `item` failed at `now` and is to be tried again at `due_at`, still first in its channel."""
        self._request(item.channel_id, now)
        item.due_at = due_at
        self._release(item.channel_id)

    def take_guild(self, guild_id: int) -> list[OutboxItem]:
        """Take every waiting item of server `guild_id` out of the schedule, in the order queued (not
        the one taken: its delivery sees the change). O(items queued); for an admin's rare change."""
        out: list[OutboxItem] = []
        for channel, queue in list(self._queues.items()):
            keep = deque(item for item in queue if item.guild_id != guild_id or item is self._taken)
            if len(keep) == len(queue):
                continue
            out += [item for item in queue if item.guild_id == guild_id and item is not self._taken]
            if not keep:
                del self._queues[channel]
                self._current.pop(channel, None)
                continue
            self._queues[channel] = keep
            if keep[0] is not self._taken and keep[0] is not queue[0]:
                self._push(channel)
        return sorted(out, key=lambda item: item.id)

    def _release(self, channel: int) -> None:
        self._taken = None
        if self._queues[channel]:
            self._push(channel)
        else:
            del self._queues[channel]

    def _push(self, channel: int) -> None:
        """Make the channel's entry in the heap, replacing any it had (that one is left to be skipped)."""
        self._pushes += 1
        self._current[channel] = self._pushes
        heapq.heappush(self._heap, (self._channel_ready(channel), self._queues[channel][0].id, channel, self._pushes))

    def _request(self, channel: int, now: float) -> None:
        self._last_request = now
        recent = self._recent.setdefault(channel, deque(maxlen=max(1, self.throttle.channel_cap.count)))
        recent.append(now)

    def _channel_ready(self, channel: int) -> float:
        """The earliest moment the head of `channel` may be sent."""
        ready = self._queues[channel][0].due_at
        recent = self._recent.get(channel)
        if recent:
            ready = max(ready, recent[-1] + self.throttle.channel_gap)
            if len(recent) == recent.maxlen:  # the cap's oldest request must leave the window first
                ready = max(ready, recent[0] + self.throttle.channel_cap.seconds)
        return ready
