"""Slash commands that look results up: /result, /winner, /margin, /recounts, /candidate, /closest,
/party, /ask, /sources and /about. Each is one call to the engine; the reply is an embed (with the
seat's chart when there is one), ephemeral when the bot could not answer.

Seat and candidate options autocomplete from the knowledge base, but any typed text is accepted:
the engine resolves it or says honestly that it does not know it.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from handlers.app.service import EngineLike
from handlers.discord_ui.cogs.common import as_choices, respond
from knowledge.lexicon.elections import GENERAL_ELECTIONS

if TYPE_CHECKING:
    from handlers.discord_ui.client import ElectionBot

log = logging.getLogger(__name__)

# Newest first; Discord allows at most 25 choices.
YEAR_CHOICES = [app_commands.Choice(name=str(year), value=year) for year in sorted(GENERAL_ELECTIONS, reverse=True)][:25]
YEAR_HELP = "General election year (default: the latest on record)"
SeatName = app_commands.Range[str, 1, 100]
Text = app_commands.Range[str, 1, 300]


class Results(commands.Cog):
    """Looking results up."""

    def __init__(self, bot: ElectionBot) -> None:
        self.bot = bot

    async def seat_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await self._complete(lambda engine: engine.complete_seats(current, 25))

    async def candidate_autocomplete(self, interaction: discord.Interaction,
                                     current: str) -> list[app_commands.Choice[str]]:
        return await self._complete(lambda engine: engine.complete_candidates(current, 25))

    async def party_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await self._complete(lambda engine: engine.complete_parties(current, 25))

    async def _complete(self, call: Callable[[EngineLike], list[str]]) -> list[app_commands.Choice[str]]:
        """Choices from an engine completion; none (and a log line) if it fails."""
        try:
            return as_choices(await self.bot.service.ask(call))
        except Exception:  # noqa: BLE001 - no suggestions is better than an error popup
            log.exception("Autocomplete failed")
            return []

    @app_commands.command(name="result", description="A seat's full result: candidates, votes, margin, turnout")
    @app_commands.describe(seat="Constituency", year=YEAR_HELP)
    @app_commands.autocomplete(seat=seat_autocomplete)
    @app_commands.choices(year=YEAR_CHOICES)
    async def result(self, interaction: discord.Interaction, seat: SeatName, year: int | None = None) -> None:
        await respond(interaction, self.bot.service, lambda engine: engine.result(seat, year))

    @app_commands.command(name="winner", description="Who won a seat")
    @app_commands.describe(seat="Constituency", year=YEAR_HELP)
    @app_commands.autocomplete(seat=seat_autocomplete)
    @app_commands.choices(year=YEAR_CHOICES)
    async def winner(self, interaction: discord.Interaction, seat: SeatName, year: int | None = None) -> None:
        await respond(interaction, self.bot.service, lambda engine: engine.winner(seat, year))

    @app_commands.command(name="margin", description="How many votes a seat was won by")
    @app_commands.describe(seat="Constituency", year=YEAR_HELP)
    @app_commands.autocomplete(seat=seat_autocomplete)
    @app_commands.choices(year=YEAR_CHOICES)
    async def margin(self, interaction: discord.Interaction, seat: SeatName, year: int | None = None) -> None:
        await respond(interaction, self.bot.service, lambda engine: engine.margin(seat, year))

    @app_commands.command(name="recounts", description="Recounts at a seat, or the seats that had recounts")
    @app_commands.describe(seat="Constituency (leave empty to list seats with recounts)", year=YEAR_HELP)
    @app_commands.autocomplete(seat=seat_autocomplete)
    @app_commands.choices(year=YEAR_CHOICES)
    async def recounts(self, interaction: discord.Interaction, seat: SeatName | None = None,
                       year: int | None = None) -> None:
        await respond(interaction, self.bot.service, lambda engine: engine.recounts(seat, year))

    @app_commands.command(name="candidate", description="How a candidate did")
    @app_commands.describe(name="Candidate's name", seat="Constituency (to tell people apart)", year=YEAR_HELP)
    @app_commands.autocomplete(name=candidate_autocomplete, seat=seat_autocomplete)
    @app_commands.choices(year=YEAR_CHOICES)
    async def candidate(self, interaction: discord.Interaction, name: Text, seat: SeatName | None = None,
                        year: int | None = None) -> None:
        await respond(interaction, self.bot.service, lambda engine: engine.candidate(name, seat, year))

    @app_commands.command(name="closest", description="The closest results on record")
    @app_commands.describe(count="How many seats (1-25)", year=YEAR_HELP)
    @app_commands.choices(year=YEAR_CHOICES)
    async def closest(self, interaction: discord.Interaction, count: app_commands.Range[int, 1, 25] = 5,
                      year: int | None = None) -> None:
        await respond(interaction, self.bot.service, lambda engine: engine.closest(count, year))

    @app_commands.command(name="party", description="A party's results on record")
    @app_commands.describe(name="Party", year=YEAR_HELP)
    @app_commands.autocomplete(name=party_autocomplete)
    @app_commands.choices(year=YEAR_CHOICES)
    async def party(self, interaction: discord.Interaction, name: Text, year: int | None = None) -> None:
        await respond(interaction, self.bot.service, lambda engine: engine.party(name, year))

    @app_commands.command(name="ask", description="Ask a question about the results in your own words")
    @app_commands.describe(question="For example: who won Kensington in 2017?")
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 500]) -> None:
        await respond(interaction, self.bot.service, lambda engine: engine.ask(question))

    @app_commands.command(name="sources", description="The articles and official results a seat's facts come from")
    @app_commands.describe(seat="Constituency", year=YEAR_HELP)
    @app_commands.autocomplete(seat=seat_autocomplete)
    @app_commands.choices(year=YEAR_CHOICES)
    async def sources(self, interaction: discord.Interaction, seat: SeatName, year: int | None = None) -> None:
        await respond(interaction, self.bot.service, lambda engine: engine.sources(seat, year))

    @app_commands.command(name="about", description="What this bot knows and where it comes from")
    async def about(self, interaction: discord.Interaction) -> None:
        await respond(interaction, self.bot.service, lambda engine: engine.about())


async def setup(bot: ElectionBot) -> None:
    await bot.add_cog(Results(bot))
