"""The results table and the targets each figure is checked against."""
from __future__ import annotations

import json
import operator
from pathlib import Path

# (figure key, label, comparison, target, unit)
TARGETS = (
    ("answer_p99_ms", "answer p99, all elections loaded", "<=", 1.0, "ms"),
    ("autocomplete_p99_ms", "autocomplete p99 (seats and candidates)", "<=", 1.0, "ms"),
    ("answer_100x_p99_ms", "answer p99 at 100x names", "<=", 10.0, "ms"),
    ("naive_ratio", "naive / engine (median)", ">=", 10.0, "x"),
    ("ingest_articles_per_s", "full ingest throughput", ">=", 1000.0, "art/s"),
    ("import_s", "official import, every file", "<=", 3.0, "s"),
    ("add_one_article_s", "add one article (the write, in process)", "<=", 0.15, "s"),
    ("startup_s", "start-up to first answer", "<=", 1.0, "s"),
    ("adversarial_slowest_s", "slowest 60 KB adversarial article", "<=", 0.1, "s"),
    ("peak_mb", "peak memory (start-up process)", "<=", 250.0, "MB"),
)
_OPS = {"<=": operator.le, "<": operator.lt, ">=": operator.ge}


def check_targets(figures: dict) -> list[dict]:
    rows = []
    for key, label, op, target, unit in TARGETS:
        value = figures.get(key)
        status = "n/a" if value is None else ("pass" if _OPS[op](value, target) else "FAIL")
        rows.append({"figure": key, "label": label, "value": value, "target": f"{op} {target:g} {unit}",
                     "status": status})
    return rows


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def table(lines: list[tuple[str, object]], targets: list[dict]) -> str:
    width = max(len(label) for label, _ in lines) + 2
    out = ["Measurements", "-" * (width + 14)]
    out += [f"{label:<{width}}{_fmt(value):>14}" for label, value in lines]
    out += ["", "Targets", "-" * 78]
    for row in targets:
        out.append(f"{row['label']:<42}{_fmt(row['value']) if row['value'] is not None else '-':>12}"
                   f"  {row['target']:<14}{row['status']}")
    return "\n".join(out)


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, sort_keys=False, default=str) + "\n", encoding="utf-8")
