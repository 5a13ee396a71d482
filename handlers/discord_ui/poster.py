"""The results channel poster: each newly declared contest goes to each server's results channel once.

The knowledge service tells `ResultsPoster.listener` of every swap; the contests declared in the new
knowledge and not in the old are queued with the servers whose links brought them (every server
with a results channel, for a reload or an import). One worker sends everything, spacing messages
`global_gap` seconds apart and `channel_gap` apart in one channel, so a burst of declarations across
many servers stays inside Discord's rate limits (discord.py still honours any 429 it gets).

A contest is claimed in the ledger before it is sent: it is never posted twice, even if it gains
facts later or the bot restarts; a send that fails is logged, not retried. A change that declares
more than `max_per_change` contests (an import of a whole election) posts that many and one line for the rest.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import TYPE_CHECKING

import discord

from handlers.app.links import ResultsLedger, newly_declared
from handlers.discord_ui.cogs.common import NO_MENTIONS, answer_reply
from handlers.discord_ui.embeds import message_embed
from knowledge.records import Seat
from knowledge.store.database import Knowledge

if TYPE_CHECKING:
    from handlers.discord_ui.client import ElectionBot

log = logging.getLogger(__name__)


class ResultsPoster:
    """One throttled queue of declarations for every server's results channel."""

    def __init__(self, bot: ElectionBot, ledger: ResultsLedger, *, global_gap: float = 0.25,
                 channel_gap: float = 1.1, max_per_change: int = 20) -> None:
        self.bot = bot
        self.ledger = ledger
        self.global_gap = global_gap
        self.channel_gap = channel_gap
        self.max_per_change = max_per_change
        self.changes: asyncio.Queue[tuple[list[Seat], frozenset[int] | None]] = asyncio.Queue()
        self._last_send = 0.0
        self._last_in_channel: dict[int, float] = {}
        self._task: asyncio.Task | None = None

    def listener(self, before: Knowledge | None, after: Knowledge, guilds: frozenset[int] | None) -> None:
        """Called by the knowledge service on the event loop at every swap: queue what it declares."""
        if before is None:
            return  # the first load is the knowledge the bot starts with, not news
        seats = newly_declared(before, after)
        if seats:
            self.changes.put_nowait((seats, guilds))

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name="results-poster")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def run(self) -> None:
        while True:
            seats, guilds = await self.changes.get()
            try:
                await self.post(seats, guilds)
            except Exception:  # noqa: BLE001 - the poster keeps going whatever one change does
                log.exception("Could not post %d declarations", len(seats))

    async def post(self, seats: list[Seat], guilds: frozenset[int] | None) -> None:
        channels = await asyncio.to_thread(self.ledger.results_channels, guilds)
        for guild_id, channel_id in channels.items():
            fresh = [seat for seat in seats
                     if await asyncio.to_thread(self.ledger.claim, guild_id, seat, channel_id)]
            for seat in fresh[: self.max_per_change]:
                await self._send_result(guild_id, channel_id, seat)
            if len(fresh) > self.max_per_change:
                rest = len(fresh) - self.max_per_change
                await self._send(channel_id, embed=message_embed(
                    "More declarations", f"{rest} more contests were declared; ask about any of them with /result."))

    async def _send_result(self, guild_id: int, channel_id: int, seat: Seat) -> None:
        reply = await answer_reply(self.bot.service, lambda engine: engine.result(seat.constituency,
                                                                                  seat.election_year), guild_id)
        file = reply.file()
        await self._send(channel_id, embed=reply.embed, **({"file": file} if file else {}))

    async def _send(self, channel_id: int, **message: object) -> None:
        await self._wait_turn(channel_id)
        try:
            await self.bot.get_partial_messageable(channel_id).send(allowed_mentions=NO_MENTIONS, **message)
        except discord.HTTPException as error:
            log.warning("Could not post to results channel %s: %s %s", channel_id, error.status, error.text)

    async def _wait_turn(self, channel_id: int) -> None:
        now = time.monotonic()
        ready = max(self._last_send + self.global_gap, self._last_in_channel.get(channel_id, 0.0) + self.channel_gap)
        if ready > now:
            await asyncio.sleep(ready - now)
        self._last_send = self._last_in_channel[channel_id] = time.monotonic()
