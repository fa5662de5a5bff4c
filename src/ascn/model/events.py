"""Things that happened in the network's life: meetings and other milestones."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import attrs

from ascn.dates import PartialDate
from ascn.model.fields import Doc, MemberCode, Ordinal, Slug, Text, span
from ascn.model.provenance import Cited, HowSure, Note
from ascn.model.record import Record

__all__ = ["Meeting", "MeetingFormat", "Milestone"]


class MeetingFormat(Enum):
    """Whether people met in one place, online, or both."""

    IN_PERSON = "in-person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


@attrs.frozen(kw_only=True)
class Meeting(Record):
    """An annual meeting of the network.

    ``host`` is the member state that hosted (or chaired a virtual meeting); ``city`` the
    place as the sources name it (not necessarily a network city). Unknown values are ``None``:
    the 2026 meeting's dates were not known when the data was compiled.
    """

    __rules__ = (span("start", "end"),)
    __identity__ = ("id", "ordinal")

    id: Slug
    ordinal: Annotated[Ordinal, Doc("its number in the series")]
    title: Annotated[Text, Doc("its title")]
    host: Annotated[MemberCode | None, Doc("code of the member state that hosted")] = None
    city: Annotated[Text | None, Doc("where it was held, as the sources name it")] = None
    format: MeetingFormat | None = None
    start: Annotated[PartialDate | None, Doc("first day")] = None
    end: Annotated[PartialDate | None, Doc("last day")] = None
    chaired_by: Annotated[Text | None, Doc("who chaired it")] = None
    sources: Cited = ()
    confidence: HowSure = None
    note: Note = None


@attrs.frozen(kw_only=True)
class Milestone(Record):
    """A dated event in the network's history (the concept note, the launch, a framework)."""

    id: Slug
    event: Annotated[Text, Doc("what happened")]
    date: Annotated[PartialDate | None, Doc("when")] = None
    sources: Cited = ()
    confidence: HowSure = None
    note: Note = None
