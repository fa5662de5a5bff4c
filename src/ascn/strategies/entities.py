"""The strategy of each record class: :func:`~ascn.strategies.records` with what ties a record
to a network (pools of member codes and cities, source ids to cite, names to avoid)."""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ascn.dates import DateLike
from ascn.model.appointment import Appointment, Role, Scope
from ascn.model.chair import Basis, BasisKind, Chairmanship, Organisation
from ascn.model.checks import is_time_zone
from ascn.model.city import City, Location
from ascn.model.decision import Decision
from ascn.model.events import Meeting, Milestone
from ascn.model.fields import Each, fields_of
from ascn.model.member import MemberState
from ascn.model.partner import FrameworkElement, Partner
from ascn.model.provenance import Source
from ascn.strategies.derived import draw_record, records
from ascn.strategies.registry import each
from ascn.strategies.values import (
    avoided,
    codes,
    draw_aliases,
    draw_alpha3,
    draw_name,
    draw_partial,
    fresh,
    member_codes,
    offers,
    plain,
    pool,
    slugs,
    time_zones,
)

__all__ = [
    "appointments",
    "chairmanships",
    "cities",
    "decisions",
    "framework_elements",
    "locations",
    "meetings",
    "member_states",
    "milestones",
    "partners",
    "sources",
]


def tuples_for(cls: type, key: str, item: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Values of the tuple field ``key`` of ``cls`` whose items are drawn from ``item``, as
    many as the field's rule allows (none, or at least one; repeats, or none)."""
    rule = next(f.rule for f in fields_of(cls) if f.key == key)
    assert isinstance(rule, Each)
    return each(rule, item)


def citing(cls: type, source_ids: Sequence[str]) -> st.SearchStrategy[Any]:
    """The ``sources`` of a ``cls`` record: some of ``source_ids``, none twice."""
    return _citing(cls, tuple(source_ids))


@functools.lru_cache(maxsize=64)
def _citing(cls: type, source_ids: tuple[str, ...]) -> st.SearchStrategy[Any]:
    # Cached: every record of a network cites from the same sources.
    if not source_ids:
        return st.just(())
    return tuples_for(cls, "sources", st.sampled_from(source_ids))


def _maybe(key: str, given: Sequence[str] | None) -> dict[str, object]:
    # An optional reference: None or one of ``given``; omitted, the field's rule invents one.
    if given is None:
        return {}
    return {key: st.none() | st.sampled_from(tuple(given)) if given else None}


@functools.cache
def sources() -> st.SearchStrategy[Source]:
    """Sources: an id, an http(s) URL, a title, maybe a publisher and a partial date."""
    return records(Source)


def member_states(
    *, code: str | None = None, avoid: Collection[str] = (), sources: Sequence[str] = ()
) -> st.SearchStrategy[MemberState]:
    """Member states, with ``code`` when given and one to three time zones.

    No code, name or alias is one of ``avoid`` as lookups compare names (pass other states'
    names to keep a network's names distinct). ``sources`` are source ids to cite. The
    arguments are checked when the strategy is made.
    """
    if code is not None and (not isinstance(code, str) or code not in codes()):
        raise InvalidArgument(f"code must be an assigned ISO 3166-1 alpha-2 code, got {code!r}")
    return _member_states(code, avoided(avoid), _source_ids(sources))


def _source_ids(sources: object) -> tuple[str, ...]:
    if isinstance(sources, str) or not isinstance(sources, Sequence):
        raise InvalidArgument(f"sources must be a sequence of source ids, got {sources!r}")
    if not all(isinstance(source, str) for source in sources):
        raise InvalidArgument("sources must hold source ids (text) only")
    return tuple(sources)


@st.composite
def _member_states(
    draw: st.DrawFn, code: str | None, taken: frozenset[str], sources: tuple[str, ...]
) -> MemberState:
    if code is None:
        free = tuple(c for c in codes() if c.lower() not in taken)  # a code's normal form
        if not free:
            raise InvalidArgument("avoid takes every assigned country code")
        code = draw(st.sampled_from(free))
    # Names are drawn here, not given as strategies: a network draws several members, each
    # avoiding other names, and a strategy built anew costs more than a draw.
    return draw_record(
        draw,
        MemberState,
        code=code,
        alpha3=draw_alpha3(draw, taken),
        name=draw_name(draw, taken),
        formal_name=draw_name(draw, taken),
        aliases=draw_aliases(draw, taken),
        sources=citing(MemberState, sources),
    )


@functools.cache
def locations() -> st.SearchStrategy[Location]:
    """Points on the globe, including the poles, the antimeridian and ``-0.0``."""
    return records(Location)


def cities(
    *,
    country: str | None = None,
    timezones: Sequence[str] | None = None,
    joined_from: DateLike = _dt.date.min,
    avoid: Collection[str] = (),
    sources: Sequence[str] = (),
) -> st.SearchStrategy[City]:
    """Cities of ``country`` (any assigned code when omitted) in one of ``timezones``.

    The city joins no earlier than ``joined_from`` (any date :func:`ascn.to_date` accepts):
    its ``joined.latest`` is on or after it. It may have left since. No id, name or alias is
    one of ``avoid`` as lookups compare names. The arguments are checked when the strategy is
    made.
    """
    if country is not None and (not isinstance(country, str) or country not in codes()):
        raise InvalidArgument(f"country must be an assigned alpha-2 code, got {country!r}")
    if timezones is not None:
        if isinstance(timezones, str) or not isinstance(timezones, Sequence) or not timezones:
            raise InvalidArgument(f"timezones must be a non-empty sequence, got {timezones!r}")
        unknown = [zone for zone in timezones if not (isinstance(zone, str) and is_time_zone(zone))]
        if unknown:
            raise InvalidArgument(f"timezones holds what is not an IANA time zone: {unknown!r}")
        timezones = tuple(timezones)
    start = plain(joined_from, "joined_from")
    return _cities(country, timezones, start, avoided(avoid), _source_ids(sources))


@st.composite
def _cities(
    draw: st.DrawFn,
    country: str | None,
    timezones: tuple[str, ...] | None,
    joined_from: _dt.date,
    taken: frozenset[str],
    sources: tuple[str, ...],
) -> City:
    fields: dict[str, object] = {"country": country} if country is not None else {}
    if timezones is not None:
        fields["timezone"] = pool(timezones, time_zones())
    return draw_record(
        draw,
        City,
        id=fresh(draw(slugs()), taken, sep="-"),
        name=draw_name(draw, taken),
        joined=draw_partial(draw, joined_from),
        aliases=draw_aliases(draw, taken),
        sources=citing(City, sources),
        **fields,
    )


@st.composite
def appointments(
    draw: st.DrawFn,
    *,
    roles: Sequence[Role] = tuple(Role),
    members: Sequence[str] | None = None,
    cities: Mapping[str, str] | None = None,
    sources: Sequence[str] = (),
) -> Appointment:
    """Appointments to one of ``roles``, for a member of ``members`` or a city of ``cities``.

    ``members`` are member codes and ``cities`` maps city ids to their member's code; either
    is invented when omitted, and a role whose member or city an empty pool cannot supply is
    not drawn. Terms may have an unknown start or an open end.
    """
    usable = tuple(
        role
        for role in roles
        if (role.scope is not Scope.MEMBER or offers(members))
        and (role.scope is not Scope.CITY or offers(cities))
    )
    if not usable:
        raise InvalidArgument("no role can be drawn: each needs a member or city to act for")
    role = draw(st.sampled_from(usable))
    # The role picks its member or city from the pools; a city's member is its own.
    fields: dict[str, object] = {"role": role, "sources": citing(Appointment, sources)}
    if role.scope is Scope.CITY and cities is not None:
        city, country = draw(st.sampled_from(tuple(cities.items())))
        fields |= {"city": city, "member": st.sampled_from((None, country))}
    elif role.scope is Scope.MEMBER:
        fields["member"] = pool(members, member_codes())
    else:
        fields |= _maybe("member", members)
    return draw_record(draw, Appointment, **fields)


@st.composite
def chairmanships(
    draw: st.DrawFn,
    *,
    members: Sequence[str] | None = None,
    organisations: Sequence[Organisation] = tuple(Organisation),
    decisions: Sequence[str] = (),
    sources: Sequence[str] = (),
) -> Chairmanship:
    """Chairmanships of one of ``organisations`` held by one of ``members`` (codes; invented
    when omitted).

    The basis names nothing, the chairmanship itself, or one of ``decisions`` (decision ids);
    a decision basis always names a decision, so it is drawn only when ``decisions`` has one.
    """
    chair_id = draw(slugs())
    kind = draw(
        st.sampled_from(tuple(k for k in BasisKind if k is not BasisKind.DECISION or decisions))
    )
    named = tuple(decisions) if kind is BasisKind.DECISION else (None, chair_id)
    return draw_record(
        draw,
        Chairmanship,
        id=chair_id,
        organisation=st.sampled_from(tuple(organisations)),
        member=pool(members, member_codes()),
        basis=draw_record(draw, Basis, kind=kind, reference=st.sampled_from(named)),
        sources=citing(Chairmanship, sources),
    )


def decisions(
    *, members: Sequence[str] | None = None, sources: Sequence[str] = ()
) -> st.SearchStrategy[Decision]:
    """Decisions about one to three distinct ``members`` (codes; invented when omitted)."""
    concerned = tuples_for(Decision, "members", pool(members, member_codes()))
    return records(Decision, members=concerned, sources=citing(Decision, sources))


def meetings(
    *, hosts: Sequence[str] | None = None, sources: Sequence[str] = ()
) -> st.SearchStrategy[Meeting]:
    """Meetings hosted by one of ``hosts`` (codes; invented when omitted) or by nobody known.

    The meeting's ``city`` is free text, the place as the sources name it.
    """
    return records(Meeting, sources=citing(Meeting, sources), **_maybe("host", hosts))


def partners(*, sources: Sequence[str] = ()) -> st.SearchStrategy[Partner]:
    """External partners with a programme, maybe dated ``since`` and ``until``."""
    return records(Partner, sources=citing(Partner, sources))


def milestones(*, sources: Sequence[str] = ()) -> st.SearchStrategy[Milestone]:
    """Milestones: an event, maybe dated."""
    return records(Milestone, sources=citing(Milestone, sources))


def framework_elements(*, sources: Sequence[str] = ()) -> st.SearchStrategy[FrameworkElement]:
    """Focus areas and strategic outcomes of the ASEAN Smart Cities Framework."""
    return records(FrameworkElement, sources=citing(FrameworkElement, sources))
