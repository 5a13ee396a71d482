"""Winners named by what the count made them ("the new MP for", "became MP for", a seat declaring a win for
someone), and the sentences that look alike but name no winner (sentences written for these tests)."""
from __future__ import annotations

from test_article_reader import candidates, seat_facts

from knowledge.reading.reader import read_article
from knowledge.records import ArticleReport


def read(body: str, date: str = "2019-12-13") -> ArticleReport:
    return read_article(f" date {date} \n{body}", "test.txt")


def test_the_person_beside_new_mp_for_is_the_winner() -> None:
    report = read("Priya Lomax, the new MP for Ashfield, said she would hold a surgery every week.\n\n"
                  "Ms Lomax won her seat by 3,412 votes.")
    assert seat_facts(report, "Ashfield") == {"winner": "Priya Lomax", "margin": 3412}


def test_the_person_after_the_description_is_the_winner() -> None:
    report = read("Speaking at the leisure centre, the newly elected Labour MP for Gedling, Tom Brannigan, "
                  "thanked the counting staff.")
    facts = seat_facts(report, "Gedling")
    assert facts["winner"] == "Tom Brannigan" and facts["winner_party"] == "Labour"


def test_someone_speaking_about_the_new_mp_is_not_the_winner() -> None:
    report = read("Council leader Sam Dorrell said the new MP for Ashfield would need to act quickly.")
    assert not seat_facts(report, "Ashfield")


def test_a_former_or_past_mp_is_no_winner() -> None:
    for body in ("Ruth Calder, the former MP for Ashfield, spoke at the rally.",
                 "Ruth Calder became MP for Ashfield in 2005 and served two terms.",
                 "Ruth Calder first became MP for Ashfield after a by-election.",
                 "Ruth Calder hopes to become the MP for Ashfield."):
        assert not seat_facts(read(body), "Ashfield"), body


def test_becoming_the_seats_mp_is_winning_it() -> None:
    report = read("After a long night Idris Pryce became Ceredigion's new Plaid Cymru MP, polling 15,100 votes.")
    assert seat_facts(report, "Ceredigion")["winner"] == "Idris Pryce"
    assert candidates(report, "Ceredigion")["Idris Pryce"]["votes"] == 15100


def test_a_seat_declaring_a_win_for_someone() -> None:
    report = read("Kettering declared a Conservative win for Lena Marsh with 24,010 votes.", date="2024-07-05")
    facts = seat_facts(report, "Kettering")
    assert facts["winner"] == "Lena Marsh" and facts["winner_party"] == "Conservative"
    assert candidates(report, "Kettering")["Lena Marsh"]["votes"] == 24010


def test_a_comma_ends_the_seat_named_after_mp_for() -> None:
    report = read("The newly elected MP for Bath, Helen Okoro, arrived at 4am.")
    assert seat_facts(report, "Bath")["winner"] == "Helen Okoro"
    assert {f.constituency for f in report.facts} == {"Bath"}


def test_the_party_an_mp_was_elected_for() -> None:
    for body in ("Tom Brannigan was elected Labour MP for Gedling.", "Tom Brannigan has been elected as the Labour MP "
                 "for Gedling.", "LABOUR'S Tom Brannigan was elected MP for Gedling."):
        assert seat_facts(read(body), "Gedling")["winner_party"] == "Labour", body
    report = read("Tom Brannigan was first elected for Gedling in 2010 as a Liberal Democrat. This time Tom "
                  "Brannigan held Gedling.")
    assert "winner_party" not in seat_facts(report, "Gedling")
