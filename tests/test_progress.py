"""Progress of long command-line work: a tqdm bar on a terminal, plain lines elsewhere, never on stdout."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

import bot
from handlers.app.progress import ProgressBar
from handlers.app.settings import PROJECT_DIR


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_plain_lines_off_a_terminal() -> None:
    stream = io.StringIO()
    with ProgressBar("ingest", "files", stream) as progress:
        for done in range(1, 101):
            progress(done, 100, f"{done:03d}.txt")
    lines = stream.getvalue().splitlines()
    assert lines[0] == "ingest: 1/100 files (001.txt)" and lines[-1] == "ingest: 100/100 files (100.txt)"
    assert 10 <= len(lines) <= 12, "about one line per tenth, not one per file"
    assert "\r" not in stream.getvalue()


def test_a_bar_on_a_terminal() -> None:
    stream = Terminal()
    with ProgressBar("feed poll", "pages", stream) as progress:
        for done in range(1, 6):
            progress(done, 5, "http://news.test/x")
    assert "\r" in stream.getvalue() and "5/5" in stream.getvalue()


def test_ingest_reports_progress_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bot.main(["ingest", str(PROJECT_DIR / "knowledge" / "articles"), "--db", str(tmp_path / "kb.sqlite3")]) == 0
    captured = capsys.readouterr()
    assert "ingest: 2/2 files" in captured.err and "ingest:" not in captured.out
