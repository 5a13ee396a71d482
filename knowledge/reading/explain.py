"""Why the reader made each fact of an article, and which figures it passed over.

`explain_article(text, file)` reads an article as ingest does and pairs each fact with the sentence
it came from and the id of the reader's rule that read it there (`knowledge.reading.rules`); it also lists the reporter's sentences that hold a figure but gave no fact, which is
where a missed phrasing shows itself. `python bot.py explain FILE` prints it for anyone tuning the
reader.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.lexicon.text import format_votes
from knowledge.reading.article_text import Sentence, find_quotes, mask_quotes, split_header, split_sentences
from knowledge.reading.reader import MAX_READ_CHARS, read_article
from knowledge.records import ArticleReport, Contest, Fact

# A figure in the reporter's words: digits of two or more places, or a percentage.
_FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?%?(?![\w])")
QUOTED_SENTENCE = 500  # a fact's provenance keeps this much of its sentence


@dataclass(slots=True)
class ContestFacts:
    """The facts of one contest, each with the sentence that states it."""

    seat: str
    contest: Contest
    facts: list[Fact] = field(default_factory=list)


@dataclass(slots=True)
class Explanation:
    report: ArticleReport
    contests: list[ContestFacts]
    unused: list[Sentence]  # sentences with a figure in the reporter's own words that gave no fact


def explain_article(text: str, file: str) -> Explanation:
    """Read `text` as the article `file`; group its facts by contest and find the figures it left."""
    report = read_article(text, file)
    contests: dict[tuple[str, Contest], ContestFacts] = {}
    for fact in report.facts:
        key = (fact.constituency, fact.contest)
        contests.setdefault(key, ContestFacts(fact.constituency, fact.contest)).facts.append(fact)
    used = {fact.provenance.sentence for fact in report.facts}
    _, body = split_header(text)
    body = body[:MAX_READ_CHARS]
    sentences = split_sentences(body, mask_quotes(body, find_quotes(body)))
    unused = [s for s in sentences if _has_figure(s.plain) and s.text[:QUOTED_SENTENCE] not in used]
    return Explanation(report, list(contests.values()), unused)


def _has_figure(plain: str) -> bool:
    return any(len(m.group().strip("%").replace(",", "").split(".")[0]) >= 2 for m in _FIGURE.finditer(plain))


def _value(fact: Fact) -> str:
    value = fact.value
    return format_votes(value) if isinstance(value, int) and fact.field != "recounts" else str(value)


def _shown(sentence: str, width: int = 160) -> str:
    one_line = " ".join(sentence.split())
    return one_line if len(one_line) <= width else one_line[: width - 1] + "…"


def explanation_text(explanation: Explanation) -> str:
    """The explanation for a terminal: the article's contest, each fact and its sentence, the unused figures."""
    report = explanation.report
    reported = Contest(report.election_year, report.by_election_day).describe()
    lines = [f"{report.file}: dated {report.date or 'not given'}; read as reporting {reported}"]
    lines += [f"  note: {note}" for note in report.notes]
    for contest in explanation.contests:
        lines.append(f"\n{contest.seat} ({contest.contest.describe()}): {len(contest.facts)} facts")
        for fact in contest.facts:
            who = f"[{fact.candidate}] " if fact.candidate and fact.field != "candidate" else ""
            rule = f"  (rule {fact.provenance.rule})" if fact.provenance.rule else ""
            lines.append(f"  {fact.field} {who}= {_value(fact)}{rule}")
            lines.append(f"      from: {_shown(fact.provenance.sentence)}")
    if report.quotes:
        lines.append(f"\nQuotes: {len(report.quotes)} ({', '.join(sorted({q.speaker for q in report.quotes}))})")
    if explanation.unused:
        lines.append(f"\nSentences with figures that gave no fact: {len(explanation.unused)}")
        lines += [f"  ¶{s.paragraph + 1}: {_shown(s.text)}" for s in explanation.unused]
    return "\n".join(lines)
