"""Feeds with several processes on one state database: each feed is polled by the one process that
holds its lease, for every server that follows it; another takes over when the holder stops.

Two `LinkService`s over one settings (one state file, one folder of servers) stand for two shard
processes; the feed and its pages are served on 127.0.0.1 (tests/web_site.py, text written for tests).
"""
from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sample_kb import sample_settings
from web_site import FeedItem, NewsSite, standard_site

from handlers.app.leases import Leases
from handlers.app.links import FEED_LEASE_SECONDS, LinkService
from handlers.app.service import KnowledgeService
from handlers.app.settings import Settings
from handlers.app.state import BotState
from knowledge.sources.feed_state import BASE_INTERVAL
from knowledge.store.database import load

SERVERS = (101, 202, 303)


@pytest.fixture
async def news(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[NewsSite]:
    monkeypatch.setenv("ELECTION_BOT_ALLOW_PRIVATE_URLS", "127.0.0.0/8")
    site = standard_site()
    site.feed_items = [FeedItem("ash", "/news/ashfield", "Ashfield"), FeedItem("brox", "/news/broxtowe", "Broxtowe")]
    await site.start()
    try:
        yield site
    finally:
        await site.stop()


async def process(settings: Settings) -> LinkService:
    """One process's feed side: its own knowledge service and connection to the shared state file."""
    service = KnowledgeService(settings)
    await service.start()
    links = LinkService(service, BotState(settings.state_db))
    await links.start()
    return links


def polled(polls: list) -> list[tuple[int, str]]:
    return sorted((guild, poll.report.url) for poll in polls for guild in poll.guilds)


def server_seats(*, links: LinkService, guild: int) -> set[str]:
    return {seat.constituency for seat in load(links.service.guild(guild).db).seats}


async def test_each_feed_is_polled_by_one_process_for_every_server(news: NewsSite, tmp_path: Path) -> None:
    settings = sample_settings(tmp_path)
    first, second = await process(settings), await process(settings)
    feed, other = news.url("/feed.xml"), news.url("/feed.xml?edition=late")
    for guild in SERVERS[:2]:
        first.subscriptions.add(guild, feed)
    second.subscriptions.add(SERVERS[2], other)  # added in the other process: the same table

    everything = [(SERVERS[0], feed), (SERVERS[1], feed), (SERVERS[2], other)]

    # The first process to look claims both feeds, and polls them for every server following them.
    start = time.time()
    assert polled(await first.poll_due(start)) == everything
    assert news.hits["/feed.xml"] == 3 and news.hits["/news/ashfield"] == 3, "once per server"
    for guild in SERVERS:
        assert {"Ashfield", "Broxtowe"} <= server_seats(links=first, guild=guild), guild

    # When they are due again, only the holder polls them (and so renews its leases).
    due = start + BASE_INTERVAL * 2
    assert due < start + FEED_LEASE_SECONDS
    assert await second.poll_due(due) == [], "due, but the first process's to poll"
    assert polled(await first.poll_due(due)) == everything
    assert news.hits["/feed.xml"] == 6 and news.conditional_hits["/feed.xml"] == 3

    # The first process stops without a word (a crash): once its leases expire the second polls all,
    # with the validators the first one saved.
    expired = due + FEED_LEASE_SECONDS
    assert polled(await second.poll_due(expired)) == everything
    assert news.conditional_hits["/feed.xml"] == 6 and news.hits["/news/ashfield"] == 3
    assert await first.poll_due(expired + BASE_INTERVAL * 2) == [], "the feeds are the second process's now"

    # A clean stop hands the feeds over at once, before the leases would expire.
    await second.close()
    assert polled(await first.poll_due(expired + BASE_INTERVAL * 2)) == everything
    await first.close()


def test_a_lease_is_renewed_by_its_holder_and_taken_over_only_once_expired(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite3"
    one, two = Leases(BotState(state), 60.0, "one"), Leases(BotState(state), 60.0, "two")
    assert one.claim(["feed:a", "feed:b"], now=1000.0) == {"feed:a", "feed:b"}
    assert two.claim(["feed:a", "feed:b", "feed:c"], now=1030.0) == {"feed:c"}
    assert one.claim(["feed:a"], now=1050.0) == {"feed:a"}, "renewed until 1110"
    assert two.claim(["feed:a", "feed:b"], now=1070.0) == {"feed:b"}, "b expired at 1060; a was renewed"
    assert one.claim(["feed:b"], now=1080.0) == set()
    two.release()
    assert one.claim(["feed:b", "feed:c"], now=1081.0) == {"feed:b", "feed:c"}


async def test_a_feed_just_followed_is_first_polled_under_its_lease(news: NewsSite, tmp_path: Path) -> None:
    settings = sample_settings(tmp_path)
    first, second = await process(settings), await process(settings)
    feed, other = news.url("/feed.xml"), news.url("/feed.xml?edition=late")
    start = time.time()

    # No one holds the feed: the process adding it polls it at once, and holds it from then on.
    first.subscriptions.add(SERVERS[0], feed)
    report = await first.poll_leased(feed, SERVERS[0], start)
    assert report is not None and not report.error and news.hits["/feed.xml"] == 1
    assert await second.poll_due(start) == [], "the first process's to poll"
    assert news.hits["/feed.xml"] == 1

    # Another process holds it: it is not polled here, but by the holder, for the new server too.
    first.subscriptions.add(SERVERS[1], feed)
    assert await second.poll_leased(feed, SERVERS[1], start + 1) is None
    assert news.hits["/feed.xml"] == 1 and news.hits["/news/ashfield"] == 1
    assert polled(await first.poll_due(start + 2)) == [(SERVERS[1], feed)], "due for the new server only"
    assert {"Ashfield", "Broxtowe"} <= server_seats(links=first, guild=SERVERS[1])

    # The lease is per feed: another feed is still the second process's to take.
    second.subscriptions.add(SERVERS[2], other)
    assert await second.poll_leased(other, SERVERS[2], start + 3) is not None
    assert polled(await first.poll_due(start + BASE_INTERVAL * 2)) == [(SERVERS[0], feed), (SERVERS[1], feed)]
    await first.close()
    await second.close()
