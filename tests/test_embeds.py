"""Embeds stay within every Discord limit whatever the data."""
from __future__ import annotations

import discord
import pytest

from handlers.answers.answer import Answer
from handlers.discord_ui.embeds import (
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FIELDS_LIMIT,
    FOOTER_LIMIT,
    TITLE_LIMIT,
    TOTAL_LIMIT,
    answer_embed,
    chunk_lines,
    fit_embed,
    message_embed,
)
from knowledge.records import Candidate, Conflict, Provenance, Seat, SeatFact

HUGE = "x" * 5000


def within_limits(embed: discord.Embed) -> None:
    data = embed.to_dict()
    assert len(data.get("title", "")) <= TITLE_LIMIT
    assert len(data.get("description", "")) <= 4096
    assert len(data.get("fields", [])) <= FIELDS_LIMIT
    for field in data.get("fields", []):
        assert 0 < len(field["name"]) <= FIELD_NAME_LIMIT and 0 < len(field["value"]) <= FIELD_VALUE_LIMIT
    assert len(data.get("footer", {}).get("text", "")) <= FOOTER_LIMIT
    assert len(embed) <= TOTAL_LIMIT


def source(i: int) -> Provenance:
    return Provenance("article", f"{HUGE}-{i}.txt", "2017-06-09", HUGE)


def huge_seat() -> Seat:
    seat = Seat("Kensington " + HUGE, 2017)
    seat.facts = {"winner": SeatFact("Emma " + HUGE, [source(0)]), "winner_party": SeatFact("Labour", [source(0)]),
                  "margin": SeatFact(20, [source(1)]), "recounts": SeatFact(3, [source(2)]),
                  "turnout_percent": SeatFact(63.8, [source(3)]), "outcome": SeatFact(HUGE, [source(4)])}
    seat.candidates = [Candidate(f"{i} {HUGE}", HUGE, 100 * i, i == 0, sources=[source(i)]) for i in range(60)]
    seat.conflicts = [Conflict(seat.constituency, 2017, "margin", None, 20, source(1), 21, source(2))] * 40
    return seat


def test_huge_seat_answer_fits() -> None:
    seat = huge_seat()
    answer = Answer(HUGE, True, "result", sources=[source(i) for i in range(100)], suggestions=[HUGE] * 30,
                    seat=seat, seats=[seat] * 60)
    embed = answer_embed(answer, chart=True)
    within_limits(embed)
    assert embed.image.url == "attachment://result.png"
    names = [f.name for f in embed.fields]
    assert "Candidates" not in names and names[0] == "Sources disagree"  # the chart shows the candidates
    within_limits(answer_embed(answer))
    assert "Candidates" in [f.name for f in answer_embed(answer).fields]  # without a chart, the text does


def test_many_seats_fit() -> None:
    seats = [huge_seat() for _ in range(100)]
    within_limits(answer_embed(Answer("closest", True, "closest", seats=seats)))


def test_normal_result_without_chart_lists_the_candidates_once() -> None:
    p = Provenance("article", "a.txt", "2017-06-10", "s")
    seat = Seat("Kensington", 2017)
    seat.facts = {"winner": SeatFact("Emma Dent Coad", [p]), "winner_party": SeatFact("Labour", [p]),
                  "margin": SeatFact(20, [p]), "recounts": SeatFact(3, [p]), "turnout_percent": SeatFact(63.8, [p])}
    seat.candidates = [Candidate("Emma Dent Coad", "Labour", 16333, True, sources=[p]),
                       Candidate("Victoria Borwick", "Conservative", 16313, sources=[p])]
    embed = answer_embed(Answer("Emma Dent Coad won.", True, "winner", seat=seat))
    fields = {f.name: f.value for f in embed.fields}
    assert embed.title == "Kensington — 2017" and embed.description == "Emma Dent Coad won."
    assert fields["Candidates"].splitlines() == ["✅ **Emma Dent Coad** — Labour — 16,333 votes (50.0%)",
                                                "**Victoria Borwick** — Conservative — 16,313 votes (50.0%)"]
    assert "Winner" not in fields and "Outcome" not in fields  # the lead names the winner; no outcome on record
    assert embed.footer.text == "Sources: article a.txt, 2017-06-10"
    assert embed.image.url is None


def test_unanswered_is_grey_and_lists_suggestions() -> None:
    embed = answer_embed(Answer("I don't know Atlantis.", False, suggestions=["Ashfield", "Arfon"]))
    assert embed.colour == discord.Colour.dark_grey()
    assert {f.name: f.value for f in embed.fields}["Did you mean"] == "Ashfield\nArfon"


def test_markdown_in_names_is_escaped() -> None:
    seat = Seat("Test", 2017)
    seat.candidates = [Candidate("**Bold** _x_", None, 1, True)]
    value = {f.name: f.value for f in answer_embed(Answer("t", True, seat=seat)).fields}["Candidates"]
    assert "\\*\\*Bold\\*\\*" in value


@pytest.mark.parametrize("count", [0, 1, 30])
def test_fit_embed_caps_fields_and_total(count: int) -> None:
    embed = discord.Embed(title=HUGE, description=HUGE)
    embed.set_footer(text=HUGE)
    embed.set_author(name=HUGE)
    for _ in range(count):
        embed.add_field(name=HUGE, value=HUGE)
    within_limits(fit_embed(embed))


def test_chunk_lines_packs_fields() -> None:
    fields = chunk_lines("Candidates", ["a" * 600, "b" * 600, "c" * 2000])
    assert [f.name for f in fields] == ["Candidates", "Candidates (cont.)", "Candidates (cont.)"]
    assert all(len(f.value) <= FIELD_VALUE_LIMIT for f in fields)
    assert chunk_lines("Empty", []) == []


def test_message_embed() -> None:
    embed = message_embed("Reload failed", "", error=True)
    assert embed.colour == discord.Colour.red() and embed.description
