"""Each server's own folder: its uploaded articles and its own small knowledge database.

`guilds_dir/<guild id>/articles/` holds a server's uploads and `guilds_dir/<guild id>/knowledge.sqlite3`
its articles, pages and feed items (nothing global). Uploads never replace a file: the same name with
other bytes is saved as the next version (`name.v2.txt`, `name.v3.txt`, …), the same bytes under any
name are "already added", and a server holds at most `max_articles` articles. Files are created with
`os.link`, which fails rather than replace a file that appeared meanwhile. Nothing here imports discord.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from knowledge.store.ingest import decode_article

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME_LENGTH = 100
ARTICLE_SUFFIX = ".txt"
DB_NAME = "knowledge.sqlite3"
# The name a server's articles are known by in its knowledge (and cited by): never a path on disk, and
# never a name the global articles can have (those are paths inside the operator's folder).
CITED_AS = "added in this server: "


@dataclass(frozen=True, slots=True)
class GuildFolder:
    """Where one server's own knowledge lives."""

    guild_id: int
    root: Path

    @property
    def articles(self) -> Path:
        return self.root / "articles"

    @property
    def db(self) -> Path:
        return self.root / DB_NAME


def guild_folder(guilds_dir: Path, guild_id: int) -> GuildFolder:
    if guild_id <= 0:
        raise ValueError("not a server")
    return GuildFolder(guild_id, guilds_dir / str(int(guild_id)))


@dataclass(frozen=True, slots=True)
class SavedArticle:
    """What an upload did: `path` written (or the file already holding the same bytes when `duplicate`)."""

    path: Path
    duplicate: bool = False
    version: int = 1

    @property
    def name(self) -> str:
        return self.path.name


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


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def article_files(folder: Path) -> list[Path]:
    """The article files of a folder (hidden and temporary files aside)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink()
                  and p.suffix.lower() == ARTICLE_SUFFIX and not p.name.startswith("."))


def versioned(name: str, version: int) -> str:
    """'name.txt' for version 1, else 'name.v2.txt'."""
    return name if version == 1 else f"{name[: -len(ARTICLE_SUFFIX)]}.v{version}{ARTICLE_SUFFIX}"


def place_new_file(folder: Path, name: str, data: bytes, *, max_files: int | None = None,
                   same_bytes_in: list[Path] | None = None) -> SavedArticle:
    """Write `data` into `folder` as `name`, or its next free version; never replaces a file.

    Files in `same_bytes_in` (default: every article file of the folder) that hold the same bytes make
    it a duplicate (nothing written). ValueError when the folder already holds `max_files` articles.
    """
    root = folder.resolve()
    root.mkdir(parents=True, exist_ok=True)
    existing = article_files(root)
    digest = hashlib.sha256(data).hexdigest()
    for other in existing if same_bytes_in is None else same_bytes_in:
        if other.stat().st_size == len(data) and _sha256(other) == digest:
            return SavedArticle(other, duplicate=True)
    if max_files is not None and len(existing) >= max_files:
        raise ValueError(f"this server already has {len(existing)} articles, the most it can keep")
    fd, temporary = tempfile.mkstemp(dir=root, prefix=".upload-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        for version in range(1, 1000):
            target = root / versioned(name, version)
            if target.resolve().parent != root:
                raise ValueError("the file name is not allowed")
            try:
                os.link(temporary, target)  # fails if the name is taken: nothing is ever replaced
            except FileExistsError:
                continue
            return SavedArticle(target, version=version)
        raise ValueError("too many versions of this file name")
    finally:
        Path(temporary).unlink(missing_ok=True)


def save_guild_article(folder: GuildFolder, filename: str, data: bytes, max_bytes: int,
                       max_articles: int) -> SavedArticle:
    """Check an upload and save it into the server's folder (a new version when the name is taken)."""
    if len(data) > max_bytes:
        raise ValueError(f"the file is too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    decode_article(data)  # empty, binary or not UTF-8: ValueError with the reason
    return place_new_file(folder.articles, safe_article_name(filename), data, max_files=max_articles)


def find_guild_article(folder: GuildFolder, name: str) -> Path:
    """The server's article called `name` (as the server knows it); ValueError when there is none.

    Only a plain file name of the server's own folder is accepted, so no other server's files or the
    operator's can be named.
    """
    plain = name.strip().removeprefix(CITED_AS).strip()
    if not plain or plain != Path(plain).name or plain.startswith("."):
        raise ValueError("give the article's file name as this server knows it (e.g. `result.txt`)")
    for path in article_files(folder.articles):
        if path.name == plain:
            return path
    raise ValueError(f"this server has no article called {plain!r}")
