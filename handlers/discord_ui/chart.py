"""A bar chart of one seat's result, drawn locally with Pillow: a pure function, PNG bytes out.

Nothing here imports discord; `render_result_chart(seat)` is called off the event loop by the cogs.
Candidates without a vote count are listed with "votes not reported" instead of a bar, and very
long lists are cut to `MAX_ROWS` rows with a closing "… and N more" line.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from knowledge.lexicon.parties import canonical_party
from knowledge.records import Candidate, Seat

WIDTH = 900
ROW_HEIGHT = 34
TOP = 64
BOTTOM = 24
LABEL_WIDTH = 330
MAX_ROWS = 30
MAX_LABEL_CHARS = 42
BACKGROUND = (47, 49, 54)
TEXT = (235, 235, 235)
MUTED = (160, 163, 170)
DEFAULT_COLOUR = (120, 124, 130)
FONT_FILES = ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# RGB colours of the main parties, by the canonical names in knowledge.lexicon.parties.
PARTY_COLOURS: dict[str, tuple[int, int, int]] = {
    "Labour": (228, 0, 59),
    "Conservative": (0, 135, 220),
    "Liberal Democrat": (250, 166, 26),
    "Scottish National Party": (253, 243, 142),
    "Plaid Cymru": (0, 129, 66),
    "Green": (2, 168, 98),
    "UKIP": (112, 20, 122),
    "Brexit Party": (18, 182, 207),
    "Democratic Unionist Party": (212, 106, 76),
    "Sinn Fein": (50, 100, 40),
    "SDLP": (47, 172, 102),
    "Ulster Unionist Party": (72, 169, 229),
    "Alliance": (246, 203, 47),
    "Independent": (220, 220, 220),
}


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the chart: a label, a vote count (or None) and a colour."""

    label: str
    votes: int | None
    colour: tuple[int, int, int]
    elected: bool


def party_colour(party: str | None) -> tuple[int, int, int]:
    """The party's colour, or a neutral grey for parties without one."""
    canonical = canonical_party(party) if party else None
    return PARTY_COLOURS.get(canonical or "", DEFAULT_COLOUR)


def _shorten(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _rows(candidates: list[Candidate]) -> list[Row]:
    ordered = sorted(candidates, key=lambda c: (c.votes is None, -(c.votes or 0)))
    return [Row(label=_shorten(f"{c.name} ({c.party})" if c.party else c.name), votes=c.votes,
                colour=party_colour(c.party), elected=c.elected) for c in ordered]


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans where the system has it (accents, ✓), else Pillow's bundled font."""
    for name in FONT_FILES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow < 10.1 or no FreeType: the fixed bitmap font
        return ImageFont.load_default()


def _title(seat: Seat) -> str:
    year = f" — {seat.election_year} general election" if seat.election_year else ""
    return _shorten(f"{seat.constituency}{year}", 80)


def render_result_chart(seat: Seat, previous: Seat | None = None, *, max_rows: int = MAX_ROWS) -> bytes:
    """A PNG bar chart of the seat's candidates by votes (largest first); the winner's bar is marked."""
    rows = _rows(seat.candidates)
    hidden = max(0, len(rows) - max_rows)
    rows = rows[:max_rows]
    height = TOP + ROW_HEIGHT * max(1, len(rows) + (1 if hidden else 0)) + BOTTOM
    image = Image.new("RGB", (WIDTH, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.text((16, 16), _title(seat), fill=TEXT, font=_font(24))
    if not rows:
        draw.text((16, TOP), "No candidates on record.", fill=MUTED, font=_font(16))
    top_votes = max((r.votes for r in rows if r.votes), default=0)
    bar_space = WIDTH - LABEL_WIDTH - 120
    for index, row in enumerate(rows):
        _draw_row(draw, TOP + index * ROW_HEIGHT, row, top_votes, bar_space)
    if hidden:
        draw.text((16, TOP + len(rows) * ROW_HEIGHT + 6), f"… and {hidden} more candidates",
                  fill=MUTED, font=_font(16))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _draw_row(draw: ImageDraw.ImageDraw, y: int, row: Row, top_votes: int, bar_space: int) -> None:
    font = _font(16)
    marker = "✓ " if row.elected else ""
    draw.text((16, y + 8), marker + row.label, fill=TEXT if row.elected else MUTED, font=font)
    if row.votes is None:
        draw.text((LABEL_WIDTH, y + 8), "votes not reported", fill=MUTED, font=font)
        return
    length = int(bar_space * row.votes / top_votes) if top_votes else 0
    if length > 0:
        draw.rectangle((LABEL_WIDTH, y + 6, LABEL_WIDTH + length, y + ROW_HEIGHT - 6), fill=row.colour,
                       outline=TEXT if row.elected else None, width=2 if row.elected else 0)
    draw.text((LABEL_WIDTH + length + 8, y + 8), f"{row.votes:,}", fill=TEXT, font=font)
