"""A server's own folder: uploads never replace a file, versions, duplicates, the cap, and names."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from handlers.app.guild_files import (
    CITED_AS,
    find_guild_article,
    guild_folder,
    place_new_file,
    save_guild_article,
)
from handlers.app.promote import promote_article
from handlers.app.settings import Settings

TEXT = b"date 2017-06-09 Some article text.\n"


def test_the_same_name_with_other_bytes_is_the_next_version(tmp_path: Path) -> None:
    folder = guild_folder(tmp_path, 5)
    first = save_guild_article(folder, "a.txt", TEXT, 1000, 10)
    second = save_guild_article(folder, "a.txt", TEXT + b"more\n", 1000, 10)
    third = save_guild_article(folder, "../a.txt", TEXT + b"again\n", 1000, 10)
    assert [first.name, second.name, third.name] == ["a.txt", "a.v2.txt", "a.v3.txt"]
    assert (folder.articles / "a.txt").read_bytes() == TEXT, "the first upload is kept as it was"
    assert not [p for p in folder.articles.iterdir() if p.name.startswith(".")], "no temporary file left"


def test_the_same_bytes_under_any_name_are_already_added(tmp_path: Path) -> None:
    folder = guild_folder(tmp_path, 5)
    save_guild_article(folder, "a.txt", TEXT, 1000, 10)
    again = save_guild_article(folder, "b.txt", TEXT, 1000, 10)
    assert again.duplicate and again.name == "a.txt"
    assert [p.name for p in folder.articles.iterdir()] == ["a.txt"]


def test_a_server_holds_at_most_its_cap(tmp_path: Path) -> None:
    folder = guild_folder(tmp_path, 5)
    for number in range(3):
        save_guild_article(folder, f"{number}.txt", TEXT + bytes([65 + number]), 1000, 3)
    with pytest.raises(ValueError, match="already has 3 articles"):
        save_guild_article(folder, "4.txt", TEXT + b"Z", 1000, 3)


def test_names_are_per_server(tmp_path: Path) -> None:
    one = save_guild_article(guild_folder(tmp_path, 1), "a.txt", TEXT, 1000, 10)
    two = save_guild_article(guild_folder(tmp_path, 2), "a.txt", TEXT + b"x", 1000, 10)
    assert one.name == two.name == "a.txt" and one.path.parent != two.path.parent
    assert one.path.read_bytes() == TEXT


def test_a_file_that_appears_meanwhile_is_never_replaced(tmp_path: Path) -> None:
    # Many writers at once (as two shards would): every one gets a file of its own.
    results = []

    def upload(number: int) -> None:
        results.append(place_new_file(tmp_path, "a.txt", TEXT + str(number).encode()))

    threads = [threading.Thread(target=upload, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({r.name for r in results}) == 8
    assert sorted(p.read_bytes() for p in tmp_path.glob("*.txt")) == sorted(TEXT + str(n).encode() for n in range(8))


@pytest.mark.parametrize("name", ["../1/articles/a.txt", "/etc/passwd", ".hidden.txt", "", "sub/a.txt"])
def test_only_a_plain_name_of_the_servers_own_folder_is_found(tmp_path: Path, name: str) -> None:
    save_guild_article(guild_folder(tmp_path, 1), "a.txt", TEXT, 1000, 10)
    with pytest.raises(ValueError):
        find_guild_article(guild_folder(tmp_path, 2), name)


def test_a_cited_name_finds_the_article(tmp_path: Path) -> None:
    folder = guild_folder(tmp_path, 1)
    saved = save_guild_article(folder, "a.txt", TEXT, 1000, 10)
    assert find_guild_article(folder, f"{CITED_AS}a.txt") == saved.path


def test_promote_copies_into_the_operators_folder_without_replacing(tmp_path: Path) -> None:
    settings = Settings(knowledge_dir=tmp_path / "articles", guilds_dir=tmp_path / "guilds")
    (settings.knowledge_dir / "promoted").mkdir(parents=True)
    (settings.knowledge_dir / "promoted" / "9-a.txt").write_bytes(b"the operator's own file\n")
    save_guild_article(guild_folder(settings.guilds_dir, 9), "a.txt", TEXT, 1000, 10)
    promoted = promote_article(settings, 9, "a.txt")
    assert promoted.name == "9-a.v2.txt" and promoted.path.read_bytes() == TEXT
    assert (settings.knowledge_dir / "promoted" / "9-a.txt").read_bytes() == b"the operator's own file\n"
    assert promote_article(settings, 9, "a.txt").duplicate
    with pytest.raises(ValueError, match="no article"):
        promote_article(settings, 8, "a.txt")
