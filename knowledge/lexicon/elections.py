"""UK general elections: polling days, and which election an article or a year means."""
from __future__ import annotations

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


def next_election(year: int) -> int | None:
    later = [y for y in GENERAL_ELECTIONS if y > year]
    return min(later) if later else None
