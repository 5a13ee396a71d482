"""Finding which words fall inside other mentions, and quotes over blank lines, without quadratic scans."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from knowledge.reading.article_text import find_quotes
from knowledge.reading.mentions import in_spans
from knowledge.reading.skeleton import build


def test_positions_inside_a_span_start_included_end_excluded() -> None:
    assert in_spans([0, 4, 5, 9, 12], [(4, 9), (11, 13)]) == [False, True, True, False, True]
    assert in_spans([3], []) == [False]
    assert in_spans([], [(0, 5)]) == []


def test_positions_in_any_order_and_nested_spans() -> None:
    assert in_spans([20, 2, 7], [(0, 30), (5, 8)]) == [True, True, True]
    assert in_spans([9, 1], [(5, 6), (0, 10)]) == [True, True]


@given(st.lists(st.integers(0, 60), max_size=20),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=8))
def test_in_spans_agrees_with_looking_at_every_span(positions: list[int], spans: list[tuple[int, int]]) -> None:
    assert in_spans(positions, spans) == [any(s <= p < e for s, e in spans) for p in positions]


def test_a_name_next_to_figures_and_a_seat_is_still_a_person_in_a_long_sentence() -> None:
    sentence = ", ".join(f"Rosa Quint {n}" for n in range(1, 40)) + " in Ashfield"
    skeleton = build(sentence)
    assert skeleton.text.count("<H") == 39 and skeleton.text.count("<N") == 39 and skeleton.text.count("<S") == 1


def test_a_quote_left_open_carries_over_blank_lines_into_the_paragraph_that_continues_it() -> None:
    # the unmarked middle paragraph is speech because the next paragraph that is not blank reopens the quote
    body = "“We fought for every street.\n\n\nWe won every one.\n\n\n“And we will again,” said the MP.\nTurnout was 60%."
    assert [s.text for s in find_quotes(body)] == ["We fought for every street.", "We won every one.",
                                                   "And we will again,"]
    told = "“We fought for every street.\n\n\nWe won every one.\n\n\nTurnout was 60%."
    assert [s.text for s in find_quotes(told)] == ["We fought for every street."]
