"""KnowledgeService: loading, reloading without blocking answers, failures, and saving uploads safely."""
from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from sample_kb import sample_settings

from handlers.answers.answer import Answer
from handlers.app.guild_files import guild_folder, safe_article_name, save_guild_article
from handlers.app.service import KnowledgeService, ReloadReport
from handlers.app.settings import Settings
from knowledge.store.database import Knowledge


class StubEngine:
    """Just enough engine: says which build answered."""

    built = 0

    def __init__(self, knowledge: Knowledge) -> None:
        StubEngine.built += 1
        self.number = StubEngine.built
        self.knowledge = knowledge

    def about(self) -> Answer:
        return Answer(f"engine {self.number}, {len(self.knowledge.articles)} articles", True, "about")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    StubEngine.built = 0
    return sample_settings(tmp_path, max_attachment_bytes=1000)


async def test_start_builds_a_missing_database_then_loads_it(settings: Settings) -> None:
    service = KnowledgeService(settings, StubEngine)
    assert not service.ready
    await service.start()
    assert service.ready and settings.db_path.exists()
    assert (await service.ask(lambda e: e.about())).text == "engine 1, 2 articles"
    again = KnowledgeService(settings, StubEngine)
    await again.start()
    assert again.engine.number == 2


async def test_reload_reports_and_swaps(settings: Settings) -> None:
    service = KnowledgeService(settings, StubEngine)
    await service.start()
    old = service.engine
    (settings.knowledge_dir / "new.txt").write_text("date 2017-06-09 Nothing declared here.\n")
    (settings.knowledge_dir / "broken.txt").write_bytes(b"\xff\xfe\x00\x00")
    report = await service.reload()
    assert report.ok and report.articles == 3 and service.engine is not old
    assert [Path(path).name for path, _ in report.unreadable] == ["broken.txt"]
    text = report.text()
    assert "Articles read: 3" in text and "broken.txt" in text and "Seats:" in text
    (settings.knowledge_dir / "new.txt").unlink()
    report = await service.reload()
    assert report.removed_articles == ["new.txt"] and "Articles removed: new.txt" in report.text()


async def test_a_failed_reload_keeps_the_old_knowledge(settings: Settings) -> None:
    calls = 0

    def factory(knowledge: Knowledge) -> StubEngine:
        nonlocal calls
        calls += 1
        if calls > 1:
            raise ValueError("bad engine")
        return StubEngine(knowledge)

    service = KnowledgeService(settings, factory)
    await service.start()
    old = service.snapshot
    report = await service.reload()
    assert not report.ok and "ValueError: bad engine" in report.text()
    assert service.snapshot is old


async def test_answers_come_from_the_old_engine_while_a_reload_runs(settings: Settings) -> None:
    release = threading.Event()

    def factory(knowledge: Knowledge) -> StubEngine:
        if StubEngine.built:
            release.wait(5)
        return StubEngine(knowledge)

    service = KnowledgeService(settings, factory)
    await service.start()
    reload = asyncio.create_task(service.reload())
    await asyncio.sleep(0.05)
    answer = await asyncio.wait_for(service.ask(lambda e: e.about()), 2)
    assert answer.text.startswith("engine 1") and not reload.done()
    release.set()
    assert (await asyncio.wait_for(reload, 5)).ok
    assert (await service.ask(lambda e: e.about())).text.startswith("engine 2")


async def test_reloads_run_one_after_the_other(settings: Settings) -> None:
    active = 0
    overlapped = False
    lock = threading.Lock()

    def factory(knowledge: Knowledge) -> StubEngine:
        nonlocal active, overlapped
        with lock:
            active += 1
            overlapped |= active > 1
        try:
            threading.Event().wait(0.05)
            return StubEngine(knowledge)
        finally:
            with lock:
                active -= 1

    service = KnowledgeService(settings, factory)
    await service.start()
    reports: list[ReloadReport] = await asyncio.gather(*(service.reload() for _ in range(3)))
    assert all(r.ok for r in reports) and not overlapped and StubEngine.built == 4


async def test_add_article_saves_into_the_servers_folder_and_reads_it(settings: Settings) -> None:
    service = KnowledgeService(settings, StubEngine)
    await service.start()
    report = await service.add_article("../../x/new one.txt", b"date 2017-06-09 Text.\n", 7)
    assert report.ok and report.saved_file == "new_one.txt" and report.articles == 1 and report.scope == "server"
    assert (settings.guilds_dir / "7" / "articles" / "new_one.txt").exists()
    assert not (settings.knowledge_dir / "new_one.txt").exists()
    with pytest.raises(ValueError, match="too large"):
        await service.add_article("big.txt", b"x" * 1001, 7)


@pytest.mark.parametrize(("given", "safe"), [
    ("../../evil.txt", "evil.txt"), ("..\\..\\evil.txt", "evil.txt"), ("/etc/passwd.txt", "passwd.txt"),
    ("my article (2017).TXT", "my_article_2017.txt"), (".hidden.txt", "hidden.txt"),
    ("Ynys Môn.txt", "Ynys_M_n.txt"), ("a" * 300 + ".txt", "a" * 96 + ".txt"),
])
def test_safe_article_names(given: str, safe: str) -> None:
    assert safe_article_name(given) == safe


@pytest.mark.parametrize("given", ["evil.sh", "notes.txt.exe", "..txt", "../", "", "....txt"])
def test_unusable_names_are_refused(given: str) -> None:
    with pytest.raises(ValueError):
        safe_article_name(given)


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"), (b"\x00\x01", "binary"), ("Môn".encode("latin-1"), "not UTF-8"), (b"x" * 101, "too large"),
])
def test_bad_uploads_are_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        save_guild_article(guild_folder(tmp_path, 1), "a.txt", data, 100, 10)
    assert list(tmp_path.iterdir()) == []
