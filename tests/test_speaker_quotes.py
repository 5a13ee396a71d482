"""'What did the speaker say': the Speaker is a person, found by the role they stand in, through the
real reader and a real SQLite knowledge base. Every article here is written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from handlers.answers.answer import Answer
from handlers.answers.engine import Engine
from knowledge.store.database import load
from knowledge.store.ingest import ingest

CHORLEY_2024 = """ date 2024-07-05
Chorley keeps its Speaker

Harriet Quarmby (Speaker) was re-elected in Chorley with 24,100 votes, a majority of 19,300 over the Green candidate Owen Pike, who polled 4,800.

"I will go on serving every member of the House without fear or favour," Ms Quarmby said after the count.

Mr Pike said: "The speaker has been a good neighbour to this town, but the main parties should stand here."
"""
BUCKINGHAM_2019 = """ date 2019-12-13
Buckingham returns the Speaker

Peter Lockwood (Speaker) held Buckingham with 30,100 votes, a majority of 20,400 over the Liberal Democrat Ann Pryce, who polled 9,700.

"The chair needs a referee, not a player," Mr Lockwood said.
"""
CHORLEY_QUIET = """ date 2024-07-05
Chorley count

Harriet Quarmby (Speaker) was re-elected in Chorley with 24,100 votes, a majority of 19,300 over the Green candidate Owen Pike, who polled 4,800.
"""
ASHFIELD = """ date 2024-07-05
Ashfield declared

Mina Dale (Labour) won Ashfield with 18,200 votes, a majority of 3,100 over the Conservative Rob Heald, who polled 15,100.

"Ashfield wanted change," Ms Dale said.
"""


def engine_of(tmp_path: Path, **articles: str) -> Engine:
    folder = tmp_path / "articles"
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "kb.sqlite3"
    ingest([folder], db)
    return Engine(load(db))


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_of(tmp_path_factory.mktemp("speaker"), chorley=CHORLEY_2024, buckingham=BUCKINGHAM_2019,
                     ashfield=ASHFIELD)


def quoted(answer: Answer) -> str:
    assert answer.intent == "quote", answer.text
    return answer.text


@pytest.mark.parametrize("question", ["what did the speaker say", "What did the Speaker say?",
                                      "what has the speaker said", "what did mr speaker say"])
def test_the_speaker_is_the_person_standing_as_the_speaker_at_the_latest_election(engine, question):
    answer = engine.ask(question)
    text = quoted(answer)
    assert answer.answered and "without fear or favour" in text and "Quarmby" in text
    assert "referee" not in text, "the Speaker at the latest election, not an earlier one"
    assert "good neighbour" not in text, "a rival's words about the Speaker are not the Speaker's"
    assert [p.file for p in answer.sources] == ["chorley.txt"]


def test_the_speaker_at_a_given_election(engine):
    text = quoted(engine.ask("what did the speaker say in 2019"))
    assert "referee, not a player" in text and "Lockwood" in text and "favour" not in text


def test_the_speaker_in_a_named_seat_and_on_a_topic(engine):
    seat = engine.ask("what did the speaker say in chorley")
    assert seat.answered and "without fear or favour" in quoted(seat) and "good neighbour" not in seat.text
    topic = engine.ask("what did the speaker say about the house")
    assert topic.answered and "without fear or favour" in quoted(topic)
    other = engine.ask("what did the speaker say about brexit")
    assert not other.answered and "no quote from the Speaker (Harriet Quarmby) about brexit" in quoted(other)


def test_what_someone_said_about_the_speaker_and_the_deputy_speaker_stay_ordinary(engine):
    about = engine.ask("what did Owen Pike say about the speaker")
    assert about.answered and "good neighbour" in quoted(about) and "favour" not in about.text
    deputy = engine.ask("what did the deputy speaker say")
    assert not deputy.answered and "Quarmby" not in deputy.text and "favour" not in deputy.text


def test_a_speaker_not_quoted_and_no_speaker_at_all_are_said_so(tmp_path):
    quiet = engine_of(tmp_path / "quiet", chorley=CHORLEY_QUIET, ashfield=ASHFIELD).ask("what did the speaker say")
    assert not quiet.answered and quoted(quiet).startswith("No quotes from the Speaker are on record: Harriet Quarmby")
    none = engine_of(tmp_path / "none", ashfield=ASHFIELD).ask("what did the speaker say")
    assert not none.answered and "name no Speaker" in quoted(none) and "Ashfield wanted change" not in none.text
