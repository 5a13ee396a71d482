"""The result embed: the candidates once, the outcome written out, the previous result where known."""
from __future__ import annotations

import engine_kb

from handlers.answers.engine import Engine
from handlers.answers.seat_answers import result
from handlers.discord_ui.embeds import answer_embed
from handlers.discord_ui.outcome import outcome_text
from knowledge.fields import FIELDS, embed_label
from knowledge.records import Candidate, Provenance, Seat, SeatFact

P = Provenance("article", "a.txt", "2019-12-13", "s")


def seat(name: str, year: int, **facts: object) -> Seat:
    found = Seat(name, year)
    found.facts = {k: SeatFact(v, [P]) for k, v in facts.items()}
    return found


def fields(embed) -> dict[str, str]:
    return {f.name: f.value for f in embed.fields}


def test_outcome_as_the_sources_give_it() -> None:
    assert outcome_text(seat("X", 2017, winner_party="Conservative", outcome="hold")) == "Con hold"
    assert outcome_text(seat("X", 2017, winner_party="Labour", outcome="gain",
                             previous_party="Conservative")) == "Lab gain from Con"
    assert outcome_text(seat("X", 2017, winner_party="Labour")) is None  # nothing says, nothing claimed


def test_outcome_from_the_previous_contest_where_the_sources_do_not_say() -> None:
    before = seat("X", 2015, winner_party="Scottish National Party", margin=900)
    assert outcome_text(seat("X", 2017, winner_party="Scottish National Party"), before) == "SNP hold"
    assert outcome_text(seat("X", 2017, winner_party="Conservative"), before) == "Con gain from SNP"
    # the sources' own word comes first
    assert outcome_text(seat("X", 2017, winner_party="Conservative", outcome="hold"), before) == "Con hold"


def test_previous_contest_is_the_general_election_before_on_the_same_boundaries() -> None:
    engine = Engine(engine_kb.knowledge())
    [c17, c19] = engine.contests["ceredigion"]
    assert engine.previous_contest(c19) is c17
    assert engine.previous_contest(c17) is None
    embed = answer_embed(result(c19), chart=True, previous=engine.previous_contest(c19))
    assert fields(embed)["Outcome"] == "Plaid Cymru hold"
    assert fields(embed)["Previous result"] == "2017: Plaid Cymru, majority 104"


def test_candidates_are_shown_once() -> None:
    found = seat("Barset", 2019, winner="Jo Bloggs", winner_party="Labour", margin=10)
    found.candidates = [Candidate("Jo Bloggs", "Labour", 110, True, sources=[P]),
                        Candidate("Sam Roe", "Conservative", 100, sources=[P])]
    answer = result(found)
    for chart in (True, False):
        embed = answer_embed(answer, chart=chart)
        text = "\n".join([embed.description or ""] + [f.value for f in embed.fields])
        # the lead names the runner-up; the list of candidates is in the chart, or else in the text, once
        assert text.count("Sam Roe") == (1 if chart else 2), (chart, text)


def test_the_result_embed_titles_its_fields_from_the_field_registry() -> None:
    """Each field label declared in knowledge/fields.py is a field of a full result embed, under that
    title: a label the embed did not show, or showed under another title, would fail here."""
    engine = Engine(engine_kb.knowledge())
    [c17, c19] = engine.contests["ceredigion"]
    shown = fields(answer_embed(result(c19), chart=True, previous=c17))
    labels = {f.name: f.label for f in FIELDS if f.label}
    assert labels, "the registry labels the embed's fields"
    for name, label in labels.items():
        assert label == embed_label(name) and label in shown, (name, label, sorted(shown))
    assert shown[embed_label("outcome")] == "Plaid Cymru hold"
