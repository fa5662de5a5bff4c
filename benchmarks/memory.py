"""Memory of a loaded network, measured in fresh interpreters.

Run as ``python -m benchmarks.memory FILE MODE IMPLEMENTATION...``, it loads the document in
FILE with each implementation in turn and prints, as JSON, per implementation what the load
took beyond the input text: ``retained`` (held by the loaded objects, after a collection) and
``peak`` (the most in use while loading). Mode ``tracemalloc`` counts what Python's allocators
hand out; it cannot see memory a compiled parser takes from the C or Rust heap for itself, so
the full run also uses mode ``rss``: the process's resident memory, from Linux's
``/proc/self/status``, with the high-water mark reset (``/proc/self/clear_refs``) just before
the load, in interpreters without tracemalloc.
"""

from __future__ import annotations

import functools
import gc
import json
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Callable
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
RSS_RETAINED = "resident memory retained by the loaded objects"
RSS_PEAK = "peak resident memory while loading"
_STATUS = Path("/proc/self/status")


def _status(field: str) -> int:
    """A memory figure of this process from ``/proc/self/status``, in bytes."""
    for line in _STATUS.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise OSError(f"no {field} in {_STATUS}")


def _resident(load: Callable[[], object]) -> dict[str, int]:
    before = _status("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # resets the peak (VmHWM) to the current RSS
    loaded = load()
    peak = _status("VmHWM") - before
    gc.collect()
    retained = _status("VmRSS") - before
    del loaded
    return {"rss_retained": retained, "rss_peak": peak}


def resident_memory_measurable() -> bool:
    """True where this process can read its resident memory and reset its peak (Linux)."""
    try:
        _status("VmHWM")
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


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
            found[key] = _resident(functools.partial(implementation.loads, text))
            continue
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
        if config.memory_isolated and resident_memory_measurable():
            kinds += [(RSS_RETAINED, "rss_retained"), (RSS_PEAK, "rss_peak")]
            for key in keys:
                found[key] |= _child(path, "tracemalloc", [key])[key]
                found[key] |= _child(path, "rss", [key])[key]
        else:
            for key, values in _child(path, "tracemalloc", keys).items():
                found[key] |= values
            results.notes.append(
                "Memory: tracemalloc only, all implementations in one interpreter "
                "(a quick run, or no /proc/self to read resident memory from)."
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
