"""The README's benchmark table cites the run shipped in bench/results/latest.json, figure for figure."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LATEST = ROOT / "bench" / "results" / "latest.json"


def _figures() -> dict:
    return json.loads(LATEST.read_text(encoding="utf-8"))


def _table_rows() -> dict[str, tuple[str, str]]:
    """The README's benchmark table: figure label -> (value cell, target cell)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Measuring"):]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] not in ("figure", "---"):
            rows[cells[0]] = (cells[1], cells[2])
    return rows


def _row(start: str) -> tuple[str, str]:
    found = [cells for label, cells in _table_rows().items() if label.startswith(start)]
    assert len(found) == 1, f"one README row starting {start!r}, got {len(found)}"
    return found[0]


def _own_run(start: str) -> bool:
    """A row re-measured after the shipped run names that run (its date and time) in its label."""
    return any(label.startswith(start) and re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", label)
               for label in _table_rows())


def test_rows_measured_later_name_their_run():
    for label in _table_rows():
        if "UTC" in label:
            assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", label) and "load" in label, label


def _numbers(cell: str) -> list[float]:
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", cell)]


def _cites(cell: str, value: float, digits: int) -> bool:
    return any(abs(n - round(value, digits)) < 10 ** -digits / 2 + 1e-9 for n in _numbers(cell))


def test_latest_json_is_shipped_and_not_ignored():
    assert LATEST.is_file()
    checked = subprocess.run(["git", "check-ignore", "-q", str(LATEST)], cwd=ROOT, capture_output=True)
    assert checked.returncode == 1, "bench/results/latest.json must not be ignored by git"
    data = _figures()
    assert data["quick"] is False, "the README cites a full run, not --quick"
    assert data["when"][:10] in (ROOT / "README.md").read_text(encoding="utf-8"), "the README names the run's date"


# README row (its label's start) -> (figure in latest.json, decimals the README gives)
CITED = {
    "answer latency p99": ("answer_p99_ms", 2),
    "answer p99 at 10x": ("answer_10x_p99_ms", 1),
    "answer p99 at 100x": ("answer_100x_p99_ms", 0),
    "naive resolver": ("naive_ratio", 0),
    "official import": ("import_s", 2),
    "start-up to first answer": ("startup_s", 2),
    "peak memory": ("peak_mb", 0),
    "read_article throughput": ("parse_articles_per_s", 0),
}


def test_every_cited_figure_is_the_shipped_runs():
    figures = _figures()["figures"]
    for start, (name, digits) in CITED.items():
        if _own_run(start):
            continue
        value, _ = _row(start)
        assert _cites(value, figures[name], digits), f"{start}: {value!r} does not cite {figures[name]}"
    ingest, _ = _row("ingest of 10,000")
    assert _cites(ingest, figures["ingest_articles_per_s"], 0)
    if not _own_run("adding one article"):
        add_one, _ = _row("adding one article")
        assert _cites(add_one, figures["add_one_article_s"], 3)


def test_ranges_are_the_runs_kept_in_the_json():
    detail = _figures()["detail"]
    for start, runs, digits in (("ingest of 10,000", detail["corpus"]["ingest_runs_s"], 1),
                                ("start-up to first answer", [r["seconds"] for r in detail["startup_runs"]], 2),
                                ("adding one article", detail["add_one_article"]["in_process_runs_s"], 3)):
        if _own_run(start):
            continue
        value, _ = _row(start)
        assert _cites(value, min(runs), digits) and _cites(value, max(runs), digits), (start, value, runs)


def test_met_and_fails_follow_the_runs_own_verdicts():
    verdicts = {t["figure"]: t["status"] for t in _figures()["targets"]}
    rows = {"answer latency p99": "answer_p99_ms", "autocomplete p99": "autocomplete_p99_ms",
            "answer p99 at 100x": "answer_100x_p99_ms", "naive resolver": "naive_ratio",
            "ingest of 10,000": "ingest_articles_per_s", "official import": "import_s",
            "adding one article": "add_one_article_s", "start-up to first answer": "startup_s",
            "peak memory": "peak_mb"}
    for start, name in rows.items():
        if _own_run(start):
            continue
        _, target = _row(start)
        said = "fails" if "(fails)" in target else "met" if "(met)" in target else None
        assert said == {"FAIL": "fails", "pass": "met"}[verdicts[name]], f"{start}: {target!r} vs {verdicts[name]}"
