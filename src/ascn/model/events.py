"""Things that happened in the network's life: meetings and other milestones."""

from __future__ import annotations

from enum import Enum

import attrs

from ascn.dates import PartialDate
from ascn.model._checks import (
    Checks,
    FieldRules,
    is_member_code,
    is_optional_text,
    is_ordinal,
    is_slug,
    is_span,
    is_text,
)
from ascn.model.provenance import Confidence, check_provenance, has_clean_provenance

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
        _MEETING_RULES.enforce(self)


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
        _MILESTONE_RULES.enforce(self)


def _check_meeting(checks: Checks, meeting: Meeting) -> None:
    checks.slug("id", meeting.id)
    checks.integer("ordinal", meeting.ordinal, minimum=1)
    checks.text("title", meeting.title)
    checks.member_code("host", meeting.host, optional=True)
    checks.text("city", meeting.city, optional=True)
    checks.choice("format", meeting.format, MeetingFormat, optional=True)
    start_ok = checks.partial("start", meeting.start, optional=True)
    if checks.partial("end", meeting.end, optional=True) and start_ok:
        checks.span("end", meeting.start, meeting.end)
    checks.text("chaired_by", meeting.chaired_by, optional=True)
    check_provenance(checks, meeting)


_MEETING_RULES = FieldRules(
    Meeting,
    lambda m: (
        is_slug(m.id)
        and is_ordinal(m.ordinal)
        and is_text(m.title)
        and (m.host is None or is_member_code(m.host))
        and is_optional_text(m.city)
        and (m.format is None or type(m.format) is MeetingFormat)
        and is_span(m.start, m.end, optional=True)
        and is_optional_text(m.chaired_by)
        and has_clean_provenance(m.sources, m.confidence, m.note)
    ),
    _check_meeting,
)


def _check_milestone(checks: Checks, milestone: Milestone) -> None:
    checks.slug("id", milestone.id)
    checks.text("event", milestone.event)
    checks.partial("date", milestone.date, optional=True)
    check_provenance(checks, milestone)


_MILESTONE_RULES = FieldRules(
    Milestone,
    lambda m: (
        is_slug(m.id)
        and is_text(m.event)
        and (m.date is None or type(m.date) is PartialDate)
        and has_clean_provenance(m.sources, m.confidence, m.note)
    ),
    _check_milestone,
)
