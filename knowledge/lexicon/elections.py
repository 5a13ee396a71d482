"""UK general elections: polling days, and which election (or by-election) an article or a year means."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

GENERAL_ELECTIONS: dict[int, date] = {
    1945: date(1945, 7, 5), 1950: date(1950, 2, 23), 1951: date(1951, 10, 25), 1955: date(1955, 5, 26),
    1959: date(1959, 10, 8), 1964: date(1964, 10, 15), 1966: date(1966, 3, 31), 1970: date(1970, 6, 18),
    # 1974 had two elections; the October one is the later and is what "1974" means for results that followed.
    1974: date(1974, 10, 10), 1979: date(1979, 5, 3), 1983: date(1983, 6, 9), 1987: date(1987, 6, 11),
    1992: date(1992, 4, 9), 1997: date(1997, 5, 1), 2001: date(2001, 6, 7), 2005: date(2005, 5, 5),
    2010: date(2010, 5, 6), 2015: date(2015, 5, 7), 2017: date(2017, 6, 8), 2019: date(2019, 12, 12),
    2024: date(2024, 7, 4),
}

# An article written this long after polling day is still taken to report that election's night.
REPORTING_WINDOW = timedelta(days=45)


def polling_day(year: int | None) -> date | None:
    return GENERAL_ELECTIONS.get(year) if year is not None else None


def election_for_article(article_date: date) -> tuple[int | None, bool]:
    """(year of the general election an article dated `article_date` reports, whether it is a preview).

    An article dated before a polling day that is close ahead of it is a preview of that election:
    it cannot report its result. An article dated long after the last election still belongs to it.
    """
    upcoming = [d for d in GENERAL_ELECTIONS.values() if d > article_date]
    past = [d for d in GENERAL_ELECTIONS.values() if d <= article_date]
    if upcoming and min(upcoming) - article_date <= timedelta(days=60):
        return min(upcoming).year, True
    if past:
        return max(past).year, False
    return None, False


def previous_election(year: int) -> int | None:
    earlier = [y for y in GENERAL_ELECTIONS if y < year]
    return max(earlier) if earlier else None


# --- which contest an article reports ------------------------------------------------------------

BY_ELECTION = re.compile(r"\bby[- ]?elections?\b", re.IGNORECASE)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in _MONTH_NAMES) + r")"
_STATED_DAY = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH}|{_MONTH.replace('month', 'month2')} "
                         rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?:,? (?P<year>(?:19|20)\d\d))?\b")
_GENERAL_ELECTION = re.compile(r"\bgeneral election\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# How far into an article its subject is set: the headline and the first paragraph.
LEAD_CHARS = 600
# A by-election's result is reported within this long after its polling day.
BY_ELECTION_REPORTING = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class ArticleElection:
    """The contest a dated article reports (see `article_election`)."""

    year: int | None
    preview: bool = False
    by_election_day: str | None = None
    note: str | None = None  # why the contest is not the obvious one, for the article's report


def article_election(article_date: date, body: str) -> ArticleElection:
    """The contest an article dated `article_date` reports.

    - An article dated outside a general election's reporting window that speaks of a by-election,
      or one inside it whose lead (headline and first paragraph) does, reports that by-election: polling day is the date it states (on or before the article's date, within
      two weeks), else the Thursday before the article's date.
    - A general-election article (dated in its reporting window) that only recalls a by-election
      ("held since a 2008 by-election", or anywhere in an article that speaks of the general
      election) still reports the general election, and so does one whose by-election would have
      been held during the general election (from some five weeks before its polling day to six
      weeks after: 'who lost the seat at a by-election', in an article of the night of the count):
      no by-election is held then.
    - An article dated long after a general election that does not speak of a by-election is not
      filed under that election: its year is None (the reader may take the year the text names).
    """
    year, preview = election_for_article(article_date)
    last = polling_day(year)
    in_window = last is not None and (preview or article_date - last <= REPORTING_WINDOW)
    if in_window:  # a general election's night: only a lead that is about a by-election now says otherwise
        about = (not _GENERAL_ELECTION.search(body)
                 and any(not _recalled(body, m, article_date.year) for m in BY_ELECTION.finditer(body[:LEAD_CHARS])))
    else:
        about = BY_ELECTION.search(body) is not None
    if about:
        day = stated_polling_day(body, article_date) or thursday_before(article_date)
        if not during_general_election(day):
            return ArticleElection(day.year, by_election_day=day.isoformat())
    if in_window:
        return ArticleElection(year, preview)
    return ArticleElection(None, note=f"dated {article_date.isoformat()}, long after the {year} general election, "
                                      "and not about a by-election: not filed under that election")


# No by-election is held from a parliament's dissolution (25 working days, some five weeks, before a general
# election's polling day) until the new House has sat for weeks: a poll in that span is the general election.
BEFORE_POLLING_DAY = timedelta(days=35)
AFTER_POLLING_DAY = timedelta(days=45)


def during_general_election(day: date) -> bool:
    """Whether `day` falls in a general election's span, when no by-election is held."""
    return any(-BEFORE_POLLING_DAY <= day - polled <= AFTER_POLLING_DAY for polled in GENERAL_ELECTIONS.values())


def _recalled(body: str, mention: re.Match[str], year: int) -> bool:
    """Whether a by-election mention names an earlier year ('since a 2008 by-election', 'a by-election in 2021')."""
    around = body[max(0, mention.start() - 30):mention.end() + 30]
    return any(int(found) < year for found in _YEAR.findall(around))


def thursday_before(day: date) -> date:
    """The last Thursday strictly before `day` (British polls are held on Thursdays)."""
    back = (day.weekday() - 3) % 7 or 7
    return day - timedelta(days=back)


def stated_polling_day(body: str, article_date: date) -> date | None:
    """A date the article gives near a mention of the by-election ('held on 1 May', 'May 1st, 2025'),
    on or before the article's date and no more than two weeks before it."""
    for mention in BY_ELECTION.finditer(body):
        window = body[max(0, mention.start() - 200):mention.end() + 200]
        for match in _STATED_DAY.finditer(window):
            month = _MONTH_NAMES.index((match["month"] or match["month2"]).lower()) + 1
            number = int(match["d1"] or match["d2"])
            years = [int(match["year"])] if match["year"] else [article_date.year, article_date.year - 1]
            for year in years:
                try:
                    day = date(year, month, number)
                except ValueError:
                    continue
                if timedelta(0) <= article_date - day <= BY_ELECTION_REPORTING:
                    return day
    return None
