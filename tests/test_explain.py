"""`bot.py explain FILE`: each fact with the sentence that gave it, and the figures that gave none."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from knowledge.reading.explain import explain_article, explanation_text

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "date 2019-12-13\n"
    "Jo Bloggs held Barnsley Central for Labour with a majority of 3,571 after one recount.\n"
    "Bloggs polled 14,804 votes and the Brexit Party's Victor Farrant took 11,233.\n"
    "The town's population has grown by 12,000 since the last census.\n"
    "“We needed 5,000 more doorsteps,” said one activist.\n"
)


def test_each_fact_is_paired_with_the_sentence_that_states_it() -> None:
    explanation = explain_article(ARTICLE, "barnsley.txt")
    [contest] = explanation.contests
    assert contest.seat == "Barnsley Central" and contest.contest.year == 2019
    by_field = {(f.field, f.candidate): f for f in contest.facts}
    assert by_field[("margin", None)].value == 3571
    assert by_field[("margin", None)].provenance.sentence.startswith("Jo Bloggs held Barnsley Central")
    assert by_field[("votes", "Victor Farrant")].provenance.sentence.startswith("Bloggs polled 14,804")


def test_each_fact_knows_the_rule_that_read_it() -> None:
    [contest] = explain_article(ARTICLE, "barnsley.txt").contests
    rules = {(f.field, f.candidate): f.provenance.rule for f in contest.facts}
    assert rules[("winner", None)] == "outcome.held"
    assert rules[("margin", None)] == "margin.majority_of"
    assert rules[("recounts", None)] == "recounts.count"
    assert rules[("votes", "Jo Bloggs")] == "votes.polled"
    assert rules[("votes", "Victor Farrant")] == "votes.polled"
    assert rules[("party", "Victor Farrant")] == "party.possessive"


def test_a_figure_of_the_reporter_that_gave_no_fact_is_listed_and_quoted_speech_is_not() -> None:
    unused = [s.text for s in explain_article(ARTICLE, "barnsley.txt").unused]
    assert unused == ["The town's population has grown by 12,000 since the last census."]


def test_the_text_names_the_contest_the_facts_and_the_unused_figures() -> None:
    text = explanation_text(explain_article(ARTICLE, "barnsley.txt"))
    assert "read as reporting the 2019 general election" in text
    assert "margin = 3,571  (rule margin.majority_of)" in text
    assert "votes [Victor Farrant] = 11,233  (rule votes.polled)" in text
    assert "Sentences with figures that gave no fact: 1" in text


def test_an_article_with_no_result_says_why() -> None:
    text = explanation_text(explain_article("date 2019-11-20\nCampaigning in Barnsley Central went on.\n", "p.txt"))
    assert "note: a preview" in text or "reports no declared result" in text


def test_the_command_explains_files_and_reports_one_it_cannot_read(tmp_path: Path) -> None:
    article = tmp_path / "barnsley.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    done = subprocess.run([sys.executable, str(ROOT / "bot.py"), "explain", str(article), str(binary)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Barnsley Central (the 2019 general election)" in done.stdout
    assert "image.txt: binary file" in done.stderr
