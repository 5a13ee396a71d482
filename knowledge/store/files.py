"""Finding article files in folders and reading them safely.

- Folders are walked without recursion, at most `MAX_DEPTH` deep: a deeper folder is reported, not
  a crash.
- A symbolic link that leads outside the folder being read is refused and reported; links to
  folders are not followed (they could loop or lead anywhere).
- Each file is known by its path inside the folder given, so `a/x.txt` and `b/x.txt` are both kept.
- A read stops at the size limit, even when the file grows while it is read.
- Names are shown with control characters (a newline in a file name) escaped.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md"}) | HTML_SUFFIXES
MAX_DEPTH = 32
READ_CHUNK = 1 << 16


@dataclass(slots=True)
class Unreadable:
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class ArticleFile:
    """An article file found: `where` it was found, the `path` to read (a link's target), its `key`
    (its name in the knowledge base: the path inside the folder given)."""

    where: Path
    path: Path
    key: str


def printable(name: str) -> str:
    """`name` with control characters escaped, so a file name cannot forge lines in a report.

    >>> printable("a\\nfiles skipped: 0.txt")
    'a\\\\nfiles skipped: 0.txt'
    """
    if name.isprintable():
        return name
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in name)


def is_article_file(path: Path) -> bool:
    """Whether a file found in a folder is read as an article (named files are always tried)."""
    return path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".")


def _is_article(name: str) -> bool:
    return is_article_file(Path(name))


def _walk(root: Path, prefix: str, found: list[ArticleFile], skipped: list[Unreadable],
          others: list[Path] | None = None) -> None:
    """The article files under `root` (and in `others` the files that are not articles), without
    recursion."""
    real_root = root.resolve()
    stack: list[tuple[Path, str, int]] = [(root, prefix, 0)]
    while stack:
        folder, inside, depth = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name, reverse=True)
        except OSError as error:
            skipped.append(Unreadable(str(folder), f"cannot list the folder ({error.strerror})"))
            continue
        for entry in entries:
            path = Path(entry.path)
            key = f"{inside}{entry.name}"
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(real_root):
                    skipped.append(Unreadable(str(path), "a link to somewhere outside the knowledge folder; "
                                                         "not read"))
                elif target.is_file() and _is_article(entry.name):
                    found.append(ArticleFile(path, target, key))
            elif entry.is_dir(follow_symlinks=False):
                if depth + 1 > MAX_DEPTH:
                    skipped.append(Unreadable(str(path), f"folders nested more than {MAX_DEPTH} deep; not read"))
                else:
                    stack.append((path, key + "/", depth + 1))
            elif entry.is_file(follow_symlinks=False):
                if _is_article(entry.name):
                    found.append(ArticleFile(path, path, key))
                elif others is not None:
                    others.append(path)


def ignored_files(paths: Iterable[str | os.PathLike]) -> list[Unreadable]:
    """The files inside the given folders that an ingest passes over, each with the reason (hidden files aside)."""
    kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
    others: list[Path] = []
    for raw in paths:
        if Path(raw).is_dir():
            _walk(Path(raw).absolute(), "", [], [], others)
    return [Unreadable(str(p), f"not an article file ({p.suffix or 'no extension'}; articles are {kinds})")
            for p in sorted(others)]


def find_article_files(paths: Iterable[str | os.PathLike], *, prefix: str = ""
                       ) -> tuple[list[ArticleFile], list[Unreadable]]:
    """Files named directly, and the article files (.txt, .md) inside folders, sorted by key within
    each folder; names that two folders share get the folder's name in front."""
    found: list[ArticleFile] = []
    skipped: list[Unreadable] = []
    keys: set[str] = set()
    for raw in paths:
        path = Path(raw)
        batch: list[ArticleFile] = []
        if path.is_dir():
            _walk(path.absolute(), prefix, batch, skipped)
            batch.sort(key=lambda f: f.key)
        elif path.is_file():
            batch.append(ArticleFile(path.absolute(), path.resolve(), prefix + path.name))
        else:
            skipped.append(Unreadable(str(path), "no such file or folder"))
        for item in batch:
            key = item.key
            if key in keys:
                key = f"{prefix}{path.resolve().name}/{item.key.removeprefix(prefix)}"
            number = 2
            while key in keys:
                key, number = f"{item.key} ({number})", number + 1
            keys.add(key)
            found.append(ArticleFile(item.where, item.path, key) if key != item.key else item)
    return found, skipped


def read_capped(path: Path, limit: int) -> bytes:
    """The file's bytes; ValueError when it holds more than `limit` (checked as it is read).

    The file is opened without following a link at its last step: a file swapped for a link after it
    was found is refused rather than read through.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise ValueError(f"too large ({size:,} bytes; the limit is {limit:,})")
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, READ_CHUNK):
            total += len(chunk)
            if total > limit:
                raise ValueError(f"too large (it grew past the limit of {limit:,} bytes while being read)")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
