"""The knowledge the bot answers from, and reloading it without stopping answering.

`KnowledgeService` holds the current `Knowledge` and `Engine` as one immutable `Snapshot`.
`reload()` re-reads the knowledge folder into the database, loads it and builds a new engine in a
worker thread (so the event loop keeps running), under a lock (two reloads run one after the other),
then swaps the snapshot in one assignment: questions asked meanwhile are answered from the old
engine. A reload that fails leaves the old snapshot in place and says why in its report.

Each server's uploads, pages and feed items go into that server's own database and answer only there
(`apply_to_guild`, `add_article`, `reload(guild_id)`); `ask(call, guild_id)` answers from that
server's view. Nothing here imports discord.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from handlers.app.guild_articles import RemovedArticle, remove_guild_article
from handlers.app.guild_files import CITED_AS, GuildFolder, SavedArticle, guild_folder, save_guild_article
from handlers.app.guild_views import GuildViews
from handlers.app.settings import Settings
from knowledge.store.database import Knowledge, load
from knowledge.store.ingest import IngestReport, ingest
from knowledge.store.merge import seat_key

if TYPE_CHECKING:
    from handlers.answers.answer import Answer
    from handlers.answers.national import SeatsChart
    from knowledge.records import Seat

log = logging.getLogger(__name__)
T = TypeVar("T")

class EngineLike(Protocol):
    """What the bot needs of `handlers.answers.engine.Engine` (see its docstrings)."""

    def ask(self, question: str) -> Answer: ...
    def result(self, seat: str, election: str | int | None = None) -> Answer: ...
    def winner(self, seat: str, election: str | int | None = None) -> Answer: ...
    def compare(self, seat: str, first: str | int | None = None, second: str | int | None = None) -> Answer: ...
    def national_result(self, election: str | int | None = None, area: str | None = None) -> Answer: ...
    def national_seats(self, election: str | int | None = None, area: str | None = None) -> SeatsChart | None: ...
    def margin(self, seat: str, year: int | None = None) -> Answer: ...
    def recounts(self, seat: str | None = None, year: int | None = None) -> Answer: ...
    def candidate(self, name: str, seat: str | None = None, year: int | None = None) -> Answer: ...
    def closest(self, count: int = 5, year: int | None = None) -> Answer: ...
    def party(self, name: str, year: int | None = None) -> Answer: ...
    def sources(self, seat: str, year: int | None = None) -> Answer: ...
    def about(self) -> Answer: ...
    def help(self) -> Answer: ...
    def previous_contest(self, seat: Seat) -> Seat | None: ...
    def complete_seats(self, text: str, limit: int = 25) -> list[str]: ...
    def complete_candidates(self, text: str, limit: int = 25) -> list[str]: ...
    def complete_parties(self, text: str, limit: int = 25) -> list[str]: ...
    def complete_elections(self, seat: str, text: str = "", limit: int = 25) -> list[str]: ...
    def complete_national(self, text: str, limit: int = 25) -> list[str]: ...


EngineFactory = Callable[[Knowledge], EngineLike]
# (knowledge before, knowledge after, the servers whose knowledge changed or None for everyone); for one
# server's change, before and after are that server's view
ChangeListener = Callable[[Knowledge | None, Knowledge, frozenset[int] | None], None]


def default_engine_factory(knowledge: Knowledge) -> EngineLike:
    from handlers.answers.engine import Engine

    return Engine(knowledge)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One loaded knowledge base and the engine answering from it."""

    knowledge: Knowledge
    engine: EngineLike
    loaded_at: float


@dataclass(slots=True)
class ReloadReport:
    """What a reload changed, or why it failed (then nothing changed)."""

    ok: bool
    error: str | None = None
    articles: int = 0
    articles_with_results: int = 0
    seats_before: int = 0
    seats_after: int = 0
    added_seats: list[str] = field(default_factory=list)
    removed_seats: list[str] = field(default_factory=list)
    conflicts: int = 0
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    removed_articles: list[str] = field(default_factory=list)
    seconds: float = 0.0
    saved_file: str | None = None
    duplicate_of: str | None = None  # an upload whose bytes the server already has, under this name
    scope: str = "global"  # "server": one server's own folder was read

    def text(self, limit: int = 10) -> str:
        """A short report for people, at most `limit` names per list."""
        if not self.ok:
            return f"Reload failed; still answering from the previous knowledge.\nReason: {self.error}"
        if self.duplicate_of:
            return f"Already added: this server has these exact bytes as `{self.duplicate_of}`; nothing changed."
        lines = []
        if self.saved_file:
            lines.append(f"Saved article `{self.saved_file}` (added in this server; it answers only here).")
        if self.scope == "server":
            lines.append("Read this server's own articles; the global knowledge is unchanged.")
        lines += [f"Articles read: {self.articles} ({self.articles_with_results} with a declared result)",
                  f"Seats: {self.seats_before} → {self.seats_after}",
                  f"Conflicts between sources: {self.conflicts}"]
        for label, names in (("New seats", self.added_seats), ("Seats no longer on record", self.removed_seats),
                             ("Articles removed", self.removed_articles)):
            if names:
                lines.append(f"{label}: {_some(names, limit)}")
        if self.unreadable:
            lines.append(f"Files skipped: {len(self.unreadable)}")
            lines += [f"• {Path(path).name}: {reason}" for path, reason in self.unreadable[:limit]]
        lines.append(f"Took {self.seconds:.1f} s.")
        return "\n".join(lines)


def _some(names: list[str], limit: int) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _seat_names(knowledge: Knowledge | None) -> dict[tuple[str, int | None], str]:
    if knowledge is None:
        return {}
    return {seat_key(s.constituency, s.election_year): f"{s.constituency} {s.election_year or ''}".strip()
            for s in knowledge.seats}


def build_report(before: Knowledge | None, after: Knowledge, ingested: IngestReport, seconds: float) -> ReloadReport:
    """Compare the knowledge before and after an ingest."""
    old, new = _seat_names(before), _seat_names(after)
    return ReloadReport(
        ok=True, articles=len(ingested.articles) + len(ingested.unchanged),
        articles_with_results=(sum(1 for a in ingested.articles if a.has_result)
                               + sum(1 for row in ingested.unchanged if row.status == "result")),
        seats_before=len(old), seats_after=len(new),
        added_seats=sorted(new[k] for k in new.keys() - old.keys()),
        removed_seats=sorted(old[k] for k in old.keys() - new.keys()),
        conflicts=len(after.conflicts),
        unreadable=[(u.path, u.reason) for u in ingested.unreadable],
        removed_articles=list(ingested.removed), seconds=seconds)


class KnowledgeService:
    """The global knowledge and engine, and each server's view of it; writes swap them without blocking answers.

    The global knowledge (`settings.db_path`: official results and the operator's folder) is one
    `Snapshot`, reloaded under the global lock. Each server's own articles, pages and feed items are
    in its own database (`handlers.app.guild_files`), written under that server's lock only; its
    engine is built from the overlay of the two (`handlers.app.guild_views`).
    """

    def __init__(self, settings: Settings, engine_factory: EngineFactory | None = None) -> None:
        self.settings = settings
        self._factory = engine_factory or default_engine_factory
        self._snapshot: Snapshot | None = None
        self._lock = asyncio.Lock()
        self._guild_locks: dict[int, asyncio.Lock] = {}
        self.views = GuildViews(settings.db_path, self._factory, settings.max_cached_guild_engines)
        self.listeners: list[ChangeListener] = []  # told of every swap (e.g. the results channel poster)

    @property
    def snapshot(self) -> Snapshot:
        if self._snapshot is None:
            raise RuntimeError("the knowledge base is not loaded yet")
        return self._snapshot

    @property
    def engine(self) -> EngineLike:
        return self.snapshot.engine

    @property
    def ready(self) -> bool:
        return self._snapshot is not None

    def guild(self, guild_id: int) -> GuildFolder:
        return guild_folder(self.settings.guilds_dir, guild_id)

    async def start(self) -> None:
        """Load the database (building it from the knowledge folder first if there is none)."""
        if self.settings.db_path.exists():
            self._snapshot = await asyncio.to_thread(self._load)
            log.info("Loaded %d seats from %s", len(self._snapshot.knowledge.seats), self.settings.db_path)
            return
        report = await self.reload()
        if not report.ok:
            raise RuntimeError(f"could not build the knowledge base: {report.error}")

    async def engine_for(self, guild_id: int | None) -> EngineLike:
        """The engine that answers in server `guild_id` (None: a DM, the global engine)."""
        snapshot = self.snapshot
        if guild_id is None:
            return snapshot.engine
        return (await self.views.view(self.guild(guild_id), snapshot)).engine

    async def ask(self, call: Callable[[EngineLike], T], guild_id: int | None = None) -> T:
        """Run `call(engine)` in a worker thread on the engine of server `guild_id` (None: global)."""
        engine = await self.engine_for(guild_id)
        return await asyncio.to_thread(call, engine)

    async def reload(self, guild_id: int | None = None) -> ReloadReport:
        """Re-read server `guild_id`'s folder, or with None the operator's folder (the global knowledge)."""
        if guild_id is not None:
            return await self._reload_guild(self.guild(guild_id))
        async with self._lock:
            before = self._snapshot.knowledge if self._snapshot else None
            started = time.monotonic()
            try:
                ingested, snapshot = await asyncio.to_thread(self._ingest_and_load)
            except Exception as error:  # noqa: BLE001 - any failure keeps the old knowledge
                log.exception("Reload failed; keeping the previous knowledge")
                return ReloadReport(ok=False, error=f"{type(error).__name__}: {error}",
                                    seconds=time.monotonic() - started)
            self._swap(before, snapshot, None)
            report = build_report(before, snapshot.knowledge, ingested, time.monotonic() - started)
            log.info("Reloaded: %d articles, %d seats", report.articles, report.seats_after)
            return report

    async def _reload_guild(self, folder: GuildFolder, saved: SavedArticle | None = None) -> ReloadReport:
        started = time.monotonic()

        def read_folder(db: Path) -> IngestReport:
            folder.articles.mkdir(parents=True, exist_ok=True)
            return ingest([folder.articles], db, sync=True, prefix=CITED_AS)

        try:
            ingested, before, after = await self._change_guild(folder, read_folder)
        except Exception as error:  # noqa: BLE001 - any failure keeps the old knowledge
            log.exception("Reloading server %s failed; keeping its previous knowledge", folder.guild_id)
            return ReloadReport(ok=False, error=f"{type(error).__name__}: {error}", seconds=time.monotonic() - started)
        report = build_report(before, after, ingested, time.monotonic() - started)
        report.scope = "server"
        if saved is not None:
            report.saved_file = saved.name
        return report

    async def add_article(self, filename: str, data: bytes, guild_id: int) -> ReloadReport:
        """Check and save an upload into the server's folder (never replacing a file), then re-read that
        folder; refusals raise ValueError. Bytes the server already has are not added again."""
        folder = self.guild(guild_id)
        async with self._guild_lock(guild_id):  # two uploads of one name pick different versions
            saved = await asyncio.to_thread(save_guild_article, folder, filename, data,
                                            self.settings.max_attachment_bytes, self.settings.max_guild_articles)
        if saved.duplicate:
            return ReloadReport(ok=True, duplicate_of=saved.name)
        return await self._reload_guild(folder, saved)

    async def remove_article(self, guild_id: int, name: str) -> RemovedArticle:
        """Take server `guild_id`'s article `name` out of its answers (its contests concluded again without
        it) and move the file aside; ValueError when the server has none by that name. A failed write
        raises and leaves the server's knowledge as it was."""
        folder = self.guild(guild_id)
        removed, _, _ = await self._change_guild(folder, lambda _db: remove_guild_article(folder, name))
        return removed

    async def apply(self, change: Callable[[Path], T], guilds: frozenset[int] | None = None) -> T:
        """Run `change(db_path)` (a write to the global database) in a worker thread, then load it and
        swap it in. A failed change raises and leaves the knowledge as it was."""
        async with self._lock:
            before = self._snapshot.knowledge if self._snapshot else None
            result = await asyncio.to_thread(change, self.settings.db_path)
            self._swap(before, await asyncio.to_thread(self._load), guilds)
            return result

    async def apply_to_guild(self, guild_id: int, change: Callable[[Path], T]) -> T:
        """Run `change(db_path)` on server `guild_id`'s own database (under that server's lock only); its
        new view answers at once and the listeners hear of the change for that server alone."""
        result, _, _ = await self._change_guild(self.guild(guild_id), change)
        return result

    async def _change_guild(self, folder: GuildFolder, change: Callable[[Path], T]
                            ) -> tuple[T, Knowledge, Knowledge]:
        async with self._guild_lock(folder.guild_id):
            snapshot = self.snapshot
            before = await self.views.knowledge(folder, snapshot)
            folder.root.mkdir(parents=True, exist_ok=True)
            result = await asyncio.to_thread(change, folder.db)
            after = (await self.views.view(folder, snapshot)).knowledge
        self._tell(before, after, frozenset({folder.guild_id}))
        return result, before, after

    def _guild_lock(self, guild_id: int) -> asyncio.Lock:
        return self._guild_locks.setdefault(guild_id, asyncio.Lock())

    def _swap(self, before: Knowledge | None, snapshot: Snapshot, guilds: frozenset[int] | None) -> None:
        self._snapshot = snapshot
        self._tell(before, snapshot.knowledge, guilds)

    def _tell(self, before: Knowledge | None, after: Knowledge, guilds: frozenset[int] | None) -> None:
        for listener in self.listeners:
            try:
                listener(before, after, guilds)
            except Exception:  # noqa: BLE001 - a listener never undoes a swap
                log.exception("A knowledge listener failed")

    def _load(self) -> Snapshot:
        knowledge = load(self.settings.db_path)
        return Snapshot(knowledge, self._factory(knowledge), time.time())

    def _ingest_and_load(self) -> tuple[IngestReport, Snapshot]:
        ingested = ingest([self.settings.knowledge_dir], self.settings.db_path, sync=True)
        return ingested, self._load()
