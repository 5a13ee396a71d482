"""Bad input: unusable article files are reported and skipped while the others load; odd questions get a
calm answer and leave the database alone; adversarial text never makes a pattern run away."""
from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers.answers.answer import Answer
from handlers.answers.engine import Engine
from handlers.app.console import ask_one
from handlers.app.settings import PROJECT_DIR
from handlers.discord_ui.embeds import TOTAL_LIMIT, answer_embed
from knowledge.reading.reader import read_article
from knowledge.store.database import load
from knowledge.store.ingest import MAX_ARTICLE_BYTES, ingest

SAMPLES = sorted((PROJECT_DIR / "knowledge" / "articles").glob("*.txt"))
GOOD = ("date 2017-06-09 Ashfield declared just after 3am. Gloria De Piero held the seat for Labour "
        "with 20,000 votes.\n")
PROPERTY = settings(deadline=2000, max_examples=300, suppress_health_check=[HealthCheck.too_slow])


# ---------------------------------------------------------------- bad articles


def bad_files(folder: Path) -> dict[str, str]:
    """Write the unusable files; {name: words the skip reason must contain}."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\t\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "latin1.txt").write_bytes("date 2017-06-09 Ynys Môn: Plaid Cymru held the seat".encode("latin-1"))
    (folder / "control.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15]) * 100)
    with open(folder / "huge.txt", "wb") as out:  # 20 MB, sparse: cheap to make
        out.truncate(20 * 1024 * 1024)
    return {"empty.txt": "empty", "blank.txt": "empty", "binary.txt": "binary", "latin1.txt": "not UTF-8",
            "control.txt": "not text", "huge.txt": "too large"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for sample in SAMPLES:
        shutil.copy(sample, folder)
    return folder


def test_bad_articles_are_reported_and_skipped_and_the_others_load(folder: Path, tmp_path: Path) -> None:
    expected = bad_files(folder)
    (folder / "page.txt").write_text("<!DOCTYPE html><html><head><title>Election night</title></head><body>"
                                     "<script>var votes = 12345;</script><p>Accept cookies</p></body></html>")
    (folder / "one_line.txt").write_text("date 2017-06-09 " + "Ashfield Labour 1,234 votes majority " * 40_000)
    assert (folder / "huge.txt").stat().st_size > MAX_ARTICLE_BYTES

    report = ingest([folder, tmp_path / "missing"], tmp_path / "kb.sqlite3", sync=True)

    reasons = {Path(u.path).name: u.reason for u in report.unreadable}
    for name, words in expected.items():
        assert words in reasons.get(name, ""), (name, reasons.get(name))
    assert "no such file" in reasons["missing"]
    read = {a.file: a for a in report.articles}
    assert set(read) == {p.name for p in SAMPLES} | {"page.txt", "one_line.txt"}
    assert not read["page.txt"].has_result, "an HTML page is no result"
    assert "only the first" in "; ".join(read["one_line.txt"].notes), "a giant line is cut, and says so"
    seats = {(s.constituency, s.election_year) for s in load(tmp_path / "kb.sqlite3").seats}
    assert {("Kensington", 2017), ("Ashfield", 2017)} <= seats
    summary = report.summary()
    assert "files skipped: 7" in summary and "huge.txt: too large" in summary


def test_contradictory_articles_are_kept_as_a_conflict(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD.replace("20,000", "21,500").replace("2017-06-09", "2017-06-10"))
    report = ingest([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "kb.sqlite3")
    assert not report.unreadable and report.conflicts >= 1
    [seat] = load(tmp_path / "kb.sqlite3").seats
    [conflict] = [c for c in seat.conflicts if c.field == "votes"]
    assert {conflict.kept, conflict.other} == {20_000, 21_500}


SPACE_GROUPED = "20 000"


@pytest.mark.parametrize("votes", ["20k", "twenty thousand", SPACE_GROUPED, "20\u00a0000", "20.000", "2,00,00", "20,000,000,000",
                                   "-20,000", "20,000.5", "٢٠٠٠٠", "２０,０００", "1e5"])
def test_numbers_in_odd_formats_are_read_honestly_or_not_at_all(tmp_path: Path, votes: str) -> None:
    (tmp_path / "odd.txt").write_text(GOOD.replace("20,000", votes))
    report = ingest([tmp_path / "odd.txt"], tmp_path / "kb.sqlite3")
    assert not report.unreadable
    for seat in load(tmp_path / "kb.sqlite3").seats:
        for candidate in seat.candidates:
            assert candidate.votes is None or candidate.votes in (20_000, 100_000), (votes, candidate.votes)


# ---------------------------------------------------------------- bad questions


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "kb.sqlite3"
    ingest(SAMPLES, path, sync=True)
    return path


@pytest.fixture(scope="module")
def engine(db: Path) -> Engine:
    return Engine(load(db))


def tables(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    finally:
        conn.close()


BAD_QUESTIONS = ["", "   \n\t ", "who won " * 1250, "x" * 10_000, "🗳️🔥💯🇬🇧" * 50, "<@&123> who won Kensington?",
                 "@everyone @here who won Ashfield?", "[click](https://evil.example/x) **who** won `Kensington`?",
                 "'; DROP TABLE seats; --", "Kensington'); DELETE FROM facts; --", "\x00\x1b[31m who won",
                 "||spoiler|| ```py\nimport os\n``` > quote", "who won %s %d {0} {seat}?"]


@pytest.mark.parametrize("question", BAD_QUESTIONS, ids=range(len(BAD_QUESTIONS)))
def test_bad_questions_get_a_calm_answer_and_leave_the_database(engine: Engine, db: Path, question: str) -> None:
    digest, names = hashlib.sha256(db.read_bytes()).hexdigest(), tables(db)
    answer = engine.ask(question)
    assert isinstance(answer, Answer) and answer.text.strip()
    assert "Traceback" not in answer.text and "Error" not in answer.text
    assert len(answer_embed(answer)) <= TOTAL_LIMIT  # what Discord is sent always fits
    out = io.StringIO()
    assert ask_one(db, question, out, as_json=True) == 0  # through the database, as `bot.py ask` does
    assert "Traceback" not in out.getvalue()
    assert tables(db) == names and "seats" in names
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


# ---------------------------------------------------------------- adversarial text

PIECES = st.sampled_from(["Kensington", "Ashfield", "Labour", "Conservative", "majority", "votes", "of", "the",
                          "recount", "1,234", "12,345,678", "0", "999999999999", "per cent", "%", "-", "–", ",",
                          ".", "'", "“", "”", "\n", "  ", "date 2017-06-09", "2017", "won", "by", "said:",
                          "Mr", "Dr", "Ms", "Lady", "Sir", "é", "(", ")", "a" * 50])
ADVERSARIAL = st.one_of(
    st.text(max_size=2000),
    st.text(alphabet=string.digits + ",. \n", max_size=3000),
    st.lists(PIECES, max_size=400).map(" ".join),
    st.lists(PIECES, max_size=400).map("".join),
    st.tuples(PIECES, st.integers(1, 3000)).map(lambda t: t[0] * t[1]),
)


@PROPERTY
@given(ADVERSARIAL)
def test_read_article_never_raises_or_runs_away(text: str) -> None:
    report = read_article(text, "fuzz.txt")
    assert report.file == "fuzz.txt"


@PROPERTY
@given(ADVERSARIAL)
def test_engine_ask_never_raises_or_runs_away(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert isinstance(answer, Answer) and len(answer_embed(answer)) <= TOTAL_LIMIT and "Traceback" not in answer.text
