"""One bot in two servers, tried as an attacker would: what server B's admins add never reaches server A.

The real bot and engine over the sample articles (Kensington 2017: Emma Dent Coad by 20 votes), the
fake Discord serving two servers, and a news site on 127.0.0.1 for pages and feeds.
"""
from __future__ import annotations

from conftest import SAMPLE_ARTICLES
from fake_discord import (
    ADMIN_PERMISSIONS,
    BOT_ID,
    GUILD_ID,
    OTHER_GUILD_ID,
    OWNER_ID,
    FakeDiscord,
    general_channel,
)
from test_admin import article_add
from web_site import FeedItem, NewsSite

from handlers.app.settings import Settings
from handlers.app.state import RateLimit
from handlers.discord_ui.client import ElectionBot

A, B = GUILD_ID, OTHER_GUILD_ID
SAMPLE = "000_fef51d309493ca4a.txt"  # the sample article about Kensington, cited in every answer about it
# What the attacker in issue 14 uploaded, under the sample article's own name.
FORGED = (b"date 2017-06-11 Victoria Borwick held Kensington for the Conservatives by 5,000 votes, "
          b"a comfortable majority over Labour's Emma Dent Coad.\n")
GEDLING = (b"date 2017-06-09 Gedling declared just after 3am. Vernon Coaker held the seat for Labour "
           b"with 23,000 votes, a majority of 4,694 over Carolyn Abbott.\n")


async def ask(fake: FakeDiscord, question: str, guild_id: int | None) -> str:
    return (await fake.slash("ask", question=question, guild_id=guild_id, timeout=15)).text()


async def upload(fake: FakeDiscord, guild_id: int, filename: str, data: bytes) -> str:
    _, reply = await article_add(fake, filename, data, guild_id=guild_id)
    return reply.text()


def text_option(name: str, value: str) -> dict:
    return {"name": name, "type": 3, "value": value}


async def test_an_upload_in_b_named_like_the_sample_article_never_changes_as_answers(
        fake: FakeDiscord, bot_in_two_servers: ElectionBot, settings: Settings) -> None:
    sample_bytes = (settings.knowledge_dir / SAMPLE).read_bytes()
    report = await upload(fake, B, SAMPLE, FORGED)
    in_a = await ask(fake, "who won Kensington", A)
    assert "Emma Dent Coad (Labour) won Kensington" in in_a and "5,000" not in in_a and "differ" not in in_a
    assert (settings.knowledge_dir / SAMPLE).read_bytes() == sample_bytes, "the sample article is untouched"
    assert f"Saved article `{SAMPLE}`" in report and "answers only here" in report
    # In B the forged article is a source of B's own, and its disagreement with the global one is shown.
    in_b = await ask(fake, "who won Kensington", B)
    assert "Sources differ" in in_b and f"added in this server: {SAMPLE}" in in_b and "Emma Dent Coad" in in_b
    assert str(settings.guilds_dir) not in in_b and "/" not in in_b.split("Sources differ")[1].split("(source")[0]


async def test_a_file_name_cannot_reach_another_server_or_the_operators_folder(
        fake: FakeDiscord, bot_in_two_servers: ElectionBot, settings: Settings) -> None:
    before = sorted(p.name for p in settings.knowledge_dir.iterdir())
    for name in (f"../../../articles/{SAMPLE}", f"../{A}/articles/{SAMPLE}", f"..\\..\\{SAMPLE}"):
        assert "Saved article" in await upload(fake, B, name, FORGED + name.encode())
    assert sorted(p.name for p in settings.knowledge_dir.iterdir()) == before
    assert not (settings.guilds_dir / str(A)).exists(), "nothing was written for server A"
    saved = sorted(p.name for p in (settings.guilds_dir / str(B) / "articles").iterdir())
    assert saved == [SAMPLE, SAMPLE.replace(".txt", ".v2.txt"), SAMPLE.replace(".txt", ".v3.txt")]
    assert "5,000" not in await ask(fake, "who won Kensington", A)


async def test_the_same_name_is_a_new_version_and_the_same_bytes_are_already_added(
        fake: FakeDiscord, bot_in_two_servers: ElectionBot, settings: Settings) -> None:
    first = GEDLING
    second = GEDLING.replace(b"4,694", b"4,000")
    assert "Saved article `gedling.txt`" in await upload(fake, B, "gedling.txt", first)
    again = await upload(fake, B, "gedling.txt", second)
    assert "Saved article `gedling.v2.txt`" in again
    assert "Already added" in await upload(fake, B, "copy.txt", first)
    folder = settings.guilds_dir / str(B) / "articles"
    assert (folder / "gedling.txt").read_bytes() == first and (folder / "gedling.v2.txt").read_bytes() == second
    assert not (folder / "copy.txt").exists()
    margin = (await fake.slash("margin", seat="Gedling", guild_id=B, timeout=15)).text()
    assert "gedling.txt" in margin and "gedling.v2.txt" in margin, "both versions are cited where they differ"


async def test_bs_articles_answer_in_b_only_and_a_dm_sees_the_global_knowledge(
        fake: FakeDiscord, bot_in_two_servers: ElectionBot) -> None:
    await upload(fake, B, "gedling.txt", GEDLING)
    assert "Vernon Coaker" in await ask(fake, "who won Gedling in 2017", B)
    for where in (A, None):
        answer = await ask(fake, "who won Gedling in 2017", where)
        assert "Vernon Coaker" not in answer, where
    assert "Sources differ" not in await ask(fake, "who won Kensington", None)
    await upload(fake, B, SAMPLE, FORGED)
    dm = await ask(fake, "who won Kensington", None)
    assert "Emma Dent Coad (Labour) won Kensington" in dm and "Sources differ" not in dm


async def test_as_uploads_survive_bs_reload(fake: FakeDiscord, bot_in_two_servers: ElectionBot, settings: Settings) -> None:
    await upload(fake, A, "gedling.txt", GEDLING)
    payload = fake.interaction("reload", permissions=ADMIN_PERMISSIONS, guild_id=B)
    await fake.dispatch("INTERACTION_CREATE", payload)
    report = (await fake.wait_reply(payload["token"], timeout=15)).text()
    assert "this server's own articles" in report and "Articles read: 0" in report
    assert (settings.guilds_dir / str(A) / "articles" / "gedling.txt").read_bytes() == GEDLING
    assert "Vernon Coaker" in await ask(fake, "who won Gedling in 2017", A)
    # A reload in A re-reads A's folder and keeps what it holds.
    payload = fake.interaction("reload", permissions=ADMIN_PERMISSIONS, guild_id=A)
    await fake.dispatch("INTERACTION_CREATE", payload)
    assert "Articles read: 1" in (await fake.wait_reply(payload["token"], timeout=15)).text()
    assert "Vernon Coaker" in await ask(fake, "who won Gedling in 2017", A)


async def test_a_page_added_by_b_answers_in_b_only(news: NewsSite, fake: FakeDiscord,
                                                   bot_in_two_servers: ElectionBot) -> None:
    url = news.url("/news/broxtowe")
    added = await fake.subcommand("article", "add", [text_option("url", url)], guild_id=B, timeout=15)
    assert "Article added" in added.text()
    in_b = (await fake.slash("sources", seat="Broxtowe", year=2024, guild_id=B, timeout=15)).text()
    assert url in in_b
    for where in (A, None):
        assert url not in (await fake.slash("sources", seat="Broxtowe", year=2024, guild_id=where)).text()


async def test_a_feed_followed_by_b_answers_in_b_only(news: NewsSite, fake: FakeDiscord,
                                                      bot_in_two_servers: ElectionBot) -> None:
    news.feed_items = [FeedItem("ash", "/news/ashfield", "Ashfield")]
    added = await fake.subcommand("feed", "add", [text_option("url", news.url("/feed.xml"))], guild_id=B,
                                  timeout=15)
    assert "Feed added" in added.text() and "1 new item added" in added.text()
    page = news.url("/news/ashfield")
    assert page in (await fake.slash("sources", seat="Ashfield", year=2024, guild_id=B, timeout=15)).text()
    for where in (A, None):
        assert page not in (await fake.slash("sources", seat="Ashfield", year=2024, guild_id=where)).text()


def test_the_sample_articles_are_what_these_tests_assume() -> None:
    assert (SAMPLE_ARTICLES / SAMPLE).is_file()


async def test_uploads_and_reloads_are_rate_limited_per_server(fake: FakeDiscord, bot_in_two_servers: ElectionBot) -> None:
    admin = bot_in_two_servers.get_cog("Admin")
    admin.upload_limit = admin.reload_limit = RateLimit(count=1, seconds=3600)
    assert "Saved article" in await upload(fake, B, "one.txt", GEDLING)
    refused = await upload(fake, B, "two.txt", GEDLING + b"x")
    assert "try again in" in refused and "Saved article" not in refused
    assert "Saved article" in await upload(fake, A, "two.txt", GEDLING + b"x"), "another server's limit is its own"
    for guild_id, allowed in ((B, True), (B, False), (A, True)):
        payload = fake.interaction("reload", permissions=ADMIN_PERMISSIONS, guild_id=guild_id)
        await fake.dispatch("INTERACTION_CREATE", payload)
        text = (await fake.wait_reply(payload["token"], timeout=15)).text()
        assert ("Knowledge reloaded" in text) is allowed and ("try again in" in text) is not allowed, text


async def test_only_the_owner_promotes_an_article_to_every_server(fake: FakeDiscord, bot_in_two_servers: ElectionBot,
                                                                  settings: Settings) -> None:
    await upload(fake, B, "gedling.txt", GEDLING)
    option = [text_option("name", "gedling.txt")]
    refused = await fake.subcommand("article", "promote", option, guild_id=B)
    assert "Only the bot's owner" in refused.text()
    assert "Vernon Coaker" not in await ask(fake, "who won Gedling in 2017", A)
    payload = fake.interaction("article", [{"name": "promote", "type": 1, "options": option}],
                               permissions=ADMIN_PERMISSIONS, user_id=OWNER_ID, guild_id=B)
    await fake.dispatch("INTERACTION_CREATE", payload)
    promoted = (await fake.wait_reply(payload["token"], timeout=15)).text()
    assert f"promoted/{B}-gedling.txt" in promoted
    assert (settings.knowledge_dir / "promoted" / f"{B}-gedling.txt").read_bytes() == GEDLING
    assert "Vernon Coaker" in await ask(fake, "who won Gedling in 2017", A)
    assert "Vernon Coaker" in await ask(fake, "who won Gedling in 2017", None)


async def test_autocomplete_and_mentions_answer_from_the_servers_own_view(fake: FakeDiscord,
                                                                          bot_in_two_servers: ElectionBot) -> None:
    await upload(fake, B, "gedling.txt", GEDLING)
    for guild_id, sees in ((B, True), (A, False)):
        payload = fake.interaction("winner", fake.options(focused="seat", seat="Gedl"), kind=4, guild_id=guild_id)
        await fake.dispatch("INTERACTION_CREATE", payload)
        choices = [c["value"] for c in (await fake.wait_reply(payload["token"], timeout=15)).json["data"]["choices"]]
        assert ("Gedling" in choices) is sees, (guild_id, choices)
        before = len(fake.requests)
        await fake.dispatch("MESSAGE_CREATE", fake.message_event(
            f"<@{BOT_ID}> who won Gedling in 2017?", channel_id=general_channel(guild_id), guild_id=guild_id))
        reply = await fake.wait_request("POST", rf"^/channels/{general_channel(guild_id)}/messages$", after=before,
                                        timeout=15)
        assert ("Vernon Coaker" in reply.text()) is sees, (guild_id, reply.text())
