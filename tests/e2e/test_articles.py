"""/article list and /article remove through the real client: a server sees and removes its own articles only.

The real bot and engine over the sample articles, the fake Discord serving two servers (A and B).
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

from handlers.app.settings import Settings
from handlers.discord_ui.client import ElectionBot

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


async def who_won(fake: FakeDiscord, seat: str, guild_id: int) -> str:
    return (await fake.slash("ask", question=f"who won {seat} in 2017", guild_id=guild_id, timeout=15)).text()


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
