"""What one server has added (its uploads, with versions, and its pages by address), and removing one.

Everything here reads or writes that server's own folder and database only (`GuildFolder`), so no
name can reach another server's articles or the global ones. Removing an article forgets its facts
in one atomic write (the contests it touched are concluded again without it) and moves an upload's
file aside into `removed/`, so its name is free to be added again; when the write fails the file is
put back and the server's knowledge is as it was. Nothing here imports discord.
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from handlers.app.guild_files import CITED_AS, GuildFolder, article_files, find_guild_article
from knowledge.store.database import StoreError, open_readonly, write
from knowledge.store.ingest import is_web_address

VERSION = re.compile(r"\.v(\d+)\.txt$")
# A contest as the facts table keys it (by-elections apart from the general election).
_CONTESTS = ("count(DISTINCT seat_key || '|' || coalesce(election_year, '') || '|' || "
             "coalesce(by_election_day, ''))")


@dataclass(frozen=True, slots=True)
class GuildArticle:
    """One article a server added: `name` as the server knows it (a file name, or a page's address)."""

    name: str
    page: bool
    added: str | None  # the day it was added (uploads), or the page's own date (pages); None when unknown
    contests: int  # contests its facts are about
    version: int = 1

    def line(self) -> str:
        """One line for people: '`a.v2.txt` (version 2), added 2026-12-03: 3 contests'."""
        label = inert_name(self.name)
        if self.version > 1:
            label += f" (version {self.version})"
        when = ("page dated " if self.page else "added ") + self.added if self.added else "date unknown"
        return f"{label}, {when}: {self.contests} contest{'s' * (self.contests != 1)}"


@dataclass(frozen=True, slots=True)
class RemovedArticle:
    """What removing an article did: its facts no longer answer on `contests` contests."""

    name: str
    contests: int
    moved_to: Path | None  # where an upload's file went (None for a page)


def inert_name(name: str) -> str:
    """An article's name as inline code, so a file name or address never renders as a link or markdown."""
    return "`" + name.replace("`", "'") + "`"


def _day(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).date().isoformat()


def list_guild_articles(folder: GuildFolder) -> list[GuildArticle]:
    """The server's articles in its own database, uploads first (by name), then pages (by address)."""
    try:
        db = open_readonly(folder.db)
    except (StoreError, FileNotFoundError):
        return []
    try:
        contests = dict(db.execute(f"SELECT file, {_CONTESTS} FROM facts GROUP BY file").fetchall())
        rows = db.execute("SELECT file, date FROM articles ORDER BY file").fetchall()
    finally:
        db.close()
    files = {path.name: path for path in article_files(folder.articles)}
    uploads, pages = [], []
    for key, dated in rows:
        if is_web_address(key):
            pages.append(GuildArticle(key, True, dated, contests.get(key, 0)))
        elif key.startswith(CITED_AS) and (path := files.get(key.removeprefix(CITED_AS))) is not None:
            version = VERSION.search(path.name)
            uploads.append(GuildArticle(path.name, False, _day(path.stat().st_mtime), contests.get(key, 0),
                                        int(version.group(1)) if version else 1))
    return uploads + pages


def article_key(folder: GuildFolder, name: str) -> tuple[str, Path | None]:
    """The database key of the server's article `name`, and its file for an upload; ValueError when the
    server has no such article."""
    plain = name.strip()
    if is_web_address(plain):
        if _contests_of(folder.db, plain) is None:
            raise ValueError(f"this server has no page {plain!r}")
        return plain, None
    path = find_guild_article(folder, plain)
    return CITED_AS + path.name, path


def _contests_of(db_path: Path, key: str) -> int | None:
    """How many contests article `key`'s facts are about; None when the server's database holds no such
    article (or no database yet)."""
    try:
        db = open_readonly(db_path)
    except (StoreError, FileNotFoundError):
        return None
    try:
        if db.execute("SELECT 1 FROM articles WHERE file = ?", [key]).fetchone() is None:
            return None
        return db.execute(f"SELECT {_CONTESTS} FROM facts WHERE file = ?", [key]).fetchone()[0]
    finally:
        db.close()


def remove_guild_article(folder: GuildFolder, name: str) -> RemovedArticle:
    """Forget the server's article `name` (its facts leave the server's answers) and move its file aside.

    Runs in a worker thread under the server's lock. ValueError when the server has no such article;
    a failed write raises with the file back in place and the database unchanged.
    """
    key, path = article_key(folder, name)
    contests = _contests_of(folder.db, key) or 0
    moved = None
    if path is not None:
        aside = folder.root / "removed"
        aside.mkdir(parents=True, exist_ok=True)
        moved = aside / f"{time.time_ns()}-{path.name}"
        os.replace(path, moved)  # a fresh name in our own folder: nothing is overwritten
    try:
        with write(folder.db) as writer:
            writer.remove_file(key)
    except BaseException:
        if moved is not None:
            os.replace(moved, path)  # type: ignore[arg-type]
        raise
    return RemovedArticle(path.name if path is not None else key, contests, moved)
