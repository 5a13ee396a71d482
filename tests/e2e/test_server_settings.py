"""Per-server settings end to end: /settings admin-role, answer-channel and show, kept in the state
database per server; the admin check and the answer channels read them when they are used."""
from __future__ import annotations

import asyncio

import pytest
from conftest import running_bot, with_changes
from fake_discord import (
    ADMIN_PERMISSIONS,
    BOT_ID,
    GUILD_ID,
    MEMBER_PERMISSIONS,
    OTHER_GUILD_ID,
    FakeDiscord,
    Recorded,
    admin_role,
    answer_channel,
    general_channel,
)
from fake_engine import FakeEngine

from handlers.app.settings import Settings

MESSAGES = r"^/channels/\d+/messages$"


@pytest.fixture
def two_servers(fake: FakeDiscord, settings: Settings) -> Settings:
    fake.guild_ids = [GUILD_ID, OTHER_GUILD_ID]
    return with_changes(settings, message_content=True)


async def set_admin_role(fake: FakeDiscord, guild_id: int, role_id: int | None, *,
                         permissions: int = ADMIN_PERMISSIONS, roles: tuple[int, ...] = ()) -> Recorded:
    options, resolved = [], None
    if role_id is not None:
        option, resolved = fake.role_option("role", guild_id, role_id)
        options = [option]
    return await fake.subcommand("settings", "admin-role", options, resolved=resolved, guild_id=guild_id,
                                 permissions=permissions, roles=roles)


async def set_answer_channel(fake: FakeDiscord, guild_id: int, channel_id: int, enabled: bool = True) -> Recorded:
    option, resolved = fake.channel_option("channel", guild_id, channel_id)
    return await fake.subcommand("settings", "answer-channel", [option, {"name": "enabled", "type": 5,
                                                                         "value": enabled}],
                                 resolved=resolved, guild_id=guild_id)


async def show(fake: FakeDiscord, guild_id: int) -> str:
    reply = await fake.subcommand("settings", "show", guild_id=guild_id)
    assert reply.ephemeral
    return reply.text()


async def may_reload(fake: FakeDiscord, guild_id: int, roles: tuple[int, ...]) -> bool:
    reply = await fake.slash("reload", guild_id=guild_id, permissions=MEMBER_PERMISSIONS, roles=roles, timeout=10)
    return "Knowledge reloaded" in reply.text()


async def answered_channels(fake: FakeDiscord, messages: list[tuple[int, int]]) -> set[int]:
    """Post a plain question (no mention) in each (guild, channel); the channels that got a reply."""
    before = len(fake.requests)
    for guild_id, channel_id in messages:
        await fake.dispatch("MESSAGE_CREATE", fake.message_event("who won Testville?", channel_id=channel_id,
                                                                 guild_id=guild_id))
    # A mention afterwards in each channel is answered in order: everything before it has been handled then.
    for guild_id, channel_id in messages:
        marker = fake.message_event(f"<@{BOT_ID}> marker", channel_id=channel_id, guild_id=guild_id)
        await fake.dispatch("MESSAGE_CREATE", marker)
    await fake.wait_until(lambda: len([r for r in fake.requests[before:] if "marker" in r.text()]) == len(messages),
                          timeout=10, what="the markers answered")
    return {int(r.path.split("/")[2]) for r in fake.requests[before:]
            if r.method == "POST" and r.path.startswith("/channels/") and "marker" not in r.text()}


async def test_the_admin_role_is_set_shown_and_cleared(fake: FakeDiscord, bot) -> None:
    role = admin_role(GUILD_ID)
    assert not await may_reload(fake, GUILD_ID, (role,))
    reply = await set_admin_role(fake, GUILD_ID, role)
    assert reply.ephemeral and f"<@&{role}>" in reply.text()
    assert f"<@&{role}>" in await show(fake, GUILD_ID)
    assert await may_reload(fake, GUILD_ID, (role,))
    refusal = await fake.slash("reload", permissions=MEMBER_PERMISSIONS)
    assert f"Manage Server permission or the <@&{role}> role" in refusal.text()

    # The role may use the admin commands but not choose who else may.
    hand_on = await set_admin_role(fake, GUILD_ID, GUILD_ID, permissions=MEMBER_PERMISSIONS, roles=(role,))
    assert "Not changed" in hand_on.text() and "Manage Server" in hand_on.text()
    everyone = await set_admin_role(fake, GUILD_ID, GUILD_ID)
    assert "Not changed" in everyone.text() and "@everyone" in everyone.text()
    assert f"<@&{role}>" in await show(fake, GUILD_ID)

    cleared = await set_admin_role(fake, GUILD_ID, None)
    assert "cleared" in cleared.text()
    assert "none (only members with Manage Server)" in await show(fake, GUILD_ID)
    assert not await may_reload(fake, GUILD_ID, (role,))


async def test_settings_are_for_admins_only(fake: FakeDiscord, bot) -> None:
    for sub, options in (("show", []), ("admin-role", [])):
        reply = await fake.subcommand("settings", sub, options, permissions=MEMBER_PERMISSIONS)
        assert reply.ephemeral and "Manage Server" in reply.text(), sub
    option, resolved = fake.channel_option("channel", GUILD_ID, answer_channel(GUILD_ID))
    reply = await fake.subcommand("settings", "answer-channel", [option], resolved=resolved,
                                  permissions=MEMBER_PERMISSIONS)
    assert "Manage Server" in reply.text()
    assert bot.state.guild(GUILD_ID).answer_channel_ids == frozenset()


async def test_answer_channels_are_turned_on_and_off(fake: FakeDiscord, two_servers: Settings) -> None:
    a_answers, b_answers = answer_channel(GUILD_ID), answer_channel(OTHER_GUILD_ID)
    everywhere = [(GUILD_ID, a_answers), (GUILD_ID, general_channel(GUILD_ID)), (OTHER_GUILD_ID, b_answers)]
    async with running_bot(two_servers, engine_factory=FakeEngine):
        assert await answered_channels(fake, everywhere) == set()
        reply = await set_answer_channel(fake, GUILD_ID, a_answers)
        assert f"<#{a_answers}>" in reply.text() and "operator" not in reply.text()
        assert await answered_channels(fake, everywhere) == {a_answers}
        await set_answer_channel(fake, OTHER_GUILD_ID, b_answers)
        assert await answered_channels(fake, everywhere) == {a_answers, b_answers}
        off = await set_answer_channel(fake, OTHER_GUILD_ID, b_answers, enabled=False)
        assert "only messages that mention the bot" in off.text()
        assert await answered_channels(fake, everywhere) == {a_answers}
        # A channel is an answer channel of its own server only (keyed by server and channel).
        assert await answered_channels(fake, [(OTHER_GUILD_ID, a_answers)]) == set()


async def test_answer_channels_without_the_message_content_intent(fake: FakeDiscord, bot) -> None:
    reply = await set_answer_channel(fake, GUILD_ID, answer_channel(GUILD_ID))
    assert "operator has not turned on reading messages" in reply.text()
    assert "operator has not turned on reading messages" in await show(fake, GUILD_ID)
    assert await answered_channels(fake, [(GUILD_ID, answer_channel(GUILD_ID))]) == set()


async def test_one_servers_settings_never_reach_another(fake: FakeDiscord, two_servers: Settings) -> None:
    role_a, role_b = admin_role(GUILD_ID), admin_role(OTHER_GUILD_ID)
    async with running_bot(two_servers, engine_factory=FakeEngine) as bot:
        await set_admin_role(fake, GUILD_ID, role_a)
        await set_answer_channel(fake, GUILD_ID, answer_channel(GUILD_ID))
        assert not await may_reload(fake, OTHER_GUILD_ID, (role_b,))
        b_shows = await show(fake, OTHER_GUILD_ID)
        assert str(role_a) not in b_shows and str(answer_channel(GUILD_ID)) not in b_shows
        assert "none (only members with Manage Server)" in b_shows

        await set_admin_role(fake, OTHER_GUILD_ID, role_b)
        assert await may_reload(fake, OTHER_GUILD_ID, (role_b,)) and await may_reload(fake, GUILD_ID, (role_a,))
        assert f"<@&{role_a}>" in await show(fake, GUILD_ID), "B's role did not replace A's"
        await set_admin_role(fake, OTHER_GUILD_ID, None)
        assert await may_reload(fake, GUILD_ID, (role_a,)), "clearing B's role left A's"
        assert bot.state.guild(GUILD_ID).answer_channel_ids == {answer_channel(GUILD_ID)}
        assert bot.state.guild(OTHER_GUILD_ID).answer_channel_ids == frozenset()


async def test_settings_survive_a_restart(fake: FakeDiscord, two_servers: Settings) -> None:
    role, channel = admin_role(GUILD_ID), answer_channel(GUILD_ID)
    async with running_bot(two_servers, engine_factory=FakeEngine):
        await set_admin_role(fake, GUILD_ID, role)
        await set_answer_channel(fake, GUILD_ID, channel)
    identified = fake.identify_count
    async with running_bot(two_servers, engine_factory=FakeEngine) as again:
        assert fake.identify_count == identified + 1, "a new client logged in"
        text = await show(fake, GUILD_ID)
        assert f"<@&{role}>" in text and f"<#{channel}>" in text
        assert await may_reload(fake, GUILD_ID, (role,))
        assert await answered_channels(fake, [(GUILD_ID, channel), (OTHER_GUILD_ID, answer_channel(OTHER_GUILD_ID))]
                                       ) == {channel}
        assert again.state.path == two_servers.state_db


async def test_a_deleted_role_is_shown_as_gone(fake: FakeDiscord, bot) -> None:
    await asyncio.to_thread(bot.state.set_admin_role, GUILD_ID, 4242)
    assert "a role that no longer exists (4242)" in await show(fake, GUILD_ID)
