"""knowledge.store.overlay: a server's view is the global knowledge with only its contests concluded again."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.store.database import load
from knowledge.store.ingest import ingest
from knowledge.store.merge import seat_key
from knowledge.store.overlay import overlay

SAMPLES = Path(__file__).parents[1] / "knowledge" / "articles"
PREFIX = "added in this server: "
FORGED = "date 2017-06-11 Victoria Borwick held Kensington for the Conservatives by 5,000 votes.\n"
NEW_SEAT = ("date 2017-06-09 Gedling declared just after 3am. Vernon Coaker held the seat for Labour with 23,000 "
            "votes, a majority of 4,694 over Carolyn Abbott.\n")


@pytest.fixture(scope="module")
def global_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("global") / "kb.sqlite3"
    ingest([SAMPLES], path, sync=True)
    return path


def guild_db(tmp_path: Path, **articles: str) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text)
    db = tmp_path / "guild.sqlite3"
    ingest([folder], db, sync=True, prefix=PREFIX)
    return folder, db


def by_contest(seats: list) -> dict:
    return {seat_key(s.constituency, s.election_year, s.by_election_day): s for s in seats}


def test_a_server_with_no_facts_of_its_own_has_no_overlay(global_db: Path, tmp_path: Path) -> None:
    assert overlay(global_db, tmp_path / "missing.sqlite3") is None
    _, db = guild_db(tmp_path, notes="date 2017-06-09 Nothing was declared in this article.\n")
    assert overlay(global_db, db) is None


def test_only_the_touched_contests_are_concluded_again(global_db: Path, tmp_path: Path) -> None:
    base = load(global_db)
    _, db = guild_db(tmp_path, kensington=FORGED, gedling=NEW_SEAT)
    view = overlay(global_db, db, base)
    assert view is not None
    old, new = by_contest(base.seats), by_contest(view.seats)
    kensington, ashfield = seat_key("Kensington", 2017), seat_key("Ashfield", 2017)
    assert new[ashfield] is old[ashfield], "a contest the server does not touch is the global seat itself"
    assert new[kensington] is not old[kensington]
    assert seat_key("Gedling", 2017) in new and seat_key("Gedling", 2017) not in old
    [conflict] = [c for c in new[kensington].conflicts if c.field == "winner"]
    assert {conflict.kept_source.file, conflict.other_source.file} == {
        "000_fef51d309493ca4a.txt", f"{PREFIX}kensington.txt"}, "the disagreement is a conflict, not hidden"
    assert not old[kensington].conflicts, "the global knowledge is left as it was"
    assert len(view.articles) == len(base.articles) + 2


def test_the_overlay_is_what_one_database_holding_both_would_conclude(global_db: Path, tmp_path: Path) -> None:
    folder, db = guild_db(tmp_path, kensington=FORGED, gedling=NEW_SEAT)
    combined = tmp_path / "combined.sqlite3"
    ingest([SAMPLES], combined, sync=True)
    ingest([folder], combined, prefix=PREFIX)
    view = overlay(global_db, db)
    assert view is not None
    assert view.seats == load(combined).seats


def test_official_figures_still_win_in_a_servers_view_and_the_claim_is_a_conflict(every_election_db: Path,
                                                                                  tmp_path: Path) -> None:
    folder, db = guild_db(tmp_path, kensington=FORGED)
    base = load(every_election_db)
    view = overlay(every_election_db, db, base)
    assert view is not None
    seat = by_contest(view.seats)[seat_key("Kensington", 2017)]
    assert seat.get("winner") == "Emma Dent Coad" and seat.get("margin") == 20
    assert any(c.field == "winner" and c.other_source.file == f"{PREFIX}kensington.txt" for c in seat.conflicts)
    unchanged = by_contest(base.seats)
    assert sum(new is unchanged.get(key) for key, new in by_contest(view.seats).items()) >= len(base.seats) - 3
    combined = tmp_path / "combined.sqlite3"
    shutil.copy(every_election_db, combined)
    ingest([folder], combined, prefix=PREFIX)
    assert by_contest(load(combined).seats)[seat_key("Kensington", 2017)] == seat
