"""Concluding seats from facts: official figures win, people are linked across sources, derived facts."""
from __future__ import annotations

import pytest

from knowledge.lexicon.people import likely_same_person, same_person
from knowledge.records import Fact, Provenance, Seat
from knowledge.store.derived import comparable_previous, derive_facts, same_boundaries
from knowledge.store.merge import _link_people, merge

OFFICIAL = Provenance("official", "HoC-GE2017-results-by-candidate.csv", "2017-06-08", "HoC Library 2017 results")
OFFICIAL_2015 = Provenance("official", "hoc-ge2015-results-full.csv", "2015-05-07", "HoC Library 2015 results")


def article(file: str = "a.txt", date: str = "2017-06-09") -> Provenance:
    return Provenance("article", file, date, f"a sentence of {file}")


def candidate(seat: str, year: int, name: str, party: str | None, votes: int | None, where: Provenance
              ) -> list[Fact]:
    facts = [Fact(seat, year, "candidate", name, where, name)]
    if party:
        facts.append(Fact(seat, year, "party", party, where, name))
    if votes is not None:
        facts.append(Fact(seat, year, "votes", votes, where, name))
    return facts


def only_seat(facts: list[Fact]) -> Seat:
    seats = merge(facts)
    assert len(seats) == 1
    return seats[0]


# --- what merge did before and still does ----------------------------------------------------------

def test_official_figures_win_and_the_article_value_is_kept_as_a_conflict() -> None:
    seat = only_seat([
        Fact("Kensington", 2017, "margin", 20, OFFICIAL),
        Fact("Kensington", 2017, "margin", 21, article("one.txt")),
        Fact("Kensington", 2017, "margin", 21, article("two.txt")),
    ])
    assert seat.get("margin") == 20
    assert [(c.kept, c.other, c.other_source.file) for c in seat.conflicts] == [(20, 21, "one.txt"), (20, 21, "two.txt")]


def test_among_articles_the_most_sources_win_then_the_latest() -> None:
    seat = only_seat([
        Fact("Ashfield", 2017, "margin", 441, article("one.txt", "2017-06-09")),
        Fact("Ashfield", 2017, "margin", 441, article("two.txt", "2017-06-09")),
        Fact("Ashfield", 2017, "margin", 414, article("three.txt", "2017-06-10")),
    ])
    assert seat.get("margin") == 441 and len(seat.conflicts) == 1
    tie = only_seat([Fact("Ashfield", 2017, "turnout_percent", 64.0, article("old.txt", "2017-06-09")),
                     Fact("Ashfield", 2017, "turnout_percent", 64.6, article("new.txt", "2017-06-11"))])
    assert tie.get("turnout_percent") == 64.6


def test_one_source_per_fact_concludes_without_conflicts() -> None:
    seat = only_seat([*candidate("Ashfield", 2017, "Gloria De Piero", "Labour", 21285, OFFICIAL),
                      Fact("Ashfield", 2017, "winner", "Gloria De Piero", OFFICIAL),
                      Fact("Ashfield", 2017, "valid_votes", 49993, OFFICIAL)])
    assert seat.conflicts == []
    assert (seat.candidates[0].elected, seat.candidates[0].share_percent) == (True, 42.58)


def test_party_values_are_concluded_as_canonical_names() -> None:
    seat = only_seat([
        Fact("Bath", 2017, "winner_party", "Lib Dems", article()),
        Fact("Bath", 2017, "previous_party", "Tories", article()),
        *candidate("Bath", 2017, "Wera Hobhouse", "Lib Dem", None, article()),
    ])
    assert (seat.get("winner_party"), seat.get("previous_party")) == ("Liberal Democrat", "Conservative")
    assert seat.candidates[0].party == "Liberal Democrat"
    official = only_seat([Fact("Bath", 2017, "winner_party", "Liberal Democrat", OFFICIAL),
                          Fact("Bath", 2017, "winner_party", "LD", article())])
    assert official.get("winner_party") == "Liberal Democrat" and official.conflicts == []


# --- linking people ----------------------------------------------------------------------------------

def test_same_person_and_its_looser_form() -> None:
    assert same_person("Rob Charlesworth", "Bob Charlesworth") and same_person("Tony Harper", "Anthony Harper")
    assert not same_person("Liz Evans", "Mark Evans") and not same_person("Lois Davis", "Richard Davis")
    assert likely_same_person("Victoria Borthwick", "Victoria Borwick")
    assert likely_same_person("Jonathon Ashworth", "Jonathan Ashworth")
    assert likely_same_person("Dent Coad", "Emma Dent Coad")
    assert not likely_same_person("Lois Davis", "Richard Davis")
    assert not likely_same_person("Harjun Singh", "Harjinder Singh")


def test_article_names_link_to_the_official_candidates() -> None:
    facts = [*candidate("Ashfield", 2017, "Bob Charlesworth", "Liberal Democrat", 969, OFFICIAL),
             *candidate("Ashfield", 2017, "Anthony Harper", "Conservative", 20844, OFFICIAL),
             *candidate("Ashfield", 2017, "Gloria De Piero", "Labour", 21285, OFFICIAL),
             *candidate("Ashfield", 2017, "Rob Charlesworth", "Lib Dem", 969, article()),
             *candidate("Ashfield", 2017, "Tony Harper", "Conservative", 20844, article()),
             *candidate("Ashfield", 2017, "Ms De Piero", None, None, article()),
             Fact("Ashfield", 2017, "winner", "Gloria de Piero", article())]
    people = _link_people(facts)
    assert people["Rob Charlesworth"] == "Bob Charlesworth"
    assert people["Tony Harper"] == "Anthony Harper"
    assert people["De Piero"] == "Gloria De Piero" and people["Ms De Piero"] == "Gloria De Piero"
    assert people["Gloria de Piero"] == "Gloria De Piero"
    seat = only_seat(facts)
    assert [c.name for c in seat.candidates] == ["Gloria De Piero", "Anthony Harper", "Bob Charlesworth"]
    assert seat.get("winner") == "Gloria De Piero" and seat.conflicts == []
    bob = seat.candidates[2]
    assert bob.aliases == ["Rob Charlesworth"] and {p.origin for p in bob.vote_sources} == {"official", "article"}


def test_misspelt_names_link_only_against_an_official_list() -> None:
    borwick = candidate("Kensington", 2017, "Victoria Borwick", "Conservative", 16313, OFFICIAL)
    misspelt = candidate("Kensington", 2017, "Victoria Borthwick", "Conservative", 16313, article())
    assert _link_people([*borwick, *misspelt])["Victoria Borthwick"] == "Victoria Borwick"
    # Two article spellings, no official list: too loose to call them one person.
    loose = candidate("Kensington", 2017, "Victoria Borwick", "Conservative", 16313, article("x.txt"))
    assert _link_people([*loose, *misspelt])["Victoria Borthwick"] == "Victoria Borthwick"


def test_two_candidates_with_one_surname_stay_apart() -> None:
    facts = [*candidate("Gower", 2015, "Liz Evans", "Labour", 15835, OFFICIAL_2015),
             *candidate("Gower", 2015, "Mark Evans", "Trade Unionist and Socialist Coalition", 103, OFFICIAL_2015),
             *candidate("Gower", 2015, "Byron Davies", "Conservative", 15862, OFFICIAL_2015)]
    seat = only_seat(facts)
    assert {c.name: c.votes for c in seat.candidates} == {"Byron Davies": 15862, "Liz Evans": 15835, "Mark Evans": 103}
    # A surname alone that two candidates share is not guessed; with a party it is one of them.
    people = _link_people([*facts, *candidate("Gower", 2015, "Ms Evans", None, None, article())])
    assert people["Ms Evans"] == "Evans"
    people = _link_people([*facts, *candidate("Gower", 2015, "Ms Evans", "Labour", None, article())])
    assert people["Ms Evans"] == "Liz Evans"
    assert _link_people([*facts, Fact("Gower", 2015, "winner", "Davies", article())])["Davies"] == "Byron Davies"
    in_articles = [*candidate("Bristol", 2017, "Lois Davis", "Labour", None, article()),
                   *candidate("Bristol", 2017, "Richard Davis", "Green", None, article()),
                   *candidate("Bristol", 2017, "Davis", "Green", None, article("c.txt"))]
    people = _link_people(in_articles)
    assert (people["Lois Davis"], people["Richard Davis"], people["Davis"]) == ("Lois Davis", "Richard Davis",
                                                                               "Richard Davis")


def test_official_candidates_are_never_merged_with_each_other() -> None:
    facts = [*candidate("Somewhere", 2017, "Chris Evans", "Labour", 100, OFFICIAL),
             *candidate("Somewhere", 2017, "Christopher Evans", "Green", 50, OFFICIAL)]
    assert len(only_seat(facts).candidates) == 2


def test_an_independent_by_another_name_is_still_linked() -> None:
    facts = [*candidate("Ashfield", 2017, "Gail Turner", "Ashfield Independents", 4612, OFFICIAL),
             *candidate("Ashfield", 2017, "Gail Tuner", "Independent", 4612, article())]
    assert _link_people(facts)["Gail Tuner"] == "Gail Turner"


# --- derived facts -------------------------------------------------------------------------------------

def test_previous_majority_party_and_outcome_are_derived_from_the_previous_official_figures() -> None:
    seat = [s for s in merge([
        Fact("Gower", 2015, "margin", 27, OFFICIAL_2015),
        Fact("Gower", 2015, "winner_party", "Conservative", OFFICIAL_2015),
        Fact("Gower", 2017, "winner_party", "Labour", OFFICIAL),
        Fact("Gower", 2017, "margin", 3269, OFFICIAL),
    ]) if s.election_year == 2017][0]
    assert (seat.get("previous_majority"), seat.get("previous_party"), seat.get("outcome")) == (27, "Conservative",
                                                                                                 "gain")
    assert seat.facts["previous_majority"].sources[0].file == "hoc-ge2015-results-full.csv"
    assert seat.facts["previous_majority"].sources[0].sentence.startswith("derived: Gower's majority at the 2015")
    assert {p.file for p in seat.facts["outcome"].sources} == {OFFICIAL.file, OFFICIAL_2015.file}


def test_a_stated_value_is_not_derived_again_and_articles_are_not_used() -> None:
    stated = Provenance("official", "constituencies-2017.csv", "2017-06-08", "Lab hold")
    derived = derive_facts([
        Fact("Ashfield", 2015, "winner_party", "Labour", OFFICIAL_2015),
        Fact("Ashfield", 2015, "margin", 8820, OFFICIAL_2015),
        Fact("Ashfield", 2017, "winner_party", "Labour", OFFICIAL),
        Fact("Ashfield", 2017, "outcome", "hold", stated),
        Fact("Ashfield", 2017, "previous_party", "Labour", stated),
        Fact("Kensington", 2015, "margin", 7361, article()),
        Fact("Kensington", 2017, "winner", "Emma Dent Coad", article()),
    ])
    assert [(f.constituency, f.field, f.value) for f in derived] == [("Ashfield", "previous_majority", 8820)]


def test_an_article_seat_gets_the_previous_official_majority() -> None:
    seats = merge([Fact("Kensington", 2015, "margin", 7361, OFFICIAL_2015),
                   Fact("Kensington", 2017, "winner", "Emma Dent Coad", article()),
                   Fact("Kensington", 2017, "previous_majority", 7000, article())])
    later = [s for s in seats if s.election_year == 2017][0]
    assert later.get("previous_majority") == 7361
    assert [(c.kept, c.other) for c in later.conflicts] == [(7361, 7000)]


@pytest.mark.parametrize(("earlier", "later", "same"), [(2015, 2017, True), (2017, 2019, True), (2010, 2015, True),
                                                        (2019, 2024, False), (2005, 2010, False)])
def test_nothing_is_derived_across_new_boundaries(earlier: int, later: int, same: bool) -> None:
    assert same_boundaries(earlier, later) is same
    assert (comparable_previous(later) == earlier) is same
    derived = derive_facts([Fact("Chorley", earlier, "margin", 100, OFFICIAL_2015),
                            Fact("Chorley", later, "margin", 200, OFFICIAL)])
    assert bool(derived) is same


# --- approximate agreement with official figures ------------------------------------------------------

@pytest.mark.parametrize(("field", "official", "stated", "agrees"), [
    ("turnout_percent", 69.56, 69.6, True),
    ("turnout_percent", 74.31, 74.3, True),
    ("turnout_percent", 64.03, 64.63, False),
    ("turnout_percent", 64.03, 64.0, True),
    ("turnout_percent", 64.03, 64.04, False),
    ("declared_at", "2017-06-09 02:02", "shortly after 2am", True),
    ("declared_at", "2017-06-09 21:03", "just before 9pm", True),
    ("declared_at", "2017-06-09 06:26", "shortly before 6.30am", True),
    ("declared_at", "2017-06-09 02:28", "at around 2.30am", True),
    ("declared_at", "2017-06-08 23:58", "shortly after midnight", False),
    ("declared_at", "2017-06-09 04:17", "shortly before 4am", False),
    ("declared_at", "2017-06-09 05:30", "shortly after 2am", False),
    ("margin", 20, 21, False),
])
def test_rounded_or_approximate_article_figures_agree(field: str, official, stated, agrees: bool) -> None:
    seat = only_seat([Fact("Kensington", 2017, field, official, OFFICIAL),
                      Fact("Kensington", 2017, field, stated, article())])
    assert seat.get(field) == official
    assert (seat.conflicts == []) is agrees
    assert ("a.txt" in {p.file for p in seat.facts[field].sources}) is agrees


def test_approximate_agreement_needs_an_official_figure() -> None:
    seat = only_seat([Fact("Stirling", 2017, "turnout_percent", 74.31, article("one.txt")),
                      Fact("Stirling", 2017, "turnout_percent", 74.3, article("two.txt", "2017-06-10"))])
    assert len(seat.conflicts) == 1


def test_nicknames_link_article_names() -> None:
    facts = [*candidate("Canterbury", 2019, "Rosemary Duffield", "Labour", 29018, OFFICIAL),
             *candidate("Canterbury", 2019, "Anna Firth", "Conservative", 27182, OFFICIAL),
             Fact("Canterbury", 2019, "winner", "Rosie Duffield", article())]
    seat = only_seat(facts)
    assert seat.get("winner") == "Rosemary Duffield" and seat.conflicts == []
    assert len(seat.candidates) == 2


def test_articles_that_disagree_on_recounts_are_a_conflict_never_settled_by_the_larger_count() -> None:
    """A larger tally is not truer: the later article's count is kept and the other shown beside it."""
    seat = only_seat([
        Fact("Kensington", 2017, "recounts", 5, article("roundup.txt", "2017-06-09")),
        Fact("Kensington", 2017, "recounts", 3, article("report.txt", "2017-06-10")),
    ])
    assert seat.get("recounts") == 3
    [conflict] = seat.conflicts
    assert (conflict.field, conflict.kept, conflict.other) == ("recounts", 3, 5)


def test_two_articles_agreeing_on_recounts_outweigh_one_larger_count() -> None:
    seat = only_seat([
        Fact("Kensington", 2017, "recounts", 2, article("one.txt")),
        Fact("Kensington", 2017, "recounts", 2, article("two.txt")),
        Fact("Kensington", 2017, "recounts", 4, article("three.txt", "2017-06-10")),
    ])
    assert seat.get("recounts") == 2 and seat.conflicts[0].other == 4
