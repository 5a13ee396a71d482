"""Turning an `Answer` into a Discord reply, and sending it without ever pinging anyone.

Every engine call and chart runs in a worker thread. An interaction is answered directly when the
answer is ready within `DEFER_AFTER` seconds; otherwise it is deferred ("thinking…") first, so
Discord always hears back within its 3 second limit. An answer longer than one embed page is sent
with buttons that turn its pages (`handlers.discord_ui.pages`).
"""
from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import discord
from discord import app_commands

from handlers.answers.answer import Answer
from handlers.app.service import EngineLike, KnowledgeService
from handlers.app.state import BotState, RateLimit
from handlers.discord_ui.chart import render_result_chart
from handlers.discord_ui.embeds import CHART_FILENAME, answer_pages, clip, message_embed
from handlers.discord_ui.pages import PagesView
from knowledge.records import Seat

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
DEFER_AFTER = 1.5  # seconds; Discord wants the first response within 3
MAX_CHOICES = 25
MAX_CHOICE_LENGTH = 100


@dataclass(slots=True)
class Reply:
    """A ready-to-send reply: an embed (the first of its `pages`), maybe a chart, and whether only the
    asker should see it."""

    embed: discord.Embed
    chart: bytes | None = None
    ephemeral: bool = False
    pages: list[discord.Embed] = field(default_factory=list)

    def file(self) -> discord.File | None:
        return discord.File(io.BytesIO(self.chart), filename=CHART_FILENAME) if self.chart else None

    def view(self, asker_id: int) -> PagesView | None:
        """Page buttons for `asker_id` when the reply has more than one page."""
        return PagesView(self.pages, asker_id) if len(self.pages) > 1 else None


def wants_chart(answer: Answer) -> bool:
    """A chart goes with an answer about one seat that has candidates with votes."""
    seat = answer.seat
    return seat is not None and any(c.votes is not None for c in seat.candidates)


async def build_reply(answer: Answer, previous: Seat | None = None) -> Reply:
    """The pages for `answer`, with the seat's chart rendered off the event loop when there is one;
    `previous` is the seat's contest before, for the outcome and the chart."""
    chart = None
    if wants_chart(answer) and answer.seat is not None:
        try:
            chart = await asyncio.to_thread(render_result_chart, answer.seat, previous)
        except Exception:  # noqa: BLE001 - an answer without its chart is still an answer
            log.exception("Could not draw the chart for %s", answer.seat.constituency)
    pages = answer_pages(answer, chart=chart is not None, previous=previous)
    return Reply(pages[0], chart, ephemeral=not answer.answered, pages=pages)


def with_previous(engine: EngineLike, answer: Answer) -> tuple[Answer, Seat | None]:
    """The answer and, for an answer about one seat, that seat's previous contest on record."""
    return answer, engine.previous_contest(answer.seat) if answer.seat is not None else None


async def answer_reply(service: KnowledgeService, call: Callable[[EngineLike], Answer],
                       guild_id: int | None = None) -> Reply:
    """The reply to `call(engine)` on server `guild_id`'s engine (None: a DM, the global knowledge)."""
    answer, previous = await service.ask(lambda engine: with_previous(engine, call(engine)), guild_id)
    return await build_reply(answer, previous)


async def send_interaction_reply(interaction: discord.Interaction, reply: Reply) -> None:
    """Send `reply` as the interaction's response, or as a followup once it has been deferred."""
    file = reply.file()
    kwargs: dict = {"embed": reply.embed, "ephemeral": reply.ephemeral, "allowed_mentions": NO_MENTIONS}
    if file is not None:
        kwargs["file"] = file
    view = reply.view(interaction.user.id)
    if view is not None:
        kwargs["view"] = view
    if interaction.response.is_done():
        sent = await interaction.followup.send(**kwargs, wait=True)
        if view is not None:
            view.bind(sent.edit)
    else:
        await interaction.response.send_message(**kwargs)
        if view is not None:
            view.bind(interaction.edit_original_response)


async def respond(interaction: discord.Interaction, service: KnowledgeService,
                  call: Callable[[EngineLike], Answer]) -> None:
    """Answer a slash command with `call(engine)` from the knowledge of the server it was used in (in a
    DM, the global knowledge), deferring first when the answer is slow.

    A deferred response is public, so a slow refusal is public too (Discord makes the first followup
    take the deferral's visibility); fast refusals, the usual case, are ephemeral.
    """
    await respond_with(interaction, answer_reply(service, call, interaction.guild_id))


async def respond_with(interaction: discord.Interaction, making: Awaitable[Reply]) -> None:
    """Send the reply `making` builds, deferring first when it takes longer than `DEFER_AFTER`."""
    task = asyncio.ensure_future(making)
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER)
    if not done:
        await interaction.response.defer(thinking=True)
    await send_interaction_reply(interaction, await task)


def as_choices(names: list[str]) -> list[app_commands.Choice[str]]:
    """At most 25 distinct autocomplete choices, names and values within 100 characters."""
    choices: list[app_commands.Choice[str]] = []
    seen: set[str] = set()
    for name in names:
        value = clip(" ".join(name.split()), MAX_CHOICE_LENGTH)
        if not value or value in seen:
            continue
        seen.add(value)
        choices.append(app_commands.Choice(name=value, value=value))
        if len(choices) == MAX_CHOICES:
            break
    return choices


async def send_ephemeral(interaction: discord.Interaction, embed: discord.Embed) -> None:
    """An ephemeral message whether or not the interaction has been responded to yet."""
    if interaction.response.is_done():
        await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def within_limit(interaction: discord.Interaction, state: BotState, action: str, limit: RateLimit,
                       done: str, title: str = "Not now") -> bool:
    """True when the server may do `action` now (counted in the state database, so across shards and
    restarts); otherwise the refusal is sent (ephemerally) and False returned. `done` says what the
    server has done so often ("added links")."""
    wait = await asyncio.to_thread(state.take, interaction.guild_id or 0, action, limit)
    if wait is None:
        return True
    await send_ephemeral(interaction, message_embed(
        title, f"This server has {done} {limit.count} times in the last {limit.seconds / 60:g} minutes; "
        f"try again in {max(1, round(wait))} s.", error=True))
    return False
