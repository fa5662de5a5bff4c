"""Where a fact comes from: sources, confidence and notes carried by every record."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import attrs

from ascn.dates import PartialDate
from ascn.model.fields import Doc, Slug, SourceIds, Text, Url
from ascn.model.record import Record

__all__ = ["Cited", "Confidence", "HowSure", "Note", "Source"]


class Confidence(Enum):
    """How sure the sources make a fact: two or more independent ones (high), one good one or
    indirect agreement (medium), or inference (low)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


Cited = Annotated[SourceIds, Doc("ids of the sources cited")]
"""A record's ``sources``: the ids of the sources it cites, none twice."""
HowSure = Annotated[Confidence | None, Doc("how sure the sources make it: high, medium or low")]
"""A record's ``confidence``: how sure its sources make it, or None when not assessed."""
Note = Annotated[Text | None, Doc("remarks on the record, such as conflicts between sources")]
"""A record's ``note``: remarks on it, such as conflicts between sources."""


@attrs.frozen(kw_only=True)
class Source(Record):
    """A public document that states facts: its address, title and publication date.

    ``date`` is ``None`` for an undated page, and a :class:`ascn.PartialDate` when only the
    month or year of publication is known. Records refer to a source by its ``id``.
    """

    id: Annotated[Slug, Doc("the source's id, as records cite it")]
    url: Annotated[Url, Doc("where it is published")]
    title: Annotated[Text, Doc("its title")]
    publisher: Annotated[Text | None, Doc("who published it")] = None
    date: Annotated[PartialDate | None, Doc("when it was published")] = None
