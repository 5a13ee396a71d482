"""Building large record structures without Python's cycle collector scanning them as they grow.

Loading a knowledge base, writing one and building the answer indexes each make hundreds of
thousands of records with no reference cycles, which reference counting frees. The cycle collector,
triggered by every 700 new objects, would scan the ones already made over and over: about half of
loading a full knowledge base (0.9 s of 1.5 s) and of building its engine.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the block. This only saves time: another thread that ends its
    own pause may switch it back on early, which costs time, never correctness; any cycle made in the
    block is collected after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
