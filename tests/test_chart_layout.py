"""The result chart's geometry and colours: labels never on bars, shares and the majority drawn,
the previous contest shown, every party's colour visible on white and on the dark background."""
from __future__ import annotations

import colorsys
import io

import pytest
from PIL import Image

from handlers.discord_ui.chart import WIDTH, chart_layout, render_result_chart, shares
from handlers.discord_ui.colours import (
    BRAND_COLOURS,
    DARK,
    DEFAULT_COLOUR,
    MIN_CONTRAST,
    WHITE,
    contrast,
    legible,
    party_colour,
)
from knowledge.lexicon.parties import PARTIES
from knowledge.records import Candidate, Provenance, Seat, SeatFact

P = Provenance("article", "a.txt", "2017-06-09", "s")


def seat(name: str, year: int, candidates: list[Candidate], **facts: object) -> Seat:
    found = Seat(name, year)
    found.candidates = candidates
    found.facts = {k: SeatFact(v, [P]) for k, v in facts.items()}
    return found


def ashfield() -> Seat:
    return seat("Ashfield", 2017, [Candidate("Gloria De Piero", "Labour", 21285, True),
                                   Candidate("Tony Harper", "Conservative", 20844),
                                   Candidate("Gail Turner", "Independent", 4612),
                                   Candidate("Ray Young", "UKIP", 1885),
                                   Candidate("Rob Charlesworth", "Liberal Democrat", 969),
                                   Candidate("Arran Rangi", "Green", 398)],
                winner_party="Labour", margin=441, outcome="hold", turnout_percent=64.63)


def ashfield_2015() -> Seat:
    return seat("Ashfield", 2015, [Candidate("Gloria De Piero", "Labour", 19448, True),
                                   Candidate("Helen Harrison", "Conservative", 10628),
                                   Candidate("Gail Turner", "Independent", 1000),
                                   Candidate("Simon Ashcroft", "UKIP", 10150)], winner_party="Labour", margin=8820)


def cases() -> dict[str, tuple[Seat, Seat | None]]:
    long_name = "Bartholomew Featherstonehaugh-Cholmondeley " * 4
    return {
        "ashfield": (ashfield(), None),
        "ashfield with 2015": (ashfield(), ashfield_2015()),
        "landslide": (seat("Bootle", 2017, [Candidate("A " + long_name, "Labour", 52_000, True),
                                            Candidate("B", "Conservative", 30)], winner_party="Labour",
                           margin=51_970), None),
        "long names and parties": (seat("X", 2019, [Candidate(long_name, long_name, 1_000_000 - i, i == 0)
                                                    for i in range(12)]), None),
        "sixty candidates": (seat("Y", 2019, [Candidate(f"C{i}", f"Party {i}", 60 - i, i == 0)
                                              for i in range(60)]), None),
        "missing votes": (seat("Z", 2017, [Candidate("A", "Labour", None, True), Candidate("B", "Green", 5)]), None),
        "tie at the top": (seat("T", 2017, [Candidate("A", "Labour", 100, True), Candidate("B", "Green", 100)]), None),
        "previous share larger than any now": (ashfield(), seat("Ashfield", 2015, [
            Candidate("Q", "Labour", 99_000, True), Candidate("R", "Green", 1_000)], winner_party="Labour")),
    }


def overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("case", list(cases()))
def test_no_label_overlaps_a_bar_and_everything_is_inside_the_image(case: str) -> None:
    found, previous = cases()[case]
    layout = chart_layout(found, previous)
    assert layout.bars or case == "missing votes" or not found.candidates
    for text in layout.texts:
        box = text.box()
        assert box[0] >= 0 and box[2] <= WIDTH and box[1] >= 0 and box[3] <= layout.height, (text.text, box)
        for bar in layout.bars:
            assert not overlaps(box, bar.box), (text.text, box, bar.box)
    for bar in layout.bars:
        assert 0 <= bar.box[0] < bar.box[2] <= WIDTH and 0 <= bar.box[1] < bar.box[3] <= layout.height
    texts = sorted((t.box() for t in layout.texts), key=lambda b: (b[1], b[0]))
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            assert not overlaps(a, b), (a, b)


def test_the_drawing_is_the_layout() -> None:
    layout = chart_layout(ashfield(), ashfield_2015())
    picture = Image.open(io.BytesIO(render_result_chart(ashfield(), ashfield_2015()))).convert("RGB")
    assert picture.size == (WIDTH, layout.height)
    for bar in layout.bars:
        if bar.filled and bar.box[2] - bar.box[0] > 6 and bar.box[3] - bar.box[1] > 6:
            middle = ((bar.box[0] + bar.box[2]) // 2, (bar.box[1] + bar.box[3]) // 2)
            assert picture.getpixel(middle) == bar.colour


def test_bars_are_vote_shares_with_the_majority_outlined() -> None:
    layout = chart_layout(ashfield())
    texts = [t.text for t in layout.texts]
    assert "21,285 · 42.6%" in texts and "20,844 · 41.7%" in texts and "398 · 0.8%" in texts
    assert any("Lab hold" in t and "majority 441 (0.9%)" in t and "turnout 64.6%" in t for t in texts)
    filled = [b for b in layout.bars if b.filled]
    [gap] = [b for b in layout.bars if not b.filled]
    winner, runner_up = filled[0], filled[1]
    assert gap.box[0] == runner_up.box[2] and gap.box[2] == winner.box[2]  # from the runner-up's end to the winner's
    assert gap.box[1] == runner_up.box[1]
    widths = [b.box[2] - b.box[0] for b in filled]
    assert widths == sorted(widths, reverse=True)
    assert abs(widths[1] / widths[0] - 20844 / 21285) < 0.01


def test_the_previous_contest_adds_a_thin_bar_per_party_then() -> None:
    without = chart_layout(ashfield())
    with_before = chart_layout(ashfield(), ashfield_2015())
    thin = [b for b in with_before.bars if b.box[3] - b.box[1] < 8]
    assert not [b for b in without.bars if b.box[3] - b.box[1] < 8]
    # Labour, Conservative, UKIP stood both times; independents are not one party, so none for Turner
    assert {b.colour for b in thin} == {party_colour("Labour"), party_colour("Conservative"), party_colour("UKIP")}
    assert any("2015 general election" in t.text for t in with_before.texts)


def test_shares_from_votes_only_when_every_candidate_has_them() -> None:
    assert shares([Candidate("A", None, 75), Candidate("B", None, 25)]) == {0: 75.0, 1: 25.0}
    assert shares([Candidate("A", None, 75), Candidate("B", None, None)]) == {}
    assert shares([Candidate("A", None, 75, share_percent=60.0), Candidate("B", None, 25)]) == {0: 60.0}


@pytest.mark.parametrize("party", [p.name for p in PARTIES])
def test_every_party_colour_shows_on_white_and_on_dark(party: str) -> None:
    colour = party_colour(party)
    assert contrast(colour, WHITE) >= MIN_CONTRAST, (party, colour)
    assert contrast(colour, DARK) >= MIN_CONTRAST, (party, colour)


def test_colours_keep_their_hue_and_independents_are_not_near_white() -> None:
    assert set(BRAND_COLOURS) <= {p.name for p in PARTIES}
    for party, brand in BRAND_COLOURS.items():
        h1, _, s1 = colorsys.rgb_to_hls(*(c / 255 for c in brand))
        h2, _, _ = colorsys.rgb_to_hls(*(c / 255 for c in legible(brand)))
        if s1 > 0.2:
            assert min(abs(h1 - h2), 1 - abs(h1 - h2)) < 0.03, party
    independent = party_colour("Independent")
    assert contrast(independent, WHITE) >= MIN_CONTRAST and independent != DEFAULT_COLOUR
    assert party_colour("Scottish National Party") != BRAND_COLOURS["Scottish National Party"]  # pale yellow deepened
    assert party_colour("Conservative") == BRAND_COLOURS["Conservative"]  # already visible: unchanged
