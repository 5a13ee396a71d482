"""More ways reports tell who won and with what: a seat snatched or flipped, a seat won 'in' its name, a hold
made firmer, the majority secured, the winning candidate's votes; and what must not move the seat or the
figure: a town's council, an aside naming someone else (sentences written for these tests)."""
from __future__ import annotations

from test_article_reader import candidates, seat_facts

from knowledge.reading.reader import read_article
from knowledge.records import ArticleReport


def read(body: str, date: str = "2019-12-13") -> ArticleReport:
    return read_article(f" date {date} \n{body}", "test.txt")


def test_a_seat_snatched_or_flipped_changed_hands() -> None:
    for body, seat, winner in (("Leah Gorman snatched Gedling while Ivo Lind held Mansfield.", "Gedling", "Leah Gorman"),
                               ("Reform UK's Colm Baird flips Clacton.", "Clacton", "Colm Baird")):
        facts = seat_facts(read(body, date="2024-07-05"), seat)
        assert facts["winner"] == winner and facts["outcome"] == "gain", body


def test_a_seat_snatched_long_ago_is_no_result() -> None:
    report = read("Ivo Lind held Mansfield. Labour had snatched Gedling in 1997.")
    assert "Gedling" not in {f.constituency for f in report.facts}


def test_a_seat_won_in_its_name() -> None:
    report = read("The party's chairman, Colm Baird, has also won his seat in Gedling, with a 2,010 majority.")
    assert seat_facts(report, "Gedling") == {"winner": "Colm Baird", "margin": 2010}


def test_a_hold_made_firmer() -> None:
    report = read("Image caption: Ivo Lind extended his hold in Ceredigion with 15,300 votes")
    assert seat_facts(report, "Ceredigion")["outcome"] == "hold"
    assert candidates(report, "Ceredigion")["Ivo Lind"]["votes"] == 15300


def test_whoever_secured_the_majority_won() -> None:
    report = read("Ruth Calder, the Labour candidate, won 18,204 votes - securing a narrow majority of 1,012.\n\n"
                  "The Conservative candidate, Ivo Lind, won 17,192 votes.\n\nIn Gedling the count ran late.",
                  date="2017-06-09")
    # no seat is named before the figures: nothing is given to a seat named after them
    assert "Gedling" not in {f.constituency for f in report.facts}
    report = read("In Gedling, Ruth Calder won 18,204 votes - securing a narrow majority of 1,012.")
    assert seat_facts(report, "Gedling") == {"winner": "Ruth Calder", "margin": 1012}
    report = read("In Gedling, Ruth Calder hoped to secure a majority of 1,012.")
    assert "winner" not in seat_facts(report, "Gedling")


def test_the_winning_candidates_votes() -> None:
    report = read("Leah Gorman held Gedling. The winning candidate received 19,450 votes; the defeated candidate "
                  "received 12,100.")
    assert candidates(report, "Gedling")["Leah Gorman"]["votes"] == 19450


def test_a_towns_council_is_not_the_seat() -> None:
    report = read("Leah Gorman won Gedling. She saw off a Mansfield councillor, Ivo Lind, who polled 17,182 votes, "
                  "and Ruth Calder of Bolsover District Council.")
    assert {f.constituency for f in report.facts} == {"Gedling"}
    assert candidates(report, "Gedling")["Ivo Lind"]["votes"] == 17182


def test_an_aside_naming_someone_else_owns_no_figure() -> None:
    report = read("Leah Gorman won Gedling. The Greens' Ruth Calder – chosen late after Ivo Lind withdrew – got "
                  "2,408 votes.")
    people = candidates(report, "Gedling")
    assert people["Ruth Calder"]["votes"] == 2408
    assert "votes" not in people.get("Ivo Lind", {})


def test_two_seats_turnouts_in_one_clause_go_each_to_its_seat() -> None:
    report = read("Leah Gorman won Gedling and Ivo Lind won Mansfield. Turnout was 64.2% in Gedling and 58.9% in "
                  "Mansfield.")
    assert seat_facts(report, "Gedling")["turnout_percent"] == 64.2
    assert seat_facts(report, "Mansfield")["turnout_percent"] == 58.9


def test_two_seats_shares_are_no_turnout() -> None:
    report = read("Leah Gorman won Gedling and Ivo Lind won Mansfield. Labour took 48% in Gedling and 41% in "
                  "Mansfield.")
    assert "turnout_percent" not in seat_facts(report, "Gedling")
    assert "turnout_percent" not in seat_facts(report, "Mansfield")
