"""This server's settings: /settings admin-role, /settings answer-channel, /settings show (admins).

Everything is stored in the state database keyed by the server's id (`handlers.app.state`), never in
process memory: every shard and process reads the same settings, and they survive a restart. The
admin check reads the admin role from there when a command runs (`checks.admin_only`), and the
questions cog reads the answer channels when a message comes.
"""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from handlers.app.state import GuildSettings
from handlers.discord_ui.cogs.checks import ADMIN_PERMISSIONS, admin_command, manages_server
from handlers.discord_ui.cogs.common import send_ephemeral
from handlers.discord_ui.embeds import message_embed

if TYPE_CHECKING:
    from handlers.discord_ui.client import ElectionBot

MAX_ANSWER_CHANNELS = 25
NO_CONTENT = ("The bot's operator has not turned on reading messages (DISCORD_MESSAGE_CONTENT and the Message "
              "Content intent), so until they do only questions that mention the bot are answered there.")


def refused(text: str) -> discord.Embed:
    return message_embed("Not changed", text, error=True)


def role_text(guild: discord.Guild | None, role_id: int | None) -> str:
    if role_id is None:
        return "none (only members with Manage Server)"
    if guild is not None and guild.get_role(role_id) is None:
        return f"a role that no longer exists ({role_id}); set another or clear it"
    return f"<@&{role_id}>"


def channel_text(guild: discord.Guild | None, channel_id: int) -> str:
    if guild is not None and guild.get_channel(channel_id) is None:
        return f"a channel that no longer exists ({channel_id})"
    return f"<#{channel_id}>"


def settings_embed(guild: discord.Guild | None, settings: GuildSettings, reads_messages: bool) -> discord.Embed:
    channels = ", ".join(channel_text(guild, c) for c in sorted(settings.answer_channel_ids))
    lines = [f"**Admin role:** {role_text(guild, settings.admin_role_id)}",
             f"**Answer channels** (questions without a mention): {channels or 'none'}",
             "**Results channel:** " + (channel_text(guild, settings.results_channel_id)
                                        if settings.results_channel_id else "none (set it with /results channel)")]
    if settings.answer_channel_ids and not reads_messages:
        lines.append(NO_CONTENT)
    return message_embed("This server's settings", "\n".join(lines))


class ServerSettings(commands.Cog):
    """Who may use the admin commands, and where the bot answers without a mention, per server."""

    group = app_commands.Group(name="settings", description="This server's settings for the bot (admins)",
                               default_permissions=ADMIN_PERMISSIONS, guild_only=True)

    def __init__(self, bot: ElectionBot) -> None:
        self.bot = bot

    @property
    def reads_messages(self) -> bool:
        return self.bot.intents.message_content

    @group.command(name="admin-role")
    @admin_command()
    async def admin_role(self, interaction: discord.Interaction, role: discord.Role | None = None) -> None:
        """Choose a role that may use the admin commands; empty clears it (Manage Server only)

        Args:
            role: The role (leave empty: only members with Manage Server)
        """
        # A role that may choose the admin role could hand itself on to anyone: only Manage Server may.
        if not manages_server(interaction):
            await send_ephemeral(interaction, refused("Only members with the Manage Server permission can "
                                                      "choose the admin role."))
            return
        if role is not None and role.is_default():
            await send_ephemeral(interaction, refused("@everyone cannot be the admin role: everyone could then "
                                                      "reload, add articles and change these settings."))
            return
        guild_id = interaction.guild_id or 0
        await asyncio.to_thread(self.bot.state.set_admin_role, guild_id, role.id if role else None)
        text = (f"Members with {role.mention} can now use the admin commands, as can those with Manage Server."
                if role else "The admin role is cleared: only members with Manage Server can use the admin commands.")
        await send_ephemeral(interaction, message_embed("Admin role", text))

    @group.command(name="answer-channel")
    @admin_command()
    async def answer_channel(self, interaction: discord.Interaction, channel: discord.TextChannel,
                             enabled: bool = True) -> None:
        """Answer every message in a channel as a question, without a mention, or stop (admins)

        Args:
            channel: The channel
            enabled: True: answer every message there; False: only messages that mention the bot
        """
        guild_id = interaction.guild_id or 0
        if enabled:
            current = await asyncio.to_thread(self.bot.state.guild, guild_id)
            if channel.id not in current.answer_channel_ids and len(current.answer_channel_ids) >= MAX_ANSWER_CHANNELS:
                await send_ephemeral(interaction, refused(f"This server already has {MAX_ANSWER_CHANNELS} answer "
                                                          "channels, the most it can; turn one off first."))
                return
        await asyncio.to_thread(self.bot.state.set_answer_channel, guild_id, channel.id, enabled)
        if enabled:
            text = f"Every message in {channel.mention} is now answered as a question, without a mention."
            if not self.reads_messages:
                text += "\n" + NO_CONTENT
        else:
            text = f"In {channel.mention} only messages that mention the bot are answered now."
        await send_ephemeral(interaction, message_embed("Answer channel", text))

    @group.command(name="show")
    @admin_command()
    async def show(self, interaction: discord.Interaction) -> None:
        """This server's admin role, answer channels and results channel (admins)"""
        settings = await asyncio.to_thread(self.bot.state.guild, interaction.guild_id or 0)
        await send_ephemeral(interaction, settings_embed(interaction.guild, settings, self.reads_messages))


async def setup(bot: ElectionBot) -> None:
    await bot.add_cog(ServerSettings(bot))
