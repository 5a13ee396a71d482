"""An invented knowledge base for the engine tests: real seat names, invented people and figures.

Built from `Fact` and `Quote` records exactly as the article reader would produce them, then
concluded by `knowledge.store.merge.merge` (in memory) or written to SQLite with `knowledge.store.database.write`.
"""
from __future__ import annotations

from pathlib import Path

from knowledge.records import Fact, Provenance, Quote
from knowledge.store.database import ArticleRow, Knowledge, load, write
from knowledge.store.merge import merge

FIFE = "a01_fife.txt"
CERED17 = "a02_ceredigion.txt"
CERED19 = "a03_ceredigion19.txt"
BRISTOL = "a04_bristol.txt"
RICHMOND = "a05_richmond.txt"
WESSEX = "a06_wessex.txt"
FIFE_EARLY = "a07_fife_early.txt"
OFFICIAL = "official_2017.csv"

DATES = {FIFE: "2017-06-09", CERED17: "2017-06-09", CERED19: "2019-12-13", BRISTOL: "2017-06-09",
         RICHMOND: "2017-06-10", WESSEX: "2015-05-08", FIFE_EARLY: "2017-06-08", OFFICIAL: None}


def _p(file: str, sentence: str = "", origin: str = "article") -> Provenance:
    return Provenance(origin, file, DATES[file], sentence or f"A sentence of {file}.")  # type: ignore[arg-type]


def _seat(facts: list[Fact], seat: str, year: int, file: str, fields: dict, candidates: list[tuple],
          origin: str = "article") -> None:
    where = _p(file, origin=origin)
    for name, value in fields.items():
        facts.append(Fact(seat, year, name, value, _p(file, f"{seat}: {name} is {value}.", origin)))
    for name, party, votes in candidates:
        facts.append(Fact(seat, year, "candidate", name, where, name))
        if party:
            facts.append(Fact(seat, year, "party", party, where, name))
        if votes is not None:
            facts.append(Fact(seat, year, "votes", votes, _p(file, f"{name} polled {votes:,}.", origin), name))


def build_facts() -> tuple[list[Fact], list[Quote]]:
    facts: list[Fact] = []
    _seat(facts, "North East Fife", 2017, FIFE,
          {"winner": "Morag Lindsay", "winner_party": "SNP", "margin": 2, "recounts": 3, "turnout_percent": 71.5,
           "electorate": 58685, "previous_majority": 4344, "outcome": "hold", "previous_party": "SNP"},
          [("Morag Lindsay", "SNP", 13743), ("Callum Baird", "Lib Dem", 13741), ("Kirsty Hood", "Conservative", 10088),
           ("Hope Sprocket", "Monster Raving Loony", None)])
    facts.append(Fact("North East Fife", 2017, "votes", 13714, _p(FIFE_EARLY, "Mr Baird polled 13,714."),
                      "Callum Baird"))
    _seat(facts, "Ceredigion", 2017, CERED17,
          {"winner": "Rhys ap Dafydd", "winner_party": "Plaid Cymru", "margin": 104, "recounts": 0,
           "outcome": "gain", "previous_party": "Liberal Democrat"},
          [("Rhys ap Dafydd", "Plaid Cymru", 11623), ("Huw Pritchard", "Liberal Democrat", 11519),
           ("Alun Price", "Labour", 8017)])
    _seat(facts, "Ceredigion", 2019, CERED19,
          {"winner": "Rhys ap Dafydd", "winner_party": "Plaid Cymru", "margin": 6329, "outcome": "hold",
           "previous_party": "Plaid Cymru", "previous_majority": 104},
          [("Rhys ap Dafydd", "Plaid Cymru", 15208), ("Amanda Lloyd", "Conservative", 8879)])
    _seat(facts, "Bristol West", 2017, BRISTOL,
          {"winner": "Thangam Okafor", "winner_party": "Labour", "margin": 37336, "outcome": "hold",
           "previous_party": "Labour"},
          [("Thangam Okafor", "Labour", 47213), ("Annabel Tall", "Conservative", 9877), ("Molly Scott", "Green", 9216),
           ("Steve Wiltshire", "Liberal Democrat", None)])
    _seat(facts, "Bristol East", 2017, BRISTOL,
          {"winner": "Kerry Fairweather", "winner_party": "Labour", "margin": 13394, "outcome": "hold"},
          [("Kerry Fairweather", "Labour", 34847), ("Theo Clarke", "Conservative", 21453),
           ("Lucy Corbyn", "Liberal Democrat", 2004), ("Gwen Price", "Green", 1201)])
    _seat(facts, "Bristol West", 2017, OFFICIAL, {"margin": 37336, "turnout_percent": 77.1},
          [("Thangam Okafor", "Labour", 47213), ("Annabel Tall", "Conservative", 9877)], origin="official")
    facts.append(Fact("Bristol West", 2017, "turnout_percent", 77.7, _p(BRISTOL, "Turnout was 77.7%.")))
    _seat(facts, "Richmond Park", 2017, RICHMOND,
          {"winner": "Zack Goldfinch", "winner_party": "Conservative", "margin": 45, "recounts": 2,
           "outcome": "gain", "previous_party": "Liberal Democrat"},
          [("Zack Goldfinch", "Conservative", 28588), ("Sarah Ollerton", "Liberal Democrat", 28543),
           ("Robert Kerr", "Labour", 5773)])
    _seat(facts, "Wessex Downs", 2015, WESSEX,
          {"winner": "Hugo Marchbanks", "winner_party": "Conservative", "margin": 12345, "outcome": "hold"},
          [("Hugo Marchbanks", "Conservative", 30011), ("Peter Marsh", "Labour", 17666)])
    quotes = [
        Quote("Ms Lindsay", "Two votes is the narrowest of margins, and every single vote counted in Fife.",
              "North East Fife", 2017, _p(FIFE, "Ms Lindsay said: ...")),
        Quote("Morag Lindsay", "Independence is not what this election was about.", "North East Fife", 2017,
              _p(FIFE, "Morag Lindsay said: ...")),
        Quote("Rhys ap Dafydd", "This is a victory for the Welsh language and for rural Ceredigion.", "Ceredigion",
              2017, _p(CERED17, "He said: ...")),
        Quote("Jean Dobbs", "The count was slow but fair.", "Richmond Park", 2017, _p(RICHMOND, "Jean Dobbs said...")),
    ]
    return facts, quotes


def knowledge() -> Knowledge:
    facts, quotes = build_facts()
    return Knowledge(seats=merge(facts, quotes))


def write_database(path: Path) -> Knowledge:
    """The same knowledge through a real SQLite file: written article by article, then loaded."""
    facts, quotes = build_facts()
    with write(path) as writer:
        for file in sorted({f.provenance.file for f in facts if f.provenance.origin == "article"}):
            mine = [f for f in facts if f.provenance.file == file]
            said = [q for q in quotes if q.provenance.file == file]
            writer.add_article(ArticleRow(file=file, path=f"/articles/{file}", date=DATES[file], sha256="0" * 64,
                                          size=100, election_year=mine[0].election_year, status="result",
                                          reason="", seats=1, facts=len(mine)), mine, said)
        official = [f for f in facts if f.provenance.origin == "official"]
        writer.add_import(OFFICIAL, "candidates", 2017, len(official), "1" * 64, official)
    return load(path)
