"""The field trial: real result pages, each read alone, their facts compared with the official results.

    python scripts/field_trial.py PAGES_DIR --data ../shared/data [--out DIR]

Each page file (the article format: a first line ` date YYYY-MM-DD `, then the text) is ingested alone
into its own database and exported; each exported seat fact is compared with the official results
(the project's own import of the files in `--data`) of that seat and election:

- right: the exported value is the official one (names compared as the knowledge base compares
  people; parties by their canonical names; turnout to one decimal of valid votes / electorate);
- wrong: it differs (or names someone who was not a candidate there, or a seat that election did not have);
- missed: the page's text writes the official figure near the seat's name but the export lacks it.
  This is an AUTOMATIC APPROXIMATION (see `field_text`): a number or surname standing near the seat
  for another reason counts as stated, so check the misses by hand;
- apart: recounts and by-elections, which the official files do not hold, are listed for judging
  by hand and not counted.

The election of a page is told by its date, not by the reader: the general election it follows within
the reporting window after polling day (a seat the reader filed as a by-election there is wrong), else
a by-election when the text speaks of one. Fields: winner, winner's party, margin, each candidate's
votes, turnout, electorate. Precision is right / (right + wrong), recall right / (right + wrong + missed).

Nothing of a page's text is printed: lines name files, seats, fields and figures. `--out DIR` writes
each page's export (which holds the sentences facts came from: keep DIR out of the repository) and a
listing of its judgements, for a person to read.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from field_compare import TRIAL_FIELDS, Judgement, exported_votes_of, judge_seat, official_winner
from field_text import PageText, number_stated, party_stated, seat_windows, surname_stated, turnout_stated

from knowledge.lexicon.elections import BY_ELECTION, REPORTING_WINDOW, election_for_article, polling_day
from knowledge.official.importer import import_results
from knowledge.reading.article_text import split_header
from knowledge.records import Seat
from knowledge.store.database import load
from knowledge.store.export import export_json
from knowledge.store.ingest import decode_article, ingest
from knowledge.store.merge import SeatKey, seat_key

APPROXIMATION = ("missed = the official figure is written near the seat's name in the page's text but not "
                 "exported: an automatic approximation, check by hand")


@dataclass(slots=True)
class PageResult:
    """What the trial found on one page."""

    file: str
    election: str
    seats: list[str] = field(default_factory=list)
    judgements: list[Judgement] = field(default_factory=list)
    status: str = ""

    def count(self, verdict: str) -> int:
        return sum(j.verdict == verdict for j in self.judgements)

    def line(self) -> str:
        seats = ", ".join(self.seats) or "no seat"
        apart = f" apart {self.count('apart')}" if self.count("apart") else ""
        status = f"  [{self.status}]" if self.status else ""
        return (f"{self.file}  {self.election}  {seats}: right {self.count('right')} wrong {self.count('wrong')} "
                f"missed {self.count('missed')}{apart}{status}")


# --- the official results ----------------------------------------------------------------------------

def official_seats(data_dir: Path, work: Path) -> dict[SeatKey, Seat]:
    """Every general election seat of the official files in `data_dir`, by seat key."""
    db = work / "official.sqlite3"
    report = import_results([data_dir], db)
    if not report.imported:
        raise SystemExit(f"no official results file could be imported from {data_dir}")
    return {seat_key(s.constituency, s.election_year): s for s in load(db).seats if not s.by_election}


# --- one page ----------------------------------------------------------------------------------------

def export_page(page: Path, work: Path) -> dict:
    """The export of a database holding this page alone."""
    db = work / f"{page.stem}.sqlite3"
    ingest([page], db, parallel=False)
    return export_json(load(db))


def page_body(page: Path) -> tuple[date | None, str]:
    """The page's date (its header, as the reader reads it) and its text after the header."""
    return split_header(decode_article(page.read_bytes()))


@dataclass(frozen=True, slots=True)
class PageContest:
    """The contest a page reports, told by its date alone (not by the reader, whose choice is under test)."""

    general: int | None  # the general election it reports, else None
    label: str


def page_contest(day: date | None, body: str) -> PageContest:
    """A general election when the page is dated within the reporting window after its polling day; else a
    by-election when the text speaks of one; else nothing the official files can judge."""
    if day is None:
        return PageContest(None, "no date")
    year, preview = election_for_article(day)
    if preview:
        return PageContest(None, f"{year} preview")
    polled = polling_day(year)
    if polled is not None and day - polled <= REPORTING_WINDOW:
        return PageContest(year, str(year))
    if BY_ELECTION.search(body):
        return PageContest(None, "a by-election")
    return PageContest(None, "no election by its date")


def trial_page(page: Path, official: dict[SeatKey, Seat], work: Path) -> tuple[PageResult, dict]:
    """Judge one page; returns the result and the page's export."""
    day, body = page_body(page)
    exported = export_page(page, work)
    contest = page_contest(day, body)
    general = contest.general
    result = PageResult(page.name, contest.label)
    articles = exported.get("articles", [])
    if articles and articles[0].get("status") not in (None, "ok", "read"):
        result.status = f"{articles[0].get('status')}: {articles[0].get('reason') or ''}".strip(": ")
    text = PageText.of(body)
    seen: set[SeatKey] = set()
    for seat in exported["seats"]:
        result.seats.append(f"{seat['constituency']} ({_contest(seat)})")
        if seat.get("recounts") is not None:
            result.judgements.append(Judgement(page.name, seat["constituency"], _contest(seat), "recounts", "apart",
                                               None, seat["recounts"], note="recounts: judge by hand"))
        if seat.get("by_election"):
            misfiled = official.get(seat_key(seat["constituency"], general)) if general else None
            if misfiled is None:
                result.judgements.extend(_apart(page.name, seat, "a by-election: judge by hand"))
                continue
            seen.add(seat_key(misfiled.constituency, general))
            result.judgements.extend(_misfiled(page.name, seat, misfiled))
            result.judgements.extend(missed_facts(page.name, text, misfiled, seat))
            continue
        key = seat_key(seat["constituency"], seat["election_year"])
        truth = official.get(key)
        if truth is None:
            found, named = _unknown_seat(page.name, seat, official)
            result.judgements.extend(found)
            seen |= named
            continue
        seen.add(key)
        result.judgements.extend(judge_seat(page.name, seat, truth))
        if general == truth.election_year:
            result.judgements.extend(missed_facts(page.name, text, truth, seat))
    if general:
        result.judgements.extend(_unexported(page.name, text, general, official, seen))
    return result, exported


def _misfiled(page: str, seat: dict, truth: Seat) -> list[Judgement]:
    """A general election page's seat the reader filed as a by-election: every fact is wrong (no such
    contest), the note says whether its value is the general election's."""
    where = f"filed as a by-election of {seat.get('election_date')}: the page reports the {truth.election_year} general election"
    return [Judgement(j.page, j.constituency, f"by-election {seat.get('election_date')}", j.field, "wrong", j.official,
                      j.exported, j.candidate, f"{where}; the value is {'the' if j.verdict == 'right' else 'not the'} "
                      "general election's")
            for j in judge_seat(page, seat, truth)]


def _contest(seat: dict) -> str:
    return f"by-election {seat['election_date']}" if seat.get("by_election") else str(seat.get("election_year"))


def _apart(page: str, seat: dict, note: str) -> list[Judgement]:
    found = [Judgement(page, seat["constituency"], _contest(seat), name, "apart", None, seat.get(name), note=note)
             for name in TRIAL_FIELDS if name != "votes" and seat.get(name) is not None]
    found += [Judgement(page, seat["constituency"], _contest(seat), "votes", "apart", None, c["votes"], c["name"],
                        note) for c in seat.get("candidates", []) if c.get("votes") is not None]
    return found


def _unknown_seat(page: str, seat: dict, official: dict[SeatKey, Seat]) -> tuple[list[Judgement], set[SeatKey]]:
    """Facts of a seat the official files do not have at that election: wrong when the files cover that
    election (the seat or its year is wrong), else apart; and the official seats named inside its name
    ('Barset and North Vale' for Barset), whose figures the page gave to it and so are not missed too."""
    year = seat.get("election_year")
    covered = any(key[1] == year for key in official)
    if not covered or not isinstance(year, int):
        return _apart(page, seat, f"no official file for {year}"), set()
    named = {seat_key(name, year) for name in seat_windows(PageText.of(seat["constituency"]), year)}
    note = f"no such seat at the {year} general election"
    if named & official.keys():
        note += f" (its name holds {', '.join(sorted(official[k].constituency for k in named & official.keys()))})"
    return [Judgement(j.page, j.constituency, j.election, j.field, "wrong", None, j.exported, j.candidate, note)
            for j in _apart(page, seat, "")], named


def _unexported(page: str, text: PageText, year: int, official: dict[SeatKey, Seat], seen: set[SeatKey]
                ) -> list[Judgement]:
    """Misses of the seats the page names with figures but the export does not have at all."""
    found: list[Judgement] = []
    for name in seat_windows(text, year):
        key = seat_key(name, year)
        if key in seen or key not in official:
            continue
        found.extend(missed_facts(page, text, official[key], None))
    return found


def missed_facts(page: str, text: PageText, truth: Seat, exported: dict | None) -> list[Judgement]:
    """The official figures written near the seat's name that the exported seat lacks."""
    spans = seat_windows(text, truth.election_year).get(truth.constituency, [])
    if not spans:
        return []
    have = exported or {}
    found: list[Judgement] = []

    def miss(field: str, value: object, candidate: str | None = None) -> None:
        found.append(Judgement(page, truth.constituency, str(truth.election_year), field, "missed", value, None,
                               candidate))

    elected = official_winner(truth)
    # A surname alone is no result (previews, profiles): it counts once the page writes a figure of the count.
    counted = [c.votes for c in truth.candidates if c.votes] + [truth.get("margin")]
    reports_count = any(isinstance(n, int) and number_stated(text, spans, n) for n in counted)
    winner_named = reports_count and elected is not None and surname_stated(text, spans, elected.name)
    if elected and not have.get("winner") and winner_named:
        miss("winner", elected.name)
    party = truth.get("winner_party")
    if party and not have.get("winner_party") and winner_named and party_stated(text, spans, str(party)):
        miss("winner_party", party)
    for name in ("margin", "electorate"):
        value = truth.get(name)
        if isinstance(value, int) and have.get(name) is None and number_stated(text, spans, value):
            miss(name, value)
    turnout = truth.get("turnout_percent")
    if isinstance(turnout, float) and have.get("turnout_percent") is None and turnout_stated(text, spans, turnout):
        miss("turnout_percent", turnout)
    given = exported_votes_of(exported, truth)
    for candidate in truth.candidates:
        if (candidate.votes is not None and candidate.name not in given
                and number_stated(text, spans, candidate.votes)):
            miss("votes", candidate.votes, candidate.name)
    return found


# --- the whole set -----------------------------------------------------------------------------------

def totals_lines(results: list[PageResult]) -> list[str]:
    """Totals by field and overall, with precision and recall."""
    counts: Counter[tuple[str, str]] = Counter()
    for result in results:
        for j in result.judgements:
            counts[(j.field if j.field in TRIAL_FIELDS else "other", j.verdict)] += 1
    lines = ["field            right wrong missed  precision recall"]
    for name in (*TRIAL_FIELDS, "all"):
        fields = TRIAL_FIELDS if name == "all" else (name,)
        right, wrong, missed = (sum(counts[(f, v)] for f in fields) for v in ("right", "wrong", "missed"))
        lines.append(f"{name:16} {right:5} {wrong:5} {missed:6}  {_ratio(right, right + wrong):>9} "
                     f"{_ratio(right, right + wrong + missed):>6}")
    apart = sum(n for (_, verdict), n in counts.items() if verdict == "apart")
    lines.append(f"apart (recounts, by-elections, fields the official files lack; judge by hand): {apart}")
    lines.append(f"pages: {len(results)}, with a fact exported: "
                 f"{sum(1 for r in results if any(j.verdict != 'missed' for j in r.judgements))}")
    lines.append(APPROXIMATION)
    return lines


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def write_out(out: Path, result: PageResult, exported: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    stem = Path(result.file).stem
    (out / f"{stem}.json").write_text(json.dumps(exported, indent=1, ensure_ascii=False), encoding="utf-8")
    order = {"wrong": 0, "missed": 1, "apart": 2, "right": 3}
    listing = [result.line(), *(j.line() for j in sorted(result.judgements, key=lambda j: order[j.verdict]))]
    (out / f"{stem}.facts.txt").write_text("\n".join(listing) + "\n", encoding="utf-8")


def run(pages_dir: Path, data_dir: Path, out: Path | None) -> list[str]:
    """Judge every page of `pages_dir`; the report's lines."""
    pages = sorted(p for p in pages_dir.iterdir() if p.suffix == ".txt" and p.is_file())
    results: list[PageResult] = []
    with tempfile.TemporaryDirectory(prefix="field-trial-") as scratch:
        work = Path(scratch)
        official = official_seats(data_dir, work)
        for page in pages:
            result, exported = trial_page(page, official, work)
            results.append(result)
            if out is not None:
                write_out(out, result, exported)
    lines = [r.line() for r in results] + [""] + totals_lines(results)
    if out is not None:
        every = [j.line() for r in results for j in r.judgements if j.verdict in ("wrong", "missed", "apart")]
        (out / "judgements.txt").write_text("\n".join(f"{j}" for j in every) + "\n", encoding="utf-8")
        (out / "summary.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", type=Path, help="a folder of page files in the article format")
    parser.add_argument("--data", type=Path, required=True, help="the folder of official results files")
    parser.add_argument("--out", type=Path, help="write each page's export and judgements here")
    args = parser.parse_args(argv)
    if not args.pages.is_dir():
        parser.error(f"{args.pages} is not a folder")
    for line in run(args.pages, args.data, args.out):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
