"""Every rule of the reader's table, run on its own examples through the real reader.

An example must give each fact it lists, read by the rule it names (its own unless it says another);
a counter-example must give no fact by its rule and none of the fields it names (by default the
rule's own fields). The sentences are the table's own, written for it.
"""
from __future__ import annotations

import pytest

from knowledge.reading import rules
from knowledge.reading.reader import read_article
from knowledge.reading.rules import RULES, Example, Rule
from knowledge.records import Fact


def _read(example: Example) -> list[Fact]:
    return read_article(f"date {example.date}\n{example.text}\n", "example.txt").facts


def _cases(kind: str) -> list[tuple[Rule, Example]]:
    return [(rule, example) for rule in RULES for example in getattr(rule, kind)]


def _shown(facts: list[Fact]) -> str:
    return "\n".join(f"  {f.field} [{f.candidate}] = {f.value!r} ({f.provenance.rule})" for f in facts)


@pytest.mark.parametrize(("rule", "example"), _cases("examples"),
                         ids=[f"{r.id}:{n}" for r in RULES for n, _ in enumerate(r.examples)])
def test_each_example_gives_its_facts_by_its_rule(rule: Rule, example: Example) -> None:
    facts = _read(example)
    for want in example.facts:
        matching = [f for f in facts if (f.field, f.value, f.candidate) == (want.field, want.value, want.candidate)]
        assert matching, f"{example.text!r} gives no {want}; it gives:\n{_shown(facts)}"
        assert matching[0].provenance.rule == (want.rule or rule.id), \
            f"{example.text!r}: {want} came from {matching[0].provenance.rule}:\n{_shown(facts)}"
    stated = {f.field for f in facts}
    assert not stated & set(example.absent or ()), f"{example.text!r} must not state {example.absent}:\n{_shown(facts)}"


@pytest.mark.parametrize(("rule", "example"), _cases("counter_examples"),
                         ids=[f"{r.id}:{n}" for r in RULES for n, _ in enumerate(r.counter_examples)])
def test_no_counter_example_gives_such_a_fact(rule: Rule, example: Example) -> None:
    facts = _read(example)
    assert not [f for f in facts if f.provenance.rule == rule.id], f"{example.text!r}:\n{_shown(facts)}"
    absent = set(rule.sets if example.absent is None else example.absent)
    assert not [f for f in facts if f.field in absent], f"{example.text!r} must not state {absent}:\n{_shown(facts)}"
    for want in example.facts:
        assert any((f.field, f.value, f.candidate) == (want.field, want.value, want.candidate) for f in facts), \
            f"{example.text!r} gives no {want}:\n{_shown(facts)}"


def test_every_rule_has_an_example_a_known_family_and_a_unique_id() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.examples, rule.id
        assert rule.family in rules.FAMILIES, rule.id
    assert {rule.family for rule in RULES} == set(rules.FAMILIES)


def test_every_guard_a_rule_names_is_a_not_a_fact_rule_and_every_capture_a_group() -> None:
    for rule in RULES:
        for guard in rule.guards:
            assert rules.rule(guard).family == "not-a-fact" and rules.rule(guard).step == "guard", (rule.id, guard)
        if rule.pattern is not None:
            assert {group for group, _ in rule.captures} <= set(rule.pattern.groupindex), rule.id
        else:
            assert not rule.captures, rule.id
    assert all(rule.scope for rule in rules.of_step("guard"))


def test_a_counter_example_that_gives_nothing_names_what_it_must_not_give() -> None:
    # a counter-example proves something only if its rule would otherwise give a fact it names
    for rule in RULES:
        for example in rule.counter_examples:
            assert example.absent or rule.sets or example.facts, rule.id
