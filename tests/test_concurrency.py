"""Questions during reloads, and reloads at once, on the real engine and the real database.

(tests/test_service.py covers the same promises with a stub engine; these use `handlers.answers.engine.Engine`
and real ingests, so a race in either shows up as an error or a mixed answer.)
"""
from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from sample_kb import sample_settings

import handlers.app.service as service_module
from handlers.app.service import KnowledgeService
from handlers.app.settings import Settings

NEW_ARTICLE = ("date 2017-06-09 Broxtowe declared at 2am. Cat Cole won the seat for the Conservatives "
               "with 12,000 votes.\n")
QUESTION = "who won Broxtowe in 2017?"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return sample_settings(tmp_path)


async def test_questions_during_reloads_see_old_or_new_knowledge_never_an_error(settings: Settings) -> None:
    service = KnowledgeService(settings)
    await service.start()
    old = await service.ask(lambda engine: engine.ask(QUESTION))
    assert not old.answered and "Cat Cole" not in old.text

    (settings.knowledge_dir / "broxtowe.txt").write_text(NEW_ARTICLE)
    answers = []
    stop = asyncio.Event()

    async def keep_asking() -> None:
        while not stop.is_set():
            answers.append(await service.ask(lambda engine: engine.ask(QUESTION)))

    askers = [asyncio.create_task(keep_asking()) for _ in range(4)]
    try:
        for _ in range(3):
            report = await service.reload()
            assert report.ok, report.error
    finally:
        stop.set()
        await asyncio.gather(*askers)
    new = await service.ask(lambda engine: engine.ask(QUESTION))
    assert new.answered and "Cat Cole" in new.text
    assert len(answers) > 10
    texts = {a.text for a in answers}
    assert texts <= {old.text, new.text}, f"mixed or failed answers: {texts - {old.text, new.text}}"


async def test_two_reloads_at_once_run_one_after_the_other(settings: Settings,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    active, most = 0, 0
    guard = threading.Lock()
    real_ingest = service_module.ingest

    def counting_ingest(*args, **kwargs):
        nonlocal active, most
        with guard:
            active += 1
            most = max(most, active)
        try:
            return real_ingest(*args, **kwargs)
        finally:
            with guard:
                active -= 1

    monkeypatch.setattr(service_module, "ingest", counting_ingest)
    service = KnowledgeService(settings)
    await service.start()
    (settings.knowledge_dir / "broxtowe.txt").write_text(NEW_ARTICLE)
    reports = await asyncio.gather(*(service.reload() for _ in range(3)))
    assert all(r.ok for r in reports), [r.error for r in reports]
    assert most == 1, "reloads overlapped"
    assert reports[0].added_seats == ["Broxtowe 2017"] and not reports[1].added_seats
    answer = await service.ask(lambda engine: engine.ask(QUESTION))
    assert "Cat Cole" in answer.text
