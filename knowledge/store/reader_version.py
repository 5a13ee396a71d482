"""Which version of the article reader made the facts in a database.

A reload does not read again a file it has read before, unless the reader (its code or its word
lists) has changed since: the version is a hash of every file the reader is made of.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

KNOWLEDGE_DIR = Path(__file__).resolve().parents[1]
READER_PARTS = ("reading", "lexicon", "records.py")


@lru_cache(maxsize=1)
def reader_version() -> str:
    digest = hashlib.sha256()
    for part in READER_PARTS:
        root = KNOWLEDGE_DIR / part
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file()
                                                     and "__pycache__" not in p.parts)
        for path in files:
            digest.update(str(path.relative_to(KNOWLEDGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
