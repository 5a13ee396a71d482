"""The app side of links and feeds: subscriptions per server, contests posted once, what a change declares."""
from __future__ import annotations

from pathlib import Path

import pytest
from web_site import ASHFIELD, BROXTOWE

from handlers.app.links import MAX_FEEDS_PER_SERVER, ResultsLedger, Subscriptions, newly_declared
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


def test_a_contest_is_declared_once_and_posted_once(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite3"
    store_pages(db, [read_page("http://news.test/ashfield", ASHFIELD)])
    first = load(db)
    store_pages(db, [read_page("http://news.test/broxtowe", BROXTOWE),
                     read_page("http://news.test/ashfield-again", ASHFIELD)])
    second = load(db)
    assert [s.constituency for s in newly_declared(None, first)] == ["Ashfield"]
    assert [s.constituency for s in newly_declared(first, second)] == ["Broxtowe"], "Ashfield gained a source only"

    state = BotState(tmp_path / "state.sqlite3")
    ledger = ResultsLedger(state)
    state.set_results_channel(7, 70)
    state.set_results_channel(8, 80)
    assert ledger.results_channels(None) == {7: 70, 8: 80} and ledger.results_channels(frozenset({8})) == {8: 80}
    (ashfield,) = newly_declared(None, first)
    assert ledger.claim(7, ashfield, 70) and not ledger.claim(7, ashfield, 70)
    assert ledger.claim(8, ashfield, 80)
    assert not ResultsLedger(BotState(tmp_path / "state.sqlite3")).claim(7, ashfield, 70), "after a restart too"
