"""The engine on a terminal: one question, questions line by line (the scorer's JSON), or a chat.

The engine is built once per call; `ask_lines` answers every input line with exactly one output
line, in order, flushed as it goes, so a pipe never waits on a buffer.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from handlers.answers.answer import Answer
from handlers.answers.engine import Engine
from knowledge.store.database import load

log = logging.getLogger(__name__)

PROMPT = "election> "
QUIT_WORDS = frozenset({"quit", "exit", "q", ":q", "bye"})
HISTORY_FILE = Path(os.environ.get("ELECTION_BOT_HISTORY", Path.home() / ".election_bot_history"))
HISTORY_LENGTH = 1000


def build_engine(db_path: Path) -> Engine:
    return Engine(load(db_path))


def render(answer: Answer, question: str, *, as_json: bool) -> str:
    """One answer as one line of JSON, or as text for people."""
    if as_json:
        return json.dumps(answer.to_json(question), ensure_ascii=False)
    text = answer.text
    if answer.suggestions and not answer.answered:
        text += "\nYou could ask about: " + "; ".join(answer.suggestions[:5])
    return text


def safe_ask(engine: Engine, question: str) -> Answer:
    """The engine's answer; an unexpected error is reported as an unanswered question, never a crash."""
    try:
        return engine.ask(question)
    except Exception:  # noqa: BLE001 - one bad question must not stop the others
        log.exception("Error answering %r", question)
        return Answer(lead="Sorry, something went wrong answering that question.", answered=False, intent="error")


def ask_one(db_path: Path, question: str, out: TextIO, *, as_json: bool) -> int:
    """Answer one question (exit status 0: an unanswered question is still an answer)."""
    answer = safe_ask(build_engine(db_path), question)
    out.write(render(answer, question, as_json=as_json) + "\n")
    out.flush()
    return 0


def ask_lines(db_path: Path, lines: Iterable[str], out: TextIO, *, as_json: bool) -> int:
    """Answer each line: exactly one output (a JSON object with --json) per input line, in order."""
    engine = build_engine(db_path)
    for line in lines:
        question = line.rstrip("\r\n")
        out.write(render(safe_ask(engine, question), question, as_json=as_json) + "\n")
        out.flush()
    return 0


def _setup_history() -> bool:
    """Readline editing and history for an interactive terminal; False when unavailable."""
    if not sys.stdin.isatty():
        return False
    try:
        import readline
    except ImportError:
        return False
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY_FILE)
    readline.set_history_length(HISTORY_LENGTH)
    return True


def _save_history() -> None:
    try:
        import readline

        readline.write_history_file(HISTORY_FILE)
    except (ImportError, OSError):
        pass


def run_console(db_path: Path) -> int:
    """Chat with the bot: type questions, `help` for examples, `quit` or Ctrl-D to leave."""
    engine = build_engine(db_path)
    history = _setup_history()
    interactive = sys.stdin.isatty()
    out = sys.stdout
    out.write(f"Election results bot — {engine.about().lead}\n"
              "Ask a question, `help` for examples, `quit` (or Ctrl-D) to leave.\n")
    try:
        while True:
            try:
                line = input(PROMPT if interactive else "")
            except EOFError:
                out.write("\n")
                break
            except KeyboardInterrupt:
                out.write("\n")
                continue
            question = line.strip()
            if not question:
                continue
            if question.lower() in QUIT_WORDS:
                break
            answer = engine.help() if question.lower() == "help" else safe_ask(engine, question)
            out.write(render(answer, question, as_json=False) + "\n\n")
            out.flush()
    finally:
        if history:
            _save_history()
    return 0
