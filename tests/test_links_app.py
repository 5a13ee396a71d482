"""The app side of links and feeds: subscriptions per server, the message of each contest posted, what a
change declares or changes."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from web_site import ASHFIELD, BROXTOWE, page_html

from handlers.app.links import (
    MAX_FEEDS_PER_SERVER,
    PostedResult,
    ResultsLedger,
    Subscriptions,
    changed_contests,
    contest_facts,
    contest_key,
)
from handlers.app.state import BotState
from knowledge.sources.pages import read_page, store_pages
from knowledge.store.database import load


def test_subscriptions_belong_to_their_server(tmp_path: Path) -> None:
    subs = Subscriptions(BotState(tmp_path / "state.sqlite3"))
    assert subs.add(1, "http://news.test/feed") and not subs.add(1, "http://news.test/feed")
    assert subs.add(2, "http://news.test/feed") and subs.add(2, "http://other.test/rss")
    assert subs.of_guild(1) == ["http://news.test/feed"]
    assert subs.followers() == {"http://news.test/feed": frozenset({1, 2}), "http://other.test/rss": frozenset({2})}
    assert subs.remove(2, "http://other.test/rss") and not subs.remove(2, "http://other.test/rss")
    for n in range(MAX_FEEDS_PER_SERVER - 1):
        subs.add(3, f"http://news.test/{n}")
    subs.add(3, "http://news.test/last")
    with pytest.raises(ValueError, match="the most it can"):
        subs.add(3, "http://news.test/one-too-many")


def test_a_contest_is_declared_once_and_changed_only_by_new_facts(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    store_pages(db, [read_page("http://news.test/ashfield", ASHFIELD)])
    first = load(db)
    store_pages(db, [read_page("http://news.test/broxtowe", BROXTOWE),
                     read_page("http://news.test/ashfield-again", ASHFIELD)])
    second = load(db)
    assert [s.constituency for s in changed_contests(None, first)] == ["Ashfield"]
    assert [s.constituency for s in changed_contests(first, second)] == ["Broxtowe"], "Ashfield gained a source only"
    store_pages(db, [read_page("http://news.test/broxtowe-recount", page_html("Broxtowe recounted", [
        "Broxtowe went to two recounts before Juliet Campbell was declared the winner.",
    ], published="2024-07-05T06:00:00+01:00"))])
    third = load(db)
    assert [s.constituency for s in changed_contests(second, third)] == ["Broxtowe"], "its recounts are new"
    assert changed_contests(third, load(db)) == []


def test_the_ledger_remembers_each_servers_message(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    store_pages(db, [read_page("http://news.test/ashfield", ASHFIELD)])
    (ashfield,) = load(db).seats
    state = BotState(tmp_path / "state.sqlite3")
    ledger = ResultsLedger(state)
    state.set_results_channel(7, 70)
    state.set_results_channel(8, 80)
    assert ledger.results_channels(None) == {7: 70, 8: 80} and ledger.results_channels(frozenset({8})) == {8: 80}
    key = contest_key(ashfield)
    assert ledger.posted(7, key) is None and ledger.unchanged(7, [ashfield]) == set()
    ledger.record(7, key, 70, 1234, contest_facts(ashfield))
    again = ResultsLedger(BotState(tmp_path / "state.sqlite3"))  # after a restart
    assert again.posted(7, key) == PostedResult(70, 1234, contest_facts(ashfield))
    assert again.unchanged(7, [ashfield]) == {key} and again.unchanged(8, [ashfield]) == set(), "per server"
    ledger.record(7, key, 70, 1234, "other facts")
    assert ledger.unchanged(7, [ashfield]) == set()


def test_contests_claimed_before_edits_existed_are_never_posted_again(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    with sqlite3.connect(path) as conn:  # the table the bot kept before it edited messages
        conn.execute("CREATE TABLE results_posted (guild_id INTEGER NOT NULL, seat_key TEXT NOT NULL,"
                     " election_year INTEGER NOT NULL DEFAULT 0, channel_id INTEGER, message_id INTEGER,"
                     " posted_at REAL NOT NULL, PRIMARY KEY (guild_id, seat_key, election_year))")
        conn.execute("INSERT INTO results_posted VALUES (7, 'ashfield', 2024, 70, NULL, 0)")
    db = tmp_path / "kb.sqlite3"
    store_pages(db, [read_page("http://news.test/ashfield", ASHFIELD)])
    (ashfield,) = load(db).seats
    ledger = ResultsLedger(BotState(path))
    assert ledger.posted(7, contest_key(ashfield)) == PostedResult(70, None, None)
    assert ledger.unchanged(7, [ashfield]) == {contest_key(ashfield)}
