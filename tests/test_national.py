"""National answers from the official results (every file in ../shared/data), and what is said when only
articles are loaded: a few article seats are never added up into a national figure."""
from __future__ import annotations

from pathlib import Path

import pytest

from handlers.answers.engine import Engine
from handlers.answers.national import NationalResults
from knowledge.store.database import load
from knowledge.store.ingest import ingest


@pytest.fixture(scope="module")
def engine(every_election_db: Path) -> Engine:
    return Engine(load(every_election_db))


@pytest.mark.parametrize(("question", "wanted"), [
    ("who won the 2019 election", ["the Conservatives won the 2019 general election", "365 of 650",
                                   "majority of 80"]),
    ("who won the 2024 general election", ["Labour won", "411 of 650", "majority of 172"]),
    ("who won the 2017 election", ["hung parliament", "317 of 650", "9 short of the 326"]),
    ("who won the 2010 election", ["hung parliament", "306 of 650"]),
    ("how many seats did Labour win in 2024", ["Labour won 411 of 650 seats", "up 209 on 2019", "(202)"]),
    ("how many seats did the snp win in 2019", ["48 of 650", "up 13 on 2017"]),
    ("what was turnout in 2024", ["59.7%", "down 7.6 points on 2019"]),
    ("turnout in 2019", ["67.3%"]),
    ("what share of the vote did labour get in 2024", ["33.7% of the vote", "9,708,716 votes"]),
    ("did labour win the 2024 election", ["Yes.", "411 of 650"]),
    ("did the conservatives win the 2017 election", ["Not outright", "hung parliament"]),
    ("how many seats changed hands in 2024", ["changed hands at the 2024 general election", "notional"]),
    ("who won the election before 2024", ["the Conservatives won the 2019 general election"]),
    ("who won the election", ["the 2024 general election"]),
    ("who won the popular vote in 2024", ["Labour won the most votes at the 2024 general election: 9,708,716, "
                                          "33.7% of the vote"]),
])
def test_national_answers(engine: Engine, question: str, wanted: list[str]) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.text
    for part in wanted:
        assert part.lower() in answer.text.lower(), (part, answer.text)
    assert answer.sources and all(p.origin == "official" for p in answer.sources)


def test_seats_per_party_with_the_change(engine: Engine) -> None:
    answer = engine.ask("how many seats did each party win in 2019")
    assert "• Conservative: 365 seats (+48)" in answer.details[1]
    assert any(line.startswith("• Labour: 202 seats (-60)") for line in answer.details)
    assert answer.details[-1].startswith("Turnout 67.3%")


def test_computed_once_from_official_seats_only(every_election_db: Path) -> None:
    knowledge = load(every_election_db)
    results = NationalResults(knowledge.seats)
    assert results.years == [2010, 2015, 2017, 2019, 2024]
    e2024 = results.get(2024)
    assert e2024 is not None and e2024.complete and e2024.counted == 650
    assert sum(p.seats for p in e2024.parties) == 650
    assert e2024.party("Reform UK").seats == 5 and e2024.party("Speaker").seats == 1
    assert round(e2024.turnout, 1) == 59.7


def test_articles_only_need_the_official_results(tmp_path: Path) -> None:
    articles = Path(__file__).resolve().parents[1] / "knowledge" / "articles"
    db = tmp_path / "k.sqlite3"
    ingest([articles], db, sync=False)
    engine = Engine(load(db))
    for question in ("who won the 2017 election", "what was turnout in 2017",
                     "what share of the vote did labour get in 2017"):
        answer = engine.ask(question)
        assert not answer.answered and "need the official results" in answer.lead, answer.text
    counted = engine.ask("how many seats did labour win in 2017")
    assert "on record" in counted.lead and "need the official results" in counted.text


def _party_lines(answer_details: list[str]) -> list[str]:
    return [line for line in answer_details if line.startswith("• ")]


@pytest.mark.parametrize(("question", "year"), [
    ("how did the country vote in 2024", 2024),
    ("what share of the vote did each party take in 2019", 2019),
    ("national vote share 2010", 2010),
])
def test_vote_share_lists_the_main_parties_and_groups_the_rest(engine: Engine, every_election_db: Path,
                                                               question: str, year: int) -> None:
    answer = engine.ask(question)
    assert answer.intent == "national_share", answer.text
    election = NationalResults(load(every_election_db).seats).get(year)
    assert election is not None
    lines = _party_lines(answer.details)
    assert len(lines) <= 20, answer.text
    rest = lines[-1]
    assert rest.startswith("• ") and " other parties: no seats, " in rest, answer.text
    grouped = int(rest.split()[1])
    assert grouped + len(lines) - 1 == len(election.parties)
    # every party that won a seat, or 1% of the vote, has its own line
    for party in election.parties:
        if party.seats or party.share >= 1.0:
            assert any(line.startswith(f"• {party.party}:") for line in lines[:-1]), (party, answer.text)
    # no vote is lost by grouping: the listed votes and the others' add up to every party's votes
    listed = sum(int(line.split(" votes, ")[0].rsplit(", ", 1)[1].replace(",", "")) for line in lines)
    assert listed == sum(p.votes for p in election.parties)
    assert {p.file for p in answer.sources} == {p.file for p in election.sources}


def test_vote_share_is_in_order_of_votes(engine: Engine) -> None:
    lines = _party_lines(engine.ask("how did the country vote in 2024").details)
    order = [line[2:].split(":")[0] for line in lines[:-1]]
    assert order[:4] == ["Labour", "Conservative", "Reform UK", "Liberal Democrat"]
    assert lines[-1].endswith("%") and "(" not in lines[-1]


def test_only_a_yes_no_question_is_answered_yes_or_no(engine: Engine) -> None:
    assert engine.ask("did labour win the 2024 election").lead.startswith("Yes.")
    lead = engine.ask("what was the majority of the labour government").lead
    assert lead.startswith("Labour won the 2024 general election") and "majority of 172" in lead


@pytest.mark.parametrize(("question", "first", "highest"), [
    ("which seat had the highest turnout in 2024", "Harpenden and Berkhamsted (2024)", True),
    ("lowest turnout 2024", "Manchester Rusholme (2024)", False),
    ("highest turnout in scotland in 2019", "East Dunbartonshire (2019)", True),
])
def test_seats_ranked_by_turnout(engine: Engine, question: str, first: str, highest: bool) -> None:
    answer = engine.ask(question)
    assert answer.intent == "turnout_ranking" and answer.details[0].startswith(f"1. {first}: "), answer.text
    figures = [float(line.rsplit(": ", 1)[1].rstrip("%")) for line in answer.details]
    assert figures == sorted(figures, reverse=highest)


def test_a_ranking_by_swing_is_refused_not_answered_with_majorities(engine: Engine) -> None:
    answer = engine.ask("biggest swing in 2024")
    assert not answer.answered and "can't rank seats by swing" in answer.lead and not answer.details


@pytest.mark.parametrize(("question", "lead"), [
    ("which party came second in 2024", "The Conservatives came second in seats at the 2024 general election: 121 of "
                                        "650, 6,828,925 votes (23.7%)."),
    ("who came third in the 2019 election", "The SNP came third in seats at the 2019 general election: 48 of 650"),
    ("which party came second in scotland in 2024", "The SNP came second in seats at the 2024 general election in "
                                                    "Scotland: 9 of 57"),
])
def test_the_party_in_a_place(engine: Engine, question: str, lead: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.lead.startswith(lead), answer.text


def test_a_seats_second_place_is_still_the_seats(engine: Engine) -> None:
    assert engine.ask("who came second in Clacton in 2024").lead.startswith("Giles Watling (Conservative) came second")
