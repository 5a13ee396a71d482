"""Questions that name an election, and seat names not on record, over the real 2015-2019 official files
(../shared/data, beside the project and in CI): a name that is not on record never becomes another seat."""
from __future__ import annotations

from pathlib import Path

import pytest

from handlers.answers.engine import Engine
from knowledge.official.importer import import_results
from knowledge.store.database import load

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
FILES_2015_2019 = ["hoc-ge2015-results-full.csv", "HoC-GE2017-results-by-candidate.csv",
                   "HoC-GE2017-constituency-results.csv", "HoC-GE2019-results-by-candidate.csv",
                   "HoC-GE2019-results-by-constituency-csv.csv"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    paths = [DATA / name for name in FILES_2015_2019]
    if not all(p.exists() for p in paths):
        pytest.skip(f"the 2015-2019 results files are not in {DATA}")
    db = tmp_path_factory.mktemp("official-2015-2019") / "knowledge.sqlite3"
    import_results(paths, db)
    return Engine(load(db))


@pytest.mark.parametrize(("question", "said", "wrong"), [
    ("who won Clapham and Brixton Hill", "Clapham and Brixton Hill", "Hodge Hill"),
    ("who won Stratford and Bow", "Stratford and Bow", "Nadhim Zahawi"),
    ("who won the Runcorn and Helsby by-election", "Runcorn and Helsby", "Burnley"),
    ("who won Runcorn and Helsby by-election", "Runcorn and Helsby", "Burnley"),
    ("majority in Bristol Central", "Bristol Central", "majority of"),
])
def test_a_2024_seat_is_not_on_record(engine: Engine, question: str, said: str, wrong: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered and answer.intent == "unknown_seat"
    assert said in answer.lead and "2024 boundary changes" in answer.lead
    assert wrong not in answer.text and answer.seat is None


def test_close_names_are_only_suggestions(engine: Engine) -> None:
    answer = engine.ask("who won Stratford and Bow")
    assert "Stratford-on-Avon" in answer.suggestions and "Close names on record" in answer.lead
    assert not answer.answered and not answer.sources


@pytest.mark.parametrize("question", [
    "who won Kensington and Zorbleton",       # a word no index knows, joined to a seat name
    "who won Stratford and Hodge",            # two part-names of different seats
])
def test_a_name_no_gazetteer_holds(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered and "don't know a seat called" in answer.lead
    assert answer.seat is None and not answer.sources


def test_latin_look_alikes_are_folded(engine: Engine) -> None:
    answer = engine.ask("who won \u041aensington")      # a Cyrillic К
    assert answer.answered and "Felicity Buchan" in answer.lead and "Easington" not in answer.text


@pytest.mark.parametrize(("question", "winner"), [
    ("who won Kensington in 2017", "Emma Dent Coad"),
    ("who won Kensington in '17", "Emma Dent Coad"),
    ("who won Kensington in 17", "Emma Dent Coad"),
    ("who won Kensington before 2019", "Emma Dent Coad"),
    ("who won Kensington at the last election", "Felicity Buchan"),
    ("who won Kensington", "Felicity Buchan"),
    ("who won Kensington in 2015", "Victoria Borwick"),
])
def test_the_election_asked_for(engine: Engine, question: str, winner: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and winner in answer.lead


def test_an_election_not_on_record_lists_those_that_are(engine: Engine) -> None:
    answer = engine.ask("who won Kensington in 2010")
    assert not answer.answered
    assert "the 2015, 2017 and 2019 general elections" in answer.lead


def test_a_by_election_not_on_record_is_not_the_general_election(engine: Engine) -> None:
    answer = engine.ask("who won the Kensington by-election")
    assert not answer.answered and "Buchan" not in answer.text and "by-election" in answer.lead


@pytest.mark.parametrize("question", ["how many votes did Bob Xyzzy get in 2017",
                                      "how many votes did B. Qwertyuiop get in 2019"])
def test_votes_of_someone_not_on_record_are_not_the_national_vote(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered and answer.intent == "unknown_person"
    assert "Conservative" not in answer.text
