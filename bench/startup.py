"""Start-up time and peak memory: a fresh Python process loads the database, builds the engine, answers.

Peak memory is the child's VmHWM (Linux): `ru_maxrss` of a process started from a big parent can
report the parent's peak, because Linux carries the high-water mark across fork and exec.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from time import perf_counter

CHILD = """
import json, resource, sys
from knowledge.store.database import load
from handlers.answers.engine import Engine
engine = Engine(load(sys.argv[1]))
answer = engine.ask(sys.argv[2])
# VmHWM is this process's own peak; ru_maxrss can carry the parent's peak over fork and exec.
try:
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"answered": answer.answered, "peak_kb": peak_kb,
                  "ru_maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def measure(db: Path, question: str, root: Path) -> dict:
    """Wall time from process start to the first answer, and the process's peak resident memory."""
    start = perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, str(db), question], cwd=root, capture_output=True,
                          text=True, check=True)
    seconds = perf_counter() - start
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return {"seconds": seconds, "peak_mb": data["peak_kb"] / 1024, "ru_maxrss_mb": data["ru_maxrss_kb"] / 1024,
            "answered": data["answered"]}
