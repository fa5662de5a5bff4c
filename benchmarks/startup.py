"""Start-up costs, each in fresh interpreters: importing ascn against importing its
dependencies alone, and the first and repeated ``ascn.load()`` of the embedded dataset.

``import ascn`` may defer its submodules until a public name is first used; then the first
load pays for them. So each is also measured the other way: the import together with the
model (``ascn.loads`` touched), and the first load once the model is imported.
"""

from __future__ import annotations

import compileall
from importlib import resources
from pathlib import Path

import ascn
from benchmarks.config import Config
from benchmarks.results import Measurement, Results
from benchmarks.timing import CLOCKS, fresh_processes, median

__all__ = ["CACHE_HIT", "DATASET", "FIRST_LOAD", "IMPORT", "SECTION", "run"]

SECTION = "Start-up (fresh interpreters)"
IMPORT = "import"
DATASET = "embedded dataset"
DEPENDENCIES = "attrs + cattrs + pendulum + orjson"
ASCN = "ascn"
WITH_MODEL = "ascn, then ascn.loads (model and converter)"
FIRST_LOAD = "first ascn.load() after import ascn"
FIRST_LOAD_MODEL = "first ascn.load() after the model is imported"
REPEATED_LOAD = "repeated ascn.load() (median of 5)"
CACHE_HIT = "repeated ascn.load() returns the same object"

# The timed code imports nothing but ``time`` (built in) beforehand; it prints a Python list
# of floats, which is also JSON.
_IMPORT = """import time
start = time.{clock}()
{code}
print([time.{clock}() - start])
"""
_LOAD = """import time
import ascn
{setup}
start = time.{clock}()
first = ascn.load()
times = [time.{clock}() - start]
for _ in range(5):
    start = time.{clock}()
    again = ascn.load()
    times.append(time.{clock}() - start)
print([*times, float(first is again)])
"""


def has_dataset() -> bool:
    """True when the package embeds its dataset (``ascn/data/network.json``)."""
    return resources.files("ascn").joinpath("data", "network.json").is_file()


def _compile_ascn() -> None:
    """Write ascn's bytecode caches, as pip does when it installs a wheel.

    An editable install run with ``PYTHONDONTWRITEBYTECODE`` set would otherwise compile
    every module of ascn in every fresh interpreter, while its dependencies' caches exist.
    """
    compileall.compile_dir(Path(ascn.__file__).parent, quiet=1)


def run(config: Config, results: Results) -> None:
    """Time imports and embedded loads, each the median over fresh interpreters."""
    repeats, clock = config.process_repeats, CLOCKS[config.clock]
    _compile_ascn()
    for subject, code in (
        (DEPENDENCIES, "import attrs, cattrs, pendulum, orjson"),
        (ASCN, "import ascn"),
        (WITH_MODEL, "import ascn\nascn.loads"),
    ):
        runs = fresh_processes(_IMPORT.format(code=code, clock=clock), repeats=repeats)
        reference = None if subject == DEPENDENCIES else (IMPORT, DEPENDENCIES)
        seconds = median([r[0] for r in runs])
        results.add(Measurement(SECTION, IMPORT, subject, seconds, "s", repeats, reference))
    if not has_dataset():
        results.notes.append(
            "Embedded dataset: skipped, src/ascn/data/network.json does not exist yet."
        )
        return
    hits = []
    for subject, setup in ((FIRST_LOAD, ""), (FIRST_LOAD_MODEL, "ascn.loads")):
        runs = fresh_processes(_LOAD.format(setup=setup, clock=clock), repeats=repeats)
        seconds = median([r[0] for r in runs])
        results.add(Measurement(SECTION, DATASET, subject, seconds, "s", repeats))
        hits.extend(runs)
    repeated = [median(r[1:-1]) for r in hits]
    results.add(Measurement(SECTION, DATASET, REPEATED_LOAD, median(repeated), "s", len(hits)))
    results.checks[CACHE_HIT] = all(r[-1] == 1.0 for r in hits)
