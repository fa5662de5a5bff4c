"""External partners of the network and their programmes."""

from __future__ import annotations

from enum import Enum

import attrs

from ascn.dates import PartialDate
from ascn.model.fields import Names, Slug, SourceIds, Text, span
from ascn.model.provenance import Confidence
from ascn.model.record import Record

__all__ = ["FrameworkElement", "FrameworkKind", "Partner"]


@attrs.frozen(kw_only=True)
class Partner(Record):
    """An external partner (a country, agency or bank) and the programme it runs with the ASCN."""

    __rules__ = (span("since", "until"),)

    id: Slug
    name: Text
    programme: Text
    since: PartialDate | None = None
    until: PartialDate | None = None
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None


class FrameworkKind(Enum):
    """The parts of the ASEAN Smart Cities Framework: focus areas and strategic outcomes."""

    FOCUS_AREA = "focus-area"
    STRATEGIC_OUTCOME = "strategic-outcome"


@attrs.frozen(kw_only=True)
class FrameworkElement(Record):
    """A focus area or strategic outcome of the ASEAN Smart Cities Framework."""

    id: Slug
    kind: FrameworkKind
    label: Text
    aliases: Names = ()
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None
