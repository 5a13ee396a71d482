"""Feeds from a local site: each new item's page read once, 304s, a feed that changes between and during
polls, and bad feeds and items (each reported and skipped, the knowledge intact)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from web_site import FAST, LOOPBACK_ONLY, FeedItem, NewsSite, SiteThread, standard_site

import bot
from knowledge.sources.feed_state import FeedState, next_wait
from knowledge.sources.feeds import MAX_FEED_ITEMS, parse_feed
from knowledge.sources.fetch import Fetcher
from knowledge.sources.polling import poll_feed, scope_of
from knowledge.store.database import load

ITEMS = [FeedItem("ash-1", "/news/ashfield", "Anderson holds Ashfield"),
         FeedItem("brox-1", "/news/broxtowe", "Campbell wins Broxtowe")]


def files(db: Path) -> set[str]:
    return {a.file for a in load(db).articles}


async def test_new_items_are_read_once_and_an_unchanged_feed_changes_nothing(site: NewsSite, tmp_path: Path) -> None:
    db, state = tmp_path / "kb.sqlite3", FeedState(tmp_path / "state.sqlite3")
    site.feed_items = list(ITEMS)
    async with Fetcher(LOOPBACK_ONLY, FAST) as fetcher:
        first = await poll_feed(site.url("/feed.xml"), db, fetcher, state)
        assert [r.url for r in first.added] == [site.url("/news/ashfield"), site.url("/news/broxtowe")]
        assert "Ashfield 2024" in first.summary() and first.title == "Trent Valley Post: results"
        before = db.read_bytes()
        second = await poll_feed(site.url("/feed.xml"), db, fetcher, state)
        assert second.not_modified and second.added == [] and "not changed" in second.summary()
        assert db.read_bytes() == before and site.conditional_hits["/feed.xml"] == 1
        site.feed_items.insert(0, FeedItem("ged-1", "/news/gedling", "Gedling stays red"))
        third = await poll_feed(site.url("/feed.xml"), db, fetcher, state)
    assert [r.url for r in third.added] == [site.url("/news/gedling")]
    assert site.hits["/news/ashfield"] == 1 and site.hits["/news/gedling"] == 1
    assert files(db) == {site.url(p) for p in ("/news/ashfield", "/news/broxtowe", "/news/gedling")}


async def test_state_survives_a_restart(site: NewsSite, tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    site.feed_items = list(ITEMS)
    async with Fetcher(LOOPBACK_ONLY, FAST) as fetcher:
        state = FeedState(tmp_path / "state.sqlite3")
        await poll_feed(site.url("/feed.xml"), db, fetcher, state)
        state.close()
        again = FeedState(tmp_path / "state.sqlite3")
        check = again.check(scope_of(db), site.url("/feed.xml"))
        assert check.etag and check.last_modified and check.failures == 0
        report = await poll_feed(site.url("/feed.xml"), db, fetcher, again)
    assert report.not_modified


async def test_a_feed_that_changes_while_it_is_polled(site: NewsSite, tmp_path: Path) -> None:
    """The feed gains an item while the first poll is reading its items: that poll reads the version it
    fetched, and the next one reads just the new item."""
    db, state = tmp_path / "kb.sqlite3", FeedState(tmp_path / "state.sqlite3")
    site.feed_items = list(ITEMS)
    site.on_page["/news/ashfield"] = lambda: site.feed_items.insert(0, FeedItem("ged-1", "/news/gedling", "Gedling"))
    async with Fetcher(LOOPBACK_ONLY, FAST) as fetcher:
        first = await poll_feed(site.url("/feed.xml"), db, fetcher, state)
        second = await poll_feed(site.url("/feed.xml"), db, fetcher, state)
    assert len(first.added) == 2 and [r.url for r in second.added] == [site.url("/news/gedling")]


async def test_bad_items_are_skipped_and_the_rest_are_read(site: NewsSite, tmp_path: Path) -> None:
    db, state = tmp_path / "kb.sqlite3", FeedState(tmp_path / "state.sqlite3")
    site.feed_items = [FeedItem("gone", "/news/withdrawn", "Withdrawn"), FeedItem("app", "/news/app", "App"),
                       FeedItem("priv", "/to-private", "Private"), FeedItem("slow", "/slow", "Slow"),
                       *ITEMS]
    async with Fetcher(LOOPBACK_ONLY, FAST) as fetcher:
        report = await poll_feed(site.url("/feed.xml"), db, fetcher, state)
        reasons = {u.path.rsplit("/", 1)[1]: u.reason for u in report.failed}
        assert reasons["withdrawn"] == "the server answered 404 Not Found"
        assert reasons["app"].startswith("the page has no article text")
        assert "a private address" in reasons["to-private"] and reasons["slow"].startswith("timed out")
        assert len(report.added) == 2
        # the time-out may pass, so the feed is read again (no validators kept) and only /slow is retried
        again = await poll_feed(site.url("/feed.xml"), db, fetcher, state)
    assert not again.not_modified and [u.path for u in again.failed] == [site.url("/slow")]
    assert site.hits["/news/withdrawn"] == 1


async def test_a_malformed_feed_is_reported_and_backed_off(site: NewsSite, tmp_path: Path) -> None:
    db, state = tmp_path / "kb.sqlite3", FeedState(tmp_path / "state.sqlite3")
    async with Fetcher(LOOPBACK_ONLY, FAST) as fetcher:
        report = await poll_feed(site.url("/malformed.xml"), db, fetcher, state)
        page = await poll_feed(site.url("/news/ashfield"), db, fetcher, state)
        slow = await poll_feed(site.url("/slow"), db, fetcher, state)
    assert report.error.startswith("not a readable RSS or Atom feed") and "not polled" in report.summary()
    assert page.error.startswith("not a readable RSS or Atom feed") and slow.error.startswith("timed out")
    check = state.check(scope_of(db), site.url("/malformed.xml"))
    assert check.failures == 1 and check.last_error == report.error
    assert not db.exists()


def test_waits_grow_with_failures_and_slow_polls() -> None:
    assert next_wait(0, 1) < next_wait(1, 1) < next_wait(2, 1)
    assert next_wait(0, 30) > next_wait(0, 1)
    assert next_wait(50, 30) == next_wait(40, 1)  # capped


async def test_a_feed_of_ten_thousand_items(site: NewsSite, tmp_path: Path) -> None:
    db, state = tmp_path / "kb.sqlite3", FeedState(tmp_path / "state.sqlite3")
    async with Fetcher(LOOPBACK_ONLY, replace(FAST, max_bytes=3_000_000)) as fetcher:
        first = await poll_feed(site.url("/big-feed.xml"), db, fetcher, state, max_new=20)
        second = await poll_feed(site.url("/big-feed.xml"), db, fetcher, state, max_new=20)
    assert first.listed == 10_000 and first.left_out == 10_000 - MAX_FEED_ITEMS
    assert len(first.failed) == 20 and first.waiting == MAX_FEED_ITEMS - 20
    assert "only the first 200 were looked at" in first.summary()
    assert {u.path for u in second.failed}.isdisjoint({u.path for u in first.failed})
    assert sum(site.hits[f"/gone/{n}"] for n in range(10_000)) == 40


def test_items_keyed_by_guid_or_link() -> None:
    atom = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom results</title>'
            b'<entry><id>tag:news.test,2024:1</id><title>One</title><link href="/one"/></entry>'
            b'<entry><title>Two</title><link href="http://news.test/two"/></entry>'
            b'<entry><title>No link</title></entry></feed>')
    feed = parse_feed(atom, "http://news.test/feed")
    assert [(i.key, i.link) for i in feed.items] == [("tag:news.test,2024:1", "http://news.test/one"),
                                                     ("http://news.test/two", "http://news.test/two")]
    with pytest.raises(ValueError, match="empty"):
        parse_feed(b"", "http://news.test/feed")


def test_feed_poll_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ELECTION_BOT_ALLOW_PRIVATE_URLS", "127.0.0.0/8")
    monkeypatch.setenv("ELECTION_BOT_STATE_DB", str(tmp_path / "state.sqlite3"))
    db = tmp_path / "kb.sqlite3"
    site = standard_site()
    site.feed_items = list(ITEMS)
    with SiteThread(site) as served:
        assert bot.main(["feed", "poll", served.url("/feed.xml"), "--db", str(db)]) == 0
        first = capsys.readouterr().out
        assert bot.main(["feed", "poll", served.url("/feed.xml"), "--db", str(db)]) == 0
        second = capsys.readouterr().out
        assert bot.main(["feed", "poll", served.url("/malformed.xml"), "--db", str(db)]) == 1
        third = capsys.readouterr().out
    assert "2 new items added" in first and f"added {served.url('/news/ashfield')}: dated 2024-07-05" in first
    assert "not changed since the last poll" in second
    assert "not polled: not a readable RSS or Atom feed" in third
