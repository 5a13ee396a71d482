"""`bot.py` as a user meets it, through subprocesses: clean one-line errors, exit statuses, help texts."""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from handlers.app.settings import PROJECT_DIR

SAMPLE_ARTICLES = PROJECT_DIR / "knowledge" / "articles"
TIMEOUT = 60


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(**changes: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DISCORD_", "ELECTION_BOT_"))}
    env.update(changes)
    return env


def bot_py(*args: str, env: dict[str, str] | None = None, cwd: Path = PROJECT_DIR) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(PROJECT_DIR / "bot.py"), *args], cwd=cwd, env=env or environment(),
                          capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    db = tmp_path / "knowledge.sqlite3"
    assert bot_py("ingest", str(SAMPLE_ARTICLES), "--db", str(db)).returncode == 0
    return db


def unreachable_env() -> dict[str, str]:
    return environment(DISCORD_TOKEN="abc.def.ghi", DISCORD_API_BASE=f"http://127.0.0.1:{closed_port()}/api/v10")


def test_run_when_discord_cannot_be_reached_says_so_in_one_line(sample_db: Path) -> None:
    done = bot_py("run", "--db", str(sample_db), env=unreachable_env())
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr
    errors = [line for line in done.stderr.splitlines() if "ERROR" in line]
    assert len(errors) == 1 and "Could not reach Discord" in errors[0], done.stderr


def test_run_logs_carry_no_voice_warning_and_no_colour_codes_off_a_terminal(sample_db: Path) -> None:
    done = bot_py("run", "--db", str(sample_db), env=unreachable_env())
    assert "logging in" in done.stderr  # the log did run
    assert "voice will NOT be supported" not in done.stderr
    assert "\x1b[" not in done.stderr


def test_sync_when_discord_cannot_be_reached_says_so_in_one_line() -> None:
    done = bot_py("sync", "--guild", "5", env=unreachable_env())
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "Could not reach Discord" in done.stderr, done.stderr


def test_sync_asks_where_before_the_token() -> None:
    done = bot_py("sync")
    assert done.returncode == 2
    assert "say where to sync" in done.stderr and "DISCORD_TOKEN" not in done.stderr


def test_sync_guild_and_all_exclude_each_other() -> None:
    done = bot_py("sync", "--guild", "5", "--all", env=environment(DISCORD_TOKEN="abc.def.ghi"))
    assert done.returncode == 2
    assert "not allowed with argument" in done.stderr and "Traceback" not in done.stderr


def test_output_into_a_closed_pipe_ends_without_a_traceback(sample_db: Path) -> None:
    """`bot.py ask --json - | head -c 10`: far more output than a pipe buffers, the reader gone early."""
    process = subprocess.Popen([sys.executable, str(PROJECT_DIR / "bot.py"), "ask", "--json", "-", "--db",
                                str(sample_db)], cwd=PROJECT_DIR, env=environment(), stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    process.stdin.write(b"who won Kensington?\n" * 3000)
    process.stdin.close()
    process.stdout.read(10)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(TIMEOUT)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert process.returncode == 1


def test_ingest_of_a_missing_path_fails_and_reads_nothing(tmp_path: Path) -> None:
    db = tmp_path / "knowledge.sqlite3"
    done = bot_py("ingest", str(SAMPLE_ARTICLES), str(tmp_path / "nowhere"), "--db", str(db))
    assert done.returncode != 0
    assert "no such file or folder" in done.stderr and "nowhere" in done.stderr
    assert not db.exists()


def test_ingest_of_nothing_usable_fails_and_lists_the_ignored_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "picture.bin").write_bytes(b"\x89PNG\x00\x01")
    done = bot_py("ingest", str(folder), "--db", str(tmp_path / "k.sqlite3"))
    assert done.returncode != 0
    assert "no usable article" in done.stderr
    assert "picture.bin: not an article file (.bin" in done.stdout


def test_ingest_lists_the_files_it_ignores_with_the_reason(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SAMPLE_ARTICLES, folder)
    (folder / "notes.bin").write_bytes(b"\x00\x01")
    (folder / ".hidden").write_text("x")
    done = bot_py("ingest", str(folder), "--db", str(tmp_path / "k.sqlite3"))
    assert done.returncode == 0, done.stderr
    assert "articles read: 2" in done.stdout
    assert "files ignored in the folders: 1" in done.stdout
    assert "notes.bin: not an article file (.bin" in done.stdout


def subcommands() -> dict[str, argparse.ArgumentParser]:
    sys.path.insert(0, str(PROJECT_DIR))
    import bot

    parser = bot.build_parser()
    [action] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_subcommand_has_a_description_and_every_option_a_help_text(name: str) -> None:
    parser = subcommands()[name]
    assert parser.description, f"{name} has no description"
    for action in parser._actions:
        assert action.help, f"{name}: {action.dest} has no help text"
    done = bot_py(name, "--help")
    assert done.returncode == 0 and parser.description.split()[0] in done.stdout
