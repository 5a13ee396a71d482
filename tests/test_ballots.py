"""Ballots cast as reporters write them ("Total 50,497", "48,112 ballots were cast"), never a party's
or a candidate's total; the Ashfield sample's figure reaches the export and the answers."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from handlers.app.settings import PROJECT_DIR
from knowledge.reading.reader import read_article

RESULT = (" date 2019-12-13 \nJo Bloggs (Labour) held Bolsover with 21,012 votes, a majority of 1,612 over "
          "Sam Roe (Conservative), who had 19,400.\n")


def ballots(sentence: str) -> list[int]:
    report = read_article(RESULT + sentence, "a.txt")
    return [f.value for f in report.facts if f.field == "ballots"]  # type: ignore[misc]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Total 45,100, out of 70,400, a turnout of 64.1 per cent.", 45100),
    ("Total votes cast: 45,910.", 45910),
    ("In all, 48,112 ballots were cast.", 48112),
    ("The total poll was 39,004.", 39004),
    ("The total vote came to 44,870.", 44870),
])
def test_ballots_cast(sentence: str, expected: int) -> None:
    assert ballots(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "Labour won a total of 21,012 votes for the party.",
    "She had a total of 21,012 votes.",
    "Labour won a total of 365 seats across the country.",
    "The total of verified ballot papers for Bolsover was 37,593, postal votes 12,864.",
    "Nationally, a total of 32,014,110 votes were cast.",
    "A total of 3 recounts were held.",
    "Some 21,012 votes were cast for Bloggs.",
])
def test_not_ballots(sentence: str) -> None:
    assert ballots(sentence) == []


def test_the_ashfield_sample_gives_its_ballots(tmp_path: Path) -> None:
    env = {**os.environ, "ELECTION_BOT_DB": str(tmp_path / "kb.sqlite3"),
           "ELECTION_BOT_STATE_DB": str(tmp_path / "state.sqlite3"),
           "ELECTION_BOT_KNOWLEDGE_DIR": str(PROJECT_DIR / "knowledge" / "articles")}
    exported = subprocess.run([sys.executable, "bot.py", "export", "--json"], cwd=PROJECT_DIR, env=env,
                              capture_output=True, text=True, timeout=120, check=True)
    seats = {s["constituency"]: s for s in json.loads(exported.stdout)["seats"]}
    assert seats["Ashfield"]["ballots"] == 50497
    asked = subprocess.run([sys.executable, "bot.py", "ask", "how many ballots were cast in Ashfield?"],
                           cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=120, check=True)
    assert "50,497 ballots were cast in Ashfield" in asked.stdout
