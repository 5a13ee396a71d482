"""The results outbox (real SQLite) and its send schedule, driven by an explicit clock (no sleeping)."""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

from web_site import ASHFIELD, BROXTOWE, GEDLING

from handlers.app.declarations import (
    Claim,
    ClaimedElsewhere,
    Outbox,
    OutboxItem,
    SendSchedule,
    Throttle,
    queue_declarations,
)
from handlers.app.links import ResultsLedger, contest_facts, contest_key
from handlers.app.state import BotState, RateLimit
from handlers.discord_ui.poster import ResultsPoster
from knowledge.sources.pages import read_page, store_pages
from knowledge.store.database import Knowledge, load


def knowledge_of(tmp_path: Path, *pages: tuple[str, str]) -> Knowledge:
    db = tmp_path / "kb.sqlite3"
    store_pages(db, [read_page(url, html) for url, html in pages])
    return load(db)


def test_the_outbox_keeps_what_is_queued_across_restarts(tmp_path: Path) -> None:
    empty = Knowledge(seats=[])
    after = knowledge_of(tmp_path, ("http://news.test/a", ASHFIELD), ("http://news.test/b", BROXTOWE))
    state = BotState(tmp_path / "state.sqlite3")
    state.set_results_channel(7, 70)
    state.set_results_channel(8, 80)
    ledger, outbox = ResultsLedger(state), Outbox(state)
    items = queue_declarations(ledger, outbox, empty, after, None)
    assert sorted((i.guild_id, i.channel_id, i.constituency, i.election) for i in items) == [
        (7, 70, "Ashfield", "2024 general election"), (7, 70, "Broxtowe", "2024 general election"),
        (8, 80, "Ashfield", "2024 general election"), (8, 80, "Broxtowe", "2024 general election")]
    assert queue_declarations(ledger, outbox, empty, after, None) == [], "queued once until sent"

    items[0].attempts = 2
    outbox.failed(items[0])
    outbox.remove(items[1:3])
    restarted = Outbox(BotState(tmp_path / "state.sqlite3"))
    assert [(i.id, i.attempts) for i in restarted.pending()] == [(items[0].id, 2), (items[3].id, 0)]


def test_only_the_servers_told_and_only_what_their_channel_does_not_show(tmp_path: Path) -> None:
    before = knowledge_of(tmp_path / "before", ("http://news.test/a", ASHFIELD))
    after = knowledge_of(tmp_path, ("http://news.test/a", ASHFIELD), ("http://news.test/g", GEDLING))
    state = BotState(tmp_path / "state.sqlite3")
    for guild in (7, 8, 9):
        state.set_results_channel(guild, guild * 10)
    ledger, outbox = ResultsLedger(state), Outbox(state)
    gedling = next(s for s in after.seats if s.constituency == "Gedling")
    ledger.record(8, contest_key(gedling), 80, 555, contest_facts(gedling))  # already shown in server 8
    items = queue_declarations(ledger, outbox, before, after, frozenset({7, 8}))
    assert [(i.guild_id, i.constituency) for i in items] == [(7, "Gedling")], "9 was not told; 8 shows it"


def test_a_contest_that_changes_while_it_is_sent_stays_queued(tmp_path: Path) -> None:
    before = knowledge_of(tmp_path / "before", ("http://news.test/a", ASHFIELD))
    after = knowledge_of(tmp_path, ("http://news.test/a", ASHFIELD), ("http://news.test/g", GEDLING))
    state = BotState(tmp_path / "state.sqlite3")
    state.set_results_channel(7, 70)
    ledger, outbox = ResultsLedger(state), Outbox(state)
    (gedling,) = queue_declarations(ledger, outbox, before, after, None)
    revision = outbox.revision(gedling)
    assert queue_declarations(ledger, outbox, before, after, None) == [], "queued once: marked changed"
    assert not outbox.sent(gedling, revision), "what was sent is out of date: kept"
    assert outbox.sent(gedling, outbox.revision(gedling)) and outbox.pending() == []
    assert outbox.revision(gedling) is None


def item(number: int, channel: int) -> OutboxItem:
    return OutboxItem(number, channel // 10, channel, f"seat-{number}", f"Seat {number}", "2024 general election")


Log = list[tuple[float, OutboxItem]]


def drain(schedule: SendSchedule, now: float = 0.0, *, fail: dict[int, int] | None = None,
          closed: frozenset[int] = frozenset()) -> tuple[Log, float]:
    """Run the schedule to the end on a virtual clock from `now`; each request takes 0.01 s. `fail`:
    item id -> how many times it fails transiently (retried 1 s later); `closed`: channels that refuse
    everything. The requests made (when each ended, what for) and the clock at the end."""
    log: Log = []
    failures = dict(fail or {})
    while (step := schedule.next(now)) is not None:
        if isinstance(step, float):
            assert step > 0
            now += step
            continue
        now += 0.01
        log.append((now, step))
        if failures.get(step.id, 0) > 0:
            failures[step.id] -= 1
            schedule.retry_at(step, now + 1.0, now)
        else:
            schedule.done(step, now, drop_channel=step.channel_id in closed)
    return log, now


def by_channel(log: Log) -> dict[int, list[tuple[float, int]]]:
    found: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for at, sent in log:
        found[sent.channel_id].append((at, sent.id))
    return found


def test_a_burst_is_all_sent_in_order_inside_the_caps() -> None:
    throttle = Throttle(global_gap=0.05, channel_gap=0.2, channel_cap=RateLimit(count=4, seconds=5.0))
    schedule = SendSchedule(throttle)
    queued = [item(n * 3 + k, channel) for n in range(70) for k, channel in enumerate((10, 20, 30))]
    for each in queued[:100]:
        schedule.add(each)
    log, now = drain(schedule)
    for each in queued[100:]:  # more arrive after the first were sent: all sent too
        schedule.add(each)
    more, _ = drain(schedule, now)
    log += more
    assert sorted(i.id for _, i in log) == sorted(i.id for i in queued), "every item once"
    every = [at for at, _ in log]
    assert all(b - a >= 0.05 - 1e-9 for a, b in zip(every, every[1:], strict=False)), "the global gap"
    for channel, sent in by_channel(log).items():
        ids, moments = [i for _, i in sent], [at for at, _ in sent]
        assert len(ids) == 70 and ids == sorted(ids), f"channel {channel}: all, in the order queued"
        assert all(b - a >= 0.2 - 1e-9 for a, b in zip(moments, moments[1:], strict=False)), "the channel gap"
        assert all(fifth - first >= 5.0 - 1e-9 for first, fifth in zip(moments, moments[4:], strict=False)), (
            f"channel {channel}: at most 4 in any 5 s")


def test_a_waiting_channel_never_holds_up_the_others() -> None:
    schedule = SendSchedule(Throttle(global_gap=0.0, channel_gap=0.0, channel_cap=RateLimit(count=100, seconds=1.0)))
    for n, channel in enumerate((10, 10, 10, 20, 20, 30, 30)):
        schedule.add(item(n, channel))
    log, _ = drain(schedule, fail={0: 3}, closed=frozenset({30}))
    sent = by_channel(log)
    assert [i for _, i in sent[10]] == [0, 0, 0, 0, 1, 2], "retried three times, still first in its channel"
    assert [i for _, i in sent[20]] == [3, 4]
    assert [i for _, i in sent[30]] == [5], "a closed channel: one request, its queue dropped"
    first_retry = sent[10][1][0]
    assert all(at < first_retry for at, _ in sent[20]), "channel 20 went while channel 10 waited"
    assert schedule.next(100.0) is None


def test_done_reports_what_it_drops() -> None:
    schedule = SendSchedule(Throttle(global_gap=0.0, channel_gap=0.0))
    for n in range(3):
        schedule.add(item(n, 40))
    taken = schedule.next(0.0)
    assert isinstance(taken, OutboxItem) and taken.id == 0
    assert [i.id for i in schedule.done(taken, 0.0, drop_channel=True)] == [0, 1, 2]
    assert schedule.next(1.0) is None


def test_a_new_channel_takes_what_waits_for_the_old_one_and_stopping_drops_it(tmp_path: Path) -> None:
    after = knowledge_of(tmp_path, ("http://news.test/a", ASHFIELD), ("http://news.test/b", BROXTOWE))
    state = BotState(tmp_path / "state.sqlite3")
    state.set_results_channel(7, 70)
    state.set_results_channel(8, 80)
    ledger, outbox = ResultsLedger(state), Outbox(state)
    queued = queue_declarations(ledger, outbox, Knowledge(seats=[]), after, None)
    first = next(i for i in queued if i.guild_id == 7)
    first.attempts = 3
    outbox.failed(first)

    moved = outbox.retarget(7, 71)
    assert [(i.constituency, i.channel_id, i.attempts) for i in moved] == [("Ashfield", 71, 0), ("Broxtowe", 71, 0)]
    assert [(i.guild_id, i.channel_id, i.attempts) for i in outbox.pending()] == [
        (7, 71, 0), (7, 71, 0), (8, 80, 0), (8, 80, 0)], "moved, not copied; the other server untouched"
    assert outbox.retarget(7, 71) == [], "already there"

    dropped = outbox.drop_guild(7)
    assert [i.id for i in dropped] == [i.id for i in moved]
    assert [(i.guild_id, i.channel_id) for i in outbox.pending()] == [(8, 80), (8, 80)]
    assert outbox.of_guild(7) == [] and len(outbox.of_guild(8)) == 2


def test_taking_a_server_out_of_the_schedule_leaves_the_item_being_sent_and_the_other_servers() -> None:
    schedule = SendSchedule(Throttle(global_gap=0.0, channel_gap=0.0, channel_cap=RateLimit(count=100, seconds=1.0)))
    for n, channel in enumerate((10, 10, 10, 20, 11, 20)):  # channels 10 and 11 are server 1's, 20 server 2's
        schedule.add(item(n, channel))
    taken = schedule.next(0.0)
    assert isinstance(taken, OutboxItem) and taken.id == 0
    moved = schedule.take_guild(1)
    assert [i.id for i in moved] == [1, 2, 4], "in the order queued, not the one being sent"
    schedule.done(taken, 0.0)
    for each in moved:
        each.channel_id = 12
        schedule.add(each)
    log, _ = drain(schedule, 0.0)
    sent = by_channel(log)
    assert [i for _, i in sent[12]] == [1, 2, 4] and [i for _, i in sent[20]] == [3, 5]
    assert 10 not in sent and 11 not in sent, "nothing left behind in the old channels"
    assert schedule.next(10.0) is None


def test_a_server_moved_back_and_forth_still_sends_each_item_once() -> None:
    schedule = SendSchedule(Throttle(global_gap=0.0, channel_gap=0.0, channel_cap=RateLimit(count=100, seconds=1.0)))
    for n in range(3):
        schedule.add(item(n, 10))
    for channel in (11, 10, 11):
        for each in schedule.take_guild(1):
            each.channel_id = channel
            schedule.add(each)
    log, _ = drain(schedule, 0.0, fail={0: 2})
    assert [(i.channel_id, i.id) for _, i in log] == [(11, 0), (11, 0), (11, 0), (11, 1), (11, 2)]


async def test_choosing_the_same_channel_again_keeps_the_back_off_and_another_channel_starts_afresh(
        tmp_path: Path) -> None:
    after = knowledge_of(tmp_path, ("http://news.test/a", ASHFIELD))
    state = BotState(tmp_path / "state.sqlite3")
    state.set_results_channel(7, 70)
    poster = ResultsPoster(None, ResultsLedger(state), Outbox(state))  # type: ignore[arg-type]  # never sends here
    (queued,) = queue_declarations(poster.ledger, poster.outbox, Knowledge(seats=[]), after, None)
    poster.schedule.add(queued)
    taken = poster.schedule.next(0.0)
    assert taken is queued
    queued.attempts = 2
    poster.schedule.retry_at(queued, 500.0, 0.0)  # failed twice: waits until 500

    assert await poster.switch(7, 70) == [], "nothing to move"
    assert (queued.channel_id, queued.attempts, queued.due_at) == (70, 2, 500.0), "the back-off still holds"
    assert poster.schedule.next(1.0) == 499.0

    (moved,) = await poster.switch(7, 71)
    assert (moved.id, moved.channel_id) == (queued.id, 71)
    assert (queued.channel_id, queued.attempts, queued.due_at) == (71, 0, 0.0), "a new channel starts afresh"
    assert poster.schedule.next(1.0) is queued


def test_each_item_is_claimed_by_one_process_until_sent_released_or_expired(tmp_path: Path) -> None:
    after = knowledge_of(tmp_path, ("http://news.test/a", ASHFIELD), ("http://news.test/b", BROXTOWE))
    path = tmp_path / "state.sqlite3"
    BotState(path).set_results_channel(7, 70)
    one = Outbox(BotState(path), holder="one", claim_seconds=60.0)
    two = Outbox(BotState(path), holder="two", claim_seconds=60.0)  # another process on the same file
    ashfield, broxtowe = queue_declarations(ResultsLedger(one.state), one, Knowledge(seats=[]), after, None)
    assert [i.id for i in two.pending()] == [ashfield.id, broxtowe.id], "both processes see both items"

    assert one.claim(ashfield, now=1000.0) == Claim(True, 1060.0)
    assert two.claim(ashfield, now=1001.0) == Claim(False, 1060.0), "the other waits for the claim"
    assert one.claim(ashfield, now=1030.0) == Claim(True, 1090.0), "its holder renews it"
    assert two.claim(ashfield, now=1070.0) == Claim(False, 1090.0)
    assert one.sent(ashfield, one.revision(ashfield))
    assert two.claim(ashfield, now=1071.0) is None, "sent: nothing left for the other to send"

    # A holder that fails keeps the item through its back-off; one that crashes loses it once expired.
    assert two.claim(broxtowe, now=1100.0) == Claim(True, 1160.0)
    broxtowe.attempts, broxtowe.due_at = 1, 1200.0
    two.failed(broxtowe)
    assert one.claim(broxtowe, now=1250.0) == Claim(False, 1260.0, attempts=1)
    assert one.claim(broxtowe, now=1260.0) == Claim(True, 1320.0, attempts=1), "expired: taken over"
    one.release(broxtowe)
    assert two.claim(broxtowe, now=1261.0) == Claim(True, 1321.0, attempts=1), "released: free at once"
    two.release_all()
    assert one.claim(broxtowe, now=1262.0) == Claim(True, 1322.0, attempts=1)

    # A contest that changed while it was sent stays queued and unclaimed, for whoever comes next.
    one.queue(7, 70, [next(s for s in after.seats if s.constituency == "Broxtowe")])
    assert not one.sent(broxtowe, 0)
    assert two.claim(broxtowe, now=1263.0) == Claim(True, 1323.0, attempts=1)


def test_an_outbox_from_before_claims_gets_them_and_keeps_its_items(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE results_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, guild_id INTEGER NOT NULL,"
                     " channel_id INTEGER NOT NULL, contest TEXT NOT NULL, constituency TEXT NOT NULL,"
                     " election TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, queued_at REAL NOT NULL,"
                     " revision INTEGER NOT NULL DEFAULT 0, UNIQUE (guild_id, contest))")
        conn.execute("INSERT INTO results_outbox (guild_id, channel_id, contest, constituency, election, queued_at)"
                     " VALUES (7, 70, 'gedling|2024|', 'Gedling', '2024 general election', 0)")
    outbox = Outbox(BotState(path), holder="one")
    (waiting,) = outbox.pending()
    assert waiting.constituency == "Gedling"
    assert outbox.claim(waiting, now=5.0) == Claim(True, 5.0 + outbox.claim_seconds)


def test_items_sent_elsewhere_come_back_when_their_claims_expire() -> None:
    elsewhere = ClaimedElsewhere()
    assert elsewhere.wait(0.0) is None and elsewhere.due(1e9) == []
    elsewhere.hold(item(2, 10), 300.0)
    elsewhere.hold(item(1, 10), 200.0)
    assert elsewhere.wait(50.0) == 150.0
    assert elsewhere.due(199.0) == []
    assert [i.id for i in elsewhere.due(250.0)] == [1]
    assert [i.id for i in elsewhere.due(300.0)] == [2] and elsewhere.wait(300.0) is None
