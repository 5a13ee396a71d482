"""The /national seats chart: a PNG, the largest parties as bars, the smallest merged into 'Others'."""
from __future__ import annotations

import io

from PIL import Image

from handlers.answers.national import SeatsChart
from handlers.discord_ui.seats_chart import MAX_BARS, bars, render_seats_chart


def chart(parties: int) -> SeatsChart:
    return SeatsChart("Test election: seats", [(f"Party {i}", 100 - i) for i in range(parties)], 326)


def test_small_parties_become_others() -> None:
    shown = bars(chart(15))
    assert len(shown) == MAX_BARS and shown[-1][0] == "Others"
    assert sum(seats for _, seats, _ in shown) == sum(100 - i for i in range(15))
    assert [label for label, _, _ in bars(chart(MAX_BARS))] == [f"Party {i}" for i in range(MAX_BARS)]


def test_renders_a_png_with_a_row_per_bar() -> None:
    few = Image.open(io.BytesIO(render_seats_chart(chart(3))))
    many = Image.open(io.BytesIO(render_seats_chart(chart(15))))
    assert few.format == "PNG" and many.height > few.height
    assert Image.open(io.BytesIO(render_seats_chart(SeatsChart("Empty", [], 326)))).format == "PNG"
