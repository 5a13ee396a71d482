"""The not-a-fact guards: whether a rule's guard patterns say its match states no fact."""
from __future__ import annotations

import re

from knowledge.reading.clauses import clause_at, clause_before
from knowledge.reading.rules import Rule, may_match_in, of_step, pattern_of

GUARDS: dict[str, Rule] = {rule.id: rule for rule in of_step("guard")}


def guard_found(guard: Rule, text: str, match: re.Match[str]) -> bool:
    """Whether a guard's pattern is found where the guard looks, around `match` in the skeleton `text`."""
    pattern = pattern_of(guard)
    if guard.scope == "before":
        return pattern.search(text[:match.start()]) is not None
    if guard.scope == "after":
        return pattern.match(text, match.end()) is not None
    if guard.scope == "clause":
        return pattern.search(clause_at(text, match.start())) is not None
    if guard.scope == "clause_or_previous":
        return pattern.search(clause_at(text, match.start())) is not None or \
            pattern.search(clause_before(text, match.start())) is not None
    return pattern.search(text) is not None


def guarded(rule: Rule, text: str, match: re.Match[str]) -> bool:
    """Whether one of the rule's pattern guards (not-a-fact rules) says the match is no fact. A guard whose
    literals the sentence lacks is found in no part of it, and is not looked for."""
    for guard_id in rule.guards:
        guard = GUARDS[guard_id]
        if guard.pattern is None:
            continue  # a check of the reader's own, made where it applies
        found = may_match_in(guard, text) and guard_found(guard, text, match)
        if found != guard.blocks_unless_found:
            return True
    return False
