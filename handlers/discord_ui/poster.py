"""The results channel poster: each declared contest is posted once to each server's results channel,
and that message is edited when the contest's facts change (a margin, the votes, a recount, a winner
corrected). A contest whose facts did not change causes nothing.

The knowledge service tells `ResultsPoster.listener` of every swap. What the swap declares or changes
is written to the outbox in the state database (`handlers.app.declarations.Outbox`) before anything is
sent, so a restart sends what was queued and not sent. One worker sends everything in the order of
`SendSchedule`, inside its `Throttle` (edits count like posts; discord.py still honours any 429).

A send that fails for a while (5xx, 429 after discord.py's own retries, a dropped connection) is tried
again with back-off, `max_attempts` times in all; one that cannot succeed (403 Missing Access, 404
channel gone) is logged and dropped, with the rest of that channel's queue, and never stops other channels.
Every message is sent with a nonce Discord enforces, so a post that succeeded just before a crash is
not posted twice when the item is sent again.

When a server's admins choose another results channel, `switch` sends what still waits for the old
one to the new one (each item once: the outbox row and the scheduled item are moved, not copied);
when they stop posting, it is dropped. A change made by another process is seen when an item's turn
comes (`_deliver` reads the server's channel then), so it is moved or dropped all the same.

With several processes on one state database, each schedules every waiting item, but only the one
that claims an item's row sends it (`Outbox.claim`); the others wait until that claim would expire
and then find the item gone (sent), or take it over (its sender crashed). So a declaration is sent
once however many processes restart together.
"""
from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import aiohttp
import discord

from handlers.app.declarations import (
    ClaimedElsewhere,
    Outbox,
    OutboxItem,
    SendSchedule,
    Throttle,
    queue_declarations,
)
from handlers.app.links import ResultsLedger, contest_facts
from handlers.discord_ui.cogs.common import NO_MENTIONS, Reply, build_reply, with_previous
from knowledge.store.database import Knowledge

if TYPE_CHECKING:
    from handlers.discord_ui.client import ElectionBot

log = logging.getLogger(__name__)
UNKNOWN_MESSAGE = 10008  # Discord's error code for a message that was deleted


class Outcome(enum.Enum):
    SENT = "sent"
    SKIPPED = "skipped"  # nothing to send: unchanged, no longer declared, or the server stopped posting
    RETRY = "retry"
    DROPPED = "dropped"  # this item cannot be sent
    CHANNEL_CLOSED = "channel closed"  # nothing can be sent to this channel


class ResultsPoster:
    """The durable, throttled queue of declarations for every server's results channel."""

    def __init__(self, bot: ElectionBot, ledger: ResultsLedger, outbox: Outbox, *,
                 throttle: Throttle | None = None, retry_seconds: float = 2.0, max_attempts: int = 5) -> None:
        self.bot = bot
        self.ledger = ledger
        self.outbox = outbox
        self.schedule = SendSchedule(throttle or Throttle())
        self.elsewhere = ClaimedElsewhere()
        self.retry_seconds = retry_seconds  # the first back-off; it doubles with each failure
        self.max_attempts = max_attempts
        self.clock: Callable[[], float] = time.time  # wall-clock: claims are compared between processes
        self.changes: asyncio.Queue[tuple[Knowledge, Knowledge, frozenset[int] | None]] = asyncio.Queue()
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task] = []

    def listener(self, before: Knowledge | None, after: Knowledge, guilds: frozenset[int] | None) -> None:
        """Called by the knowledge service on the event loop at every swap; the work is done by `run`."""
        if before is not None:  # the first load is the knowledge the bot starts with, not news
            self.changes.put_nowait((before, after, guilds))

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self.run(), name="results-poster")]

    async def stop(self) -> None:
        """Stop sending, and give up this process's claims so another process sends those items now."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        await asyncio.to_thread(self.outbox.release_all)

    def wake(self) -> None:
        """Look at the schedule now (after the clock was moved on, say) rather than when it next falls due."""
        self._wake.set()

    async def run(self) -> None:
        """Send what the outbox kept from before a restart, then what each swap brings."""
        for item in await asyncio.to_thread(self.outbox.pending):
            self.schedule.add(item)
        intake = asyncio.create_task(self._intake(), name="results-intake")
        self._tasks.append(intake)
        await self.bot.wait_until_ready()
        while True:
            now = self.clock()
            for item in self.elsewhere.due(now):
                self.schedule.add(item)
            step = self.schedule.next(now)
            if isinstance(step, OutboxItem):
                await self._attempt(step)
                continue
            waits = [wait for wait in (step, self.elsewhere.wait(now)) if wait is not None]
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), min(waits, default=None))
            self._wake.clear()

    async def switch(self, guild_id: int, channel_id: int | None) -> list[OutboxItem]:
        """The server's declarations still waiting go to `channel_id` instead (None: they are dropped);
        the items moved or dropped. Called after the server's setting was changed."""
        if channel_id is None:
            items = await asyncio.to_thread(self.outbox.drop_guild, guild_id)
            self.schedule.take_guild(guild_id)
            return items
        items = await asyncio.to_thread(self.outbox.retarget, guild_id, channel_id)
        self._requeue(self.schedule.take_guild(guild_id), channel_id)
        return items

    def _requeue(self, items: list[OutboxItem], channel_id: int) -> None:
        """Schedule `items` (in the order queued) for `channel_id`: those moved from another channel
        afresh (a back-off earned there does not apply), those already for it as they were."""
        for item in items:
            if item.channel_id != channel_id:
                item.channel_id, item.attempts, item.due_at = channel_id, 0, 0.0
            self.schedule.add(item)
        if items:
            self._wake.set()

    async def _intake(self) -> None:
        while True:
            before, after, guilds = await self.changes.get()
            try:
                items = await asyncio.to_thread(queue_declarations, self.ledger, self.outbox, before, after, guilds)
            except Exception:  # noqa: BLE001 - the poster keeps going whatever one change does
                log.exception("Could not queue the declarations of a change")
                continue
            for item in items:
                self.schedule.add(item)
            if items:
                self._wake.set()

    async def _claimed(self, item: OutboxItem) -> bool:
        """Claim `item` for this process; when another process sends it (or sent it), it is taken out
        of the schedule (set aside until that claim expires, or forgotten) and False returned."""
        now = self.clock()
        claim = await asyncio.to_thread(self.outbox.claim, item, now)
        if claim is not None and claim.ours:
            item.attempts = max(item.attempts, claim.attempts)
            return True
        self.schedule.done(item, now, requested=False)
        if claim is not None:
            log.info("%s for results channel %s is being sent by another process; looking again in %.0f s",
                     item.constituency, item.channel_id, claim.until - now)
            self.elsewhere.hold(item, claim.until)
        return False

    async def _attempt(self, item: OutboxItem) -> None:
        if not await self._claimed(item):
            return
        revision = await asyncio.to_thread(self.outbox.revision, item)
        channel = await asyncio.to_thread(self.ledger.results_channel, item.guild_id)
        if channel is not None and channel != item.channel_id:  # changed (maybe by another process)
            self.schedule.done(item, self.clock(), requested=False)
            await asyncio.to_thread(self.outbox.release, item)
            await asyncio.to_thread(self.outbox.retarget, item.guild_id, channel)
            self._requeue(sorted([item, *self.schedule.take_guild(item.guild_id)], key=lambda i: i.id), channel)
            return
        try:
            outcome = await self._deliver(item, channel)
        except Exception:  # noqa: BLE001 - one item never stops the others
            log.exception("Could not send %s to results channel %s", item.constituency, item.channel_id)
            outcome = Outcome.DROPPED
        now = self.clock()
        if outcome is Outcome.RETRY and item.attempts + 1 < self.max_attempts:
            item.attempts += 1
            self.schedule.retry_at(item, now + self.retry_seconds * 2 ** (item.attempts - 1), now)
            await asyncio.to_thread(self.outbox.failed, item)
            return
        if outcome is Outcome.RETRY:
            log.warning("Gave up sending %s to results channel %s after %d attempts",
                        item.constituency, item.channel_id, self.max_attempts)
        done = self.schedule.done(item, now, requested=outcome is not Outcome.SKIPPED,
                                  drop_channel=outcome is Outcome.CHANNEL_CLOSED)
        if outcome in (Outcome.SENT, Outcome.SKIPPED):
            if not await asyncio.to_thread(self.outbox.sent, item, revision):
                self.schedule.add(item)  # its contest changed while it was being sent: send it again
            return
        if len(done) > 1:
            log.warning("Dropped %d declarations for results channel %s", len(done), item.channel_id)
        await asyncio.to_thread(self.outbox.remove, done)

    async def _deliver(self, item: OutboxItem, channel: int | None) -> Outcome:
        """Post or edit `item`'s contest as the server's engine now knows it, in the server's results
        `channel` (None: the server stopped posting)."""
        if channel is None:
            return Outcome.SKIPPED
        answer, previous = await self.bot.service.ask(
            lambda engine: with_previous(engine, engine.result(item.constituency, item.election)), item.guild_id)
        if answer.seat is None or answer.seat.get("winner") is None:
            return Outcome.SKIPPED  # no longer declared (its source was removed)
        facts = contest_facts(answer.seat)
        posted = await asyncio.to_thread(self.ledger.posted, item.guild_id, item.contest)
        if posted is not None and (posted.message_id is None or posted.facts == facts):
            return Outcome.SKIPPED
        reply = await build_reply(answer, previous)
        edit = posted.message_id if posted is not None and posted.channel_id == item.channel_id else None
        try:
            message_id = await self._send(item, reply, edit)
        except discord.HTTPException as error:
            return self._failure(item, error)
        except (aiohttp.ClientError, OSError, TimeoutError) as error:
            log.warning("Results channel %s unreachable for now: %s", item.channel_id, error)
            return Outcome.RETRY
        await asyncio.to_thread(self.ledger.record, item.guild_id, item.contest, item.channel_id, message_id, facts)
        return Outcome.SENT

    async def _send(self, item: OutboxItem, reply: Reply, edit: int | None) -> int:
        """Edit message `edit` (posting anew when it was deleted), or post; the message's id."""
        channel = self.bot.get_partial_messageable(item.channel_id)
        file = reply.file()
        if edit is not None:
            try:
                await channel.get_partial_message(edit).edit(
                    embed=reply.embed, attachments=[file] if file else [], allowed_mentions=NO_MENTIONS)
                return edit
            except discord.NotFound as error:
                if error.code != UNKNOWN_MESSAGE:
                    raise
                file = reply.file()  # the first was read by the failed request
        sent = await channel.send(embed=reply.embed, allowed_mentions=NO_MENTIONS, nonce=f"result-{item.id}",
                                  **({"file": file} if file else {}))
        return sent.id

    @staticmethod
    def _failure(item: OutboxItem, error: discord.HTTPException) -> Outcome:
        where = f"results channel {item.channel_id} (server {item.guild_id})"
        if error.status == 429 or error.status >= 500:
            log.warning("Could not send %s to %s, will retry: %s %s", item.constituency, where, error.status, error.text)
            return Outcome.RETRY
        log.warning("Could not send %s to %s: %s %s", item.constituency, where, error.status, error.text)
        if isinstance(error, discord.Forbidden | discord.NotFound):
            return Outcome.CHANNEL_CLOSED
        return Outcome.DROPPED
