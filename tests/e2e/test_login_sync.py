"""Logging in, the gateway handshake, and registering the slash commands."""
from __future__ import annotations

import asyncio
import logging

from conftest import running_bot, with_changes
from fake_discord import BOT_ID, GUILD_ID, OWNER_ID, TOKEN, USER_ID, FakeDiscord
from fake_engine import FakeEngine

from handlers.discord_ui.client import ElectionBot, RedactToken, route_gateway, sync_commands

EXPECTED = {"result", "winner", "compare", "national", "margin", "recounts", "candidate", "closest", "party", "ask",
            "sources", "about", "help", "reload", "article", "feed", "results", "settings"}
ADMIN_COMMANDS = {"reload", "article", "feed", "results", "settings"}
MESSAGE_CONTENT = 1 << 15
MANAGE_GUILD = "32"


def options_of(command: dict) -> dict[str, dict]:
    return {option["name"]: option for option in command.get("options") or []}


async def test_login_identify_and_guild_sync(fake: FakeDiscord, bot: ElectionBot) -> None:
    paths = [(r.method, r.path) for r in fake.requests]
    assert ("GET", "/users/@me") in paths
    assert ("GET", "/oauth2/applications/@me") in paths
    assert all(r.headers.get("Authorization") == f"Bot {TOKEN}" for r in fake.requests)
    identify = await fake.wait_gateway(2)
    assert identify["d"]["token"] == TOKEN
    assert not identify["d"]["intents"] & MESSAGE_CONTENT, "no privileged intent unless DISCORD_MESSAGE_CONTENT"
    assert fake.gateway_paths[0].startswith("/gateway?") and "encoding=json" in fake.gateway_paths[0]
    assert bot.user is not None and bot.user.id == BOT_ID
    assert bot.get_guild(GUILD_ID) is not None

    # The test guild was synced at start; nothing was synced globally.
    assert ("PUT", f"/applications/{BOT_ID}/guilds/{GUILD_ID}/commands") in paths
    assert not any(r.method == "PUT" and r.path == f"/applications/{BOT_ID}/commands" for r in fake.requests)
    commands = {c["name"]: c for c in fake.commands[GUILD_ID]}
    assert set(commands) == EXPECTED


async def test_synced_payload_options_autocomplete_and_permissions(fake: FakeDiscord, bot: ElectionBot) -> None:
    commands = {c["name"]: c for c in fake.commands[GUILD_ID]}
    for name in ("result", "winner", "margin", "sources", "compare"):
        seat = options_of(commands[name])["seat"]
        assert seat["required"] is True and seat["autocomplete"] is True and seat["type"] == 3
        assert seat["max_length"] == 100
    for name in ("margin", "sources"):
        year = options_of(commands[name])["year"]
        assert year["type"] == 4 and not year.get("required")
        assert {c["value"] for c in year["choices"]} >= {2015, 2017, 2019} and len(year["choices"]) <= 25
    for name, option in (("result", "election"), ("winner", "election"), ("compare", "first"),
                         ("compare", "second"), ("national", "election")):
        election = options_of(commands[name])[option]
        assert election["type"] == 3 and election["autocomplete"] is True and not election.get("required")
    area = options_of(commands["national"])["area"]
    assert [c["value"] for c in area["choices"]][:4] == ["England", "Scotland", "Wales", "Northern Ireland"]
    assert "London" in [c["value"] for c in area["choices"]] and len(area["choices"]) == 13
    assert area["type"] == 3 and not area.get("required")
    assert options_of(commands["recounts"])["seat"].get("required") in (False, None)
    candidate = options_of(commands["candidate"])
    assert candidate["name"]["autocomplete"] is True and candidate["seat"]["autocomplete"] is True
    closest = options_of(commands["closest"])["count"]
    assert closest["min_value"] == 1 and closest["max_value"] == 25
    assert options_of(commands["ask"])["question"]["required"] is True

    for name in ADMIN_COMMANDS:
        assert str(commands[name]["default_member_permissions"]) == MANAGE_GUILD, name
    add = options_of(commands["article"])["add"]
    assert add["type"] == 1 and options_of(add)["file"]["type"] == 11 and options_of(add)["url"]["type"] == 3
    for name in EXPECTED - ADMIN_COMMANDS:
        assert commands[name].get("default_member_permissions") is None, name
    for command in commands.values():
        assert 1 <= len(command["description"]) <= 100


async def test_no_sync_without_test_guild(fake: FakeDiscord, settings) -> None:
    async with running_bot(with_changes(settings, test_guild_id=None), engine_factory=FakeEngine):
        pass
    assert not any(r.method == "PUT" for r in fake.requests)


async def test_message_content_intent_only_when_the_operator_says(fake: FakeDiscord, settings) -> None:
    changed = with_changes(settings, message_content=True)
    async with running_bot(changed, engine_factory=FakeEngine):
        identify = await fake.wait_gateway(2)
    assert identify["d"]["intents"] & MESSAGE_CONTENT


async def test_cli_sync_to_a_guild_and_globally(fake: FakeDiscord, settings) -> None:
    status = await asyncio.to_thread(sync_commands, settings, 1234, False)
    assert status == 0
    status = await asyncio.to_thread(sync_commands, settings, None, True)
    assert status == 0
    puts = [r.path for r in fake.requests if r.method == "PUT"]
    assert puts == [f"/applications/{BOT_ID}/guilds/1234/commands", f"/applications/{BOT_ID}/commands"]
    assert {c["name"] for c in fake.commands[None]} == EXPECTED
    assert not fake.gateway_log, "syncing does not connect to the gateway"


async def test_cli_sync_needs_a_target(fake: FakeDiscord, settings) -> None:
    status = await asyncio.to_thread(sync_commands, with_changes(settings, test_guild_id=None), None, False)
    assert status == 2
    assert not fake.requests


async def test_cli_sync_with_a_bad_token_fails_without_showing_it(fake: FakeDiscord, settings, capsys) -> None:
    status = await asyncio.to_thread(sync_commands, with_changes(settings, token="wrong-token-value"), 1, False)
    assert status == 1
    captured = capsys.readouterr()
    assert "401" in captured.err and "wrong-token-value" not in captured.out + captured.err


async def test_owner_prefix_sync(fake: FakeDiscord, bot: ElectionBot) -> None:
    before = len(fake.requests)
    await fake.dispatch("MESSAGE_CREATE", fake.message_event(f"<@{BOT_ID}> sync", author_id=OWNER_ID))
    reply = await fake.wait_request("POST", r"^/channels/\d+/messages$", after=before)
    assert f"Synced {len(EXPECTED)} commands in this server" in reply.text()
    assert [r for r in fake.requests[before:] if r.method == "PUT" and str(GUILD_ID) in r.path]


async def test_prefix_sync_refused_for_others(fake: FakeDiscord, bot: ElectionBot) -> None:
    before = len(fake.requests)
    await fake.dispatch("MESSAGE_CREATE", fake.message_event(f"<@{BOT_ID}> sync global", author_id=USER_ID))
    reply = await fake.wait_request("POST", r"^/channels/\d+/messages$", after=before)
    assert "owner" in reply.text()
    assert not [r for r in fake.requests[before:] if r.method == "PUT"]


async def test_gateway_redirect_keeps_the_query_and_leaves_voice_alone() -> None:
    class RecordingHTTP:
        def __init__(self) -> None:
            self.urls: list[str] = []

        async def ws_connect(self, url: str, *, compress: int = 0) -> None:
            self.urls.append(url)

    http = RecordingHTTP()
    route_gateway(http, "ws://127.0.0.1:9/gateway")  # type: ignore[arg-type]
    await http.ws_connect("wss://gateway.discord.gg/?v=10&encoding=json&compress=zlib-stream")
    await http.ws_connect("wss://gateway-us-east1-b.discord.gg?v=10&encoding=json")  # a resume_gateway_url
    await http.ws_connect("wss://voice.example.invalid/?v=8", compress=15)
    assert http.urls == ["ws://127.0.0.1:9/gateway?v=10&encoding=json&compress=zlib-stream",
                         "ws://127.0.0.1:9/gateway?v=10&encoding=json",
                         "wss://voice.example.invalid/?v=8"]


def test_the_token_is_redacted_from_log_records() -> None:
    record = logging.LogRecord("discord", logging.ERROR, __file__, 1, "sent %s to %s", (TOKEN, "x"), None)
    try:
        raise RuntimeError(f"failed with {TOKEN}")
    except RuntimeError:
        import sys
        record.exc_info = sys.exc_info()
    assert RedactToken(TOKEN).filter(record)
    assert TOKEN not in record.getMessage() and "[token]" in record.getMessage()
    assert TOKEN not in (record.exc_text or "") and "[token]" in (record.exc_text or "")


def described(options: list[dict]) -> list[tuple[str, str]]:
    """(name, description) of every option and sub-option, depth first."""
    found = []
    for option in options:
        found.append((option["name"], option["description"]))
        found += described(option.get("options", []))
    return found


async def test_every_command_and_option_is_described_from_its_docstring(fake: FakeDiscord, bot: ElectionBot) -> None:
    commands = {c["name"]: c for c in fake.commands[GUILD_ID]}
    for command in commands.values():
        assert command["description"] != "…", command["name"]  # discord.py's text for a missing description
        for name, description in described(command.get("options", [])):
            assert description and description != "…", f"/{command['name']} {name}"
    assert commands["result"]["description"] == "A seat's full result: candidates, votes, margin, turnout"
    assert options_of(commands["result"])["seat"]["description"] == "Constituency"
    assert options_of(options_of(commands["article"])["add"])["file"]["description"] == "The article as a UTF-8 .txt file"
