"""The article reader on sentences written for these tests: one test per family of phrasing."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.reading.reader import read_article
from knowledge.records import ArticleReport

SEEDS = Path(__file__).resolve().parent.parent / "knowledge" / "articles"


def read(body: str, date: str | None = "2017-06-09") -> ArticleReport:
    header = f" date {date} " if date else ""
    return read_article(header + body, "test.txt")


def seat_facts(report: ArticleReport, seat: str) -> dict[str, object]:
    return {f.field: f.value for f in report.facts if f.constituency == seat and f.candidate is None}


def candidates(report: ArticleReport, seat: str) -> dict[str, dict[str, object]]:
    people: dict[str, dict[str, object]] = {}
    for f in report.facts:
        if f.constituency == seat and f.candidate:
            people.setdefault(f.candidate, {})[f.field] = f.value
    return {name: {k: v for k, v in fields.items() if k != "candidate"} for name, fields in people.items()}


# --- the seed articles, completely and exactly ----------------------------------------------------

def test_seed_kensington_is_read_completely() -> None:
    report = read_article((SEEDS / "000_fef51d309493ca4a.txt").read_text(), "000.txt")
    facts = seat_facts(report, "Kensington")
    assert {k: facts.get(k) for k in ("winner", "winner_party", "margin", "recounts", "outcome", "previous_party")} == {
        "winner": "Emma Dent Coad", "winner_party": "Labour", "margin": 20, "recounts": 3, "outcome": "gain",
        "previous_party": "Conservative"}
    assert "turnout_percent" not in facts and "electorate" not in facts
    assert candidates(report, "Kensington") == {
        "Emma Dent Coad": {"party": "Labour", "votes": 16333},
        "Victoria Borwick": {"party": "Conservative", "votes": 16313},  # "Lady Borthwick" resolved to her
        "Annabel Mullin": {"party": "Liberal Democrat"},
    }
    said = {(q.speaker, q.text[:25]) for q in report.quotes}
    assert ("Emma Dent Coad", "was not all about Brexit") in said
    assert any(q.speaker == "Victoria Borwick" for q in report.quotes)


def test_seed_ashfield_is_read_completely() -> None:
    report = read_article((SEEDS / "004_de5edb6b90c52eee.txt").read_text(), "004.txt")
    facts = seat_facts(report, "Ashfield")
    assert {k: facts.get(k) for k in ("winner", "winner_party", "margin", "recounts", "turnout_percent",
                                      "electorate", "previous_majority", "outcome", "previous_party")} == {
        "winner": "Gloria De Piero", "winner_party": "Labour", "margin": 441, "recounts": 1,
        "turnout_percent": 64.63, "electorate": 78086, "previous_majority": 8820, "outcome": "hold",
        "previous_party": "Labour"}
    assert candidates(report, "Ashfield") == {
        "Gloria De Piero": {"party": "Labour", "votes": 21285},
        "Tony Harper": {"party": "Conservative", "votes": 20844},
        "Arran Rangi": {"party": "Green", "votes": 398},
        "Gail Turner": {"party": "Independent", "votes": 4612},
        "Ray Young": {"party": "UKIP", "votes": 1885},
        "Rob Charlesworth": {"party": "Liberal Democrat", "votes": 969},
    }
    # "I had a 9,000 mountain to climb" is quoted speech, not a fact
    assert 9000 not in {f.value for f in report.facts}
    assert all(f.provenance.sentence and f.provenance.file == "004.txt" for f in report.facts)


# --- result lists in many layouts ---------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ["Jo Bloggs (Lab) 21,000", "Sam Smith (Con) 20,500", "Kim Lee (LD) 900"],
    ["Jo Bloggs, Labour, 21,000", "Sam Smith, Conservative, 20,500", "Kim Lee, Liberal Democrats, 900"],
    ["LAB Jo Bloggs 21000", "CON Sam Smith 20500", "LIB DEM Kim Lee 900"],
    ["BLOGGS, Jo (Labour) 21,000", "SMITH, Sam (Conservative) 20,500", "LEE, Kim (Liberal Democrat) 900"],
    ["Jo Bloggs | Labour | 21,000", "Sam Smith | Conservative | 20,500", "Kim Lee | Lib Dem | 900"],
    ["Jo Bloggs – Labour – 21,000 (49.1%)", "Sam Smith – Conservative – 20,500 (47.9%)", "Kim Lee – Lib Dem – 900 (2.1%)"],
])
def test_result_list_layouts(lines: list[str]) -> None:
    report = read("Labour held Stroud on a tense night.\n\nThe result:\n" + "\n".join(lines))
    assert candidates(report, "Stroud") == {
        "Jo Bloggs": {"party": "Labour", "votes": 21000},
        "Sam Smith": {"party": "Conservative", "votes": 20500},
        "Kim Lee": {"party": "Liberal Democrat", "votes": 900},
    }
    facts = seat_facts(report, "Stroud")
    assert facts["winner"] == "Jo Bloggs" and facts["margin"] == 500


def test_inline_result_list_and_unknown_party_in_its_own_field() -> None:
    report = read("The count in Stroud ended with a Labour hold. The results were: Jo Bloggs Labour: 21,000, "
                  "Sam Smith Conservative: 20,500; Kim Lee, Pirate Party: 60.")
    assert candidates(report, "Stroud")["Kim Lee"] == {"party": "Pirate Party", "votes": 60}


# --- prose -------------------------------------------------------------------------------------

def test_prose_votes_possessives_and_titles() -> None:
    report = read("Conservative Jane Hart has taken Stroud from Labour by forty-two votes.\n\n"
                  "Ms Hart polled 20,042 votes to Labour's Tom Pike's 20,000, with the Green Party's Ann Roe "
                  "on 2,100. Liberal Democrat Raj Patel finished a distant fourth.\n\n"
                  "Mr Pike, 44, said he would stand again.")
    facts = seat_facts(report, "Stroud")
    assert facts["winner"] == "Jane Hart" and facts["margin"] == 42
    assert facts["outcome"] == "gain" and facts["previous_party"] == "Labour"
    assert candidates(report, "Stroud") == {
        "Jane Hart": {"party": "Conservative", "votes": 20042},
        "Tom Pike": {"party": "Labour", "votes": 20000},
        "Ann Roe": {"party": "Green", "votes": 2100},
        "Raj Patel": {"party": "Liberal Democrat"},
    }


def test_votes_given_after_a_number_and_a_misspelt_second_mention() -> None:
    report = read("Labour's Paula Grant held Stroud. Grant took 18,001 votes against 17,950 for Conservative "
                  "Owen Price. Mr Pryce congratulated her.")
    assert candidates(report, "Stroud") == {"Paula Grant": {"party": "Labour", "votes": 18001},
                                            "Owen Price": {"party": "Conservative", "votes": 17950}}
    assert seat_facts(report, "Stroud")["margin"] == 51


@pytest.mark.parametrize(("sentence", "margin"), [
    ("Jo Bloggs held Stroud with a majority of 1,234.", 1234),
    ("Jo Bloggs held Stroud by just 12 votes.", 12),
    ("Jo Bloggs held Stroud, finishing 3,210 votes ahead of her nearest rival.", 3210),
    ("Jo Bloggs held Stroud but her majority was cut to just 318.", 318),
    ("Jo Bloggs held Stroud. Her winning margin was two thousand and one votes.", 2001),
])
def test_margin_families(sentence: str, margin: int) -> None:
    assert seat_facts(read(sentence), "Stroud")["margin"] == margin


@pytest.mark.parametrize(("sentence", "recounts"), [
    ("Jo Bloggs held Stroud after a recount.", 1),
    ("Jo Bloggs held Stroud after three recounts.", 3),
    ("Jo Bloggs held Stroud after a second recount.", 2),
    ("Jo Bloggs held Stroud. The Conservatives asked for the votes to be counted again.", 1),
    ("Jo Bloggs held Stroud. No recount was needed.", 0),
    ("Jo Bloggs held Stroud. A request for a recount was turned down.", 0),
    ("Jo Bloggs held Stroud. Her opponent did not ask for a recount.", 0),
    ("Jo Bloggs held Stroud after two recounts, and a third recount was not allowed.", 2),
    ("Jo Bloggs held Stroud. Her rival asked for a recount but later withdrew the request.", 0),
])
def test_recount_families(sentence: str, recounts: int) -> None:
    assert seat_facts(read(sentence), "Stroud")["recounts"] == recounts


def test_recounts_unmentioned_are_not_invented() -> None:
    assert "recounts" not in seat_facts(read("Jo Bloggs held Stroud by 900 votes."), "Stroud")


@pytest.mark.parametrize(("sentence", "majority"), [
    ("Jo Bloggs held Stroud, defending a majority of 5,000.", 5000),
    ("Jo Bloggs held Stroud, defending a 5,000 majority.", 5000),
    ("Jo Bloggs took Stroud, overturning a majority of 5,000.", 5000),
    ("Jo Bloggs held Stroud. The 5,000 majority she was defending was cut to 40.", 5000),
    ("Jo Bloggs held Stroud. Two years ago she won by 5,000 votes.", 5000),
    ("Jo Bloggs held Stroud. In 2015 she won the seat by 5,000 votes.", 5000),
])
def test_previous_majority_families(sentence: str, majority: int) -> None:
    facts = seat_facts(read(sentence), "Stroud")
    assert facts["previous_majority"] == majority
    assert facts.get("margin") != majority


def test_older_results_are_history_not_facts() -> None:
    report = read("Jo Bloggs held Stroud by 900 votes. In 2010 she won it by 4 votes after a series of recounts, "
                  "when she ousted Labour's Ian Old.")
    facts = seat_facts(report, "Stroud")
    assert facts["margin"] == 900 and "previous_majority" not in facts and "recounts" not in facts
    assert "Ian Old" not in candidates(report, "Stroud")


@pytest.mark.parametrize(("text", "outcome", "party", "previous"), [
    ("STROUD - CONSERVATIVE GAIN FROM LABOUR. Jo Bloggs took the seat.", "gain", "Conservative", "Labour"),
    ("STROUD (Lab hold): Jo Bloggs was re-elected.", "hold", "Labour", "Labour"),
    ("Jo Bloggs has held on to Stroud for the SNP.", "hold", "Scottish National Party", "Scottish National Party"),
    ("Sam Smith has lost his Stroud seat to Labour. Jo Bloggs polled 20,000 votes and Mr Smith 19,000.",
     "gain", "Labour", None),
])
def test_gain_and_hold_families(text: str, outcome: str, party: str, previous: str | None) -> None:
    facts = seat_facts(read(text), "Stroud")
    assert facts["outcome"] == outcome and facts["winner_party"] == party
    assert facts.get("previous_party") == previous


def test_turnout_electorate_and_not_other_percentages() -> None:
    report = read("Jo Bloggs held Stroud. Turnout was 71.2 per cent, with 50,000 valid votes cast from an electorate "
                  "of 70,220. The town voted 60 per cent to leave.")
    facts = seat_facts(report, "Stroud")
    assert facts["turnout_percent"] == 71.2 and facts["electorate"] == 70220 and facts["valid_votes"] == 50000


def test_roundup_reports_several_seats_including_one_in_passing() -> None:
    report = read("Jo Bloggs held Stroud for Labour with 20,000 votes to Conservative Sam Smith's 19,500.\n\n"
                  "Elsewhere, Lib Dem Kim Lee clung on in Bath by 777 votes.")
    assert seat_facts(report, "Bath") == {"winner": "Kim Lee", "winner_party": "Liberal Democrat", "margin": 777,
                                          "outcome": "hold", "previous_party": "Liberal Democrat"}
    assert seat_facts(report, "Stroud")["winner"] == "Jo Bloggs"


# --- articles that report no result --------------------------------------------------------------

def test_preview_dated_before_polling_day_yields_nothing() -> None:
    report = read("Voters in Stroud go to the polls tomorrow. Jo Bloggs is defending a majority of 5,000 "
                  "against Conservative Sam Smith, who polled 20,000 votes last time.", date="2017-06-07")
    assert report.facts == [] and not report.has_result
    assert any("preview" in note for note in report.notes)


def test_suspended_count_and_live_blog_without_declaration_yield_nothing() -> None:
    report = read("5.10am: Stroud has gone to a recount. Labour's Jo Bloggs and Conservative Sam Smith are "
                  "separated by a handful of votes. It is too close to call.")
    assert report.facts == []
    assert read("The count in Stroud was suspended overnight and resumes at 10am.").facts == []


def test_undated_article_takes_the_election_it_names() -> None:
    report = read("In the 2015 general election Jo Bloggs held Stroud by 900 votes.", date=None)
    assert report.election_year == 2015 and any("no date header" in n for n in report.notes)


def test_numbers_that_are_not_results_stay_out() -> None:
    report = read("Jo Bloggs, 52, held Stroud by 900 votes. Ms Bloggs, who was first elected in 2005, has "
                  "served for 12 years. Labour won 262 seats nationally and Boris Johnson has a Commons "
                  "majority of around 80.")
    values = {f.value for f in report.facts}
    assert values.isdisjoint({52, 2005, 12, 262, 80})


def test_two_candidates_sharing_a_surname_are_never_confused() -> None:
    report = read("Labour's Ruth Jones was re-elected in Newport West with a majority of 902 over the "
                  "Conservatives' Matthew Evans. Ms Jones secured 18,977 votes and Mr Evans 18,075. "
                  "The Liberal Democrats' Ryan Jones came third on 2,565.")
    people = candidates(report, "Newport West")
    assert people["Matthew Evans"] == {"party": "Conservative", "votes": 18075}
    assert people["Ryan Jones"] == {"party": "Liberal Democrat", "votes": 2565}
    # "Ms Jones" could be either Jones: her votes are left unstated rather than guessed
    assert people["Ruth Jones"] == {"party": "Labour"}


def test_a_party_no_table_knows_is_never_a_candidate() -> None:
    report = read("Jo Bloggs (Labour) won Stroud with 20,000 votes. "
                  "Dan Varley, standing for Bath Independents, polled 900 votes.")
    people = candidates(report, "Stroud")
    assert "Bath Independents" not in people
    assert people["Dan Varley"]["votes"] == 900
