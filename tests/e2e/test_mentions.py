"""Questions asked in a channel: by mentioning the bot, or in a configured answer channel."""
from __future__ import annotations

import asyncio

from conftest import running_bot, with_changes
from fake_discord import ANSWER_CHANNEL_ID, BOT_ID, CHANNEL_ID, GUILD_ID, OTHER_BOT_ID, FakeDiscord
from fake_engine import FakeEngine

from handlers.discord_ui.client import ElectionBot
from handlers.discord_ui.cogs.questions import question_from

MESSAGES = r"^/channels/\d+/messages$"


def test_question_from_strips_the_mention() -> None:
    assert question_from(f"<@{BOT_ID}> who won ashfield?", BOT_ID) == "who won ashfield?"
    assert question_from(f"hey <@!{BOT_ID}>,   who won?", BOT_ID) == "hey , who won?"
    assert question_from("who won ashfield?", BOT_ID) is None
    assert question_from(f"<@{BOT_ID + 1}> who won?", BOT_ID) is None


async def test_a_mention_gets_a_reply_to_that_message(fake: FakeDiscord, bot: ElectionBot) -> None:
    event = fake.message_event(f"<@{BOT_ID}> who won Testville?")
    before = len(fake.requests)
    await fake.dispatch("MESSAGE_CREATE", event)
    reply = await fake.wait_request("POST", MESSAGES, after=before)
    assert reply.path == f"/channels/{CHANNEL_ID}/messages"
    reference = reply.json["message_reference"]
    assert str(reference["message_id"]) == event["id"] and str(reference["channel_id"]) == str(CHANNEL_ID)
    assert ("ask", ("who won Testville?",)) in FakeEngine.instances[-1].calls
    assert "Ann Able" in reply.text()
    assert reply.files and reply.files[0][1] == "result.png"
    assert reply.json["allowed_mentions"] == {"parse": [], "replied_user": False}


async def test_everyone_in_a_mention_reply_pings_no_one(fake: FakeDiscord, bot: ElectionBot) -> None:
    before = len(fake.requests)
    await fake.dispatch("MESSAGE_CREATE", fake.message_event(f"<@{BOT_ID}> @everyone <@{OTHER_BOT_ID}> hi"))
    reply = await fake.wait_request("POST", MESSAGES, after=before)
    assert "@\u200beveryone" in reply.text() and "@everyone" not in reply.text()  # shown, and inert
    assert f"<@{OTHER_BOT_ID}>" not in reply.text()
    assert reply.json["allowed_mentions"]["parse"] == []


async def test_a_bare_mention_gets_help(fake: FakeDiscord, bot: ElectionBot) -> None:
    before = len(fake.requests)
    await fake.dispatch("MESSAGE_CREATE", fake.message_event(f"<@{BOT_ID}>"))
    reply = await fake.wait_request("POST", MESSAGES, after=before)
    assert "Ask me who won a seat" in reply.text()


async def test_messages_without_a_mention_and_from_bots_are_ignored(fake: FakeDiscord, bot: ElectionBot) -> None:
    await fake.dispatch("MESSAGE_CREATE", fake.message_event("who won Testville?"))
    await fake.dispatch("MESSAGE_CREATE", fake.message_event(f"<@{BOT_ID}> who won?", author_id=OTHER_BOT_ID, bot=True))
    await fake.dispatch("MESSAGE_CREATE", fake.message_event("who won?", channel_id=ANSWER_CHANNEL_ID))
    # A mention afterwards is answered: everything before it has been handled by then.
    before = len(fake.requests)
    await fake.dispatch("MESSAGE_CREATE", fake.message_event(f"<@{BOT_ID}> marker"))
    await fake.wait_request("POST", MESSAGES, after=before)
    await asyncio.sleep(0.05)
    replies = [r for r in fake.requests if r.method == "POST" and r.path.startswith("/channels/")]
    assert len(replies) == 1 and "marker" in replies[0].text()


async def test_answer_channels_need_no_mention(fake: FakeDiscord, settings) -> None:
    async with running_bot(with_changes(settings, message_content=True), engine_factory=FakeEngine):
        option, resolved = fake.channel_option("channel", GUILD_ID, ANSWER_CHANNEL_ID)
        await fake.subcommand("settings", "answer-channel", [option], resolved=resolved)
        event = fake.message_event("who won Testville?", channel_id=ANSWER_CHANNEL_ID)
        await fake.dispatch("MESSAGE_CREATE", event)
        reply = await fake.wait_request("POST", MESSAGES)
    assert reply.path == f"/channels/{ANSWER_CHANNEL_ID}/messages"
    assert str(reply.json["message_reference"]["message_id"]) == event["id"]
    assert str(reply.json["message_reference"].get("guild_id")) == str(GUILD_ID)
