"""Load and abuse through the fake Discord: a burst of 1,000 mentions at once.

Access control and the token are covered elsewhere (see test_admin.py, test_login_sync.py,
test_bot_process.py); this file is about a flood of questions arriving together.
"""
from __future__ import annotations

import asyncio
import gc
import time
from collections import defaultdict

from conftest import running_bot
from fake_discord import BOT_ID, CHANNEL_ID, FakeDiscord
from fake_engine import FakeEngine

from handlers.answers.answer import Answer
from handlers.discord_ui.client import ElectionBot

BURST = 1_000
CHANNELS = (CHANNEL_ID, CHANNEL_ID + 100, CHANNEL_ID + 200, CHANNEL_ID + 300)
BURST_TIMEOUT = 25.0
RSS_SLACK_BYTES = 50 * 1024 * 1024


def rss_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def channel_replies(fake: FakeDiscord, after: int) -> list:
    return [r for r in fake.requests[after:]
            if r.method == "POST" and r.path.startswith("/channels/") and r.path.endswith("/messages")
            and r.status < 300]


async def test_a_burst_of_1000_mentions_is_answered_completely_with_bounded_memory(fake: FakeDiscord, bot: ElectionBot) -> None:
    # warm up: the first answer loads lazily imported code, so it is not counted as growth
    warm = len(fake.requests)
    await fake.dispatch("MESSAGE_CREATE", fake.message_event(f"<@{BOT_ID}> warm up"))
    await fake.wait_until(lambda: channel_replies(fake, warm), what="the warm-up reply")
    gc.collect()
    before_rss = rss_bytes()

    before = len(fake.requests)
    events = [fake.message_event(f"<@{BOT_ID}> question {i}", channel_id=CHANNELS[i % len(CHANNELS)])
              for i in range(BURST)]
    started = time.monotonic()
    await asyncio.gather(*(fake.dispatch("MESSAGE_CREATE", e) for e in events))
    await fake.wait_until(lambda: len(channel_replies(fake, before)) >= BURST, timeout=BURST_TIMEOUT,
                          what=f"{BURST} replies")
    elapsed = time.monotonic() - started
    replies = channel_replies(fake, before)

    asked = {e["id"]: e for e in events}
    answered = [str(r.json["message_reference"]["message_id"]) for r in replies]
    assert len(answered) == BURST and set(answered) == set(asked), "every message answered exactly once"
    for reply in replies:
        event = asked[str(reply.json["message_reference"]["message_id"])]
        assert reply.path == f"/channels/{event['channel_id']}/messages", "answered in its own channel"
        assert event["content"].split("> ", 1)[1] in reply.text(), "the answer is to that question"

    print(f"\n{BURST} mentions answered in {elapsed:.1f}s")
    gc.collect()
    growth = rss_bytes() - before_rss
    print(f"RSS growth after the burst: {growth / 2**20:.1f} MiB")
    assert growth < RSS_SLACK_BYTES, f"RSS grew by {growth / 2**20:.1f} MiB"


def assert_channel_order(events: list[dict], replies: list) -> None:
    position = {e["id"]: i for i, e in enumerate(events)}
    order: dict[str, list[int]] = defaultdict(list)
    for reply in replies:
        reference = reply.json["message_reference"]
        order[str(reference["channel_id"])].append(position[str(reference["message_id"])])
    for channel, positions in order.items():
        assert positions == sorted(positions), f"channel {channel} answered out of order: {positions[:10]}"


class SlowOnSomeQuestions(FakeEngine):
    """FakeEngine, but a question containing "slow" takes a while (as a real hard question can)."""

    def ask(self, question: str) -> Answer:
        if "slow" in question:
            time.sleep(0.3)
        return super().ask(question)


async def test_a_slow_answer_is_not_overtaken_in_its_channel(fake: FakeDiscord, settings) -> None:
    async with running_bot(settings, engine_factory=SlowOnSomeQuestions):
        before = len(fake.requests)
        events = [fake.message_event(f"<@{BOT_ID}> slow question"), fake.message_event(f"<@{BOT_ID}> quick one")]
        for event in events:
            await fake.dispatch("MESSAGE_CREATE", event)
        await fake.wait_until(lambda: len(channel_replies(fake, before)) >= 2, what="two replies")
        assert_channel_order(events, channel_replies(fake, before))


async def test_a_burst_survives_a_dropped_connection_and_rest_failures(fake: FakeDiscord, bot: ElectionBot) -> None:
    """200 mentions: the gateway drops half-way (the rest are replayed on RESUME) and some replies first
    get a 500 or a 429; every message is still answered exactly once."""
    fake.fail_next("POST", r"^/channels/\d+/messages$", 500, times=3)
    fake.fail_next("POST", r"^/channels/\d+/messages$", 429, retry_after=0.05, times=3)
    before = len(fake.requests)
    events = [fake.message_event(f"<@{BOT_ID}> question {i}", channel_id=CHANNELS[i % len(CHANNELS)])
              for i in range(200)]
    await asyncio.gather(*(fake.dispatch("MESSAGE_CREATE", e) for e in events[:100]))
    await fake.drop_connection()
    for event in events[100:]:
        await fake.dispatch("MESSAGE_CREATE", event)  # kept for the RESUME
    await fake.wait_until(lambda: len(channel_replies(fake, before)) >= len(events), timeout=20,
                          what="200 replies")
    await asyncio.sleep(0.1)
    answered = [str(r.json["message_reference"]["message_id"]) for r in channel_replies(fake, before)]
    assert sorted(answered) == sorted(e["id"] for e in events), "each message answered exactly once"
    assert fake.resume_count >= 1 and fake.identify_count == 1
