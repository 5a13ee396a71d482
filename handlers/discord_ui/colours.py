"""Party colours that stay visible on Discord's light and dark themes and on the charts' background.

Each party's usual colour (`BRAND_COLOURS`, by the canonical names of `knowledge.lexicon.parties`) is
shown with its hue kept and its lightness moved, where needed, until it has a contrast of at least
`MIN_CONTRAST` (WCAG's 3:1 for graphics) against white and against the dark background: the SNP's
pale yellow becomes a deep gold, a near-white grey a mid grey. A party without a colour of its own
gets `DEFAULT_COLOUR`. Nothing here imports discord.
"""
from __future__ import annotations

import colorsys
from functools import lru_cache

from knowledge.lexicon.parties import canonical_party

RGB = tuple[int, int, int]
WHITE: RGB = (255, 255, 255)
DARK: RGB = (49, 51, 56)  # Discord's dark theme, and the charts' background
MIN_CONTRAST = 3.0
DEFAULT_COLOUR: RGB = (128, 132, 142)

BRAND_COLOURS: dict[str, RGB] = {
    "Labour": (228, 0, 59),
    "Conservative": (0, 135, 220),
    "Liberal Democrat": (250, 166, 26),
    "Scottish National Party": (253, 243, 142),
    "Plaid Cymru": (0, 129, 66),
    "Green": (2, 168, 98),
    "UKIP": (112, 20, 122),
    "Brexit Party": (18, 182, 207),
    "Reform UK": (18, 182, 207),
    "Democratic Unionist Party": (212, 106, 76),
    "Sinn Fein": (50, 100, 40),
    "SDLP": (47, 172, 102),
    "Ulster Unionist Party": (72, 169, 229),
    "Alliance": (246, 203, 47),
    "Traditional Unionist Voice": (12, 58, 106),
    "Independent": (236, 143, 180),  # pink, apart from the grey of parties without a colour
    "Speaker": (200, 200, 200),
    "Workers Party of Britain": (200, 30, 40),
    "Monster Raving Loony Party": (255, 240, 0),
    "Liberal": (235, 120, 20),
    "British National Party": (0, 0, 102),
    "English Democrats": (145, 0, 0),
    "Yorkshire Party": (0, 120, 200),
    "Social Democratic Party": (210, 40, 80),
    "Christian Peoples Alliance": (120, 0, 120),
    "People Before Profit": (230, 30, 110),
    "Aontú": (68, 83, 42),
    "Mebyon Kernow": (220, 190, 0),
}


def luminance(colour: RGB) -> float:
    """WCAG relative luminance of an sRGB colour (0 black .. 1 white)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio (1 .. 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _with_lightness(colour: RGB, lightness: float) -> RGB:
    h, _, s = colorsys.rgb_to_hls(*(c / 255 for c in colour))
    return tuple(round(c * 255) for c in colorsys.hls_to_rgb(h, lightness, s))  # type: ignore[return-value]


def _fits(colour: RGB) -> bool:
    return contrast(colour, WHITE) >= MIN_CONTRAST and contrast(colour, DARK) >= MIN_CONTRAST


@lru_cache(maxsize=256)
def legible(colour: RGB) -> RGB:
    """`colour`, or the colour of its hue and saturation nearest in lightness that shows on both backgrounds."""
    if _fits(colour):
        return colour
    _, lightness, _ = colorsys.rgb_to_hls(*(c / 255 for c in colour))
    steps = [i / 200 for i in range(201)]
    candidates = [_with_lightness(colour, step) for step in sorted(steps, key=lambda s: abs(s - lightness))]
    return next((c for c in candidates if _fits(c)), DEFAULT_COLOUR)


def party_colour(party: str | None) -> RGB:
    """The party's colour, legible on light and dark backgrounds; a neutral grey for parties without one."""
    canonical = canonical_party(party) if party else None
    brand = BRAND_COLOURS.get(canonical or "")
    return legible(brand) if brand is not None else DEFAULT_COLOUR
