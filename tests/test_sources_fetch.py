"""Fetching pages from a local site: safe addresses, redirects, limits, and the reason for each refusal."""
from __future__ import annotations

import socket

import pytest
from aiohttp.abc import AbstractResolver, ResolveResult
from web_site import FAST, LOOPBACK_ONLY, NewsSite

from knowledge.sources.addresses import AddressPolicy, kind_of_address
from knowledge.sources.fetch import Fetcher, FetchError


class MapResolver(AbstractResolver):
    """Resolves names from a table (one answer list per call, so a name can change between calls)."""

    def __init__(self, table: dict[str, list[list[str]]]) -> None:
        self.table = table
        self.calls: list[str] = []

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        self.calls.append(host)
        answers = self.table[host]
        addresses = answers.pop(0) if len(answers) > 1 else answers[0]
        return [ResolveResult(hostname=host, host=a, port=port, family=socket.AF_INET, proto=0,
                              flags=socket.AI_NUMERICHOST) for a in addresses]

    async def close(self) -> None:
        pass


def test_address_kinds() -> None:
    import ipaddress

    assert kind_of_address(ipaddress.ip_address("10.1.2.3")) == "a private address"
    assert kind_of_address(ipaddress.ip_address("127.0.0.1")) == "a loopback address"
    assert kind_of_address(ipaddress.ip_address("169.254.169.254")) == "a link-local address"
    assert kind_of_address(ipaddress.ip_address("::ffff:192.168.0.1")) == "a private address"
    assert kind_of_address(ipaddress.ip_address("240.0.0.1")) == "a reserved address"
    assert kind_of_address(ipaddress.ip_address("93.184.216.34")) is None


def test_policy_from_the_environment() -> None:
    assert AddressPolicy.from_env({}).refusal("127.0.0.1") == "a loopback address (127.0.0.1)"
    assert AddressPolicy.from_env({"ELECTION_BOT_ALLOW_PRIVATE_URLS": "1"}).refusal("10.0.0.1") is None
    only = AddressPolicy.from_env({"ELECTION_BOT_ALLOW_PRIVATE_URLS": "127.0.0.0/8"})
    assert only.refusal("127.0.0.5") is None and only.refusal("10.0.0.1") == "a private address (10.0.0.1)"
    with pytest.raises(ValueError, match="ELECTION_BOT_ALLOW_PRIVATE_URLS"):
        AddressPolicy.parse("not-a-network")


async def test_a_page_is_fetched_with_its_type_and_validators(site: NewsSite) -> None:
    async with Fetcher(LOOPBACK_ONLY, FAST) as fetcher:
        page = await fetcher.get(site.url("/news/ashfield"), "page")
    assert page.status == 200 and page.content_type == "text/html" and b"Anderson" in page.body


async def test_loopback_is_refused_by_default(site: NewsSite) -> None:
    async with Fetcher(AddressPolicy(), FAST) as fetcher:
        with pytest.raises(FetchError, match=r"refused: 127\.0\.0\.1 is a loopback address"):
            await fetcher.get(site.url("/news/ashfield"), "page")
    assert site.hits["/news/ashfield"] == 0


@pytest.mark.parametrize(("path", "reason"), [
    ("/to-private", r"refused: 10\.0\.0\.1 is a private address"),
    ("/to-metadata", r"refused: 169\.254\.169\.254 is a link-local address"),
    ("/to-ftp", "only http and https"),
    ("/loop", "too many redirects"),
])
async def test_bad_redirects_are_refused(site: NewsSite, path: str, reason: str) -> None:
    async with Fetcher(LOOPBACK_ONLY, FAST) as fetcher:
        with pytest.raises(FetchError, match=reason):
            await fetcher.get(site.url(path), "page")


async def test_a_redirect_inside_the_site_is_followed(site: NewsSite) -> None:
    async with Fetcher(LOOPBACK_ONLY, FAST) as fetcher:
        page = await fetcher.get(site.url("/to-ashfield"), "page")
    assert page.url.endswith("/news/ashfield") and site.hits["/news/ashfield"] == 1


async def test_a_name_is_checked_where_it_is_connected(site: NewsSite) -> None:
    """The address a name resolves to is checked by the resolver the connection uses, at every new
    connection: a name that first resolves to the site and then to a private address (DNS rebinding)
    is refused. (A kept-alive connection stays with the address that was checked.)"""
    port = site.base.rsplit(":", 1)[1]
    resolver = MapResolver({"news.test": [["127.0.0.1"], ["10.0.0.7"]]})
    async with Fetcher(LOOPBACK_ONLY, FAST, resolver=resolver) as fetcher:
        first = await fetcher.get(f"http://news.test:{port}/news/ashfield", "page")
        assert b"Anderson" in first.body
    async with Fetcher(LOOPBACK_ONLY, FAST, resolver=resolver) as fetcher:
        with pytest.raises(FetchError, match=r"refused: news\.test resolves to a private address \(10\.0\.0\.7\)"):
            await fetcher.get(f"http://news.test:{port}/news/broxtowe", "page")
    assert resolver.calls == ["news.test", "news.test"] and site.hits["/news/broxtowe"] == 0


async def test_a_name_with_any_private_address_is_refused(site: NewsSite) -> None:
    port = site.base.rsplit(":", 1)[1]
    resolver = MapResolver({"mixed.test": [["127.0.0.1", "192.168.1.20"]]})
    async with Fetcher(LOOPBACK_ONLY, FAST, resolver=resolver) as fetcher:
        with pytest.raises(FetchError, match="a private address"):
            await fetcher.get(f"http://mixed.test:{port}/news/ashfield", "page")
    assert site.hits["/news/ashfield"] == 0


@pytest.mark.parametrize(("path", "reason"), [
    ("/slow", "timed out"),
    ("/huge", r"too large \(4,000,007 bytes; the limit is 1,000,000\)"),
    ("/huge-chunked", "too large"),
    ("/data.json", r"not a web page \(the server says it is application/json\)"),
    ("/nowhere", "the server answered 404 Not Found"),
])
async def test_bad_pages_say_why(site: NewsSite, path: str, reason: str) -> None:
    async with Fetcher(LOOPBACK_ONLY, FAST) as fetcher:
        with pytest.raises(FetchError, match=reason):
            await fetcher.get(site.url(path), "page")


@pytest.mark.parametrize("address", ["file:///etc/passwd", "not an address", "javascript:alert(1)"])
async def test_only_web_addresses(address: str) -> None:
    async with Fetcher(LOOPBACK_ONLY, FAST) as fetcher:
        with pytest.raises(FetchError, match="web address|only http and https"):
            await fetcher.get(address, "page")
