"""External partners of the network and their programmes."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import attrs

from ascn.dates import PartialDate
from ascn.model.fields import Doc, Names, Slug, Text, span
from ascn.model.provenance import Cited, HowSure, Note
from ascn.model.record import Record

__all__ = ["FrameworkElement", "FrameworkKind", "Partner"]


@attrs.frozen(kw_only=True)
class Partner(Record):
    """An external partner (a country, agency or bank) and the programme it runs with the ASCN."""

    __rules__ = (span("since", "until"),)

    id: Slug
    name: Annotated[Text, Doc("its name")]
    programme: Annotated[Text, Doc("the programme it runs with the network")]
    since: Annotated[PartialDate | None, Doc("when it started")] = None
    until: Annotated[PartialDate | None, Doc("when it ended")] = None
    sources: Cited = ()
    confidence: HowSure = None
    note: Note = None


class FrameworkKind(Enum):
    """The parts of the ASEAN Smart Cities Framework: focus areas and strategic outcomes."""

    FOCUS_AREA = "focus-area"
    STRATEGIC_OUTCOME = "strategic-outcome"


@attrs.frozen(kw_only=True)
class FrameworkElement(Record):
    """A focus area or strategic outcome of the ASEAN Smart Cities Framework."""

    id: Slug
    kind: FrameworkKind
    label: Annotated[Text, Doc("its name")]
    aliases: Annotated[Names, Doc("other names")] = ()
    sources: Cited = ()
    confidence: HowSure = None
    note: Note = None
