"""Official import of the 2024 (HoC Library, Title Case headers) and 2010 (Electoral Commission) files.

The real files are read from ../shared/data (beside the project, also there in CI); small files
written here cover the rows that go wrong.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from knowledge.lexicon.seatnames import constituency_names, seat_from_words
from knowledge.lexicon.text import name_key
from knowledge.official.formats import clean_party, clean_surname_first, column_name, mend_mojibake
from knowledge.official.importer import import_results
from knowledge.records import Seat
from knowledge.store.database import load

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
EVERY_FILE = sorted(DATA.glob("*.csv"))
WINNERS_2024 = {"Labour": 411, "Conservative": 121, "Liberal Democrat": 72, "Scottish National Party": 9,
                "Sinn Fein": 7, "Independent": 6, "Reform UK": 5, "Democratic Unionist Party": 5, "Green": 4,
                "Plaid Cymru": 4, "SDLP": 2, "Alliance": 1, "Ulster Unionist Party": 1,
                "Traditional Unionist Voice": 1, "Speaker": 1}


@pytest.fixture(scope="module")
def everything(tmp_path_factory: pytest.TempPathFactory):
    if not any("2024" in p.name for p in EVERY_FILE) or not any("2010" in p.name for p in EVERY_FILE):
        pytest.skip(f"the 2010 and 2024 results files are not in {DATA}")
    db = tmp_path_factory.mktemp("official") / "knowledge.sqlite3"
    report = import_results(EVERY_FILE, db)
    seats = {(name_key(s.constituency), s.election_year): s for s in load(db).seats}
    return report, seats


def seat(seats: dict, name: str, year: int) -> Seat:
    return seats[(name_key(name), year)]


def test_every_file_imports(everything) -> None:
    report, seats = everything
    assert report.ok, report.summary()
    years = Counter(f.election_year for f in report.files)
    assert years == {2010: 1, 2015: 1, 2017: 2, 2019: 2, 2024: 2}
    assert Counter(year for _, year in seats) == {y: 650 for y in (2010, 2015, 2017, 2019, 2024)}
    by_file = {f.file: f for f in report.files}
    assert by_file["HoC-GE2024-results-by-candidate.csv"].candidates == 4515
    assert by_file["EC-GE2010-results-by-candidate.csv"].format == "Electoral Commission results by candidate"


def test_2024_winners_per_party(everything) -> None:
    _, seats = everything
    won = Counter(s.get("winner_party") for (_, year), s in seats.items() if year == 2024)
    assert won == WINNERS_2024
    won_2019 = Counter(s.get("winner_party") for (_, year), s in seats.items() if year == 2019)
    assert won_2019["Conservative"] == 365


def test_2024_seats(everything) -> None:
    _, seats = everything
    clacton = seat(seats, "Clacton", 2024)
    assert (clacton.get("winner"), clacton.get("winner_party")) == ("Nigel Farage", "Reform UK")
    islington = seat(seats, "Islington North", 2024)
    assert (islington.get("winner"), islington.get("winner_party")) == ("Jeremy Corbyn", "Independent")
    assert seat(seats, "Hendon", 2024).get("margin") == 15
    assert seat(seats, "Runcorn and Helsby", 2024).get("winner") == "Mike Amesbury"
    chorley = seat(seats, "Chorley", 2024)
    assert chorley.get("winner_party") == "Speaker" and chorley.get("declared_at") is None
    # "RUK gain from Con" is against the notional 2019 result on the new boundaries, and says so.
    assert (clacton.get("outcome"), clacton.get("previous_party")) == ("gain", "Conservative")
    assert "notional" in clacton.facts["outcome"].sources[0].sentence
    # No figure is derived across the boundary change.
    assert clacton.get("previous_majority") is None


def test_2024_turnout_is_valid_votes_over_electorate(everything) -> None:
    _, seats = everything
    rows = [s for (_, year), s in seats.items() if year == 2024]
    turnout = 100 * sum(s.get("valid_votes") for s in rows) / sum(s.get("electorate") for s in rows)
    assert round(turnout, 1) == 59.7


def test_the_mis_encoded_name_is_mended_and_reported(everything) -> None:
    report, seats = everything
    names = [c.name for c in seat(seats, "Belfast South and Mid Down", 2024).candidates]
    assert "Áine Groogan" in names and not any("Ã" in n for n in names)
    assert any("mis-encoded" in w for f in report.files for w in f.warnings)


def test_two_candidates_of_one_name_stay_two_people(everything) -> None:
    _, seats = everything
    mid_bucks = seat(seats, "Mid Buckinghamshire", 2024)
    smiths = [(c.name, c.party) for c in mid_bucks.candidates if c.name.startswith("Greg Smith")]
    assert smiths == [("Greg Smith", "Conservative"), ("Greg Smith (Green)", "Green")]
    assert mid_bucks.conflicts == []


def test_2010_seats_from_the_electoral_commission(everything) -> None:
    _, seats = everything
    hallam = seat(seats, "Sheffield Hallam", 2010)
    assert (hallam.get("winner"), hallam.get("winner_party"), hallam.get("margin")) == (
        "N. Clegg", "Liberal Democrat", 15284)
    pavilion = seat(seats, "Brighton Pavilion", 2010)
    assert (pavilion.get("winner"), pavilion.get("outcome"), pavilion.get("previous_party")) == (
        "C. Lucas", "gain", "Labour")
    assert seat(seats, "North Down", 2010).get("winner") == "S. Hermon"
    assert seat(seats, "Hampstead and Kilburn", 2010).get("margin") == 42
    won = Counter(s.get("winner_party") for (_, year), s in seats.items() if year == 2010)
    assert (won["Conservative"], won["Labour"], won["Liberal Democrat"]) == (306, 258, 57)
    # Every 2010 seat is a seat of the 2010-2019 gazetteer (no spelling of the Commission's left over).
    assert {s.constituency for (_, year), s in seats.items() if year == 2010} == set(constituency_names(2010))


def test_derived_facts_link_2010_to_2015(everything) -> None:
    _, seats = everything
    hallam = seat(seats, "Sheffield Hallam", 2015)
    assert hallam.get("previous_majority") == 15284


def test_electoral_commission_spellings() -> None:
    assert seat_from_words("Down North") == "North Down"
    assert seat_from_words("Hampstead & Kilburn") == "Hampstead and Kilburn"
    assert seat_from_words("Southampton, Itchen") == "Southampton, Itchen"
    assert seat_from_words("Aberdeenshire West & Kincardine") == "West Aberdeenshire and Kincardine"
    assert seat_from_words("Na h-Eileanan an Iar (Western Isles)") == "Na h-Eileanan an Iar"
    assert seat_from_words("Hull West & Hessle") == "Kingston upon Hull West and Hessle"
    assert seat_from_words("Nowhere Special") == "Nowhere Special"


def test_cleaning_helpers() -> None:
    assert column_name("\ufeffONS ID") == "ons_id" and column_name("Candidate first name") == "firstname"
    assert column_name("Member surname") == "mp_surname" and column_name("Valid votes") == "valid_votes"
    assert clean_surname_first("Lucas, C. Ms.") == "C. Lucas" and clean_surname_first("Clegg, N.") == "N. Clegg"
    assert clean_party("RUK") == "Reform UK" and clean_party("TUV") == "Traditional Unionist Voice"
    assert clean_party("WPB") == "Workers Party of Britain" and clean_party("Spk") == "Speaker"
    assert mend_mojibake("\u00c3\u0081ine") == "Áine" and mend_mojibake("Ã©mile") == "émile"
    # Names that only look like it are left alone.
    for name in ("Seán Ó Donnghaile", "Ãine", "Ãngel", "Zoë Ãbc"):
        assert mend_mojibake(name) == name


TITLE_CASE_CANDIDATES = ("\ufeffONS ID,Constituency name,Party name,Party abbreviation,Candidate first name,"
                         "Candidate surname,Votes")
TITLE_CASE_SEATS = ("ONS ID,Constituency name,Declaration time,Member first name,Member surname,Result,"
                    "First party,Second party,Electorate,Valid votes,Invalid votes,Majority")


def test_a_later_file_with_the_same_headers_imports_and_replaces_the_earlier(tmp_path: Path) -> None:
    first = tmp_path / "HoC-GE2024-results-by-candidate.csv"
    first.write_text("\n".join([TITLE_CASE_CANDIDATES, "E1,Clacton,Reform UK,RUK,Nigel,Farage,21225",
                                "E1,Clacton,Conservative,Con,Giles,Watling,12820"]) + "\n", encoding="utf-8")
    revised = tmp_path / "HoC-GE2024-revised-candidates.csv"
    revised.write_text("\n".join([TITLE_CASE_CANDIDATES, "E1,Clacton,Reform UK,RUK,Nigel,Farage,21225",
                                  "E1,Clacton,Conservative,Con,Giles,Watling,12821"]) + "\n", encoding="utf-8")
    db = tmp_path / "k.sqlite3"
    assert import_results([first], db).ok
    report = import_results([revised], db)
    assert report.ok and report.files[0].replaced == [first.name]
    clacton = load(db).seats[0]
    assert (clacton.constituency, clacton.election_year, clacton.get("margin")) == ("Clacton", 2024, 8404)


def test_a_constituency_file_without_declaration_times_takes_its_year_from_its_name(tmp_path: Path) -> None:
    row = ",Clacton,,Nigel,Farage,RUK gain from Con,RUK,Con,75959,44617,155,8405"
    named = tmp_path / "HoC-GE2024-results-by-constituency.csv"
    named.write_text(f"{TITLE_CASE_SEATS}\nE1{row}\n", encoding="utf-8")
    unnamed = tmp_path / "by-constituency.csv"
    unnamed.write_text(f"{TITLE_CASE_SEATS}\nE1{row}\n", encoding="utf-8")
    db = tmp_path / "k.sqlite3"
    report = import_results([named, unnamed], db)
    assert report.files[0].election_year == 2024 and report.files[0].refused is None
    assert "do not say which election" in (report.files[1].refused or "")
    clacton = load(db).seats[0]
    assert (clacton.get("winner"), clacton.get("winner_party"), clacton.get("turnout_percent")) == (
        "Nigel Farage", "Reform UK", 58.74)


def test_a_2024_file_named_for_2019_is_refused(tmp_path: Path) -> None:
    if not (DATA / "HoC-GE2024-results-by-candidate.csv").is_file():
        pytest.skip("no 2024 file")
    wrong = tmp_path / "HoC-GE2019-candidates.csv"
    wrong.write_bytes((DATA / "HoC-GE2024-results-by-candidate.csv").read_bytes())
    refused = import_results([wrong], tmp_path / "k.sqlite3").files[0].refused
    assert refused and "boundaries first used in 2024" in refused


EC_HEADER = ("election,pa_id,constituency_name,electorate,valid_votes,candidate,incumbent,party_abbreviation,"
             "votes,share_pct,lost_deposit,rank,elected,majority,previous_winner")


def test_electoral_commission_bad_rows_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "results.csv"  # no year in the name: the rows say which election they are
    path.write_text("\n".join([
        EC_HEADER,
        '2010,1,Down North,63212,35052,"Hermon, S. Ms.",True,Ind,21181,63.3,False,1,True,14364,UU',
        '2010,1,Down North,63212,35052,"Parsley, I.J.",False,UCUNF,6817,20.4,False,2,False,,UU',
        '2010,1,Down North,63212,35052,"Farry, S.",False,APNI,many,,False,3,False,,UU',
        '2010,2,Southampton & Itchen,71485,42602,"Denham, J.Y.",True,Lab,16326,36.8,False,1,maybe,192,Lab',
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "k.sqlite3"
    report = import_results([path], db)
    assert report.ok and report.files[0].election_year == 2010
    assert [line.split(":")[0] for line in report.files[0].skipped] == ["row 4", "row 5"]
    down = load(db).seats[0]
    assert (down.constituency, down.get("winner"), down.get("winner_party"), down.get("margin")) == (
        "North Down", "S. Hermon", "Independent", 14364)
    assert [c.name for c in down.candidates] == ["S. Hermon", "I.J. Parsley"]
    assert (down.get("outcome"), down.get("previous_party")) == ("gain", "Ulster Unionist Party")
