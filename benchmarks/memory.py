"""Memory of a loaded network, measured in fresh interpreters.

Run as ``python -m benchmarks.memory FILE MODE IMPLEMENTATION...``, it loads the document in
FILE with each implementation in turn and prints, as JSON, per implementation: in mode
``tracemalloc``, ``retained`` (what the loaded objects hold after a collection) and ``peak``
(the most in use while loading, input text excluded); in mode ``rss``, the growth of the
process's peak resident memory. tracemalloc sees what Python's allocators hand out; memory a
compiled parser takes from the C or Rust heap for itself is invisible to it, so the full run
also measures resident memory, in interpreters without tracemalloc.
"""

from __future__ import annotations

import gc
import json
import resource
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

from benchmarks import synthetic
from benchmarks.config import Config
from benchmarks.implementations import ALL, BY_KEY, PYDANTIC
from benchmarks.results import Measurement, Results
from benchmarks.serialisation import document_text
from benchmarks.timing import ROOT

__all__ = ["PEAK", "RETAINED", "SECTION", "run"]

SECTION = "Memory of a loaded network"
RETAINED = "retained by the loaded objects (tracemalloc)"
PEAK = "peak while loading (tracemalloc)"
RSS = "growth of peak resident memory (no tracemalloc)"


def _max_rss() -> int:
    # ru_maxrss is in kibibytes on Linux and in bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def measure(path: str, mode: str, keys: list[str]) -> dict[str, dict[str, int]]:
    """What loading the document at ``path`` takes with each implementation in ``keys``."""
    text = Path(path).read_text(encoding="utf-8")
    warm_up = json.dumps(synthetic.network_document(10))
    found: dict[str, dict[str, int]] = {}
    for key in keys:
        implementation = BY_KEY[key]
        implementation.loads(warm_up)  # lazy caches (generated hooks, compiled patterns)
        gc.collect()
        if mode == "rss":
            before = _max_rss()
            loaded = implementation.loads(text)
            found[key] = {"rss": _max_rss() - before}
        else:
            tracemalloc.start()
            loaded = implementation.loads(text)
            gc.collect()
            retained, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            found[key] = {"retained": retained, "peak": peak}
        del loaded
    return found


def _child(path: Path, mode: str, keys: list[str]) -> dict[str, dict[str, int]]:
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", str(path), mode, *keys],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"memory measurement failed:\n{completed.stderr}")
    result: dict[str, dict[str, int]] = json.loads(completed.stdout)
    return result


def run(config: Config, results: Results) -> None:
    """Measure every implementation on the network of ``config.memory_size`` cities."""
    cities = config.memory_size
    keys = [i.key for i in ALL]
    found: dict[str, dict[str, int]] = {key: {} for key in keys}
    kinds = [(RETAINED, "retained"), (PEAK, "peak")]
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory, "network.json")
        path.write_text(document_text(cities), encoding="utf-8")
        if config.memory_isolated:
            kinds.append((RSS, "rss"))
            for key in keys:
                found[key] |= _child(path, "tracemalloc", [key])[key]
                found[key] |= _child(path, "rss", [key])[key]
        else:
            for key, values in _child(path, "tracemalloc", keys).items():
                found[key] |= values
            results.notes.append(
                "Memory: all implementations measured in one interpreter (quick run)."
            )
    for subject, field in kinds:
        case = f"{cities:,} cities, {subject}"
        for key, values in found.items():
            results.add(
                Measurement(
                    SECTION, case, BY_KEY[key].name, values[field], "B", 1, (case, PYDANTIC.name)
                )
            )


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], sys.argv[2], sys.argv[3:])))
