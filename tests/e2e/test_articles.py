"""/article list and /article remove through the real client: a server sees and removes its own articles only.

The real bot and engine over the sample articles, the fake Discord serving two servers (A and B), and
for pages the news site on 127.0.0.1 (tests/web_site.py).
"""
from __future__ import annotations

from fake_discord import (
    ADMIN_PERMISSIONS,
    GUILD_ID,
    MEMBER_PERMISSIONS,
    OTHER_GUILD_ID,
    FakeDiscord,
    Recorded,
)
from test_admin import article_add
from web_site import NewsSite  # tests/ (its conftest puts it on the path)

from handlers.app.settings import Settings
from handlers.app.state import RateLimit
from handlers.discord_ui.client import ElectionBot
from handlers.discord_ui.cogs.admin import LIST_LINES

A, B = GUILD_ID, OTHER_GUILD_ID
# Our own sentences: a result for a seat the sample articles do not declare.
HEXHAM = (b"date 2017-06-09 Hexham was declared at 2am. Guy Opperman held the seat for the Conservatives "
          b"with 24,996 votes, a majority of 12,031 over Labour's Stephen Powell.\n")
WANSBECK = (b"date 2017-06-09 Wansbeck was declared at 3am. Ian Lavery held the seat for Labour "
            b"with 24,338 votes, a majority of 10,435 over the Conservatives' Chris Galley.\n")


async def article(fake: FakeDiscord, sub: str, guild_id: int, permissions: int = ADMIN_PERMISSIONS,
                  **options: str) -> Recorded:
    return await fake.subcommand("article", sub, fake.options(**options), guild_id=guild_id,
                                 permissions=permissions, timeout=15)


async def completions(fake: FakeDiscord, guild_id: int, typed: str) -> list[str]:
    payload = fake.interaction("article", [{"name": "remove", "type": 1,
                                            "options": fake.options(focused="name", name=typed)}],
                               kind=4, permissions=ADMIN_PERMISSIONS, guild_id=guild_id)
    await fake.dispatch("INTERACTION_CREATE", payload)
    return [c["value"] for c in (await fake.wait_reply(payload["token"], timeout=15)).json["data"]["choices"]]


async def who_won(fake: FakeDiscord, seat: str, guild_id: int, year: int = 2017) -> str:
    return (await fake.slash("ask", question=f"who won {seat} in {year}", guild_id=guild_id, timeout=15)).text()


def no_mentions(reply: Recorded) -> bool:
    return (reply.message.get("allowed_mentions") or {}).get("parse") == []


async def test_a_server_lists_its_own_articles_with_versions_and_contests(fake: FakeDiscord,
                                                                         bot_in_two_servers: ElectionBot) -> None:
    await article_add(fake, "hexham.txt", HEXHAM, guild_id=A)
    await article_add(fake, "hexham.txt", HEXHAM.replace(b"12,031", b"12,000"), guild_id=A)
    listed = await article(fake, "list", A)
    text = listed.text()
    assert "`hexham.txt`" in text and "`hexham.v2.txt` (version 2)" in text and "1 contest" in text
    assert "000_fef51d309493ca4a" not in text, "global articles are not the server's"
    assert listed.ephemeral and no_mentions(listed)
    other = (await article(fake, "list", B)).text()
    assert "hexham" not in other and "added no articles" in other


async def test_b_cannot_see_or_remove_as_articles(fake: FakeDiscord, bot_in_two_servers: ElectionBot,
                                                  settings: Settings) -> None:
    await article_add(fake, "hexham.txt", HEXHAM, guild_id=A)
    await article_add(fake, "wansbeck.txt", WANSBECK, guild_id=B)
    assert await completions(fake, B, "") == ["wansbeck.txt"]
    assert await completions(fake, B, "hex") == []
    refused = await article(fake, "remove", B, name="hexham.txt")
    assert "No such article in this server" in refused.text()
    for global_name in ("000_fef51d309493ca4a.txt", f"../../{A}/articles/hexham.txt"):
        assert "No such article in this server" in (await article(fake, "remove", B, name=global_name)).text()
    assert (settings.guilds_dir / str(A) / "articles" / "hexham.txt").read_bytes() == HEXHAM
    assert "Guy Opperman" in await who_won(fake, "Hexham", A)


async def test_removing_takes_the_articles_facts_out_and_the_name_can_be_added_again(
        fake: FakeDiscord, bot_in_two_servers: ElectionBot, settings: Settings) -> None:
    await article_add(fake, "wansbeck.txt", WANSBECK, guild_id=B)
    assert "Ian Lavery" in await who_won(fake, "Wansbeck", B)
    removed = await article(fake, "remove", B, name="wansbeck.txt")
    assert "Removed `wansbeck.txt`: 1 contest no longer from this source" in removed.text()
    assert removed.ephemeral and no_mentions(removed)
    answer = await who_won(fake, "Wansbeck", B)
    assert "Ian Lavery" not in answer and "wansbeck.txt" not in answer
    assert not (settings.guilds_dir / str(B) / "articles" / "wansbeck.txt").exists()
    assert "added no articles" in (await article(fake, "list", B)).text()
    _, again = await article_add(fake, "wansbeck.txt", WANSBECK, guild_id=B)
    assert "Saved article `wansbeck.txt`" in again.text()
    assert "Ian Lavery" in await who_won(fake, "Wansbeck", B)


async def test_a_member_without_manage_server_is_refused(fake: FakeDiscord, bot_in_two_servers: ElectionBot) -> None:
    await article_add(fake, "wansbeck.txt", WANSBECK, guild_id=B)
    for sub, options in (("list", {}), ("remove", {"name": "wansbeck.txt"})):
        reply = await article(fake, sub, B, MEMBER_PERMISSIONS, **options)
        assert "wansbeck" not in reply.text().replace("wansbeck.txt", "") and "Removed" not in reply.text()
        assert reply.ephemeral and no_mentions(reply)
    assert "Ian Lavery" in await who_won(fake, "Wansbeck", B)


async def sources(fake: FakeDiscord, seat: str, guild_id: int) -> str:
    return (await fake.slash("sources", seat=seat, year=2024, guild_id=guild_id, timeout=15)).text()


async def test_a_page_added_by_address_is_removed_from_that_server_only(
        news: NewsSite, fake: FakeDiscord, bot_in_two_servers: ElectionBot) -> None:
    url = news.url("/news/broxtowe")
    for server in (A, B):
        assert "Article added" in (await article(fake, "add", server, url=url)).text()
    assert url in (await article(fake, "list", B)).text() and await completions(fake, B, "broxtowe") == [url]
    assert "Juliet Campbell" in await who_won(fake, "Broxtowe", B, 2024)
    removed = await article(fake, "remove", B, name=url)
    assert f"Removed `{url}`: 1 contest no longer from this source" in removed.text()
    assert removed.ephemeral and no_mentions(removed)
    assert url not in await sources(fake, "Broxtowe", B)
    assert "Juliet Campbell" not in await who_won(fake, "Broxtowe", B, 2024)
    assert "added no articles" in (await article(fake, "list", B)).text()
    assert "No such article in this server" in (await article(fake, "remove", B, name=url)).text()
    assert url in await sources(fake, "Broxtowe", A), "A added the same page and keeps it"
    assert url in (await article(fake, "list", A)).text()
    assert "Article added" in (await article(fake, "add", B, url=url)).text(), "it can be added again"
    assert url in await sources(fake, "Broxtowe", B)


async def test_the_list_shows_the_first_articles_and_how_many_more(fake: FakeDiscord,
                                                                   bot_in_two_servers: ElectionBot) -> None:
    bot_in_two_servers.get_cog("Admin").upload_limit = RateLimit(count=100, seconds=600)
    total = LIST_LINES + 3
    for n in range(total):  # distinct bytes, so each is an article of its own
        majority = f"12,{n:03d}".encode()
        _, reply = await article_add(fake, f"hexham-{n:02d}.txt", HEXHAM.replace(b"12,031", majority), guild_id=A)
        assert "Saved article" in reply.text()
    listed = await article(fake, "list", A)
    text = listed.text()
    assert f"This server's articles ({total})" in text
    shown = [n for n in range(total) if f"`hexham-{n:02d}.txt`" in text]
    assert shown == list(range(LIST_LINES)), "the first ones by name, up to the cap"
    assert f"… and {total - LIST_LINES} more" in text
    assert listed.ephemeral and no_mentions(listed)
