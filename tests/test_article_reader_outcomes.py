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


# --- results told through the loser, or with a party as the subject ----------------------------------

def test_a_party_that_defeated_a_person_makes_the_party_the_winner_never_him() -> None:
    report = read("Labour has defeated the veteran Conservative MP Tom Hale and taken Bolsover. "
                  "Hale lost to Labour's Priya Nandy by 2,050 votes.")
    facts = seat_facts(report, "Bolsover")
    assert (facts["winner"], facts["winner_party"], facts["margin"]) == ("Priya Nandy", "Labour", 2050)
    assert candidates(report, "Bolsover")["Tom Hale"] == {"party": "Conservative"}


def test_a_defeated_man_alone_is_no_winner() -> None:
    report = read("Labour has defeated the veteran Conservative MP Tom Hale and taken Bolsover.")
    assert not [f for f in report.facts if f.field == "winner"]


def test_a_seat_lost_by_a_margin_names_the_loser_and_the_margin_not_a_winner() -> None:
    alone = read("Sam Roe has lost his seat in Bolsover by 1,612 votes.")
    assert not [f for f in alone.facts if f.field == "winner"]
    report = read("Priya Nandy won Bolsover for Labour. Sam Roe has lost his seat in Bolsover by 1,612 votes.")
    facts = seat_facts(report, "Bolsover")
    assert (facts["winner"], facts["margin"]) == ("Priya Nandy", 1612)
    assert "Sam Roe" in candidates(report, "Bolsover")


def test_losing_to_a_party_sets_the_winning_party_and_no_gain() -> None:
    report = read("Priya Nandy won Bolsover. Sam Roe, the Green candidate, lost to Labour by 9,400 votes.")
    facts = seat_facts(report, "Bolsover")
    assert facts["winner_party"] == "Labour" and "outcome" not in facts


# --- figures that are not a candidate's votes --------------------------------------------------------

def test_a_difference_between_candidates_is_never_votes() -> None:
    report = read("Alice Brennan won Ashfield with 19,950 votes, with Tom Hale securing 212 votes more than "
                  "Dan Varley's 8,400.")
    people = candidates(report, "Ashfield")
    assert people["Alice Brennan"]["votes"] == 19950
    assert people["Dan Varley"]["votes"] == 8400
    assert "votes" not in people.get("Tom Hale", {})


def test_a_majority_raised_to_a_figure_is_the_margin_not_votes() -> None:
    report = read("In Ashfield, Alice Brennan increased her majority to 3,390 votes, beating Tom Hale.")
    assert seat_facts(report, "Ashfield")["margin"] == 3390
    assert "votes" not in candidates(report, "Ashfield")["Alice Brennan"]


def test_a_returning_officer_is_never_a_candidate() -> None:
    report = read("Returning officer Jo Penn read out the Ashfield result at 3am. Alice Brennan won Ashfield. "
                  "Ms Penn had called a recount, with a slender 52 votes splitting the top two.")
    assert set(candidates(report, "Ashfield")) == {"Alice Brennan"}
    assert seat_facts(report, "Ashfield")["margin"] == 52


def test_an_agent_named_after_the_name_is_never_a_candidate() -> None:
    report = read("Alice Brennan won Ashfield. Cal Boyd, Labour's election agent, said 410 votes were spoilt.")
    assert set(candidates(report, "Ashfield")) == {"Alice Brennan"}


# --- scores between parties, and the winner from the winning party ------------------------------------

def test_a_score_between_parties_goes_to_their_named_candidates() -> None:
    report = read("In Angus the SNP's incumbent Gordon Weir faced the Conservative challenger Ann Lee. "
                  "The final count saw the SNP hold the seat, pipping the Tories by 15,210 to 15,197.")
    facts = seat_facts(report, "Angus")
    assert (facts["winner"], facts["winner_party"], facts["outcome"], facts["margin"]) == (
        "Gordon Weir", "Scottish National Party", "hold", 13)
    people = candidates(report, "Angus")
    assert (people["Gordon Weir"]["votes"], people["Ann Lee"]["votes"]) == (15210, 15197)


def test_a_score_between_parties_without_their_candidates_gives_no_votes() -> None:
    report = read("Gordon Weir won Angus. The SNP pipped the Tories by 15,210 to 15,197.")
    assert candidates(report, "Angus") == {"Gordon Weir": {"votes": 15210, "party": "Scottish National Party"}}


def test_a_party_leader_named_beside_the_result_is_not_made_the_winner() -> None:
    report = read("The SNP held Angus. SNP leader Gordon Weir said it was a good night.")
    assert not [f for f in report.facts if f.field == "winner"]


def test_beat_him_by_a_score_gives_both_counts() -> None:
    report = read("Cara Moss held Gower. Tom Hale stood again, but Moss beat him 21,012 votes to 19,400.")
    assert seat_facts(report, "Gower")["margin"] == 1612
    assert candidates(report, "Gower")["Cara Moss"]["votes"] == 21012


def test_a_defeat_told_with_a_pronoun_is_not_placed_in_the_seat_in_focus() -> None:
    report = read("Cara Moss held Gower for Labour. Elsewhere, Tom Hale has lost in Swansea West. "
                  "He was defeated by the Labour candidate, Dan Penn.")
    assert seat_facts(report, "Gower")["winner"] == "Cara Moss"
    assert "Dan Penn" not in candidates(report, "Gower")


def test_a_two_word_surname_is_the_person_named_in_full() -> None:
    for body in ("Iain Duncan Fox held Ashfield. Duncan Fox polled 17,281 votes.",
                 "Duncan Fox polled 17,281 votes in Ashfield. Iain Duncan Fox held Ashfield."):
        people = candidates(read(body), "Ashfield")
        assert people == {"Iain Duncan Fox": {"votes": 17281}}, body


# --- votes given through a party, in brackets, or "of the votes" -------------------------------------

def test_a_party_s_votes_go_to_its_named_candidate_only() -> None:
    report = read("Ruth Okafor, the Green candidate, lost Bristol West to Labour's Dan Penn. Okafor polled 19,400 "
                  "votes but Labour took 21,012, and the Liberal Democrats 3,300.")
    people = candidates(report, "Bristol West")
    assert (people["Ruth Okafor"]["votes"], people["Dan Penn"]["votes"]) == (19400, 21012)
    assert seat_facts(report, "Bristol West")["margin"] == 1612
    assert set(people) == {"Ruth Okafor", "Dan Penn"}


def test_votes_in_brackets_after_a_name_and_of_the_votes() -> None:
    report = read("Alice Brennan won Ashfield with 20,110 of the votes, with runner-up Tom Hale (18,950) "
                  "and Dan Varley (41) far behind.")
    people = candidates(report, "Ashfield")
    assert (people["Alice Brennan"]["votes"], people["Tom Hale"]["votes"]) == (20110, 18950)
    assert "votes" not in people.get("Dan Varley", {})


# --- a headline without its verb's auxiliary, and a party's hold told with its candidate -------------

def test_a_headline_seat_won_by_a_person_names_the_winner() -> None:
    report = read("Gower won by Labour's Cara Moss\n\nThe Conservatives had hoped to keep it.")
    facts = seat_facts(report, "Gower")
    assert (facts["winner"], facts["winner_party"]) == ("Cara Moss", "Labour")


def test_a_party_hold_with_its_candidate_polling_names_her_the_winner() -> None:
    report = read("Plaid Cymru held Arfon, with Nia Rhys polling 15,100 votes. Labour held Wrexham in 2005, with Tom "
                  "Hale polling 9,000 votes.")
    assert seat_facts(report, "Arfon")["winner"] == "Nia Rhys"
    assert candidates(report, "Arfon")["Nia Rhys"] == {"party": "Plaid Cymru", "votes": 15100}
    assert "Wrexham" not in {f.constituency for f in report.facts if f.field == "winner"}
