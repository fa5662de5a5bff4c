"""Everything that happened to one member state or city, as a list of dated events.

:func:`history_of` gathers the events of a member state (its admission, its cities joining
and leaving, its chairmanships, the appointments it holds or makes, the meetings it hosted,
the decisions that concern it) or of a city (joining, leaving, its Chief Smart City Officers,
the meetings held there) from a network's records, and orders them by date.

How dates known only to the month or year are ordered: an event sorts by the *earliest* day
its date may stand for, so "2024" sorts with 1 January 2024 and "2023-07" with 1 July 2023.
Between events that share that day, the more precise date comes first ("2018-01-01", then
"2018-01", then "2018"), because it is known to fall on the day while the others may fall
later. Events whose date is unknown come last. Remaining ties keep the order of
:class:`EventKind` and then the id of the record behind the event, so the order is stable.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import TYPE_CHECKING

import attrs

from ascn.dates import PartialDate
from ascn.errors import NotFoundError
from ascn.lookup import normalise
from ascn.model.appointment import Appointment, Role
from ascn.model.chair import Chairmanship, Status
from ascn.model.city import City, Intake
from ascn.model.member import MemberState

if TYPE_CHECKING:
    from ascn.model.network import Network

__all__ = ["EventKind", "HistoryEvent", "history_of"]


class EventKind(Enum):
    """What kind of thing happened; events on the same day are listed in this order."""

    ADMITTED = "admitted"
    JOINED = "joined"
    LEFT = "left"
    DECISION = "decision"
    CHAIR = "chair"
    APPOINTMENT = "appointment"
    MEETING = "meeting"


_RANK = {kind: rank for rank, kind in enumerate(EventKind)}


@attrs.frozen(kw_only=True)
class HistoryEvent:
    """One thing that happened to a member state or city.

    ``date`` is when it happened (a term's start), at the precision the sources give, or
    ``None`` when unknown; ``end`` is when a term ended, if it is one and that is known.
    ``subject`` is the member code or city id it happened to (a member's history includes its
    cities' events), ``record`` the id (or member code) of the record it comes from, and
    ``sources`` the ids of that record's sources.
    """

    date: PartialDate | None
    kind: EventKind
    subject: str
    record: str
    summary: str
    end: PartialDate | None = None
    sources: tuple[str, ...] = ()


def history_of(network: Network, key: str) -> tuple[HistoryEvent, ...]:
    """Everything that happened to the member state or city ``key`` names, in date order.

    ``key`` is looked up as a member first (code, name or alias), then as a city; a key that
    names neither raises :class:`ascn.NotFoundError`, and one that names two members or two
    cities :class:`ascn.AmbiguousKeyError`. See the module documentation for the order.
    """
    try:
        member = network.member(key)
    except NotFoundError as not_member:
        try:
            city = network.city(key)
        except NotFoundError as not_city:
            suggestions = dict.fromkeys(not_member.suggestions + not_city.suggestions)
            raise NotFoundError("member state or city", key, list(suggestions)[:3]) from None
        events = list(_city_events(network, city))
    else:
        events = list(_member_events(network, member))
    return tuple(sorted(events, key=_order))


def _order(event: HistoryEvent) -> tuple[object, ...]:
    date = event.date
    when = (0, date.earliest, date.latest) if date is not None else (1, None, None)
    return (*when, _RANK[event.kind], event.record)


def _member_events(network: Network, member: MemberState) -> Iterator[HistoryEvent]:
    code = member.code
    yield HistoryEvent(
        date=PartialDate.of(member.admitted),
        kind=EventKind.ADMITTED,
        subject=code,
        record=code,
        summary=f"{member.name} admitted to ASEAN",
        sources=member.sources,
    )
    cities = network.cities(country=code)
    for city in cities:
        yield from _membership(city)
    city_ids = {city.id for city in cities}
    for decision in network.decisions():
        if code in decision.members:
            yield HistoryEvent(
                date=decision.decided,
                kind=EventKind.DECISION,
                subject=code,
                record=decision.id,
                summary=f"{decision.organisation.value} decision ({decision.kind.value}): "
                f"{decision.summary}",
                sources=decision.sources,
            )
    for chair in network.chairs():
        if chair.member == code:
            yield _chair_event(member, chair)
    for appointment in network.appointments():
        if appointment.city in city_ids:
            yield _appointment_event(network, appointment, subject=appointment.city)
        elif appointment.member == code:
            yield _appointment_event(network, appointment, subject=code)
    for meeting in network.meetings():
        if meeting.host == code:
            place = f" in {meeting.city}" if meeting.city else ""
            yield HistoryEvent(
                date=meeting.start,
                kind=EventKind.MEETING,
                subject=code,
                record=meeting.id,
                summary=f"{member.name} hosts the {meeting.title}{place}",
                end=meeting.end,
                sources=meeting.sources,
            )


def _city_events(network: Network, city: City) -> Iterator[HistoryEvent]:
    yield from _membership(city)
    for appointment in network.appointments(city=city.id):
        yield _appointment_event(network, appointment, subject=city.id)
    names = {normalise(name) for name in (city.name, *city.aliases)}
    for meeting in network.meetings():
        if (
            meeting.host == city.country
            and meeting.city is not None
            and normalise(meeting.city) in names
        ):
            yield HistoryEvent(
                date=meeting.start,
                kind=EventKind.MEETING,
                subject=city.id,
                record=meeting.id,
                summary=f"The {meeting.title} is held in {city.name}",
                end=meeting.end,
                sources=meeting.sources,
            )


def _membership(city: City) -> Iterator[HistoryEvent]:
    intake = "as a pilot city" if city.intake is Intake.PILOT else "in a later intake"
    at = f" ({city.joined_at})" if city.joined_at else ""
    yield HistoryEvent(
        date=city.joined,
        kind=EventKind.JOINED,
        subject=city.id,
        record=city.id,
        summary=f"{city.name} joins the ASCN {intake}{at}",
        sources=city.sources,
    )
    if city.left is not None:
        yield HistoryEvent(
            date=city.left,
            kind=EventKind.LEFT,
            subject=city.id,
            record=city.id,
            summary=f"{city.name} leaves the ASCN",
            sources=city.sources,
        )


def _chair_event(member: MemberState, chair: Chairmanship) -> HistoryEvent:
    recorded = chair.status is Status.RECORDED
    verb = "chairs" if recorded else "is to chair"
    office = f" as {chair.office}" if chair.office else ""
    status = "" if recorded else f" ({chair.status.value})"
    return HistoryEvent(
        date=chair.start,
        kind=EventKind.CHAIR,
        subject=member.code,
        record=chair.id,
        summary=f"{member.name} {verb} {chair.organisation.value}{office}{status}",
        end=chair.end,
        sources=chair.sources,
    )


def _appointment_event(network: Network, appointment: Appointment, *, subject: str) -> HistoryEvent:
    role = appointment.role
    if role is Role.CHIEF_SMART_CITY_OFFICER and appointment.city is not None:
        post = f"{role.label} of {network.city(appointment.city).name}"
    elif role is Role.NATIONAL_REPRESENTATIVE and appointment.member is not None:
        post = f"{role.label} of {network.member(appointment.member).name}"
    else:
        post = role.label
    designation = f" ({appointment.designation})" if appointment.designation else ""
    return HistoryEvent(
        date=appointment.start,
        kind=EventKind.APPOINTMENT,
        subject=subject,
        record=appointment.id,
        summary=f"{appointment.holder}{designation} serves as {post}",
        end=appointment.end,
        sources=appointment.sources,
    )
