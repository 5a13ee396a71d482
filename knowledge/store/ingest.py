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
from knowledge.store.database import ArticleRow, StoreError, open_readonly, write
from knowledge.store.files import (
    ARTICLE_SUFFIXES,
    HTML_SUFFIXES,
    ArticleFile,
    Unreadable,
    find_article_files,
    ignored_files,
    is_article_file,
    printable,
    read_capped,
)
from knowledge.store.reader_version import reader_version

MAX_ARTICLE_BYTES = 2_000_000
PARALLEL_FROM = 300  # below this many files, starting worker processes costs more than it saves

__all__ = ["ARTICLE_SUFFIXES", "ArticleFile", "IngestReport", "Unreadable", "decode_article",
           "find_article_files", "ignored_files", "ingest", "is_article_file"]


@dataclass(frozen=True, slots=True)
class Unchanged:
    """A file whose bytes are those already read (by the same reader): its facts stay as they are."""

    row: ArticleRow


@dataclass(slots=True)
class IngestReport:
    """What an ingest did, for people (`summary()`) and for tests."""

    articles: list[ArticleReport] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[ArticleRow] = field(default_factory=list)  # not read again: same bytes, same reader
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
            lines += [f"  {printable(a.file)}: {'; '.join(a.notes) or 'no declared result'}" for a in no_result]
        unsure = [(a.file, note) for a in self.articles for note in a.notes if note.startswith("unsure:")]
        if unsure:
            lines.append(f"results that failed a self-check (not stored as true): {len(unsure)}")
            lines += [f"  {printable(file)}: {note}" for file, note in unsure]
        undated = [a for a in self.articles if a.date is None]
        if undated:
            lines.append(f"articles without a date header (election taken from the text): {len(undated)}")
            lines += [f"  {printable(a.file)}" for a in undated]
        if self.unchanged:
            lines.append(f"articles unchanged since they were last read (not read again): {len(self.unchanged)}")
        if self.removed:
            lines.append(f"articles no longer in the folder, removed: {len(self.removed)}")
            lines += [f"  {printable(name)}" for name in self.removed]
        if self.unreadable:
            lines.append(f"files skipped: {len(self.unreadable)}")
            lines += [f"  {printable(u.path)}: {u.reason}" for u in self.unreadable]
        return "\n".join(lines)


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
    head = text[:10000]
    if printable_count(head) < 0.9 * len(head):
        raise ValueError("not text (mostly control characters)")
    return text


def printable_count(text: str) -> int:
    """How many of `text`'s characters are printable or white space."""
    if "".join(text.split()).isprintable():  # nearly every file: all of them, checked at C speed
        return len(text)
    return sum(ch.isprintable() or ch.isspace() for ch in text)


def is_web_address(name: str) -> bool:
    """Whether an article's name is the address of a page (added by address, not from the folder)."""
    return name.startswith(("http://", "https://"))


def html_article_text(data: bytes) -> str:
    """An HTML file's main text (with its date header), extracted as a web page's is; ValueError if none."""
    from knowledge.sources.html import extract_page  # trafilatura is loaded only when there is HTML

    return extract_page(data).article_text()


def read_article_file(found: ArticleFile, known_sha256: str | None = None
                      ) -> tuple[ArticleRow, ArticleReport] | Unchanged:
    """Read and parse one file (at most MAX_ARTICLE_BYTES of it, even if it grows meanwhile);
    `Unchanged` when its bytes hash to `known_sha256`; ValueError or OSError when it cannot be used."""
    data = read_capped(found.path, MAX_ARTICLE_BYTES)
    sha256 = hashlib.sha256(data).hexdigest()
    row = ArticleRow(file=found.key, path=str(found.where), date=None, sha256=sha256, size=len(data),
                     election_year=None, status="no_result", reason="")
    if sha256 == known_sha256:
        return Unchanged(row)
    html = found.where.suffix.lower() in HTML_SUFFIXES
    report = read_article(html_article_text(data) if html else decode_article(data), found.key)
    row.date, row.election_year = report.date, report.election_year
    row.status = "result" if report.has_result else "no_result"
    row.reason, row.seats, row.facts = "; ".join(report.notes), len(report.seats), len(report.facts)
    return row, report


Outcome = tuple[ArticleRow, ArticleReport] | Unchanged | str


def _read_or_reason(found: ArticleFile, known_sha256: str | None) -> Outcome:
    try:
        return read_article_file(found, known_sha256)
    except (ValueError, OSError) as error:
        return str(error)


def _exit_with_parent(parent: int) -> None:
    """In each worker: end it when the process that started it is gone (even killed with SIGKILL),
    instead of leaving it waiting for ever on a queue that no one will read again."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.25)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


@contextmanager
def _reading(files: list[ArticleFile], known: list[str | None], *, parallel: bool
             ) -> Iterator[tuple[Iterator[Outcome], int]]:
    """(each file's outcome, in order, as it is ready; how many processes parse them).

    Reading is a pure function of the text, so a large batch is spread over worker processes while
    this process writes what has been read so far. The workers are forked before the caller opens
    the database, and only from a single-threaded process: forking a threaded one (the bot reloading
    from a worker thread) is unsafe, so there the batch is read here.
    """
    workers = min(os.cpu_count() or 1, 8)
    if not parallel or len(files) < PARALLEL_FROM or workers < 2 or threading.active_count() > 1:
        yield map(_read_or_reason, files, known), 1
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                             initializer=_exit_with_parent, initargs=(os.getpid(),)) as pool:
        # small chunks, so that results stream back while the rest is still being parsed
        chunk = max(1, min(64, len(files) // (workers * 4)))
        try:
            outcomes = pool.map(_read_or_reason, files, known, chunksize=chunk)  # forks the workers
        except OSError:  # no processes to be had (memory, a process limit): read the batch here
            outcomes = None
        if outcomes is None:
            yield map(_read_or_reason, files, known), 1
            return
        try:
            yield outcomes, workers
        except BaseException:
            pool.shutdown(cancel_futures=True)  # the write failed: do not wait for the rest to be parsed
            raise


def ingest(paths: Iterable[str | os.PathLike], db_path: str | os.PathLike, *, sync: bool = False,
           parallel: bool = True, progress: Callable[[int, int, str], None] | None = None,
           prefix: str = "") -> IngestReport:
    """Read articles into the database at `db_path`, atomically.

    Each article is known by its path inside the folder given (`prefix` before it), so files of the
    same name in different folders are both kept. With `sync`, the given folders are the whole
    knowledge folder: articles read from them before that are no longer there are removed (a
    reload); articles ingested from anywhere else (other folders, pages by address) stay. A file
    whose bytes were read before by the same reader is not read again. Unusable files are reported
    and skipped; a file that was readable before and is unusable now keeps its previous facts. With
    `parallel` (the default), a large batch is parsed on all cores when that is safe.
    """
    roots = [Path(p) for p in paths]
    files, missing = find_article_files(roots, prefix=prefix)
    try:
        return _ingest(roots, files, missing, db_path, sync=sync, parallel=parallel, progress=progress)
    except BrokenProcessPool:
        # a worker died (memory, a signal); nothing was written, so read the batch in this process
        return _ingest(roots, files, missing, db_path, sync=sync, parallel=False, progress=progress)


def _known_articles(db_path: str | os.PathLike) -> dict[str, ArticleRow]:
    """The articles the database holds, by name, if they were read by this reader (else none)."""
    if not Path(db_path).exists():
        return {}
    try:
        db = open_readonly(db_path)
    except StoreError:
        return {}  # the write will say what is wrong with it
    try:
        version = db.execute("SELECT value FROM meta WHERE key = 'reader_version'").fetchone()
        if version is None or version[0] != reader_version():
            return {}
        return {row[0]: ArticleRow(*row) for row in db.execute(
            f"SELECT {', '.join(ArticleRow.__slots__)} FROM articles")}
    finally:
        db.close()


def _inside(path: str, roots: list[Path]) -> bool:
    where = Path(path).absolute()
    return not is_web_address(path) and any(where == root or where.is_relative_to(root) for root in roots)


def _ingest(roots: list[Path], files: list[ArticleFile], missing: list[Unreadable], db_path: str | os.PathLike, *,
            sync: bool, parallel: bool, progress: Callable[[int, int, str], None] | None = None) -> IngestReport:
    report = IngestReport(unreadable=list(missing))
    known = _known_articles(db_path)
    expected = [known[f.key].sha256 if f.key in known and known[f.key].path == str(f.where) else None
                for f in files]
    present = {f.key for f in files}
    synced_roots = [root.absolute() for root in roots if root.is_dir()]
    with _reading(files, expected, parallel=parallel) as (outcomes, processes), write(db_path) as writer:
        report.processes = processes
        if sync:
            for name, path in writer.db.execute("SELECT file, path FROM articles").fetchall():
                if name not in present and _inside(path, synced_roots):
                    writer.remove_file(name)
                    report.removed.append(name)
        for done, (found, outcome) in enumerate(zip(files, outcomes, strict=True), start=1):
            if progress is not None:
                progress(done, len(files), found.key)
            if isinstance(outcome, str):
                report.unreadable.append(Unreadable(str(found.where), outcome))
            elif isinstance(outcome, Unchanged):
                report.unchanged.append(known[found.key])
            else:
                row, article = outcome
                writer.add_article(row, article.facts, article.quotes)
                report.articles.append(article)
        writer.db.execute("INSERT OR REPLACE INTO meta VALUES ('reader_version', ?)", [reader_version()])
    report.seats_total = writer.seat_count
    report.conflicts = writer.conflict_count
    return report
