"""Where ascn's time goes: ``python -m benchmarks.profiling [--cities N] [--top K]``.

Profiles ``ascn.loads`` and ``ascn.dumps`` of one synthetic network with cProfile and prints
the functions with the most time of their own, then times the load (CPU time) with the garbage
collector on and paused, to show the collector's share (cProfile's overhead inflates calls, so
the shares it shows are a guide, not a measurement).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import time
from collections.abc import Callable

import ascn
from benchmarks.serialisation import document_text
from benchmarks.timing import median


def _profile(label: str, call: Callable[[], object], top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    result = call()
    profiler.disable()
    del result
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(top)
    print(f"## {label}\n\n```\n{stream.getvalue().strip()}\n```\n")


def _load_seconds(text: str, *, collector: bool, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        gc.collect()
        if not collector:
            gc.disable()
        start = time.process_time()
        network = ascn.loads(text)
        samples.append(time.process_time() - start)
        gc.enable()
        del network
    return median(samples)


def main() -> None:
    """Profile a load and a dump, then time the load with and without the collector."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profiling")
    parser.add_argument("--cities", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    text = document_text(args.cities)
    network = ascn.loads(text)  # warm-up: cattrs generates its hooks on first use
    ascn.dumps(network)
    _profile(f"ascn.loads, {args.cities:,} cities", lambda: ascn.loads(text), args.top)
    _profile(f"ascn.dumps, {args.cities:,} cities", lambda: ascn.dumps(network), args.top)
    on = _load_seconds(text, collector=True, repeats=args.repeats)
    off = _load_seconds(text, collector=False, repeats=args.repeats)
    print(
        f"ascn.loads, {args.cities:,} cities: {on:.3f} s of CPU with the garbage collector, "
        f"{off:.3f} s with it paused ({1 - off / on:.0%} of the time is collection)"
    )


if __name__ == "__main__":
    main()
