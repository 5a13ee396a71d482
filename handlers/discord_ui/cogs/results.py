"""Slash commands that look results up: /result, /winner, /compare, /national, /margin, /recounts,
/candidate, /closest, /party, /ask, /sources, /help and /about. Each is one call to the engine; the reply is
an embed (with the seat's chart, or for /national the seats chart, when there is one), ephemeral when
the bot could not answer.

Seat and candidate options are the `options` types: they autocomplete from the knowledge base, but
any typed text is accepted: the engine resolves it or says honestly that it does not know it. Each
command's description and its options' descriptions are its docstring (discord.py reads them).
"""
from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from handlers.discord_ui.cogs.common import Reply, respond, respond_with
from handlers.discord_ui.cogs.options import Candidate, Election, Party, Seat
from handlers.discord_ui.embeds import answer_pages
from handlers.discord_ui.seats_chart import render_seats_chart
from knowledge.lexicon.areas import AREAS
from knowledge.lexicon.elections import GENERAL_ELECTIONS

if TYPE_CHECKING:
    from handlers.discord_ui.client import ElectionBot

log = logging.getLogger(__name__)

# Newest first; Discord allows at most 25 choices.
YEAR_CHOICES = [app_commands.Choice(name=str(year), value=year) for year in sorted(GENERAL_ELECTIONS, reverse=True)][:25]
AREA_CHOICES = [app_commands.Choice(name=area, value=area) for area in AREAS]


class Results(commands.Cog):
    """Looking results up."""

    def __init__(self, bot: ElectionBot) -> None:
        self.bot = bot

    @app_commands.command(name="result")
    async def result(self, interaction: discord.Interaction, seat: Seat, election: Election | None = None) -> None:
        """A seat's full result: candidates, votes, margin, turnout

        Args:
            seat: Constituency
            election: Election, e.g. 2019 or a by-election (default: the latest on record for the seat)
        """
        await respond(interaction, self.bot.service, lambda engine: engine.result(seat, election))

    @app_commands.command(name="winner")
    async def winner(self, interaction: discord.Interaction, seat: Seat, election: Election | None = None) -> None:
        """Who won a seat

        Args:
            seat: Constituency
            election: Election, e.g. 2019 or a by-election (default: the latest on record for the seat)
        """
        await respond(interaction, self.bot.service, lambda engine: engine.winner(seat, election))

    @app_commands.command(name="compare")
    async def compare(self, interaction: discord.Interaction, seat: Seat, first: Election | None = None,
                      second: Election | None = None) -> None:
        """One seat at two elections: winners, vote shares, swing

        Args:
            seat: Constituency
            first: The earlier election (default: the one before the later)
            second: The later election (default: the latest on record)
        """
        await respond(interaction, self.bot.service, lambda engine: engine.compare(seat, first, second))

    @app_commands.command(name="national")
    @app_commands.choices(area=AREA_CHOICES)
    async def national(self, interaction: discord.Interaction, election: Election | None = None,
                       area: str | None = None) -> None:
        """A general election as a whole: seats per party, votes, turnout

        Args:
            election: General election year (default: the latest with official results)
            area: A nation, or a region of England (default: the whole UK)
        """
        await respond_with(interaction, self._national_reply(election, area, interaction.guild_id))

    async def _national_reply(self, election: str | None, area: str | None, guild_id: int | None) -> Reply:
        """The national answer as an embed, with the seats chart drawn off the event loop."""
        answer = await self.bot.service.ask(lambda engine: engine.national_result(election, area), guild_id)
        chart_data = await self.bot.service.ask(lambda engine: engine.national_seats(election, area), guild_id) \
            if answer.answered else None
        chart = None
        if chart_data is not None:
            try:
                chart = await asyncio.to_thread(render_seats_chart, chart_data)
            except Exception:  # noqa: BLE001 - an answer without its chart is still an answer
                log.exception("Could not draw the seats chart for %s", election)
        pages = answer_pages(answer, chart=chart is not None)
        return Reply(pages[0], chart, ephemeral=not answer.answered, pages=pages)

    @app_commands.command(name="margin")
    @app_commands.choices(year=YEAR_CHOICES)
    async def margin(self, interaction: discord.Interaction, seat: Seat, year: int | None = None) -> None:
        """How many votes a seat was won by

        Args:
            seat: Constituency
            year: General election year (default: the latest on record)
        """
        await respond(interaction, self.bot.service, lambda engine: engine.margin(seat, year))

    @app_commands.command(name="recounts")
    @app_commands.choices(year=YEAR_CHOICES)
    async def recounts(self, interaction: discord.Interaction, seat: Seat | None = None,
                       year: int | None = None) -> None:
        """Recounts at a seat, or the seats that had recounts

        Args:
            seat: Constituency (leave empty to list seats with recounts)
            year: General election year (default: the latest on record)
        """
        await respond(interaction, self.bot.service, lambda engine: engine.recounts(seat, year))

    @app_commands.command(name="candidate")
    @app_commands.choices(year=YEAR_CHOICES)
    async def candidate(self, interaction: discord.Interaction, name: Candidate, seat: Seat | None = None,
                        year: int | None = None) -> None:
        """How a candidate did

        Args:
            name: Candidate's name
            seat: Constituency (to tell people apart)
            year: General election year (default: the latest on record)
        """
        await respond(interaction, self.bot.service, lambda engine: engine.candidate(name, seat, year))

    @app_commands.command(name="closest")
    @app_commands.choices(year=YEAR_CHOICES)
    async def closest(self, interaction: discord.Interaction, count: app_commands.Range[int, 1, 25] = 5,
                      year: int | None = None) -> None:
        """The closest results on record

        Args:
            count: How many seats (1-25)
            year: General election year (default: the latest on record)
        """
        await respond(interaction, self.bot.service, lambda engine: engine.closest(count, year))

    @app_commands.command(name="party")
    @app_commands.choices(year=YEAR_CHOICES)
    async def party(self, interaction: discord.Interaction, name: Party, year: int | None = None) -> None:
        """A party's results on record

        Args:
            name: Party
            year: General election year (default: the latest on record)
        """
        await respond(interaction, self.bot.service, lambda engine: engine.party(name, year))

    @app_commands.command(name="ask")
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 500]) -> None:
        """Ask a question about the results in your own words

        Args:
            question: For example: who won Kensington in 2017?
        """
        await respond(interaction, self.bot.service, lambda engine: engine.ask(question))

    @app_commands.command(name="sources")
    @app_commands.choices(year=YEAR_CHOICES)
    async def sources(self, interaction: discord.Interaction, seat: Seat, year: int | None = None) -> None:
        """The articles and official results a seat's facts come from

        Args:
            seat: Constituency
            year: General election year (default: the latest on record)
        """
        await respond(interaction, self.bot.service, lambda engine: engine.sources(seat, year))

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """How to ask, with examples from what the bot knows"""
        await respond(interaction, self.bot.service, lambda engine: engine.help())

    @app_commands.command(name="about")
    async def about(self, interaction: discord.Interaction) -> None:
        """What this bot knows and where it comes from"""
        await respond(interaction, self.bot.service, lambda engine: engine.about())


async def setup(bot: ElectionBot) -> None:
    await bot.add_cog(Results(bot))
