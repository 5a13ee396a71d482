"""Admin commands: /reload, /article add, list, remove and promote, and the owner's `@bot sync [guild|global]`.

/reload and /article add are `admin_command`s: Manage Server is their default permission, and it
is checked again when they run (see `checks`). They act on the server's own knowledge only (its
folder and database); `/reload scope:global` (the operator's folder) and `/article promote` (a
server's article made global) are the bot owner's alone, checked with `bot.is_owner`. Uploads and
reloads are rate-limited per server in the state database. Both defer ephemerally first: reading the articles can take longer
than Discord's 3 seconds, and questions keep being answered from the old knowledge meanwhile.
"""
from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from handlers.app.guild_articles import GuildArticle, inert_name, list_guild_articles
from handlers.app.guild_files import safe_article_name
from handlers.app.promote import promote_article
from handlers.app.service import ReloadReport
from handlers.app.state import RateLimit
from handlers.discord_ui.cogs.checks import ADMIN_PERMISSIONS, admin_command
from handlers.discord_ui.cogs.common import NO_MENTIONS, as_choices, send_ephemeral, within_limit
from handlers.discord_ui.embeds import message_embed

if TYPE_CHECKING:
    from handlers.discord_ui.client import ElectionBot

log = logging.getLogger(__name__)
UPLOAD_LIMIT = RateLimit(count=10, seconds=600)  # uploads a server may make, across restarts and shards
RELOAD_LIMIT = RateLimit(count=10, seconds=600)  # reloads of a server's own folder
REMOVE_LIMIT = RateLimit(count=10, seconds=600)  # removals of a server's articles, like uploads
LIST_LINES, LIST_CHARACTERS = 20, 3500  # what one /article list shows; the rest is "and N more"
RELOAD_SCOPES = [app_commands.Choice(name="this server's articles", value="server"),
                 app_commands.Choice(name="the operator's knowledge folder (bot owner)", value="global")]


def report_embed(report: ReloadReport, title: str | None = None) -> discord.Embed:
    title = title or ("Knowledge reloaded" if report.ok else "Reload failed")
    return message_embed(title, report.text(), error=not report.ok)


def articles_text(articles: list[GuildArticle]) -> str:
    """The server's articles, one a line, capped at `LIST_LINES` lines and `LIST_CHARACTERS` characters."""
    if not articles:
        return "This server has added no articles. Add one with /article add."
    lines: list[str] = []
    length = 0
    for article in articles:
        line = f"• {article.line()}"
        if len(lines) == LIST_LINES or length + len(line) > LIST_CHARACTERS:
            break
        lines.append(line)
        length += len(line) + 1
    if len(articles) > len(lines):
        lines.append(f"… and {len(articles) - len(lines)} more")
    return "\n".join(lines) + "\n(Global articles are every server's and are not listed here.)"


def refusal(text: str) -> discord.Embed:
    return message_embed("Not added", text, error=True)


class Admin(commands.Cog):
    """Keeping the knowledge base up to date, and registering the commands."""

    article = app_commands.Group(name="article", description="Manage the news articles the bot reads (admins)",
                                 default_permissions=ADMIN_PERMISSIONS, guild_only=True)

    def __init__(self, bot: ElectionBot) -> None:
        self.bot = bot
        self.upload_limit = UPLOAD_LIMIT
        self.reload_limit = RELOAD_LIMIT
        self.remove_limit = REMOVE_LIMIT

    async def owner_only(self, interaction: discord.Interaction, what: str) -> bool:
        """True for the bot's owner; otherwise the refusal is sent and False returned."""
        if await self.bot.is_owner(interaction.user):
            return True
        await send_ephemeral(interaction, message_embed(
            "Owner only", f"Only the bot's owner can {what}: it changes the answers in every server.", error=True))
        return False

    @app_commands.command(name="reload")
    @app_commands.choices(scope=RELOAD_SCOPES)
    @admin_command()
    async def reload(self, interaction: discord.Interaction, scope: str = "server") -> None:
        """Re-read this server's articles (admins), or the operator's folder (the bot's owner)

        Args:
            scope: This server's articles (default), or the operator's knowledge folder (bot owner only)
        """
        if scope == "global":
            if not await self.owner_only(interaction, "reload the operator's knowledge folder"):
                return
            await interaction.response.defer(ephemeral=True, thinking=True)
            report = await self.bot.service.reload()
        else:
            if not await within_limit(interaction, self.bot.state, "reload", self.reload_limit, "reloaded"):
                return
            await interaction.response.defer(ephemeral=True, thinking=True)
            report = await self.bot.service.reload(interaction.guild_id)
        await interaction.followup.send(embed=report_embed(report), ephemeral=True, allowed_mentions=NO_MENTIONS)

    @article.command(name="add")
    @admin_command()
    async def article_add(self, interaction: discord.Interaction, file: discord.Attachment | None = None,
                          url: app_commands.Range[str, 8, 500] | None = None) -> None:
        """Add a news article (a .txt file or a page's address) to this server's knowledge (admins)

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
        if not await within_limit(interaction, self.bot.state, "upload", self.upload_limit, "uploaded articles"):
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            data = await file.read()
        except discord.HTTPException as error:
            await send_ephemeral(interaction, refusal(f"Could not download the file (HTTP {error.status})."))
            return
        try:
            report = await self.bot.service.add_article(file.filename, data, interaction.guild_id or 0)
        except ValueError as error:
            await send_ephemeral(interaction, refusal(f"{error}."))
            return
        title = "Already added" if report.duplicate_of else None
        await interaction.followup.send(embed=report_embed(report, title), ephemeral=True,
                                        allowed_mentions=NO_MENTIONS)

    @article.command(name="list")
    @admin_command()
    async def article_list(self, interaction: discord.Interaction) -> None:
        """The articles this server has added: uploads (with versions) and pages (admins)"""
        articles = await asyncio.to_thread(list_guild_articles, self.bot.service.guild(interaction.guild_id or 0))
        await send_ephemeral(interaction, message_embed(f"This server's articles ({len(articles)})",
                                                        articles_text(articles)))

    async def own_articles(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        """Autocomplete: this server's own articles only."""
        if interaction.guild_id is None:
            return []
        articles = await asyncio.to_thread(list_guild_articles, self.bot.service.guild(interaction.guild_id))
        return as_choices([a.name for a in articles if current.lower() in a.name.lower()])

    @article.command(name="remove")
    @app_commands.autocomplete(name=own_articles)
    @admin_command()
    async def article_remove(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 500]) -> None:
        """Take one of this server's articles out of its answers (admins)

        Args:
            name: The article's file name or page address, as /article list shows it
        """
        if not await within_limit(interaction, self.bot.state, "remove", self.remove_limit, "removed articles",
                                  "Not removed"):
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            removed = await self.bot.service.remove_article(interaction.guild_id or 0, name)
        except ValueError:
            await send_ephemeral(interaction, message_embed(
                "Not removed", "No such article in this server (see /article list).", error=True))
            return
        except Exception as error:  # noqa: BLE001 - the server keeps its previous knowledge
            log.exception("Removing an article in server %s failed", interaction.guild_id)
            await send_ephemeral(interaction, message_embed(
                "Not removed", f"Removing failed; nothing changed ({type(error).__name__}).", error=True))
            return
        plural = "contest" if removed.contests == 1 else "contests"
        text = (f"Removed {inert_name(removed.name)}: {removed.contests} {plural} no longer from "
                "this source. It can be added again.")
        await interaction.followup.send(embed=message_embed("Article removed", text), ephemeral=True,
                                        allowed_mentions=NO_MENTIONS)

    @article.command(name="promote")
    @admin_command()
    async def article_promote(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 120]) -> None:
        """Make one of this server's articles global: every server answers from it (the bot's owner)

        Args:
            name: The article's file name in this server, as /article add saved it
        """
        if not await self.owner_only(interaction, "promote an article to every server"):
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            promoted = await asyncio.to_thread(promote_article, self.bot.settings, interaction.guild_id or 0, name)
        except ValueError as error:
            await send_ephemeral(interaction, message_embed("Not promoted", f"{error}.", error=True))
            return
        if promoted.duplicate:
            await send_ephemeral(interaction, message_embed(
                "Already global", f"The operator's folder already holds these bytes as `{promoted.name}`."))
            return
        report = await self.bot.service.reload()
        lead = f"Copied to the operator's folder as `promoted/{promoted.name}`.\n"
        await interaction.followup.send(embed=message_embed("Article promoted" if report.ok else "Reload failed",
                                                            lead + report.text(), error=not report.ok),
                                        ephemeral=True, allowed_mentions=NO_MENTIONS)

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
