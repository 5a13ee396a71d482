"""Links, feeds and the results channel: /feed add|list|remove, /results channel|off, and pages by address
(/article add url:, see `add_page`). All are for admins (Manage Server, checked again when they run).

A background task polls the followed feeds that are due (conditional requests; a feed that fails or
answers slowly waits longer, see `knowledge.sources.feed_state.next_wait`). Fetching is asynchronous
and reading runs in worker threads, so the event loop never waits on a page. Subscriptions, validators,
seen items and the contests already posted are in the state database, so a restart forgets nothing.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from handlers.app.declarations import Outbox, OutboxItem
from handlers.app.links import LinkService
from handlers.app.state import BotState, RateLimit
from handlers.discord_ui.cogs.checks import ADMIN_PERMISSIONS, admin_only
from handlers.discord_ui.cogs.common import NO_MENTIONS, as_choices, send_ephemeral, within_limit
from handlers.discord_ui.cogs.settings import channel_text
from handlers.discord_ui.embeds import message_embed
from handlers.discord_ui.inert import inert
from handlers.discord_ui.poster import ResultsPoster
from knowledge.sources.fetch import FetchError, parse_address
from knowledge.sources.pages import PagesReport

if TYPE_CHECKING:
    from handlers.discord_ui.client import ElectionBot

log = logging.getLogger(__name__)
Address = app_commands.Range[str, 8, 500]
TICK = 15.0  # seconds between looks for feeds that are due
LINK_LIMIT = RateLimit(count=20, seconds=600)  # pages and feeds a server may add, across restarts and shards
# /feed add when another process of the bot holds the feed's lease (the feed is polled there).
POLLED_ELSEWHERE = ("Another process of the bot polls this feed; it reads the feed's items for this server"
                    " at its next look, within a minute.")


def pages_text(report: PagesReport) -> str:
    if report.pages:
        return report.summary()
    return "\n".join(f"{u.path}: {u.reason}" for u in report.ingest.unreadable) or "Nothing was read."


async def usable_address(interaction: discord.Interaction, url: str) -> bool:
    """True for a web address; otherwise the refusal is sent (ephemerally) and False returned."""
    try:
        parse_address(url)
    except FetchError as error:
        await send_ephemeral(interaction, message_embed("Not added", f"{error}.", error=True))
        return False
    return True


class Feeds(commands.Cog):
    """Pages by address, followed feeds, and the results channel."""

    feed = app_commands.Group(name="feed", description="Follow RSS or Atom feeds of results (admins)",
                              default_permissions=ADMIN_PERMISSIONS, guild_only=True)
    results = app_commands.Group(name="results", description="Where declarations are posted (admins)",
                                 default_permissions=ADMIN_PERMISSIONS, guild_only=True)

    def __init__(self, bot: ElectionBot) -> None:
        self.bot = bot
        state = getattr(bot, "state", None)
        self.state: BotState = state if isinstance(state, BotState) else BotState(bot.settings.state_db)
        self.links = LinkService(bot.service, self.state)
        self.poster = ResultsPoster(bot, self.links.ledger, Outbox(self.state))
        self.tick = TICK
        self.link_limit = LINK_LIMIT
        self._poller: asyncio.Task | None = None
        self._wake = asyncio.Event()

    async def cog_load(self) -> None:
        await self.links.start()
        self.bot.service.listeners.append(self.poster.listener)
        self.poster.start()
        self._poller = asyncio.create_task(self._poll_loop(), name="feed-poller")

    async def cog_unload(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
        with contextlib.suppress(ValueError):
            self.bot.service.listeners.remove(self.poster.listener)
        await self.poster.stop()
        await self.links.close()

    async def _poll_loop(self) -> None:
        await self.bot.wait_until_ready()
        while True:
            try:
                await self.links.poll_due()
            except Exception:  # noqa: BLE001 - one bad round never stops the polling
                log.exception("Polling the feeds failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.tick)
            self._wake.clear()

    def poll_soon(self) -> None:
        """Look for due feeds now rather than at the next tick."""
        self._wake.set()

    async def add_page(self, interaction: discord.Interaction, url: str) -> None:
        """/article add url: fetch, read and add one page, then report (ephemerally)."""
        if not await usable_address(interaction, url) or not await within_limit(
                interaction, self.state, "link", self.link_limit, "added links", "Not added"):
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await self.links.add_page(interaction.guild_id or 0, url.strip())
        title = "Article added" if report.pages else "Not added"
        await interaction.followup.send(embed=message_embed(title, pages_text(report), error=not report.pages),
                                        ephemeral=True, allowed_mentions=NO_MENTIONS)

    @feed.command(name="add", description="Follow a feed: its new items are read as they appear (admins)")
    @app_commands.describe(url="The feed's address (RSS or Atom)")
    @admin_only()
    async def feed_add(self, interaction: discord.Interaction, url: Address) -> None:
        url = url.strip()
        if not await usable_address(interaction, url) or not await within_limit(
                interaction, self.state, "link", self.link_limit, "added links", "Not added"):
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild = interaction.guild_id or 0
        try:
            added = await asyncio.to_thread(self.links.subscriptions.add, guild, url)
        except ValueError as error:
            await send_ephemeral(interaction, message_embed("Not added", f"{error}.", error=True))
            return
        report = await self.links.poll_leased(url, guild)
        if report is not None and report.error and added:
            await asyncio.to_thread(self.links.subscriptions.remove, guild, url)
            self.links.forget_if_unfollowed(url, guild)
            await send_ephemeral(interaction, message_embed("Not added", f"{report.summary()}", error=True))
            return
        title = "Feed added" if added else "Already following this feed"
        text = report.summary() if report is not None else POLLED_ELSEWHERE
        await interaction.followup.send(embed=message_embed(title, text), ephemeral=True, allowed_mentions=NO_MENTIONS)

    @feed.command(name="list", description="The feeds this server follows (admins)")
    @admin_only()
    async def feed_list(self, interaction: discord.Interaction) -> None:
        urls = await asyncio.to_thread(self.links.subscriptions.of_guild, interaction.guild_id or 0)
        text = "\n".join(f"• {url}" for url in urls) or "This server follows no feeds. Add one with /feed add."
        await send_ephemeral(interaction, message_embed("Feeds", text))

    async def followed(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        urls = await asyncio.to_thread(self.links.subscriptions.of_guild, interaction.guild_id or 0)
        return as_choices([url for url in urls if current.lower() in url.lower()])

    @feed.command(name="remove", description="Stop following a feed (admins)")
    @app_commands.describe(url="The feed's address")
    @app_commands.autocomplete(url=followed)
    @admin_only()
    async def feed_remove(self, interaction: discord.Interaction, url: Address) -> None:
        guild = interaction.guild_id or 0
        removed = await asyncio.to_thread(self.links.subscriptions.remove, guild, url.strip())
        if removed:
            self.links.forget_if_unfollowed(url.strip(), guild)
        text = f"No longer following {url}." if removed else f"This server does not follow {url}."
        await send_ephemeral(interaction, message_embed("Feed removed" if removed else "Not removed", text,
                                                        error=not removed))

    @results.command(name="channel", description="Post each newly declared result in a channel (admins)")
    @app_commands.describe(channel="The channel (leave empty to see the current one)")
    @admin_only()
    async def results_channel(self, interaction: discord.Interaction,
                              channel: discord.TextChannel | None = None) -> None:
        guild = interaction.guild_id or 0
        if channel is None:
            settings = await asyncio.to_thread(self.state.guild, guild)
            current = settings.results_channel_id
            waiting = await asyncio.to_thread(self.poster.outbox.of_guild, guild) if current else []
            await send_ephemeral(interaction, message_embed(
                "Results channel", current_text(interaction.guild, current, waiting)))
            return
        previous = (await asyncio.to_thread(self.state.guild, guild)).results_channel_id
        await asyncio.to_thread(self.state.set_results_channel, guild, channel.id)
        moved = await self.poster.switch(guild, channel.id)
        await send_ephemeral(interaction, message_embed(
            "Results channel", switched_text(interaction.guild, channel.id, previous, moved)))

    @results.command(name="off", description="Stop posting declared results (admins)")
    @admin_only()
    async def results_off(self, interaction: discord.Interaction) -> None:
        guild = interaction.guild_id or 0
        previous = (await asyncio.to_thread(self.state.guild, guild)).results_channel_id
        await asyncio.to_thread(self.state.set_results_channel, guild, None)
        dropped = await self.poster.switch(guild, None)
        await send_ephemeral(interaction, message_embed(
            "Results channel", stopped_text(interaction.guild, previous, dropped)))


MAX_LISTED = 10  # declarations named in a reply; the rest are counted


def declarations_text(items: list[OutboxItem]) -> str:
    """'2 declarations: Rushcliffe (2024 general election), Gedling (2024 general election)'."""
    names = [f"{inert(item.constituency)} ({item.election})" for item in items[:MAX_LISTED]]
    more = f" and {len(items) - MAX_LISTED} more" if len(items) > MAX_LISTED else ""
    count = "1 declaration" if len(items) == 1 else f"{len(items)} declarations"
    return f"{count}: {', '.join(names)}{more}"


def posting_text(channel: str) -> str:
    return (f"New declarations from this server's articles, feeds and imports will be posted in {channel};"
            " a result that gains facts is edited, not reposted.")


def current_text(guild: discord.Guild | None, channel_id: int | None, waiting: list[OutboxItem]) -> str:
    """What `/results channel` with no channel says: where results go, and what waits to be sent."""
    if channel_id is None:
        return "No results channel: declarations are not posted. Choose one with /results channel."
    lines = [posting_text(channel_text(guild, channel_id))]
    if waiting:
        lines.append(f"Waiting to be sent: {declarations_text(waiting)}.")
    lines.append("Choose another with /results channel, or stop posting with /results off.")
    return "\n".join(lines)


def switched_text(guild: discord.Guild | None, channel_id: int, previous: int | None,
                  moved: list[OutboxItem]) -> str:
    """The confirmation of a new results channel, with what was waiting for the old one."""
    new = channel_text(guild, channel_id)
    lines = [posting_text(new)]
    if moved:
        old = f" for {channel_text(guild, previous)}" if previous is not None and previous != channel_id else ""
        lines.append(f"Still waiting{old}, now to be sent in {new} instead: {declarations_text(moved)}.")
    return "\n".join(lines)


def stopped_text(guild: discord.Guild | None, previous: int | None, dropped: list[OutboxItem]) -> str:
    """The confirmation of `/results off`: what was dropped."""
    if previous is None and not dropped:
        return "Results were not being posted in a channel; nothing changed."
    where = f" (they went to {channel_text(guild, previous)})" if previous is not None else ""
    lines = [f"Results are no longer posted in a channel{where}. Choose one again with /results channel."]
    lines.append(f"Dropped, never to be sent: {declarations_text(dropped)}." if dropped
                 else "Nothing was waiting to be sent, so nothing is dropped.")
    return "\n".join(lines)


async def setup(bot: ElectionBot) -> None:
    await bot.add_cog(Feeds(bot))
