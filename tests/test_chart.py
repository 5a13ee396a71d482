"""The result chart: a valid PNG for one candidate, sixty candidates, and missing votes."""
from __future__ import annotations

import io

import pytest
from PIL import Image

from handlers.discord_ui.chart import MAX_ROWS, ROW_HEIGHT, party_colour, render_result_chart
from knowledge.records import Candidate, Seat

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def seat(candidates: list[Candidate]) -> Seat:
    result = Seat("Ynys Môn", 2017)
    result.candidates = candidates
    return result


def image(data: bytes) -> Image.Image:
    assert data.startswith(PNG_MAGIC)
    picture = Image.open(io.BytesIO(data))
    picture.verify()
    return Image.open(io.BytesIO(data))


def test_one_candidate() -> None:
    picture = image(render_result_chart(seat([Candidate("Albert Owen", "Labour", 15643, True)])))
    assert picture.format == "PNG" and picture.width == 900 and picture.height > 50


def test_sixty_candidates_with_huge_names_are_cut_to_the_row_limit() -> None:
    many = [Candidate(f"Candidate {i} " + "é" * 5000, f"Party {i}", 1000 - i, i == 0) for i in range(60)]
    picture = image(render_result_chart(seat(many)))
    few = image(render_result_chart(seat(many[:MAX_ROWS])))
    assert picture.height == few.height + ROW_HEIGHT, "one extra line says how many more there are"
    assert picture.height < 2000


@pytest.mark.parametrize("votes", [[None], [None, None], [100, None], [0, 0]])
def test_missing_or_zero_votes(votes: list[int | None]) -> None:
    candidates = [Candidate(f"C{i}", None, v) for i, v in enumerate(votes)]
    assert image(render_result_chart(seat(candidates))).height > 0


def test_no_candidates_and_no_year() -> None:
    empty = Seat("Nowhere", None)
    assert image(render_result_chart(empty)).width == 900


def test_party_colours() -> None:
    assert party_colour("Lab") == party_colour("Labour") != party_colour("Conservative")
    assert party_colour(None) == party_colour("Made Up Party")
