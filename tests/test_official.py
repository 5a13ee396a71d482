"""Official results: importing the HoC Library CSV files and checking articles against them.

The real files are read from ../shared/data (beside the project); they are never copied into it.
"""
from __future__ import annotations

import csv
import hashlib
import io
import random
import shutil
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from knowledge.official.formats import (
    clean_party,
    clean_person,
    clean_seat,
    parse_result,
    read_csv,
    recognise,
    year_from_name,
)
from knowledge.official.importer import check, check_report, import_results
from knowledge.records import Fact, Provenance
from knowledge.store.database import ArticleRow, Knowledge, load, write

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
FILES = {
    2015: ["hoc-ge2015-results-full.csv"],
    2017: ["HoC-GE2017-results-by-candidate.csv", "HoC-GE2017-constituency-results.csv"],
    2019: ["HoC-GE2019-results-by-candidate.csv", "HoC-GE2019-results-by-constituency-csv.csv"],
}
CANDIDATE_FILES = {2015: "hoc-ge2015-results-full.csv", 2017: "HoC-GE2017-results-by-candidate.csv",
                   2019: "HoC-GE2019-results-by-candidate.csv"}
ALL_FILES = [name for names in FILES.values() for name in names]

needs_data = pytest.mark.skipif(
    not all((DATA / name).is_file() for name in ALL_FILES),
    reason=f"the HoC Library results files are not in {DATA} (the shared data folder beside the project)")

# Seats won per party, as the HoC Library reports them (checked against the files' rows).
OFFICIAL_TOTALS = {
    2015: {"Conservative": 330, "Labour": 232, "Scottish National Party": 56, "Liberal Democrat": 8,
           "Democratic Unionist Party": 8, "Sinn Fein": 4, "Plaid Cymru": 3, "SDLP": 3,
           "Ulster Unionist Party": 2, "UKIP": 1, "Green": 1, "Speaker": 1, "Independent": 1},
    2017: {"Conservative": 317, "Labour": 262, "Scottish National Party": 35, "Liberal Democrat": 12,
           "Democratic Unionist Party": 10, "Sinn Fein": 7, "Plaid Cymru": 4, "Green": 1, "Speaker": 1,
           "Independent": 1},
    2019: {"Conservative": 365, "Labour": 202, "Scottish National Party": 48, "Liberal Democrat": 11,
           "Democratic Unionist Party": 8, "Sinn Fein": 7, "Plaid Cymru": 4, "SDLP": 2, "Green": 1,
           "Alliance": 1, "Speaker": 1},
}

CANDIDATE_HEADER = ("ons_id,ons_region_id,constituency_name,county_name,region_name,country_name,constituency_type,"
                    "party_name,party_abbreviation,firstname,surname,gender,sitting_mp,former_mp,votes,share,change")
CONSTITUENCY_HEADER = ("ons_id,ons_region_id,constituency_name,county_name,region_name,country_name,"
                       "constituency_type,declaration_time,result,first_party,second_party,electorate,valid_votes,"
                       "invalid_votes,majority,con,lab,ld,ukip,green,snp,pc,dup,sf,sdlp,uup,alliance,other,"
                       "other_winner")


def data_files(*names: str) -> list[Path]:
    return [DATA / name for name in (names or ALL_FILES)]


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    if not all((DATA / name).is_file() for name in ALL_FILES):
        pytest.skip(f"the HoC Library results files are not in {DATA}")
    db = tmp_path_factory.mktemp("official") / "knowledge.sqlite3"
    report = import_results(data_files(), db)
    return db, report


@pytest.fixture(scope="module")
def knowledge(imported: tuple[Path, object]) -> Knowledge:
    return load(imported[0])


def seat_of(knowledge: Knowledge, name: str, year: int):
    found = [s for s in knowledge.seats if s.constituency == name and s.election_year == year]
    assert len(found) == 1, f"{name} {year}: {len(found)} seats"
    return found[0]


def table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("facts", "imports", "seats", "candidacies", "seat_facts", "conflicts", "elections")}
    finally:
        conn.close()


def raw_results(year: int) -> dict[str, list[dict[str, str]]]:
    """The candidate rows of one year straight from the file, by constituency name as written, most votes first."""
    by_seat: dict[str, list[dict[str, str]]] = defaultdict(list)
    with open(DATA / CANDIDATE_FILES[year], encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            by_seat[row["constituency_name"]].append(row)
    for rows in by_seat.values():
        rows.sort(key=lambda r: -int(r["votes"]))
    return by_seat


# --- the real files -----------------------------------------------------------------------------------

@needs_data
def test_all_five_files_import_with_their_formats_and_years(imported) -> None:
    _, report = imported
    assert report.ok, report.summary()
    by_file = {f.file: f for f in report.files}
    assert {name: (f.election_year, f.seats) for name, f in by_file.items()} == {
        name: (year, 650) for year, names in FILES.items() for name in names}
    assert by_file["hoc-ge2015-results-full.csv"].candidates == 3971
    assert by_file["HoC-GE2017-results-by-candidate.csv"].candidates == 3304
    assert by_file["HoC-GE2019-results-by-candidate.csv"].candidates == 3320
    assert by_file["HoC-GE2017-constituency-results.csv"].format == "HoC Library results by constituency"
    assert by_file["hoc-ge2015-results-full.csv"].format == "HoC Library results by candidate"
    assert report.seats_total == 1950
    assert report.official_disagreements == [], "the candidate and constituency files should agree"
    summary = report.summary()
    assert "HoC-GE2019-results-by-constituency-csv.csv: HoC Library results by constituency, 2019" in summary
    assert "3971 candidates" in summary and "refused" not in summary


@needs_data
def test_kensington_2017(knowledge: Knowledge) -> None:
    seat = seat_of(knowledge, "Kensington", 2017)
    votes = {c.name: c.votes for c in seat.candidates}
    assert votes["Emma Dent Coad"] == 16333 and votes["Victoria Borwick"] == 16313
    assert seat.get("winner") == "Emma Dent Coad" and seat.get("winner_party") == "Labour"
    assert seat.get("margin") == 20
    assert (seat.get("outcome"), seat.get("previous_party")) == ("gain", "Conservative")
    assert seat.get("electorate") == 60588 and seat.get("valid_votes") == 38677
    assert seat.get("invalid_votes") == 118 and seat.get("ballots") == 38795
    assert seat.get("turnout_percent") == 63.84
    assert "computed" in seat.facts["turnout_percent"].sources[0].sentence
    assert seat.get("declared_at") == "2017-06-09 21:03"
    assert seat.get("previous_majority") == 7361  # Victoria Borwick's 2015 majority
    assert seat.candidates[0].name == "Emma Dent Coad" and seat.candidates[0].elected
    assert "Jennifer Nadel" in votes, "stray spaces in names are cleaned"
    where = seat.candidates[0].vote_sources[0]
    assert where.origin == "official" and where.file == "HoC-GE2017-results-by-candidate.csv"
    assert where.date == "2017-06-08"
    assert where.sentence == "HoC Library 2017 results: Kensington, Emma Dent Coad (Labour) 16,333 votes"


@needs_data
def test_gower_2015_and_its_derived_facts_in_2017(knowledge: Knowledge) -> None:
    gower = seat_of(knowledge, "Gower", 2015)
    assert (gower.get("winner"), gower.get("winner_party"), gower.get("margin")) == ("Byron Davies", "Conservative", 27)
    # 2015 has no constituency file and no 2010 figures: nothing is derived for it.
    for name in ("previous_majority", "previous_party", "outcome", "electorate", "turnout_percent"):
        assert gower.get(name) is None, name
    assert gower.get("valid_votes") == sum(c.votes or 0 for c in gower.candidates)
    assert {c.name for c in gower.candidates} >= {"Liz Evans", "Mark Evans"}
    later = seat_of(knowledge, "Gower", 2017)
    assert later.get("previous_majority") == 27
    source = later.facts["previous_majority"].sources[0]
    assert source.file == "hoc-ge2015-results-full.csv" and source.sentence.startswith("derived:")


@needs_data
def test_names_parties_and_seats_are_cleaned(knowledge: Knowledge) -> None:
    names = {s.constituency for s in knowledge.seats}
    assert {"Newcastle-under-Lyme", "Stoke-on-Trent Central", "Ynys Môn", "Na h-Eileanan an Iar",
            "Weston-super-Mare", "Berwick-upon-Tweed"} <= names
    assert not any("-Under-" in n or "-On-" in n or " Of " in n for n in names)
    barrow = seat_of(knowledge, "Barrow and Furness", 2017)
    winner = barrow.candidates[0]
    assert (winner.name, winner.party) == ("John Woodcock", "Labour")
    assert "(Labour and Co-operative)" in winner.vote_sources[0].sentence, "the file's own spelling is kept"
    parties = {c.party for s in knowledge.seats for c in s.candidates}
    assert "UKIP" in parties and "UK Independence Party" not in parties
    assert "Labour and Co-operative" not in parties
    assert {s.election_year: s.get("winner") for s in knowledge.seats if s.constituency == "Chorley"} == {
        2015: "Lindsay Hoyle", 2017: "Lindsay Hoyle", 2019: "Lindsay Hoyle"}


@needs_data
@pytest.mark.parametrize("year", [2015, 2017, 2019])
def test_seats_per_party_match_the_official_totals(knowledge: Knowledge, year: int) -> None:
    won = Counter(s.get("winner_party") for s in knowledge.seats if s.election_year == year)
    assert dict(won) == OFFICIAL_TOTALS[year]


@needs_data
def test_official_totals_are_what_the_files_say() -> None:
    """The expected totals above, counted from the raw rows (Labour and Labour Co-op are one party)."""
    for year in FILES:
        won = Counter(clean_party(rows[0]["party_name"]) for rows in raw_results(year).values())
        assert dict(won) == OFFICIAL_TOTALS[year]


@needs_data
def test_closest_and_largest_majorities(knowledge: Knowledge) -> None:
    closest = {y: min((s for s in knowledge.seats if s.election_year == y), key=lambda s: s.get("margin"))
               for y in FILES}
    assert (closest[2015].constituency, closest[2015].get("margin")) == ("Gower", 27)
    assert (closest[2017].constituency, closest[2017].get("margin")) == ("North East Fife", 2)
    assert (closest[2019].constituency, closest[2019].get("margin")) == ("Fermanagh and South Tyrone", 57)
    largest = {y: max((s for s in knowledge.seats if s.election_year == y), key=lambda s: s.get("margin"))
               for y in FILES}
    assert {y: (s.constituency, s.get("margin")) for y, s in largest.items()} == {
        2015: ("Knowsley", 34655), 2017: ("Knowsley", 42214), 2019: ("Knowsley", 39942)}
    assert all(isinstance(s.get("margin"), int) and s.get("margin") > 0 for s in knowledge.seats)


@needs_data
def test_derived_outcomes_agree_with_the_constituency_files(knowledge: Knowledge, tmp_path: Path) -> None:
    """Gain/hold worked out from two candidate files is what the HoC Library's result column says."""
    db = tmp_path / "candidates-only.sqlite3"
    assert import_results(data_files(*CANDIDATE_FILES.values()), db).ok
    derived = {(s.constituency, s.election_year): s for s in load(db).seats}
    checked = 0
    for seat in knowledge.seats:
        if seat.election_year in (2017, 2019):
            other = derived[(seat.constituency, seat.election_year)]
            assert (other.get("outcome"), other.get("previous_party")) == \
                (seat.get("outcome"), seat.get("previous_party")), seat.constituency
            assert other.facts["outcome"].sources[0].sentence.startswith("derived:")
            checked += 1
    assert checked == 1300


@needs_data
def test_random_answers_from_the_official_data_are_right(knowledge: Knowledge) -> None:
    rng = random.Random(20240704)
    seats = {(s.constituency, s.election_year): s for s in knowledge.seats}
    for year in FILES:
        raw = raw_results(year)
        for name in rng.sample(sorted(raw), 60):
            rows = raw[name]
            seat = seats[(clean_seat(name), year)]
            top = rows[0]
            assert seat.get("winner") == clean_person(top["firstname"], top["surname"])
            assert seat.get("margin") == int(rows[0]["votes"]) - int(rows[1]["votes"])
            someone = rng.choice(rows)
            person = clean_person(someone["firstname"], someone["surname"])
            assert {c.name: c.votes for c in seat.candidates}[person] == int(someone["votes"])
            assert len(seat.candidates) == len(rows)


@needs_data
def test_reimport_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    first = import_results(data_files(), db)
    counts = table_counts(db)
    again = import_results(data_files(), db)
    assert first.ok and again.ok
    assert table_counts(db) == counts
    assert counts["imports"] == 5 and counts["seats"] == 1950 and counts["conflicts"] == 0


@needs_data
def test_a_renamed_copy_replaces_the_earlier_import(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    import_results(data_files("HoC-GE2017-constituency-results.csv"), db)
    counts = table_counts(db)
    renamed = tmp_path / "constituency-results-2017-v2.csv"
    shutil.copyfile(DATA / "HoC-GE2017-constituency-results.csv", renamed)
    report = import_results([renamed], db)
    assert report.ok and report.files[0].replaced == ["HoC-GE2017-constituency-results.csv"]
    assert "replaces HoC-GE2017-constituency-results.csv" in report.summary()
    assert table_counts(db) == counts


@needs_data
def test_unusable_files_are_refused_and_the_others_imported(tmp_path: Path) -> None:
    (tmp_path / "mystery.csv").write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "picture.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "notes.txt").write_text("Kensington was won by Labour.\n", encoding="utf-8")
    (tmp_path / "results.csv").write_text(CANDIDATE_HEADER + "\n" + "x," * 16 + "1\n", encoding="utf-8")
    bad = [tmp_path / n for n in ("mystery.csv", "empty.csv", "picture.csv", "notes.txt", "results.csv")]
    db = tmp_path / "k.sqlite3"
    report = import_results([*bad, DATA / "HoC-GE2017-results-by-candidate.csv", tmp_path / "missing.csv"], db)
    assert not report.ok
    reasons = {f.file: f.refused for f in report.files}
    assert reasons["HoC-GE2017-results-by-candidate.csv"] is None
    assert "not a known results format" in reasons["mystery.csv"] and "constituency_name" in reasons["mystery.csv"]
    assert reasons["empty.csv"] == "empty file"
    assert "binary" in reasons["picture.csv"]
    assert "not a results table" in reasons["notes.txt"]
    assert "election year" in reasons["results.csv"]
    assert reasons["missing.csv"] == "no such file"
    summary = report.summary()
    assert "files refused (nothing from them was imported): 6" in summary and "mystery.csv: refused:" in summary
    assert len([s for s in load(db).seats if s.election_year == 2017]) == 650


@needs_data
def test_a_failed_import_leaves_the_database_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "k.sqlite3"
    import_results(data_files("hoc-ge2015-results-full.csv"), db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    from knowledge.store.database import Writer

    real = Writer.add_import
    calls = []

    def failing(self, *args, **kwargs):
        calls.append(args[0])
        if len(calls) == 2:
            raise OSError("disk full (simulated)")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Writer, "add_import", failing)
    with pytest.raises(OSError, match="simulated"):
        import_results(data_files(), db)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    monkeypatch.undo()
    # Only refused files: the database is not touched at all (nor created).
    (tmp_path / "junk.csv").write_text("x,y\n", encoding="utf-8")
    assert not import_results([tmp_path / "junk.csv"], db).ok
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not import_results([tmp_path / "junk.csv"], tmp_path / "new.sqlite3").ok
    assert not (tmp_path / "new.sqlite3").exists()


# --- small files made here: cleaning, encodings, checks ---------------------------------------------

def write_candidates(path: Path, rows: list[tuple[str, str, str, str, str]], encoding: str = "utf-8") -> Path:
    """rows of (constituency, party, first name, surname, votes)."""
    out = io.StringIO()
    table = csv.writer(out, lineterminator="\r\n")
    table.writerow(CANDIDATE_HEADER.split(","))
    for seat, party, first, last, votes in rows:
        table.writerow(["E1", "E2", seat, "C", "R", "England", "County", party, "X", first, last, "F", "No", "No",
                        votes, "0.1", ""])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def test_cp1252_stray_spaces_and_capitals_are_cleaned(tmp_path: Path) -> None:
    path = write_candidates(tmp_path / "HoC-GE2017-mini.csv", [
        ("Newcastle-Under-Lyme", "Labour and Co-operative", "Seán ", "Ó Donnghaile", "21,124"),
        ("Newcastle-Under-Lyme", "Conservative", "Owen", "Meredith ", "21094"),
        ("Newcastle-Under-Lyme", "UK Independence Party", "Elfreda", "Tealby - Watson", "99"),
    ], encoding="cp1252")
    db = tmp_path / "k.sqlite3"
    report = import_results([path], db)
    assert report.ok, report.summary()
    assert report.files[0].encoding == "cp1252" and "read as cp1252" in report.summary()
    seat = load(db).seats[0]
    assert (seat.constituency, seat.election_year) == ("Newcastle-under-Lyme", 2017)
    assert [(c.name, c.party, c.votes) for c in seat.candidates] == [
        ("Seán Ó Donnghaile", "Labour", 21124), ("Owen Meredith", "Conservative", 21094),
        ("Elfreda Tealby-Watson", "UKIP", 99)]
    assert seat.get("margin") == 30 and seat.get("valid_votes") == 21124 + 21094 + 99


def test_a_bad_row_is_reported_and_skipped_and_the_rest_imports(tmp_path: Path) -> None:
    path = write_candidates(tmp_path / "GE2019-bad.csv", [
        ("Ashfield", "Labour", "A", "One", "100"), ("Ashfield", "Conservative", "B", "Two", "lots"),
        ("Bolsover", "Labour", "C", "Three", "300"), ("Bolsover", "Conservative", "D", "Four", "200")])
    db = tmp_path / "k.sqlite3"
    report = import_results([path], db)
    assert report.ok, report.summary()
    assert report.files[0].skipped == ["row 3: votes is 'lots', not a whole number; skipped"]
    assert "1 bad row skipped" in report.summary() and "row 3: votes is 'lots'" in report.summary()
    seats = {s.constituency: s for s in load(db).seats}
    assert (seats["Bolsover"].get("winner"), seats["Bolsover"].get("margin")) == ("C Three", 100)
    # The seat with the skipped row keeps its other candidate but no winner worked out without it.
    assert [c.name for c in seats["Ashfield"].candidates] == ["A One"]
    assert seats["Ashfield"].get("winner") is None and seats["Ashfield"].get("valid_votes") is None


def test_a_file_of_mostly_bad_rows_is_refused(tmp_path: Path) -> None:
    path = write_candidates(tmp_path / "GE2019-bad.csv", [
        ("Ashfield", "Labour", "A", "One", "100"), ("Ashfield", "Conservative", "B", "Two", "lots"),
        ("Bolsover", "Labour", "", "", "300")])
    report = import_results([path], tmp_path / "k.sqlite3")
    assert report.files[0].refused == "2 of 3 rows are unusable (first: row 3: votes is 'lots', not a whole number)"


def test_a_tie_at_the_top_records_no_winner(tmp_path: Path) -> None:
    path = write_candidates(tmp_path / "GE2019-tie.csv", [
        ("Ashfield", "Labour", "A", "One", "100"), ("Ashfield", "Conservative", "B", "Two", "100")])
    report = import_results([path], tmp_path / "k.sqlite3")
    assert report.ok and "a tie at the top" in report.summary()
    assert load(tmp_path / "k.sqlite3").seats[0].get("winner") is None


def write_constituencies(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join([CONSTITUENCY_HEADER, *rows]) + "\n", encoding="utf-8")
    return path


KENSINGTON_2017 = ("E14000768,E12000007,Kensington,London,London,England,Borough,2017-06-09 21:03:00,"
                   "Lab gain from Con,Lab,Con,60588,38677,118,{majority},16313,16333,4724,0,767,0,0,0,0,0,0,0,540,0")


def test_constituency_files_take_their_year_from_the_declarations(tmp_path: Path) -> None:
    plain = write_constituencies(tmp_path / "by-constituency.csv", [KENSINGTON_2017.format(majority=20)])
    report = import_results([plain], tmp_path / "k.sqlite3")
    assert report.ok and report.files[0].election_year == 2017
    wrong = write_constituencies(tmp_path / "HoC-GE2019-by-constituency.csv", [KENSINGTON_2017.format(majority=20)])
    refused = import_results([wrong], tmp_path / "k.sqlite3").files[0].refused
    assert refused == "its name says 2019 but its declarations follow the 2017 election"


def test_official_files_that_disagree_are_reported(tmp_path: Path) -> None:
    candidates = write_candidates(tmp_path / "GE2017-candidates.csv", [
        ("Kensington", "Labour", "Emma", "Dent Coad", "16333"),
        ("Kensington", "Conservative", "Victoria", "Borwick", "16313")])
    constituencies = write_constituencies(tmp_path / "GE2017-constituencies.csv",
                                          [KENSINGTON_2017.format(majority=21)])
    report = import_results([candidates, constituencies], tmp_path / "k.sqlite3")
    assert report.ok
    fields = sorted(d.field for d in report.official_disagreements)
    assert fields == ["margin", "valid_votes"]  # majority 21 vs 20; 38,677 valid votes vs 32,646 for two candidates
    assert "official files that disagree with each other: 2" in report.summary()


def test_formats_are_recognised_by_their_header_columns(tmp_path: Path) -> None:
    assert recognise(CANDIDATE_HEADER.split(",")).kind == "hoc-candidates"
    assert recognise(CONSTITUENCY_HEADER.split(",")).kind == "hoc-constituencies"
    shuffled = tmp_path / "x.csv"
    shuffled.write_text("\ufeffVotes, Surname ,firstname,party_name,constituency_name\n1,a,b,c,d\n", encoding="utf-8")
    assert recognise(read_csv(shuffled).header).kind == "hoc-candidates"
    assert (year_from_name("HoC-GE2017-results-by-candidate.csv"), year_from_name("results.csv")) == (2017, None)
    assert year_from_name("2017-vs-2019.csv") is None
    assert parse_result("Con gain from Lab Coop") == parse_result("Con gain from Lab")
    assert (parse_result("Spk hold").winner_party, parse_result("Alliance gain from Ind").previous_party) == (
        "Speaker", "Independent")


# --- articles against official figures ---------------------------------------------------------------

def add_article(db: Path, file: str, facts: list[tuple[str, int, str, object, str | None]]) -> None:
    """Article facts written directly: (constituency, year, field, value, candidate)."""
    where = Provenance("article", file, "2017-06-10", "a sentence of the article")
    records = [Fact(seat, year, name, value, where, candidate) for seat, year, name, value, candidate in facts]
    row = ArticleRow(file=file, path=file, date="2017-06-10", sha256="0" * 64, size=1, election_year=2017,
                     status="result", reason="", seats=1, facts=len(records))
    with write(db) as writer:
        writer.add_article(row, records, [])


@needs_data
def test_check_reports_what_articles_get_wrong(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    import_results(data_files(*FILES[2017]), db)
    add_article(db, "kensington.txt", [
        ("Kensington", 2017, "winner", "Emma Dent Coad", None),
        ("Kensington", 2017, "winner_party", "Labour", None),
        ("Kensington", 2017, "margin", 20, None),
        ("Kensington", 2017, "candidate", "Emma Dent Coad", "Emma Dent Coad"),
        ("Kensington", 2017, "votes", 16999, "Emma Dent Coad"),
        ("Kensington", 2017, "candidate", "Lady Borthwick", "Lady Borthwick"),
        ("Kensington", 2017, "votes", 16313, "Lady Borthwick"),
    ])
    add_article(db, "ashfield.txt", [
        ("Ashfield", 2017, "winner", "Gloria de Piero", None),
        ("Ashfield", 2017, "margin", 441, None),
        ("Ashfield", 2017, "electorate", 78086, None),
        ("Ashfield", 2017, "candidate", "Rob Charlesworth", "Rob Charlesworth"),
        ("Ashfield", 2017, "party", "Lib Dem", "Rob Charlesworth"),
        ("Ashfield", 2017, "votes", 969, "Rob Charlesworth"),
        ("Ashfield", 2017, "candidate", "Tony Harper", "Tony Harper"),
        ("Ashfield", 2017, "votes", 20844, "Tony Harper"),
    ])
    found = check(db)
    assert sorted((d.constituency, d.field, d.candidate, d.official, d.other) for d in found) == [
        ("Ashfield", "electorate", None, 78076, 78086),
        ("Kensington", "votes", "Emma Dent Coad", 16333, 16999),
    ]
    wrong = next(d for d in found if d.field == "votes")
    assert wrong.official_source.file == "HoC-GE2017-results-by-candidate.csv"
    assert wrong.other_source.file == "kensington.txt" and wrong.election_year == 2017
    seat = seat_of(load(db), "Ashfield", 2017)
    bob = next(c for c in seat.candidates if c.name == "Bob Charlesworth")
    assert "Rob Charlesworth" in bob.aliases and {p.origin for p in bob.sources} == {"official", "article"}
    assert len(seat.candidates) == 6, "every article name is linked to an official candidate"
    report = check_report(db)
    assert "disagreements between articles and official figures: 2" in report
    assert "Kensington 2017, votes of Emma Dent Coad: official 16,333" in report and "article 16,999" in report


@needs_data
def test_check_names_candidates_the_official_list_does_not_have(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    import_results(data_files(CANDIDATE_FILES[2015]), db)
    add_article(db, "gower.txt", [
        ("Gower", 2015, "candidate", "Evans", "Evans"),  # Liz or Mark Evans: not guessed
        ("Gower", 2015, "candidate", "Davies", "Davies"),
        ("Gower", 2015, "votes", 15862, "Davies"),
        ("Gower", 2015, "candidate", "Jane Nobody", "Jane Nobody"),
    ])
    found = check(db)
    assert sorted(d.other for d in found) == ["Evans", "Jane Nobody"]
    assert all(d.field == "candidate" and d.official is None for d in found)
    seat = seat_of(load(db), "Gower", 2015)
    assert next(c for c in seat.candidates if c.name == "Byron Davies").aliases == ["Davies"]


@needs_data
def test_seed_articles_and_official_figures(tmp_path: Path) -> None:
    """The sample articles read by the article reader, checked against the official figures."""
    from knowledge.store.ingest import ingest

    db = tmp_path / "k.sqlite3"
    import_results(data_files(*FILES[2017]), db)
    ingest([ROOT / "knowledge" / "articles"], db)
    kensington = seat_of(load(db), "Kensington", 2017)
    assert any(p.origin == "article" for p in kensington.sources), "the reader lost the Kensington seed article"
    assert not [d for d in check(db) if d.constituency == "Kensington" and d.field in ("winner", "margin", "votes")]
    article = tmp_path / "kensington-wrong.txt"
    article.write_text(" date 2017-06-10 The election battle for Kensington came to a nail-biting finish as "
                       "Labour's Emma Dent Coad took the seat from Conservative Victoria Borwick. Emma Dent Coad "
                       "polled 16,999 votes and Victoria Borwick 16,313.\n", encoding="utf-8")
    ingest([article], db)
    votes = [d for d in check(db) if d.field == "votes" and d.other_source.file == article.name]
    assert votes, "the reader no longer reads vote counts that differ from the official ones"
    assert (votes[0].candidate, votes[0].official, votes[0].other) == ("Emma Dent Coad", 16333, 16999)


def test_a_folder_stands_for_its_csv_files_and_short_rows_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "results"
    folder.mkdir()
    write_candidates(folder / "GE2019-a.csv", [("Ashfield", "Conservative", "Lee", "Anderson", "19231"),
                                               ("Ashfield", "Ashfield Independents", "Jason", "Zadrozny", "13498")])
    (folder / "readme.txt").write_text("not imported\n", encoding="utf-8")
    (folder / "GE2019-short.csv").write_text(CANDIDATE_HEADER + "\nE1,E2,Ashfield,C,R,England\n", encoding="utf-8")
    report = import_results([folder], tmp_path / "k.sqlite3")
    assert [f.file for f in report.files] == ["GE2019-a.csv", "GE2019-short.csv"]
    assert report.files[1].refused == "row 2: no candidate name"
    seat = load(tmp_path / "k.sqlite3").seats[0]
    assert (seat.get("winner"), seat.get("margin")) == ("Lee Anderson", 5733)
