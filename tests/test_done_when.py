"""The issue's checks over every official file in ../shared/data and two articles written for these tests
(tests/articles_elections: the Runcorn and Helsby by-election, the new 2024 seat of Bristol Central)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from handlers.answers.engine import Engine
from knowledge.store.database import load
from knowledge.store.ingest import ingest

ARTICLES = Path(__file__).resolve().parent / "articles_elections"


@pytest.fixture(scope="module")
def engine(every_election_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Engine:
    db = tmp_path_factory.mktemp("done-when") / "knowledge.sqlite3"
    shutil.copy(every_election_db, db)
    ingest([ARTICLES], db, sync=False)
    return Engine(load(db))


@pytest.mark.parametrize(("question", "wanted"), [
    ("who won Clacton", ["Nigel Farage"]),
    ("who won Islington North in 2024", ["Jeremy Corbyn (Independent)"]),
    ("majority in Hendon 2024", ["by 15 votes"]),
    ("how many seats did Labour win in 2024", ["411"]),
    ("who won the 2019 election", ["Conservatives won", "365"]),
    ("what was turnout in 2024", ["59.7%"]),
    ("who won Sheffield Hallam in 2010", ["Clegg"]),
    ("who won the Runcorn and Helsby by-election", ["Sarah Pochin", "by-election of 1 May 2025"]),
    ("who won Runcorn and Helsby in 2024", ["Mike Amesbury"]),
    ("who won Bristol Central", ["Carla Denyer"]),
])
def test_done_when(engine: Engine, question: str, wanted: list[str]) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.text
    for part in wanted:
        assert part in answer.text, (part, answer.text)


def test_who_won_means_the_latest_contest_and_says_which(engine: Engine) -> None:
    answer = engine.ask("who won Runcorn and Helsby")
    assert "Sarah Pochin" in answer.lead and "by-election of 1 May 2025" in answer.lead
    assert any(line.startswith("At the 2024 general election: Mike Amesbury") for line in answer.details)


def test_the_by_election_is_never_a_general_election_figure(engine: Engine) -> None:
    assert "411 of 650" in engine.ask("how many seats did Labour win in 2024").lead
    assert "5 of 650" in engine.ask("how many seats did Reform UK win in 2024").lead
    compared = engine.ask("compare Runcorn and Helsby")
    assert "no vote shares to compare" in compared.text     # the article names two of the candidates only


def test_election_autocomplete_lists_both_kinds(engine: Engine) -> None:
    assert engine.complete_elections("Runcorn and Helsby") == ["by-election 2025-05-01", "2024 general election"]
    assert "Sarah Pochin" in engine.winner("Runcorn and Helsby", "by-election 2025-05-01").lead
    assert "Mike Amesbury" in engine.winner("Runcorn and Helsby", "2024 general election").lead
