"""Load and dump, side by side: ascn, its pydantic and msgspec rivals, and the parse floor.

Before anything is timed, the validating implementations must agree: each accepts every
synthetic document and writes back the same data, and each refuses every broken one.
"""

from __future__ import annotations

import functools
import json

from benchmarks import synthetic
from benchmarks.config import Config
from benchmarks.implementations import ALL, ASCN_SIZE_LIMIT, PYDANTIC, VALIDATORS, Implementation
from benchmarks.results import Measurement, Results
from benchmarks.timing import clock, median, side_by_side

__all__ = ["LOAD", "DisagreementError", "check_agreement", "document_text", "run"]

LOAD = "Load: JSON text → validated objects (ascn: network rules included)"
DUMP = "Dump: objects → JSON text, indented by 2 (ascn.dumps' default)"
DUMP_COMPACT = "Dump: objects → compact JSON text (indent=None)"


class DisagreementError(Exception):
    """The implementations do not accept and refuse the same documents."""


@functools.cache
def document_text(cities: int) -> str:
    """The synthetic document of ``cities`` cities as compact JSON text (cached: a str is one
    object, so keeping it costs the garbage collector nothing)."""
    document = synthetic.network_document(cities)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def _refuses(implementation: Implementation, text: str) -> bool:
    try:
        implementation.loads(text)
    except implementation.errors:
        return True
    return False


def _round_trips(implementation: Implementation, text: str) -> None:
    expected = json.loads(text)
    loaded = implementation.loads(text)
    for indent in (2, None):
        if json.loads(implementation.dumps(loaded, indent)) != expected:
            raise DisagreementError(f"{implementation.name} writes other data than it read")


def check_agreement(results: Results) -> None:
    """Raise :class:`DisagreementError` unless every validating implementation accepts the valid
    document (and writes it back unchanged) and refuses every broken one."""
    cities = 10
    valid = synthetic.network_document(cities)
    for implementation in VALIDATORS:
        _round_trips(implementation, document_text(cities))
    for breakage in synthetic.BREAKAGES:
        text = json.dumps(synthetic.broken(valid, breakage))
        verdicts = {i.name: _refuses(i, text) for i in VALIDATORS}
        if not all(verdicts.values()):
            accepted = ", ".join(name for name, refused in verdicts.items() if not refused)
            raise DisagreementError(f"broken document ({breakage}) accepted by {accepted}")
    results.notes.append(
        f"Agreement checked before timing: {', '.join(i.name for i in VALIDATORS)} accept the "
        f"valid documents of every size, write back the data they read, and refuse all "
        f"{len(synthetic.BREAKAGES)} broken ones ({'; '.join(synthetic.BREAKAGES)})."
    )


def _record(results: Results, section: str, case: str, samples: dict[str, list[float]]) -> None:
    for subject, seconds in samples.items():
        reference = (case, PYDANTIC.name) if PYDANTIC.name in samples else None
        results.add(
            Measurement(section, case, subject, median(seconds), "s", len(seconds), reference)
        )


def run(config: Config, results: Results) -> None:
    """Time loading and dumping at every size of ``config``."""
    for cities in config.sizes:
        text = document_text(cities)
        case = f"{cities:,} cities ({len(text.encode()) / 1e6:.1f} MB)"
        for implementation in VALIDATORS:
            _round_trips(implementation, text)  # also the warm-up of each loader
        if len(text) > ASCN_SIZE_LIMIT:
            results.notes.append(
                f"{cities:,} cities: the document ({len(text):,} characters) is over the "
                f"{ASCN_SIZE_LIMIT:,} ascn.loads reads by default; the suite passes max_size."
            )
        repeats = config.repeats_for(cities)
        loads = {i.name: functools.partial(i.loads, text) for i in ALL}
        now = clock(config.clock)
        samples = side_by_side(loads, repeats=repeats, now=now, warm_up=False)
        _record(results, LOAD, case, samples)
        loaded = {i.name: i.loads(text) for i in ALL}
        for section, indent in ((DUMP, 2), (DUMP_COMPACT, None)):
            dumps = {i.name: functools.partial(i.dumps, loaded[i.name], indent) for i in ALL}
            _record(results, section, case, side_by_side(dumps, repeats=repeats, now=now))
        del loaded
