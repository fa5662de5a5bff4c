"""What a run measured, how it compares, and how it is printed."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = ["Measurement", "Results", "TargetCheck", "render"]

Unit = Literal["s", "B"]


@dataclass(frozen=True)
class Measurement:
    """The median of some samples of one subject in one case of a section.

    ``reference`` names the (case, subject) of the same section this one is compared with;
    the printed ratio is this value divided by the reference's.
    """

    section: str
    case: str
    subject: str
    value: float
    unit: Unit
    samples: int
    reference: tuple[str, str] | None = None


@dataclass(frozen=True)
class TargetCheck:
    """One target of issue 7 and how the run did against it (``met`` is None if unmeasured)."""

    target: str
    measured: str
    met: bool | None


@dataclass
class Results:
    """Everything one run found, in the order it was measured."""

    measurements: list[Measurement] = field(default_factory=list)
    targets: list[TargetCheck] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    checks: dict[str, bool] = field(default_factory=dict)
    """Yes-or-no findings that targets need, such as whether a repeated load is a cache hit."""

    def add(self, measurement: Measurement) -> None:
        """Record a measurement."""
        self.measurements.append(measurement)

    def value(self, section: str, case: str, subject: str) -> float | None:
        """The measured value of a subject, or None if it was not measured."""
        for m in self.measurements:
            if (m.section, m.case, m.subject) == (section, case, subject):
                return m.value
        return None

    def ratio(self, measurement: Measurement) -> float | None:
        """``measurement`` divided by its reference, when there is one."""
        if measurement.reference is None:
            return None
        base = self.value(measurement.section, *measurement.reference)
        return None if not base else measurement.value / base

    def as_json(self) -> dict[str, Any]:
        """Plain data for ``--json``: measurements with their ratios, targets and notes."""
        return {
            "measurements": [asdict(m) | {"ratio": self.ratio(m)} for m in self.measurements],
            "targets": [asdict(t) for t in self.targets],
            "notes": list(self.notes),
            "checks": dict(self.checks),
        }


def format_value(value: float, unit: Unit) -> str:
    """A value in a readable unit: s, ms or µs for times, MB for memory."""
    if unit == "B":
        return f"{value / 1e6:,.1f} MB"
    size = abs(value)
    if size >= 1:
        return f"{value:,.2f} s"
    if size >= 1e-3:
        return f"{value * 1e3:,.1f} ms"
    return f"{value * 1e6:,.1f} µs"


def _table(results: Results, section: str) -> list[str]:
    rows = [m for m in results.measurements if m.section == section]
    references = {m.reference for m in rows if m.reference is not None}
    header = "ratio"
    if len({subject for _, subject in references}) == 1:
        header = f"x {next(iter(references))[1]}"
    lines = [
        f"### {section}",
        "",
        f"| case | subject | median | {header} | samples |",
        "|---|---|---:|---:|---:|",
    ]
    for m in rows:
        ratio = results.ratio(m)
        shown = "" if ratio is None else f"{ratio:.2f}x"
        lines.append(
            f"| {m.case} | {m.subject} | {format_value(m.value, m.unit)} | {shown} | {m.samples} |"
        )
    return [*lines, ""]


def render(results: Results, heading: list[str]) -> str:
    """The whole run as Markdown: heading lines, one table per section, targets, notes."""
    lines = [*heading, ""]
    for section in dict.fromkeys(m.section for m in results.measurements):
        lines.extend(_table(results, section))
    if results.targets:
        lines.extend(["### Targets of issue 7", "", "| target | measured | met |", "|---|---|---|"])
        for t in results.targets:
            met = "not measured" if t.met is None else ("yes" if t.met else "**no**")
            lines.append(f"| {t.target} | {t.measured} | {met} |")
        lines.append("")
    if results.notes:
        lines.extend(["### Notes", ""])
        lines.extend(f"- {note}" for note in results.notes)
        lines.append("")
    return "\n".join(lines)
