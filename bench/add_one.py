"""The cost of adding one article to a full knowledge base: `python bot.py ingest ARTICLE` on a copy of it.

Timed as a fresh process, as a user or the bot's /article add meets it, and in process (the write
alone: copying the database, reading the article, concluding the contests it changes, checking and
swapping the copy in). Each run starts from an unchanged copy of the database.
"""
from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from time import perf_counter

ARTICLE = """ date 2025-05-02 Reform UK has won the Runcorn and Helsby by-election by just six votes.

Sarah Pochin took the seat from Labour after a full recount, polling 12,645 votes to Labour candidate Karen Shore's 12,639.

Turnout was 46.3 per cent.
"""


def measure(db: Path, tmpdir: Path, root: Path, repeats: int) -> dict:
    """{'process_s': median wall time of the command, 'in_process_s': median of ingest() alone, runs}."""
    from knowledge.store.ingest import ingest

    article = tmpdir / "add-one" / "by-election.txt"
    article.parent.mkdir(exist_ok=True)
    article.write_text(ARTICLE, encoding="utf-8")
    process, in_process = [], []
    for run in range(max(3, repeats)):
        copy = tmpdir / f"add-one-{run}.sqlite3"
        shutil.copy(db, copy)
        started = perf_counter()
        subprocess.run([sys.executable, str(root / "bot.py"), "ingest", str(article), "--db", str(copy)],
                       cwd=root, check=True, capture_output=True)
        process.append(perf_counter() - started)
        shutil.copy(db, copy)
        started = perf_counter()
        ingest([article], copy)
        in_process.append(perf_counter() - started)
        copy.unlink()
    return {"process_s": statistics.median(process), "in_process_s": statistics.median(in_process),
            "process_runs_s": process, "in_process_runs_s": in_process}
