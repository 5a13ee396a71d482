"""A newcomer's first session, through `bot.py ask --json -` as a subprocess: 50 varied questions on the
sample articles (and the official results beside the project when they are there).

No answer may drop part of a question, show a traceback, or read as mangled English.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from handlers.app.settings import PROJECT_DIR
from knowledge.store.ingest import ingest

OFFICIAL = sorted((PROJECT_DIR.parent / "shared" / "data").glob("HoC-GE2017-*.csv"))

QUESTIONS = """who won Kensington?
who won kensington in 2017
how close was it in Kensington in 2017
how many recounts were there in Kensington in 2017
was there a recount in Ashfield in 2017
who won Kensington and Ashfield in 2017
who won kensington, ashfield and bath in 2017
turnout in Ashfield in 2017
what was the electorate in ashfield in 2017
how many votes did Gloria De Piero get
how many votes did Gail Turner get in 2017
who came second in Ashfield in 2017
who came third in ashfield in 2017
who came last in ashfield in 2017
who is Emma Dent Coad
who did Emma Dent Coad beat
who beat Victoria Borwick
did labour gain kensington in 2017
did the tories hold kensington in 2017
was ashfield a labour hold in 2017
what was the previous majority in ashfield
what did Emma Dent Coad say
what did Dent Coad say about Brexit
what did the Kensington winner say about housing
what did Gail Turner say
where does the kensington result come from
where is the ashfield turnout from
closest results
biggest majorities
which seats had recounts
which seats changed hands
which seats did labour win
how many seats did the conservatives win in 2017
did the snp win
who won the election
what do you know
help
who won Tatton
who won Narnia North
who won
how many votes did Boris Johnson get
what is the capital of france
majorty in kensingtn
who won kensington in 1997
results for ashfield
tell me about kensington
who were the candidates in ashfield in 2017
who was the lib dem candidate in kensington in 2017
did Victoria Borwick win
hi""".splitlines()

MANGLED = [
    (re.compile(r"\b(?:Conservative|Liberal Democrat|Green|Scottish National Party) (?:won|gained|held|lost) \d"),
     "a party named as an adjective where a sentence needs the party ('the Conservatives won 3')"),
    (re.compile(r"\([^()]*\([^()]*\)[^()]*\)"), "brackets inside brackets"),
    (re.compile(r"\bNone\b|\bnan\b|\{\w*\}"), "a raw value or template hole"),
    (re.compile(r" [,.;]|\.\.(?!\.)|  "), "broken spacing or punctuation"),
    (re.compile(r"Traceback|Error\b"), "an error shown to the user"),
]


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    db = tmp_path_factory.mktemp("newcomer") / "knowledge.sqlite3"
    ingest([PROJECT_DIR / "knowledge" / "articles"], db)
    if OFFICIAL:
        subprocess.run([sys.executable, "bot.py", "import-results", *map(str, OFFICIAL), "--db", str(db)],
                       cwd=PROJECT_DIR, check=True, capture_output=True)
    done = subprocess.run([sys.executable, "bot.py", "ask", "--json", "--db", str(db), "-"], cwd=PROJECT_DIR,
                          input="\n".join(QUESTIONS) + "\n", capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_every_question_gets_one_answer_in_order(answers: list[dict]) -> None:
    assert [a["question"] for a in answers] == QUESTIONS
    assert all(a["text"].strip() for a in answers)


@pytest.mark.parametrize("index", range(len(QUESTIONS)), ids=QUESTIONS)
def test_no_mangled_english(answers: list[dict], index: int) -> None:
    text = answers[index]["text"]
    for pattern, what in MANGLED:
        assert not pattern.search(text), f"{what}: {text!r}"


def by_question(answers: list[dict], question: str) -> dict:
    return next(a for a in answers if a["question"] == question)


def test_several_seats_in_one_question_are_each_answered(answers: list[dict]) -> None:
    two = by_question(answers, "who won Kensington and Ashfield in 2017")
    assert "Emma Dent Coad" in two["text"] and "Gloria De Piero" in two["text"]
    three = by_question(answers, "who won kensington, ashfield and bath in 2017")
    assert "Emma Dent Coad" in three["text"] and "Gloria De Piero" in three["text"]
    assert "Bath" in three["text"]  # answered, or said not to be on record: never dropped


def test_how_many_recounts_is_answered_with_the_number(answers: list[dict]) -> None:
    answer = by_question(answers, "how many recounts were there in Kensington in 2017")
    assert answer["answered"] and answer["text"].startswith("There were 3 recounts in Kensington")


def test_a_topic_after_a_role_is_a_topic(answers: list[dict]) -> None:
    answer = by_question(answers, "what did the Kensington winner say about housing")
    assert "no candidate called" not in answer["text"] and "housing" in answer["text"]


def test_unknown_seats_are_refused_with_what_is_known(answers: list[dict]) -> None:
    for question in ("who won Narnia North", "who won kensington in 1997"):
        answer = by_question(answers, question)
        assert not answer["answered"], question
