"""A fake Discord for end-to-end tests: the documented REST API and gateway, on 127.0.0.1 only.

The real discord.py client logs in to it through DISCORD_API_BASE (`api_base`) and
DISCORD_GATEWAY_URL (`gateway_url`). Every HTTP request and every gateway payload the client
sends is recorded, so tests can assert on payloads; tests drive the bot by dispatching gateway
events (INTERACTION_CREATE, MESSAGE_CREATE) and waiting, with a bound, for its requests.

REST (under /api/v10): GET /gateway, /gateway/bot, /users/@me, /oauth2/applications/@me;
PUT/GET /applications/{app}/commands and /applications/{app}/guilds/{guild}/commands;
POST /interactions/{id}/{token}/callback (JSON or multipart with files);
PATCH/GET /webhooks/{app}/{token}/messages/@original; POST /webhooks/{app}/{token} (followups);
POST /channels/{id}/messages (JSON or multipart); PATCH /channels/{id}/messages/{id} (edits);
POST /channels/{id}/typing.
Outside the API: GET /attachments/{name} serves files registered with `serve_attachment`.

Servers: `guild_ids` (the first, GUILD_ID, by default; OTHER_GUILD_ID too where a test adds it), each
with a general and an answer channel and an admin role (`general_channel`, `answer_channel`,
`admin_role`). `interaction(..., guild_id=None)` is a command used in a DM (`DM_CHANNEL_ID`). As Discord does, a message that does not mention the bot reaches it without content
unless it identified with the Message Content intent.

Gateway (/gateway): HELLO, HEARTBEAT/HEARTBEAT_ACK, IDENTIFY → READY + GUILD_CREATE, RESUME →
missed events replayed + RESUMED (or INVALID_SESSION when `resumable` is False), RECONNECT on
request, and dropping the connection. Shards: each IDENTIFY's `shard` [id, count] gets its own session
with the servers Discord would give that shard ((guild_id >> 22) % count), and every event goes out on
its server's shard; GET /gateway/bot recommends `shard_count` shards. Plain text frames are sent even when the client asks for
zlib-stream compression (discord.py accepts both).

Failure injection: `fail_next(method, path_regex, status)` answers the next matching request with a
429 (retry_after, X-RateLimit-* headers, Via) or a 5xx, once.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

HOST = "127.0.0.1"
API_PREFIX = "/api/v10"
TOKEN = "fake.bot-token.for-tests-0123456789"
APP_ID = 900000000000000001
BOT_ID = 900000000000000001
OWNER_ID = 900000000000000002
USER_ID = 900000000000000003
ADMIN_ID = 900000000000000004
ROLE_MEMBER_ID = 900000000000000005
GUILD_ID = 900000000000000010
CHANNEL_ID = 900000000000000011
ANSWER_CHANNEL_ID = 900000000000000012
ADMIN_ROLE_ID = 900000000000000013
# A second server (`FakeDiscord.guild_ids`), on the other shard of two: its channels and role follow the
# same pattern as the first's (id + 1: general, + 2: ask-the-bot, + 3: Election admins).
OTHER_GUILD_ID = 900000000004194324
DM_CHANNEL_ID = 900000000000000020  # a user's DM channel with the bot
OTHER_BOT_ID = 900000000000000014

MESSAGE_CONTENT_INTENT = 1 << 15
MANAGE_GUILD = 1 << 5
ADMINISTRATOR = 1 << 3
MEMBER_PERMISSIONS = 0x0000_0640_6B3F_BE41 & ~(MANAGE_GUILD | ADMINISTRATOR)  # an ordinary member
ADMIN_PERMISSIONS = MEMBER_PERMISSIONS | MANAGE_GUILD
APP_PERMISSIONS = (1 << 51) - 1 & ~ADMINISTRATOR

OPTION_TYPES = {str: 3, int: 4, bool: 5, float: 10}
RECORD = web.RequestKey("record", object)
MESSAGE_ROUTES = re.compile(r"^(/channels/\d+/messages(/\d+)?|/webhooks/\d+/[^/]+(/messages/@original)?"
                            r"|/interactions/\d+/[^/]+/callback)$")


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON with `Content-Type: application/json` exactly (discord.py compares it verbatim)."""
    return web.Response(status=status, body=json.dumps(data).encode(),
                        headers={"Content-Type": "application/json", **(headers or {})})


def general_channel(guild_id: int) -> int:
    return guild_id + 1


def answer_channel(guild_id: int) -> int:
    return guild_id + 2


def admin_role(guild_id: int) -> int:
    return guild_id + 3


def user(user_id: int, name: str, *, bot: bool = False) -> dict:
    return {"id": str(user_id), "username": name, "discriminator": "0", "global_name": name, "avatar": None,
            "bot": bot, "flags": 0, "public_flags": 0}


@dataclass
class Recorded:
    """One HTTP request the client made, and what the fake answered."""

    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    headers: dict[str, str]
    json: Any = None  # the JSON body, or the payload_json part of a multipart body
    files: list[tuple[str, str, bytes]] = field(default_factory=list)  # (field, filename, data)
    status: int = 200
    at: float = field(default_factory=time.monotonic)
    response: dict | None = None  # the message object the fake answered with, for requests that make one

    @property
    def creates_message(self) -> bool:
        """Does this request post or edit a message (so it must carry allowed_mentions)?"""
        if self.method not in ("POST", "PATCH") or not MESSAGE_ROUTES.match(self.path):
            return False
        if self.path.endswith("/callback"):
            return (self.json or {}).get("type") in (4, 7)
        return True

    @property
    def message(self) -> dict:
        """The message part of the body (for callbacks, its `data`)."""
        body = self.json or {}
        return body.get("data") or {} if self.path.endswith("/callback") else body

    @property
    def embeds(self) -> list[dict]:
        return self.message.get("embeds") or []

    @property
    def flags(self) -> int:
        return int(self.message.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & 64)

    def text(self) -> str:
        """Content and every embed text, joined, for assertions on what the user sees."""
        parts = [self.message.get("content") or ""]
        for embed in self.embeds:
            parts += [embed.get("title") or "", embed.get("description") or ""]
            parts += [f"{f.get('name')}\n{f.get('value')}" for f in embed.get("fields") or []]
            parts.append((embed.get("footer") or {}).get("text") or "")
        return "\n".join(p for p in parts if p)


@dataclass
class Failure:
    method: str
    path: re.Pattern[str]
    status: int
    retry_after: float
    times: int = 1
    code: int = 0  # Discord's JSON error code (50001 Missing Access, 10003 Unknown Channel, ...)


@dataclass
class Session:
    id: str
    shard: int = 0
    events: list[dict] = field(default_factory=list)  # every dispatch, with its sequence number
    seq: int = 0
    socket: web.WebSocketResponse | None = None  # the connection now serving it (None: disconnected)


class FakeDiscord:
    """The fake server. `await start()`, drive it, `await stop()`."""

    def __init__(self, *, heartbeat_interval_ms: int = 45_000) -> None:
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.requests: list[Recorded] = []
        self.gateway_log: list[dict] = []  # every payload the client sent on the gateway
        self.gateway_paths: list[str] = []  # the URL (path?query) of every gateway connection
        self.failures: list[Failure] = []
        self.attachments: dict[str, bytes] = {}
        self.commands: dict[int | None, list[dict]] = {}  # guild id (None: global) -> synced commands
        self.resumable = True
        self.identify_count = 0
        self.resume_count = 0
        self.sessions: dict[int, Session] = {}  # shard id -> its session (one shard unless the client shards)
        self.shard_count = 1  # how many shards GET /gateway/bot recommends
        self.shard_total = 1  # how many shards the client identified with
        self._ids = itertools.count(950_000_000_000_000_000)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.guild_members: list[dict] = []
        self.guild_ids: list[int] = [GUILD_ID]  # the servers the bot is in (READY and GUILD_CREATE)
        self.intents = 0  # what the client's last IDENTIFY asked for
        self.clicked: dict[str, str] = {}  # a component interaction's token -> the id of the message clicked

    # ---------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        app = web.Application(client_max_size=20 * 1024 * 1024, middlewares=[self._record_middleware])
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/attachments/{name}", self._attachment)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._api)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, HOST, 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        for session in self.sessions.values():
            if session.socket is not None and not session.socket.closed:
                await session.socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def api_base(self) -> str:
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return f"ws://{HOST}:{self.port}/gateway"

    def new_id(self) -> int:
        return next(self._ids)

    # ---------------------------------------------------------------- waiting

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, predicate: Callable[[], Any], timeout: float = 5.0, what: str = "condition") -> Any:
        """Wait (at most `timeout` seconds) until `predicate()` is truthy; return its value."""
        async def waiting() -> Any:
            async with self._changed:
                while not (value := predicate()):
                    await self._changed.wait()
                return value
        try:
            return await asyncio.wait_for(waiting(), timeout)
        except TimeoutError:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}; requests: "
                                 f"{[(r.method, r.path, r.status) for r in self.requests]}") from None

    async def wait_request(self, method: str, pattern: str, *, after: int = 0, timeout: float = 5.0) -> Recorded:
        """The first request (from index `after`) matching method and path regex that succeeded."""
        regex = re.compile(pattern)

        def find() -> Recorded | None:
            return next((r for r in self.requests[after:] if r.method == method and regex.search(r.path)
                         and r.status < 300), None)
        return await self.wait_until(find, timeout, f"{method} {pattern}")

    async def wait_reply(self, token: str, *, timeout: float = 5.0) -> Recorded:
        """The request that carries the answer to interaction `token`: the callback with a message,
        or after a deferral the edit of @original or the first followup."""
        def find() -> Recorded | None:
            for r in self.requests:
                if token not in r.path or r.status >= 300:
                    continue
                if r.path.endswith("/callback") and (r.json or {}).get("type") in (4, 8):
                    return r
                if r.path.startswith("/webhooks/"):
                    return r
            return None
        return await self.wait_until(find, timeout, f"a reply to interaction {token[:8]}")

    async def wait_gateway(self, op: int, count: int = 1, timeout: float = 5.0) -> dict:
        """The `count`-th payload with opcode `op` the client sent."""
        def find() -> dict | None:
            sent = [p for p in self.gateway_log if p.get("op") == op]
            return sent[count - 1] if len(sent) >= count else None
        return await self.wait_until(find, timeout, f"gateway op {op} #{count}")

    # ---------------------------------------------------------------- failure injection

    def fail_next(self, method: str, path: str, status: int, *, retry_after: float = 0.2, times: int = 1,
                  code: int = 0) -> None:
        """Answer the next `times` requests matching `method` and the `path` regex with `status` (and
        the error `code` in the body)."""
        self.failures.append(Failure(method, re.compile(path), status, retry_after, times, code))

    def _take_failure(self, method: str, path: str) -> Failure | None:
        for failure in self.failures:
            if failure.method == method and failure.path.search(path) and failure.times > 0:
                failure.times -= 1
                return failure
        return None

    @staticmethod
    def _failure_response(failure: Failure) -> web.Response:
        if failure.status == 429:
            return json_response(
                {"message": "You are being rate limited.", "retry_after": failure.retry_after, "global": False},
                429, {"Retry-After": str(failure.retry_after), "X-RateLimit-Limit": "5",
                      "X-RateLimit-Remaining": "0", "X-RateLimit-Reset-After": str(failure.retry_after),
                      "X-RateLimit-Reset": f"{time.time() + failure.retry_after:.3f}",
                      "X-RateLimit-Bucket": "fake-bucket", "X-RateLimit-Scope": "user", "Via": "1.1 google"})
        message = "Internal Server Error" if failure.status >= 500 else f"{failure.status}: request refused"
        return json_response({"message": message, "code": failure.code}, failure.status)

    # ---------------------------------------------------------------- HTTP

    @web.middleware
    async def _record_middleware(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        if request.path == "/gateway":
            return await handler(request)
        path = request.path.removeprefix(API_PREFIX)
        record = Recorded(request.method, path, dict(request.query), dict(request.headers))
        record.json, record.files = await self._read_body(request)
        self.requests.append(record)
        failure = self._take_failure(request.method, path)
        if failure is not None:
            response: web.StreamResponse = self._failure_response(failure)
        elif request.path.startswith(API_PREFIX) and request.headers.get("Authorization") not in (
                f"Bot {TOKEN}", None):
            response = json_response({"message": "401: Unauthorized", "code": 0}, 401)
        else:
            request[RECORD] = record
            response = await handler(request)
        record.status = response.status
        await self._notify()
        return response

    @staticmethod
    async def _read_body(request: web.Request) -> tuple[Any, list[tuple[str, str, bytes]]]:
        if not request.can_read_body:
            return None, []
        if request.content_type == "multipart/form-data":
            form = await request.post()
            files = [(name, value.filename, value.file.read()) for name, value in form.items()
                     if isinstance(value, web.FileField)]
            payload = form.get("payload_json")
            return (json.loads(payload) if isinstance(payload, str) else None), files
        raw = await request.read()
        try:
            return json.loads(raw) if raw else None, []
        except ValueError:
            return raw.decode(errors="replace"), []

    async def _attachment(self, request: web.Request) -> web.Response:
        data = self.attachments.get(request.match_info["name"])
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data, content_type="application/octet-stream")

    def serve_attachment(self, name: str, data: bytes, filename: str | None = None) -> dict:
        """Serve `data` at /attachments/{name}; the attachment object for an interaction's `resolved`."""
        self.attachments[name] = data
        attachment_id = self.new_id()
        url = f"{self.base_url}/attachments/{name}"
        return {"id": str(attachment_id), "filename": filename or name, "size": len(data), "url": url,
                "proxy_url": url, "content_type": "text/plain; charset=utf-8"}

    async def _api(self, request: web.Request) -> web.StreamResponse:
        path = request.path.removeprefix(API_PREFIX)
        record: Recorded = request[RECORD]
        for method, pattern, handler in self._routes():
            match = re.fullmatch(pattern, path)
            if match and request.method == method:
                return await handler(record, *match.groups())
        return json_response({"message": "404: Not Found", "code": 0}, 404)

    def _routes(self) -> list[tuple[str, str, Callable]]:
        return [
            ("GET", r"/gateway", self._get_gateway),
            ("GET", r"/gateway/bot", self._get_gateway),
            ("GET", r"/users/@me", self._get_me),
            ("GET", r"/oauth2/applications/@me", self._get_application),
            ("PUT", r"/applications/(\d+)/commands", self._put_commands),
            ("PUT", r"/applications/(\d+)/guilds/(\d+)/commands", self._put_commands),
            ("GET", r"/applications/(\d+)/commands", self._get_commands),
            ("GET", r"/applications/(\d+)/guilds/(\d+)/commands", self._get_commands),
            ("POST", r"/interactions/(\d+)/([^/]+)/callback", self._callback),
            ("PATCH", r"/webhooks/(\d+)/([^/]+)/messages/@original", self._edit_original),
            ("GET", r"/webhooks/(\d+)/([^/]+)/messages/@original", self._edit_original),
            ("POST", r"/webhooks/(\d+)/([^/]+)", self._followup),
            ("POST", r"/channels/(\d+)/messages", self._create_message),
            ("PATCH", r"/channels/(\d+)/messages/(\d+)", self._edit_message),
            ("POST", r"/channels/(\d+)/typing", self._typing),
        ]

    async def _get_gateway(self, record: Recorded) -> web.Response:
        return json_response({"url": self.gateway_url, "shards": self.shard_count, "session_start_limit": {
            "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})

    async def _get_me(self, record: Recorded) -> web.Response:
        return json_response({**user(BOT_ID, "ElectionBot", bot=True), "verified": True, "mfa_enabled": False})

    async def _get_application(self, record: Recorded) -> web.Response:
        return json_response({"id": str(APP_ID), "name": "ElectionBot", "icon": None, "description": "",
                              "rpc_origins": [], "bot_public": True, "bot_require_code_grant": False,
                              "owner": user(OWNER_ID, "owner"), "team": None, "verify_key": "0" * 64,
                              "flags": 0, "summary": "", "interactions_endpoint_url": None})

    async def _put_commands(self, record: Recorded, app_id: str, guild_id: str | None = None) -> web.Response:
        stored = []
        for command in record.json or []:
            stored.append({"type": 1, "nsfw": False, "default_member_permissions": None, "options": [],
                           **command, "id": str(self.new_id()), "application_id": app_id, "version": "1",
                           **({"guild_id": guild_id} if guild_id else {})})
        self.commands[int(guild_id) if guild_id else None] = stored
        return json_response(stored)

    async def _get_commands(self, record: Recorded, app_id: str, guild_id: str | None = None) -> web.Response:
        return json_response(self.commands.get(int(guild_id) if guild_id else None, []))

    def message(self, channel_id: int | str, body: dict, files: list[tuple[str, str, bytes]], **extra: Any) -> dict:
        """The message object Discord would return for a created or edited message."""
        attachments = [{"id": str(self.new_id()), "filename": name, "size": len(data),
                        "url": f"{self.base_url}/attachments/{name}", "proxy_url": f"{self.base_url}/attachments/{name}"}
                       for _, name, data in files]
        return {"id": str(self.new_id()), "channel_id": str(channel_id), "guild_id": str(self.guild_of(int(channel_id))),
                "author": user(BOT_ID, "ElectionBot", bot=True), "content": body.get("content") or "",
                "timestamp": now_iso(), "edited_timestamp": None, "tts": False, "mention_everyone": False,
                "mentions": [], "mention_roles": [], "attachments": attachments, "embeds": body.get("embeds") or [],
                "components": body.get("components") or [], "pinned": False, "type": 0, "flags": int(body.get("flags") or 0), **extra}

    def guild_of(self, channel_id: int) -> int:
        """The server a channel of the fake belongs to (the first server for channels it does not know)."""
        return next((g for g in self.guild_ids if channel_id in (general_channel(g), answer_channel(g))), GUILD_ID)

    async def _callback(self, record: Recorded, interaction_id: str, token: str) -> web.Response:
        body = record.json or {}
        kind, data = body.get("type"), body.get("data") or {}
        flags = int(data.get("flags") or 0)
        interaction = {"id": interaction_id, "type": 2, "activity_instance_id": None,
                       "response_message_id": None, "response_message_loading": kind == 5,
                       "response_message_ephemeral": bool(flags & 64)}
        if kind in (4, 5, 7):
            message = record.response = self.message(CHANNEL_ID, data, record.files, webhook_id=str(APP_ID))
            if kind == 7 and token in self.clicked:  # UPDATE_MESSAGE edits the message whose button was clicked
                message["id"] = self.clicked[token]
            interaction["response_message_id"] = message["id"]
            return json_response({"interaction": interaction, "resource": {"type": kind, "message": message}})
        return json_response({"interaction": interaction})

    async def _edit_original(self, record: Recorded, app_id: str, token: str) -> web.Response:
        record.response = self.message(CHANNEL_ID, record.json or {}, record.files, webhook_id=app_id)
        return json_response(record.response)

    async def _followup(self, record: Recorded, app_id: str, token: str) -> web.Response:
        record.response = self.message(CHANNEL_ID, record.json or {}, record.files, webhook_id=app_id)
        return json_response(record.response)

    async def _create_message(self, record: Recorded, channel_id: str) -> web.Response:
        body = record.json or {}
        extra = {"message_reference": body["message_reference"], "type": 19} if body.get("message_reference") else {}
        record.response = self.message(channel_id, body, record.files, **extra)
        return json_response(record.response)

    async def _edit_message(self, record: Recorded, channel_id: str, message_id: str) -> web.Response:
        record.response = {**self.message(channel_id, record.json or {}, record.files), "id": message_id}
        return json_response(record.response)

    async def _typing(self, record: Recorded, channel_id: str) -> web.Response:
        return web.Response(status=204)

    # ---------------------------------------------------------------- gateway

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.gateway_paths.append(request.path_qs)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}, "s": None, "t": None})
        try:
            async for frame in ws:
                if frame.type != WSMsgType.TEXT:
                    continue
                payload = json.loads(frame.data)
                self.gateway_log.append(payload)
                await self._on_gateway_payload(ws, payload)
                await self._notify()
        finally:
            for session in self.sessions.values():
                if session.socket is ws:
                    session.socket = None
            await self._notify()
        return ws

    async def _on_gateway_payload(self, ws: web.WebSocketResponse, payload: dict) -> None:
        op, data = payload.get("op"), payload.get("d")
        if op == 1:  # HEARTBEAT
            await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
        elif op == 2:  # IDENTIFY
            if data.get("token") != TOKEN:
                await ws.close(code=4004, message=b"Authentication failed.")
                return
            self.identify_count += 1
            self.intents = int(data.get("intents") or 0)
            shard, self.shard_total = data.get("shard") or (0, 1)
            session = self.sessions[shard] = Session(id=f"session-{self.new_id()}", shard=shard, socket=ws)
            await self._send_dispatch(session, "READY", self._ready_payload(session))
            for guild_id in self.guilds_of(shard):
                await self._send_dispatch(session, "GUILD_CREATE", self.guild_payload(guild_id))
        elif op == 6:  # RESUME
            self.resume_count += 1
            found = next((s for s in self.sessions.values() if s.id == data.get("session_id")), None)
            if not self.resumable or found is None:
                await ws.send_json({"op": 9, "d": False, "s": None, "t": None})
                return
            found.socket = ws
            for event in found.events:
                if event["s"] > (data.get("seq") or 0):
                    await ws.send_json(event)
            await self._send_dispatch(found, "RESUMED", {})

    def shard_of(self, guild_id: int | str | None) -> int:
        """The shard that receives a server's events, by Discord's rule (guild_id >> 22) % shards."""
        return 0 if guild_id is None else (int(guild_id) >> 22) % self.shard_total

    def guilds_of(self, shard: int) -> list[int]:
        return [g for g in self.guild_ids if self.shard_of(g) == shard]

    def _ready_payload(self, session: Session) -> dict:
        # resume_gateway_url is a path the fake does not serve: RESUME must go to DISCORD_GATEWAY_URL.
        return {"v": 10, "user": {**user(BOT_ID, "ElectionBot", bot=True), "verified": True, "mfa_enabled": False},
                "guilds": [{"id": str(g), "unavailable": True} for g in self.guilds_of(session.shard)],
                "session_id": session.id, "resume_gateway_url": f"ws://{HOST}:{self.port}/not-the-gateway",
                "shard": [session.shard, self.shard_total],
                "application": {"id": str(APP_ID), "flags": 0}, "private_channels": [], "relationships": []}

    def guild_payload(self, guild_id: int = GUILD_ID) -> dict:
        def role(role_id: int, name: str, permissions: int, position: int) -> dict:
            return {"id": str(role_id), "name": name, "permissions": str(permissions), "position": position,
                    "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0}

        def channel(channel_id: int, name: str, position: int) -> dict:
            return {"id": str(channel_id), "type": 0, "name": name, "position": position, "guild_id": str(guild_id),
                    "permission_overwrites": [], "nsfw": False, "parent_id": None, "topic": None,
                    "last_message_id": None, "rate_limit_per_user": 0}

        return {"id": str(guild_id), "name": "Fake Guild" if guild_id == GUILD_ID else f"Fake Guild {guild_id % 1000}",
                "icon": None, "owner_id": str(OWNER_ID),
                "unavailable": False, "large": False, "member_count": 4, "joined_at": now_iso(),
                "roles": [role(guild_id, "@everyone", MEMBER_PERMISSIONS, 0),
                          role(admin_role(guild_id), "Election admins", MEMBER_PERMISSIONS, 1)],
                "channels": [channel(general_channel(guild_id), "general", 0),
                             channel(answer_channel(guild_id), "ask-the-bot", 1)],
                "members": [self.member(BOT_ID, "ElectionBot", bot=True)], "threads": [], "stage_instances": [],
                "guild_scheduled_events": [], "soundboard_sounds": [], "voice_states": [], "presences": [],
                "emojis": [], "stickers": [], "features": [], "premium_tier": 0, "verification_level": 0,
                "default_message_notifications": 0, "explicit_content_filter": 0, "mfa_level": 0,
                "system_channel_id": None, "system_channel_flags": 0, "rules_channel_id": None,
                "preferred_locale": "en-GB", "nsfw_level": 0, "premium_progress_bar_enabled": False}

    @staticmethod
    def member(user_id: int, name: str, *, bot: bool = False, roles: tuple[int, ...] = (),
               permissions: int | None = None) -> dict:
        data = {"user": user(user_id, name, bot=bot), "roles": [str(r) for r in roles], "joined_at": now_iso(),
                "deaf": False, "mute": False, "nick": None, "avatar": None, "flags": 0, "pending": False}
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data

    async def _send_dispatch(self, session: Session, event: str, data: dict) -> None:
        """Send a dispatch on the session's connection; while it is disconnected, keep it for its RESUME."""
        session.seq += 1
        payload = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.events.append(payload)
        if session.socket is not None and not session.socket.closed:
            await session.socket.send_json(payload)

    @property
    def session(self) -> Session | None:
        """Shard 0's session (the only one unless the client shards)."""
        return self.sessions.get(0)

    @property
    def connected(self) -> bool:
        session = self.session
        return session is not None and session.socket is not None and not session.socket.closed

    async def dispatch(self, event: str, data: dict, *, timeout: float = 5.0) -> None:
        """Send a DISPATCH event on the shard of its server; while that shard is disconnected it is
        kept for its RESUME."""
        shard = self.shard_of(data.get("guild_id"))
        await self.wait_until(lambda: shard in self.sessions, timeout, f"an identified session on shard {shard}")
        if event == "MESSAGE_CREATE":
            data = self.as_delivered(data)
        await self._send_dispatch(self.sessions[shard], event, data)

    def as_delivered(self, message: dict) -> dict:
        """A message as Discord delivers it: without the Message Content intent, a server message that
        does not mention the bot comes with no content, embeds or attachments."""
        if self.intents & MESSAGE_CONTENT_INTENT or not message.get("guild_id") or any(
                m.get("id") == str(BOT_ID) for m in message.get("mentions") or []):
            return message
        return {**message, "content": "", "embeds": [], "attachments": []}

    async def drop_connection(self, code: int = 4000, shard: int = 0) -> None:
        """Close the gateway connection as Discord does when it restarts a node (the client resumes)."""
        session = self.sessions.get(shard)
        ws = session.socket if session else None
        if session is not None:
            session.socket = None
        if ws is not None:
            await ws.close(code=code, message=b"fake: connection dropped")

    async def request_reconnect(self, shard: int = 0) -> None:
        """Send op 7 RECONNECT, after which the client closes and resumes."""
        socket = self.sessions[shard].socket
        assert socket is not None
        await socket.send_json({"op": 7, "d": None, "s": None, "t": None})

    # ---------------------------------------------------------------- events the tests send

    def interaction(self, name: str, options: list[dict] | None = None, *, kind: int = 2,
                    user_id: int = USER_ID, permissions: int = MEMBER_PERMISSIONS, roles: tuple[int, ...] = (),
                    resolved: dict | None = None, channel_id: int | None = None,
                    guild_id: int | None = GUILD_ID) -> dict:
        """An INTERACTION_CREATE payload for slash command `name` (kind 4: autocomplete), in server
        `guild_id` (channel: that server's general channel unless given), or with `guild_id` None in a
        DM with the bot (`DM_CHANNEL_ID`)."""
        if guild_id is None:
            return self._dm_interaction(name, options, kind=kind, user_id=user_id, resolved=resolved)
        channel_id = general_channel(guild_id) if channel_id is None else channel_id
        command = next((c for c in self.commands.get(guild_id, []) + self.commands.get(None, [])
                        if c["name"] == name), None)
        data: dict = {"id": command["id"] if command else str(self.new_id()), "name": name, "type": 1,
                      "options": options or [], "guild_id": str(guild_id)}
        if resolved:
            data["resolved"] = resolved
        return {
            "id": str(self.new_id()), "application_id": str(APP_ID), "type": kind, "data": data,
            "guild_id": str(guild_id), "guild": {"id": str(guild_id), "locale": "en-GB", "features": []},
            "channel_id": str(channel_id),
            "channel": {"id": str(channel_id), "type": 0, "name": "general", "guild_id": str(guild_id),
                        "position": 0, "permission_overwrites": [], "nsfw": False, "parent_id": None},
            "member": self.member(user_id, f"user{user_id % 1000}", roles=roles, permissions=permissions),
            "token": f"itoken-{self.new_id()}-{'x' * 40}", "version": 1, "app_permissions": str(APP_PERMISSIONS),
            "locale": "en-GB", "guild_locale": "en-GB", "entitlements": [], "authorizing_integration_owners": {"0": str(guild_id)},
            "context": 0, "attachment_size_limit": 10 * 1024 * 1024,
        }

    def _dm_interaction(self, name: str, options: list[dict] | None, *, kind: int, user_id: int,
                        resolved: dict | None) -> dict:
        """As Discord sends a command used in a DM: a `user` instead of a `member`, no server."""
        command = next((c for c in self.commands.get(None, []) if c["name"] == name), None)
        data: dict = {"id": command["id"] if command else str(self.new_id()), "name": name, "type": 1,
                      "options": options or []}
        if resolved:
            data["resolved"] = resolved
        asker = user(user_id, f"user{user_id % 1000}")
        return {
            "id": str(self.new_id()), "application_id": str(APP_ID), "type": kind, "data": data,
            "channel_id": str(DM_CHANNEL_ID),
            "channel": {"id": str(DM_CHANNEL_ID), "type": 1, "recipients": [asker], "last_message_id": None,
                        "flags": 0},
            "user": asker, "token": f"itoken-{self.new_id()}-{'x' * 40}", "version": 1,
            "app_permissions": str(APP_PERMISSIONS), "locale": "en-GB", "entitlements": [],
            "authorizing_integration_owners": {"0": str(user_id)}, "context": 1,
            "attachment_size_limit": 10 * 1024 * 1024,
        }

    @staticmethod
    def options(focused: str | None = None, **values: Any) -> list[dict]:
        """Command options from keyword arguments (None values left out); `focused` marks one for autocomplete."""
        return [{"name": name, "type": OPTION_TYPES[type(value)], "value": value,
                 **({"focused": True} if name == focused else {})}
                for name, value in values.items() if value is not None]

    async def slash(self, command: str, /, *, timeout: float = 5.0, permissions: int = MEMBER_PERMISSIONS,
                    roles: tuple[int, ...] = (), guild_id: int | None = GUILD_ID, **options: Any) -> Recorded:
        """Dispatch `/command option=value …` as an ordinary member; the request carrying the reply."""
        payload = self.interaction(command, self.options(**options), permissions=permissions, roles=roles,
                                   guild_id=guild_id)
        await self.dispatch("INTERACTION_CREATE", payload)
        return await self.wait_reply(payload["token"], timeout=timeout)

    @staticmethod
    def buttons(message: dict) -> dict[str, dict]:
        """The buttons of a message object, by label."""
        return {button.get("label") or "": button for row in message.get("components") or []
                for button in row.get("components") or [] if button.get("type") == 2}

    async def click(self, reply: Recorded, label: str, *, user_id: int = USER_ID, timeout: float = 5.0) -> Recorded:
        """Click the button labelled `label` on the message `reply` made, as `user_id`; the bot's callback."""
        message = reply.response
        assert message is not None, f"{reply.method} {reply.path} made no message"
        button = self.buttons(message)[label]
        payload = self.interaction("", kind=3, user_id=user_id, channel_id=int(message["channel_id"]))
        payload["data"] = {"custom_id": button["custom_id"], "component_type": 2}
        payload["message"] = message
        self.clicked[payload["token"]] = message["id"]
        before = len(self.requests)
        await self.dispatch("INTERACTION_CREATE", payload)
        return await self.wait_request("POST", rf"/interactions/\d+/{re.escape(payload['token'])}/callback",
                                       after=before, timeout=timeout)

    async def subcommand(self, group: str, sub: str, options: list[dict] | None = None, *,
                         permissions: int = ADMIN_PERMISSIONS, roles: tuple[int, ...] = (),
                         resolved: dict | None = None, guild_id: int = GUILD_ID, timeout: float = 10.0) -> Recorded:
        """Dispatch `/group sub …` (as an admin unless `permissions` say otherwise); the reply."""
        payload = self.interaction(group, [{"name": sub, "type": 1, "options": options or []}],
                                   permissions=permissions, roles=roles, resolved=resolved, guild_id=guild_id)
        await self.dispatch("INTERACTION_CREATE", payload)
        return await self.wait_reply(payload["token"], timeout=timeout)

    def role_option(self, name: str, guild_id: int, role_id: int) -> tuple[dict, dict]:
        """A role option and its `resolved` part (the role as the guild's payload describes it)."""
        role = next(r for r in self.guild_payload(guild_id)["roles"] if r["id"] == str(role_id))
        return {"name": name, "type": 8, "value": str(role_id)}, {"roles": {str(role_id): role}}

    def channel_option(self, name: str, guild_id: int, channel_id: int) -> tuple[dict, dict]:
        """A channel option and its `resolved` part."""
        channel = {"id": str(channel_id), "type": 0, "name": f"channel-{channel_id % 1000}", "guild_id": str(guild_id),
                   "position": 1, "permission_overwrites": [], "nsfw": False, "parent_id": None,
                   "permissions": str(ADMIN_PERMISSIONS)}
        return {"name": name, "type": 7, "value": str(channel_id)}, {"channels": {str(channel_id): channel}}

    def message_event(self, content: str, *, author_id: int = USER_ID, channel_id: int = CHANNEL_ID,
                      mentions: list[int] | None = None, bot: bool = False, guild_id: int = GUILD_ID) -> dict:
        """A MESSAGE_CREATE payload; `<@id>` in the content is listed in `mentions` like Discord does."""
        mentioned = mentions if mentions is not None else [int(m) for m in re.findall(r"<@!?(\d+)>", content)]
        return {"id": str(self.new_id()), "channel_id": str(channel_id), "guild_id": str(guild_id),
                "author": user(author_id, f"user{author_id % 1000}", bot=bot),
                "member": {k: v for k, v in self.member(author_id, "member").items() if k != "user"},
                "content": content, "timestamp": now_iso(), "edited_timestamp": None, "tts": False,
                "mention_everyone": False, "mentions": [user(m, f"user{m % 1000}", bot=m == BOT_ID) for m in mentioned],
                "mention_roles": [], "attachments": [], "embeds": [], "pinned": False, "type": 0, "flags": 0,
                "nonce": str(self.new_id())}

    def message_requests(self) -> list[Recorded]:
        return [r for r in self.requests if r.creates_message]

    def assert_no_pings(self) -> None:
        """Every request that posts or edits a message says allowed_mentions with parse == []."""
        for r in self.message_requests():
            mentions = r.message.get("allowed_mentions")
            assert mentions is not None, f"{r.method} {r.path} has no allowed_mentions: {r.json}"
            assert mentions.get("parse") == [], f"{r.method} {r.path} allows pings: {mentions}"
            assert not mentions.get("users") and not mentions.get("roles") and not mentions.get("replied_user")
