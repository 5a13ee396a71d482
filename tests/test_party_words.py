"""Parties whose names are ordinary words ("Reform", "the Speaker", "Respect", "Green", "Alliance") are
parties in questions about seats and votes, and stay ordinary words where a question uses them as such
("electoral reform", what someone said about reform). Against every official results file."""
from __future__ import annotations

from pathlib import Path

import pytest

from handlers.answers.engine import Engine
from knowledge.store.database import load


@pytest.fixture(scope="module")
def engine(every_election_db: Path) -> Engine:
    return Engine(load(every_election_db))


@pytest.mark.parametrize(("question", "wanted"), [
    ("which seats did Reform win in 2024", ["Reform UK won 5 seats", "Clacton", "Great Yarmouth"]),
    ("which seats did reform win at the 2024 election", ["Reform UK won 5 seats", "Boston and Skegness"]),
    ("Reform's seats in 2024", ["Reform UK won 5 seats", "Ashfield"]),
    ("seats won by reform in 2024", ["Reform UK won 5 seats", "South Basildon and East Thurrock"]),
    ("how many seats did Reform UK win in 2024", ["Reform UK won 5 of 650 seats"]),
    ("how many seats did reform get in 2024", ["5 of 650"]),
    ("what share of the vote did Reform get in 2024", ["14.3% of the vote", "4,117,610 votes"]),
    ("which seat did the Speaker win in 2024", ["Chorley"]),
    ("how many seats did Speaker win in 2019", ["1 of 650"]),
    ("how many votes did Respect get in 2015", ["Respect won", "of the vote"]),
    ("which seats did the Greens win in 2024", ["4 seats", "Brighton Pavilion", "Waveney Valley"]),
    ("which seats did Green win in 2024", ["4 seats", "Bristol Central"]),
    ("which seat did Alliance win in 2024", ["Lagan Valley"]),
    ("which seats did the Independents win in 2024", ["6 seats", "Leicester South"]),
    ("which seats did Independent candidates win in 2024", ["6 seats", "Islington North"]),
    ("how many votes did the Workers Party get in 2024", ["210,252 votes"]),
])
def test_a_party_named_by_an_ordinary_word(engine: Engine, question: str, wanted: list[str]) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.text
    assert "candidate called" not in answer.text
    for part in wanted:
        assert part.lower() in answer.text.lower(), (part, answer.text)
    assert answer.sources and all(p.origin == "official" for p in answer.sources)


@pytest.mark.parametrize(("question", "party"), [
    ("which seats did Reform win in 2024", "Reform UK"),
    ("did reform hold clacton in 2024", "Reform UK"),
    ("labour and reform votes in 2024", "Labour"),
    ("the speaker's majority in 2019", "Speaker"),
    ("what did Farage say about electoral reform", None),
    ("what did the candidates say about reform", None),
    ("which seats voted for electoral reform", None),
    ("is voting reform on the cards after the 2024 election", None),
])
def test_ordinary_use_is_no_party(engine: Engine, question: str, party: str | None) -> None:
    assert engine.reader.read(question).party == party


def test_the_party_command_takes_the_short_name(engine: Engine) -> None:
    answer = engine.party("Reform", 2024)
    assert answer.answered and "Reform UK won 5 seats" in answer.lead, answer.text
