"""Write knowledge/data/constituencies.txt: the Westminster constituency names (2010-2019 boundaries).

The names are read from the House of Commons Library candidate files (see README) and tidied
("Newcastle-Under-Lyme" -> "Newcastle-under-Lyme"). Run once when the boundaries change:

    python scripts/build_gazetteer.py ../shared/data/*.csv
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from knowledge.lexicon.seatnames import tidy_constituency_name

OUT = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "constituencies.txt"


def main(paths: list[str]) -> None:
    names: set[str] = set()
    for path in paths:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                names.add(tidy_constituency_name(row["constituency_name"]))
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} constituencies -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
