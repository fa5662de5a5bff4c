"""Things that happened in the network's life: meetings and other milestones."""

from __future__ import annotations

from enum import Enum

import attrs

from ascn.dates import PartialDate
from ascn.model._checks import Checks
from ascn.model.provenance import Confidence, check_provenance

__all__ = ["Meeting", "MeetingFormat", "Milestone"]


class MeetingFormat(Enum):
    """Whether people met in one place, online, or both."""

    IN_PERSON = "in-person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


@attrs.frozen(kw_only=True)
class Meeting:
    """An annual meeting of the network.

    ``host`` is the member state that hosted (or chaired a virtual meeting); ``city`` the
    place as the sources name it (not necessarily a network city). Unknown values are ``None``:
    the 2026 meeting's dates were not known when the data was compiled.
    """

    id: str
    ordinal: int
    title: str
    host: str | None = None
    city: str | None = None
    format: MeetingFormat | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    chaired_by: str | None = None
    sources: tuple[str, ...] = ()
    confidence: Confidence | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        checks = Checks()
        checks.slug("id", self.id)
        checks.integer("ordinal", self.ordinal, minimum=1)
        checks.text("title", self.title)
        checks.member_code("host", self.host, optional=True)
        checks.text("city", self.city, optional=True)
        checks.choice("format", self.format, MeetingFormat, optional=True)
        start_ok = checks.partial("start", self.start, optional=True)
        if checks.partial("end", self.end, optional=True) and start_ok:
            checks.span("end", self.start, self.end)
        checks.text("chaired_by", self.chaired_by, optional=True)
        check_provenance(checks, self)
        checks.done("Meeting")


@attrs.frozen(kw_only=True)
class Milestone:
    """A dated event in the network's history (the concept note, the launch, a framework)."""

    id: str
    event: str
    date: PartialDate | None = None
    sources: tuple[str, ...] = ()
    confidence: Confidence | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        checks = Checks()
        checks.slug("id", self.id)
        checks.text("event", self.event)
        checks.partial("date", self.date, optional=True)
        check_provenance(checks, self)
        checks.done("Milestone")
