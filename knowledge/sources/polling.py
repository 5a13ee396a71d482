"""One poll of one feed: a conditional request, then each new item's page read once into the knowledge base.

A feed that has not changed (304, or no item not seen before) writes nothing. An item whose page fails
for good (404, not a page, no text, refused) is recorded with its reason and not tried again; one that
fails for a passing reason (time-out, 5xx) is tried on later polls, at most `MAX_ATTEMPTS` times. The
validators are kept only when every item of this version of the feed has been dealt with, so that new
items left for the next poll (beyond `MAX_NEW_PER_POLL`) and retries are not hidden behind a 304.
"""
from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from knowledge.sources.feed_state import MAX_ATTEMPTS, FeedCheck, FeedState, next_wait
from knowledge.sources.feeds import FeedItem, parse_feed
from knowledge.sources.fetch import Fetcher, FetchError
from knowledge.sources.pages import PageRead, PagesReport, Progress, read_urls, store_pages
from knowledge.store.ingest import IngestReport, Unreadable

MAX_NEW_PER_POLL = 50
Store = Callable[[list[PageRead], list[Unreadable]], Awaitable[PagesReport]]


@dataclass(slots=True)
class PollReport:
    """What one poll did, for people (`summary()`) and for the results channel (`added`)."""

    url: str
    title: str | None = None
    not_modified: bool = False
    error: str | None = None
    listed: int = 0
    left_out: int = 0
    added: list[PageRead] = field(default_factory=list)
    failed: list[Unreadable] = field(default_factory=list)
    waiting: int = 0
    ingest: IngestReport | None = None

    def summary(self) -> str:
        name = f"feed {self.url}" + (f" (“{self.title}”)" if self.title else "")
        if self.error:
            return f"{name}: not polled: {self.error}"
        if self.not_modified:
            return f"{name}: not changed since the last poll (304)"
        lines = [f"{name}: {len(self.added)} new {'item' if len(self.added) == 1 else 'items'} added"
                 + (f", {len(self.failed)} skipped" if self.failed else "")]
        for read in self.added:
            seats = ", ".join(f"{seat} {year or ''}".strip() for seat, year in read.report.seats
                              if read.report.has_result)
            lines.append(f"  added {read.url}: {read.page.dated()}" + (f"; results: {seats}" if seats else
                                                                         "; no declared result"))
        lines += [f"  skipped {u.path}: {u.reason}" for u in self.failed]
        if self.left_out:
            lines.append(f"  the feed lists {self.listed:,} items; only the first {self.listed - self.left_out:,} "
                         "were looked at")
        if self.waiting:
            lines.append(f"  {self.waiting} more new items are left for the next poll")
        return "\n".join(lines)


def scope_of(db_path: str | os.PathLike) -> str:
    """The scope feed state is kept under for the knowledge base at `db_path`."""
    return str(Path(db_path).resolve())


async def poll_feed(url: str, db_path: str | os.PathLike, fetcher: Fetcher, state: FeedState, *,
                    max_new: int = MAX_NEW_PER_POLL, store: Store | None = None,
                    progress: Progress | None = None) -> PollReport:
    """Poll `url` once and read its new items' pages into the knowledge base at `db_path`.

    `store` writes the pages read (default: `store_pages` into `db_path` in a worker thread); the bot
    passes one that also swaps the new knowledge in.
    """
    scope = scope_of(db_path)
    started = time.monotonic()
    check = await asyncio.to_thread(state.check, scope, url)
    report = PollReport(url, title=check.title)
    try:
        fetched = await fetcher.get(url, "feed", etag=check.etag, last_modified=check.last_modified)
        feed = None if fetched.not_modified else await asyncio.to_thread(parse_feed, fetched.body, fetched.url)
    except (FetchError, ValueError) as error:
        report.error = str(error)
        failures = check.failures + 1
        await asyncio.to_thread(state.save_check, scope, replace(
            check, checked_at=time.time(), failures=failures, last_error=report.error,
            next_poll_at=time.time() + next_wait(failures, time.monotonic() - started)))
        return report
    if feed is None:
        report.not_modified = True
        await _save(state, scope, check, started)
        return report
    report.title, report.listed, report.left_out = feed.title, feed.listed, feed.left_out
    known = await asyncio.to_thread(state.attempts, scope, url)
    fresh = [item for item in feed.items if known.get(item.key, ("retry", 0))[0] == "retry"]
    batch, report.waiting = fresh[:max_new], max(0, len(fresh) - max_new)
    if store is None:
        async def store(reads: list[PageRead], failures: list[Unreadable]) -> PagesReport:
            return await asyncio.to_thread(store_pages, db_path, reads, failures)
    retrying = await _read_items(batch, known, store, fetcher, state, scope, url, report, progress)
    done = not report.waiting and not retrying
    await _save(state, scope, check, started, title=feed.title, etag=fetched.etag if done else None,
                last_modified=fetched.last_modified if done else None)
    return report


async def _read_items(batch: list[FeedItem], known: dict[str, tuple[str, int]], store: Store, fetcher: Fetcher,
                      state: FeedState, scope: str, url: str, report: PollReport,
                      progress: Progress | None = None) -> bool:
    """Read the batch's pages, store them, then record the items; whether any item is left to retry."""
    if not batch:
        return False
    read = await read_urls([item.link for item in batch], fetcher, progress)
    if read.reads:
        report.ingest = (await store(read.reads, read.failures)).ingest
    report.added, report.failed = read.reads, read.failures
    added = {r.url for r in read.reads}
    reasons = {u.path: u.reason for u in read.failures}
    rows, retrying = [], False
    for item in batch:
        attempts = known.get(item.key, ("retry", 0))[1] + 1
        if item.link in added:
            rows.append((item.key, item.link, "added", None, attempts))
        elif item.link in read.transient and attempts < MAX_ATTEMPTS:
            rows.append((item.key, item.link, "retry", reasons.get(item.link), attempts))
            retrying = True
        else:
            rows.append((item.key, item.link, "failed", reasons.get(item.link), attempts))
    await asyncio.to_thread(state.record_items, scope, url, rows)
    return retrying


async def _save(state: FeedState, scope: str, check: FeedCheck, started: float, **changes: object) -> None:
    """Record a successful poll: no failures, the next poll after the usual wait (longer if it was slow)."""
    if "etag" not in changes:
        changes.update(etag=check.etag, last_modified=check.last_modified)
    now = time.time()
    await asyncio.to_thread(state.save_check, scope, replace(
        check, checked_at=now, failures=0, last_error=None,
        next_poll_at=now + next_wait(0, time.monotonic() - started), **changes))


async def poll_feeds(urls: list[str], db_path: str | os.PathLike, state_path: str | os.PathLike,
                     fetcher: Fetcher | None = None, progress: Progress | None = None) -> list[PollReport]:
    """Poll each feed once, one after the other (they write into the same knowledge base)."""
    if fetcher is None:
        async with Fetcher() as own:
            return await poll_feeds(urls, db_path, state_path, own, progress)
    state = FeedState(state_path)
    try:
        return [await poll_feed(url.strip(), db_path, fetcher, state, progress=progress)
                for url in dict.fromkeys(urls)]
    finally:
        state.close()
