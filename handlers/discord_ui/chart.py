"""A bar chart of one seat's result, drawn locally with Pillow: a pure function, PNG bytes out.

Nothing here imports discord; `render_result_chart(seat, previous)` is called off the event loop by
the cogs. Bars are vote shares (the sources' shares, else votes over the valid votes when every
candidate's votes are known, else the votes themselves); the gap between the winner and the
runner-up is outlined as the majority; with the seat's previous contest, a thin bar under each party's
bar shows its share then. `chart_layout` places every bar and label first, so no label ever sits on
a bar, and the tests check that geometry; `render_result_chart` only draws it. Candidates without a
vote count say "votes not reported"; long lists are cut to `MAX_ROWS` rows and "… and N more".
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from handlers.answers.replies import short_party
from handlers.discord_ui.colours import DARK, DEFAULT_COLOUR, RGB, party_colour
from handlers.discord_ui.outcome import outcome_text
from knowledge.lexicon.parties import canonical_party
from knowledge.records import Candidate, Seat

__all__ = ["BACKGROUND", "DEFAULT_COLOUR", "MUTED", "TEXT", "chart_layout", "party_colour", "render_result_chart"]

WIDTH = 900
PAD = 16
ROW_HEIGHT = 36
BAR_TOP, BAR_HEIGHT = 6, 17       # within a row
BEFORE_TOP, BEFORE_HEIGHT = 26, 5  # the previous share's thin bar, within a row
HEADER = 82
LABEL_WIDTH = 300
GAP = 8
MIN_BAR = 2  # pixels: a candidate with any votes gets a visible bar
MAX_ROWS = 30
BACKGROUND = DARK
TEXT = (235, 235, 235)
MUTED = (170, 173, 180)
FONT_FILES = ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
TITLE_SIZE, BODY_SIZE, SMALL_SIZE = 24, 16, 14

Box = tuple[int, int, int, int]  # left, top, right, bottom


@dataclass(frozen=True, slots=True)
class Text:
    xy: tuple[int, int]
    text: str
    size: int
    colour: RGB

    def box(self) -> Box:
        left, top, right, bottom = _font(self.size).getbbox(self.text)
        return self.xy[0] + left, self.xy[1] + top, self.xy[0] + right, self.xy[1] + bottom


@dataclass(frozen=True, slots=True)
class Bar:
    box: Box
    colour: RGB
    outline: RGB | None = None
    filled: bool = True


@dataclass(slots=True)
class Layout:
    """Everything the chart draws, in the image's pixel coordinates."""

    height: int
    texts: list[Text] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Row:
    """One candidate: a label, votes, share (or None), the previous share of the party, a colour."""

    label: str
    party: str | None
    votes: int | None
    share: float | None
    before: float | None
    colour: RGB
    elected: bool


@lru_cache(maxsize=8)
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


def fitted(text: str, size: int, width: int) -> str:
    """`text` on one line, cut with an ellipsis to at most `width` pixels."""
    text = " ".join(text.split())
    font = _font(size)
    if font.getlength(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if font.getlength(text[:middle].rstrip() + "…") <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def shares(candidates: list[Candidate]) -> dict[int, float]:
    """Each candidate's vote share (by index): the sources' own, else votes over all votes when all are known."""
    given = {i: c.share_percent for i, c in enumerate(candidates) if c.share_percent is not None}
    if given:
        return given
    votes = [c.votes for c in candidates]
    total = sum(v for v in votes if v is not None)
    if not candidates or None in votes or total <= 0:
        return {}
    return {i: 100 * (c.votes or 0) / total for i, c in enumerate(candidates)}


def _party_shares(seat: Seat | None) -> dict[str, float]:
    if seat is None:
        return {}
    by_index = shares(seat.candidates)
    found: dict[str, float] = {}
    for i, c in enumerate(seat.candidates):
        key = canonical_party(c.party) if c.party else None
        if key and key != "Independent" and i in by_index:
            found[key] = found.get(key, 0.0) + by_index[i]
    return found


def _rows(seat: Seat, previous: Seat | None) -> list[Row]:
    by_index = shares(seat.candidates)
    before = _party_shares(previous)
    order = sorted(range(len(seat.candidates)),
                   key=lambda i: (seat.candidates[i].votes is None, -(seat.candidates[i].votes or 0)))
    rows = []
    for i in order:
        c = seat.candidates[i]
        label = f"{c.name} ({short_party(c.party)})" if c.party else c.name
        key = canonical_party(c.party) if c.party else None
        rows.append(Row(label=("✓ " if c.elected else "") + label, party=key, votes=c.votes, share=by_index.get(i),
                        before=before.get(key or ""), colour=party_colour(c.party), elected=c.elected))
    return rows


def _value(row: Row) -> str:
    if row.votes is None:
        return "votes not reported"
    if row.share is None:
        return f"{row.votes:,}"
    return f"{row.votes:,} · " + (f"{row.share:.1f}%" if row.share >= 0.05 or row.votes == 0 else "<0.1%")


def _subtitle(seat: Seat, rows: list[Row]) -> str:
    parts = []
    outcome = outcome_text(seat)
    if outcome:
        parts.append(outcome)
    margin = seat.get("margin")
    if isinstance(margin, int):
        total = sum(r.votes for r in rows if r.votes is not None)
        share = f" ({100 * margin / total:.1f}%)" if total and all(r.votes is not None for r in rows) else ""
        parts.append(f"majority {margin:,}{share}")
    turnout = seat.get("turnout_percent")
    if isinstance(turnout, int | float):
        parts.append(f"turnout {turnout:.1f}%")
    return " · ".join(parts)


def _title(seat: Seat) -> str:
    year = f" — {seat.election_year} general election" if seat.election_year else ""
    if seat.by_election:
        year = f" — by-election {seat.by_election_day or seat.election_year or ''}".rstrip()
    return f"{seat.constituency}{year}"


def _has_majority(rows: list[Row]) -> bool:
    """Whether the first two rows are the winner and the runner-up, both with votes."""
    return len(rows) > 1 and rows[0].elected and rows[0].votes is not None and rows[1].votes is not None \
        and rows[0].votes > rows[1].votes


def chart_layout(seat: Seat, previous: Seat | None = None, *, max_rows: int = MAX_ROWS) -> Layout:
    """Where every bar and label of the seat's chart goes."""
    rows = _rows(seat, previous)
    hidden = max(0, len(rows) - max_rows)
    rows = rows[:max_rows]
    with_before = any(r.before is not None for r in rows)
    legend = []
    if _has_majority(rows):
        legend.append("outlined: the majority")
    if with_before and previous is not None:
        legend.append(f"thin bars: each party's share at the {previous.election_year} general election")
    top = HEADER
    body = ROW_HEIGHT * max(1, len(rows) + (1 if hidden else 0))
    height = top + body + (28 if legend else 0) + PAD + 8
    layout = Layout(height)
    width = WIDTH - 2 * PAD
    layout.texts.append(Text((PAD, 14), fitted(_title(seat), TITLE_SIZE, width), TITLE_SIZE, TEXT))
    subtitle = _subtitle(seat, rows)
    if subtitle:
        layout.texts.append(Text((PAD, 48), fitted(subtitle, BODY_SIZE, width), BODY_SIZE, MUTED))
    if not rows:
        layout.texts.append(Text((PAD, top), "No candidates on record.", BODY_SIZE, MUTED))
        return layout
    bars_left = PAD + LABEL_WIDTH
    value_width = max(int(_font(BODY_SIZE).getlength(_value(r))) for r in rows) + GAP
    space = WIDTH - PAD - bars_left - value_width
    use_share = all(r.share is not None for r in rows if r.votes is not None)
    measure = [(r.share if use_share else r.votes) or 0 for r in rows]
    scale_top = max([*measure, *(r.before or 0 for r in rows)], default=0) or 1

    def length(amount: float) -> int:
        return int(space * amount / scale_top)

    ends = []
    for index, (row, amount) in enumerate(zip(rows, measure, strict=True)):
        y = top + index * ROW_HEIGHT
        label = fitted(row.label, BODY_SIZE, LABEL_WIDTH - GAP)
        layout.texts.append(Text((PAD, y + BAR_TOP), label, BODY_SIZE, TEXT if row.elected else MUTED))
        end = bars_left + max(MIN_BAR if amount > 0 else 0, length(amount))
        if row.votes is not None and end > bars_left:
            layout.bars.append(Bar((bars_left, y + BAR_TOP, end, y + BAR_TOP + BAR_HEIGHT), row.colour))
        ends.append(end)
        if row.before is not None:
            layout.bars.append(Bar((bars_left, y + BEFORE_TOP, max(bars_left + 1, bars_left + length(row.before)),
                                    y + BEFORE_TOP + BEFORE_HEIGHT), row.colour))
    # The majority: the winner's lead over the runner-up, outlined on the runner-up's row.
    if _has_majority(rows) and ends[0] > ends[1]:
        y = top + ROW_HEIGHT
        layout.bars.append(Bar((ends[1], y + BAR_TOP, ends[0], y + BAR_TOP + BAR_HEIGHT), rows[0].colour,
                               rows[0].colour, filled=False))
        ends[1] = ends[0]
    for index, row in enumerate(rows):
        y = top + index * ROW_HEIGHT
        x = ends[index] + GAP if row.votes is not None else bars_left
        layout.texts.append(Text((x, y + BAR_TOP), _value(row), BODY_SIZE, TEXT if row.votes is not None else MUTED))
    if hidden:
        layout.texts.append(Text((PAD, top + len(rows) * ROW_HEIGHT + BAR_TOP), f"… and {hidden} more candidates",
                                 BODY_SIZE, MUTED))
    if legend:
        layout.texts.append(Text((PAD, top + body + 6), fitted(" · ".join(legend), SMALL_SIZE, width), SMALL_SIZE,
                                 MUTED))
    return layout


def render_result_chart(seat: Seat, previous: Seat | None = None, *, max_rows: int = MAX_ROWS) -> bytes:
    """A PNG bar chart of the seat's candidates by vote share, largest first, as `chart_layout` places it."""
    layout = chart_layout(seat, previous, max_rows=max_rows)
    image = Image.new("RGB", (WIDTH, layout.height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    for bar in layout.bars:
        if bar.filled:
            draw.rectangle(bar.box, fill=bar.colour, outline=bar.outline, width=2 if bar.outline else 0)
        else:
            draw.rectangle(bar.box, outline=bar.outline or bar.colour, width=2)
    for text in layout.texts:
        draw.text(text.xy, text.text, fill=text.colour, font=_font(text.size))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()

