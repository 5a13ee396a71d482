"""What one server's own knowledge costs: `python -m bench.guild_view [--db FILE] [--repeats N]`.

On the global knowledge base `--db` (build it with `python bot.py import-results ../shared/data/*.csv`
and `ingest knowledge/articles`), a server's own database holding two articles (one that disagrees
with the global sources on a seat, one on a seat the global knowledge lacks) is overlaid on the
loaded global knowledge and an engine built from the view, as the bot does the first time that
server asks after a change. Prints the medians (overlay, engine, both) beside the global engine's
build time, and the memory one server's engine keeps (traced allocations that stay after the build).
"""
from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import tracemalloc
from pathlib import Path
from time import perf_counter

from handlers.answers.engine import Engine
from handlers.app.guild_files import CITED_AS
from knowledge.store.database import load
from knowledge.store.ingest import ingest
from knowledge.store.overlay import overlay

ARTICLES = {
    "kensington.txt": "date 2017-06-11 Victoria Borwick held Kensington for the Conservatives by 5,000 votes.\n",
    "runcorn.txt": ("date 2025-05-02 Reform UK has won the Runcorn and Helsby by-election by just six votes. "
                    "Sarah Pochin took the seat from Labour after a full recount, polling 12,645 votes to "
                    "Labour candidate Karen Shore's 12,639.\n"),
}


def guild_db(folder: Path) -> Path:
    articles = folder / "articles"
    articles.mkdir(parents=True)
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    db = folder / "knowledge.sqlite3"
    ingest([articles], db, sync=True, prefix=CITED_AS)
    return db


def measure(global_db: Path, repeats: int) -> dict:
    base = load(global_db)
    started = perf_counter()
    Engine(base)
    global_engine_s = perf_counter() - started
    overlays, engines = [], []
    with tempfile.TemporaryDirectory() as tmp:
        db = guild_db(Path(tmp))
        for _ in range(max(1, repeats)):
            started = perf_counter()
            view = overlay(global_db, db, base)
            overlays.append(perf_counter() - started)
            assert view is not None
            started = perf_counter()
            Engine(view)
            engines.append(perf_counter() - started)
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        kept = Engine(overlay(global_db, db, base))  # noqa: F841 - held while its memory is measured
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
    return {"seats": len(base.seats), "global_engine_s": global_engine_s,
            "overlay_s": statistics.median(overlays), "engine_s": statistics.median(engines),
            "total_s": statistics.median(o + e for o, e in zip(overlays, engines, strict=True)),
            "engine_mb": (after - before) / 2**20}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.guild_view", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("var/knowledge.sqlite3"))
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    figures = measure(args.db, args.repeats)
    print(f"global knowledge: {figures['seats']:,} seats; global engine built in {figures['global_engine_s']:.2f} s")
    print(f"one server's view: overlay {figures['overlay_s'] * 1000:.0f} ms + engine {figures['engine_s']:.2f} s "
          f"= {figures['total_s']:.2f} s (median of {args.repeats}); its engine keeps {figures['engine_mb']:.0f} MiB")


if __name__ == "__main__":
    main()
