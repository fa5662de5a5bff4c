"""The chair rotation of the embedded network: ``chair(year)`` near and far, and a long
``schedule``. Skipped, with a note, while the rotation or the dataset does not exist yet."""

from __future__ import annotations

import functools
import importlib.util
import time
from collections.abc import Callable

import ascn
from benchmarks.config import Config
from benchmarks.results import Measurement, Results
from benchmarks.startup import has_dataset
from benchmarks.timing import median, per_call

__all__ = ["SECTION", "STEADY", "run"]

SECTION = "Rotation of the embedded network: ascn.load().rotation('ASEAN')"
FIRST = "first call"
STEADY = "repeated calls"


def missing() -> str | None:
    """Why the rotation cannot be measured yet, or None when it can."""
    if importlib.util.find_spec("ascn.rotation") is None:
        return "src/ascn/rotation/ does not exist yet"
    if not has_dataset():
        return "src/ascn/data/network.json does not exist yet"
    return None


def cases() -> dict[str, Callable[[], object]]:
    """The calls measured, by the label they are reported under."""
    rotation = ascn.load().rotation("ASEAN")
    calls: dict[str, Callable[[], object]] = {
        f"chair({year})": functools.partial(rotation.chair, year) for year in (2030, 3000, 100000)
    }
    calls["schedule(2010, 3010)"] = functools.partial(rotation.schedule, 2010, 3010)
    return calls


def run(config: Config, results: Results) -> None:
    """Time each call once on a fresh rotation, then as a median of repeated calls."""
    reason = missing()
    if reason is not None:
        results.notes.append(f"Rotation: skipped, {reason}.")
        return
    try:
        calls = cases()
    except Exception as exc:  # work in progress elsewhere: say so instead of failing the run
        results.notes.append(f"Rotation: skipped, building it raised {type(exc).__name__}: {exc}")
        return
    for subject, call in calls.items():
        start = time.perf_counter()
        try:
            call()
        except Exception as exc:  # reported, not hidden: the row is missing and the note says why
            results.notes.append(f"Rotation: {subject} raised {type(exc).__name__}: {exc}")
            continue
        first = time.perf_counter() - start
        results.add(Measurement(SECTION, FIRST, subject, first, "s", 1))
        samples = per_call(call, repeats=config.repeats, budget=0.02)
        results.add(Measurement(SECTION, STEADY, subject, median(samples), "s", len(samples)))
