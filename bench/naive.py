"""The naive baseline for name resolution: score every seat and candidate name against the question.

For each question, a full scan of all known names with thefuzz (`partial_ratio` and
`token_set_ratio`, the better of the two), keeping the best. No index: this is what resolving a
name costs without one, to compare with the engine's whole answer.
"""
from __future__ import annotations

from thefuzz import fuzz

from knowledge.store.database import Knowledge


def all_names(knowledge: Knowledge) -> list[str]:
    """Every distinct seat and candidate name, lower-cased."""
    names = {s.constituency.lower() for s in knowledge.seats if s.constituency}
    names |= {c.name.lower() for s in knowledge.seats for c in s.candidates if c.name}
    return sorted(names)


class NaiveResolver:
    def __init__(self, knowledge: Knowledge) -> None:
        self.names = all_names(knowledge)

    def resolve(self, question: str) -> tuple[str | None, int]:
        """The best-scoring name for the question, and its score (0-100)."""
        text = question.lower()
        best, best_score = None, -1
        for name in self.names:
            score = max(fuzz.partial_ratio(name, text), fuzz.token_set_ratio(name, text))
            if score > best_score:
                best, best_score = name, score
        return best, best_score
