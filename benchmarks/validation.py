"""Network validation alone: the rules that span records, on records already built."""

from __future__ import annotations

import functools
from collections.abc import Callable

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
COLLECTIONS = (
    "sources", "members", "cities", "appointments", "chairs", "decisions", "meetings",
    "partners", "milestones", "framework",
)  # fmt: skip


def _construct(network: ascn.Network) -> ascn.Network:
    parts = {name: getattr(network, name)() for name in COLLECTIONS}
    return ascn.Network(established=network.established, **parts)


def run(config: Config, results: Results) -> None:
    """Time building a ``Network`` from its records, and its rules alone, at two sizes."""
    small, large = config.validation_sizes
    for cities in (small, large):
        network = ascn.loads(document_text(cities))
        cases: dict[str, Callable[[], object]] = {
            CONSTRUCT: functools.partial(_construct, network),
            RULES: functools.partial(network_problems, network),
        }
        samples = side_by_side(cases, repeats=config.repeats, now=clock(config.clock))
        case = f"{cities:,} cities"
        for subject, seconds in samples.items():
            reference = None if cities == small else (f"{small:,} cities", subject)
            results.add(
                Measurement(SECTION, case, subject, median(seconds), "s", len(seconds), reference)
            )
        del network, cases
