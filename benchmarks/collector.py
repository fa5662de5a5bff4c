"""What ascn's collector pause costs other threads, measured in fresh interpreters.

Run as ``python -m benchmarks.collector FILE MECHANISM``, it loads the document in FILE with
``ascn.loads`` while a second thread keeps making cyclic garbage (lists that refer to
themselves, which only a collection frees), and prints, as JSON, how long the load took and
how much the process's resident memory grew meanwhile: the loaded network, and whatever of
the thread's garbage waited for the load to end.

Mechanisms: ``ascn`` (ascn's own pause: the older generations held off, young collections
going on), ``disabled`` (the collector switched off for the load, as ascn did before) and
``none`` (no pause at all).
"""

from __future__ import annotations

import contextlib
import gc
import json
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.config import Config
from benchmarks.memory import _status, resident_memory_measurable
from benchmarks.results import Measurement, Results
from benchmarks.serialisation import document_text
from benchmarks.timing import ROOT

__all__ = ["SECTION", "run"]

SECTION = "The collector pause and other threads"
MECHANISMS = ("ascn", "disabled", "none")
_LABELS = {
    "ascn": "ascn's pause (older generations held off)",
    "disabled": "collector disabled (before)",
    "none": "no pause",
}


@contextlib.contextmanager
def _disabled() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _none() -> Iterator[None]:
    yield


def _use(mechanism: str) -> None:
    """Put ``mechanism`` in place of ascn's pause wherever ascn calls it."""
    import ascn.io.document
    import ascn.model.rules

    replacement: Callable[[], contextlib.AbstractContextManager[None]] | None = {
        "disabled": _disabled,
        "none": _none,
    }.get(mechanism)
    if replacement is not None:
        for module in (ascn.io.document, ascn.model.rules):
            setattr(module, "paused", replacement)  # noqa: B010 - a name the module imported


def measure(path: str, mechanism: str) -> dict[str, float]:
    """Load the document at ``path`` with ``mechanism`` while another thread makes garbage."""
    import ascn

    _use(mechanism)
    text = Path(path).read_text(encoding="utf-8")
    ascn.loads(text, max_size=len(text))  # warm: generated functions, caches
    gc.collect()
    made = 0
    stop = threading.Event()

    def litter() -> None:
        nonlocal made
        while not stop.is_set():
            for _ in range(1_000):
                cycle: list[object] = [bytearray(1024)]
                cycle.append(cycle)
            made += 1_000
            time.sleep(0)  # let the loading thread run

    before = _status("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")
    worker = threading.Thread(target=litter)
    worker.start()
    started = time.perf_counter()
    ascn.loads(text, max_size=len(text))
    elapsed = time.perf_counter() - started
    stop.set()
    worker.join()
    grown = _status("VmHWM") - before
    return {"seconds": elapsed, "rss_growth": grown, "made": made}


def _child(path: Path, mechanism: str) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.collector", str(path), mechanism],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"collector measurement failed:\n{completed.stderr}")
    result: dict[str, float] = json.loads(completed.stdout)
    return result


def run(config: Config, results: Results) -> None:
    """Measure each mechanism on the network of ``config.memory_size`` cities."""
    if not resident_memory_measurable():
        results.notes.append("Collector: not measured (no /proc/self to read memory from).")
        return
    cities = config.memory_size
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory, "network.json")
        path.write_text(document_text(cities), encoding="utf-8")
        found = {mechanism: _child(path, mechanism) for mechanism in MECHANISMS}
    reference = (f"{cities:,} cities, load (wall time)", _LABELS["ascn"])
    growth = (f"{cities:,} cities, resident memory growth", _LABELS["ascn"])
    for mechanism, values in found.items():
        label = _LABELS[mechanism]
        results.add(Measurement(SECTION, reference[0], label, values["seconds"], "s", 1, reference))
        results.add(Measurement(SECTION, growth[0], label, values["rss_growth"], "B", 1, growth))
    results.notes.append(
        "Collector: while the load ran, another thread made cyclic garbage, 1 KiB a cycle ("
        + "; ".join(f"{_LABELS[m]}: {int(v['made']):,} cycles" for m, v in found.items())
        + "); the growth of resident memory is the loaded network and what of that garbage "
        "waited for the load to end."
    )


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], sys.argv[2])))
