"""The live results channel end to end: the real bot and engine, discord.py against the fake Discord,
pages from the news site on 127.0.0.1. A contest is posted once and edited when it gains facts; the
outbox in the state database survives a restart; bursts are all sent inside the per-channel cap; a
channel closed to the bot costs one request and never stops the other servers. Choosing another
channel sends what waited for the old one there, once; `/results channel` alone shows the channel and
what waits; `/results off` says what it drops.

Every page's text here is written for these tests.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import running_bot, with_changes
from fake_discord import CHANNEL_ID, GUILD_ID, OTHER_GUILD_ID, FakeDiscord, Recorded, answer_channel
from test_links import PNG_MAGIC, RESULTS_CHANNEL_ID, group_command, set_results_channel, text_option
from web_site import NewsSite, page_html

from handlers.app.declarations import Outbox, OutboxItem, Throttle
from handlers.app.links import ResultsLedger
from handlers.app.settings import Settings
from handlers.app.state import BotState, RateLimit
from handlers.discord_ui.client import ElectionBot
from knowledge.lexicon.seatnames import constituency_names
from knowledge.records import Fact, Provenance
from knowledge.store.database import load, write

THIRD_GUILD_ID = OTHER_GUILD_ID + (1 << 22)
SERVERS = (GUILD_ID, OTHER_GUILD_ID, THIRD_GUILD_ID)

FIRST = page_html("Holt takes Rushcliffe", [
    "Labour's Priya Holt won Rushcliffe at the general election, taking the seat from the Conservatives.",
], published="2024-07-05T03:30:00+01:00")
FULL_COUNT = page_html("Rushcliffe: the full count", [
    "Priya Holt won Rushcliffe with a majority of 2,310 over the Conservative Owen Marsh.",
    "Ms Holt polled 21,480 votes to Mr Marsh's 19,170.",
], published="2024-07-05T08:00:00+01:00")


NO_CAP = RateLimit(count=100, seconds=1.0)


def fast(bot: ElectionBot, *, cap: RateLimit = NO_CAP, retry_seconds: float = 0.05) -> None:
    """No gaps between sends (the cap still holds), and quick retries."""
    poster = bot.get_cog("Feeds").poster
    poster.schedule.throttle = Throttle(global_gap=0.0, channel_gap=0.0, channel_cap=cap)
    poster.retry_seconds = retry_seconds


def sends(fake: FakeDiscord, channel_id: int, method: str = "POST", *, ok: bool = True) -> list[Recorded]:
    """The posts (or edits) the bot made in a channel, succeeded (or failed)."""
    path = f"/channels/{channel_id}/messages"
    return [r for r in fake.requests if r.method == method and (r.path == path if method == "POST"
                                                                 else r.path.startswith(path + "/"))
            and (r.status < 300) == ok]


async def add_page(fake: FakeDiscord, news: NewsSite, path: str, guild_id: int = GUILD_ID) -> None:
    reply = await group_command(fake, "article", "add", [text_option("url", news.url(path))])
    assert "Article added" in reply.text(), reply.text()


def outbox_of(settings: Settings) -> Outbox:
    return Outbox(BotState(settings.state_db))


async def outbox_until(outbox: Outbox, wanted: Callable[[list[OutboxItem]], bool], what: str,
                       timeout: float = 10.0) -> list[OutboxItem]:
    """Wait until the outbox's pending items are as `wanted` (the poster writes the outbox after its
    requests, so the fake has nothing to tell; this looks every few milliseconds)."""
    async def waiting() -> list[OutboxItem]:
        while not wanted(items := await asyncio.to_thread(outbox.pending)):
            await asyncio.sleep(0.02)
        return items
    try:
        return await asyncio.wait_for(waiting(), timeout)
    except TimeoutError:
        raise AssertionError(f"timed out after {timeout}s waiting for {what}: {outbox.pending()}") from None


async def emptied(outbox: Outbox) -> None:
    await outbox_until(outbox, lambda items: not items, "everything sent or dropped")


async def test_a_contest_is_posted_once_then_edited_with_its_new_facts(
        news: NewsSite, fake: FakeDiscord, real_bot: ElectionBot) -> None:
    fast(real_bot)
    await set_results_channel(fake, RESULTS_CHANNEL_ID)
    news.pages.update({"/news/rushcliffe": FIRST, "/news/rushcliffe-count": FULL_COUNT,
                       "/news/rushcliffe-reprint": FULL_COUNT})
    await add_page(fake, news, "/news/rushcliffe")
    (post,) = await fake.wait_until(lambda: sends(fake, RESULTS_CHANNEL_ID) or None, 10, "the declaration posted")
    assert post.embeds[0]["title"] == "Rushcliffe — 2024" and "Priya Holt" in post.text()
    assert "2,310" not in post.text() and not post.files, "no margin and no votes yet, so no chart"

    await add_page(fake, news, "/news/rushcliffe-count")
    message_id = post.response["id"]
    edit = await fake.wait_request("PATCH", f"/channels/{RESULTS_CHANNEL_ID}/messages/{message_id}$", timeout=10)
    assert edit.embeds[0]["title"] == "Rushcliffe — 2024" and "2,310" in edit.text() and "21,480" in edit.text()
    assert edit.files and edit.files[0][2].startswith(PNG_MAGIC), "the chart, now that there are votes"

    # The same facts again at another address change nothing; the next declaration still goes out.
    await add_page(fake, news, "/news/rushcliffe-reprint")
    await add_page(fake, news, "/news/gedling")
    await fake.wait_until(lambda: len(sends(fake, RESULTS_CHANNEL_ID)) == 2, 10, "Gedling posted")
    assert [p.embeds[0]["title"] for p in sends(fake, RESULTS_CHANNEL_ID)] == ["Rushcliffe — 2024", "Gedling — 2024"]
    assert sends(fake, RESULTS_CHANNEL_ID, "PATCH") == [edit], "one edit, and no second post of Rushcliffe"


async def test_a_declaration_queued_before_a_restart_is_sent_once_after_it(
        news: NewsSite, fake: FakeDiscord, settings: Settings) -> None:
    news.pages["/news/rushcliffe"] = FIRST
    fake.fail_next("POST", f"/channels/{RESULTS_CHANNEL_ID}/messages$", 503, times=1000)
    async with running_bot(settings) as bot:
        fast(bot, retry_seconds=3600.0)  # after the first failure, not before the restart
        await set_results_channel(fake, RESULTS_CHANNEL_ID)
        await add_page(fake, news, "/news/rushcliffe")
        await fake.wait_until(lambda: sends(fake, RESULTS_CHANNEL_ID, ok=False) or None, 10, "the failed send")
        (pending,) = await outbox_until(outbox_of(settings), lambda items: [i.attempts for i in items] == [1],
                                        "the failure counted")
    assert pending.constituency == "Rushcliffe"

    fake.failures.clear()
    async with running_bot(settings):
        (post,) = await fake.wait_until(lambda: sends(fake, RESULTS_CHANNEL_ID) or None, 10, "sent after the restart")
        await emptied(outbox_of(settings))
    assert post.embeds[0]["title"] == "Rushcliffe — 2024"
    assert len(sends(fake, RESULTS_CHANNEL_ID)) == 1 and len(sends(fake, RESULTS_CHANNEL_ID, ok=False)) == 1
    posted = ResultsLedger(BotState(settings.state_db)).posted(GUILD_ID, pending.contest)
    assert posted is not None and posted.message_id == int(post.response["id"])


async def test_a_failing_send_is_retried_and_sent_once(news: NewsSite, fake: FakeDiscord, real_bot: ElectionBot) -> None:
    fast(real_bot)
    news.pages["/news/rushcliffe"] = FIRST
    fake.fail_next("POST", f"/channels/{RESULTS_CHANNEL_ID}/messages$", 503, times=2)
    await set_results_channel(fake, RESULTS_CHANNEL_ID)
    await add_page(fake, news, "/news/rushcliffe")
    (post,) = await fake.wait_until(lambda: sends(fake, RESULTS_CHANNEL_ID) or None, 10, "sent at the third try")
    assert len(sends(fake, RESULTS_CHANNEL_ID, ok=False)) == 2 and post.embeds[0]["title"] == "Rushcliffe — 2024"
    await emptied(real_bot.get_cog("Feeds").poster.outbox)


def import_results(names: list[str], year: int) -> Callable[[Path], None]:
    """A change to the global database: an official-looking import declaring each seat of `names`
    (invented candidates and majorities; no votes, so no charts to draw)."""
    def change(db: Path) -> None:
        facts = []
        for n, seat in enumerate(names):
            where = Provenance("official", "results-test.csv", None, f"row {n + 1}")
            winner, second = f"Robin Ashby-{n}", f"Sasha Crane-{n}"
            facts += [Fact(seat, year, "winner", winner, where), Fact(seat, year, "winner_party", "Labour", where),
                      Fact(seat, year, "margin", 1_000 + n, where)]
            for name, party in ((winner, "Labour"), (second, "Conservative")):
                facts += [Fact(seat, year, "candidate", name, where, name), Fact(seat, year, "party", party, where, name)]
        with write(db) as writer:
            writer.add_import("results-test.csv", "candidates", year, len(names), "2" * 64, facts)
    return change


def undeclared_seats(bot: ElectionBot, count: int, year: int = 2024) -> list[str]:
    known = {seat.constituency for seat in bot.service.snapshot.knowledge.seats if seat.election_year == year}
    return [name for name in constituency_names(year) if name not in known][:count]


async def test_a_burst_across_three_servers_is_all_sent_inside_the_channel_cap(
        fake: FakeDiscord, settings: Settings) -> None:
    fake.guild_ids = list(SERVERS)
    cap = RateLimit(count=5, seconds=0.4)  # far below what the bot sends unthrottled here
    async with running_bot(settings) as bot:
        fast(bot, cap=cap)
        for guild in SERVERS:
            bot.get_cog("Feeds").state.set_results_channel(guild, answer_channel(guild))
        seats = undeclared_seats(bot, 67)
        await bot.service.apply(import_results(seats, 2024))
        await fake.wait_until(lambda: sum(len(sends(fake, answer_channel(g))) for g in SERVERS) == 3 * len(seats),
                              90, "every declaration in every server")
        await emptied(outbox_of(settings))
    wanted = set(seats)
    expected = [f"{s.constituency} — 2024" for s in bot.service.snapshot.knowledge.seats
                if s.constituency in wanted and s.election_year == 2024]
    assert len(expected) == len(seats)
    for guild in SERVERS:
        posted = sends(fake, answer_channel(guild))
        assert [p.embeds[0]["title"] for p in posted] == expected, "each once, in the knowledge base's order"
        moments = [p.at for p in posted]
        for first, later in zip(moments, moments[cap.count:], strict=False):
            assert later - first >= cap.seconds, f"more than {cap.count} in {cap.seconds} s in server {guild}"


async def test_a_channel_closed_to_the_bot_never_stops_the_other_servers(fake: FakeDiscord, settings: Settings) -> None:
    fake.guild_ids = list(SERVERS)
    closed = answer_channel(OTHER_GUILD_ID)
    fake.fail_next("POST", f"/channels/{closed}/messages$", 403, times=1000, code=50001)
    async with running_bot(settings) as bot:
        fast(bot)
        for guild in SERVERS:
            bot.get_cog("Feeds").state.set_results_channel(guild, answer_channel(guild))
        seats = undeclared_seats(bot, 5)
        await bot.service.apply(import_results(seats, 2024))
        open_ones = [answer_channel(g) for g in SERVERS if g != OTHER_GUILD_ID]
        await fake.wait_until(lambda: all(len(sends(fake, c)) == len(seats) for c in open_ones), 30, "the open channels")
        await emptied(outbox_of(settings))
    assert len(sends(fake, closed, ok=False)) == 1, "one refused request, then that channel's queue is dropped"
    assert sends(fake, closed) == []


POSTING = "New declarations from this server's articles, feeds and imports will be posted in"


async def results_command(fake: FakeDiscord, sub: str) -> str:
    return (await group_command(fake, "results", sub, [])).text()


async def stuck_in(fake: FakeDiscord, bot: ElectionBot, news: NewsSite, channel: int, paths: list[str]) -> None:
    """`paths` added as pages while `channel` answers every post with 503: the first declaration has
    failed once and waits an hour for its retry, the others wait behind it."""
    fast(bot, retry_seconds=3600.0)
    fake.fail_next("POST", f"/channels/{channel}/messages$", 503, times=1000)
    await set_results_channel(fake, channel)
    for path in paths:
        await add_page(fake, news, path)
    await fake.wait_until(lambda: sends(fake, channel, ok=False) or None, 10, "the failed send")
    await outbox_until(outbox_of(bot.settings), lambda items: len(items) == len(paths), "all queued")


async def test_a_new_results_channel_gets_what_was_waiting_for_the_old_one_once(
        news: NewsSite, fake: FakeDiscord, real_bot: ElectionBot) -> None:
    news.pages["/news/rushcliffe"] = FIRST
    old, new = RESULTS_CHANNEL_ID, CHANNEL_ID
    await stuck_in(fake, real_bot, news, old, ["/news/rushcliffe", "/news/gedling"])

    reply = await set_results_channel(fake, new)
    text = reply.text()
    assert reply.ephemeral and f"{POSTING} <#{new}>" in text and "edited, not reposted" in text
    assert f"Still waiting for <#{old}>" in text, text
    assert "2 declarations: Rushcliffe (2024 general election), Gedling (2024 general election)" in text
    await fake.wait_until(lambda: len(sends(fake, new)) == 2, 10, "both sent to the new channel")
    await emptied(outbox_of(real_bot.settings))
    assert [p.embeds[0]["title"] for p in sends(fake, new)] == ["Rushcliffe — 2024", "Gedling — 2024"]
    assert sends(fake, old) == [] and len(sends(fake, old, ok=False)) == 1, "the old channel: one failed try"

    # What is declared from now on goes to the new channel too.
    news.pages["/news/rushcliffe-count"] = FULL_COUNT
    await add_page(fake, news, "/news/rushcliffe-count")
    posted = sends(fake, new)[0].response["id"]
    edit = await fake.wait_request("PATCH", f"/channels/{new}/messages/{posted}$", timeout=10)
    assert "2,310" in edit.text() and len(sends(fake, new)) == 2, "edited in the new channel, not reposted"


async def test_results_channel_alone_shows_the_channel_and_off_says_what_it_drops(
        news: NewsSite, fake: FakeDiscord, real_bot: ElectionBot) -> None:
    assert "No results channel" in await results_command(fake, "channel")
    news.pages["/news/rushcliffe"] = FIRST
    old = RESULTS_CHANNEL_ID
    await stuck_in(fake, real_bot, news, old, ["/news/rushcliffe"])

    shown = await results_command(fake, "channel")
    assert f"{POSTING} <#{old}>" in shown and "Waiting to be sent: 1 declaration: Rushcliffe (2024 general election)" \
        in shown, shown
    state = real_bot.get_cog("Feeds").state
    assert state.guild(GUILD_ID).results_channel_id == old, "showing the channel changes nothing"

    stopped = await results_command(fake, "off")
    assert f"no longer posted in a channel (they went to <#{old}>)" in stopped, stopped
    assert "Dropped, never to be sent: 1 declaration: Rushcliffe (2024 general election)" in stopped
    assert state.guild(GUILD_ID).results_channel_id is None
    assert outbox_of(real_bot.settings).pending() == []
    assert "nothing changed" in await results_command(fake, "off")

    # A channel chosen again gets what is declared from now on, never what was dropped.
    await set_results_channel(fake, CHANNEL_ID)
    await add_page(fake, news, "/news/gedling")
    await fake.wait_until(lambda: sends(fake, CHANNEL_ID) or None, 10, "Gedling posted")
    await emptied(outbox_of(real_bot.settings))
    assert [p.embeds[0]["title"] for p in sends(fake, CHANNEL_ID)] == ["Gedling — 2024"]
    assert sends(fake, old) == []


async def test_a_channel_changed_by_another_process_is_honoured_when_the_declaration_is_sent(
        news: NewsSite, fake: FakeDiscord, real_bot: ElectionBot) -> None:
    news.pages["/news/rushcliffe"] = FIRST
    old, new = RESULTS_CHANNEL_ID, CHANNEL_ID
    fast(real_bot, retry_seconds=0.3)
    fake.fail_next("POST", f"/channels/{old}/messages$", 503, times=1000)
    await set_results_channel(fake, old)
    await add_page(fake, news, "/news/rushcliffe")
    await fake.wait_until(lambda: sends(fake, old, ok=False) or None, 10, "the failed send")
    # Another shard's process writes the setting; this process's poster is not told.
    BotState(real_bot.settings.state_db).set_results_channel(GUILD_ID, new)
    (post,) = await fake.wait_until(lambda: sends(fake, new) or None, 10, "sent to the channel now chosen")
    await emptied(outbox_of(real_bot.settings))
    assert post.embeds[0]["title"] == "Rushcliffe — 2024" and sends(fake, old) == []
    assert len(sends(fake, new)) == 1


async def logged(caplog: pytest.LogCaptureFixture, text: str, timeout: float = 10.0) -> None:
    """Wait until `text` is logged (the poster tells the fake nothing when it waits for another process)."""
    async def waiting() -> None:
        while text not in caplog.text:
            await asyncio.sleep(0.02)
    try:
        await asyncio.wait_for(waiting(), timeout)
    except TimeoutError:
        raise AssertionError(f"timed out after {timeout}s waiting for the log to say {text!r}") from None


def queue_declared(settings: Settings, count: int) -> list[OutboxItem]:
    """`count` declared contests of the knowledge base queued for the results channel, as a process
    that stopped before sending them left them."""
    state = BotState(settings.state_db)
    state.set_results_channel(GUILD_ID, RESULTS_CHANNEL_ID)
    seats = [seat for seat in load(settings.db_path).seats if seat.get("winner") is not None][:count]
    return Outbox(state, holder="stopped").queue(GUILD_ID, RESULTS_CHANNEL_ID, seats)


async def test_two_processes_restarting_together_send_each_queued_declaration_once(
        fake: FakeDiscord, settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    fake.guild_ids = [GUILD_ID, OTHER_GUILD_ID]
    queued = queue_declared(settings, 2)
    assert len(queued) == 2
    caplog.set_level(logging.INFO, logger="handlers.discord_ui.poster")
    # The channel fails until both processes are up and have both come to the first declaration.
    fake.fail_next("POST", f"/channels/{RESULTS_CHANNEL_ID}/messages$", 503, times=1000)
    sharded = with_changes(settings, shard_count=2)
    async with contextlib.AsyncExitStack() as stack:  # two processes of one shard each, one state database
        for shard in (0, 1):
            fast(await stack.enter_async_context(running_bot(sharded, shard_ids=[shard])))
        await logged(caplog, "being sent by another process")
        fake.failures.clear()
        await emptied(outbox_of(settings))
    titles = [p.embeds[0]["title"] for p in sends(fake, RESULTS_CHANNEL_ID)]
    assert sorted(titles) == sorted(f"{item.constituency} — {item.election[:4]}" for item in queued), titles


async def test_a_declaration_claimed_by_a_crashed_process_is_sent_once_its_claim_expires(
        fake: FakeDiscord, settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    (queued,) = queue_declared(settings, 1)
    crashed = Outbox(BotState(settings.state_db), holder="crashed")
    claim = crashed.claim(queued, time.time())
    assert claim is not None and claim.ours  # and then it stopped without a word
    caplog.set_level(logging.INFO, logger="handlers.discord_ui.poster")
    async with running_bot(settings) as bot:
        fast(bot)
        poster = bot.get_cog("Feeds").poster
        await logged(caplog, "being sent by another process")
        assert sends(fake, RESULTS_CHANNEL_ID) == [], "not while the claim holds"
        poster.clock = lambda: claim.until  # the claim has just expired
        poster.wake()
        (post,) = await fake.wait_until(lambda: sends(fake, RESULTS_CHANNEL_ID) or None, 10, "sent by this process")
        await emptied(outbox_of(settings))
    assert post.embeds[0]["title"].startswith(queued.constituency)
    assert len(sends(fake, RESULTS_CHANNEL_ID)) == 1
