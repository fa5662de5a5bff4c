"""Start-up costs, each in fresh interpreters: importing ascn against importing its
dependencies alone, and the first and a repeated ``ascn.load()`` of the embedded dataset."""

from __future__ import annotations

from importlib import resources

from benchmarks.config import Config
from benchmarks.results import Measurement, Results
from benchmarks.timing import CLOCKS, fresh_processes, median

__all__ = ["CACHE_HIT", "DATASET", "IMPORT", "SECTION", "run"]

SECTION = "Start-up (fresh interpreters)"
IMPORT = "import"
DATASET = "embedded dataset"
DEPENDENCIES = "attrs + cattrs + pendulum"
FIRST_LOAD = "first ascn.load()"
REPEATED_LOAD = "repeated ascn.load()"
CACHE_HIT = "repeated ascn.load() returns the same object"

# The timed code imports nothing but ``time`` (built in), so no module it measures is
# imported beforehand; it prints a Python list of floats, which is also JSON.
_IMPORT = "import time\nstart = time.{clock}()\nimport {modules}\n" + (
    "print([time.{clock}() - start])"
)
_LOAD = """import time
import ascn
start = time.{clock}()
first = ascn.load()
middle = time.{clock}()
again = ascn.load()
end = time.{clock}()
print([middle - start, end - middle, float(first is again)])
"""


def has_dataset() -> bool:
    """True when the package embeds its dataset (``ascn/data/network.json``)."""
    return resources.files("ascn").joinpath("data", "network.json").is_file()


def run(config: Config, results: Results) -> None:
    """Time imports and embedded loads, each the median over fresh interpreters."""
    repeats = config.process_repeats
    for subject, modules in ((DEPENDENCIES, "attrs, cattrs, pendulum"), ("ascn", "ascn")):
        code = _IMPORT.format(modules=modules, clock=CLOCKS[config.clock])
        runs = fresh_processes(code, repeats=repeats)
        reference = (IMPORT, DEPENDENCIES) if subject == "ascn" else None
        results.add(
            Measurement(
                SECTION, IMPORT, subject, median([r[0] for r in runs]), "s", repeats, reference
            )
        )
    if not has_dataset():
        results.notes.append(
            "Embedded dataset: skipped, src/ascn/data/network.json does not exist yet."
        )
        return
    runs = fresh_processes(_LOAD.format(clock=CLOCKS[config.clock]), repeats=repeats)
    results.add(
        Measurement(SECTION, DATASET, FIRST_LOAD, median([r[0] for r in runs]), "s", repeats)
    )
    results.add(
        Measurement(SECTION, DATASET, REPEATED_LOAD, median([r[1] for r in runs]), "s", repeats)
    )
    results.checks[CACHE_HIT] = all(r[2] == 1.0 for r in runs)
