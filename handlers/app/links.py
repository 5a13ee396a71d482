"""Each server's links and feeds, and which declarations its results channel has had. Nothing here imports discord.

- `Subscriptions`: the feeds each server follows (table `feed_subscriptions` in the state database).
- `ResultsLedger`: the message each contest was posted as in each server's results channel, and the
  facts it showed (`results_messages`), so a contest is posted once and edited when its facts change,
  even across restarts.
- `changed_contests`: the contests a swap declares or gives new facts (compared by `contest_facts`).
- `LinkService`: adds a page by its address and polls the feeds that are due, writing through the
  knowledge service so the new knowledge is swapped in (and its listeners told) at once.

A server's pages and feed items are written into that server's own database (never the global one):
they answer in that server only, and only its results channel hears of the declarations they bring.
A feed two servers follow is polled for each (each keeps its own validators and items read).
With several processes (shards) on one state database, each feed is polled by one of them only: the
one holding the feed's lease (`handlers.app.leases`), which polls it for every server that follows it,
whichever shard the server is on; another process takes the feed over when the holder stops.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import sqlite3
import time
from dataclasses import dataclass

from handlers.app.leases import Leases
from handlers.app.service import KnowledgeService
from handlers.app.state import BotState
from knowledge.records import Seat
from knowledge.sources.feed_state import FeedState
from knowledge.sources.fetch import Fetcher, parse_address
from knowledge.sources.pages import PageRead, PagesReport, read_urls, store_pages
from knowledge.sources.polling import PollReport, poll_feed, scope_of
from knowledge.store.database import Knowledge
from knowledge.store.ingest import IngestReport, Unreadable
from knowledge.store.merge import seat_key

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS feed_subscriptions (
    guild_id INTEGER NOT NULL, url TEXT NOT NULL, added_at REAL NOT NULL, PRIMARY KEY (guild_id, url)
);
CREATE TABLE IF NOT EXISTS results_messages (
    guild_id INTEGER NOT NULL, contest TEXT NOT NULL, channel_id INTEGER NOT NULL, message_id INTEGER,
    facts TEXT, posted_at REAL NOT NULL, PRIMARY KEY (guild_id, contest)
);
"""
# Before messages were edited, `results_posted` only claimed contests (no message id, no facts): those
# contests stay posted, and are never edited.
LEGACY_LEDGER = """
INSERT OR IGNORE INTO results_messages
    SELECT guild_id, seat_key || '|' || election_year || '|', coalesce(channel_id, 0), message_id, NULL, posted_at
    FROM results_posted;
DROP TABLE results_posted;
"""
MAX_FEEDS_PER_SERVER = 25
# How long a process holds a feed it polls without renewing it: longer than a poll round takes, so the
# holder keeps it; short enough that another process takes over soon after the holder stops.
FEED_LEASE_SECONDS = 600.0


class Subscriptions:
    """Which feeds each server follows."""

    def __init__(self, state: BotState) -> None:
        self.state = state
        state.ensure(SCHEMA)

    def add(self, guild_id: int, url: str) -> bool:
        """Follow `url`; False when the server already does. ValueError past `MAX_FEEDS_PER_SERVER`."""
        with self.state.transaction() as conn:
            if conn.execute("SELECT 1 FROM feed_subscriptions WHERE guild_id = ? AND url = ?",
                            [guild_id, url]).fetchone():
                return False
            count = conn.execute("SELECT count(*) FROM feed_subscriptions WHERE guild_id = ?", [guild_id]).fetchone()[0]
            if count >= MAX_FEEDS_PER_SERVER:
                raise ValueError(f"this server already follows {count} feeds, the most it can")
            conn.execute("INSERT INTO feed_subscriptions VALUES (?, ?, ?)", [guild_id, url, time.time()])
            return True

    def remove(self, guild_id: int, url: str) -> bool:
        with self.state.transaction() as conn:
            return conn.execute("DELETE FROM feed_subscriptions WHERE guild_id = ? AND url = ?",
                                [guild_id, url]).rowcount > 0

    def of_guild(self, guild_id: int) -> list[str]:
        with self.state.transaction() as conn:
            return [url for (url,) in conn.execute("SELECT url FROM feed_subscriptions WHERE guild_id = ?"
                                                   " ORDER BY added_at", [guild_id])]

    def followers(self) -> dict[str, frozenset[int]]:
        """Every followed feed and the servers that follow it."""
        found: dict[str, set[int]] = {}
        with self.state.transaction() as conn:
            for guild_id, url in conn.execute("SELECT guild_id, url FROM feed_subscriptions"):
                found.setdefault(url, set()).add(guild_id)
        return {url: frozenset(guilds) for url, guilds in found.items()}


@dataclass(frozen=True, slots=True)
class PostedResult:
    """The message a contest was posted as in one server; `message_id` None for a legacy claim."""

    channel_id: int
    message_id: int | None
    facts: str | None


class ResultsLedger:
    """Each server's results channel, and the message each contest was posted as there."""

    def __init__(self, state: BotState) -> None:
        self.state = state
        state.ensure(SCHEMA)
        with state.transaction() as conn:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'results_posted'").fetchone():
                _run_script(conn, LEGACY_LEDGER)

    def posted(self, guild_id: int, contest: str) -> PostedResult | None:
        with self.state.transaction() as conn:
            row = conn.execute("SELECT channel_id, message_id, facts FROM results_messages"
                               " WHERE guild_id = ? AND contest = ?", [guild_id, contest]).fetchone()
        return PostedResult(*row) if row else None

    def record(self, guild_id: int, contest: str, channel_id: int, message_id: int, facts: str) -> None:
        """Remember that `contest` shows `facts` in message `message_id` of the server's results channel."""
        with self.state.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO results_messages VALUES (?, ?, ?, ?, ?, ?)",
                         [guild_id, contest, channel_id, message_id, facts, time.time()])

    def unchanged(self, guild_id: int, seats: list[Seat]) -> set[str]:
        """The contests among `seats` whose message in the server already shows their facts (or that a
        legacy claim posted, which is never edited)."""
        wanted = {contest_key(seat): contest_facts(seat) for seat in seats}
        with self.state.transaction() as conn:
            rows = conn.execute("SELECT contest, message_id, facts FROM results_messages WHERE guild_id = ?",
                                [guild_id]).fetchall()
        return {contest for contest, message_id, facts in rows
                if contest in wanted and (message_id is None or facts == wanted[contest])}

    def results_channel(self, guild_id: int) -> int | None:
        return self.state.guild(guild_id).results_channel_id

    def results_channels(self, guilds: frozenset[int] | None) -> dict[int, int]:
        """guild id -> results channel id, for `guilds` (None: every server that has one)."""
        with self.state.transaction() as conn:
            rows = conn.execute("SELECT guild_id, results_channel_id FROM guild_settings"
                                " WHERE results_channel_id IS NOT NULL").fetchall()
        return {g: c for g, c in rows if guilds is None or g in guilds}


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run `;`-separated statements inside the caller's transaction (executescript would commit it)."""
    for statement in filter(None, (part.strip() for part in script.split(";"))):
        conn.execute(statement)


def contest_key(seat: Seat) -> str:
    """One contest's key as text: the seat's name key, the year and the by-election's day."""
    name, year, day = seat_key(seat.constituency, seat.election_year, seat.by_election_day)
    return f"{name}|{year or 0}|{day or ''}"


def contest_facts(seat: Seat) -> str:
    """A digest of what a result shows (its facts and candidates), not of where they were read: a
    contest that only gains a source has the same digest."""
    shown = {"facts": sorted((name, str(fact.value)) for name, fact in seat.facts.items()),
             "candidates": sorted((c.name, c.party or "", str(c.votes), c.elected, str(c.share_percent))
                                  for c in seat.candidates)}
    return hashlib.sha256(json.dumps(shown, sort_keys=True).encode()).hexdigest()[:32]


def declared(knowledge: Knowledge | None) -> dict[str, Seat]:
    """The contests with a declared winner, by `contest_key`."""
    if knowledge is None:
        return {}
    return {contest_key(s): s for s in knowledge.seats if s.get("winner") is not None}


def changed_contests(before: Knowledge | None, after: Knowledge) -> list[Seat]:
    """Contests declared in `after` that were not in `before`, or whose facts changed, in the knowledge
    base's order."""
    old = declared(before)
    return [seat for key, seat in declared(after).items()
            if key not in old or contest_facts(old[key]) != contest_facts(seat)]


def feed_lease(url: str) -> str:
    """The name of the lease on polling the feed at `url`."""
    return f"feed:{url}"


@dataclass(slots=True)
class DuePoll:
    report: PollReport
    guilds: frozenset[int]


class LinkService:
    """Pages by address and feed polls, written through the knowledge service."""

    def __init__(self, service: KnowledgeService, state: BotState, fetcher: Fetcher | None = None,
                 leases: Leases | None = None) -> None:
        self.service = service
        self.subscriptions = Subscriptions(state)
        self.ledger = ResultsLedger(state)
        self.leases = leases or Leases(state, FEED_LEASE_SECONDS)
        self.feed_state = FeedState(service.settings.state_db)
        self._fetcher = fetcher
        self._own_fetcher = fetcher is None

    async def start(self) -> None:
        if self._fetcher is None:
            self._fetcher = await Fetcher().__aenter__()

    async def close(self) -> None:
        await asyncio.to_thread(self.leases.release)
        if self._own_fetcher and self._fetcher is not None:
            await self._fetcher.__aexit__(None, None, None)
            self._fetcher = None
        self.feed_state.close()

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            raise RuntimeError("LinkService.start() first")
        return self._fetcher

    def scope(self, guild_id: int) -> str:
        """The feed-state scope of a server: its own database."""
        return scope_of(self.service.guild(guild_id).db)

    async def add_page(self, guild_id: int, url: str) -> PagesReport:
        """Fetch and read one page into the server's knowledge; its failure is in the report's `unreadable`."""
        parse_address(url)  # FetchError for text that is not a web address
        read = await read_urls([url], self.fetcher)
        return await self._store(read.reads, read.failures, guild_id)

    async def _store(self, reads: list[PageRead], failures: list[Unreadable], guild_id: int) -> PagesReport:
        if not reads:
            return PagesReport(IngestReport(unreadable=list(failures)))
        return await self.service.apply_to_guild(guild_id, lambda db: store_pages(db, reads, failures))

    async def poll(self, url: str, guild_id: int) -> PollReport:
        """Poll one feed now for one server: its new items go into that server's knowledge."""
        async def store(reads: list[PageRead], failures: list[Unreadable]) -> PagesReport:
            return await self._store(reads, failures, guild_id)

        return await poll_feed(url, self.service.guild(guild_id).db, self.fetcher, self.feed_state, store=store)

    async def poll_leased(self, url: str, guild_id: int, now: float | None = None) -> PollReport | None:
        """Poll one feed now for one server (a feed just followed) under the feed's lease, like every
        round; None when another process holds it: that process reads the feed for this server at its
        next round, since the server has never had it polled."""
        claimed_at = time.time() if now is None else now
        if not await asyncio.to_thread(self.leases.claim, [feed_lease(url)], claimed_at):
            return None
        return await self.poll(url, guild_id)

    async def poll_due(self, now: float | None = None) -> list[DuePoll]:
        """Poll every followed feed whose next poll is due for a server, one after the other; only the
        feeds whose lease this process holds (those another process holds are its to poll)."""
        moment = time.time() if now is None else now
        polls = []
        for url, guilds in (await asyncio.to_thread(self.subscriptions.followers)).items():
            # Claimed (or renewed) as the round reaches it, so a long round keeps what it holds.
            claimed_at = time.time() if now is None else moment
            if not await asyncio.to_thread(self.leases.claim, [feed_lease(url)], claimed_at):
                continue  # another process polls it
            for guild_id in sorted(guilds):
                check = await asyncio.to_thread(self.feed_state.check, self.scope(guild_id), url)
                if check.next_poll_at > moment:
                    continue
                report = await self.poll(url, guild_id)
                if report.error:
                    log.warning("Feed %s not polled for server %s: %s", url, guild_id, report.error)
                polls.append(DuePoll(report, frozenset({guild_id})))
        return polls

    def forget_if_unfollowed(self, url: str, guild_id: int) -> None:
        """Forget what was read of `url` for a server that no longer follows it."""
        if guild_id not in self.subscriptions.followers().get(url, frozenset()):
            self.feed_state.forget(self.scope(guild_id), url)
