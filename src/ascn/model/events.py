"""Things that happened in the network's life: meetings and other milestones."""

from __future__ import annotations

from enum import Enum

import attrs

from ascn.dates import PartialDate
from ascn.model.fields import MemberCode, Ordinal, Slug, SourceIds, Text, span
from ascn.model.provenance import Confidence
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

    id: Slug
    ordinal: Ordinal
    title: Text
    host: MemberCode | None = None
    city: Text | None = None
    format: MeetingFormat | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    chaired_by: Text | None = None
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None


@attrs.frozen(kw_only=True)
class Milestone(Record):
    """A dated event in the network's history (the concept note, the launch, a framework)."""

    id: Slug
    event: Text
    date: PartialDate | None = None
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None
