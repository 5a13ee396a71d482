"""The composed admin decorator: one line marks a command for admins (shown to them, checked when run).

The check itself is exercised end to end in tests/e2e/test_admin.py (members refused, admins served).
"""
from __future__ import annotations

import discord
from discord import app_commands

from handlers.discord_ui.cogs.checks import ADMIN_PERMISSIONS, admin_command


@app_commands.command(name="tidy")
@admin_command()
async def tidy(interaction: discord.Interaction) -> None:
    """Tidy up (admins)"""


async def test_an_admin_command_is_shown_to_admins_only_in_servers() -> None:
    assert tidy.default_permissions == ADMIN_PERMISSIONS
    assert tidy.guild_only
    assert len(tidy.checks) == 1  # the run-time check
