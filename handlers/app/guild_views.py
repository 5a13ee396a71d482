"""Each server's view of the knowledge and the engine answering from it, built when first needed and cached.

A server with no facts of its own (no database, or one whose articles declare nothing) shares the
global engine. Otherwise its view is `knowledge.store.overlay.overlay` of the global knowledge and
its own database, and an engine is built from it in a worker thread. Views are kept in a bounded
LRU cache; a view is stale when the global snapshot it was built on has been replaced or when the
server's database file has changed (checked by its inode, size and modification time, so a write by
another process of a sharded bot is seen too), and is then built again. Nothing here imports discord.
"""
from __future__ import annotations

import asyncio
import logging
import os
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handlers.app.guild_files import GuildFolder
from knowledge.store.database import Knowledge
from knowledge.store.overlay import overlay

log = logging.getLogger(__name__)

Signature = tuple[int, int, int]


def db_signature(path: Path) -> Signature | None:
    """What changes whenever the database file is replaced or written; None when there is none."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


@dataclass(frozen=True, slots=True)
class GuildView:
    """The knowledge one server answers from, its engine, and what it was built from."""

    knowledge: Knowledge
    engine: Any  # handlers.app.service.EngineLike
    own: bool  # the server has facts of its own (otherwise these are the global knowledge and engine)
    snapshot: object
    signature: Signature | None


class GuildViews:
    """A bounded LRU cache of the servers' views, each built at most once at a time."""

    def __init__(self, global_db: Path, factory: Callable[[Knowledge], Any], capacity: int) -> None:
        self.global_db = global_db
        self.factory = factory
        self.capacity = max(1, capacity)
        self._cache: OrderedDict[int, GuildView] = OrderedDict()
        self._building: dict[int, tuple[object, Signature, asyncio.Future[GuildView]]] = {}
        self.builds = 0  # engines built for servers (for tests and logs)

    def cached(self, guild_id: int) -> GuildView | None:
        return self._cache.get(guild_id)

    def _fresh(self, folder: GuildFolder, snapshot: Any, signature: Signature) -> GuildView | None:
        cached = self._cache.get(folder.guild_id)
        if cached is not None and cached.snapshot is snapshot and cached.signature == signature:
            return cached
        return None

    async def knowledge(self, folder: GuildFolder, snapshot: Any) -> Knowledge:
        """The server's current knowledge, without building an engine for it when none is cached."""
        signature = db_signature(folder.db)
        if signature is None:
            return snapshot.knowledge
        cached = self._fresh(folder, snapshot, signature)
        if cached is not None:
            return cached.knowledge
        view = await asyncio.to_thread(self._overlay, folder, snapshot)
        return snapshot.knowledge if view is None else view

    async def view(self, folder: GuildFolder, snapshot: Any) -> GuildView:
        """The server's current view; the global one when it has nothing of its own."""
        signature = db_signature(folder.db)
        if signature is None:
            return GuildView(snapshot.knowledge, snapshot.engine, False, snapshot, None)
        cached = self._fresh(folder, snapshot, signature)
        if cached is not None:
            self._cache.move_to_end(folder.guild_id)
            return cached
        pending = self._building.get(folder.guild_id)
        if pending is not None and pending[0] is snapshot and pending[1] == signature:
            return await asyncio.shield(pending[2])
        future = asyncio.ensure_future(asyncio.to_thread(self._build, folder, snapshot, signature))
        self._building[folder.guild_id] = (snapshot, signature, future)
        try:
            view = await asyncio.shield(future)
        finally:
            if self._building.get(folder.guild_id, (None, None, None))[2] is future:
                del self._building[folder.guild_id]
        self._cache[folder.guild_id] = view
        self._cache.move_to_end(folder.guild_id)
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
        return view

    def _overlay(self, folder: GuildFolder, snapshot: Any) -> Knowledge | None:
        try:
            return overlay(self.global_db, folder.db, snapshot.knowledge)
        except Exception:  # noqa: BLE001 - a broken server database never stops that server's answers
            log.exception("Could not read server %s's own knowledge; it answers from the global knowledge",
                          folder.guild_id)
            return None

    def _build(self, folder: GuildFolder, snapshot: Any, signature: Signature) -> GuildView:
        knowledge = self._overlay(folder, snapshot)
        if knowledge is None:
            return GuildView(snapshot.knowledge, snapshot.engine, False, snapshot, signature)
        self.builds += 1
        return GuildView(knowledge, self.factory(knowledge), True, snapshot, signature)
