"""Network validation alone: the rules that span records, on records already built."""

from __future__ import annotations

import functools
from collections.abc import Callable

import attrs

import ascn
from ascn.model.rules import network_problems
from benchmarks.config import Config
from benchmarks.results import Measurement, Results
from benchmarks.serialisation import document_text
from benchmarks.timing import clock, median, side_by_side

__all__ = ["CONSTRUCT", "SECTION", "run"]

SECTION = "Network validation alone (records already built)"
CONSTRUCT = "Network(...) from built records"
RULES = "network_problems(network)"
CONTROL = "control: one linear pass reading every record's fields"
COLLECTIONS = (
    "sources", "members", "cities", "appointments", "chairs", "decisions", "meetings",
    "partners", "milestones", "framework",
)  # fmt: skip


def _construct(network: ascn.Network) -> ascn.Network:
    parts = {name: getattr(network, name)() for name in COLLECTIONS}
    return ascn.Network(established=network.established, **parts)


def _linear_pass(network: ascn.Network) -> int:
    # O(n) work touching what the rules touch: how this machine's caches alone make per-record
    # costs grow with size. The rules' growth reads against it.
    seen = 0
    for name in COLLECTIONS:
        for record in getattr(network, name)():
            seen += len(attrs.astuple(record, recurse=False))
    return seen


def run(config: Config, results: Results) -> None:
    """Time building a ``Network`` from its records, and its rules alone, at two sizes.

    Both networks stay loaded and are timed in the same rounds, so that a change in the
    machine's load during the run does not masquerade as growth.
    """
    small, large = config.validation_sizes
    cases: dict[tuple[str, str], Callable[[], object]] = {}
    for cities in (small, large):
        text = document_text(cities)
        network = ascn.loads(text, max_size=len(text))
        case = f"{cities:,} cities"
        cases[case, CONSTRUCT] = functools.partial(_construct, network)
        cases[case, RULES] = functools.partial(network_problems, network)
        cases[case, CONTROL] = functools.partial(_linear_pass, network)
    named = {f"{case}: {subject}": call for (case, subject), call in cases.items()}
    samples = side_by_side(named, repeats=config.repeats, now=clock(config.clock))
    for case, subject in cases:
        seconds = samples[f"{case}: {subject}"]
        reference = None if case == f"{small:,} cities" else (f"{small:,} cities", subject)
        results.add(
            Measurement(SECTION, case, subject, median(seconds), "s", len(seconds), reference)
        )
