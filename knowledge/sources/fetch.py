"""Fetching pages and feeds over HTTP(S): bounded in time, size and redirects, and only from allowed addresses.

Every host name is resolved by `CheckedResolver`, which refuses the name when any of its addresses
is not allowed (see `addresses`); aiohttp then connects to exactly the addresses it returned, so the
address checked is the address connected to (no window for DNS rebinding). Addresses written as IP
literals are checked before each request. Redirects are followed here, one hop at a time, so the
scheme and address of every hop are checked the same way.

Failures raise `FetchError`, whose text is the reason for people ("refused: 10.0.0.1 is a private
address"); `transient` says whether trying again later may work (time-outs, 5xx answers).
"""
from __future__ import annotations

import asyncio
import socket
from dataclasses import dataclass
from typing import Literal

import aiohttp
import yarl
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver

from knowledge.sources.addresses import AddressPolicy

Kind = Literal["page", "feed"]
REDIRECTS = frozenset({301, 302, 303, 307, 308})
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
NOT_FEED_PREFIXES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")
ACCEPT = {"page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
          "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"}
USER_AGENT = "election-results-bot/0.1 (+https://github.com/; reads election news pages and feeds)"
CHUNK = 64 * 1024


class FetchError(Exception):
    """A page or feed could not be fetched; `str(error)` is the reason for people."""

    def __init__(self, reason: str, *, transient: bool = False, status: int | None = None) -> None:
        super().__init__(reason)
        self.transient = transient
        self.status = status


class AddressRefused(Exception):
    """A host resolves to an address the policy does not allow (raised inside the connector)."""


@dataclass(frozen=True, slots=True)
class FetchLimits:
    total_seconds: float = 20.0
    connect_seconds: float = 5.0
    read_seconds: float = 10.0
    max_bytes: int = 3_000_000
    max_redirects: int = 4


@dataclass(frozen=True, slots=True)
class Fetched:
    """One answer: the final address, the body (empty for 304), and the validators for next time."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class CheckedResolver(AbstractResolver):
    """Resolves with `base` and refuses a host any of whose addresses the policy does not allow."""

    def __init__(self, policy: AddressPolicy, base: AbstractResolver | None = None) -> None:
        self.policy = policy
        self.base = base

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        if self.base is None:
            self.base = ThreadedResolver()
        results = await self.base.resolve(host, port, family)
        for result in results:
            reason = self.policy.refusal(result["host"])
            if reason is not None:
                raise AddressRefused(f"{host} resolves to {reason}")
        return results

    async def close(self) -> None:
        if self.base is not None:
            await self.base.close()


class Fetcher:
    """An HTTP client for pages and feeds: `async with Fetcher() as f: await f.get(url, "page")`."""

    def __init__(self, policy: AddressPolicy | None = None, limits: FetchLimits | None = None,
                 resolver: AbstractResolver | None = None) -> None:
        self.policy = policy if policy is not None else AddressPolicy.from_env()
        self.limits = limits or FetchLimits()
        self._base_resolver = resolver
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        connector = aiohttp.TCPConnector(resolver=CheckedResolver(self.policy, self._base_resolver),
                                         use_dns_cache=False, limit=16, limit_per_host=4)
        timeout = aiohttp.ClientTimeout(total=self.limits.total_seconds, connect=self.limits.connect_seconds,
                                        sock_read=self.limits.read_seconds)
        self._session = aiohttp.ClientSession(connector=connector, timeout=timeout, trust_env=False,
                                              headers={"User-Agent": USER_AGENT})
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def get(self, url: str, kind: Kind, *, etag: str | None = None,
                  last_modified: str | None = None) -> Fetched:
        """Fetch `url` (following at most `max_redirects` redirects); FetchError says why not."""
        if self._session is None:
            raise RuntimeError("use the Fetcher inside `async with`")
        headers = {"Accept": ACCEPT[kind]}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = parse_address(url)
        try:
            for _ in range(self.limits.max_redirects + 1):
                self.check_address(current)
                async with self._session.get(current, headers=headers, allow_redirects=False) as response:
                    if response.status in REDIRECTS:
                        current = _redirect_target(current, response)
                        continue
                    return await self._answer(current, response, kind)
        except AddressRefused as error:
            raise FetchError(f"refused: {error}") from None
        except TimeoutError:
            raise FetchError(f"timed out (the limit is {self.limits.total_seconds:g} s)", transient=True) from None
        except aiohttp.ClientConnectorError as error:
            if isinstance(error.__cause__, AddressRefused):
                raise FetchError(f"refused: {error.__cause__}") from None
            raise FetchError(f"could not connect to {current.host}: {error.os_error.strerror or error}",
                             transient=True) from None
        except aiohttp.ClientError as error:
            raise FetchError(f"the connection failed: {error or type(error).__name__}", transient=True) from None
        raise FetchError(f"too many redirects (more than {self.limits.max_redirects})")

    def check_address(self, url: yarl.URL) -> None:
        """Refuse a scheme other than http(s), and an IP-literal host the policy does not allow."""
        if url.scheme not in ("http", "https"):
            raise FetchError(f"refused: only http and https addresses can be fetched, not {url.scheme or 'this'}:")
        host = url.raw_host or ""
        if not host:
            raise FetchError("refused: the address has no host")
        if _is_ip_literal(host):
            reason = self.policy.refusal(host)
            if reason is not None:
                raise FetchError(f"refused: {host} is {reason.split(' (')[0]}")

    async def _answer(self, url: yarl.URL, response: aiohttp.ClientResponse, kind: Kind) -> Fetched:
        etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
        content_type = response.content_type.lower()
        if response.status == 304:
            return Fetched(str(url), 304, content_type, response.charset, b"", etag, modified)
        if response.status >= 400 or response.status != 200:
            transient = response.status >= 500 or response.status == 429
            raise FetchError(f"the server answered {response.status} {response.reason or ''}".rstrip(),
                             transient=transient, status=response.status)
        _check_type(content_type, kind)
        body = await self._read_capped(response)
        return Fetched(str(url), 200, content_type, response.charset, body, etag, modified)

    async def _read_capped(self, response: aiohttp.ClientResponse) -> bytes:
        limit = self.limits.max_bytes
        if response.content_length is not None and response.content_length > limit:
            raise FetchError(f"too large ({response.content_length:,} bytes; the limit is {limit:,})")
        parts: list[bytes] = []
        size = 0
        async for chunk in response.content.iter_chunked(CHUNK):
            size += len(chunk)
            if size > limit:
                raise FetchError(f"too large (more than the limit of {limit:,} bytes)")
            parts.append(chunk)
        return b"".join(parts)


def parse_address(url: str) -> yarl.URL:
    """`url` as a URL; FetchError for text that is not an absolute http(s) address."""
    try:
        parsed = yarl.URL(url.strip())
    except (ValueError, TypeError):
        raise FetchError("not a web address") from None
    if not parsed.is_absolute():
        raise FetchError("not a web address (it needs http:// or https://)")
    return parsed


def _redirect_target(url: yarl.URL, response: aiohttp.ClientResponse) -> yarl.URL:
    location = response.headers.get("Location")
    if not location:
        raise FetchError(f"the server answered {response.status} without saying where to go")
    try:
        return url.join(yarl.URL(location))
    except ValueError:
        raise FetchError("the server redirected to an address that is not valid") from None


def _check_type(content_type: str, kind: Kind) -> None:
    if kind == "page" and content_type not in PAGE_TYPES:
        raise FetchError(f"not a web page (the server says it is {content_type or 'of no type'})")
    if kind == "feed" and content_type.startswith(NOT_FEED_PREFIXES):
        raise FetchError(f"not a feed (the server says it is {content_type})")


def _is_ip_literal(host: str) -> bool:
    try:
        socket.inet_pton(socket.AF_INET6 if ":" in host else socket.AF_INET, host.strip("[]"))
    except OSError:
        return False
    return True


async def fetch_all(fetcher: Fetcher, urls: list[str], kind: Kind, concurrency: int = 4
                    ) -> list[Fetched | FetchError]:
    """Fetch each address (at most `concurrency` at once); each one's answer or error, in order."""
    gate = asyncio.Semaphore(concurrency)

    async def one(url: str) -> Fetched | FetchError:
        async with gate:
            try:
                return await fetcher.get(url, kind)
            except FetchError as error:
                return error

    return list(await asyncio.gather(*(one(url) for url in urls)))
