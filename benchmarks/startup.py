"""Start-up costs, each in fresh interpreters: importing ascn against importing its
dependencies alone, and the first and a repeated ``ascn.load()`` of the embedded dataset."""

from __future__ import annotations

from importlib import resources

from benchmarks.config import Config
from benchmarks.results import Measurement, Results
from benchmarks.timing import fresh_processes, median

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
_IMPORT = "import time\nstart = time.perf_counter()\nimport {modules}\n" + (
    "print([time.perf_counter() - start])"
)
_LOAD = """import time
import ascn
start = time.perf_counter()
first = ascn.load()
middle = time.perf_counter()
again = ascn.load()
end = time.perf_counter()
print([middle - start, end - middle, float(first is again)])
"""


def has_dataset() -> bool:
    """True when the package embeds its dataset (``ascn/data/network.json``)."""
    return resources.files("ascn").joinpath("data", "network.json").is_file()


def run(config: Config, results: Results) -> None:
    """Time imports and embedded loads, each the median over fresh interpreters."""
    repeats = config.process_repeats
    for subject, modules in ((DEPENDENCIES, "attrs, cattrs, pendulum"), ("ascn", "ascn")):
        runs = fresh_processes(_IMPORT.format(modules=modules), repeats=repeats)
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
    runs = fresh_processes(_LOAD, repeats=repeats)
    results.add(
        Measurement(SECTION, DATASET, FIRST_LOAD, median([r[0] for r in runs]), "s", repeats)
    )
    results.add(
        Measurement(SECTION, DATASET, REPEATED_LOAD, median([r[1] for r in runs]), "s", repeats)
    )
    results.checks[CACHE_HIT] = all(r[2] == 1.0 for r in runs)
