"""/help and "@bot help" through the real client: what the bot knows, how to ask, and its commands."""
from __future__ import annotations

import re

from fake_discord import BOT_ID, GUILD_ID, FakeDiscord

from handlers.discord_ui.client import ElectionBot
from handlers.discord_ui.embeds import SLASH_COMMANDS


def field(embed: dict, name: str) -> str:
    return next((f["value"] for f in embed.get("fields", []) if f["name"] == name), "")


async def test_help_command(fake: FakeDiscord, real_bot: ElectionBot) -> None:
    reply = await fake.slash("help")
    assert not reply.ephemeral
    [embed] = reply.embeds
    assert "2 seat contests" in embed["description"] and "who won Ashfield?" in embed["description"]
    assert field(embed, "Slash commands") == SLASH_COMMANDS


async def test_every_command_help_names_is_registered(fake: FakeDiscord, real_bot: ElectionBot) -> None:
    registered = fake.commands.get(GUILD_ID, []) + fake.commands.get(None, [])
    names = {c["name"] for c in registered}
    names |= {f"{c['name']} {o['name']}" for c in registered for o in c.get("options") or [] if o.get("type") == 1}
    named = re.findall(r"/([a-z-]+(?: [a-z-]+)?)", SLASH_COMMANDS)
    assert named
    for name in named:
        assert name in names or name.split()[0] in names and " " not in name, name
        if " " in name:
            assert name in names, name


async def test_help_in_a_mention(fake: FakeDiscord, real_bot: ElectionBot) -> None:
    before = len(fake.requests)
    await fake.dispatch("MESSAGE_CREATE", fake.message_event(f"<@{BOT_ID}> help"))
    reply = await fake.wait_request("POST", r"/channels/\d+/messages$", after=before)
    assert "who won Ashfield?" in reply.text() and "Slash commands" in reply.text()
