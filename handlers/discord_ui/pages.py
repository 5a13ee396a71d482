"""Buttons that turn the pages of a long answer (quotes, rankings, candidate lists).

A `PagesView` holds the answer's pages as rendered when it was asked and lets only the asker turn
them; anyone else who clicks is told so privately. The view is not persistent: it lives
`PAGE_TIMEOUT` seconds and then its buttons are disabled on the message. A persistent view would
have to rebuild a page from its button's `custom_id` (at most 100 characters) after a restart, but a
question may be 500 characters long, and rebuilding after a reload could show pages of a different
answer than the first. Ten minutes also stays within the 15 minutes an interaction's token can
still edit its reply.
"""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord

log = logging.getLogger(__name__)

PAGE_TIMEOUT = 600.0  # seconds
NO_MENTIONS = discord.AllowedMentions.none()
NOT_YOURS = "Only the person who asked can turn these pages. Ask me yourself to get your own copy."


class PagesView(discord.ui.View):
    """Previous / page n of m / Next under an answer; only `asker_id` may turn the pages."""

    def __init__(self, pages: Sequence[discord.Embed], asker_id: int, *, timeout: float | None = None) -> None:
        super().__init__(timeout=PAGE_TIMEOUT if timeout is None else timeout)
        self.pages = list(pages)
        self.asker_id = asker_id
        self.index = 0
        self._edit: Callable[..., Awaitable[Any]] | None = None
        self._show()

    def bind(self, edit: Callable[..., Awaitable[Any]]) -> None:
        """How to edit the message the view is on (to disable its buttons when it times out)."""
        self._edit = edit

    def _show(self) -> None:
        self.previous_page.disabled = self.index == 0
        self.next_page.disabled = self.index >= len(self.pages) - 1
        self.counter.label = f"{self.index + 1} / {len(self.pages)}"

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.asker_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True, allowed_mentions=NO_MENTIONS)
        return False

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.index = max(0, min(len(self.pages) - 1, self.index + step))
        self._show()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self, allowed_mentions=NO_MENTIONS)

    @discord.ui.button(label="◀ Previous", style=discord.ButtonStyle.secondary)
    async def previous_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="1 / 1", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.defer()  # never enabled; here so the label sits between the arrows

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.primary)
    async def next_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, 1)

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self._edit is None:
            return
        try:
            await self._edit(view=self, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as error:  # the message was deleted, or the token expired
            log.info("Could not disable the page buttons: %s %s", error.status, error.text)
