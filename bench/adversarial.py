"""Worst-case article shapes: 60 KB texts built to make a careless reader quadratic.

Each shape repeats one piece (a run of initials, of capitalised words, of numbers, of names one per
line, of bullet rows, ...) to `SIZE` characters. `measure` reads each shape `repeats` times and gives
the median seconds per shape; the benchmark reports the slowest. The test suite reads every shape
once, to check that none raises; it never times them.
"""
from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from time import perf_counter

SIZE = 60_000
DATE = " date 2019-12-13 "


@dataclass(frozen=True, slots=True)
class Shape:
    name: str
    piece: str  # repeated to SIZE characters
    numbered: bool = False  # the piece holds {n} (a number), {m} (1-97) or {a} (letters): each repeat its own

    def text(self, size: int = SIZE) -> str:
        parts: list[str] = []
        length, n = len(DATE), 0
        while length < size:
            part = self.piece.format(n=n, m=n % 97 + 1, a=_letters(n)) if self.numbered else self.piece
            parts.append(part)
            length += len(part)
            n += 1
        return (DATE + "".join(parts))[:size]


SHAPES: tuple[Shape, ...] = (
    Shape("initials", "A. "),
    Shape("initials with names", "J. R. R. Bloggs and A. B. Roe. "),
    Shape("capitalised words", "Barset Westminster Labour Conservative Jo Bloggs "),
    Shape("one winner sentence", "Jo Bloggs won. "),
    Shape("numbers", "21,012 19,400 1,612 64.3 "),
    Shape("distinct names, one per line", "Person{n} Surname{m}\n", numbered=True),
    Shape("distinct full names, one per line", "Jo {a}son polled 12 votes.\n", numbered=True),
    Shape("candidate rows", "Jo Bloggs{n} (Labour) {n}\n", numbered=True),
    Shape("bullet blocks", "{m}. Labour\nJo Bloggs{n}\n• Votes: {n}\n• Vote share %: 45.1\n", numbered=True),
    Shape("pipe table rows", "| Jo Bloggs{n} | Labour | {n} |\n", numbered=True),
    Shape("one long sentence of votes", "Bloggs{m} polled {n} votes, ", numbered=True),
    Shape("recounts", "there was a recount and a second recount and "),
    Shape("quotes never closed", "“Jo Bloggs said it was a win "),
    Shape("double and single quotes", "\"a win\" and 'a fine win here' "),
    Shape("seat names", "Barset West, Barset East, Glasgow South West, North East Fife; "),
    # many people of one surname, and the surname alone with a title of the other sex after each
    Shape("one surname, many people", "Mr {a} Smith spoke.\nMs Smith replied.\n", numbered=True),
    # sentences near the longest read (1,500 characters), each of 70 names and figures: a mention that is
    # compared with every other mention of its sentence makes each sentence quadratic
    Shape("long sentences of names and figures",
          ", ".join(f"{chr(65 + k // 26)}{chr(97 + k % 26)} {{a}} {{n}}" for k in range(70)) + ".\n", numbered=True),
    # sentences near the longest read of pronouns and figures: a pronoun that looks back through the sentences
    # before it for whom it stands for, once for each pronoun, makes each sentence quadratic
    Shape("pronouns and figures", ", ".join("he got {n} votes and she got {n}" for _ in range(40)) + ".\n",
          numbered=True),
)


def _letters(n: int) -> str:
    """A word of letters for `n` ("Baa", "Bab", ...): a name the reader takes for a person's, unlike digits."""
    word = ""
    for _ in range(3):
        n, rest = divmod(n, 26)
        word = chr(97 + rest) + word
    return "B" + word


def measure(read: Callable[[str, str], object], repeats: int, size: int = SIZE) -> dict:
    """Median seconds per shape over `repeats` reads, and the slowest shape."""
    per_shape: dict[str, float] = {}
    for shape in SHAPES:
        text = shape.text(size)
        runs = []
        for _ in range(max(1, repeats)):
            start = perf_counter()
            read(text, f"{shape.name}.txt")
            runs.append(perf_counter() - start)
        per_shape[shape.name] = statistics.median(runs)
    slowest = max(per_shape, key=per_shape.__getitem__)
    return {"size_chars": size, "repeats": max(1, repeats), "median_s": per_shape, "slowest": slowest,
            "slowest_s": per_shape[slowest]}
