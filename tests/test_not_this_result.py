"""Words near a result that are not this seat's result: links to other stories, a defeat told as 'not enough',
a win someone was kept from, the party of an earlier election, an office before a name, and a rival's score
(sentences written for these tests)."""
from __future__ import annotations

from test_article_reader import candidates, seat_facts

from knowledge.reading.link_lines import link_spans, mask_spans
from knowledge.reading.reader import read_article
from knowledge.records import ArticleReport


def read(body: str, date: str = "2024-07-05") -> ArticleReport:
    return read_article(f" date {date} \n{body}", "test.txt")


def test_link_lines_are_found_with_their_list() -> None:
    body = ("Jo Penn won Ashfield.\nREAD MORE: Bolsover count live as Sam Roe holds on\n"
            "Read next:\n- Gedling result in full\n• Who won in Mansfield?\n\nMs Penn thanked voters.")
    masked = mask_spans(body, link_spans(body))
    assert "Bolsover" not in masked and "Gedling" not in masked and "Mansfield" not in masked
    assert masked.startswith("Jo Penn won Ashfield.") and masked.endswith("Ms Penn thanked voters.")
    assert len(masked) == len(body)


def test_a_line_that_only_mentions_reading_is_no_link() -> None:
    body = "Read more about the count below.\nRelated parties stood aside in Ashfield."
    assert link_spans(body) == []


def test_a_link_to_another_story_neither_gives_facts_nor_moves_the_seat() -> None:
    report = read("Dana Frost held Gedling for Labour.\n"
                  "READ MORE: Bolsover result in full as Sam Roe holds on for Reform UK\n"
                  "The Conservatives' Ivo Lind came second with 11,204 votes.")
    assert {f.constituency for f in report.facts} == {"Gedling"}
    assert candidates(report, "Gedling")["Ivo Lind"]["votes"] == 11204


def test_not_enough_to_keep_a_seat_is_no_hold() -> None:
    report = read("Priya Lomax won Stroud for the Greens. Her rival Ian Dunn increased his vote, but it was "
                  "not enough to keep his seat.")
    facts = seat_facts(report, "Stroud")
    assert facts["winner"] == "Priya Lomax" and facts.get("outcome") != "hold"


def test_a_win_someone_was_kept_from_is_no_win() -> None:
    for body in ("In Ashfield the independent Ruth Calder split the vote, preventing Labour taking the seat from "
                 "the Conservatives.",
                 "In Ashfield a late swing stopped Ruth Calder from winning the seat."):
        facts = seat_facts(read(body), "Ashfield")
        assert "winner" not in facts and "outcome" not in facts, body


def test_the_party_of_an_earlier_election_is_not_this_ones() -> None:
    report = read("Ruth Calder held Ashfield. Ms Calder was elected as a Conservative in 2019 but crossed the "
                  "floor last year.")
    assert "winner_party" not in seat_facts(report, "Ashfield")
    assert "party" not in candidates(report, "Ashfield")["Ruth Calder"]


def test_an_office_before_a_name_is_no_part_of_it() -> None:
    report = read("Chief Whip Ivo Lind was re-elected in Gedling. Defence Secretary Dana Frost held Mansfield.",
                  date="2019-12-13")
    assert seat_facts(report, "Gedling")["winner"] == "Ivo Lind"
    assert seat_facts(report, "Mansfield")["winner"] == "Dana Frost"


def test_a_named_rivals_score_is_the_second_figure() -> None:
    report = read("Dana Frost won Gedling for Labour. She beat her old rival Ivo Lind 20,412 votes to 18,005.")
    people = candidates(report, "Gedling")
    assert people["Dana Frost"]["votes"] == 20412 and people["Ivo Lind"]["votes"] == 18005
    assert seat_facts(report, "Gedling")["margin"] == 2407
