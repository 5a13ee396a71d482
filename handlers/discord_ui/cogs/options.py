"""Option types for the slash commands: a seat, candidate or party name, completed and read in one type.

`Seat`, `Candidate` and `Party` are `app_commands.Transformer`s: Discord sends what the member typed so far to
`autocomplete` (choices from the knowledge base, via the engine) and the final text to `transform`
(spaces tidied). Any typed text is accepted: the engine looks the name up and says honestly when it
does not know it. Use them as `seat: Seat` (or `Seat | None` for an optional seat). `Election` completes from
the seat option of the same command.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

import discord
from discord import app_commands

from handlers.app.service import EngineLike
from handlers.discord_ui.cogs.common import as_choices

log = logging.getLogger(__name__)

MAX_NAME = 100  # Discord's longest choice value; also the longest option text accepted


class CompletedName(app_commands.Transformer):
    """A name typed by a member, completed from the knowledge base; subclasses say which names."""

    def complete(self, engine: EngineLike, text: str) -> list[str]:
        raise NotImplementedError

    def complete_for(self, interaction: discord.Interaction, engine: EngineLike, text: str) -> list[str]:
        """Completions that may depend on the command's other options (by default they don't)."""
        return self.complete(engine, text)

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.string

    @property
    def min_value(self) -> int:
        return 1

    @property
    def max_value(self) -> int:
        return MAX_NAME

    async def autocomplete(self, interaction: discord.Interaction, value: str) -> list[app_commands.Choice[str]]:
        """Up to 25 names from the engine; none (and a log line) if the engine fails."""
        call: Callable[[EngineLike], list[str]] = lambda engine: self.complete_for(interaction, engine, value)  # noqa: E731
        try:
            return as_choices(await interaction.client.service.ask(call, interaction.guild_id))  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - no suggestions is better than an error popup
            log.exception("Autocomplete failed")
            return []

    async def transform(self, interaction: discord.Interaction, value: str) -> str:
        return " ".join(str(value).split())


class SeatName(CompletedName):
    """A constituency's name."""

    def complete(self, engine: EngineLike, text: str) -> list[str]:
        return engine.complete_seats(text, 25)


class CandidateName(CompletedName):
    """A candidate's name."""

    def complete(self, engine: EngineLike, text: str) -> list[str]:
        return engine.complete_candidates(text, 25)


class PartyName(CompletedName):
    """A party's name (or any of its aliases)."""

    @property
    def max_value(self) -> int:
        return 300

    def complete(self, engine: EngineLike, text: str) -> list[str]:
        return engine.complete_parties(text, 25)


class ElectionName(CompletedName):
    """An election: the contests on record for the seat typed in the same command ('2019 general election',
    'by-election 2025-05-01'), or the general elections with official results when no seat is given."""

    @property
    def max_value(self) -> int:
        return 60

    def complete(self, engine: EngineLike, text: str) -> list[str]:
        return engine.complete_national(text, 25)

    def complete_for(self, interaction: discord.Interaction, engine: EngineLike, text: str) -> list[str]:
        seat = str(getattr(interaction.namespace, "seat", "") or "")
        return engine.complete_elections(seat, text, 25) if seat else self.complete(engine, text)


Seat = app_commands.Transform[str, SeatName]
Election = app_commands.Transform[str, ElectionName]
Candidate = app_commands.Transform[str, CandidateName]
Party = app_commands.Transform[str, PartyName]
