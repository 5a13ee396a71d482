"""The reader's rules as data: one row per way reporters state a fact.

Each `Rule` names a family of phrasings: its `id` (cited by every fact it gives, so `bot.py explain`
shows which rule made a fact), the issue family it belongs to, the reader's `step` that applies it,
its pattern over the sentence skeleton (tokens: <S> seat, <P> party, <H> person, <N> number; see
knowledge.reading.skeleton), what each capture sets, the `not-a-fact` guards checked before a match
counts, and its own example sentences: the facts they must give, and counter-examples that must give
no such fact. tests/test_rules.py reads every example with the real reader.

Adding a phrasing is one row in its family's module: a rule of an existing step, with its examples. Rules of one step are
tried in the order of this table; the first rule to set a field keeps it (a stronger outcome rule
overrides a weaker one).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from knowledge.reading.prefilter import LiteralIndex, Prefiltered
from knowledge.reading.rules import blocks, election, not_facts, outcome, party, recounts_margins, seat, votes
from knowledge.reading.rules.rule import FAMILIES, Evidence, Example, Family, GuardScope, Rule, Step, Want

__all__ = ["BY_ID", "FAMILIES", "RULES", "Evidence", "Example", "Family", "GuardScope", "Rule", "Step", "Want",
           "may_match_in", "of_step", "pattern", "pattern_of", "rule"]

# The table, family by family, in the order rules of one step are tried.
RULES: tuple[Rule, ...] = (*outcome.ROWS, *party.ROWS, *seat.ROWS, *votes.ROWS, *blocks.ROWS,
                           *recounts_margins.ROWS, *election.ROWS, *not_facts.ROWS)

# A figure that an earlier version of the article gave, or that it says was wrong, or that polls forecast, or
# that is counterfactual, compared, a share, a range or approximate, or of another body or contest, is no
# fact: every rule of these steps checks these guards besides its own. Candidates' votes are checked where
# each number stands (knowledge.reading.stages.candidates).
_FIGURE_GUARDS = ("not-a-fact.earlier_version", "not-a-fact.forecast", "not-a-fact.hypothetical_clause",
                  "not-a-fact.comparative", "not-a-fact.share_unit", "not-a-fact.other_election", "not-a-fact.range",
                  "not-a-fact.approximate_clause")
_STEP_GUARDS: dict[str, tuple[str, ...]] = {
    "margin": (*_FIGURE_GUARDS, "not-a-fact.respectively", "not-a-fact.national", "not-a-fact.body_after",
               "not-a-fact.own_seat"),
    "figure": (*_FIGURE_GUARDS, "not-a-fact.respectively", "not-a-fact.national", "not-a-fact.body_after",
               "not-a-fact.own_seat"),
    "votes": (*_FIGURE_GUARDS, "not-a-fact.approximate", "not-a-fact.other_office"),
    "previous_majority": (*_FIGURE_GUARDS, "not-a-fact.approximate", "not-a-fact.other_office"),
}
RULES = tuple(replace(r, guards=(*r.guards, *(g for g in _STEP_GUARDS[r.step] if g not in r.guards)))
              if r.step in _STEP_GUARDS else r for r in RULES)

BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
_BY_STEP: dict[str, tuple[Rule, ...]] = {}
_BITS: dict[str, tuple[tuple[Rule, int], ...]] = {}  # each step's rules with their bit in _INDEX's masks
for _k, _rule in enumerate(RULES):
    _BY_STEP[_rule.step] = (*_BY_STEP.get(_rule.step, ()), _rule)
    _BITS[_rule.step] = (*_BITS.get(_rule.step, ()), (_rule, 1 << _k))
_STEP_MASK: dict[str, int] = {step: sum(bit for _, bit in bits) for step, bits in _BITS.items()}
_BIT: dict[str, int] = {rule.id: bit for bits in _BITS.values() for rule, bit in bits}
_INDEX = LiteralIndex([rule.matcher for rule in RULES])


def rule(rule_id: str) -> Rule:
    """The rule of that id."""
    return BY_ID[rule_id]


def pattern(rule_id: str) -> Prefiltered:
    """The pattern of the rule of that id (every rule a step looks up by id has one)."""
    return pattern_of(BY_ID[rule_id])


def pattern_of(rule: Rule) -> Prefiltered:
    """The pattern of a rule the reader applies (every rule of a step, and every guard, has one), run only
    on texts that hold the literals its matches need."""
    assert rule.matcher is not None, rule.id
    return rule.matcher


def of_step(step: Step, text: str | None = None) -> tuple[Rule, ...]:
    """The rules a step of the reader applies, in the table's order; given `text`, only those whose pattern
    may match it (the others' literals are not in it: see prefilter)."""
    if text is None:
        return _BY_STEP.get(step, ())
    return _step_rules(step, _INDEX.possible(text) & _STEP_MASK.get(step, 0))


def may_match_in(rule: Rule, text: str) -> bool:
    """False only when the rule's pattern can match nowhere in `text`, nor in any part of it: the literals its
    matches need are not there (the sentence's mask, worked out once for every step)."""
    return bool(_INDEX.possible(text) & _BIT[rule.id])


@lru_cache(maxsize=4096)
def _step_rules(step: Step, mask: int) -> tuple[Rule, ...]:
    """A step's rules whose bits `mask` sets: sentences of one article, and of many, share a few masks."""
    return tuple(rule for rule, bit in _BITS.get(step, ()) if mask & bit)

