"""Run the benchmark suite: ``python -m benchmarks [--quick] [--only SECTION ...] [--json FILE]``.

Prints one Markdown report: the machine and versions, a table of medians and ratios per
section, the targets of issue 7 with whether this run met them, and notes.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from benchmarks import collector, memory, rotation, serialisation, startup, targets, validation
from benchmarks.config import FULL, QUICK, Config
from benchmarks.results import Results, render
from benchmarks.timing import CLOCKS, ROOT

SECTIONS: dict[str, Callable[[Config, Results], None]] = {
    "serialisation": serialisation.run,
    "memory": memory.run,
    "collector": collector.run,
    "validation": validation.run,
    "startup": startup.run,
    "rotation": rotation.run,
}
PACKAGES = ("ascn", "attrs", "cattrs", "pendulum", "pydantic", "pydantic-core", "msgspec", "orjson")


def _processor() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _commit() -> str:
    try:
        found = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return found.stdout.strip()


def _load_average() -> str:
    try:
        return ", ".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def environment(commit: str) -> dict[str, str]:
    """The machine, interpreter and library versions a run was made with."""
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in PACKAGES)
    return {
        "machine": f"{_processor()}, {os.cpu_count()} cores, {platform.platform()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "libraries": versions,
        "commit": commit,
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load average (1, 5, 15 min) at the end": _load_average(),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the chosen sections, print the report, and return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="small sizes and few repeats (a smoke run)"
    )
    parser.add_argument(
        "--only", nargs="+", choices=list(SECTIONS), default=list(SECTIONS), metavar="SECTION",
        help=f"run only these sections ({', '.join(SECTIONS)})",
    )  # fmt: skip
    parser.add_argument(
        "--clock",
        choices=list(CLOCKS),
        default="cpu",
        help="time CPU time of the measuring process (the default) or wall-clock time",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write results as JSON")
    args = parser.parse_args(argv)
    config = dataclasses.replace(QUICK if args.quick else FULL, clock=args.clock)
    results = Results()
    started, commit = time.perf_counter(), _commit()
    try:
        if "serialisation" in args.only:
            serialisation.check_agreement(results)
        for name in args.only:
            SECTIONS[name](config, results)
    except serialisation.DisagreementError as exc:
        print(f"The implementations disagree, so nothing was timed: {exc}", file=sys.stderr)
        return 1
    targets.evaluate(config, results)
    # Other work may land while a long run goes on; fresh interpreters would then measure it.
    finished = _commit()
    env = environment(
        commit if finished == commit else f"{commit} at the start, {finished} at the end"
    )
    heading = [
        f"## Benchmark results ({config.name} run, {time.perf_counter() - started:.0f} s)",
        "",
        *(f"- {key}: {value}" for key, value in env.items()),
    ]
    heading.append(f"- clock: {args.clock} (time.{CLOCKS[args.clock]})")
    if args.quick:
        heading.append("- quick run: sizes and repeats too small for the targets to mean much")
    print(render(results, heading))
    if args.json is not None:
        data = {"config": config.name, "environment": env, **results.as_json()}
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
