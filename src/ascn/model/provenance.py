"""Where a fact comes from: sources, confidence and notes carried by every record."""

from __future__ import annotations

from enum import Enum

import attrs

from ascn.dates import PartialDate
from ascn.model.fields import Slug, Text, Url
from ascn.model.record import Record

__all__ = ["Confidence", "Source"]


class Confidence(Enum):
    """How sure the sources make a fact: two or more independent ones (high), one good one or
    indirect agreement (medium), or inference (low)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@attrs.frozen(kw_only=True)
class Source(Record):
    """A public document that states facts: its address, title and publication date.

    ``date`` is ``None`` for an undated page, and a :class:`ascn.PartialDate` when only the
    month or year of publication is known. Records refer to a source by its ``id``.
    """

    id: Slug
    url: Url
    title: Text
    publisher: Text | None = None
    date: PartialDate | None = None
