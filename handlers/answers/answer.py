"""The answer object every handler returns, whatever the platform shows it on.

An `Answer` is structured: a `lead` (the sentence that answers), `details` (the lines that follow:
candidates, seats, quotes — all of them, never cut), the `sources` it rests on, and whether it
answered at all. It carries no platform limits and no markup: the Discord layer fits it into
embeds and pages, the console and the JSON output render it as plain text with `text`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.records import Provenance, Seat

# How many sources a plain-text citation names before "and N more".
CITED_SOURCES = 3


@dataclass(slots=True)
class Answer:
    """What the bot says, and what it rests on.

    `answered` is False when the bot could not answer (unknown seat or person, nothing on record, an
    unclear or ambiguous question); `lead` then says why and `suggestions` lists what it does know.
    `cited` is False where the details already list the sources (a "where is this from" answer).
    """

    lead: str
    answered: bool
    intent: str = "unknown"
    details: list[str] = field(default_factory=list)
    sources: list[Provenance] = field(default_factory=list)
    cited: bool = True
    facts: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    seat: Seat | None = None
    seats: list[Seat] = field(default_factory=list)

    @property
    def citation(self) -> str:
        """'(source: article x.txt, 2017-06-10)'; empty when there is nothing to cite."""
        return citation(self.sources) if self.cited else ""

    @property
    def text(self) -> str:
        """The whole answer as plain text: the lead, each detail on its own line, then the citation."""
        if not self.details:
            return " ".join(p for p in (self.lead, self.citation) if p)
        return "\n".join(p for p in (self.lead, *self.details, self.citation) if p)

    def to_json(self, question: str) -> dict:
        return {
            "question": question,
            "answered": self.answered,
            "text": self.text,
            "intent": str(self.intent),
            "lead": self.lead,
            "details": self.details,
            "sources": sorted({p.file for p in self.sources}),
            "citations": [p.cite() for p in ordered_sources(self.sources)],
            "suggestions": self.suggestions,
        }


def ordered_sources(sources: list[Provenance] | tuple[Provenance, ...]) -> list[Provenance]:
    """Each file once, official results first, then articles by date."""
    seen: dict[tuple[str, str], Provenance] = {}
    for p in sources:
        seen.setdefault((p.origin, p.file), p)
    return sorted(seen.values(), key=lambda p: (p.origin != "official", p.date or "", p.file))


def citation(sources: list[Provenance] | tuple[Provenance, ...], limit: int = CITED_SOURCES) -> str:
    """'(sources: official results 2017; article x.txt, 2017-06-10 and 2 more)'; empty without sources."""
    ordered = ordered_sources(sources)
    if not ordered:
        return ""
    shown = "; ".join(p.cite() for p in ordered[:limit])
    more = f" and {len(ordered) - limit} more" if len(ordered) > limit else ""
    return f"(source{'s' if len(ordered) > 1 else ''}: {shown}{more})"
