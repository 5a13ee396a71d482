"""The real official results files (../shared/data, beside the project and in CI) imported once per test run."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.official.importer import import_results

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
EVERY_FILE = sorted(DATA.glob("*.csv"))


@pytest.fixture(scope="session")
def every_election_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with every official file imported (2010 to 2024); skips when the files are missing."""
    years = {"2010", "2015", "2017", "2019", "2024"}
    if not all(any(y in p.name for p in EVERY_FILE) for y in years):
        pytest.skip(f"the official results files of 2010-2024 are not all in {DATA}")
    db = tmp_path_factory.mktemp("every-election") / "knowledge.sqlite3"
    import_results(EVERY_FILE, db)
    return db
