"""Whole valid networks: each collection of ``ascn.model.network.PARTS`` drawn so that every
network rule holds."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from typing import Any, Final, TypeVar

import attrs
import pendulum
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ascn.lookup import normalise
from ascn.model.appointment import Appointment, Role, Scope
from ascn.model.chair import Chairmanship, Organisation
from ascn.model.city import City
from ascn.model.decision import Decision
from ascn.model.events import Meeting
from ascn.model.fields import fields_of
from ascn.model.member import MemberState
from ascn.model.network import PARTS, Network
from ascn.model.provenance import Source
from ascn.strategies.derived import records
from ascn.strategies.entities import (
    appointments,
    chairmanships,
    cities,
    citing,
    decisions,
    meetings,
    member_states,
    sources,
)
from ascn.strategies.values import codes, days, draw_partial, draw_term, slugs

__all__ = ["networks"]

_T = TypeVar("_T")


@attrs.define
class _Drawing:
    """A network being drawn: its sizes, and the collections drawn so far."""

    draw: st.DrawFn
    sizes: dict[str, tuple[int, int]]
    established: pendulum.Date
    drawn: dict[type, tuple[Any, ...]] = attrs.Factory(dict)

    def size(self, name: str) -> tuple[int, int]:
        return self.sizes[name]

    def of(self, cls: type[_T]) -> tuple[_T, ...]:
        return self.drawn.get(cls, ())

    @property
    def cite(self) -> list[str]:
        return [s.id for s in self.of(Source)]

    @property
    def codes(self) -> list[str]:
        return [m.code for m in self.of(MemberState)]


def _names_of(record: object, *fields: str) -> set[str]:
    # The normal forms a record answers to in lookups (a name without one is no key).
    found: set[str] = set()
    for field in fields:
        value = getattr(record, field)
        found.update(normalise(name) for name in (value if isinstance(value, tuple) else (value,)))
    return found - {""}


def _records(
    net: _Drawing, records: st.SearchStrategy[_T], size: tuple[int, int]
) -> tuple[_T, ...]:
    # Unique ids are drawn first: a list of records unique by id would throw away every
    # record drawn with a taken id, and records cost far more to draw than ids.
    ids = net.draw(st.lists(slugs(), min_size=size[0], max_size=size[1], unique=True))
    return tuple(_renamed(net.draw(records), new) for new in ids)


def _renamed(record: _T, new: str) -> _T:
    changes: dict[str, object] = {"id": new}
    if isinstance(record, Chairmanship) and record.basis.reference == record.id:
        changes["basis"] = attrs.evolve(record.basis, reference=new)
    return attrs.evolve(record, **changes)  # type: ignore[misc]


# -- one drawer per collection, in the order their references need ------------------------


def _draw_sources(net: _Drawing) -> tuple[Source, ...]:
    return _records(net, sources(), net.size("sources"))


def _draw_members(net: _Drawing) -> tuple[MemberState, ...]:
    low, high = net.size("members")
    taken: set[str] = set()
    found: list[MemberState] = []
    for _ in range(net.draw(st.integers(low, high))):
        member = net.draw(member_states(avoid=taken, sources=net.cite))
        taken |= _names_of(member, "code", "alpha3", "name", "formal_name", "aliases")
        found.append(member)
    return tuple(found)


def _draw_cities(net: _Drawing) -> tuple[City, ...]:
    members = net.of(MemberState)
    low, high = net.size("cities")
    taken: set[str] = set()
    found: list[City] = []
    for _ in range(net.draw(st.integers(low, high if members else 0))):
        owner = net.draw(st.sampled_from(members))
        city = net.draw(
            cities(
                country=owner.code,
                timezones=owner.timezones,
                joined_from=max(net.established, owner.admitted),
                avoid=taken,
                sources=net.cite,
            )
        )
        taken |= _names_of(city, "id", "name", "aliases")
        found.append(city)
    return tuple(found)


def _draw_decisions(net: _Drawing) -> tuple[Decision, ...]:
    if not net.codes:
        return ()
    return _records(net, decisions(members=net.codes, sources=net.cite), net.size("records"))


def _draw_appointments(net: _Drawing) -> tuple[Appointment, ...]:
    owned = {c.id: c.country for c in net.of(City)}
    drawn = _records(
        net,
        appointments(members=net.codes, cities=owned, sources=net.cite),
        net.size("appointments"),
    )
    return _schedule_appointments(net.draw, drawn)


def _draw_chairs(net: _Drawing) -> tuple[Chairmanship, ...]:
    if not net.codes:
        return ()
    decided = [d.id for d in net.of(Decision)]
    drawn = _records(
        net,
        chairmanships(members=net.codes, decisions=decided, sources=net.cite),
        net.size("chairs"),
    )
    return _schedule_chairs(net.draw, drawn, net.of(MemberState))


def _draw_meetings(net: _Drawing) -> tuple[Meeting, ...]:
    drawn = _records(net, meetings(hosts=net.codes, sources=net.cite), net.size("records"))
    # Meeting ordinals are unique too.
    size = len(drawn)
    ordinals = net.draw(
        st.lists(st.integers(min_value=1), min_size=size, max_size=size, unique=True)
    )
    return tuple(attrs.evolve(m, ordinal=n) for m, n in zip(drawn, ordinals, strict=True))


_DRAWERS: dict[type, Callable[[_Drawing], tuple[Any, ...]]] = {
    Source: _draw_sources,
    MemberState: _draw_members,
    City: _draw_cities,
    Decision: _draw_decisions,
    Appointment: _draw_appointments,
    Chairmanship: _draw_chairs,
    Meeting: _draw_meetings,
}
"""Collections whose records refer to others, in an order that draws each reference's
target first (chairs rest on decisions). Every other collection of ``PARTS`` is drawn by
:func:`_draw_plain`."""


def _draw_plain(net: _Drawing, cls: type) -> tuple[Any, ...]:
    # Records that refer to nothing but sources: as many as ``records`` allows, ids unique.
    keys = {f.key for f in fields_of(cls)}
    drawn: st.SearchStrategy[Any] = (
        records(cls, sources=citing(cls, net.cite)) if "sources" in keys else records(cls)
    )
    if "id" in keys:
        return _records(net, drawn, net.size("records"))
    low, high = net.size("records")
    return tuple(net.draw(st.lists(drawn, min_size=low, max_size=high)))


_MOST: Final = 1_000
"""The largest collection :func:`networks` draws (a test wants small examples)."""


def _check_sizes(**bounds: tuple[object, object]) -> None:
    for name, (low, high) in bounds.items():
        for which, size in (("min", low), ("max", high)):
            if type(size) is not int:
                raise InvalidArgument(f"{which}_{name} must be a whole number, got {size!r}")
        assert isinstance(low, int)
        assert isinstance(high, int)
        if not 0 <= low <= high:
            raise InvalidArgument(f"{name}: need 0 <= min <= max, got min={low}, max={high}")
        if high > _MOST:
            raise InvalidArgument(f"max_{name} must be at most {_MOST}, got {high}")


def networks(
    *,
    min_members: int = 0,
    max_members: int = 4,
    min_cities: int = 0,
    max_cities: int = 6,
    min_appointments: int = 0,
    max_appointments: int = 6,
    min_chairs: int = 0,
    max_chairs: int = 4,
    min_records: int = 0,
    max_records: int = 2,
    min_sources: int = 0,
    max_sources: int = 3,
) -> st.SearchStrategy[Network]:
    """Networks that satisfy every network rule, with collections of the given sizes.

    Ids and codes are unique; every reference resolves; cities join after ``established``
    and after their member's admission, in one of its zones; terms of single-holder roles
    and chairs of one organisation follow one another (a handover day may be shared);
    chairs are members from their start; no two members (or cities) share a name, code or
    alias after ``ascn.lookup.normalise``. ``min_records`` and ``max_records`` bound each of
    decisions, meetings, partners, milestones and framework elements. Cities, chairs and
    decisions need a member, so asking for any raises the number of members to at least one.
    The sizes are checked when the strategy is made: each is a whole number, at most 1,000,
    and a network has at most one member per assigned country code.
    """
    sizes = {
        "members": (min_members, max_members),
        "cities": (min_cities, max_cities),
        "appointments": (min_appointments, max_appointments),
        "chairs": (min_chairs, max_chairs),
        "records": (min_records, max_records),
        "sources": (min_sources, max_sources),
    }
    _check_sizes(**sizes)
    if min_members > len(codes()):
        raise InvalidArgument(
            f"min_members must be at most {len(codes())}, the assigned country codes; "
            f"got {min_members}"
        )
    need_member = bool(min_cities or min_chairs or min_records)
    if need_member and not max_members:
        raise InvalidArgument("cities, chairs and decisions need members: max_members must be >= 1")
    sizes["members"] = (max(min_members, int(need_member)), min(max_members, len(codes())))
    return _networks(sizes)


@st.composite
def _networks(draw: st.DrawFn, sizes: dict[str, tuple[int, int]]) -> Network:
    net = _Drawing(draw, sizes, draw(days()))
    parts = dict(PARTS)
    order = [cls for cls in _DRAWERS if cls in parts.values()]
    order += [cls for cls in parts.values() if cls not in _DRAWERS]
    for cls in order:
        drawer = _DRAWERS.get(cls)
        net.drawn[cls] = drawer(net) if drawer is not None else _draw_plain(net, cls)
    return Network(established=net.established, **{key: net.of(cls) for key, cls in PARTS})


# -- terms that follow one another ---------------------------------------------------------


def _holder_group(appointment: Appointment) -> tuple[Role, str | None]:
    # Appointments of one group have one holder at a time (see ascn.model.rules).
    scope = appointment.role.scope
    if scope is Scope.MEMBER:
        return appointment.role, appointment.member
    if scope is Scope.CITY:
        return appointment.role, appointment.city
    return appointment.role, None


def _schedule_appointments(
    draw: st.DrawFn, drawn: Sequence[Appointment]
) -> tuple[Appointment, ...]:
    # The dated terms of one group follow one another: each starts no earlier than every
    # earlier one ends, and an open term closes the group. A term with an unknown start
    # overlaps nothing, so it may come anywhere.
    free_from: dict[tuple[Role, str | None], _dt.date | None] = {}
    scheduled: list[Appointment] = []
    for appointment in drawn:
        group = _holder_group(appointment)
        start_from = free_from.get(group, _dt.date.min)
        if start_from is None or appointment.start is None:
            start, end = None, appointment.end
        else:
            start, end = draw_term(draw, start_from, known_start=True)
            free_from[group] = None if end is None else max(start_from, end.earliest)
        scheduled.append(attrs.evolve(appointment, start=start, end=end))
    return tuple(scheduled)


def _schedule_chairs(
    draw: st.DrawFn, drawn: Sequence[Chairmanship], members: Sequence[MemberState]
) -> tuple[Chairmanship, ...]:
    # As for appointments, per organisation; a term also starts once its member is admitted.
    admitted = {m.code: m.admitted for m in members}
    free_from: dict[Organisation, _dt.date] = {}
    scheduled: list[Chairmanship] = []
    for chair in drawn:
        after_others = free_from.get(chair.organisation, _dt.date.min)
        start = draw_partial(draw, max(after_others, admitted[chair.member]))
        end = draw_partial(draw, start.earliest)
        free_from[chair.organisation] = max(after_others, end.earliest)
        scheduled.append(attrs.evolve(chair, start=start, end=end))
    return tuple(scheduled)
