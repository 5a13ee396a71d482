"""Reading article files into the knowledge base: safe file handling, a report of what was read.

One bad file (binary, empty, not UTF-8, too large) is reported with its reason and skipped;
the others still load, and the database is only replaced when the whole ingest succeeds.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.reading.reader import read_article
from knowledge.records import ArticleReport
from knowledge.store.database import ArticleRow, write

MAX_ARTICLE_BYTES = 2_000_000
PARALLEL_FROM = 300  # below this many files, starting worker processes costs more than it saves
HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md"}) | HTML_SUFFIXES


@dataclass(slots=True)
class Unreadable:
    path: str
    reason: str


@dataclass(slots=True)
class IngestReport:
    """What an ingest did, for people (`summary()`) and for tests."""

    articles: list[ArticleReport] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    conflicts: int = 0
    seats_total: int = 0
    processes: int = 1  # how many processes parsed the articles

    @property
    def seats(self) -> int:
        return len({seat for a in self.articles for seat in a.seats if a.has_result})

    @property
    def facts(self) -> int:
        return sum(len(a.facts) for a in self.articles)

    def summary(self) -> str:
        parsed_on = f" (parsed on {self.processes} processes)" if self.processes > 1 else ""
        lines = [f"articles read: {len(self.articles)}{parsed_on}",
                 f"seats with results in them: {self.seats}",
                 f"facts: {self.facts}",
                 f"seats in the knowledge base: {self.seats_total}",
                 f"conflicts between sources: {self.conflicts}"]
        no_result = [a for a in self.articles if not a.has_result]
        if no_result:
            lines.append(f"articles with no declared result: {len(no_result)}")
            lines += [f"  {a.file}: {'; '.join(a.notes) or 'no declared result'}" for a in no_result]
        undated = [a for a in self.articles if a.date is None]
        if undated:
            lines.append(f"articles without a date header (election taken from the text): {len(undated)}")
            lines += [f"  {a.file}" for a in undated]
        if self.removed:
            lines.append(f"articles no longer in the folder, removed: {len(self.removed)}")
            lines += [f"  {name}" for name in self.removed]
        if self.unreadable:
            lines.append(f"files skipped: {len(self.unreadable)}")
            lines += [f"  {u.path}: {u.reason}" for u in self.unreadable]
        return "\n".join(lines)


def find_article_files(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[Unreadable]]:
    """Files named directly, and the article files (.txt, .md, .html) inside folders, sorted by name."""
    found: list[Path] = []
    missing: list[Unreadable] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and is_article_file(p)))
        elif path.is_file():
            found.append(path)
        else:
            missing.append(Unreadable(str(path), "no such file or folder"))
    return found, missing


def is_article_file(path: Path) -> bool:
    """Whether a file found in a folder is read as an article (named files are always tried)."""
    return path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".")


def ignored_files(paths: Iterable[str | os.PathLike]) -> list[Unreadable]:
    """The files inside the given folders that an ingest passes over, each with the reason (hidden files aside)."""
    kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
    return [Unreadable(str(p), f"not an article file ({p.suffix or 'no extension'}; articles are {kinds})")
            for raw in paths if Path(raw).is_dir()
            for p in sorted(Path(raw).rglob("*")) if p.is_file() and not p.name.startswith(".")
            and not is_article_file(p)]


def decode_article(data: bytes) -> str:
    """The article's text, or ValueError saying why it is not a usable article."""
    if not data.strip():
        raise ValueError("empty file")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte {error.start})") from None
    printable = sum(ch.isprintable() or ch.isspace() for ch in text[:10000])
    if printable < 0.9 * min(len(text), 10000):
        raise ValueError("not text (mostly control characters)")
    return text


def is_web_address(name: str) -> bool:
    """Whether an article's name is the address of a page (added by address, not from the folder)."""
    return name.startswith(("http://", "https://"))


def html_article_text(data: bytes) -> str:
    """An HTML file's main text (with its date header), extracted as a web page's is; ValueError if none."""
    from knowledge.sources.html import extract_page  # trafilatura is loaded only when there is HTML

    return extract_page(data).article_text()


def read_article_file(path: Path) -> tuple[ArticleRow, ArticleReport]:
    """Read and parse one file; ValueError or OSError when it cannot be used."""
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ValueError(f"too large ({size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
    data = path.read_bytes()
    text = html_article_text(data) if path.suffix.lower() in HTML_SUFFIXES else decode_article(data)
    report = read_article(text, path.name)
    row = ArticleRow(file=path.name, path=str(path), date=report.date, sha256=hashlib.sha256(data).hexdigest(),
                     size=size, election_year=report.election_year,
                     status="result" if report.has_result else "no_result",
                     reason="; ".join(report.notes), seats=len(report.seats), facts=len(report.facts))
    return row, report


def _read_or_reason(path: Path) -> tuple[ArticleRow, ArticleReport] | str:
    try:
        return read_article_file(path)
    except (ValueError, OSError) as error:
        return str(error)


Outcome = tuple[ArticleRow, ArticleReport] | str


def _exit_with_parent(parent: int) -> None:
    """In each worker: end it when the process that started it is gone (even killed with SIGKILL),
    instead of leaving it waiting for ever on a queue that no one will read again."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.25)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


@contextmanager
def _reading(files: list[Path], *, parallel: bool) -> Iterator[tuple[Iterator[Outcome], int]]:
    """(each file's outcome, in order, as it is ready; how many processes parse them).

    Reading is a pure function of the text, so a large batch is spread over worker processes while
    this process writes what has been read so far. The workers are forked before the caller opens
    the database, and only from a single-threaded process: forking a threaded one (the bot reloading
    from a worker thread) is unsafe, so there the batch is read here.
    """
    workers = min(os.cpu_count() or 1, 8)
    if not parallel or len(files) < PARALLEL_FROM or workers < 2 or threading.active_count() > 1:
        yield (_read_or_reason(path) for path in files), 1
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                             initializer=_exit_with_parent, initargs=(os.getpid(),)) as pool:
        # small chunks, so that results stream back while the rest is still being parsed
        chunk = max(1, min(64, len(files) // (workers * 4)))
        try:
            outcomes = pool.map(_read_or_reason, files, chunksize=chunk)  # forks the workers
        except OSError:  # no processes to be had (memory, a process limit): read the batch here
            outcomes = None
        if outcomes is None:
            yield (_read_or_reason(path) for path in files), 1
            return
        try:
            yield outcomes, workers
        except BaseException:
            pool.shutdown(cancel_futures=True)  # the write failed: do not wait for the rest to be parsed
            raise


def ingest(paths: Iterable[str | os.PathLike], db_path: str | os.PathLike, *, sync: bool = False,
           parallel: bool = True, progress: Callable[[int, int, str], None] | None = None) -> IngestReport:
    """Read articles into the database at `db_path`, atomically.

    With `sync`, the given folders are the whole knowledge folder: articles the database holds that
    are no longer there are removed (a reload). Unusable files are reported and skipped; a file that
    was readable before and is unusable now keeps its previous facts. With `parallel` (the default),
    a large batch is parsed on all cores when that is safe.
    """
    files, missing = find_article_files(paths)
    try:
        return _ingest(files, missing, db_path, sync=sync, parallel=parallel, progress=progress)
    except BrokenProcessPool:
        # a worker died (memory, a signal); nothing was written, so read the batch in this process
        return _ingest(files, missing, db_path, sync=sync, parallel=False, progress=progress)


def _ingest(files: list[Path], missing: list[Unreadable], db_path: str | os.PathLike, *, sync: bool,
            parallel: bool, progress: Callable[[int, int, str], None] | None = None) -> IngestReport:
    report = IngestReport(unreadable=list(missing))
    present = {path.name for path in files} | {Path(u.path).name for u in missing}
    with _reading(files, parallel=parallel) as (outcomes, processes), write(db_path) as writer:
        report.processes = processes
        if sync:
            for name in writer.article_files():
                if name not in present and not is_web_address(name):  # pages by address live only here
                    writer.remove_file(name)
                    report.removed.append(name)
        for done, (path, outcome) in enumerate(zip(files, outcomes, strict=True), start=1):
            if progress is not None:
                progress(done, len(files), path.name)
            if isinstance(outcome, str):
                report.unreadable.append(Unreadable(str(path), outcome))
            else:
                row, article = outcome
                writer.add_article(row, article.facts, article.quotes)
                report.articles.append(article)
    report.seats_total = writer.seat_count
    report.conflicts = writer.conflict_count
    return report
