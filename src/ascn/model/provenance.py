"""Where a fact comes from: sources, confidence and notes carried by every record."""

from __future__ import annotations

from enum import Enum

import attrs

from ascn.dates import PartialDate
from ascn.model._checks import (
    URL,
    Checks,
    FieldRules,
    is_distinct_slugs,
    is_optional_text,
    is_slug,
    is_text,
    repeats,
)

__all__ = ["Confidence", "Source"]

_is_url = URL.fullmatch


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
        _SOURCE_RULES.enforce(self)


def _check_source(checks: Checks, source: Source) -> None:
    checks.slug("id", source.id)
    checks.url("url", source.url)
    checks.text("title", source.title)
    checks.text("publisher", source.publisher, optional=True)
    checks.partial("date", source.date, optional=True)


_SOURCE_RULES = FieldRules(
    Source,
    lambda s: (
        is_slug(s.id)
        and type(s.url) is str
        and _is_url(s.url) is not None
        and is_text(s.title)
        and is_optional_text(s.publisher)
        and (s.date is None or type(s.date) is PartialDate)
    ),
    _check_source,
)


def check_provenance(checks: Checks, record: object) -> None:
    """Check the ``sources``, ``confidence`` and ``note`` fields every fact record has."""
    sources = getattr(record, "sources", ())
    for path, value in checks.each("sources", sources, "source ids"):
        checks.slug(path, value)
    if isinstance(sources, tuple) and repeats(sources):
        checks.fail("sources", "lists a source more than once")
    checks.choice("confidence", getattr(record, "confidence", None), Confidence, optional=True)
    checks.text("note", getattr(record, "note", None), optional=True)


def has_clean_provenance(sources: object, confidence: object, note: object) -> bool:
    """True when :func:`check_provenance` would find nothing wrong with these fields."""
    return (
        is_distinct_slugs(sources)
        and (confidence is None or type(confidence) is Confidence)
        and (note is None or is_text(note))
    )
