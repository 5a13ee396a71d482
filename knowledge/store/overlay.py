"""One server's view of the knowledge: the global knowledge base overlaid with that server's own facts.

A server's articles, pages and feed items are kept in a small database of its own (written with
`knowledge.store.database.write` like any other). Its view is the global `Knowledge` with only the
contests the server's facts touch concluded again, from the global facts of those contests plus the
server's, through `merge()`: a server's source that disagrees with a global one is a conflict in
that server's answers, settled by the usual rules (official figures first). Every other seat is the
global seat object itself, shared, not copied.
"""
from __future__ import annotations

import os
from pathlib import Path

from knowledge.records import Fact, Quote, Seat
from knowledge.store.database import (
    ArticleRow,
    Knowledge,
    _facts_of,
    _quotes_of,
    dependent_contests,
    load,
    open_readonly,
    read_facts,
    read_quotes,
)
from knowledge.store.derived import comparable_previous
from knowledge.store.merge import SeatKey, merge, seat_key


def _contest(seat: Seat) -> SeatKey:
    return seat_key(seat.constituency, seat.election_year, seat.by_election_day)


def _load_order(seat: Seat) -> tuple[int, str, str]:
    """The order `database.load` gives seats in (year, by-election day, seat key)."""
    return seat.election_year or 0, seat.by_election_day or "", seat_key(seat.constituency, seat.election_year)[0]


def guild_sources(guild_db: str | os.PathLike) -> tuple[list[Fact], list[Quote], list[ArticleRow]]:
    """Every fact, quote and article a server's own database holds (empty when it has none)."""
    if not Path(guild_db).exists():
        return [], [], []
    db = open_readonly(guild_db)
    try:
        articles = [ArticleRow(*row) for row in db.execute(
            f"SELECT {', '.join(ArticleRow.__slots__)} FROM articles ORDER BY file")]
        return list(read_facts(db)), list(read_quotes(db)), articles
    finally:
        db.close()


def overlay(global_db: str | os.PathLike, guild_db: str | os.PathLike,
            base: Knowledge | None = None) -> Knowledge | None:
    """The knowledge a server answers from, or None when its database holds no fact or quote of its own
    (the server then answers from the global knowledge as it is).

    `base` is the global knowledge already loaded from `global_db` (loaded here when not given).
    """
    facts, quotes, articles = guild_sources(guild_db)
    if not facts and not quotes:
        return None
    global_knowledge = base if base is not None else load(global_db)
    touched = {seat_key(f.constituency, f.election_year, f.by_election_day) for f in facts}
    touched |= {seat_key(q.constituency, q.election_year, q.by_election_day) for q in quotes}
    touched |= dependent_contests(touched)
    wanted = {(key, year) for key, year, _ in touched}
    wanted |= {(key, previous) for key, year in list(wanted) if (previous := comparable_previous(year)) is not None}
    db = open_readonly(global_db)
    try:
        global_facts = list(_facts_of(db, wanted))
        global_quotes = list(_quotes_of(db, wanted))
    finally:
        db.close()
    all_quotes = [q for q in global_quotes + quotes if seat_key(q.constituency, q.election_year, q.by_election_day)
                  in touched]
    concluded = [seat for seat in merge(global_facts + facts, all_quotes) if _contest(seat) in touched]
    seats = [seat for seat in global_knowledge.seats if _contest(seat) not in touched] + concluded
    seats.sort(key=_load_order)
    return Knowledge(seats=seats, articles=sorted(global_knowledge.articles + articles, key=lambda a: a.file),
                     imports=global_knowledge.imports, built_at=global_knowledge.built_at)
