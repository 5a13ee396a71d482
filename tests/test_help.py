"""/help is written from the knowledge base: what it holds, and ways of asking that it can answer."""
from __future__ import annotations

import engine_kb
import pytest

from handlers.answers.engine import Engine
from handlers.app.settings import PROJECT_DIR
from knowledge.store.database import Knowledge, load
from knowledge.store.ingest import ingest


def examples(engine: Engine) -> list[str]:
    """The example questions of the help answer ('• A seat: who won X? · the full result in X')."""
    return [q.strip() for line in engine.help().details if line.startswith("• ")
            for q in line.split(":", 1)[1].split(" · ")]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    db = tmp_path_factory.mktemp("help") / "kb.sqlite3"
    ingest([PROJECT_DIR / "knowledge" / "articles"], db)
    return Engine(load(db))


@pytest.mark.parametrize("which", ["sample articles", "invented knowledge base"])
def test_every_example_is_answered_by_the_same_knowledge(which: str, sample: Engine) -> None:
    engine = sample if which == "sample articles" else Engine(engine_kb.knowledge())
    asked = examples(engine)
    assert len(asked) >= 8
    for question in asked:
        answer = engine.ask(question)
        assert answer.answered, (question, answer.lead)


def test_it_says_what_it_knows(sample: Engine) -> None:
    lead = sample.help().lead
    assert "2 seat contests (2017: 2 seats)" in lead and "2 articles" in lead and "no official results files" in lead
    text = sample.help().text
    assert "Ashfield" in text and "Gloria De Piero" in text
    assert "Foyle" not in text and "Clegg" not in text  # nothing that is not on record


def test_only_ways_the_knowledge_can_answer(sample: Engine) -> None:
    text = sample.help().text
    assert "what did" in text  # the sample articles have quotes
    assert "who won the" not in text and "compare" not in text  # no official results, one contest per seat
    invented = Engine(engine_kb.knowledge()).help().text
    assert "compare Ceredigion 2017 and 2019" in invented


def test_help_with_nothing_on_record() -> None:
    empty = Engine(Knowledge(seats=[]))
    answer = empty.help()
    assert answer.answered and "nothing to ask about yet" in answer.lead and not answer.details


def test_help_in_words_is_the_same_answer(sample: Engine) -> None:
    assert sample.ask("help").text == sample.help().text
    assert sample.ask("what can I ask?").intent in ("help", "about")
    assert sample.help() is sample.help()  # worked out once per engine


def test_every_example_is_answered_with_the_official_results(every_election_db) -> None:
    engine = Engine(load(every_election_db))
    asked = examples(engine)
    assert "how did Scotland vote in 2024?" in asked and "who won London?" in asked
    for question in asked:
        answer = engine.ask(question)
        assert answer.answered, (question, answer.lead)
