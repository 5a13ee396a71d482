"""Property tests: the reader never raises and its work stays bounded, whatever the text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.reading.reader import read_article
from knowledge.records import ArticleReport

# Pieces of real coverage, so that generated text exercises the phrase rules and not only noise.
FRAGMENTS = [
    "Labour's ", "Conservative ", "SNP ", "Lib Dem candidate ", "Jo Bloggs", "Mr Bloggs", "Sam Smith's ",
    "Stroud", "Kensington", "Na h-Eileanan an Iar", " held on to ", " has taken ", " from the Tories",
    " polled ", " 21,000 votes", " by just 20 votes", " a majority of ", " one hundred and six", " recount",
    " no recount was needed", " Turnout was 65.5 per cent", " in 2010", " two years ago", " defending a ",
    "“", "”", '"', "\n\n", ". ", ", ", ": ", " | ", " – ", "(", ")", "'s", "CON ", "LAB ", "12345", "9",
    " Con gain from Lab", "LABOUR HOLD ", "\u200b", "é", "\x00",
]
PIECES = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30))


def check(report: ArticleReport) -> None:
    assert isinstance(report, ArticleReport)
    for fact in report.facts:
        assert fact.provenance.sentence
        if fact.field in ("votes", "margin", "previous_majority"):
            assert isinstance(fact.value, int) and fact.value > 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=200).map("".join), st.booleans())
def test_reader_never_raises_on_arbitrary_text(text: str, dated: bool) -> None:
    check(read_article((" date 2017-06-09 " if dated else "") + text, "fuzz.txt"))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                                  HealthCheck.data_too_large])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=20, max_size=60).map("".join))
def test_reader_is_bounded_on_a_megabyte(block: str) -> None:
    text = (block * (1_000_000 // max(len(block), 1) + 1))[:1_000_000]
    report = read_article(" date 2019-12-13 " + text, "huge.txt")
    check(report)
    assert any("only the first" in note for note in report.notes)


def test_reader_on_a_megabyte_line_of_one_character() -> None:
    for ch in ("a", "A ", "1", "“", "\n", "Mr Bloggs polled 1 "):
        check(read_article(" date 2019-12-13 " + ch * (1_000_000 // len(ch)), "huge.txt"))


def test_a_long_article_is_cut_at_a_line_break_never_inside_a_figure() -> None:
    block = "Stroud\n1. Green\nRosa Quint\n• Votes: 19,044\n2. Labour\nTom Hale\n• Votes: 18,630\n"
    head = block * (59_000 // len(block))
    # pad so that the read limit falls just after "19" of the last figure
    last = "1. Green\nRosa Quint\n• Votes: 19"
    padding = 60_000 - len(head) - len(last) - 1
    body = head + "x" * padding + "\n" + last + ",044\n"
    assert len(body[:60_000].rsplit("\n", 1)[-1]) == len("• Votes: 19")
    report = read_article(" date 2019-12-13 " + body, "long.txt")
    assert {f.value for f in report.facts if f.field == "votes"} <= {19044, 18630}
    assert any("only the first" in note for note in report.notes)


SURNAME = st.text(alphabet="abcdefghijklmnoprstuvwy", min_size=2, max_size=12).map(str.capitalize)
FULL_NAME = st.tuples(st.sampled_from(["", "Mr ", "Ms ", "Sir ", "Dame "]),
                      st.sampled_from(["Jo", "Joe", "J.", "Rob", "Bob", "Ana", "Iain", "Emma"]),
                      st.lists(SURNAME, min_size=1, max_size=2).map(" ".join)).map("".join)
PHRASES = st.sampled_from([" polled {n} votes.", " won Ashfield by {n}.", " came second.", "\n• Votes: {n}"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(FULL_NAME, PHRASES, st.integers(1, 40_000)), min_size=1, max_size=300),
       st.sampled_from(["\n", " ", "\n\n"]))
def test_reader_never_raises_on_many_distinct_names(people: list[tuple[str, str, int]], joint: str) -> None:
    lines = [name + phrase.format(n=n) for name, phrase, n in people]
    # surnames alone after the full names, as prose refers back to people
    lines += [f"{name.split()[-1]} said it was a fine night." for name, _, _ in people[:20]]
    check(read_article(" date 2019-12-13 " + joint.join(lines), "names.txt"))
