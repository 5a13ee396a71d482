"""Who may do what: the admin check for every admin command, in one place.

Admin commands declare `default_permissions(manage_guild=True)`, which only sets what Discord shows
by default: a server's admins can override it per role, channel or member in Integrations. So the
bot checks again when the command runs: the member needs Manage Server (or Administrator) in the
permissions Discord resolved for this interaction, or that server's admin role (`/settings
admin-role`), read from the state database when the command runs, so every shard and process agrees.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

import discord
from discord import app_commands

from handlers.app.state import BotState

T = TypeVar("T")

ADMIN_PERMISSIONS = discord.Permissions(manage_guild=True)
REFUSAL = "Only server admins can do that: it needs the Manage Server permission{role}."


class NotAdmin(app_commands.CheckFailure):
    """The member may not use an admin command."""


def has_admin_role(user: discord.abc.User, role_id: int | None) -> bool:
    return role_id is not None and isinstance(user, discord.Member) and user.get_role(role_id) is not None


def manages_server(interaction: discord.Interaction) -> bool:
    """Manage Server or Administrator in the permissions Discord resolved for this interaction."""
    permissions = interaction.permissions
    return permissions.manage_guild or permissions.administrator


async def admin_role_of(interaction: discord.Interaction) -> int | None:
    """The admin role of the interaction's server, as the state database holds it now."""
    state = getattr(interaction.client, "state", None)
    if interaction.guild_id is None or not isinstance(state, BotState):
        return None
    return (await asyncio.to_thread(state.guild, interaction.guild_id)).admin_role_id


def refusal_text(role_id: int | None) -> str:
    return REFUSAL.format(role=f" or the <@&{role_id}> role" if role_id else "")


def admin_only() -> Callable[[T], T]:
    """An app command check: raises `NotAdmin` (answered ephemerally by the tree) for non-admins."""

    async def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild_id is None:
            raise NotAdmin(refusal_text(None))
        if manages_server(interaction):
            return True
        role_id = await admin_role_of(interaction)
        if not has_admin_role(interaction.user, role_id):
            raise NotAdmin(refusal_text(role_id))
        return True

    return app_commands.check(predicate)


def admin_command() -> Callable[[T], T]:
    """Marks an app command for server admins, in one decorator (put it under `@app_commands.command`).

    Discord shows the command to members with Manage Server by default (`ADMIN_PERMISSIONS`), only in
    servers, and the bot checks again (`admin_only`) when it runs, whatever the server's overrides say.
    """
    check = admin_only()
    shown_to_admins = app_commands.default_permissions(ADMIN_PERMISSIONS)
    in_servers = app_commands.guild_only()

    def decorator(command: T) -> T:
        return check(shown_to_admins(in_servers(command)))

    return decorator
