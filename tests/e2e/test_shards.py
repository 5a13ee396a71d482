"""Sharding: the bot is an AutoShardedBot with DISCORD_SHARD_COUNT shards, or as many as Discord recommends;
each server's settings are in the state database, so whichever shard or process serves a server sees them."""
from __future__ import annotations

import contextlib

from conftest import running_bot, with_changes
from discord.ext import commands
from fake_discord import GUILD_ID, OTHER_GUILD_ID, FakeDiscord, admin_role, answer_channel
from fake_engine import FakeEngine
from test_server_settings import answered_channels, may_reload, set_admin_role, set_answer_channel, show

from handlers.app.settings import Settings
from handlers.discord_ui.client import ElectionBot


def identified_shards(fake: FakeDiscord) -> list[list[int]]:
    return sorted(p["d"]["shard"] for p in fake.gateway_log if p.get("op") == 2)


async def test_the_shard_count_comes_from_the_settings(settings: Settings) -> None:
    assert issubclass(ElectionBot, commands.AutoShardedBot)
    for count in (3, None):  # None: as many as Discord recommends
        bot = ElectionBot(with_changes(settings, shard_count=count), load_knowledge=False)
        assert bot.shard_count == count
        bot.state.close()


async def test_two_shards_as_discord_recommends(fake: FakeDiscord, settings: Settings) -> None:
    fake.guild_ids = [GUILD_ID, OTHER_GUILD_ID]
    fake.shard_count = 2  # the recommendation GET /gateway/bot gives
    assert (GUILD_ID >> 22) % 2 != (OTHER_GUILD_ID >> 22) % 2, "the two servers are on different shards"
    async with running_bot(settings, engine_factory=FakeEngine) as bot:
        assert ("GET", "/gateway/bot") in [(r.method, r.path) for r in fake.requests]
        assert bot.shard_count == 2 and sorted(bot.shards) == [0, 1]
        assert identified_shards(fake) == [[0, 2], [1, 2]]
        assert bot.get_guild(GUILD_ID) and bot.get_guild(OTHER_GUILD_ID)
        assert bot.get_guild(GUILD_ID).shard_id != bot.get_guild(OTHER_GUILD_ID).shard_id
        for guild_id in (GUILD_ID, OTHER_GUILD_ID):  # each server's commands arrive on its own shard
            await set_admin_role(fake, guild_id, admin_role(guild_id))
            assert await may_reload(fake, guild_id, (admin_role(guild_id),))


async def test_settings_hold_when_the_shards_move_to_two_processes(fake: FakeDiscord, settings: Settings) -> None:
    fake.guild_ids = [GUILD_ID, OTHER_GUILD_ID]
    reading = with_changes(settings, message_content=True)
    async with running_bot(reading, engine_factory=FakeEngine):  # one shard serves both servers
        await set_admin_role(fake, GUILD_ID, admin_role(GUILD_ID))
        await set_answer_channel(fake, OTHER_GUILD_ID, answer_channel(OTHER_GUILD_ID))
    assert identified_shards(fake) == [[0, 1]]

    # Two processes of one shard each (DISCORD_SHARD_COUNT=2, shard_ids [0] and [1]), one state database.
    sharded = with_changes(reading, shard_count=2)
    async with contextlib.AsyncExitStack() as stack:
        first = await stack.enter_async_context(running_bot(sharded, engine_factory=FakeEngine, shard_ids=[0]))
        second = await stack.enter_async_context(running_bot(sharded, engine_factory=FakeEngine, shard_ids=[1]))
        assert identified_shards(fake) == [[0, 1], [0, 2], [1, 2]]
        (serves_a,) = [bot for bot in (first, second) if bot.get_guild(GUILD_ID)]
        (serves_b,) = [bot for bot in (first, second) if bot.get_guild(OTHER_GUILD_ID)]
        assert serves_a is not serves_b and serves_a.get_guild(OTHER_GUILD_ID) is None
        assert await may_reload(fake, GUILD_ID, (admin_role(GUILD_ID),))
        assert not await may_reload(fake, OTHER_GUILD_ID, (admin_role(OTHER_GUILD_ID),))
        assert await answered_channels(fake, [(OTHER_GUILD_ID, answer_channel(OTHER_GUILD_ID)),
                                              (GUILD_ID, answer_channel(GUILD_ID))]) == {answer_channel(OTHER_GUILD_ID)}
        # A change made through one process is what the other reads (there is nothing to tell it).
        await set_answer_channel(fake, OTHER_GUILD_ID, answer_channel(OTHER_GUILD_ID), enabled=False)
        assert serves_a.state.guild(OTHER_GUILD_ID).answer_channel_ids == frozenset()
        assert f"<#{answer_channel(OTHER_GUILD_ID)}>" not in await show(fake, OTHER_GUILD_ID)
