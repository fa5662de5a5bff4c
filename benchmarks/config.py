"""How big and how often: the full run and the quick smoke run."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FULL", "QUICK", "Config"]


@dataclass(frozen=True)
class Config:
    """Sizes (in cities) and repeat counts of one run."""

    name: str
    sizes: tuple[int, ...]
    """Network sizes for load and dump."""
    validation_sizes: tuple[int, int]
    """The smaller and the larger network for validation alone (their ratio shows growth)."""
    memory_size: int
    """The network size whose loaded memory is measured."""
    slow_repeats: int
    """Samples of each case at the largest sizes (from 100,000 cities)."""
    repeats: int
    """Samples of each case at the other sizes."""
    process_repeats: int
    """Fresh interpreters per start-up measurement, and new rotations per rotation call."""
    memory_isolated: bool
    """Whether each implementation's memory is measured in an interpreter of its own (and
    resident memory measured too), or all in one, which is quicker but less exact."""
    clock: str = "cpu"
    """The clock times are read from (a key of :data:`benchmarks.timing.CLOCKS`)."""

    def repeats_for(self, cities: int) -> int:
        """How many samples to take for a network of ``cities`` cities."""
        return self.slow_repeats if cities >= 100_000 else self.repeats


FULL = Config(
    name="full",
    sizes=(1_000, 10_000, 100_000),
    validation_sizes=(10_000, 100_000),
    memory_size=100_000,
    slow_repeats=3,
    repeats=7,
    process_repeats=15,
    memory_isolated=True,
)
QUICK = Config(
    name="quick",
    sizes=(20, 200),
    validation_sizes=(50, 500),
    memory_size=200,
    slow_repeats=1,
    repeats=2,
    process_repeats=1,
    memory_isolated=False,
)
