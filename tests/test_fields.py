"""The field registry: each seat field declared once, and every layer reads it from there."""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from handlers.answers import replies, seat_answers
from handlers.answers.engine import Engine
from handlers.answers.intents import FIELD_SIGNALS
from knowledge.fields import BY_NAME, CANDIDATE_FIELDS, FIELD_BY_SIGNAL, FIELDS
from knowledge.reading.reader import read_article
from knowledge.store.database import load
from knowledge.store.export import export_json
from knowledge.store.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "knowledge" / "articles"


def test_the_store_has_a_column_of_each_field_with_its_type(tmp_path: Path) -> None:
    db_path = tmp_path / "k.sqlite3"
    ingest([SEEDS], db_path)
    columns = sqlite_utils.Database(db_path)["seats"].columns_dict
    for f in FIELDS:
        assert columns[f.name] is f.kind, f.name


def test_the_export_writes_every_field_scored_ones_first(tmp_path: Path) -> None:
    db_path = tmp_path / "k.sqlite3"
    ingest([SEEDS], db_path)
    seat = export_json(load(db_path))["seats"][0]
    names = [name for name in seat if name in BY_NAME]
    scored = [f.name for f in FIELDS if f.scored]
    assert names[: len(scored)] == scored and set(names) == set(BY_NAME)


def test_answers_name_and_state_each_field_from_its_row() -> None:
    for f in (*FIELDS, *CANDIDATE_FIELDS):
        assert replies.FIELD_NAMES[f.name] == f.noun
    for f in FIELDS:
        if f.sentence:
            assert seat_answers.FIELD_SENTENCES[f.name] == f.sentence
            assert "{seat}" in f.sentence and "{value}" in f.sentence


def test_each_signal_asks_for_one_field_and_questions_use_them() -> None:
    assert FIELD_SIGNALS == FIELD_BY_SIGNAL
    assert {f.signal for f in FIELDS if f.signal} == set(FIELD_BY_SIGNAL)


def test_a_question_about_a_field_reaches_its_sentence(tmp_path: Path) -> None:
    db_path = tmp_path / "k.sqlite3"
    ingest([SEEDS], db_path)
    engine = Engine(load(db_path))
    turnout = engine.ask("what was the turnout in Ashfield")
    assert turnout.answered and turnout.lead.startswith("Turnout in Ashfield")
    assert engine.ask("how many people could vote in Ashfield electorate").lead.startswith("Ashfield")


def test_the_reader_only_writes_fields_the_registry_declares() -> None:
    known = set(BY_NAME) | {f.name for f in CANDIDATE_FIELDS}
    for path in sorted(SEEDS.glob("*.txt")):
        report = read_article(path.read_text(encoding="utf-8"), path.name)
        assert report.facts and {fact.field for fact in report.facts} <= known
