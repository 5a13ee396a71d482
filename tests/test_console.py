"""The terminal front: one JSON object per input line for the scorer, and the interactive console."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import engine_kb
import pytest

from handlers.app import console


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("console") / "kb.sqlite3"
    engine_kb.write_database(path)
    return path


def test_ask_lines_prints_one_json_object_per_line_in_order(db):
    lines = ["who won north east fife\n", "\n", "how many votes did dennis skinner get\n", "turnout in bristol west",
             "   \n", "what was the closest result\n"]
    out = io.StringIO()
    assert console.ask_lines(db, lines, out, as_json=True) == 0
    printed = out.getvalue().splitlines()
    assert len(printed) == len(lines)
    answers = [json.loads(line) for line in printed]
    assert [a["question"] for a in answers] == [line.rstrip("\n") for line in lines]
    assert [a["answered"] for a in answers] == [True, False, False, True, False, True]
    assert "Morag Lindsay" in answers[0]["text"]
    assert answers[0]["sources"] == ["a01_fife.txt"]
    assert set(answers[0]) >= {"question", "answered", "text", "intent", "sources", "suggestions"}


def test_ask_lines_flushes_every_answer(db):
    class Recorder(io.StringIO):
        flushes = 0

        def flush(self) -> None:
            self.flushes += 1
            super().flush()

    out = Recorder()
    console.ask_lines(db, ["who won ceredigion", "who won bristol", "help"], out, as_json=True)
    assert out.flushes >= 3


def test_ask_lines_survives_an_error_in_one_question(db, monkeypatch):
    real_ask = console.Engine.ask

    def flaky(self, question):
        if "boom" in question:
            raise RuntimeError("broken")
        return real_ask(self, question)

    monkeypatch.setattr(console.Engine, "ask", flaky)
    out = io.StringIO()
    console.ask_lines(db, ["boom", "who won north east fife"], out, as_json=True)
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["answered"] is False and first["intent"] == "error"
    assert second["answered"] is True


def test_ask_one_plain_and_json(db):
    out = io.StringIO()
    assert console.ask_one(db, "who won richmond park", out, as_json=False) == 0
    assert out.getvalue().startswith("Zack Goldfinch")
    out = io.StringIO()
    console.ask_one(db, "who won bristol", out, as_json=False)
    assert "You could ask about: Bristol East; Bristol West" in out.getvalue()
    out = io.StringIO()
    console.ask_one(db, "who won wakefield", out, as_json=True)
    assert json.loads(out.getvalue())["answered"] is False


def test_run_console_answers_until_quit(db, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("who won north east fife\n\nhelp\nquit\nwho won bristol east\n"))
    assert console.run_console(db) == 0
    shown = capsys.readouterr().out
    assert "Morag Lindsay" in shown
    assert "Ask me in plain words, for example:" in shown and "who won Ceredigion?" in shown
    assert "Kerry Fairweather" not in shown  # nothing after quit


def test_run_console_ends_on_end_of_input(db, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("majority in richmond park"))
    assert console.run_console(db) == 0
    assert "45" in capsys.readouterr().out
