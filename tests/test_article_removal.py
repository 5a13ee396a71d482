"""Removing a server's article when the knowledge write fails: the upload is put back and its facts
still answer, in the running service and after a restart (the real engine over the sample articles)."""
from __future__ import annotations

from pathlib import Path

import pytest
from sample_kb import sample_settings

from handlers.app.service import KnowledgeService
from handlers.app.settings import Settings
from knowledge.store.database import Writer

GUILD = 7
# Our own sentences: a seat the sample articles do not declare.
HEXHAM = (b"date 2017-06-09 Hexham was declared at 2am. Guy Opperman held the seat for the Conservatives "
          b"with 24,996 votes, a majority of 12,031 over Labour's Stephen Powell.\n")
QUESTION = "who won Hexham in 2017"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return sample_settings(tmp_path)


async def answer(service: KnowledgeService) -> str:
    return (await service.ask(lambda engine: engine.ask(QUESTION), GUILD)).text


async def test_a_failed_write_puts_the_upload_back_and_its_facts_still_answer(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    service = KnowledgeService(settings)
    await service.start()
    await service.add_article("hexham.txt", HEXHAM, GUILD)
    assert "Guy Opperman" in await answer(service)
    upload = settings.guilds_dir / str(GUILD) / "articles" / "hexham.txt"

    forget = Writer.remove_file

    def forget_then_fail(self: Writer, file: str) -> None:
        forget(self, file)  # the facts are deleted inside the transaction, then the disk gives out
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Writer, "remove_file", forget_then_fail)
    with pytest.raises(OSError, match="No space left"):
        await service.remove_article(GUILD, "hexham.txt")
    monkeypatch.undo()

    assert upload.read_bytes() == HEXHAM
    assert not any((upload.parent.parent / "removed").iterdir()), "nothing left aside"
    assert "Guy Opperman" in await answer(service)
    restarted = KnowledgeService(settings)
    await restarted.start()
    assert "Guy Opperman" in await answer(restarted), "the database on disk kept the article's facts"
    removed = await restarted.remove_article(GUILD, "hexham.txt")
    assert removed.contests == 1 and not upload.exists()
    assert "Guy Opperman" not in await answer(restarted)
