"""Where a fact comes from: sources, confidence and notes carried by every record."""

from __future__ import annotations

from enum import Enum

import attrs

from ascn.dates import PartialDate
from ascn.model._checks import Checks, repeats

__all__ = ["Confidence", "Source"]


class Confidence(Enum):
    """How sure the sources make a fact: two or more independent ones (high), one good one or
    indirect agreement (medium), or inference (low)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@attrs.frozen(kw_only=True)
class Source:
    """A public document that states facts: its address, title and publication date.

    ``date`` is ``None`` for an undated page, and a :class:`ascn.PartialDate` when only the
    month or year of publication is known. Records refer to a source by its ``id``.
    """

    id: str
    url: str
    title: str
    publisher: str | None = None
    date: PartialDate | None = None

    def __attrs_post_init__(self) -> None:
        checks = Checks()
        checks.slug("id", self.id)
        checks.url("url", self.url)
        checks.text("title", self.title)
        checks.text("publisher", self.publisher, optional=True)
        checks.partial("date", self.date, optional=True)
        checks.done("Source")


def check_provenance(checks: Checks, record: object) -> None:
    """Check the ``sources``, ``confidence`` and ``note`` fields every fact record has."""
    sources = getattr(record, "sources", ())
    for path, value in checks.each("sources", sources, "source ids"):
        checks.slug(path, value)
    if isinstance(sources, tuple) and repeats(sources):
        checks.fail("sources", "lists a source more than once")
    checks.choice("confidence", getattr(record, "confidence", None), Confidence, optional=True)
    checks.text("note", getattr(record, "note", None), optional=True)
