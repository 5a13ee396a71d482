"""Who may do what: the admin check for /reload and /article add, in one place.

Admin commands declare `default_permissions(manage_guild=True)`, which only sets what Discord shows
by default: a server's admins can override it per role, channel or member in Integrations. So the
bot checks again when the command runs: the member needs Manage Server (or Administrator) in the
permissions Discord resolved for this interaction, or the role `settings.admin_role_id`.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import discord
from discord import app_commands

T = TypeVar("T")

ADMIN_PERMISSIONS = discord.Permissions(manage_guild=True)
REFUSAL = "Only server admins can do that: it needs the Manage Server permission{role}."


class NotAdmin(app_commands.CheckFailure):
    """The member may not use an admin command."""


def has_admin_role(user: discord.abc.User, role_id: int | None) -> bool:
    return role_id is not None and isinstance(user, discord.Member) and user.get_role(role_id) is not None


def is_admin(interaction: discord.Interaction) -> bool:
    """Manage Server or Administrator in this channel, or the configured admin role."""
    permissions = interaction.permissions
    if permissions.manage_guild or permissions.administrator:
        return True
    settings = getattr(interaction.client, "settings", None)
    return has_admin_role(interaction.user, getattr(settings, "admin_role_id", None))


def refusal_text(interaction: discord.Interaction) -> str:
    settings = getattr(interaction.client, "settings", None)
    role = getattr(settings, "admin_role_id", None)
    return REFUSAL.format(role=f" or the <@&{role}> role" if role else "")


def admin_only() -> Callable[[T], T]:
    """An app command check: raises `NotAdmin` (answered ephemerally by the tree) for non-admins."""

    async def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild_id is None or not is_admin(interaction):
            raise NotAdmin(refusal_text(interaction))
        return True

    return app_commands.check(predicate)


def admin_command() -> Callable[[T], T]:
    """Marks an app command for server admins, in one decorator (put it under `@app_commands.command`).

    Discord shows the command to members with Manage Server by default (`ADMIN_PERMISSIONS`), only in
    servers, and the bot checks `is_admin` again when it runs, whatever the server's overrides say.
    """
    check = admin_only()
    shown_to_admins = app_commands.default_permissions(ADMIN_PERMISSIONS)
    in_servers = app_commands.guild_only()

    def decorator(command: T) -> T:
        return check(shown_to_admins(in_servers(command)))

    return decorator
