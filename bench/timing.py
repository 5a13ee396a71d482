"""Timing helpers: per-call latencies in milliseconds, medians and percentiles, repeats."""
from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Sequence
from time import perf_counter, perf_counter_ns


def percentile(values: Sequence[float], pct: float) -> float:
    """The `pct` percentile (nearest rank) of `values`; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def latencies_ms(call: Callable[[object], object], items: Iterable[object]) -> list[float]:
    """Time `call(item)` for each item, one by one, in milliseconds."""
    out = []
    for item in items:
        start = perf_counter_ns()
        call(item)
        out.append((perf_counter_ns() - start) / 1e6)
    return out


def summary(runs: list[list[float]]) -> dict:
    """Median and p99 of each run, and the median of those over the runs (ms)."""
    medians = [statistics.median(run) for run in runs if run]
    p99s = [percentile(run, 99) for run in runs if run]
    return {"n": len(runs[0]) if runs else 0, "repeats": len(runs),
            "median_ms": statistics.median(medians) if medians else 0.0,
            "p99_ms": statistics.median(p99s) if p99s else 0.0,
            "max_ms": max((max(run) for run in runs if run), default=0.0)}


def timed(call: Callable[[], object]) -> tuple[float, object]:
    """Wall time of one call in seconds, and its result."""
    start = perf_counter()
    result = call()
    return perf_counter() - start, result
