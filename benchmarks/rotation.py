"""The chair rotation of the embedded network: ``chair(year)`` near and far, and a long
``schedule``. Skipped, with a note, while the rotation or the dataset does not exist yet.

A rotation remembers the terms it has worked out, so a repeated call measures that memory.
What a caller waits for the first time is measured on new rotations: each sample builds a
new network from the embedded document (untimed), builds its rotation (timed on its own),
then times one call.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable
from typing import Any

import ascn
from benchmarks.config import Config
from benchmarks.results import Measurement, Results
from benchmarks.startup import has_dataset
from benchmarks.timing import clock, median, per_call

__all__ = ["FIRST", "SECTION", "run"]

SECTION = "Rotation of the embedded network: network.rotation('ASEAN')"
FIRST = "first call on a new rotation"
REPEATED = "repeated calls (remembered terms)"
BUILD = "network.rotation('ASEAN') on a new network"

# The rotation's API is another helper's work in progress, so it is used untyped here.
Calls = dict[str, Callable[[Any], object]]


def missing() -> str | None:
    """Why the rotation cannot be measured yet, or None when it can."""
    if importlib.util.find_spec("ascn.rotation") is None:
        return "src/ascn/rotation/ does not exist yet"
    if not has_dataset():
        return "src/ascn/data/network.json does not exist yet"
    return None


def _calls(rotation: Any) -> Calls:
    calls: Calls = {
        f"chair({year})": functools.partial(_chair, year=year) for year in (2030, 3000, 100000)
    }
    if hasattr(rotation, "holder"):  # the quick answer for years after 9999, where dates end
        calls["holder(100000)"] = lambda r: r.holder(100000)
    calls["schedule(2010, 3010)"] = lambda r: r.schedule(2010, 3010)
    return calls


def _chair(rotation: Any, *, year: int) -> object:
    return rotation.chair(year)


def _working(calls: Calls, rotation: Any, results: Results) -> Calls:
    working: Calls = {}
    for subject, call in calls.items():
        try:
            call(rotation)
        except Exception as exc:  # reported, not hidden: the row is missing and a note says why
            message = " ".join(str(exc).split())  # one line, for a Markdown table
            results.notes.append(f"Rotation: {subject} raised {type(exc).__name__}: {message}")
        else:
            working[subject] = call
    return working


def run(config: Config, results: Results) -> None:
    """Time each call on new rotations and repeated on one, and building a rotation."""
    reason = missing()
    if reason is not None:
        results.notes.append(f"Rotation: skipped, {reason}.")
        return
    try:
        text = ascn.dumps(ascn.load())
        shared = ascn.load().rotation("ASEAN")
    except Exception as exc:  # work in progress elsewhere: say so instead of failing the run
        message = " ".join(str(exc).split())
        results.notes.append(
            f"Rotation: skipped, building it raised {type(exc).__name__}: {message}"
        )
        return
    calls = _working(_calls(shared), shared, results)
    now = clock(config.clock)
    first: dict[str, list[float]] = {subject: [] for subject in calls}
    builds: list[float] = []
    for _ in range(config.process_repeats):
        for subject, call in calls.items():
            network = ascn.loads(text)
            start = now()
            rotation = network.rotation("ASEAN")
            built = now()
            call(rotation)
            first[subject].append(now() - built)
            builds.append(built - start)
    results.add(Measurement(SECTION, FIRST, BUILD, median(builds), "s", len(builds)))
    for subject, samples in first.items():
        results.add(Measurement(SECTION, FIRST, subject, median(samples), "s", len(samples)))
    for subject, call in calls.items():
        repeated = per_call(
            functools.partial(call, shared), repeats=config.repeats, now=now, budget=0.02
        )
        results.add(Measurement(SECTION, REPEATED, subject, median(repeated), "s", len(repeated)))
