"""Admin commands: /reload, /article add, and the owner's `@bot sync [guild|global]`.

/reload and /article add are `admin_command`s: Manage Server is their default permission, and it
is checked again when they run (see `checks`). Both defer ephemerally first: reading the articles can take longer
than Discord's 3 seconds, and questions keep being answered from the old knowledge meanwhile.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from handlers.app.service import ReloadReport, safe_article_name
from handlers.discord_ui.cogs.checks import ADMIN_PERMISSIONS, admin_command
from handlers.discord_ui.cogs.common import NO_MENTIONS, send_ephemeral
from handlers.discord_ui.embeds import message_embed

if TYPE_CHECKING:
    from handlers.discord_ui.client import ElectionBot

log = logging.getLogger(__name__)


def report_embed(report: ReloadReport) -> discord.Embed:
    title = "Knowledge reloaded" if report.ok else "Reload failed"
    return message_embed(title, report.text(), error=not report.ok)


def refusal(text: str) -> discord.Embed:
    return message_embed("Not added", text, error=True)


class Admin(commands.Cog):
    """Keeping the knowledge base up to date, and registering the commands."""

    article = app_commands.Group(name="article", description="Manage the news articles the bot reads (admins)",
                                 default_permissions=ADMIN_PERMISSIONS, guild_only=True)

    def __init__(self, bot: ElectionBot) -> None:
        self.bot = bot

    @app_commands.command(name="reload")
    @admin_command()
    async def reload(self, interaction: discord.Interaction) -> None:
        """Re-read the knowledge folder (admins)"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await self.bot.service.reload()
        await interaction.followup.send(embed=report_embed(report), ephemeral=True, allowed_mentions=NO_MENTIONS)

    @article.command(name="add")
    @admin_command()
    async def article_add(self, interaction: discord.Interaction, file: discord.Attachment | None = None,
                          url: app_commands.Range[str, 8, 500] | None = None) -> None:
        """Add a news article (a .txt file or a page's address) (admins)

        Args:
            file: The article as a UTF-8 .txt file
            url: The address of the article's web page
        """
        if (file is None) == (url is None):
            await send_ephemeral(interaction, refusal("Give either a file or a url, not both."))
            return
        if url is not None:
            await self.bot.get_cog("Feeds").add_page(interaction, url)  # type: ignore[union-attr]
            return
        limit = self.bot.settings.max_attachment_bytes
        if file.size > limit:
            await send_ephemeral(interaction, refusal(f"The file is too large ({file.size:,} bytes; "
                                                      f"the limit is {limit:,})."))
            return
        try:
            safe_article_name(file.filename)
        except ValueError as error:
            await send_ephemeral(interaction, refusal(f"{error}."))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            data = await file.read()
        except discord.HTTPException as error:
            await send_ephemeral(interaction, refusal(f"Could not download the file (HTTP {error.status})."))
            return
        try:
            report = await self.bot.service.add_article(file.filename, data)
        except ValueError as error:
            await send_ephemeral(interaction, refusal(f"{error}."))
            return
        await interaction.followup.send(embed=report_embed(report), ephemeral=True, allowed_mentions=NO_MENTIONS)

    @commands.command(name="sync", hidden=True)
    @commands.is_owner()
    @commands.guild_only()
    async def sync(self, ctx: commands.Context, scope: str = "guild") -> None:
        """`@bot sync` registers the commands in this server (instant); `@bot sync global` everywhere."""
        if scope not in ("guild", "global"):
            await ctx.reply("Use `sync` (this server) or `sync global`.", allowed_mentions=NO_MENTIONS)
            return
        guild_id = ctx.guild.id if scope == "guild" and ctx.guild else None
        synced = await self.bot.sync_app_commands(guild_id)
        where = "globally (may take up to an hour to show)" if guild_id is None else "in this server"
        await ctx.reply(f"Synced {len(synced)} commands {where}.", allowed_mentions=NO_MENTIONS)


async def setup(bot: ElectionBot) -> None:
    await bot.add_cog(Admin(bot))
