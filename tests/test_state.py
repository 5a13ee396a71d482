"""The per-server state database: settings keyed by guild id, surviving a restart; rate limits."""
from __future__ import annotations

from pathlib import Path

import pytest

from handlers.app.settings import Settings
from handlers.app.state import BotState, GuildSettings, RateLimit, StateError

A, B = 111, 222


def test_settings_are_per_server_and_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    state = BotState(path)
    assert state.guild(A) == GuildSettings(A)
    state.set_admin_role(A, 5)
    state.set_results_channel(A, 7)
    state.set_answer_channel(A, 8, True)
    state.set_answer_channel(A, 9, True)
    state.set_answer_channel(A, 9, False)
    state.set_answer_channel(B, 10, True)
    state.close()

    again = BotState(path)
    assert again.guild(A) == GuildSettings(A, admin_role_id=5, results_channel_id=7,
                                           answer_channel_ids=frozenset({8}))
    assert again.guild(B) == GuildSettings(B, answer_channel_ids=frozenset({10}))
    assert again.is_answer_channel(A, 8) and not again.is_answer_channel(B, 8)
    again.set_admin_role(A, None)
    assert again.guild(A).admin_role_id is None and again.guild(A).results_channel_id == 7


def test_two_connections_see_each_others_writes(tmp_path: Path) -> None:
    """Two shards (or processes) on one file see one state."""
    first, second = BotState(tmp_path / "s.sqlite3"), BotState(tmp_path / "s.sqlite3")
    first.set_admin_role(A, 42)
    assert second.guild(A).admin_role_id == 42


def test_rate_limit_counts_per_server_and_action(tmp_path: Path) -> None:
    state = BotState(tmp_path / "s.sqlite3")
    limit = RateLimit(2, 60)
    assert state.take(A, "upload", limit, now=1000) is None
    assert state.take(A, "upload", limit, now=1010) is None
    assert state.take(A, "upload", limit, now=1020) == pytest.approx(40)
    assert state.take(B, "upload", limit, now=1020) is None, "another server has its own budget"
    assert state.take(A, "reload", limit, now=1020) is None, "another action has its own budget"
    assert state.take(A, "upload", limit, now=1061) is None, "the window moved on"


def test_rate_limit_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    BotState(path).take(A, "upload", RateLimit(1, 60), now=1000)
    assert BotState(path).take(A, "upload", RateLimit(1, 60), now=1001) is not None


def test_other_modules_add_tables(tmp_path: Path) -> None:
    state = BotState(tmp_path / "s.sqlite3")
    state.ensure("CREATE TABLE IF NOT EXISTS feeds (guild_id INTEGER, url TEXT)")
    with state.transaction() as conn:
        conn.execute("INSERT INTO feeds VALUES (?, ?)", [A, "https://example.org/feed"])
    with pytest.raises(RuntimeError), state.transaction() as conn:
        conn.execute("INSERT INTO feeds VALUES (?, ?)", [B, "https://example.org/other"])
        raise RuntimeError("rolled back")
    with state.transaction() as conn:
        assert conn.execute("SELECT guild_id FROM feeds").fetchall() == [(A,)]


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StateError, match="not a usable state database"):
        BotState(path)


def test_settings_read_the_state_db_and_shard_count_from_the_environment() -> None:
    settings = Settings.from_env({"ELECTION_BOT_STATE_DB": "/tmp/x/state.sqlite3", "DISCORD_SHARD_COUNT": "3"},
                                 dotenv=Path("/nonexistent"))
    assert settings.state_db == Path("/tmp/x/state.sqlite3") and settings.shard_count == 3
    assert Settings.from_env({}, dotenv=Path("/nonexistent")).state_db.name == "state.sqlite3"


def test_settings_read_the_message_content_flag_and_name_retired_variables() -> None:
    settings = Settings.from_env({"DISCORD_MESSAGE_CONTENT": "1", "DISCORD_ADMIN_ROLE_ID": "123",
                                  "DISCORD_ANSWER_CHANNEL_IDS": ""}, dotenv=Path("/nonexistent"))
    assert settings.message_content and settings.retired == ("DISCORD_ADMIN_ROLE_ID",)
    assert not Settings.from_env({}, dotenv=Path("/nonexistent")).message_content
