"""/national, /winner and /compare with their election options, through the real client and the real
engine over every official results file (../shared/data) plus the sample articles."""
from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from conftest import running_bot
from fake_discord import FakeDiscord

from handlers.app.settings import Settings
from handlers.discord_ui.client import ElectionBot

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
async def official_bot(settings: Settings, every_election_db: Path) -> AsyncIterator[ElectionBot]:
    shutil.copy(every_election_db, settings.db_path)
    async with running_bot(settings) as running:
        yield running


async def choices(fake: FakeDiscord, command: str, focused: str, **options: str) -> list[str]:
    payload = fake.interaction(command, fake.options(focused=focused, **options), kind=4)
    await fake.dispatch("INTERACTION_CREATE", payload)
    return [c["value"] for c in (await fake.wait_reply(payload["token"])).json["data"]["choices"]]


async def test_national_has_the_seats_chart(fake: FakeDiscord, official_bot: ElectionBot) -> None:
    assert await choices(fake, "national", "election", election="") == ["2024", "2019", "2017", "2015", "2010"]
    reply = await fake.slash("national", election="2019", timeout=10)
    assert not reply.ephemeral
    assert "365 of 650 seats" in reply.text() and "majority of 80" in reply.text()
    [embed] = reply.embeds
    assert embed["image"]["url"] == "attachment://result.png"
    [(_, filename, data)] = reply.files
    assert filename == "result.png" and data.startswith(PNG_MAGIC)


async def test_national_in_one_nation(fake: FakeDiscord, official_bot: ElectionBot) -> None:
    reply = await fake.slash("national", election="2024", area="Scotland", timeout=10)
    assert not reply.ephemeral
    assert "Labour won the most seats in Scotland at the 2024 general election: 37 of 57" in reply.text()
    assert "411" not in reply.text()
    [(_, _, data)] = reply.files
    assert data.startswith(PNG_MAGIC)


async def test_winner_with_the_election_option(fake: FakeDiscord, official_bot: ElectionBot) -> None:
    offered = await choices(fake, "winner", "election", seat="Sheffield Hallam", election="")
    assert offered == ["2024 general election", "2019 general election", "2017 general election",
                       "2015 general election", "2010 general election"]
    reply = await fake.slash("winner", seat="Sheffield Hallam", election="2010 general election", timeout=10)
    assert not reply.ephemeral and "Clegg" in reply.text()
    latest = await fake.slash("winner", seat="Clacton", timeout=10)
    assert "Nigel Farage" in latest.text()


async def test_compare_with_two_elections(fake: FakeDiscord, official_bot: ElectionBot) -> None:
    reply = await fake.slash("compare", seat="Kensington", first="2017", second="2019", timeout=10)
    assert not reply.ephemeral and "Labour: 38.0% (-4.3)" in reply.text()
