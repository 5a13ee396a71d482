"""Admin commands: /reload and /article add, for admins only, whatever the server's overrides say."""
from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from conftest import running_bot, with_changes
from fake_discord import (
    ADMIN_ID,
    ADMIN_PERMISSIONS,
    ADMIN_ROLE_ID,
    GUILD_ID,
    MEMBER_PERMISSIONS,
    OTHER_GUILD_ID,
    OWNER_ID,
    FakeDiscord,
    Recorded,
)
from fake_engine import FakeEngine

from handlers.discord_ui.client import ElectionBot

ARTICLE = (b"date 2017-06-09 Testville declared just after 3am. Ann Able held the seat for Labour "
           b"with 20,000 votes, a majority of 1,234 over Bob Baker.\n")
GEDLING = (b"date 2017-06-09 Gedling declared just after 3am. Vernon Coaker held the seat for Labour "
           b"with 23,000 votes, a majority of 4,694 over Carolyn Abbott.\n")


async def article_add(fake: FakeDiscord, filename: str, data: bytes, *, permissions: int = ADMIN_PERMISSIONS,
                      roles: tuple[int, ...] = (), guild_id: int = GUILD_ID) -> tuple[dict, Recorded]:
    """Dispatch /article add in server `guild_id` with `data` served by the fake as `filename`; (payload, reply)."""
    attachment = fake.serve_attachment(f"upload-{fake.new_id()}", data, filename)
    options = [{"name": "add", "type": 1, "options": [{"name": "file", "type": 11, "value": attachment["id"]}]}]
    payload = fake.interaction("article", options, permissions=permissions, roles=roles, guild_id=guild_id,
                               resolved={"attachments": {attachment["id"]: attachment}})
    await fake.dispatch("INTERACTION_CREATE", payload)
    return payload, await fake.wait_reply(payload["token"])


def global_reload(fake: FakeDiscord, *, user_id: int = OWNER_ID) -> dict:
    """/reload scope:global (by the bot's owner unless `user_id` says otherwise), as an admin."""
    return fake.interaction("reload", [{"name": "scope", "type": 3, "value": "global"}],
                            permissions=ADMIN_PERMISSIONS, user_id=user_id)


def callbacks(fake: FakeDiscord, payload: dict) -> list[Recorded]:
    return [r for r in fake.requests if payload["token"] in r.path and r.path.endswith("/callback")]


async def test_admin_reload_reads_the_servers_own_folder_ephemerally(fake: FakeDiscord, bot: ElectionBot) -> None:
    payload = fake.interaction("reload", permissions=ADMIN_PERMISSIONS)
    await fake.dispatch("INTERACTION_CREATE", payload)
    reply = await fake.wait_reply(payload["token"])
    [deferred] = callbacks(fake, payload)
    assert deferred.json["type"] == 5 and deferred.flags & 64, "deferred, thinking, ephemeral"
    text = reply.text()
    assert "Knowledge reloaded" in text and "this server's own articles" in text and "Articles read: 0" in text
    assert len(FakeEngine.instances) == 1, "the global engine is untouched; the server has nothing of its own"


async def test_the_owner_reloads_the_operators_folder(fake: FakeDiscord, bot: ElectionBot) -> None:
    payload = global_reload(fake)
    await fake.dispatch("INTERACTION_CREATE", payload)
    text = (await fake.wait_reply(payload["token"])).text()
    assert "Knowledge reloaded" in text and "Articles read: 2" in text and "Seats:" in text
    assert len(FakeEngine.instances) == 2, "a new global engine was built"


async def test_an_admin_who_is_not_the_owner_cannot_reload_the_operators_folder(fake: FakeDiscord,
                                                                                 bot: ElectionBot) -> None:
    payload = global_reload(fake, user_id=ADMIN_ID)
    await fake.dispatch("INTERACTION_CREATE", payload)
    reply = await fake.wait_reply(payload["token"])
    assert reply.ephemeral and "Only the bot's owner" in reply.text()
    assert len(FakeEngine.instances) == 1, "no reload happened"


async def test_reload_refused_for_a_member_without_manage_server(fake: FakeDiscord, bot: ElectionBot) -> None:
    # Discord delivered the command: the server's admins overrode the declared default permission.
    reply = await fake.slash("reload", permissions=MEMBER_PERMISSIONS)
    assert reply.json["type"] == 4 and reply.ephemeral
    assert "Manage Server" in reply.text()
    assert len(FakeEngine.instances) == 1, "no reload happened"


async def test_the_admin_role_may_reload(fake: FakeDiscord, bot: ElectionBot) -> None:
    before = await fake.slash("reload", permissions=MEMBER_PERMISSIONS, roles=(ADMIN_ROLE_ID,))
    assert "Manage Server" in before.text(), "no admin role until the server sets one"
    option, resolved = fake.role_option("role", GUILD_ID, ADMIN_ROLE_ID)
    await fake.subcommand("settings", "admin-role", [option], resolved=resolved)
    payload = fake.interaction("reload", permissions=MEMBER_PERMISSIONS, roles=(ADMIN_ROLE_ID,))
    await fake.dispatch("INTERACTION_CREATE", payload)
    reply = await fake.wait_reply(payload["token"])
    assert "Knowledge reloaded" in reply.text()


async def test_article_add_saves_safely_and_reloads(fake: FakeDiscord, bot: ElectionBot, settings) -> None:
    payload, reply = await article_add(fake, "../../evil.txt", GEDLING)
    [deferred] = callbacks(fake, payload)
    assert deferred.json["type"] == 5 and deferred.flags & 64
    assert reply.ephemeral or reply.path.startswith("/webhooks/")
    text = reply.text()
    assert "Saved article `evil.txt`" in text and "Articles read: 1" in text
    folder: Path = settings.guilds_dir / str(GUILD_ID) / "articles"
    assert (folder / "evil.txt").read_bytes() == GEDLING
    assert not (settings.knowledge_dir / "evil.txt").exists(), "uploads never go into the operator's folder"
    assert not (folder.parent / "evil.txt").exists() and not (folder.parent.parent / "evil.txt").exists()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")], "no temporary file left behind"
    about = await fake.slash("about")
    assert "from 3 articles" in about.text(), "answers in this server come from its new knowledge"
    elsewhere = await fake.slash("about", guild_id=OTHER_GUILD_ID)
    assert "from 2 articles" in elsewhere.text(), "another server does not see it"


async def test_article_add_refusals(fake: FakeDiscord, settings) -> None:
    async with running_bot(with_changes(settings, max_attachment_bytes=len(ARTICLE)), engine_factory=FakeEngine):
        for filename, data, reason in (("notes.pdf", ARTICLE, "only .txt"),
                                       ("big.txt", ARTICLE + b"x", "too large"),
                                       ("latin1.txt", "Ynys Môn".encode("latin-1"), "not UTF-8"),
                                       ("binary.txt", b"\x00\x01\x02", "binary"),
                                       ("....txt", ARTICLE, "no usable characters")):
            _, reply = await article_add(fake, filename, data)
            assert reply.ephemeral, filename
            assert "Not added" in reply.text() and reason in reply.text(), (filename, reply.text())
    assert sorted(p.name for p in settings.knowledge_dir.iterdir()) == sorted(
        p.name for p in (Path(__file__).parents[2] / "knowledge" / "articles").glob("*.txt"))
    uploads = settings.guilds_dir / str(GUILD_ID) / "articles"
    assert not uploads.exists() or not list(uploads.iterdir())
    assert len(FakeEngine.instances) == 1


async def test_article_add_refused_for_non_admins(fake: FakeDiscord, bot: ElectionBot, settings) -> None:
    _, reply = await article_add(fake, "sneaky.txt", ARTICLE, permissions=MEMBER_PERMISSIONS)
    assert reply.json["type"] == 4 and reply.ephemeral and "Manage Server" in reply.text()
    assert not (settings.knowledge_dir / "sneaky.txt").exists()
    assert not (settings.guilds_dir / str(GUILD_ID)).exists()
    assert not [r for r in fake.requests if r.path.startswith("/attachments")], "nothing downloaded"


async def test_questions_are_answered_from_the_old_knowledge_during_a_reload(fake: FakeDiscord,
                                                                             bot: ElectionBot) -> None:
    release = threading.Event()
    FakeEngine.block_construction = release
    try:
        payload = global_reload(fake)
        await fake.dispatch("INTERACTION_CREATE", payload)
        await fake.wait_until(lambda: callbacks(fake, payload), what="the reload to be deferred")
        during = await fake.slash("about")
        assert "engine generation 0" in during.text()
    finally:
        release.set()
    reply = await fake.wait_reply(payload["token"])
    assert "Knowledge reloaded" in reply.text()
    after = await fake.slash("about")
    assert "engine generation 1" in after.text()


async def test_two_reloads_run_one_after_the_other(fake: FakeDiscord, bot: ElectionBot) -> None:
    payloads = [global_reload(fake) for _ in range(2)]
    for payload in payloads:
        await fake.dispatch("INTERACTION_CREATE", payload)
    replies = await asyncio.gather(*(fake.wait_reply(p["token"]) for p in payloads))
    assert all("Knowledge reloaded" in r.text() for r in replies)
    assert len(FakeEngine.instances) == 3
