"""Reading one news article into facts about the seats whose results it reports.

`read_article(text, file)` is a pure function: text in, an `ArticleReport` of facts out, each fact
with the sentence it came from. It reads only what the reporter states (quoted speech is set aside
for quotes), keeps numbers that are not this election's result (ages, years, past majorities,
national totals) out of the facts, and yields no result for previews, suspended counts and
commentary: a seat only gets facts when the article says who won it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from knowledge.lexicon.elections import GENERAL_ELECTIONS, article_election, polling_day
from knowledge.reading.article_text import split_header
from knowledge.reading.result_blocks import ResultBlock, find_blocks
from knowledge.reading.stages.conclusion import Conclusion
from knowledge.records import ArticleReport

# News reports run to a few thousand words; past these bounds text is not read, and the report says so.
MAX_READ_CHARS = 60_000


def read_article(text: str, file: str) -> ArticleReport:
    """Facts and quotes of every seat whose declared result the article reports."""
    day, body = split_header(text)
    notes: list[str] = []
    by_election_day: str | None = None
    if day is not None:
        contest = article_election(day, body)
        year, preview, by_election_day = contest.year, contest.preview, contest.by_election_day
        notes += [contest.note] if contest.note else []
    else:
        year, preview = election_named_in(body), False
        notes.append("no date header" + (f"; election {year} taken from the text" if year else
                                         "; no election named, so the election is unknown"))
    report = ArticleReport(file=file, date=day.isoformat() if day else None, election_year=year, notes=notes,
                           by_election_day=by_election_day)
    if preview and day is not None and year is not None:
        notes.append(f"a preview: dated {day.isoformat()}, before polling day ({polling_day(year)})")
        return report
    if len(body) > MAX_READ_CHARS:
        whole = len(body)
        body = _cut_at_line(body, MAX_READ_CHARS)
        notes.append(f"long text: only the first {len(body):,} of {whole:,} characters were read")
    reader = _Reader(file, day, year, body, by_election=by_election_day is not None)
    reader.read()
    report.facts = reader.facts()
    report.quotes = reader.quotes()
    notes += reader.unsure
    if by_election_day:  # every fact of a by-election article is of that by-election
        report.facts = [replace(f, by_election_day=by_election_day) for f in report.facts]
        report.quotes = [replace(q, by_election_day=by_election_day) for q in report.quotes]
    reported = {f.constituency for f in report.facts}
    notes += [f"{name}: in no gazetteer, read as a seat because the article states its result there"
              for name in reader.stated_seats.values() if name in reported]
    if not report.has_result:
        notes.append("reports no declared result")
    return report

def election_named_in(body: str) -> int | None:
    """The general election an undated article names most ("the 2017 general election")."""
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b(?=[^.]{0,30}\belection)", body)]
    years = [y for y in years if y in GENERAL_ELECTIONS]
    if not years:
        return None
    return max(set(years), key=lambda y: (years.count(y), y))


class _Reader(Conclusion):
    """The stages in order: people and seats first, then result blocks, then prose, then the conclusion."""

    def read(self) -> None:
        self._register_people()
        self._mark_officials()
        self._carry_eras()
        self._assign_sentence_seats()
        self._mark_retractions()
        blocks = find_blocks(self.sentences, self.layout, self.skeletons, self._seat_named)
        pending: list[ResultBlock] = []
        for block in blocks:
            if block.seat is not None:
                self._read_block(block, block.seat)
            else:
                self._read_block_people(block)
                pending.append(block)
        later = {i for block in pending for i in block.region}
        self._read_prose([i for i in range(len(self.sentences)) if i not in later])
        for block in pending:
            self._read_block(block, self._block_seat(block))
        self._read_prose(sorted(later))
        for seat in self.seats.values():
            self._conclude(seat)

    def _read_prose(self, indexes: list[int]) -> None:
        for step in (self._read_attribution, self._read_outcome, self._read_votes, self._read_score,
                     self._read_candidacy, self._read_figures):
            for i in indexes:
                if self.skeletons[i].text:
                    step(i)


def _cut_at_line(body: str, limit: int) -> str:
    """The body's first `limit` characters, ending at a line break (or else a space) so that no line is
    read cut short: "Votes: 19,044" cut to "Votes: 1" would be a figure the article never gave."""
    head = body[:limit]
    for stop in ("\n", " "):
        end = head.rfind(stop)
        if end > 0:
            return head[:end]
    return head
