"""Which election a question means: "in 2017", "in '17", "in 17", "ge2019", "at the last election",
"before 2019", "since 2017", "the by-election".

`read_when` looks at a question's words once and returns a `When`, with the positions of the words it
used so nothing else reads them as names, limits ("top 17") or signals ("before" as "previous").
Nothing here knows what is on record; the engine picks the contest (`handlers.answers.contests`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from handlers.answers.names import Word

FIRST_YEAR, LAST_YEAR = 1900, 2099
# A two-digit year is read as 20xx only after one of these words or an apostrophe ("in '17"), or
# before "election": "top 17 closest" asks for seventeen seats.
_YEAR_LEADS = frozenset({"in", "at", "of", "since", "before", "after", "from", "and", "vs", "versus", "to",
                         "between", "compare", "than", "against", "ge"})
_YEAR_FOLLOWS = frozenset({"election", "general", "ge", "result", "results"})
_APOSTROPHE_YEAR = re.compile(r"['\u2019\u2018](\d{2})\b")
_GE_YEAR = re.compile(r"^ge(\d{2}|\d{4})$")
# "the last election", "the latest general election", "the most recent election"
_LATEST = frozenset({"last", "latest", "recent"})


@dataclass(frozen=True, slots=True)
class When:
    """The election a question asks about. Empty (all None/False) means: the latest on record."""

    years: tuple[int, ...] = ()      # every year named, in order ("compare X 2017 and 2019": both)
    before: int | None = None        # "before 2019": the latest contest before that year
    since: int | None = None         # "since 2017": a comparison from that year to the latest
    by_election: bool = False        # "the by-election", "at the by-election"
    general: bool = False            # "the general election", "at the last election"
    latest: bool = False             # "the last / latest / most recent election"
    day: date | None = None          # a polling day (an election option 'by-election 2025-05-01')
    used: frozenset[int] = field(default_factory=frozenset)   # word positions read here

    @property
    def year(self) -> int | None:
        """The one year asked about ("before 2019" and "since 2017" are not it)."""
        return self.years[0] if self.years else None


def _two_digit_year(text: str) -> int | None:
    year = 2000 + int(text)
    return year if len(text) == 2 and year <= LAST_YEAR else None


def read_when(words: Sequence[Word], raw: str = "") -> When:
    """The election named by a question's words (`raw`, the question as typed, shows apostrophes)."""
    texts = [w.text for w in words]
    apostrophed = {m.group(1) for m in _APOSTROPHE_YEAR.finditer(raw)}
    years: list[int] = []
    used: set[int] = set()
    before = since = None
    for i in range(len(texts)):
        year = _year_at(texts, i, apostrophed)
        if year is None:
            continue
        used.add(i)
        lead = texts[i - 1] if i > 0 else ""
        if lead in ("before", "since"):
            used.add(i - 1)
            if lead == "before":
                before = year
            else:
                since = year
            continue
        years.append(year)
    by_election = False
    general = latest = False
    for i, text in enumerate(texts):
        if text in ("byelection", "byelections") or (text == "by" and i + 1 < len(texts)
                                                     and texts[i + 1] in ("election", "elections")):
            by_election = True
            used.update((i, i + 1) if text == "by" else (i,))
        elif text in ("election", "elections") and i > 0:
            general = general or texts[i - 1] == "general"
            head = i - 2 if texts[i - 1] == "general" else i - 1
            if head >= 0 and texts[head] in _LATEST:
                latest = True
                used.update(range(head, i + 1))
    return When(years=tuple(years), before=before, since=since, by_election=by_election,
                general=general or (latest and not by_election), latest=latest, used=frozenset(used))


def _year_at(texts: Sequence[str], i: int, apostrophed: set[str]) -> int | None:
    """The election year word `i` names, if it names one."""
    text = texts[i]
    ge = _GE_YEAR.match(text)
    if ge:
        digits = ge.group(1)
        return _two_digit_year(digits) if len(digits) == 2 else int(digits)
    if not text.isdigit():
        return None
    if len(text) == 4:
        year = int(text)
        return year if FIRST_YEAR <= year <= LAST_YEAR else None
    if len(text) != 2:
        return None
    lead = texts[i - 1] if i > 0 else ""
    follow = texts[i + 1] if i + 1 < len(texts) else ""
    if text in apostrophed or lead in _YEAR_LEADS or follow in _YEAR_FOLLOWS:
        return _two_digit_year(text)
    return None
