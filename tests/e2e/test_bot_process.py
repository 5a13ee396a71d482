"""`python bot.py run` as a user runs it: environment in, fake Discord answered, clean exit on a signal."""
from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from pathlib import Path

import pytest
from fake_discord import BOT_ID, GUILD_ID, TOKEN, FakeDiscord

from handlers.app.settings import PROJECT_DIR

START_TIMEOUT = 30.0
EXIT_TIMEOUT = 10.0


def bot_environment(fake: FakeDiscord, tmp_path: Path, knowledge_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DISCORD_", "ELECTION_BOT_"))}
    env.update({
        "DISCORD_TOKEN": TOKEN, "DISCORD_API_BASE": fake.api_base, "DISCORD_GATEWAY_URL": fake.gateway_url,
        "DISCORD_TEST_GUILD_ID": str(GUILD_ID), "DISCORD_ADMIN_ROLE_ID": "", "DISCORD_ANSWER_CHANNEL_IDS": "",
        "ELECTION_BOT_DB": str(tmp_path / "process" / "knowledge.sqlite3"),
        "ELECTION_BOT_KNOWLEDGE_DIR": str(knowledge_dir), "PYTHONUNBUFFERED": "1",
    })
    return env


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
async def test_bot_py_run_answers_and_stops_cleanly(fake: FakeDiscord, tmp_path: Path, knowledge_dir: Path,
                                                    stop: signal.Signals) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(PROJECT_DIR / "bot.py"), "run", cwd=tmp_path,
        env=bot_environment(fake, tmp_path, knowledge_dir),
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        identify = await fake.wait_gateway(2, timeout=START_TIMEOUT)
        assert identify["d"]["token"] == TOKEN
        assert fake.gateway_paths[0].startswith("/gateway?")

        reply = await fake.slash("winner", seat="Kensington", timeout=10)
        assert "Emma Dent Coad" in reply.text()

        await fake.dispatch("MESSAGE_CREATE", fake.message_event(f"<@{BOT_ID}> who won ashfield?"))
        mention = await fake.wait_request("POST", r"^/channels/\d+/messages$", timeout=10)
        assert "Gloria De Piero" in mention.text()

        process.send_signal(stop)
        stdout, stderr = await asyncio.wait_for(process.communicate(), EXIT_TIMEOUT)
    finally:
        if process.returncode is None:
            process.kill()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(process.wait(), 5)
    log = stderr.decode(errors="replace") + stdout.decode(errors="replace")
    assert process.returncode == 0, log
    assert "Shutting down" in log
    assert TOKEN not in log
    assert any(r.method == "PUT" and r.path.endswith(f"/guilds/{GUILD_ID}/commands") for r in fake.requests)


async def test_bot_py_run_with_a_refused_token_exits_with_an_error(fake: FakeDiscord, tmp_path: Path,
                                                                   knowledge_dir: Path) -> None:
    env = bot_environment(fake, tmp_path, knowledge_dir)
    env["DISCORD_TOKEN"] = "not.the-right-token"
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(PROJECT_DIR / "bot.py"), "run", cwd=tmp_path, env=env,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        stdout, stderr = await asyncio.wait_for(process.communicate(), START_TIMEOUT)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    log = stderr.decode(errors="replace") + stdout.decode(errors="replace")
    assert process.returncode == 1, log
    assert "refused the token" in log and "not.the-right-token" not in log
