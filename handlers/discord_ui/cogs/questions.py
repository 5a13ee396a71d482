"""Questions asked in channels: "@bot who won Ashfield?" gets a reply to that message.

Mentions need no privileged intent: Discord sends the content of messages that mention the bot.
A server's answer channels (`/settings answer-channel`, in the state database) are answered without a
mention; that needs the Message Content intent, which the bot asks for only when the operator sets
DISCORD_MESSAGE_CONTENT=1 (enable it in the Developer Portal too, Bot → Privileged Gateway Intents,
or the bot cannot log in). Without it Discord sends such messages with no content and they are ignored.

Messages from bots (including this one) are ignored, and messages that invoke one of the owner's
prefix commands (`@bot sync`) are left to those commands.
"""
from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from handlers.discord_ui.cogs.common import NO_MENTIONS, answer_reply
from handlers.discord_ui.embeds import message_embed
from handlers.discord_ui.pages import PagesView

if TYPE_CHECKING:
    from handlers.discord_ui.client import ElectionBot

log = logging.getLogger(__name__)
MAX_QUESTION = 500


def mention_pattern(user_id: int) -> re.Pattern[str]:
    return re.compile(rf"<@!?{user_id}>")


def question_from(content: str, user_id: int) -> str | None:
    """The question in a message that mentions the bot (mentions stripped), or None without a mention."""
    pattern = mention_pattern(user_id)
    if not pattern.search(content):
        return None
    return " ".join(pattern.sub(" ", content).split())[:MAX_QUESTION]


class Questions(commands.Cog):
    """Answering questions in channels."""

    def __init__(self, bot: ElectionBot) -> None:
        self.bot = bot
        # Replies in one channel go out in the order the questions came; channels don't wait on each other.
        self.channel_locks: dict[int, asyncio.Lock] = {}

    def question_in(self, message: discord.Message) -> tuple[str, bool] | None:
        """The question in `message` and whether it is asked only by being in an answer channel (no
        mention), or None when the bot should stay quiet whatever the channel."""
        me = self.bot.user
        if me is None or message.author.bot or message.webhook_id is not None:
            return None
        question = question_from(message.content, me.id)
        if question is not None:
            return question, False
        text = " ".join(message.content.split())[:MAX_QUESTION]
        if not text or message.guild is None:
            return None
        return text, True

    async def in_answer_channel(self, message: discord.Message) -> bool:
        """Is the message's channel one of its server's answer channels (read from the state database)?"""
        guild = message.guild
        return guild is not None and await asyncio.to_thread(self.bot.state.is_answer_channel, guild.id,
                                                             message.channel.id)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        found = self.question_in(message)
        if found is None:
            return
        question, needs_answer_channel = found
        lock = self.channel_locks.setdefault(message.channel.id, asyncio.Lock())
        async with lock:  # taken before any await, so the lock's queue keeps arrival order
            if needs_answer_channel and not await self.in_answer_channel(message):
                return
            await self._answer(message, question)

    async def _answer(self, message: discord.Message, question: str) -> None:
        context = await self.bot.get_context(message)
        if context.command is not None:
            return  # an owner's prefix command; commands.Bot runs it
        try:
            reply = await answer_reply(self.bot.service,
                                       lambda engine: engine.ask(question) if question else engine.help(),
                                       message.guild.id if message.guild else None)
        except Exception:  # noqa: BLE001 - say so rather than stay silent
            log.exception("Could not answer a question in channel %s", message.channel.id)
            await self._reply(message, message_embed("Something went wrong", "I couldn't answer that; the error "
                                                     "has been logged.", error=True))
            return
        await self._reply(message, reply.embed, reply.file(), reply.view(message.author.id))

    async def _reply(self, message: discord.Message, embed: discord.Embed, file: discord.File | None = None,
                     view: PagesView | None = None) -> None:
        kwargs: dict = {"embed": embed, "mention_author": False, "allowed_mentions": NO_MENTIONS}
        if file is not None:
            kwargs["file"] = file
        if view is not None:
            kwargs["view"] = view
        try:
            sent = await message.reply(**kwargs)
            if view is not None:
                view.bind(sent.edit)
        except discord.HTTPException as error:
            log.warning("Could not reply in channel %s: %s %s", message.channel.id, error.status, error.text)


async def setup(bot: ElectionBot) -> None:
    await bot.add_cog(Questions(bot))
