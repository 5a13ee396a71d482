"""Web pages read as articles: the article's source (its `file`) is the page's address, so answers cite it.

`read_page` turns fetched HTML into an article row and report; `store_pages` writes a batch in one
atomic write; `ingest_urls` fetches, reads and stores a list of addresses. A page that cannot be
fetched or has no text is reported with its reason and skipped; the others are stored.
"""
from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from knowledge.reading.reader import read_article
from knowledge.records import ArticleReport
from knowledge.sources.fetch import Fetched, Fetcher, FetchError
from knowledge.sources.html import Page, decode_html, extract_page
from knowledge.store.database import ArticleRow, StoreError, open_readonly, write
from knowledge.store.ingest import IngestReport, Unreadable

Progress = Callable[[int, int, str], None]  # (addresses done, addresses in all, the last one done)


@dataclass(slots=True)
class PageRead:
    """One page read: its address, what trafilatura found, and what the article reader made of it."""

    url: str
    page: Page
    row: ArticleRow
    report: ArticleReport


@dataclass(slots=True)
class PagesReport:
    """What a batch of pages did: the store's report, and each page's title and date for people."""

    ingest: IngestReport
    pages: list[PageRead] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"pages read: {len(self.pages)}"]
        for read in self.pages:
            title = f"“{read.page.title}”" if read.page.title else "(no title)"
            lines.append(f"  {read.url}: {title}, {read.page.dated()}")
        return "\n".join([*lines, self.ingest.summary()])


def read_page(url: str, html: bytes | str, size: int | None = None) -> PageRead:
    """Extract and read one page; ValueError when it has no article text."""
    page = extract_page(html, url)
    raw = html.encode("utf-8") if isinstance(html, str) else html
    report = read_article(page.article_text(), url)
    if page.date is None:
        report.notes = [note.replace("no date header", "the page gives no publication date")
                        for note in report.notes]
    row = ArticleRow(file=url, path=url, date=report.date, sha256=hashlib.sha256(raw).hexdigest(),
                     size=len(raw) if size is None else size, election_year=report.election_year,
                     status="result" if report.has_result else "no_result", reason="; ".join(report.notes),
                     seats=len(report.seats), facts=len(report.facts))
    return PageRead(url, page, row, report)


def read_fetched(url: str, fetched: Fetched) -> PageRead:
    """Read a fetched page under the address it was asked for (the one people gave)."""
    return read_page(url, decode_html(fetched.body, fetched.charset), len(fetched.body))


def store_pages(db_path: str | os.PathLike, reads: Iterable[PageRead],
                failures: Iterable[Unreadable] = ()) -> PagesReport:
    """Write the pages read into the database (one atomic write); failures are only reported."""
    result = PagesReport(IngestReport(unreadable=list(failures)))
    reads = list(reads)
    if not reads:  # nothing to add: leave the database as it is
        result.ingest.seats_total = _seat_count(db_path)
        return result
    with write(db_path) as writer:
        for read in reads:
            writer.add_article(read.row, read.report.facts, read.report.quotes)
            result.ingest.articles.append(read.report)
            result.pages.append(read)
    result.ingest.seats_total = writer.seat_count
    result.ingest.conflicts = writer.conflict_count
    return result


def _seat_count(db_path: str | os.PathLike) -> int:
    try:
        db = open_readonly(db_path)
    except StoreError:
        return 0
    try:
        return db.execute("SELECT count(*) FROM seats").fetchone()[0]
    finally:
        db.close()


@dataclass(slots=True)
class PagesRead:
    """Pages read from a list of addresses, in the order given, and those that failed (with the reason);
    `transient` holds the addresses whose failure may pass (a time-out, a 5xx answer)."""

    reads: list[PageRead] = field(default_factory=list)
    failures: list[Unreadable] = field(default_factory=list)
    transient: set[str] = field(default_factory=set)


async def read_urls(urls: list[str], fetcher: Fetcher, progress: Progress | None = None,
                    concurrency: int = 4) -> PagesRead:
    """Fetch and read each address (at most `concurrency` at once, reading off the event loop)."""
    gate = asyncio.Semaphore(concurrency)
    reads: dict[str, PageRead] = {}
    failures: dict[str, Unreadable] = {}
    result = PagesRead()

    async def one(url: str) -> None:
        async with gate:
            try:
                fetched = await fetcher.get(url, "page")
                reads[url] = await asyncio.to_thread(read_fetched, url, fetched)
            except FetchError as error:
                failures[url] = Unreadable(url, str(error))
                if error.transient:
                    result.transient.add(url)
            except ValueError as error:
                failures[url] = Unreadable(url, str(error))
        if progress is not None:
            done.append(url)
            progress(len(done), len(unique), url)

    done: list[str] = []
    unique = list(dict.fromkeys(url.strip() for url in urls))
    await asyncio.gather(*(one(url) for url in unique))
    result.reads = [reads[u] for u in unique if u in reads]
    result.failures = [failures[u] for u in unique if u in failures]
    return result


async def ingest_urls(urls: list[str], db_path: str | os.PathLike, fetcher: Fetcher | None = None,
                      progress: Progress | None = None) -> PagesReport:
    """Fetch, read and store pages by address; a page that fails is reported and the rest are stored."""
    if fetcher is None:
        async with Fetcher() as own:
            return await ingest_urls(urls, db_path, own, progress)
    read = await read_urls(urls, fetcher, progress)
    return await asyncio.to_thread(store_pages, db_path, read.reads, read.failures)


def ingest_addresses(urls: list[str], db_path: str | os.PathLike, progress: Progress | None = None) -> PagesReport:
    """`ingest_urls` for synchronous callers (the command line): its own event loop and fetcher."""
    return asyncio.run(ingest_urls(urls, db_path, progress=progress))
