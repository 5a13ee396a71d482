"""Fixtures for the end-to-end tests: a fake Discord, a knowledge folder, and the real bot logged in to it.

`bot` runs the Discord layer on `FakeEngine` (deterministic answers, misbehaving autocomplete);
`real_bot` runs it on the project's `handlers.answers.engine.Engine` over the sample articles.
Every test ends by checking that no message the bot sent could ping anyone.
"""
from __future__ import annotations

import asyncio
import contextlib
import shutil
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from discord.http import Route
from fake_discord import GUILD_ID, OTHER_GUILD_ID, TOKEN, FakeDiscord
from fake_engine import FakeEngine
from web_site import NewsSite, standard_site  # tests/ (its conftest puts it on the path)

from handlers.app.settings import DEFAULT_API_BASE, PROJECT_DIR, Settings
from handlers.discord_ui.client import ElectionBot
from knowledge.store.ingest import ingest

SAMPLE_ARTICLES = PROJECT_DIR / "knowledge" / "articles"
READY_TIMEOUT = 10.0


@pytest.fixture
async def news(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[NewsSite]:
    """A news site on 127.0.0.1 (tests/web_site.py), which the bot may fetch from."""
    monkeypatch.setenv("ELECTION_BOT_ALLOW_PRIVATE_URLS", "127.0.0.0/8")
    site = standard_site()
    await site.start()
    try:
        yield site
    finally:
        await site.stop()


@pytest.fixture(autouse=True)
def _fresh_fake_engine() -> None:
    FakeEngine.instances = []
    FakeEngine.block_construction = None


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    try:
        yield server
        server.assert_no_pings()
    finally:
        await server.stop()
        Route.BASE = DEFAULT_API_BASE


@pytest.fixture
def knowledge_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in sorted(SAMPLE_ARTICLES.glob("*.txt")):
        shutil.copy(article, folder / article.name)
    return folder


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample articles ingested once per run (ingesting fsyncs; copying is much faster)."""
    path = tmp_path_factory.mktemp("sample-db") / "knowledge.sqlite3"
    ingest([SAMPLE_ARTICLES], path, sync=True)
    return path


@pytest.fixture
def settings(fake: FakeDiscord, tmp_path: Path, knowledge_dir: Path, sample_db: Path) -> Settings:
    db_path = tmp_path / "var" / "knowledge.sqlite3"
    db_path.parent.mkdir()
    shutil.copy(sample_db, db_path)
    return Settings(token=TOKEN, db_path=db_path, knowledge_dir=knowledge_dir,
                    state_db=tmp_path / "var" / "state.sqlite3", guilds_dir=tmp_path / "var" / "guilds",
                    test_guild_id=GUILD_ID, api_base=fake.api_base,
                    gateway_url=fake.gateway_url)


@contextlib.asynccontextmanager
async def running_bot(settings: Settings, **options: Any) -> AsyncIterator[ElectionBot]:
    """The bot logged in to the fake and ready; closed afterwards. Options go to ElectionBot."""
    options.setdefault("guild_ready_timeout", 0.05)
    bot = ElectionBot(settings, **options)
    async with bot:
        task = asyncio.create_task(bot.start(settings.token or ""))
        ready = asyncio.create_task(bot.wait_until_ready())
        done, _ = await asyncio.wait({task, ready}, timeout=READY_TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            if task in done:
                task.result()  # raises why the bot stopped
            raise AssertionError(f"the bot was not ready within {READY_TIMEOUT}s")
        try:
            yield bot
        finally:
            await bot.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(task, 5)


@pytest.fixture
async def bot(settings: Settings) -> AsyncIterator[ElectionBot]:
    async with running_bot(settings, engine_factory=FakeEngine) as running:
        yield running


@pytest.fixture
async def real_bot(settings: Settings) -> AsyncIterator[ElectionBot]:
    async with running_bot(settings) as running:
        yield running


@pytest.fixture
async def bot_in_two_servers(fake: FakeDiscord, settings: Settings) -> AsyncIterator[ElectionBot]:
    """The real bot and engine, in servers GUILD_ID and OTHER_GUILD_ID of the fake Discord."""
    fake.guild_ids = [GUILD_ID, OTHER_GUILD_ID]
    async with running_bot(settings) as running:
        yield running


def with_changes(settings: Settings, **changes: Any) -> Settings:
    return replace(settings, **changes)
