"""Benchmark: `python -m bench [--quick] [--data DIR] [--json PATH] [--repeats N]` from the project root.

Loads the official results (`--data`, default ../shared/data) and the article corpus
(../shared/eval/dev/articles and knowledge/articles) into a temporary database, then measures
answer and autocomplete latency, the naive name-resolution baseline, article parsing and ingest
throughput, the slowest of the worst-case article shapes (bench/adversarial.py), official import
time, start-up time and peak memory, and answer latency at 10x and 100x the names. Prints a table
and writes the same figures as JSON (default bench/results/latest.json).
"""
from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from time import perf_counter

from bench import add_one, adversarial, corpus, report, scale, startup, workload
from bench.naive import NaiveResolver
from bench.timing import latencies_ms, summary, timed

ROOT = Path(__file__).resolve().parent.parent


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="official results CSVs")
    p.add_argument("--articles", type=Path, nargs="*",
                   default=[ROOT.parent / "shared" / "eval" / "dev" / "articles", ROOT / "knowledge" / "articles"])
    p.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    p.add_argument("--quick", action="store_true", help="small sizes, one repeat: a smoke test")
    p.add_argument("--repeats", type=int, default=None)
    p.add_argument("--seed", type=int, default=0)
    return p.parse_args(argv)


def _log(message: str) -> None:
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def _answer_runs(engine, items, repeats: int) -> list[list[float]]:
    texts = [item.text for item in items]
    latencies_ms(engine.ask, texts)  # warm-up pass: caches as they are in a running bot
    return [latencies_ms(engine.ask, texts) for _ in range(repeats)]


def _by_kind(items, runs: list[list[float]]) -> dict:
    out: dict[str, dict] = {}
    for kind in workload.KINDS:
        picked = [i for i, item in enumerate(items) if item.kind == kind]
        if picked:
            out[kind] = summary([[run[i] for i in picked] for run in runs])
    return out


def _slowest(by_kind: dict) -> str:
    kind, figures = max(by_kind.items(), key=lambda item: item[1]["median_ms"])
    return f"{kind} {figures['median_ms']:.1f}"


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    quick = args.quick
    repeats = args.repeats or (1 if quick else 3)
    sizes = {"questions": 200 if quick else 2000, "prefixes": 200 if quick else 2000,
             "naive": 20 if quick else 100, "articles": 300 if quick else 10_000,
             "scale_questions": 100 if quick else 1000, "factors": (10,) if quick else (10, 100)}
    csvs = sorted(args.data.glob("*.csv"))
    if not csvs:
        raise SystemExit(f"error: no CSV files in {args.data}")
    from handlers.answers.engine import Engine
    from knowledge.official.importer import import_results
    from knowledge.reading.reader import read_article
    from knowledge.store.database import load
    from knowledge.store.ingest import ingest

    figures: dict = {}
    detail: dict = {"sizes": {k: list(v) if isinstance(v, tuple) else v for k, v in sizes.items()},
                    "repeats": repeats}
    lines: list[tuple[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmpdir = Path(tmp)
        # --- official import ---
        import_times = []
        for r in range(max(1, repeats)):
            db = tmpdir / f"official{r}.sqlite3"
            seconds, _ = timed(lambda db=db: import_results(csvs, db))
            import_times.append(seconds)
        figures["import_s"] = statistics.median(import_times)
        _log(f"official import: {figures['import_s']:.2f} s ({len(csvs)} files)")
        db = tmpdir / "official0.sqlite3"
        articles_s, _ = timed(lambda: ingest([p for p in args.articles if p.exists()], db))
        detail["real_articles_ingest_s"] = articles_s
        knowledge = load(db)
        engine = Engine(knowledge)
        detail["seats"] = len(knowledge.seats)
        detail["candidates"] = sum(len(s.candidates) for s in knowledge.seats)
        detail["articles_loaded"] = len(knowledge.articles)
        lines += [("seats loaded", len(knowledge.seats)), ("candidacies loaded", detail["candidates"]),
                  ("articles loaded", len(knowledge.articles)), ("official import (s)", figures["import_s"])]

        # --- answers ---
        items = workload.make_questions(knowledge, sizes["questions"], args.seed)
        runs = _answer_runs(engine, items, repeats)
        answers = summary(runs)
        figures["answer_median_ms"], figures["answer_p99_ms"] = answers["median_ms"], answers["p99_ms"]
        detail["answer"] = answers
        detail["answer_by_kind"] = _by_kind(items, runs)
        detail["typos"] = sum(i.typo for i in items)
        detail["unknowns"] = sum(i.kind == "unknown" for i in items)
        _log(f"answers: {len(items)} questions, p99 {answers['p99_ms']:.2f} ms")
        lines += [("questions (typos, unknowns)", f"{len(items)} ({detail['typos']}, {detail['unknowns']})"),
                  ("answer median (ms)", answers["median_ms"]), ("answer p99 (ms)", answers["p99_ms"]),
                  ("answer max (ms)", answers["max_ms"])]

        # --- autocomplete ---
        seat_names = sorted({s.constituency for s in knowledge.seats})
        people = sorted({c.name for s in knowledge.seats for c in s.candidates})
        complete = {}
        for label, call, names in (("seats", engine.complete_seats, seat_names),
                                   ("candidates", engine.complete_candidates, people)):
            prefixes = workload.autocomplete_prefixes(names, sizes["prefixes"], args.seed)
            latencies_ms(call, prefixes)
            complete[label] = summary([latencies_ms(call, prefixes) for _ in range(repeats)])
            lines += [(f"autocomplete {label} median (ms)", complete[label]["median_ms"]),
                      (f"autocomplete {label} p99 (ms)", complete[label]["p99_ms"])]
        detail["autocomplete"] = complete
        figures["autocomplete_p99_ms"] = max(c["p99_ms"] for c in complete.values())
        _log(f"autocomplete p99 {figures['autocomplete_p99_ms']:.2f} ms")

        # --- naive baseline ---
        naive = NaiveResolver(knowledge)
        step = max(1, len(items) // sizes["naive"])
        sample = [item.text for item in items[::step]][:sizes["naive"]]
        naive_runs = [latencies_ms(naive.resolve, sample)]
        detail["naive"] = {**summary(naive_runs), "names_scanned": len(naive.names)}
        figures["naive_ratio"] = detail["naive"]["median_ms"] / max(answers["median_ms"], 1e-9)
        detail["naive_ratio_p99"] = detail["naive"]["p99_ms"] / max(answers["p99_ms"], 1e-9)
        lines += [(f"naive resolve median (ms, {len(sample)} qs)", detail["naive"]["median_ms"]),
                  ("naive resolve p99 (ms)", detail["naive"]["p99_ms"]),
                  ("naive / engine, median", figures["naive_ratio"]),
                  ("naive / engine, p99", detail["naive_ratio_p99"])]
        _log(f"naive: median {detail['naive']['median_ms']:.1f} ms over {len(naive.names)} names")

        # --- article corpus: parse and ingest ---
        generated = corpus.make_articles(knowledge, sizes["articles"], args.seed)
        parse_s, reports = timed(lambda: [read_article(a.text, a.file) for a in generated])
        parsed_ok = sum((a.constituency, a.election_year) in r.seats for a, r in zip(generated, reports, strict=True))
        right_winner = sum(any(f.field == "winner" and f.value == a.winner for f in r.facts)
                           for a, r in zip(generated, reports, strict=True))
        folder = tmpdir / "corpus"
        corpus.write_articles(generated, folder)
        ingest_runs = [timed(lambda r=r: ingest([folder], tmpdir / f"corpus{r}.sqlite3"))[0] for r in range(repeats)]
        ingest_s = statistics.median(ingest_runs)
        figures["parse_articles_per_s"] = len(generated) / parse_s
        figures["ingest_articles_per_s"] = len(generated) / ingest_s
        detail["corpus"] = {"articles": len(generated), "parse_s": parse_s, "ingest_s": ingest_s,
                            "ingest_runs_s": ingest_runs,
                            "parsed_into_their_seat": parsed_ok, "right_winner": right_winner,
                            "layouts": list(corpus.LAYOUTS)}
        lines += [("generated articles", len(generated)),
                  ("  parsed into their seat / right winner", f"{parsed_ok} / {right_winner}"),
                  ("read_article throughput (art/s)", figures["parse_articles_per_s"]),
                  ("full ingest throughput (art/s)", figures["ingest_articles_per_s"]),
                  ("full ingest time (s, median)", ingest_s)]
        _log(f"corpus: parse {parse_s:.1f} s, ingest {ingest_s:.1f} s for {len(generated)} articles")

        # --- worst-case shapes ---
        shapes = adversarial.measure(read_article, repeats, size=adversarial.SIZE if not quick else 6_000)
        if not quick:  # the target is for 60 KB; quick mode reads smaller shapes
            figures["adversarial_slowest_s"] = shapes["slowest_s"]
        detail["adversarial"] = shapes
        lines += [(f"adversarial shapes ({len(shapes['median_s'])}, {shapes['size_chars']:,} chars each)",
                   len(shapes["median_s"])),
                  ("  slowest shape", shapes["slowest"]), ("  slowest shape, median (s)", shapes["slowest_s"])]
        _log(f"adversarial: slowest {shapes['slowest']} {shapes['slowest_s']:.3f} s")

        # --- start-up and memory ---
        starts = [startup.measure(db, items[0].text if items else "help", ROOT) for _ in range(repeats)]
        figures["startup_s"] = statistics.median(s["seconds"] for s in starts)
        figures["peak_mb"] = max(s["peak_mb"] for s in starts)
        detail["startup_runs"] = starts
        lines += [("start-up to first answer (s)", figures["startup_s"]), ("peak memory (MB)", figures["peak_mb"])]
        _log(f"start-up {figures['startup_s']:.2f} s, peak {figures['peak_mb']:.0f} MB")

        # --- adding one article to everything ---
        added = add_one.measure(db, tmpdir, ROOT, repeats)
        detail["add_one_article"] = added
        # What the write costs beyond starting the program is the write itself: ingest() in process.
        figures["add_one_article_s"] = added["in_process_s"]
        lines += [("add one article: bot.py ingest (s)", added["process_s"]),
                  ("add one article: ingest() alone (s)", added["in_process_s"])]
        _log(f"add one article: {added['process_s']:.2f} s as a command, {added['in_process_s']:.2f} s in process")

        # --- scale ---
        del engine
        detail["scale"] = {}
        budget_s = 150.0 if not quick else 30.0
        started = perf_counter()
        for factor in sizes["factors"]:
            build_s, big = timed(lambda factor=factor: scale.scaled(knowledge, factor, args.seed))
            elapsed = perf_counter() - started
            engine_s, big_engine = timed(lambda big=big: Engine(big))
            big_items = workload.make_questions(big, sizes["scale_questions"], args.seed + factor)
            big_runs = _answer_runs(big_engine, big_items, 1)
            s = summary(big_runs)
            rest = summary([[run[i] for i, item in enumerate(big_items) if item.kind != "about"] for run in big_runs])
            prefixes = workload.autocomplete_prefixes(sorted({x.constituency for x in big.seats}), 500, args.seed)
            ac = summary([latencies_ms(big_engine.complete_seats, prefixes)])
            detail["scale"][f"{factor}x"] = {"seats": len(big.seats), "build_knowledge_s": build_s,
                                             "build_engine_s": engine_s, "answer": s, "answer_without_about": rest,
                                             "autocomplete_seats": ac,
                                             "answer_by_kind": _by_kind(big_items, big_runs)}
            figures[f"answer_{factor}x_median_ms"], figures[f"answer_{factor}x_p99_ms"] = s["median_ms"], s["p99_ms"]
            lines += [(f"{factor}x: seats", len(big.seats)), (f"{factor}x: engine build (s)", engine_s),
                      (f"{factor}x: answer median (ms)", s["median_ms"]), (f"{factor}x: answer p99 (ms)", s["p99_ms"]),
                      (f"{factor}x: answer p99 without 'about' (ms)", rest["p99_ms"]),
                      (f"{factor}x: slowest kind (median ms)", _slowest(detail["scale"][f"{factor}x"]["answer_by_kind"])),
                      (f"{factor}x: autocomplete seats p99 (ms)", ac["p99_ms"])]
            _log(f"{factor}x: {len(big.seats)} seats, engine {engine_s:.1f} s, p99 {s['p99_ms']:.2f} ms")
            del big_engine, big
            if elapsed + engine_s > budget_s:
                detail["scale"]["stopped"] = f"time budget of {budget_s:.0f} s used up after {factor}x"
                break
        if "answer_100x_p99_ms" not in figures:
            detail["scale"].setdefault("note", "100x not measured (quick mode or time budget)")

    targets = report.check_targets(figures)
    print(report.table(lines, targets))
    data = {"when": datetime.now(UTC).isoformat(timespec="seconds"), "quick": quick,
            "python": platform.python_version(), "machine": platform.machine(),
            "figures": figures, "targets": targets, "detail": detail}
    report.write_json(args.json, data)
    print(f"\n(written to {args.json})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
