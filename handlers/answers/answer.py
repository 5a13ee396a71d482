"""The answer object every handler returns, whatever the platform shows it on."""
from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.records import Provenance, Seat

# Discord's message limit; every answer's text fits in one message.
MAX_TEXT = 2000


@dataclass(slots=True)
class Answer:
    """What the bot says, and what it rests on.

    `answered` is False when the bot could not answer (unknown seat or person, nothing on record, an
    unclear or ambiguous question); `text` then says why and `suggestions` lists what it does know.
    """

    text: str
    answered: bool
    intent: str = "unknown"
    sources: list[Provenance] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    seat: Seat | None = None
    seats: list[Seat] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.text) > MAX_TEXT:
            self.text = self.text[: MAX_TEXT - 1].rstrip() + "…"

    def to_json(self, question: str) -> dict:
        return {
            "question": question,
            "answered": self.answered,
            "text": self.text,
            "intent": self.intent,
            "sources": sorted({p.file for p in self.sources}),
            "suggestions": self.suggestions,
        }
