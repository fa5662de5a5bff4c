"""A small timing harness: medians over repeats, implementations interleaved, in one process
or in fresh ones.

The garbage collector stays on while timing, as it is for users (its passes during bulk object
creation are part of what a load costs). A full collection starts each round and a young one
each sample, so that one sample's garbage is not charged to the next; a full collection before
every sample would cost more than many of the samples (tens of ms with pydantic imported).

Times are read from a clock named in :data:`CLOCKS`: by default the CPU time of the measuring
process, which other processes on a shared machine inflate far less than they inflate wall
time (the code measured is single-threaded, so the two agree on a quiet machine).
"""

from __future__ import annotations

import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Final

__all__ = [
    "CLOCKS",
    "ROOT",
    "Clock",
    "clock",
    "fresh_processes",
    "median",
    "per_call",
    "side_by_side",
]

Clock = Callable[[], float]

CLOCKS: Final = {"cpu": "process_time", "wall": "perf_counter"}
"""The clocks a run can use, by name, and the functions of :mod:`time` that read them."""

ROOT = Path(__file__).resolve().parent.parent
"""The repository root, from which ``python -m benchmarks`` and its subprocesses run."""


def clock(name: str) -> Clock:
    """The function that reads the clock called ``name`` (a key of :data:`CLOCKS`)."""
    now: Clock = getattr(time, CLOCKS[name])
    return now


def median(samples: Sequence[float]) -> float:
    """The median of ``samples``."""
    return statistics.median(samples)


def _sample(case: Callable[[], object], now: Clock) -> float:
    gc.collect(1)
    start = now()
    result = case()
    elapsed = now() - start
    del result  # freed after the clock stops: dropping a big result is not part of the work
    return elapsed


def side_by_side(
    cases: Mapping[str, Callable[[], object]], *, repeats: int, now: Clock, warm_up: bool = True
) -> dict[str, list[float]]:
    """Seconds per call of each case, ``repeats`` samples each (after an untimed warm-up call
    of each, unless the caller has warmed them up).

    Each round runs every case once, in an order rotated from round to round, so that drift
    in the machine's load falls on all cases alike.
    """
    names = list(cases)
    if warm_up:
        for name in names:
            _sample(cases[name], now)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(repeats):
        gc.collect()
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(_sample(cases[name], now))
    return samples


def per_call(
    case: Callable[[], object], *, repeats: int, now: Clock, budget: float = 0.05
) -> list[float]:
    """Seconds per call of a fast ``case``: each sample loops until it lasts ``budget`` s."""
    case()
    loops = 1
    while True:
        start = now()
        for _ in range(loops):
            case()
        if now() - start >= budget or loops >= 1 << 24:
            break
        loops *= 2
    samples = []
    gc.collect()
    for _ in range(repeats):
        gc.collect(1)
        start = now()
        for _ in range(loops):
            case()
        samples.append((now() - start) / loops)
    return samples


def fresh_processes(code: str, *, repeats: int) -> list[list[float]]:
    """Run ``code`` in ``repeats`` fresh interpreters; each prints a JSON list of numbers, and
    those lists are returned. (The first may also compile bytecode caches: take medians.)"""
    results = []
    for _ in range(repeats):
        completed = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            raise RuntimeError(f"benchmark subprocess failed:\n{completed.stderr}")
        results.append([float(x) for x in json.loads(completed.stdout.splitlines()[-1])])
    return results
