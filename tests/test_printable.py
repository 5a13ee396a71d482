"""The test that an article file is text: how many characters are printable or white space."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.store.ingest import decode_article, printable_count


@given(st.text(max_size=60))
def test_printable_count_is_the_count_of_printable_or_space_characters(text: str) -> None:
    assert printable_count(text) == sum(ch.isprintable() or ch.isspace() for ch in text)


def test_a_file_of_control_characters_is_refused_and_plain_text_read() -> None:
    assert decode_article("Tom Hale won Bolsover.\n\tTurnout was 61%.\u2028".encode()).startswith("Tom")
    with pytest.raises(ValueError, match="control characters"):
        decode_article(("Tom Hale" + "\x07\x1b" * 20).encode())
    assert printable_count("Tom\x07 Hale\u200b") == 8  # the bell and the zero-width space are not printable
