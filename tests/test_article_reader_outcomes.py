"""Results told through the loser, through a party, or beside figures that are not votes (sentences written
for these tests)."""
from __future__ import annotations

from test_article_reader import candidates, seat_facts

from knowledge.reading.reader import read_article
from knowledge.reading.skeleton import build
from knowledge.records import ArticleReport


def read(body: str, date: str = "2019-12-13") -> ArticleReport:
    return read_article(f" date {date} {body}", "test.txt")


# --- where a name begins ---------------------------------------------------------------------------

def test_a_word_before_a_title_is_not_part_of_the_name() -> None:
    skeleton = build("Tonight Mrs Okafor held Bolsover, and Yesterday Dr Jo Penn conceded.")
    names = [m.name for m in skeleton.mentions if hasattr(m, "name")]
    assert "Okafor" in names and "Jo Penn" in names
    assert not [n for n in names if n.startswith(("Tonight", "Yesterday", "Mrs", "Dr"))]


def test_an_opening_word_never_becomes_the_winner() -> None:
    report = read("Bolsover count. Ruth Okafor stood for the Conservatives in Bolsover. "
                  "Overnight Mrs Okafor held Bolsover, beating Labour's Dan Penn.")
    assert seat_facts(report, "Bolsover")["winner"] == "Ruth Okafor"
    assert set(candidates(report, "Bolsover")) == {"Ruth Okafor", "Dan Penn"}


def test_a_title_that_ends_a_name_stays_in_it() -> None:
    # "Lord" as a surname is the last word of the run: no name follows it
    names = [m.name for m in build("Tilly Lord won Ashfield.").mentions if hasattr(m, "name")]
    assert names == ["Tilly Lord"]


# --- parties by another name -----------------------------------------------------------------------

def test_the_scottish_nationalist_party_is_the_snp() -> None:
    report = read("Gordon Weir won Angus for the Scottish Nationalist Party, ending Tory rule there.")
    assert seat_facts(report, "Angus")["winner_party"] == "Scottish National Party"


def test_a_party_after_representing_is_never_a_person() -> None:
    report = read("Helen Marsh won Bath. Cai Doyle, representing Avon Voice First, took 611 votes.")
    people = candidates(report, "Bath")
    assert people["Cai Doyle"] == {"votes": 611, "party": "Avon Voice First"}
    assert "Avon Voice First" not in people
