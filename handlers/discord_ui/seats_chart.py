"""A bar chart of the seats each party won at a general election, drawn locally with Pillow: PNG bytes out.

A pure function of `handlers.answers.national.SeatsChart` (nothing here imports discord); the /national
command calls it off the event loop. A line marks the seats a majority needs; small parties beyond
`MAX_BARS` are drawn as one "Others" bar.
"""
from __future__ import annotations

import io

from PIL import Image, ImageDraw

from handlers.answers.national import SeatsChart
from handlers.discord_ui.chart import BACKGROUND, DEFAULT_COLOUR, MUTED, TEXT, _font, party_colour

WIDTH = 900
ROW_HEIGHT = 34
TOP = 64
BOTTOM = 40
LABEL_WIDTH = 260
MAX_BARS = 10
MAJORITY_COLOUR = (240, 240, 240)


def bars(chart: SeatsChart) -> list[tuple[str, int, tuple[int, int, int]]]:
    """(label, seats, colour) per bar, largest first, with the smallest parties merged into 'Others'."""
    shown = [(party, seats, party_colour(party)) for party, seats in chart.parties[:MAX_BARS - 1]]
    rest = sum(seats for _, seats in chart.parties[MAX_BARS - 1:])
    if len(chart.parties) == MAX_BARS:
        party, seats = chart.parties[-1]
        shown.append((party, seats, party_colour(party)))
    elif rest:
        shown.append(("Others", rest, DEFAULT_COLOUR))
    return shown


def render_seats_chart(chart: SeatsChart) -> bytes:
    """A PNG of seats per party, with the majority line at `chart.needed` seats (none where it is 0: one
    nation's or region's seats)."""
    rows = bars(chart)
    height = TOP + ROW_HEIGHT * max(1, len(rows)) + BOTTOM
    image = Image.new("RGB", (WIDTH, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.text((16, 16), chart.title[:80], fill=TEXT, font=_font(24))
    space = WIDTH - LABEL_WIDTH - 80
    scale = space / max(chart.needed, max((seats for _, seats, _ in rows), default=1))
    font = _font(16)
    for index, (label, seats, colour) in enumerate(rows):
        y = TOP + index * ROW_HEIGHT
        draw.text((16, y + 8), label[:30], fill=TEXT, font=font)
        length = int(seats * scale)
        if length > 0:
            draw.rectangle((LABEL_WIDTH, y + 6, LABEL_WIDTH + length, y + ROW_HEIGHT - 6), fill=colour)
        draw.text((LABEL_WIDTH + length + 8, y + 8), str(seats), fill=TEXT, font=font)
    if chart.needed:
        x = LABEL_WIDTH + int(chart.needed * scale)
        bottom = TOP + ROW_HEIGHT * max(1, len(rows))
        draw.line((x, TOP - 4, x, bottom), fill=MAJORITY_COLOUR, width=2)
        draw.text((max(16, x - 120), bottom + 10), f"{chart.needed} for a majority", fill=MUTED, font=font)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
