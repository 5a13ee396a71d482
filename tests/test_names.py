"""The name index: seats, parties and people found in questions, with the thresholds that keep
misspellings working and unknown names from snapping onto known ones."""
from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from handlers.answers.intents import VOCABULARY
from handlers.answers.names import (
    MIN_FUZZY_LENGTH,
    SEAT_CUTOFF,
    TOKEN_CUTOFF,
    PartyIndex,
    SeatIndex,
    seat_key,
    tokenize,
)
from handlers.answers.person_index import PersonIndex, match_form, names_match
from knowledge.records import Candidate, Seat

KNOWN = ["Ashfield", "Dudley North", "Perth and North Perthshire", "Fermanagh and South Tyrone", "Ynys Môn",
         "Na h-Eileanan an Iar", "Crewe and Nantwich", "Hastings and Rye", "Sheffield, Hallam", "Bristol West",
         "Bristol East", "Newcastle-under-Lyme", "Wessex Downs", "Stirling", "Inverclyde", "Kensington"]


@pytest.fixture(scope="module")
def seats() -> SeatIndex:
    return SeatIndex(KNOWN)


def find(index: SeatIndex, question: str):
    words = tokenize(question)
    return index.find(words, [False] * len(words), VOCABULARY)


def test_tokenize_folds_accents_apostrophes_and_possessives():
    words = tokenize("What was Rudd’s majority in Ynys Môn & O'Mara's?")
    assert [w.text for w in words] == ["what", "was", "rudds", "majority", "in", "ynys", "mon", "and", "omaras"]
    assert [w.base for w in words][2] == "rudd"
    assert words[-1].base == "omara"


def test_seat_key_expands_compass_abbreviations_and_drops_joiners():
    assert seat_key("Perth & N. Perthshire") == seat_key("perth and north perthshire") == "perth north perthshire"
    assert seat_key("Fermanagh & S Tyrone") == "fermanagh south tyrone"


@pytest.mark.parametrize(("question", "seat"), [
    ("who won ashfield", "Ashfield"),
    ("majority in ashfeild", "Ashfield"),                        # transposed letters
    ("did the tories win dudley nrth", "Dudley North"),          # dropped letter in a second word
    ("margin in perth and n perthshire?", "Perth and North Perthshire"),
    ("previous majority perth and north pertshire", "Perth and North Perthshire"),
    ("did the uup hold fermanagh & s tyrone", "Fermanagh and South Tyrone"),
    ("what majority was defended in fermangh and south tyrone", "Fermanagh and South Tyrone"),
    ("who won ynys mon", "Ynys Môn"),                            # accent
    ("votes in anglesey", "Ynys Môn"),                           # alias
    ("who won the western isles", "Na h-Eileanan an Iar"),       # alias with "the"
    ("turnout in na h-eileanan an iar", "Na h-Eileanan an Iar"),
    ("who won newcastle under lyme", "Newcastle-under-Lyme"),    # hyphens
    ("how close was it in inverclide", "Inverclyde"),
    ("turnout in stirlng?", "Stirling"),
    ("margin in sheffeild hallam", "Sheffield, Hallam"),         # comma in the official name
    ("who won wessex downs", "Wessex Downs"),                    # a seat outside the gazetteer
    ("who won kensington and chelsea", "Kensington"),            # alias onto a known seat
])
def test_seats_found_inside_questions(seats, question, seat):
    matches = find(seats, question)
    assert [m.status for m in matches] == ["known"]
    assert matches[0].seat == seat


@pytest.mark.parametrize(("question", "seat"), [
    ("how many votes did stanley get in crewe", "Crewe and Nantwich"),
    ("how close did chowney get in hastings", "Hastings and Rye"),
    ("who won perth", "Perth and North Perthshire"),
    ("who won crew", "Crewe and Nantwich"),                      # four letters: one dropped letter allowed
])
def test_partial_names_unique_among_known_seats(seats, question, seat):
    match = find(seats, question)[0]
    assert (match.status, match.seat, match.partial) == ("known", seat, True)


@pytest.mark.parametrize(("question", "seat"), [
    ("who won dudley north", "Dudley North"),
    ("who won north dudley", "Dudley North"),               # and before it
    ("who won dudley east", None),                            # no seat is written so
    ("who won fermanagh south tyrone", "Fermanagh and South Tyrone"),
    ("majority in perth and perthshire north", "Perth and North Perthshire"),
])
def test_a_seat_written_with_its_compass_words_after_the_place(seats, question, seat):
    found = [m for m in find(seats, question) if m.status == "known" and not m.partial and m.score == 100.0]
    assert [m.seat for m in found] == ([seat] if seat else [])


def test_a_misspelt_name_never_becomes_a_compass_last_form_of_another_seat():
    index = SeatIndex(["Mid Dorset and North Poole", "North Dorset", "Poole"])
    matches = find(index, "who came second in mid ddorset and north poole")
    assert "North Dorset" not in [m.seat for m in matches if m.status == "known"]


def test_partial_name_shared_by_two_known_seats_is_ambiguous(seats):
    match = find(seats, "who won bristol")[0]
    assert match.status == "ambiguous"
    assert set(match.seats) == {"Bristol West", "Bristol East"}


def test_partial_name_notes_real_seats_it_might_also_mean(seats):
    match = find(seats, "who won sheffield")[0]
    assert match.seat == "Sheffield, Hallam"
    assert "Sheffield Central" in match.others


@pytest.mark.parametrize(("question", "real"), [
    ("who won sheffield central", "Sheffield Central"),
    ("who won west tyrone", "West Tyrone"),
    ("who won wakefield in 2017", "Wakefield"),
    ("who won witney", "Witney"),
    ("how many votes did theresa may get in maidenhead", "Maidenhead"),
    ("how many votes did jacob rees-mogg get in north east somerset", "North East Somerset"),
    ("who won dudley south", "Dudley South"),
])
def test_real_seats_not_on_record_are_never_snapped_onto_known_ones(seats, question, real):
    matches = find(seats, question)
    assert [(m.status, m.seat) for m in matches] == [("unknown", real)]


@pytest.mark.parametrize("question", [
    "who won", "who won the 2017 general election", "what was the closest result", "biggest majority",
    "how many votes did etheridge get", "which seats changed hands in 2019", "what did gloria say about brexit",
    "help", "how many recounts were there", "was there a recount", "who came second",
])
def test_question_words_never_match_a_seat(seats, question):
    assert find(seats, question) == []


def test_thresholds_separate_typos_from_other_words():
    # One typo in a word of five letters or more passes the word cutoff...
    assert fuzz.ratio("ashfeild", "ashfield") >= TOKEN_CUTOFF
    assert fuzz.ratio("stirlng", "stirling") >= TOKEN_CUTOFF
    # ...and a whole misspelt seat name passes the seat cutoff,
    assert fuzz.ratio("dudley nrth", "dudley north") >= SEAT_CUTOFF
    assert fuzz.ratio("fermangh south tyrone", "fermanagh south tyrone") >= SEAT_CUTOFF
    # while a different word or a different seat stays below it.
    assert fuzz.ratio("power", "gower") < SEAT_CUTOFF
    assert fuzz.ratio("south tyrone", "west tyrone") < SEAT_CUTOFF
    assert fuzz.ratio("sheffield central", "sheffield hallam") < SEAT_CUTOFF
    assert MIN_FUZZY_LENGTH == 5


def test_a_different_word_is_not_a_seat():
    index = SeatIndex(["Gower"])
    assert find(index, "what power does the mp have") == []
    # The price of that: two swapped letters in a five-letter name (80) are not enough either.
    assert fuzz.ratio("gowre", "gower") < SEAT_CUTOFF
    assert find(index, "who won gowre") == []


def test_every_real_seat_name_is_found_in_a_question():
    from knowledge.lexicon.seatnames import constituency_names

    index = SeatIndex([])
    for name in constituency_names():
        matches = find(index, f"who won {name.lower()} in 2017")
        assert [m.seats for m in matches] == [(name,)], name


def test_lookup_of_a_command_argument(seats):
    assert seats.lookup("Dudley North").seat == "Dudley North"
    assert seats.lookup("dudly north").seat == "Dudley North"
    assert seats.lookup("Wakefield").status == "unknown"
    assert seats.lookup("zzzz") is None


def test_suggestions_and_completion(seats):
    assert "Dudley North" in seats.suggest("dudly")
    assert seats.complete("bri") == ["Bristol East", "Bristol West"]
    assert seats.complete("north") == ["Dudley North", "Perth and North Perthshire"]
    assert seats.complete("perth n")[0] == "Perth and North Perthshire"
    assert "Hastings and Rye" in seats.complete("hastngs")
    assert len(seats.complete("", limit=5)) == 5
    assert all(len(name) <= 100 for name in seats.complete("a"))


@pytest.fixture(scope="module")
def parties() -> PartyIndex:
    return PartyIndex()


@pytest.mark.parametrize(("question", "party"), [
    ("did the tories win", "Conservative"),
    ("which seats did the lib dems win", "Liberal Democrat"),
    ("did the snp hold it", "Scottish National Party"),
    ("did plaid win", "Plaid Cymru"),
    ("did the uup hold it", "Ulster Unionist Party"),
    ("the monster raving loony candidate", "Monster Raving Loony Party"),
    ("labour's candidate", "Labour"),
    ("how did the conservatves do", "Conservative"),             # typo in a long word
    ("the labor candidate", "Labour"),
])
def test_parties_by_alias(parties, question, party):
    words = tokenize(question)
    assert [m.party for m in parties.find(words, [False] * len(words), VOCABULARY)] == [party]


@pytest.mark.parametrize("question", ["what did she say about brexit", "the con was on", "how many votes did lab get"])
def test_lowercase_words_that_are_only_sometimes_parties(parties, question):
    words = tokenize(question)
    assert parties.find(words, [False] * len(words), VOCABULARY) == []


def _seat_with(name: str, year: int, *people: tuple[str, str, list[str]]) -> Seat:
    seat = Seat(name, year)
    seat.candidates = [Candidate(n, party, 100 * (i + 1), aliases=aliases) for i, (n, party, aliases) in enumerate(people)]
    return seat


@pytest.fixture(scope="module")
def people() -> PersonIndex:
    return PersonIndex([
        _seat_with("Kensington", 2017, ("Emma Dent Coad", "Labour", []), ("Victoria Borwick", "Conservative", [])),
        _seat_with("Ynys Môn", 2017, ("Albert Owen", "Labour", []), ("Ieuan Wyn Jones", "Plaid Cymru", [])),
        _seat_with("Gower", 2015, ("Liz Evans", "Labour", []), ("Mark Evans", "TUSC", []),
                   ("Robert Charlesworth", "Green", ["Bob Charlesworth"])),
        _seat_with("Wrexham", 2017, ("Ian Lucas", "Labour", [])),
        _seat_with("Newcastle-under-Lyme", 2017, ("Owen Meredith", "Conservative", [])),
        _seat_with("Sheffield, Hallam", 2017, ("Jared O'Mara", "Labour", []), ("Nick Clegg", "Liberal Democrat", [])),
        _seat_with("Bury North", 2019, ("James Frith", "Labour", [])),
        _seat_with("Canterbury", 2019, ("Anna Firth", "Conservative", [])),
    ])


def person(index: PersonIndex, question: str, seat: str | None = None):
    words = tokenize(question)
    found = index.find(words, [False] * len(words), VOCABULARY, seat=seat)
    return found[0] if found else None


@pytest.mark.parametrize(("question", "name"), [
    ("how many votes did borwick get", "Victoria Borwick"),
    ("how many votes did lady borthwick get", "Victoria Borwick"),     # title and a misspelling
    ("what did dent coad say", "Emma Dent Coad"),                      # compound surname
    ("how many votes did wyn jones get", "Ieuan Wyn Jones"),
    ("what was owens majority", "Albert Owen"),                        # possessive without apostrophe
    ("who did o'mara beat", "Jared O'Mara"),
    ("how many votes did bob charlesworth get", "Robert Charlesworth"),  # nickname (and alias)
    ("how many votes did rob charlesworth get", "Robert Charlesworth"),  # nickname
    ("how many votes did frith get", "James Frith"),                   # exact beats a one-letter-swap neighbour
    ("how many votes did firth get", "Anna Firth"),
    ("how many votes did clegg receive", "Nick Clegg"),                # a trailing verb is not part of the name
    ("how many votes did o mara get", "Jared O'Mara"),                 # a particle written apart
])
def test_people_found_by_name(people, question, name):
    match = person(people, question)
    assert match.status == "found"
    assert match.person.name == name


@pytest.mark.parametrize("question", [
    "how many votes did caroline lucas get",   # a Lucas is on record, but not Caroline
    "how many votes did theresa may get",
    "how many votes did dennis skinner get",
    "how many votes did liz jones get",        # first name of one person, surname of another
])
def test_unknown_people_are_never_snapped_onto_known_ones(people, question):
    assert person(people, question).status == "unknown"


def test_surname_shared_by_two_people_is_ambiguous(people):
    match = person(people, "how many votes did evans get")
    assert match.status == "ambiguous"
    assert {p.name for p in match.people} == {"Liz Evans", "Mark Evans"}


def test_each_person_a_surname_may_mean_is_offered_by_their_latest_contest():
    index = PersonIndex([
        _seat_with("Barset West", 2015, ("Ada Quill", "Green", []), ("Tom Quill", "Labour", [])),
        _seat_with("Barset East", 2019, ("Ada Quill", "Labour", [])),
        _seat_with("Barset East", 2024, ("Ada Quill", "Labour", [])),
        _seat_with("Wold", 2017, ("Tom Quill", "Labour", [])),
    ])
    match = person(index, "how many votes did quill get")
    assert match.status == "ambiguous"
    assert sorted((p.name, p.year) for p in match.people) == [("Ada Quill", 2024), ("Tom Quill", 2017)]


@pytest.mark.parametrize(("question", "name"), [
    ("how many votes did bob hcarlesworth get", "Robert Charlesworth"),   # first two letters swapped
    ("how many votes did bob harlesworth get", "Robert Charlesworth"),    # first letter dropped
    ("how many votes did bob kharlesworth get", "Robert Charlesworth"),   # first letter changed
    ("how many votes did bob ccharlesworth get", "Robert Charlesworth"),  # first letter doubled
])
def test_a_slip_at_a_surnames_first_letter_is_still_a_typo(people, question, name):
    match = person(people, question)
    assert match.status == "found" and match.person.name == name


def test_initials_with_a_misspelt_surname_find_the_person_not_everyone_with_that_initial():
    index = PersonIndex([
        _seat_with("Aldridge-Brownhills", 2010, ("R.C.S. Shepherd", "Conservative", []),
                   ("C.S. Rowe", "Labour", []), ("S.J. Cass", "UKIP", [])),
        _seat_with("Lincoln", 2010, ("R.M.B. West", "BNP", []), ("J.S. Ward", "Labour", [])),
    ])
    assert person(index, "how many votes did r.c.s. shepherd get").person.name == "R.C.S. Shepherd"
    assert person(index, "how many votes did r.c.s. hsepherd get").person.name == "R.C.S. Shepherd"
    # an initial alone names nobody, so an unknown surname is unknown, not everyone with a middle "s"
    assert person(index, "how many votes did j.s. qwertyuiop get").status == "unknown"


def test_an_initial_that_is_also_a_word_stays_part_of_the_name():
    # "A" written as an initial is the person's, not the word "a" that ends a name run
    index = PersonIndex([
        _seat_with("Barsetshire West", 2010, ("R.A. Quillfeather", "Conservative", []),
                   ("R. Quillfeather", "Labour", []), ("T.R. Ambleside", "Green", [])),
    ])
    assert [w.initial for w in tokenize("votes for R.A. Quillfeather, a name")] == [
        False, False, True, True, False, False, False]
    for question in ("votes for R.A. Quillfeather", "votes for R. A. Quillfeather", "votes for r.a. quilfeather"):
        match = person(index, question)
        assert match.status == "found" and match.person.name == "R.A. Quillfeather", question
    # the word "a" written without a full stop is still no name word
    assert person(index, "did a quillfeather win").status == "ambiguous"


def test_seat_scope_resolves_and_restricts(people):
    assert person(people, "how many votes did owen get", seat="Ynys Môn").person.name == "Albert Owen"
    # A first name alone counts only inside the named seat.
    assert person(people, "how many votes did owen get", seat="Newcastle-under-Lyme").person.name == "Owen Meredith"
    assert person(people, "how many votes did clegg get", seat="Kensington").status == "unknown"


def test_match_form_scores():
    words = tokenize("gail turner")
    assert match_form(words, ("gail", "turner"), first_name_alone=False) > match_form(
        words[1:], ("gail", "turner"), first_name_alone=False)
    assert match_form(tokenize("caroline lucas"), ("ian", "lucas"), first_name_alone=False) == 0
    assert names_match("Ms Dent Coad", "Emma Dent Coad")
    assert not names_match("Mr Jones", "Emma Dent Coad")


def test_candidate_completion(people):
    assert people.complete("nick") == ["Nick Clegg"]
    assert people.complete("evans")[:2] == ["Liz Evans", "Mark Evans"]
    assert people.complete("liz ev") == ["Liz Evans"]
    assert "Victoria Borwick" in people.complete("borwik")


def test_party_completion_matches_names_and_aliases():
    from handlers.answers.names import PartyIndex

    parties = PartyIndex()
    assert "Liberal Democrat" in parties.complete("lib dem") and "Labour" not in parties.complete("lib dem")
    assert "Conservative" in parties.complete("tory")
    assert len(parties.complete("", limit=5)) == 5
