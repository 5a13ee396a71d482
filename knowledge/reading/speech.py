"""Quotes: who said each quoted passage of an article.

The speaker is the person a speech verb is said of ("Ms De Piero said:", "“...,” said Ms Gildernew",
"“...” he said"); a quote that opens a paragraph with no attribution of its own carries on the
previous speaker's words. Quotes from people the article does not name as candidates are skipped.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.lexicon.people import same_person
from knowledge.lexicon.text import fold
from knowledge.lexicon.verbs import alternation, speech_forms
from knowledge.reading.article_text import QuoteSpan, Sentence
from knowledge.records import Provenance, Quote

SPEECH_VERB = re.compile(rf"\b(?:{alternation(speech_forms())})\b", re.I)
PRONOUN = re.compile(r"\b(?P<p>he|she|they)\b", re.I)

Candidate = tuple[str, str | None, bool | None]  # (name, seat, female)
NameAt = tuple[int, str]  # (offset in the sentence, a person's name as written there)


def attribute_quotes(spans: list[QuoteSpan], sentences: list[Sentence], names: list[list[NameAt]],
                     sentence_seat: list[str | None], people: list[Candidate], result_seats: set[str], year: int,
                     provenance: Callable[[Sentence], Provenance]) -> list[Quote]:
    """The quotes said by the article's candidates; `names[i]` are the person mentions the reader found in
    sentence i (outside quotes), in order."""
    quotes: list[Quote] = []
    previous: Candidate | None = None
    last_mentioned: Candidate | None = None
    span_index = 0
    for i, sentence in enumerate(sentences):
        end = sentence.start + len(sentence.text)
        mentioned = _people_in(names[i], people)
        inside = []
        while span_index < len(spans) and spans[span_index].start < end:
            if spans[span_index].start >= sentence.start - 1:
                inside.append(spans[span_index])
            span_index += 1
        speaker = _speaker(sentence.plain, names[i], mentioned, previous or last_mentioned) if inside else None
        for span in inside:
            who = speaker
            if who is None and span.opens_paragraph and not SPEECH_VERB.search(sentence.plain):
                who = previous
            if who is None or not span.text:
                continue
            seat = who[1] if who[1] in result_seats else sentence_seat[i]
            if seat in result_seats:
                quotes.append(Quote(who[0], span.text, seat, year, provenance(sentence)))
            previous = who
        if mentioned:
            last_mentioned = mentioned[-1]
    return quotes


def _people_in(names: list[NameAt], people: list[Candidate]) -> list[Candidate]:
    found = []
    for _, name in names:
        match = _resolve(name, people)
        if match is not None:
            found.append(match)
    return found


def _resolve(name: str, people: list[Candidate]) -> Candidate | None:
    exact = [p for p in people if fold(p[0]) == fold(name) or fold(p[0]).endswith(" " + fold(name))]
    if len(exact) == 1:
        return exact[0]
    close = [p for p in people if same_person(name, p[0])]
    return close[0] if len(close) == 1 else None


def _speaker(plain: str, names: list[NameAt], mentioned: list[Candidate],
             fallback: Candidate | None) -> Candidate | None:
    """Who the sentence's speech verb is said of: its first person, or a pronoun's antecedent."""
    verb = SPEECH_VERB.search(plain)
    if verb is None:
        return None
    pronoun = PRONOUN.search(plain)
    first_person = mentioned[0] if mentioned else None
    if pronoun and pronoun.start() < verb.start():
        before = [(offset, name) for offset, name in names if offset < pronoun.start()]
        if first_person is None or not _people_in(before, [first_person]):
            return fallback
    return first_person or fallback
