"""Write the gazetteers in knowledge/lexicon/data/: the Westminster constituencies of each boundary set.

The names, their nations (England, Scotland, Wales, Northern Ireland) and in England their regions are
read from the House of Commons Library candidate files (recognised by their headers), the names tidied
("Newcastle-Under-Lyme" -> "Newcastle-under-Lyme"), and written one file per boundary set, a line per seat
with its nation and region after tabs: constituencies-2010.txt (2010-2019) and constituencies-2024.txt.
Run when the boundaries change, with the files of at least one election of each set:

    python scripts/build_gazetteer.py ../shared/data/*.csv
"""
from __future__ import annotations

import sys
from collections import defaultdict

from knowledge.lexicon.areas import REGION_SPELLINGS
from knowledge.lexicon.seatnames import BOUNDARY_SETS, boundary_set, tidy_constituency_name
from knowledge.official.formats import CANDIDATES, RefusedFile, election_year, read_csv, recognise


def seat_names(path: str) -> tuple[int, dict[str, tuple[str, str]]] | None:
    """(election year, seat name -> (its nation, its region in England)) of a HoC Library candidate file;
    None for any other file."""
    try:
        table = read_csv(path)
        if recognise(table.header) is not CANDIDATES:
            return None
        year = election_year(CANDIDATES, table, [])
    except RefusedFile as error:
        print(f"{path}: skipped ({error})", file=sys.stderr)
        return None
    return year, {tidy_constituency_name(row["constituency_name"]): _areas(row) for row in table.rows}


def _areas(row: dict[str, str]) -> tuple[str, str]:
    nation = row["country_name"].strip()
    region = row["region_name"].strip()
    return nation, REGION_SPELLINGS.get(region, region) if nation == "England" else ""


def main(paths: list[str]) -> None:
    names: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
    for path in paths:
        found = seat_names(path)
        if found:
            names[boundary_set(found[0])].update(found[1])
    for boundaries, seats in sorted(names.items()):
        out = BOUNDARY_SETS[boundaries]
        out.write_text("".join(f"{name}\t{nation}\t{region}".rstrip("\t") + "\n"
                               for name, (nation, region) in sorted(seats.items())), encoding="utf-8")
        print(f"{len(seats)} constituencies ({boundaries} boundaries) -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
