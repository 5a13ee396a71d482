"""The Discord bot: a `commands.AutoShardedBot` around the knowledge service, and the two entry points bot.py uses.

- `run_bot(settings)`: log in and answer until SIGINT or SIGTERM (a clean `bot.close()`).
- `sync_commands(settings, guild_id, to_global)`: register the slash commands once (the owner's
  step; the bot does not sync globally at every start). At start-up the bot only copies its commands
  to `settings.test_guild_id` and syncs that one server, when one is configured.

Endpoints: `settings.api_base` (DISCORD_API_BASE) becomes `discord.http.Route.BASE`, which every REST
call and interaction webhook in discord.py 2.7 is built from. discord.py 2.7 does not ask for a gateway
URL: it opens `DiscordWebSocket.DEFAULT_GATEWAY` and RESUMEs at the `resume_gateway_url` READY
gives. With `settings.gateway_url` (DISCORD_GATEWAY_URL) set, the bot's `HTTPClient.ws_connect` sends
every main gateway connection (first IDENTIFY, RESUME, reconnect after an invalid session) there instead,
keeping the query discord.py adds (v, encoding, compress).

The token is never logged: a filter on the log handlers blanks it wherever it might appear.
"""
from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Callable
from typing import Any

import aiohttp
import discord
import yarl
from discord import app_commands
from discord.ext import commands
from discord.http import HTTPClient, Route

from handlers.app.service import EngineFactory, KnowledgeService
from handlers.app.settings import RETIRED_VARIABLES, Settings
from handlers.app.state import BotState
from handlers.discord_ui.cogs import EXTENSIONS
from handlers.discord_ui.cogs.checks import NotAdmin
from handlers.discord_ui.cogs.common import NO_MENTIONS, send_ephemeral
from handlers.discord_ui.embeds import message_embed

log = logging.getLogger(__name__)


def configure_rest(api_base: str) -> None:
    """Point discord.py's REST routes (and interaction webhooks) at `api_base` (process-wide)."""
    Route.BASE = api_base.rstrip("/")


def route_gateway(http: HTTPClient, gateway_url: str) -> None:
    """Make every main gateway connection of this client go to `gateway_url`.

    discord.py builds the URL (DEFAULT_GATEWAY, or READY's resume_gateway_url for a RESUME) with
    ?v=10&encoding=json&compress=…, then opens it with `http.ws_connect`; only that method is wrapped,
    and only URLs carrying `encoding` (the main gateway; voice gateways have none) are redirected.
    """
    base = yarl.URL(gateway_url)
    connect = http.ws_connect

    async def ws_connect(url: str, *, compress: int = 0) -> aiohttp.ClientWebSocketResponse:
        target = yarl.URL(url)
        if "encoding" in target.query:
            target = base.update_query(target.query)
            log.debug("Connecting to the gateway at %s", target.with_query(None))
        return await connect(str(target), compress=compress)

    http.ws_connect = ws_connect  # type: ignore[method-assign]


class ElectionTree(app_commands.CommandTree):
    """The command tree; its error handler answers every failure ephemerally."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        if isinstance(error, NotAdmin):
            embed = message_embed("Not allowed", str(error), error=True)
        elif isinstance(error, app_commands.CheckFailure):
            embed = message_embed("Not allowed", "You can't use this command here.", error=True)
        elif isinstance(error, app_commands.TransformerError):
            embed = message_embed("Invalid option", str(error), error=True)
        else:
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("Command /%s failed", command, exc_info=error)
            embed = message_embed("Something went wrong", "I couldn't answer that; the error has been logged.",
                                  error=True)
        try:
            await send_ephemeral(interaction, embed)
        except discord.HTTPException as failure:
            log.warning("Could not report an error to the user: %s", failure)


def without_voice() -> None:
    """The bot never joins voice: keep discord.py from warning at every start that voice needs PyNaCl and davey."""
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False


class ElectionBot(commands.AutoShardedBot):
    """The election results bot. `engine_factory` replaces the engine (tests); options go to commands.Bot.

    Sharded: `settings.shard_count` shards (DISCORD_SHARD_COUNT), or as many as Discord recommends
    (GET /gateway/bot) when unset; `shard_ids=[…]` in the options runs only those shards, so several
    processes can share the shards. `state` holds each server's settings (admin role, answer channels,
    results channel) and rate limits in SQLite (`settings.state_db`), never in process memory, so every
    shard and process sees the same.
    """

    def __init__(self, settings: Settings, *, service: KnowledgeService | None = None,
                 engine_factory: EngineFactory | None = None, sync_on_start: bool = True,
                 load_knowledge: bool = True, **options: Any) -> None:
        without_voice()
        intents = discord.Intents.default()
        intents.message_content = settings.message_content  # privileged: only when the operator says so
        options.setdefault("shard_count", settings.shard_count)
        super().__init__(command_prefix=commands.when_mentioned, intents=intents, help_command=None,
                         allowed_mentions=NO_MENTIONS, tree_cls=ElectionTree, **options)
        self.settings = settings
        self.service = service or KnowledgeService(settings, engine_factory)
        self.state = BotState(settings.state_db)
        self.sync_on_start = sync_on_start
        self.load_knowledge = load_knowledge
        configure_rest(settings.api_base)
        if settings.gateway_url:
            route_gateway(self.http, settings.gateway_url)

    async def setup_hook(self) -> None:
        for name in self.settings.retired:
            log.warning("%s is no longer read: each server sets its own with %s", name, RETIRED_VARIABLES[name])
        if self.load_knowledge:
            await self.service.start()
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.sync_on_start and self.settings.test_guild_id:
            synced = await self.sync_app_commands(self.settings.test_guild_id)
            log.info("Synced %d commands to the test server %s", len(synced), self.settings.test_guild_id)

    async def sync_app_commands(self, guild_id: int | None) -> list[app_commands.AppCommand]:
        """Register the commands in one server (global ones copied there), or globally with None."""
        if guild_id is None:
            return await self.tree.sync()
        guild = discord.Object(id=guild_id)
        self.tree.copy_global_to(guild=guild)
        return await self.tree.sync(guild=guild)

    async def close(self) -> None:
        await super().close()  # the cogs are unloaded first; nothing uses the state after this
        self.state.close()

    async def on_ready(self) -> None:
        log.info("Logged in as %s (%s) in %d servers, shards %s of %s", self.user, self.user.id if self.user else "?",
                 len(self.guilds), sorted(self.shards), self.shard_count)

    async def on_command_error(self, context: commands.Context, error: commands.CommandError) -> None:
        if isinstance(error, commands.CommandNotFound):
            return  # "@bot who won…" is a question, answered by the questions cog
        if isinstance(error, commands.NotOwner):
            await context.reply("Only the bot's owner can do that.", allowed_mentions=NO_MENTIONS)
        elif isinstance(error, commands.NoPrivateMessage):
            await context.reply("That only works in a server.", allowed_mentions=NO_MENTIONS)
        elif isinstance(error, commands.UserInputError):
            await context.reply(str(error), allowed_mentions=NO_MENTIONS)
        else:
            log.error("Command %s failed", context.command, exc_info=error)


class RedactToken(logging.Filter):
    """Replaces the token with [token] in every record (message, arguments and traceback)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "[token]"), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.token in record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, "[token]")
        return True


LOG_FORMAT = "[{asctime}] [{levelname:<8}] {name}: {message}"


def setup_logging(settings: Settings, level: int = logging.INFO) -> None:
    """discord.py's logging set-up (unless logging is configured already), the token filtered out.

    Colours only on a terminal: discord.py also colours inside any Docker container, which fills
    redirected logs with escape codes.
    """
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        if sys.stderr.isatty():
            discord.utils.setup_logging(handler=handler, level=level, root=True)
        else:
            formatter = logging.Formatter(LOG_FORMAT, "%Y-%m-%d %H:%M:%S", style="{")
            discord.utils.setup_logging(handler=handler, formatter=formatter, level=level, root=True)
    if settings.token:
        for handler in root.handlers:
            if not any(isinstance(f, RedactToken) for f in handler.filters):
                handler.addFilter(RedactToken(settings.token))


def _install_signal_handlers(loop: asyncio.AbstractEventLoop, stop: Callable[[], None]) -> list[int]:
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop)
            installed.append(sig)
        except (NotImplementedError, RuntimeError):  # not on this platform or thread
            pass
    return installed


async def serve(settings: Settings, bot: ElectionBot | None = None) -> int:
    """Run the bot until it is closed (SIGINT/SIGTERM close it cleanly); the exit status."""
    bot = bot or ElectionBot(settings)
    loop = asyncio.get_running_loop()
    closing: set[asyncio.Task] = set()

    def stop() -> None:
        log.info("Shutting down")
        task = loop.create_task(bot.close())
        closing.add(task)
        task.add_done_callback(closing.discard)

    installed = _install_signal_handlers(loop, stop)
    try:
        async with bot:
            await bot.start(settings.token or "")
    except discord.LoginFailure:
        log.error("Discord refused the token (401 Unauthorized): check DISCORD_TOKEN")
        return 1
    except discord.PrivilegedIntentsRequired:
        log.error("Answer channels need the Message Content intent: enable it in the Developer Portal "
                  "(Bot → Privileged Gateway Intents) or unset DISCORD_MESSAGE_CONTENT")
        return 1
    except UNREACHABLE as error:
        log.error("%s", unreachable_text(settings, error))
        return 1
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
    return 0


# What discord.py raises when it cannot get through to Discord at all (aiohttp's connection errors are OSErrors).
UNREACHABLE = (aiohttp.ClientError, OSError, asyncio.TimeoutError, discord.GatewayNotFound)


def unreachable_text(settings: Settings, error: BaseException) -> str:
    """One line saying Discord could not be reached, and why."""
    why = str(error) or type(error).__name__
    return f"Could not reach Discord at {settings.api_base} ({why}); check the network (or DISCORD_API_BASE)"


def run_bot(settings: Settings) -> int:
    """Log in to Discord and answer until stopped; the process exit status."""
    setup_logging(settings)
    log.info("Starting with %s", settings)
    return asyncio.run(serve(settings))


async def _sync(settings: Settings, guild_id: int | None) -> list[app_commands.AppCommand]:
    bot = ElectionBot(settings, sync_on_start=False, load_knowledge=False)
    async with bot:
        await bot.login(settings.token or "")
        return await bot.sync_app_commands(guild_id)


def sync_commands(settings: Settings, guild_id: int | None = None, to_global: bool = False) -> int:
    """Register the slash commands in one server (--guild, else the test server) or globally (--all)."""
    setup_logging(settings, level=logging.WARNING)
    target = None if to_global else (guild_id or settings.test_guild_id)
    if not to_global and target is None:
        print("error: say where to sync: --guild ID, --all, or set DISCORD_TEST_GUILD_ID", file=sys.stderr)
        return 2
    try:
        synced = asyncio.run(_sync(settings, target))
    except discord.LoginFailure:
        print("error: Discord refused the token (401 Unauthorized)", file=sys.stderr)
        return 1
    except discord.HTTPException as error:
        print(f"error: Discord answered {error.status}: {error.text}", file=sys.stderr)
        return 1
    except UNREACHABLE as error:
        print(f"error: {unreachable_text(settings, error)}", file=sys.stderr)
        return 1
    where = "globally (may take up to an hour to show)" if target is None else f"to server {target}"
    print(f"Synced {len(synced)} commands {where}: {', '.join('/' + c.name for c in synced)}")
    return 0
