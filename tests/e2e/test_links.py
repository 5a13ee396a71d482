"""Pages by address, feeds and the results channel, end to end: the real bot and engine, the fake
Discord, and a news site on 127.0.0.1 (tests/web_site.py)."""
from __future__ import annotations

import time
from dataclasses import replace

from fake_discord import ADMIN_PERMISSIONS, CHANNEL_ID, GUILD_ID, MEMBER_PERMISSIONS, FakeDiscord, Recorded
from web_site import FeedItem, NewsSite, page_html  # tests/ (its conftest puts it on the path)

from handlers.app.leases import Leases
from handlers.app.links import FEED_LEASE_SECONDS, feed_lease
from handlers.app.state import BotState, RateLimit
from handlers.discord_ui.client import ElectionBot

RESULTS_CHANNEL_ID = 900000000000000012  # the fake guild's second text channel
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


async def group_command(fake: FakeDiscord, group: str, sub: str, options: list[dict], *,
                        permissions: int = ADMIN_PERMISSIONS, resolved: dict | None = None,
                        timeout: float = 10.0) -> Recorded:
    payload = fake.interaction(group, [{"name": sub, "type": 1, "options": options}], permissions=permissions,
                               resolved=resolved)
    await fake.dispatch("INTERACTION_CREATE", payload)
    return await fake.wait_reply(payload["token"], timeout=timeout)


def text_option(name: str, value: str) -> dict:
    return {"name": name, "type": 3, "value": value}


async def set_results_channel(fake: FakeDiscord, channel_id: int) -> Recorded:
    channel = {"id": str(channel_id), "type": 0, "name": "results", "guild_id": str(GUILD_ID), "position": 1,
               "permission_overwrites": [], "nsfw": False, "parent_id": None, "permissions": str(ADMIN_PERMISSIONS)}
    return await group_command(fake, "results", "channel", [{"name": "channel", "type": 7, "value": str(channel_id)}],
                               resolved={"channels": {str(channel_id): channel}})


def posts(fake: FakeDiscord, channel_id: int = RESULTS_CHANNEL_ID) -> list[Recorded]:
    return [r for r in fake.requests if r.method == "POST" and r.path == f"/channels/{channel_id}/messages"]


def titles(fake: FakeDiscord) -> list[str]:
    return [r.embeds[0]["title"] for r in posts(fake)]


async def test_article_add_by_address(news: NewsSite, fake: FakeDiscord, real_bot: ElectionBot) -> None:
    url = news.url("/news/broxtowe")
    reply = await group_command(fake, "article", "add", [text_option("url", url)])
    assert reply.ephemeral and "Article added" in reply.text() and url in reply.text()
    assert "dated 2024-07-05" in reply.text()
    sources = await fake.slash("sources", seat="Broxtowe", year=2024)
    assert url in sources.text()
    refused = await group_command(fake, "article", "add", [text_option("url", news.url("/to-private"))])
    assert "Not added" in refused.text() and "a private address" in refused.text()
    member = await group_command(fake, "article", "add", [text_option("url", url)], permissions=MEMBER_PERMISSIONS)
    assert "Manage Server" in member.text()
    assert news.hits["/news/broxtowe"] == 1


async def test_feeds_post_each_declaration_once(news: NewsSite, fake: FakeDiscord, real_bot: ElectionBot) -> None:
    reply = await set_results_channel(fake, RESULTS_CHANNEL_ID)
    assert reply.ephemeral and "Results channel" in reply.text()
    news.feed_items = [FeedItem("ash", "/news/ashfield", "Ashfield"), FeedItem("brox", "/news/broxtowe", "Broxtowe")]
    feed = news.url("/feed.xml")
    added = await group_command(fake, "feed", "add", [text_option("url", feed)])
    assert "Feed added" in added.text() and "2 new items added" in added.text()
    await fake.wait_until(lambda: len(posts(fake)) == 2, timeout=10, what="two declarations posted")
    assert sorted(titles(fake)) == ["Ashfield — 2024", "Broxtowe — 2024"]
    for post in posts(fake):
        assert post.files and post.files[0][2].startswith(PNG_MAGIC), "the result embed with its chart"

    # The feed gains a declaration and a later page on a contest already posted; the poller reads both.
    news.pages["/news/ashfield-later"] = page_html("Ashfield: the full count", [
        "Lee Anderson held Ashfield, beating the independent Jason Zadrozny by 5,400 votes.",
        "Mr Anderson polled 17,100 votes to Mr Zadrozny's 11,700, and the Liberal Democrat Sam Quill got 900.",
    ], published="2024-07-05T09:00:00+01:00")
    news.feed_items[:0] = [FeedItem("ged", "/news/gedling", "Gedling"),
                           FeedItem("ash-2", "/news/ashfield-later", "Ashfield full count")]
    cog = real_bot.get_cog("Feeds")
    scope = cog.links.scope(GUILD_ID)  # the server's own knowledge base
    check = cog.links.feed_state.check(scope, feed)
    assert check.etag and check.next_poll_at > 0
    cog.links.feed_state.save_check(scope, replace(check, next_poll_at=0))  # due now
    cog.poll_soon()
    await fake.wait_until(lambda: len(posts(fake)) == 3, timeout=10, what="the new declaration posted")
    assert news.hits["/news/ashfield-later"] == 1 and news.hits["/news/ashfield"] == 1
    assert sorted(titles(fake)) == ["Ashfield — 2024", "Broxtowe — 2024", "Gedling — 2024"]

    listed = await group_command(fake, "feed", "list", [])
    assert feed in listed.text()
    removed = await group_command(fake, "feed", "remove", [text_option("url", feed)])
    assert "No longer following" in removed.text()
    assert posts(fake, CHANNEL_ID) == [], "nothing went to other channels"


async def test_a_bad_feed_is_not_followed(news: NewsSite, fake: FakeDiscord, real_bot: ElectionBot) -> None:
    reply = await group_command(fake, "feed", "add", [text_option("url", news.url("/malformed.xml"))])
    assert "Not added" in reply.text() and "not a readable RSS or Atom feed" in reply.text()
    listed = await group_command(fake, "feed", "list", [])
    assert "follows no feeds" in listed.text()


async def test_links_are_rate_limited_per_server(news: NewsSite, fake: FakeDiscord, real_bot: ElectionBot) -> None:
    real_bot.get_cog("Feeds").link_limit = RateLimit(count=1, seconds=3600)
    first = await group_command(fake, "article", "add", [text_option("url", news.url("/news/gedling"))])
    assert "Article added" in first.text()
    second = await group_command(fake, "feed", "add", [text_option("url", news.url("/feed.xml"))])
    assert "Not added" in second.text() and "try again in" in second.text()
    assert news.hits["/feed.xml"] == 0


async def test_a_feed_another_process_polls_is_followed_and_polled_there(
        news: NewsSite, fake: FakeDiscord, real_bot: ElectionBot) -> None:
    await set_results_channel(fake, RESULTS_CHANNEL_ID)
    news.feed_items = [FeedItem("ash", "/news/ashfield", "Ashfield")]
    feed = news.url("/feed.xml")
    other = Leases(BotState(real_bot.settings.state_db), FEED_LEASE_SECONDS, holder="another-process")
    assert other.claim([feed_lease(feed)], time.time())

    added = await group_command(fake, "feed", "add", [text_option("url", feed)])
    assert "Feed added" in added.text() and "Another process of the bot polls this feed" in added.text()
    assert news.hits["/feed.xml"] == 0, "not polled beside the process that holds it"
    assert feed in (await group_command(fake, "feed", "list", [])).text()

    other.release()  # that process stops: this one takes the feed over, and reads it for this server
    real_bot.get_cog("Feeds").poll_soon()
    await fake.wait_until(lambda: titles(fake) or None, timeout=10, what="the feed's declaration posted")
    assert titles(fake) == ["Ashfield — 2024"] and news.hits["/feed.xml"] == 1
