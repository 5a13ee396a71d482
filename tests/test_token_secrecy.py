"""The token never reaches the log output, through the logging the bot really sets up.

(tests/e2e/test_bot_process.py checks a whole `bot.py run` log and a refused token; test_login_sync.py
the CLI sync with a bad token and `RedactToken` on one record. This checks `setup_logging` puts the
filter where every logger's records pass.)
"""
from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from handlers.app.settings import Settings
from handlers.discord_ui.client import setup_logging

TOKEN = "MTIzNDU2Nzg5.secret-token.for-this-test-only"


@pytest.fixture
def root_stream() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    stream = io.StringIO()
    root.handlers = [logging.StreamHandler(stream)]
    root.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.handlers, root.level = saved_handlers, saved_level


def test_no_logger_writes_the_token(root_stream: io.StringIO) -> None:
    setup_logging(Settings(token=TOKEN))
    for name in ("discord.http", "discord.gateway", "handlers.discord_ui.cogs.questions", "aiohttp.client", "asyncio"):
        log = logging.getLogger(name)
        log.warning("request with Authorization: Bot %s", TOKEN)
        log.error(f"formatted in place: {TOKEN}")
        try:
            raise RuntimeError(f"the server said no to {TOKEN}")
        except RuntimeError:
            log.exception("failed")
    output = root_stream.getvalue()
    assert "[token]" in output and "RuntimeError" in output
    assert TOKEN not in output


def test_setting_up_logging_twice_adds_one_filter(root_stream: io.StringIO) -> None:
    settings = Settings(token=TOKEN)
    setup_logging(settings)
    setup_logging(settings)
    [handler] = [h for h in logging.getLogger().handlers if getattr(h, "stream", None) is root_stream]
    assert len(handler.filters) == 1
