"""The literal test run before each rule's pattern: it never hides a match the pattern would find."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.reading.prefilter import Prefiltered, needs
from knowledge.reading.rules import RULES, Rule, of_step


def _strings(pattern: str, flags: int = 0) -> set[str] | None:
    need = needs(re.compile(pattern, flags))
    return None if need is None else set(need.strings)


def test_a_sequence_needs_its_rarest_literal_and_an_alternation_any_of_its_branches() -> None:
    assert _strings(r"\bwon (?:the )?constituency\b") == {"constituency"}
    assert _strings(r"<N\d+> votes") == {"> votes"}
    assert _strings(r"(?:beat|defeated|saw off) <H\d+>") == {"beat", "defeated", "saw off"}
    assert _strings(r"majority of <N\d+>") == {"majority of <N"}


def test_literals_of_a_case_insensitive_pattern_are_lower_case() -> None:
    need = needs(re.compile(r"Majority (?:OF|was)", re.I))
    assert need is not None and need.ignore_case and need.strings == frozenset({"majority "})


def test_what_may_be_left_out_is_never_needed() -> None:
    assert _strings(r"(?:recount)?") is None  # optional
    assert _strings(r"(?:recount)*x") is None  # may repeat no times, and "x" is too short to be worth a test
    assert _strings(r"(?:recount){2}") == {"recount"}
    assert _strings(r"lost|\d+") is None  # a branch with no literal
    assert _strings(r"(?!recount)\w+") is None  # a negative lookahead takes no text
    assert _strings(r"(?<=\bto )win") in ({"to "}, {"win"})  # a lookbehind's text is in the string too


def test_patterns_it_cannot_read_safely_run_on_every_text() -> None:
    assert _strings(r"(?i:recount) votes") == {" votes"}  # the scoped group is left out, the rest is read
    assert _strings(r"(?i:recount)") is None
    assert _strings(r"(\w)\1") is None  # a back reference is no literal
    assert needs(re.compile(r"recount # said", re.X)) is None


@pytest.mark.parametrize("text", ["Tom Hale LOST to Labour", "Tom Hale loſt to Labour", "Tom Hale LOſT to Labour"])
def test_case_insensitive_matches_are_found_whatever_the_letters(text: str) -> None:
    # "ſ" (long s) matches "s" when case is ignored, though it does not lower() to it
    raw = re.compile(r"\blost to (?P<party>\w+)", re.I)
    filtered = Prefiltered(raw)
    assert filtered.search(text) is not None
    assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in raw.finditer(text)]


def test_a_text_without_the_literal_is_not_searched_and_gives_nothing() -> None:
    filtered = Prefiltered(re.compile(r"\brecount(?:s|ed)?\b", re.I))
    assert not filtered.may_match("Alice Brennan held Ashfield.")
    assert filtered.search("Alice Brennan held Ashfield.") is None
    assert list(filtered.finditer("Alice Brennan held Ashfield.")) == []
    assert filtered.match("RECOUNTED twice", 0) is not None
    assert filtered.groupindex == {} and filtered.flags & re.I  # the rest is the pattern's own


def test_a_step_given_a_text_keeps_the_rules_that_match_it_in_table_order() -> None:
    text = "<H0> of the <P1> took <S2> from the <P3>, beating <H4> by <N5> votes."
    kept = of_step("gain_from", text) + of_step("beat", text) + of_step("margin", text)
    assert {rule.id for rule in kept} >= {"outcome.gain_from", "outcome.beat", "margin.by"}
    for step in ("gain_from", "beat", "margin", "headline"):
        every = of_step(step)  # type: ignore[arg-type]
        assert list(of_step(step, text)) == [rule for rule in every if rule in of_step(step, text)]  # type: ignore[arg-type]
        assert [r for r in every if r.matcher and r.matcher.search(text)] == \
            [r for r in of_step(step, text) if r.matcher and r.matcher.search(text)]  # type: ignore[arg-type]
    assert not [rule.id for rule in of_step("headline", "<H0> said nothing at all.")]


def test_match_from_an_offset_sees_the_literal_before_it() -> None:
    raw = re.compile(r"(?<=after a )recount")
    filtered = Prefiltered(raw)
    text = "She won after a recount."
    assert filtered.match(text, text.index("recount")) is not None


_PATTERNS = [rule for rule in RULES if rule.pattern is not None]


@pytest.mark.parametrize("rule", _PATTERNS, ids=[rule.id for rule in _PATTERNS])
def test_every_text_a_rule_pattern_matches_passes_its_prefilter(rule: Rule) -> None:
    assert rule.pattern is not None and rule.matcher is not None
    pattern, matcher = rule.pattern, rule.matcher

    @settings(max_examples=15, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        assert matcher.may_match(text), text
        assert rule in of_step(rule.step, text), text  # the index over every rule's literals keeps it too
        assert [m.span() for m in matcher.finditer(text)] == [m.span() for m in pattern.finditer(text)]

    check()
