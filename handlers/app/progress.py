"""Progress of long command-line work (ingest, import-results, feed poll): a tqdm bar on a terminal,
plain lines elsewhere (logs, pipes), on stderr so that stdout stays the report.

A `ProgressBar` is the hook the knowledge functions take: called as `progress(done, total, name)`
after each item (file, page). Off a terminal it writes a line about every tenth of the work, and the last.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # tqdm is imported when a bar is drawn: every command imports this module
    from tqdm import tqdm


class ProgressBar:
    """`with ProgressBar("ingest", "files") as progress: ingest(..., progress=progress)`."""

    def __init__(self, label: str, unit: str, stream: TextIO | None = None) -> None:
        self.label, self.unit = label, unit
        self.stream = stream or sys.stderr
        self.terminal = bool(getattr(self.stream, "isatty", lambda: False)())
        self._bar: tqdm | None = None
        self._next_line = 0

    def __call__(self, done: int, total: int, name: str) -> None:
        if self.terminal:
            if self._bar is None:
                from tqdm import tqdm

                self._bar = tqdm(total=total, desc=self.label, unit=f" {self.unit}", file=self.stream)
            self._bar.total = total
            self._bar.update(done - self._bar.n)
            return
        if done >= self._next_line or done == total:
            self.stream.write(f"{self.label}: {done}/{total} {self.unit} ({name})\n")
            self.stream.flush()
            self._next_line = done + max(1, total // 10)

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.close()
