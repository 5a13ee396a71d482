"""The knowledge the bot answers from, and reloading it without stopping answering.

`KnowledgeService` holds the current `Knowledge` and `Engine` as one immutable `Snapshot`.
`reload()` re-reads the knowledge folder into the database, loads it and builds a new engine in a
worker thread (so the event loop keeps running), under a lock (two reloads run one after the other),
then swaps the snapshot in one assignment: questions asked meanwhile are answered from the old
engine. A reload that fails leaves the old snapshot in place and says why in its report.

`save_article` writes an uploaded article into the knowledge folder under a safe name.
Nothing here imports discord.
"""
from __future__ import annotations

import asyncio
import logging
import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from handlers.app.settings import Settings
from knowledge.store.database import Knowledge, load
from knowledge.store.ingest import IngestReport, decode_article, ingest
from knowledge.store.merge import seat_key

if TYPE_CHECKING:
    from handlers.answers.answer import Answer
    from handlers.answers.national import SeatsChart
    from knowledge.records import Seat

log = logging.getLogger(__name__)
T = TypeVar("T")

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME_LENGTH = 100
ARTICLE_SUFFIX = ".txt"


class EngineLike(Protocol):
    """What the bot needs of `handlers.answers.engine.Engine` (see its docstrings)."""

    def ask(self, question: str) -> Answer: ...
    def result(self, seat: str, election: str | int | None = None) -> Answer: ...
    def winner(self, seat: str, election: str | int | None = None) -> Answer: ...
    def compare(self, seat: str, first: str | int | None = None, second: str | int | None = None) -> Answer: ...
    def national_result(self, election: str | int | None = None) -> Answer: ...
    def national_seats(self, election: str | int | None = None) -> SeatsChart | None: ...
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
# (knowledge before, knowledge after, the servers whose links brought the change or None for everyone)
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

    def text(self, limit: int = 10) -> str:
        """A short report for people, at most `limit` names per list."""
        if not self.ok:
            return f"Reload failed; still answering from the previous knowledge.\nReason: {self.error}"
        lines = []
        if self.saved_file:
            lines.append(f"Saved article `{self.saved_file}`.")
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
    """The current knowledge and engine; reloads swap them without blocking answers."""

    def __init__(self, settings: Settings, engine_factory: EngineFactory | None = None) -> None:
        self.settings = settings
        self._factory = engine_factory or default_engine_factory
        self._snapshot: Snapshot | None = None
        self._lock = asyncio.Lock()
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

    async def start(self) -> None:
        """Load the database (building it from the knowledge folder first if there is none)."""
        if self.settings.db_path.exists():
            self._snapshot = await asyncio.to_thread(self._load)
            log.info("Loaded %d seats from %s", len(self._snapshot.knowledge.seats), self.settings.db_path)
            return
        report = await self.reload()
        if not report.ok:
            raise RuntimeError(f"could not build the knowledge base: {report.error}")

    async def ask(self, call: Callable[[EngineLike], T]) -> T:
        """Run `call(engine)` in a worker thread on the engine current at the time of the call."""
        engine = self.engine
        return await asyncio.to_thread(call, engine)

    async def reload(self) -> ReloadReport:
        """Re-read the knowledge folder; swap in the new knowledge when everything worked."""
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

    async def add_article(self, filename: str, data: bytes) -> ReloadReport:
        """Check and save an uploaded article, then reload; refusals raise ValueError."""
        path = await asyncio.to_thread(save_article, self.settings.knowledge_dir, filename, data,
                                       self.settings.max_attachment_bytes)
        report = await self.reload()
        report.saved_file = path.name
        return report

    async def apply(self, change: Callable[[Path], T], guilds: frozenset[int] | None = None) -> T:
        """Run `change(db_path)` (a write) in a worker thread, then load the database and swap it in.

        `guilds` says whose links the change brings (None: everyone's). A failed change raises and
        leaves the knowledge as it was.
        """
        async with self._lock:
            before = self._snapshot.knowledge if self._snapshot else None
            result = await asyncio.to_thread(change, self.settings.db_path)
            self._swap(before, await asyncio.to_thread(self._load), guilds)
            return result

    def _swap(self, before: Knowledge | None, snapshot: Snapshot, guilds: frozenset[int] | None) -> None:
        self._snapshot = snapshot
        for listener in self.listeners:
            try:
                listener(before, snapshot.knowledge, guilds)
            except Exception:  # noqa: BLE001 - a listener never undoes a swap
                log.exception("A knowledge listener failed")

    def _load(self) -> Snapshot:
        knowledge = load(self.settings.db_path)
        return Snapshot(knowledge, self._factory(knowledge), time.time())

    def _ingest_and_load(self) -> tuple[IngestReport, Snapshot]:
        ingested = ingest([self.settings.knowledge_dir], self.settings.db_path, sync=True)
        return ingested, self._load()


def safe_article_name(filename: str) -> str:
    """A file name that cannot leave the folder: the base name, only [A-Za-z0-9._-], ending in .txt.

    >>> safe_article_name("../../evil.txt")
    'evil.txt'
    >>> safe_article_name("my article (2017).TXT")
    'my_article_2017.txt'
    """
    base = re.split(r"[\\/]", filename.strip())[-1]
    if not base.lower().endswith(ARTICLE_SUFFIX):
        raise ValueError("only .txt files can be added")
    stem = SAFE_NAME.sub("_", base[: -len(ARTICLE_SUFFIX)]).strip("._-")
    if not stem:
        raise ValueError("the file name has no usable characters")
    return stem[: MAX_NAME_LENGTH - len(ARTICLE_SUFFIX)] + ARTICLE_SUFFIX


def save_article(folder: Path, filename: str, data: bytes, max_bytes: int) -> Path:
    """Write an uploaded article into `folder` atomically; ValueError says why it is refused."""
    if len(data) > max_bytes:
        raise ValueError(f"the file is too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    decode_article(data)  # empty, binary or not UTF-8: ValueError with the reason
    name = safe_article_name(filename)
    root = folder.resolve()
    root.mkdir(parents=True, exist_ok=True)
    target = (root / name).resolve()
    if target.parent != root:
        raise ValueError("the file name is not allowed")
    fd, temporary = tempfile.mkstemp(dir=root, prefix=".upload-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target

