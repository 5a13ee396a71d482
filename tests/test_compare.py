"""Comparing two contests of one seat over the real official files: shares, their change, two-party swing,
and no share comparison across the 2024 boundary changes."""
from __future__ import annotations

from pathlib import Path

import pytest

from handlers.answers.compare import swing
from handlers.answers.engine import Engine
from knowledge.store.database import load


@pytest.fixture(scope="module")
def engine(every_election_db: Path) -> Engine:
    return Engine(load(every_election_db))


def test_compare_two_years(engine: Engine) -> None:
    answer = engine.ask("compare Kensington 2017 and 2019")
    assert answer.answered and answer.intent == "compare"
    assert "Emma Dent Coad (Labour) won by 20 at the 2017 general election" in answer.lead
    assert "Felicity Buchan (Conservative) won by 150 at the 2019 general election" in answer.lead
    assert "• Conservative: 38.3% (-3.9)" in answer.details
    assert "• Labour: 38.0% (-4.3)" in answer.details
    assert "Two-party swing from Labour to Conservative: 0.2 points." in answer.details


@pytest.mark.parametrize("question", ["kensington 2017 vs 2019", "compare kensington in 2019 and 2017"])
def test_other_wordings_compare_the_same(engine: Engine, question: str) -> None:
    assert "• Labour: 38.0% (-4.3)" in engine.ask(question).details


def test_since_a_year_across_the_boundary_changes(engine: Engine) -> None:
    answer = engine.ask("how did Ashfield change since 2017")
    assert answer.answered and "2017 general election" in answer.lead and "2024 general election" in answer.lead
    assert any("boundaries changed" in line for line in answer.details)
    assert not any(line.startswith("• ") for line in answer.details)


def test_without_years_the_latest_and_the_one_before(engine: Engine) -> None:
    answer = engine.ask("swing in Sheffield Hallam in 2017")
    assert "2015 general election" in answer.lead and "2017 general election" in answer.lead
    assert any(line.startswith("Two-party swing from Liberal Democrat to Labour") for line in answer.details)


def test_the_command(engine: Engine) -> None:
    answer = engine.compare("Kensington", "2017", "2019")
    assert "• Labour: 38.0% (-4.3)" in answer.details
    latest = engine.compare("Kensington")
    assert "2017 general election" in latest.lead and "2019 general election" in latest.lead
    assert not engine.compare("Kensington", "2024").answered


def test_swing_is_half_the_difference_of_the_changes() -> None:
    moved = swing({"A": 40.0, "B": 40.0, "C": 20.0}, {"A": 45.0, "B": 35.0, "C": 20.0})
    assert moved is not None and (moved.gainer, moved.loser, moved.points) == ("A", "B", 5.0)
    back = swing({"A": 50.0, "B": 30.0}, {"B": 45.0, "A": 40.0})
    assert (back.gainer, back.loser, back.points) == ("B", "A", 12.5)
    assert swing({"A": 50.0}, {"A": 40.0, "B": 30.0}) is None      # B did not stand before
