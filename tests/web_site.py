"""A small news site on 127.0.0.1 for the fetching tests: pages in realistic layouts, feeds, and bad input.

Every page's text is written for these tests. `NewsSite.feed_items` is the feed's current list (tests
change it between polls); the feed answers 304 to a request whose validators match, and counts
every request per path in `hits`.
"""
from __future__ import annotations

import asyncio
import hashlib
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape

import pytest
from aiohttp import web

from knowledge.sources.addresses import AddressPolicy
from knowledge.sources.fetch import FetchLimits

LOOPBACK_ONLY = AddressPolicy.parse("127.0.0.0/8")
FAST = FetchLimits(total_seconds=1.0, connect_seconds=1.0, read_seconds=1.0, max_bytes=1_000_000)

NAV = ('<header><a class="logo" href="/">The Trent Valley Post</a><nav><ul><li><a href="/">Home</a></li>'
       '<li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a>'
       '</li><li><a href="/weather">Weather</a></li></ul></nav></header>')
COOKIES = ('<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We and our partners use cookies to '
           'personalise content and measure how our site is used. You can change your choices at any time.</p>'
           '<button>Accept all</button><button>Manage preferences</button></div>')
RELATED = ('<aside class="related"><h2>More on this story</h2><ul><li><a href="/a">Five things we learned '
           'from the count at the leisure centre</a></li><li><a href="/b">Live: every result across the county '
           'as it comes in</a></li><li><a href="/c">Who are the new MPs for the East Midlands?</a></li></ul></aside>')
FOOTER = ('<footer><p>© The Trent Valley Post. All rights reserved.</p><a href="/privacy">Privacy</a> '
          '<a href="/terms">Terms</a></footer>')


def page_html(headline: str, paragraphs: list[str], *, published: str | None = None,
              byline: str = "By Sam Porter, political reporter") -> str:
    """A news article page: navigation, a cookie banner, the article with a byline, related links."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{escape(headline)} | The '
            f'Trent Valley Post</title>{meta}<meta name="author" content="Sam Porter">'
            f'<script>window.dataLayer = window.dataLayer || [];</script></head><body>{NAV}{COOKIES}'
            f'<main><article><h1>{escape(headline)}</h1><p class="byline">{escape(byline)}</p>{body}</article>'
            f'{RELATED}</main>{FOOTER}</body></html>')


ASHFIELD = page_html("Anderson holds Ashfield after long night at the count", [
    "Lee Anderson held Ashfield in the early hours of Friday, beating the independent Jason Zadrozny by "
    "5,400 votes after a count that ran past four in the morning.",
    "Mr Anderson polled 17,100 votes to Mr Zadrozny's 11,700, with Labour's Rhea Keehn third on 8,800.",
    "Turnout was 56.1 per cent, down on the last election.",
    "\u201cPeople here wanted to be heard and tonight they have been,\u201d Mr Anderson said after the declaration.",
], published="2024-07-05T04:20:00+01:00")

BROXTOWE = page_html("Labour's Juliet Campbell wins Broxtowe", [
    "Labour's Juliet Campbell won Broxtowe, beating the Conservative Darren Henry by 9,900 votes.",
    "Ms Campbell polled 20,000 votes to Mr Henry's 10,100.",
], published="2024-07-05T03:05:00+01:00")

GEDLING = page_html("Gedling stays red", [
    "Michael Payne won Gedling for Labour, beating the Conservative Tom Randall by 9,800 votes.",
    "Mr Payne polled 19,200 votes to Mr Randall's 9,400.",
], published="2024-07-05T02:40:00+01:00")

UNDATED = page_html("Mansfield changes hands", [
    "At the 2024 general election Steve Yemm won Mansfield for Labour, beating the Conservative Ben Bradley "
    "by 3,500 votes.",
    "Mr Yemm polled 16,000 votes to Mr Bradley's 12,500.",
])

SCRIPTS_ONLY = ('<!doctype html><html><head><title>Loading…</title><script src="/app.js"></script></head>'
                '<body><div id="root"></div><script>render(document.getElementById("root"))</script></body></html>')


@dataclass(slots=True)
class FeedItem:
    guid: str
    link: str
    title: str


@dataclass
class NewsSite:
    """The site's state: what the feed lists now, and how many requests each path had."""

    feed_items: list[FeedItem] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)
    conditional_hits: Counter = field(default_factory=Counter)
    base: str = ""
    runner: web.AppRunner | None = None
    on_page: dict[str, object] = field(default_factory=dict)  # path -> callable run when the page is served

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def feed_xml(self) -> bytes:
        items = "".join(f"<item><title>{escape(i.title)}</title><link>{escape(self.url(i.link))}</link>"
                        f"<guid isPermaLink=\"false\">{escape(i.guid)}</guid></item>" for i in self.feed_items)
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Trent Valley Post: '
                f'results</title><link>{self.base}/</link><description>Results as they are declared'
                f'</description>{items}</channel></rss>').encode()

    def validators(self, body: bytes) -> tuple[str, str]:
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        modified = format_datetime(datetime(2024, 7, 5, len(self.feed_items) % 24, tzinfo=UTC), usegmt=True)
        return etag, modified

    async def feed(self, request: web.Request) -> web.Response:
        self.hits[request.path] += 1
        body = self.feed_xml()
        etag, modified = self.validators(body)
        if request.headers.get("If-None-Match") == etag or request.headers.get("If-Modified-Since") == modified:
            self.conditional_hits[request.path] += 1
            return web.Response(status=304, headers={"ETag": etag, "Last-Modified": modified})
        return web.Response(body=body, content_type="application/rss+xml",
                            headers={"ETag": etag, "Last-Modified": modified})

    async def page(self, request: web.Request) -> web.Response:
        self.hits[request.path] += 1
        hook = self.on_page.get(request.path)
        if callable(hook):
            hook()
        text = self.pages.get(request.path)
        if text is None:
            return web.Response(status=404, text="Not found")
        return web.Response(text=text, content_type="text/html", charset="utf-8")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/feed.xml", self.feed)
        app.router.add_get("/slow", _slow)
        app.router.add_get("/huge", _huge)
        app.router.add_get("/huge-chunked", _huge_chunked)
        app.router.add_get("/data.json", lambda r: web.json_response({"results": []}))
        app.router.add_get("/to-private", _redirect("http://10.0.0.1/results"))
        app.router.add_get("/to-metadata", _redirect("http://169.254.169.254/latest/meta-data/"))
        app.router.add_get("/to-ashfield", _redirect("/news/ashfield"))
        app.router.add_get("/loop", _redirect("/loop"))
        app.router.add_get("/to-ftp", _redirect("ftp://127.0.0.1/results.txt"))
        app.router.add_get("/malformed.xml", lambda r: web.Response(
            body=b"<rss><channel><title>Broken</title><item><title>Oops</ti", content_type="application/rss+xml"))
        app.router.add_get("/big-feed.xml", self.big_feed)
        app.router.add_get("/{path:.*}", self.page)
        self.runner = web.AppRunner(app, access_log=None, handler_cancellation=True, shutdown_timeout=0.5)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = self.runner.addresses[0][1]
        self.base = f"http://127.0.0.1:{port}"

    async def big_feed(self, request: web.Request) -> web.Response:
        items = "".join(f"<item><title>Result {n}</title><link>{self.base}/gone/{n}</link><guid>big-{n}</guid>"
                        "</item>" for n in range(10_000))
        return web.Response(body=f'<rss version="2.0"><channel><title>Everything</title>{items}</channel></rss>'
                            .encode(), content_type="application/rss+xml")

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


async def _slow(request: web.Request) -> web.Response:
    await asyncio.sleep(5)
    return web.Response(text="<p>late</p>", content_type="text/html")


async def _huge(request: web.Request) -> web.Response:
    return web.Response(body=b"<p>" + b"x" * 4_000_000 + b"</p>", content_type="text/html")


async def _huge_chunked(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    response.enable_chunked_encoding()
    await response.prepare(request)
    for _ in range(100):
        await response.write(b"<p>" + b"y" * 65536 + b"</p>")
    await response.write_eof()
    return response


def _redirect(location: str):  # noqa: ANN202 - an aiohttp handler
    async def handler(request: web.Request) -> web.Response:
        raise web.HTTPFound(location)

    return handler


def standard_site() -> NewsSite:
    site = NewsSite()
    site.pages.update({"/news/ashfield": ASHFIELD, "/news/broxtowe": BROXTOWE, "/news/gedling": GEDLING,
                       "/news/mansfield": UNDATED, "/news/app": SCRIPTS_ONLY})
    return site


class SiteThread:
    """A `NewsSite` served from its own event loop in a thread, for tests of synchronous commands."""

    def __init__(self, site: NewsSite) -> None:
        import threading

        self.site = site
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="news-site", daemon=True)

    def __enter__(self) -> NewsSite:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.site.start(), self.loop).result(10)
        return self.site

    def __exit__(self, *exc_info: object) -> None:
        asyncio.run_coroutine_threadsafe(self.site.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture
async def site() -> AsyncIterator[NewsSite]:
    """The standard site, served on 127.0.0.1 for one test (import it into a test module to use it)."""
    server = standard_site()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
