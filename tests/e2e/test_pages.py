"""Long answers page with buttons: the real client, the real engine over every official results file,
and button clicks sent through the fake Discord as component interactions."""
from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from conftest import running_bot
from fake_discord import BOT_ID, USER_ID, FakeDiscord, Recorded

from handlers.app.settings import Settings
from handlers.discord_ui import pages
from handlers.discord_ui.client import ElectionBot

QUESTION = "which seats did Labour win in 2017"
NEXT, PREVIOUS = "Next ▶", "◀ Previous"
SEAT_LINE = re.compile(r"^\*\*(.+?)\*\* \(2017\)")


@pytest.fixture
async def official_bot(settings: Settings, every_election_db: Path) -> AsyncIterator[ElectionBot]:
    shutil.copy(every_election_db, settings.db_path)
    async with running_bot(settings) as running:
        yield running


def counter(message: dict) -> str:
    return next(label for label in FakeDiscord.buttons(message) if "/" in label)


def seats_on(reply: Recorded) -> list[str]:
    [embed] = reply.embeds
    return [m.group(1) for line in embed["description"].splitlines() if (m := SEAT_LINE.match(line))]


async def test_every_seat_is_on_some_page_once(fake: FakeDiscord, official_bot: ElectionBot) -> None:
    reply = await fake.slash("ask", question=QUESTION, timeout=10)
    assert reply.response is not None
    buttons = fake.buttons(reply.response)
    assert buttons[PREVIOUS].get("disabled") and not buttons[NEXT].get("disabled")
    total = int(counter(reply.response).split("/")[1])
    assert total > 1 and counter(reply.response) == f"1 / {total}"
    assert reply.embeds[0]["footer"]["text"].startswith(f"Page 1 of {total}")
    seen = seats_on(reply)
    for number in range(2, total + 1):
        reply = await fake.click(reply, NEXT)
        assert reply.json["type"] == 7  # the same message, edited
        assert reply.response is not None and counter(reply.response) == f"{number} / {total}"
        assert reply.embeds[0]["footer"]["text"].startswith(f"Page {number} of {total}")
        seen += seats_on(reply)
    assert fake.buttons(reply.response)[NEXT].get("disabled")
    assert len(seen) == len(set(seen)) == 262  # Labour's 2017 seats, none cut, none twice
    back = await fake.click(reply, PREVIOUS)
    assert back.response is not None and counter(back.response) == f"{total - 1} / {total}"


async def test_only_the_asker_turns_the_pages(fake: FakeDiscord, official_bot: ElectionBot) -> None:
    reply = await fake.slash("ask", question=QUESTION, timeout=10)
    other = await fake.click(reply, NEXT, user_id=USER_ID + 1)
    assert other.json["type"] == 4 and other.ephemeral  # a private word, not a page turned
    assert "Only the person who asked" in other.json["data"]["content"]
    mine = await fake.click(reply, NEXT)
    assert mine.json["type"] == 7 and mine.response is not None and counter(mine.response).startswith("2 / ")


async def test_a_short_answer_has_no_buttons(fake: FakeDiscord, official_bot: ElectionBot) -> None:
    reply = await fake.slash("winner", seat="Sheffield Hallam", election="2017", timeout=10)
    assert reply.response is not None and fake.buttons(reply.response) == {}
    assert "Page" not in (reply.embeds[0].get("footer") or {}).get("text", "")


async def test_buttons_are_disabled_when_the_view_times_out(fake: FakeDiscord, official_bot: ElectionBot,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "PAGE_TIMEOUT", 0.5)
    reply = await fake.slash("ask", question=QUESTION, timeout=10)
    token = reply.path.split("/")[-2]
    edit = await fake.wait_request("PATCH", rf"/webhooks/\d+/{re.escape(token)}/messages/@original", timeout=5)
    assert edit.response is not None and fake.buttons(edit.response)
    assert all(button.get("disabled") for button in fake.buttons(edit.response).values())


async def test_a_reply_to_a_mention_pages_too(fake: FakeDiscord, official_bot: ElectionBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before = len(fake.requests)
    await fake.dispatch("MESSAGE_CREATE", fake.message_event(f"<@{BOT_ID}> {QUESTION}"))
    reply = await fake.wait_request("POST", r"/channels/\d+/messages$", after=before, timeout=10)
    assert reply.response is not None and counter(reply.response).startswith("1 / ")
    turned = await fake.click(reply, NEXT)
    assert turned.json["type"] == 7 and turned.response is not None and counter(turned.response).startswith("2 / ")
