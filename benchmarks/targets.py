"""The targets of issue 7, checked against what a run measured."""

from __future__ import annotations

from benchmarks import memory, rotation, serialisation, startup, validation
from benchmarks.config import Config
from benchmarks.implementations import ASCN, PYDANTIC
from benchmarks.results import Results, TargetCheck, format_value

__all__ = ["evaluate"]


def _at_most(target: str, measured: float | None, limit: float, shown: str) -> TargetCheck:
    if measured is None:
        return TargetCheck(target, "not measured", None)
    return TargetCheck(target, shown, measured <= limit)


def _ratio(results: Results, section: str, case: str, subject: str, base: str) -> float | None:
    value, reference = results.value(section, case, subject), results.value(section, case, base)
    return None if value is None or not reference else value / reference


def _cases(results: Results, section: str, cities: int) -> list[str]:
    prefix = f"{cities:,} cities"
    found = {m.case for m in results.measurements if m.section == section}
    return sorted(c for c in found if c == prefix or c.startswith(prefix + " ("))


def evaluate(config: Config, results: Results) -> None:
    """Add a :class:`TargetCheck` for each target of issue 7 to ``results``."""
    checks = results.targets
    large_sizes = [n for n in config.sizes if n >= 10_000] or list(config.sizes[-1:])
    for section, what in ((serialisation.LOAD, "load + validate"), (serialisation.DUMP, "dump")):
        for cities in large_sizes:
            for case in _cases(results, section, cities):
                ratio = _ratio(results, section, case, ASCN.name, PYDANTIC.name)
                shown = "" if ratio is None else f"{ratio:.2f}x pydantic"
                checks.append(
                    _at_most(f"{what} at {case}: at most 1.0x pydantic", ratio, 1.0, shown)
                )
    label = f"{config.memory_size:,} cities, {memory.RETAINED}"
    ratio = _ratio(results, memory.SECTION, label, ASCN.name, PYDANTIC.name)
    checks.append(
        _at_most(
            f"memory of a loaded {config.memory_size:,}-city network: at most pydantic's",
            ratio,
            1.0,
            "" if ratio is None else f"{ratio:.2f}x pydantic",
        )
    )
    small, large = config.validation_sizes

    def growth(subject: str) -> float | None:
        low = results.value(validation.SECTION, f"{small:,} cities", subject)
        high = results.value(validation.SECTION, f"{large:,} cities", subject)
        return None if not low or high is None else high / low

    built, control = growth(validation.CONSTRUCT), growth(validation.CONTROL)
    shown = "" if built is None else f"{built:.1f}"
    if built is not None and control is not None:
        shown += f" (a linear pass grows {control:.1f} on this machine)"
    checks.append(
        _at_most(
            f"network validation: time at {large:,} / time at {small:,} at most 12",
            built,
            12.0,
            shown,
        )
    )
    ascn_import = results.value(startup.SECTION, startup.IMPORT, startup.ASCN)
    dependencies = results.value(startup.SECTION, startup.IMPORT, startup.DEPENDENCIES)
    extra = None if ascn_import is None or dependencies is None else ascn_import - dependencies
    checks.append(
        _at_most(
            "import ascn: at most 10 ms more than its dependencies",
            extra,
            0.010,
            "" if extra is None else f"{format_value(extra, 's')} more (negative: less)",
        )
    )
    first = results.value(startup.SECTION, startup.DATASET, startup.FIRST_LOAD)
    # The literal targets: `import ascn` and the first load after it; the start-up table also
    # shows the import with the model and the first load once the model is imported.
    checks.append(
        _at_most(
            "first ascn.load() of the embedded dataset: at most 25 ms",
            first,
            0.025,
            "" if first is None else format_value(first, "s"),
        )
    )
    # With the import deferred, the literal first load also pays for importing the
    # dependencies and the model; the load's own cost is measured once the model is imported.
    own = results.value(startup.SECTION, startup.DATASET, startup.FIRST_LOAD_MODEL)
    checks.append(
        _at_most(
            "first ascn.load() once the model is imported: at most 25 ms",
            own,
            0.025,
            "" if own is None else format_value(own, "s"),
        )
    )
    hit = results.checks.get(startup.CACHE_HIT)
    checks.append(
        TargetCheck(
            "a repeated ascn.load() is a cache hit (the same object)",
            "not measured" if hit is None else ("same object" if hit else "a new object"),
            hit,
        )
    )
    for subject, limit, text in (
        ("chair(100000)", 100e-6, "under 100 µs"),
        ("schedule(2010, 3010)", 0.020, "under 20 ms"),
    ):
        value = results.value(rotation.SECTION, rotation.FIRST, subject)
        target = f"{subject} on a new rotation: {text}"
        if value is None:
            raised = [n for n in results.notes if n.startswith(f"Rotation: {subject} raised")]
            if raised:
                checks.append(TargetCheck(target, raised[0].split("raised ", 1)[1], False))
                continue
        shown = "" if value is None else format_value(value, "s")
        checks.append(_at_most(target, value, limit, shown))
