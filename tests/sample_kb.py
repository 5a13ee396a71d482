"""Shared test helpers."""
from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from handlers.app.settings import PROJECT_DIR, Settings


def sample_folder(tmp_path: Path) -> Path:
    """A private copy of the sample knowledge folder: `tmp_path`/articles."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in (PROJECT_DIR / "knowledge" / "articles").glob("*.txt"):
        shutil.copy(article, folder)
    return folder


def sample_settings(tmp_path: Path, **changes: object) -> Settings:
    """Settings over a private copy of the sample knowledge folder and a database in `tmp_path`."""
    folder = sample_folder(tmp_path)
    return replace(Settings(db_path=tmp_path / "db" / "kb.sqlite3", knowledge_dir=folder,
                            state_db=tmp_path / "db" / "state.sqlite3", guilds_dir=tmp_path / "guilds"), **changes)
