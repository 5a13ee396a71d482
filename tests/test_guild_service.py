"""KnowledgeService per server: each server's view, its engine built once and cached, writes that touch
one server only, and a global reload that keeps what came from elsewhere."""
from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from sample_kb import sample_settings
from web_site import BROXTOWE

from bench import guild_view
from handlers.answers.answer import Answer
from handlers.app.service import KnowledgeService
from handlers.app.settings import Settings
from knowledge.sources.pages import read_page, store_pages
from knowledge.store.database import Knowledge, load, write
from knowledge.store.ingest import ingest

GEDLING = (b"date 2017-06-09 Gedling declared just after 3am. Vernon Coaker held the seat for Labour with 23,000 "
           b"votes, a majority of 4,694 over Carolyn Abbott.\n")
ASHFIELD_2019 = (b"date 2019-12-13 Lee Anderson won Ashfield for the Conservatives with a majority of 5,733 "
                 b"over Jason Zadrozny.\n")


class CountingEngine:
    built: list[CountingEngine] = []
    hold: threading.Event | None = None

    def __init__(self, knowledge: Knowledge) -> None:
        if CountingEngine.hold is not None and CountingEngine.built:
            CountingEngine.hold.wait(5)
        self.knowledge = knowledge
        CountingEngine.built.append(self)

    def about(self) -> Answer:
        seats = sorted(s.constituency for s in self.knowledge.seats)
        return Answer(", ".join(seats), True, "about")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    CountingEngine.built, CountingEngine.hold = [], None
    return sample_settings(tmp_path, max_cached_guild_engines=2)


async def started(settings: Settings) -> KnowledgeService:
    service = KnowledgeService(settings, CountingEngine)
    await service.start()
    return service


async def seats_in(service: KnowledgeService, guild_id: int | None) -> str:
    return (await service.ask(lambda e: e.about(), guild_id)).text


async def test_a_server_with_nothing_of_its_own_shares_the_global_engine(settings: Settings) -> None:
    service = await started(settings)
    assert await service.engine_for(1) is service.engine and await service.engine_for(None) is service.engine
    await service.reload(1)  # an empty folder: a database with no facts
    assert await service.engine_for(1) is service.engine and len(CountingEngine.built) == 1


async def test_a_servers_engine_is_built_once_and_rebuilt_when_its_knowledge_changes(settings: Settings) -> None:
    service = await started(settings)
    await service.add_article("gedling.txt", GEDLING, 1)
    engine = await service.engine_for(1)
    assert engine is not service.engine and "Gedling" in await seats_in(service, 1)
    assert await service.engine_for(1) is engine, "cached"
    assert "Gedling" not in await seats_in(service, 2) and "Gedling" not in await seats_in(service, None)
    await service.add_article("ashfield.txt", ASHFIELD_2019, 1)
    assert await service.engine_for(1) is not engine, "the server's database changed"
    engine = await service.engine_for(1)
    await service.reload()
    assert await service.engine_for(1) is not engine, "the global knowledge changed"
    assert "Gedling" in await seats_in(service, 1)


async def test_the_cache_is_bounded(settings: Settings) -> None:
    service = await started(settings)
    for guild in (1, 2, 3):
        await service.add_article("gedling.txt", GEDLING, guild)
    assert len(service.views._cache) == 2 and service.views.cached(1) is None
    builds = service.views.builds
    assert "Gedling" in await seats_in(service, 1)
    assert service.views.builds == builds + 1, "an evicted server's engine is built again when asked"


async def test_a_write_for_one_server_never_waits_for_another_servers(settings: Settings) -> None:
    service = await started(settings)
    await service.add_article("gedling.txt", GEDLING, 1)
    CountingEngine.hold = threading.Event()
    slow = asyncio.create_task(service.add_article("ashfield.txt", ASHFIELD_2019, 1))  # held building
    await asyncio.sleep(0.1)
    try:
        assert not slow.done()
        other = await asyncio.wait_for(service.apply_to_guild(2, lambda db: db.name), 5)
        assert other == "knowledge.sqlite3"
        assert "Kensington" in await asyncio.wait_for(seats_in(service, None), 2)
    finally:
        CountingEngine.hold.set()
    assert (await slow).ok


async def test_a_server_change_tells_the_listeners_of_that_server_only(settings: Settings) -> None:
    service = await started(settings)
    heard: list[tuple[int, int, frozenset[int] | None]] = []
    service.listeners.append(lambda before, after, guilds: heard.append((len(before.seats), len(after.seats), guilds)))
    await service.add_article("gedling.txt", GEDLING, 4)
    assert heard == [(2, 3, frozenset({4}))]


async def test_a_global_reload_keeps_pages_imports_and_other_folders(settings: Settings, tmp_path: Path) -> None:
    service = await started(settings)
    store_pages(settings.db_path, [read_page("http://news.test/broxtowe", BROXTOWE)])
    with write(settings.db_path) as writer:
        writer.add_import("results-2017.csv", "hoc", 2017, 0, "0" * 64, [])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "gedling.txt").write_bytes(GEDLING)
    ingest([elsewhere], settings.db_path)
    (settings.knowledge_dir / "000_fef51d309493ca4a.txt").unlink()
    report = await service.reload()
    assert report.ok and report.removed_articles == ["000_fef51d309493ca4a.txt"]
    knowledge = load(settings.db_path)
    files = {a.file for a in knowledge.articles}
    assert {"http://news.test/broxtowe", "gedling.txt"} <= files and "000_fef51d309493ca4a.txt" not in files
    assert [i["file"] for i in knowledge.imports] == ["results-2017.csv"]


def test_the_server_view_benchmark_measures_on_a_knowledge_base(settings: Settings) -> None:
    ingest([settings.knowledge_dir], settings.db_path, sync=True)
    figures = guild_view.measure(settings.db_path, repeats=1)
    assert figures["seats"] == 2 and figures["overlay_s"] > 0 and figures["engine_s"] > 0
