"""Recovery: a dropped gateway connection, RECONNECT, an invalidated session, REST 429 and 500."""
from __future__ import annotations

import pytest
from fake_discord import BOT_ID, FakeDiscord

from handlers.discord_ui.client import ElectionBot

RESUME, IDENTIFY = 6, 2


async def test_resumes_after_a_dropped_connection_and_keeps_answering(fake: FakeDiscord, bot: ElectionBot) -> None:
    first = await fake.slash("winner", seat="Testville")
    assert "Ann Able" in first.text()
    await fake.drop_connection()
    # Sent while the bot is disconnected: Discord replays it on RESUME.
    payload = fake.interaction("winner", fake.options(seat="Testville"))
    await fake.dispatch("INTERACTION_CREATE", payload)
    resume = await fake.wait_gateway(RESUME)
    assert resume["d"]["session_id"] == fake.session.id and resume["d"]["seq"] >= 2
    reply = await fake.wait_reply(payload["token"])
    assert "Ann Able" in reply.text()
    assert fake.identify_count == 1, "resumed, not re-identified"
    # RESUME went to DISCORD_GATEWAY_URL, not to the resume_gateway_url READY gave.
    assert len(fake.gateway_paths) == 2 and all(p.startswith("/gateway?") for p in fake.gateway_paths)
    later = await fake.slash("margin", seat="Testville")
    assert "1,234" in later.text()


async def test_reconnect_request_is_followed(fake: FakeDiscord, bot: ElectionBot) -> None:
    await fake.request_reconnect()
    await fake.wait_gateway(RESUME)
    reply = await fake.slash("about")
    assert reply.embeds
    assert fake.identify_count == 1


async def test_reidentifies_when_the_session_cannot_be_resumed(fake: FakeDiscord, bot: ElectionBot,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[bool] = []

    async def no_identify_delay(shard_id: int | None, *, initial: bool = False) -> None:
        waits.append(initial)  # discord.py waits 5 s before a re-IDENTIFY; not in tests

    monkeypatch.setattr(bot, "before_identify_hook", no_identify_delay)
    fake.resumable = False
    await fake.drop_connection()
    await fake.wait_gateway(RESUME)
    await fake.wait_gateway(IDENTIFY, count=2)
    assert fake.identify_count == 2 and waits == [False]
    # After INVALID_SESSION discord.py goes back to its default gateway URL: still redirected here.
    assert len(fake.gateway_paths) == 3 and all(p.startswith("/gateway?") for p in fake.gateway_paths)
    reply = await fake.slash("winner", seat="Testville")
    assert "Ann Able" in reply.text()


@pytest.mark.parametrize("status", [429, 500])
async def test_interaction_callback_recovers_from(fake: FakeDiscord, bot: ElectionBot, status: int) -> None:
    fake.fail_next("POST", r"^/interactions/\d+/[^/]+/callback$", status, retry_after=0.1)
    reply = await fake.slash("winner", seat="Testville")
    assert "Ann Able" in reply.text()
    failed = [r for r in fake.requests if r.path.endswith("/callback") and r.status == status]
    assert len(failed) == 1
    assert failed[0].json == reply.json, "the same response was sent again"
    assert reply.at - failed[0].at >= 0.09, "waited (retry_after, or the 5xx back-off) before retrying"


@pytest.mark.parametrize("status", [429, 500])
async def test_channel_reply_recovers_from(fake: FakeDiscord, bot: ElectionBot, status: int) -> None:
    fake.fail_next("POST", r"^/channels/\d+/messages$", status, retry_after=0.1)
    event = fake.message_event(f"<@{BOT_ID}> who won Testville?")
    await fake.dispatch("MESSAGE_CREATE", event)
    reply = await fake.wait_request("POST", r"^/channels/\d+/messages$", timeout=8)
    assert "Ann Able" in reply.text()
    attempts = [r for r in fake.requests if r.path.startswith("/channels/")]
    assert [r.status for r in attempts] == [status, 200]
    assert attempts[1].at - attempts[0].at >= 0.09, "waited (retry_after, or the 5xx back-off) before retrying"
