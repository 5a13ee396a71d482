"""Web pages as articles: main text from realistic layouts, the address as the source, the page's date,
refusals with reasons, a bad page never stopping the others, and HTML files in a folder."""
from __future__ import annotations

from pathlib import Path

import pytest
from web_site import (
    ASHFIELD,
    FAST,
    LOOPBACK_ONLY,
    SCRIPTS_ONLY,
    UNDATED,
    NewsSite,
    SiteThread,
    standard_site,
)

import bot
from handlers.answers.engine import Engine
from knowledge.sources.fetch import Fetcher
from knowledge.sources.html import NO_TEXT, extract_page
from knowledge.sources.pages import ingest_urls, read_page
from knowledge.store.database import load
from knowledge.store.ingest import ingest


def test_main_text_title_and_date_from_a_realistic_page() -> None:
    page = extract_page(ASHFIELD, "http://news.test/ashfield")
    assert page.title == "Anderson holds Ashfield after long night at the count"
    assert page.date == "2024-07-05"
    assert "beating the independent Jason Zadrozny by 5,400 votes" in page.text
    for boilerplate in ("cookies", "Manage preferences", "Five things we learned", "Weather", "All rights reserved",
                        "political reporter", "dataLayer"):
        assert boilerplate not in page.text
    assert page.article_text().startswith("date 2024-07-05 ")


def test_a_page_without_text_is_refused_with_the_reason() -> None:
    with pytest.raises(ValueError, match="no article text"):
        extract_page(SCRIPTS_ONLY)
    with pytest.raises(ValueError, match="empty"):
        extract_page(b"   ")


def test_an_undated_page_says_so() -> None:
    read = read_page("http://news.test/mansfield", UNDATED)
    assert read.page.date is None and read.row.date is None
    assert any("the page gives no publication date" in note for note in read.report.notes)
    assert read.report.election_year == 2024 and read.report.has_result


async def test_pages_by_address_are_cited_by_address(site: NewsSite, tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    urls = [site.url("/news/ashfield"), site.url("/news/app"), site.url("/data.json"), site.url("/slow"),
            site.url("/to-private"), site.url("/news/broxtowe"), site.url("/gone")]
    async with Fetcher(LOOPBACK_ONLY, FAST) as fetcher:
        report = await ingest_urls(urls, db, fetcher)
    assert [read.url for read in report.pages] == [urls[0], urls[5]]
    reasons = {u.path: u.reason for u in report.ingest.unreadable}
    assert reasons[urls[1]] == NO_TEXT
    assert reasons[urls[2]].startswith("not a web page")
    assert reasons[urls[3]].startswith("timed out")
    assert "a private address" in reasons[urls[4]]
    assert reasons[urls[6]] == "the server answered 404 Not Found"
    summary = report.summary()
    assert f"{urls[0]}: “Anderson holds Ashfield after long night at the count”, dated 2024-07-05" in summary
    answer = Engine(load(db)).sources("Ashfield", 2024)
    assert answer.answered and {p.file for p in answer.sources} == {urls[0]}
    assert urls[0] in answer.text


async def test_a_failed_batch_leaves_the_knowledge_as_it_was(site: NewsSite, tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    async with Fetcher(LOOPBACK_ONLY, FAST) as fetcher:
        await ingest_urls([site.url("/news/ashfield")], db, fetcher)
        before = db.read_bytes()
        report = await ingest_urls([site.url("/huge"), site.url("/news/app")], db, fetcher)
    assert len(report.ingest.unreadable) == 2 and db.read_bytes() == before
    assert "seats in the knowledge base: 1" in report.summary()


def test_a_reload_keeps_pages_added_by_address(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "gedling.html").write_text(standard_site().pages["/news/gedling"], encoding="utf-8")
    db = tmp_path / "kb.sqlite3"
    read = read_page("http://news.test/ashfield", ASHFIELD)
    from knowledge.sources.pages import store_pages

    store_pages(db, [read])
    report = ingest([folder], db, sync=True)
    assert report.removed == [] and [a.file for a in report.articles] == ["gedling.html"]
    files = {a.file for a in load(db).articles}
    assert files == {"gedling.html", "http://news.test/ashfield"}


def test_html_files_in_a_folder_are_extracted_not_read_as_prose(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "gedling.html").write_text(standard_site().pages["/news/gedling"], encoding="utf-8")
    (folder / "app.htm").write_text(SCRIPTS_ONLY, encoding="utf-8")
    report = ingest([folder], tmp_path / "kb.sqlite3")
    (article,) = report.articles
    assert article.date == "2024-07-05" and article.has_result
    assert all("<" not in fact.provenance.sentence for fact in article.facts)
    assert [(Path(u.path).name, u.reason) for u in report.unreadable] == [("app.htm", NO_TEXT)]


def test_the_command_line_takes_addresses_and_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ELECTION_BOT_ALLOW_PRIVATE_URLS", "127.0.0.0/8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "gedling.html").write_text(standard_site().pages["/news/gedling"], encoding="utf-8")
    db = tmp_path / "kb.sqlite3"
    with SiteThread(standard_site()) as served:
        status = bot.main(["ingest", str(folder), served.url("/news/ashfield"), served.url("/to-private"),
                           "--db", str(db)])
    out = capsys.readouterr().out
    assert status == 0
    assert f"{served.url('/news/ashfield')}: “Anderson holds Ashfield" in out
    assert f"{served.url('/to-private')}: refused: 10.0.0.1 is a private address" in out
    assert {a.file for a in load(db).articles} == {"gedling.html", served.url("/news/ashfield")}
