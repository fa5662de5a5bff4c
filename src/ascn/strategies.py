"""Hypothesis strategies for ascn's records and for whole valid networks.

Use them to property-test code that takes ascn entities::

    from hypothesis import given
    from ascn import strategies as ascn_st

    @given(ascn_st.networks())
    def test_every_city_has_a_member(network):
        for city in network.cities():
            assert network.member(city.country).code == city.country

Every record a strategy draws passed its class's field rules, and every network from
:func:`networks` passed every network rule of ``ascn.model.rules``. Generated text is
deliberately awkward (the region's scripts, accents, quotes, control characters, inner line
breaks, emoji) while staying valid, and dates run from year 1 to 9999. This module needs the
``hypothesis`` extra (``pip install "ascn[hypothesis]"``); ``import ascn`` never imports it.
"""

from __future__ import annotations

import datetime as _dt
import functools
import string
import zoneinfo
from collections.abc import Collection, Mapping, Sequence
from enum import Enum
from typing import Any, TypeVar

import attrs
import pendulum

from ascn.dates import DateLike, PartialDate, Precision, to_date
from ascn.lookup import normalise
from ascn.model.appointment import Appointment, HolderKind, Role, Scope
from ascn.model.chair import Basis, BasisKind, Chairmanship, Organisation, Status
from ascn.model.checks import country_codes, is_time_zone
from ascn.model.city import City, Intake, Location
from ascn.model.decision import Decision, DecisionKind
from ascn.model.events import Meeting, MeetingFormat, Milestone
from ascn.model.member import MemberState
from ascn.model.network import Network
from ascn.model.partner import FrameworkElement, FrameworkKind, Partner
from ascn.model.provenance import Confidence, Source

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:
    raise ImportError(
        'ascn.strategies needs Hypothesis; install it with: pip install "ascn[hypothesis]"'
    ) from exc

__all__ = [
    "appointments",
    "chairmanships",
    "cities",
    "days",
    "decisions",
    "framework_elements",
    "locations",
    "meetings",
    "member_codes",
    "member_states",
    "milestones",
    "names",
    "networks",
    "partial_dates",
    "partners",
    "slugs",
    "sources",
    "texts",
    "time_zones",
]

_T = TypeVar("_T")
_E = TypeVar("_E", bound=Enum)

# Valid but awkward text: the region's scripts, letters that do not decompose, combining
# marks, ligatures, quotes and markup, control and zero-width characters, inner line breaks.
_AWKWARD = (
    "Hà Nội",
    "Đà Nẵng",
    "Thành phố Hồ Chí Minh",
    "กรุงเทพมหานคร",
    "ភ្នំពេញ",
    "ວຽງຈັນ",
    "ရန်ကုန်",
    "Bandar Seri Begawan",
    "Lao PDR",
    "Timor-Leste",
    "İstanbul",
    "Straße",
    "ﬁnance ½",
    "e\u0301cole",
    'O\'Brien "quoted"',
    "back\\slash",
    "tab\tinside",
    "line\nbreak",
    "carriage\rreturn",
    "zero\u200bwidth",
    "nul\x00inside",
    "🏙️ smart city",
    "مدينة ذكية",
    "</script>{}",
    "%s {0} null",
    "1",
    "—",
)

# -- building blocks ---------------------------------------------------------------------


@functools.cache
def texts() -> st.SearchStrategy[str]:
    """Text that ascn accepts where it wants text: non-empty, no surrounding whitespace.

    About half are composed at random from all of Unicode, the rest are awkward samples
    (see the module docs); some have no letter or digit at all.
    """
    composed = (
        st.text(st.characters(codec="utf-8"), min_size=1, max_size=12).map(str.strip).filter(bool)
    )
    return st.one_of(composed, st.sampled_from(_AWKWARD))


@functools.cache
def _keys() -> st.SearchStrategy[str]:
    return texts().filter(lambda text: normalise(text) != "")


def _fresh(text: str, taken: frozenset[str], sep: str = " ") -> str:
    # ``text``, or ``text`` with a number added, whose normal form is not taken.
    candidate, number = text, 1
    while normalise(candidate) in taken:
        number += 1
        candidate = f"{text}{sep}{number}"
    return candidate


def names(*, avoid: Collection[str] = ()) -> st.SearchStrategy[str]:
    """Text usable as a lookup key: :func:`texts` with a non-empty normal form.

    The normal form (see ``ascn.lookup.normalise``) is never one of ``avoid``: a drawn
    name that would be gets a number added.
    """
    return _keys().map(functools.partial(_fresh, taken=frozenset(avoid)))


@functools.cache
def slugs() -> st.SearchStrategy[str]:
    """Stable ids: lower-case letters and digits joined by single hyphens."""
    part = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=6)
    return st.lists(part, min_size=1, max_size=3).map("-".join)


@functools.cache
def _codes() -> tuple[str, ...]:
    return tuple(sorted(country_codes()))


@functools.cache
def member_codes() -> st.SearchStrategy[str]:
    """Assigned ISO 3166-1 alpha-2 codes (the ones ascn accepts for member states)."""
    return st.sampled_from(_codes())


def _draw_alpha3(draw: st.DrawFn, taken: frozenset[str]) -> str:
    # Three letters, moved on to the next free combination when the drawn one is taken.
    number = draw(st.integers(0, 26**3 - 1))
    while True:
        letters = "".join(string.ascii_uppercase[number // 26**i % 26] for i in (2, 1, 0))
        if normalise(letters) not in taken:
            return letters
        number = (number + 1) % 26**3


@functools.cache
def _urls() -> st.SearchStrategy[str]:
    rest = st.text(
        st.characters(exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=30
    ).filter(lambda text: not any(ch.isspace() for ch in text))
    return st.builds("{}://{}".format, st.sampled_from(("http", "https")), rest)


@functools.cache
def _optional_texts() -> st.SearchStrategy[str | None]:
    return st.none() | texts()


def _plain(value: DateLike, name: str) -> _dt.date:
    # st.dates wants plain dates at both ends, and a pendulum.Date is a subclass.
    day = to_date(value, path=name)
    return _dt.date(day.year, day.month, day.day)


def days(
    min_value: DateLike = _dt.date.min, max_value: DateLike = _dt.date.max
) -> st.SearchStrategy[pendulum.Date]:
    """``pendulum.Date`` values (never plain ``datetime.date``) from min_value to max_value.

    The bounds are anything :func:`ascn.to_date` accepts (``"2018-04-28"``, a date).
    """
    low, high = _plain(min_value, "min_value"), _plain(max_value, "max_value")
    if low > high:
        raise InvalidArgument(f"min_value={low} is after max_value={high}")
    return _days(low, high)


def _pendulum(day: _dt.date) -> pendulum.Date:
    return pendulum.Date(day.year, day.month, day.day)


@functools.cache
def _days(low: _dt.date, high: _dt.date) -> st.SearchStrategy[pendulum.Date]:
    # Cached: a strategy built anew costs more than drawing from it, and networks draw many.
    return st.dates(low, high).map(_pendulum)


def _cut(day: _dt.date, precision: Precision) -> PartialDate:
    if precision is Precision.YEAR:
        return PartialDate(day.year)
    if precision is Precision.MONTH:
        return PartialDate(day.year, day.month)
    return PartialDate(day.year, day.month, day.day)


def partial_dates(
    min_value: DateLike = _dt.date.min,
    max_value: DateLike = _dt.date.max,
    *,
    precisions: Sequence[Precision] = tuple(Precision),
) -> st.SearchStrategy[PartialDate]:
    """Dates known to the year, month or day that may stand for a day in the given range.

    Each value's ``latest`` day is on or after ``min_value`` and its ``earliest`` on or before
    ``max_value``: a day in the range is drawn, then cut to one of ``precisions``.
    """
    if not precisions:
        raise InvalidArgument("precisions must name at least one Precision")
    return _partials(days(min_value, max_value), tuple(precisions))


@functools.cache
def _partials(
    drawn: st.SearchStrategy[pendulum.Date], precisions: tuple[Precision, ...]
) -> st.SearchStrategy[PartialDate]:
    return st.builds(_cut, drawn, st.sampled_from(precisions))


@functools.cache
def _optional_partials() -> st.SearchStrategy[PartialDate | None]:
    return st.none() | partial_dates()


def _draw_partial(draw: st.DrawFn, low: _dt.date) -> PartialDate:
    # A partial date whose latest day is on or after ``low``. Rules break at boundaries, so
    # one in four is ``low`` itself (a term that starts the day the last one ended, a city
    # that joins the day the network was founded).
    if low > _dt.date.min and draw(st.integers(0, 3)) == 0:
        return PartialDate(low.year, low.month, low.day)
    day = draw(st.dates(_dt.date(low.year, low.month, low.day)))
    return _cut(day, draw(st.sampled_from(Precision)))


def _draw_term(
    draw: st.DrawFn, start_from: _dt.date, *, known_start: bool
) -> tuple[PartialDate | None, PartialDate | None]:
    # A start on or after ``start_from`` (or unknown), and an end (or none) not before it.
    # Three in four starts are known when an unknown one is allowed.
    known = known_start or draw(st.integers(0, 3)) > 0
    start = _draw_partial(draw, start_from) if known else None
    if draw(st.booleans()):
        return start, None
    return start, _draw_partial(draw, _dt.date.min if start is None else start.earliest)


@functools.cache
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(z for z in zoneinfo.available_timezones() if is_time_zone(z)))


@functools.cache
def time_zones() -> st.SearchStrategy[str]:
    """Names of real IANA time zones (those the installed tz database can load)."""
    return st.sampled_from(_zone_names())


def _pool(given: Sequence[_T] | None, invented: st.SearchStrategy[_T]) -> st.SearchStrategy[_T]:
    # Values to refer to: ``invented`` ones when none are given, else one of ``given``.
    if given is None:
        return invented
    if not given:
        raise InvalidArgument("an empty pool: pass at least one value, or None to invent them")
    return st.sampled_from(tuple(given))


def _offers(pool: Collection[object] | None) -> bool:
    # Whether a pool can supply a value: an omitted pool invents one.
    return pool is None or len(pool) > 0


@functools.cache
def _optional(enum: type[_E]) -> st.SearchStrategy[_E | None]:
    return st.none() | st.sampled_from(enum)


def _draw_provenance(draw: st.DrawFn, source_ids: Sequence[str]) -> dict[str, Any]:
    # The fields every fact record has: cited source ids, a confidence and a note.
    cited = st.lists(st.sampled_from(tuple(source_ids)), max_size=3, unique=True)
    return {
        "sources": tuple(draw(cited)) if source_ids else (),
        "confidence": draw(_optional(Confidence)),
        "note": draw(_optional_texts()),
    }


@functools.cache
def _alias_lists() -> st.SearchStrategy[list[str]]:
    return st.lists(texts(), max_size=3)


def _draw_aliases(draw: st.DrawFn, taken: frozenset[str]) -> tuple[str, ...]:
    # Any text may be an alias, even one with no letter or digit (lookups skip those), but
    # none may take the normal form of another entity's name.
    drawn = draw(_alias_lists())
    aliases: dict[str, str] = {}
    for alias in drawn:
        fresh = _fresh(alias, taken)
        aliases.setdefault(fresh.casefold(), fresh)
    return tuple(aliases.values())


# -- records -------------------------------------------------------------------------------


@functools.cache
def sources() -> st.SearchStrategy[Source]:
    """Sources: an id, an http(s) URL, a title, maybe a publisher and a partial date."""
    return st.builds(
        Source,
        id=slugs(),
        url=_urls(),
        title=texts(),
        publisher=_optional_texts(),
        date=_optional_partials(),
    )


@st.composite
def member_states(
    draw: st.DrawFn,
    *,
    code: str | None = None,
    avoid: Collection[str] = (),
    sources: Sequence[str] = (),
) -> MemberState:
    """Member states, with ``code`` when given and one to three time zones.

    No code, name or alias has a normal form in ``avoid`` (pass the normal forms of other
    states' names to keep a network's names distinct). ``sources`` are source ids to cite.
    """
    taken = frozenset(avoid)
    if code is None:
        free = tuple(c for c in _codes() if c.lower() not in taken)  # a code's normal form
        if not free:
            raise InvalidArgument("avoid takes every assigned country code")
        code = draw(st.sampled_from(free))
    return MemberState(
        code=code,
        alpha3=_draw_alpha3(draw, taken),
        name=_fresh(draw(_keys()), taken),
        formal_name=_fresh(draw(_keys()), taken),
        admitted=draw(days()),
        capital=draw(texts()),
        timezones=tuple(draw(st.lists(time_zones(), min_size=1, max_size=3, unique=True))),
        aliases=_draw_aliases(draw, taken),
        **_draw_provenance(draw, sources),
    )


@functools.cache
def locations() -> st.SearchStrategy[Location]:
    """Points on the globe, including the poles, the antimeridian and ``-0.0``."""
    return st.builds(
        Location,
        latitude=st.floats(-90.0, 90.0, allow_nan=False),
        longitude=st.floats(-180.0, 180.0, allow_nan=False),
    )


@st.composite
def cities(
    draw: st.DrawFn,
    *,
    country: str | None = None,
    timezones: Sequence[str] | None = None,
    joined_from: DateLike = _dt.date.min,
    avoid: Collection[str] = (),
    sources: Sequence[str] = (),
) -> City:
    """Cities of ``country`` (any assigned code when omitted) in one of ``timezones``.

    The city joins no earlier than ``joined_from`` (any date :func:`ascn.to_date` accepts):
    its ``joined.latest`` is on or after it. It may have left since. No id, name or alias has
    a normal form in ``avoid``.
    """
    taken = frozenset(avoid)
    joined = _draw_partial(draw, _plain(joined_from, "joined_from"))
    return City(
        id=_fresh(draw(slugs()), taken, sep="-"),
        name=_fresh(draw(_keys()), taken),
        country=draw(_pool(None if country is None else [country], member_codes())),
        joined=joined,
        intake=draw(st.sampled_from(Intake)),
        timezone=draw(_pool(timezones, time_zones())),
        location=draw(locations()),
        joined_at=draw(_optional_texts()),
        aliases=_draw_aliases(draw, taken),
        left=None if draw(st.booleans()) else _draw_partial(draw, joined.earliest),
        **_draw_provenance(draw, sources),
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
        if (role.scope is not Scope.MEMBER or _offers(members))
        and (role.scope is not Scope.CITY or _offers(cities))
    )
    if not usable:
        raise InvalidArgument("no role can be drawn: each needs a member or city to act for")
    role = draw(st.sampled_from(usable))
    member: str | None = None
    city: str | None = None
    if role.scope is Scope.CITY:
        owned = None if cities is None else list(cities.items())
        city, country = draw(_pool(owned, st.tuples(slugs(), member_codes())))
        member = draw(st.sampled_from((None, country)))
    elif role.scope is Scope.MEMBER or (_offers(members) and draw(st.booleans())):
        member = draw(_pool(members, member_codes()))
    start, end = _draw_term(draw, _dt.date.min, known_start=False)
    return Appointment(
        id=draw(slugs()),
        role=role,
        holder=draw(texts()),
        holder_kind=draw(st.sampled_from(HolderKind)),
        member=member,
        city=city,
        designation=draw(_optional_texts()),
        start=start,
        end=end,
        **_draw_provenance(draw, sources),
    )


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
    if kind is BasisKind.DECISION:
        reference: str | None = draw(st.sampled_from(tuple(decisions)))
    else:
        reference = draw(st.sampled_from((None, chair_id)))
    start = _draw_partial(draw, _dt.date.min)
    return Chairmanship(
        id=chair_id,
        organisation=draw(st.sampled_from(tuple(organisations))),
        member=draw(_pool(members, member_codes())),
        start=start,
        end=_draw_partial(draw, start.earliest),
        status=draw(st.sampled_from(Status)),
        basis=Basis(kind=kind, reference=reference, detail=draw(_optional_texts())),
        office=draw(_optional_texts()),
        **_draw_provenance(draw, sources),
    )


@st.composite
def decisions(
    draw: st.DrawFn, *, members: Sequence[str] | None = None, sources: Sequence[str] = ()
) -> Decision:
    """Decisions about one to three distinct ``members`` (codes; invented when omitted)."""
    concerned = st.lists(_pool(members, member_codes()), min_size=1, max_size=3, unique=True)
    return Decision(
        id=draw(slugs()),
        organisation=draw(st.sampled_from(Organisation)),
        kind=draw(st.sampled_from(DecisionKind)),
        members=tuple(draw(concerned)),
        terms=tuple(draw(st.lists(st.integers(min_value=1), max_size=3))),
        summary=draw(texts()),
        decided=draw(_optional_partials()),
        venue=draw(_optional_texts()),
        **_draw_provenance(draw, sources),
    )


@st.composite
def meetings(
    draw: st.DrawFn, *, hosts: Sequence[str] | None = None, sources: Sequence[str] = ()
) -> Meeting:
    """Meetings hosted by one of ``hosts`` (codes; invented when omitted) or by nobody known.

    The meeting's ``city`` is free text, the place as the sources name it.
    """
    start, end = _draw_term(draw, _dt.date.min, known_start=False)
    host = None
    if _offers(hosts) and draw(st.booleans()):
        host = draw(_pool(hosts, member_codes()))
    return Meeting(
        id=draw(slugs()),
        ordinal=draw(st.integers(min_value=1)),
        title=draw(texts()),
        host=host,
        city=draw(_optional_texts()),
        format=draw(_optional(MeetingFormat)),
        start=start,
        end=end,
        chaired_by=draw(_optional_texts()),
        **_draw_provenance(draw, sources),
    )


@st.composite
def partners(draw: st.DrawFn, *, sources: Sequence[str] = ()) -> Partner:
    """External partners with a programme, maybe dated ``since`` and ``until``."""
    since, until = _draw_term(draw, _dt.date.min, known_start=False)
    return Partner(
        id=draw(slugs()),
        name=draw(texts()),
        programme=draw(texts()),
        since=since,
        until=until,
        **_draw_provenance(draw, sources),
    )


@st.composite
def milestones(draw: st.DrawFn, *, sources: Sequence[str] = ()) -> Milestone:
    """Milestones: an event, maybe dated."""
    return Milestone(
        id=draw(slugs()),
        event=draw(texts()),
        date=draw(_optional_partials()),
        **_draw_provenance(draw, sources),
    )


@st.composite
def framework_elements(draw: st.DrawFn, *, sources: Sequence[str] = ()) -> FrameworkElement:
    """Focus areas and strategic outcomes of the ASEAN Smart Cities Framework."""
    return FrameworkElement(
        id=draw(slugs()),
        kind=draw(st.sampled_from(FrameworkKind)),
        label=draw(texts()),
        aliases=_draw_aliases(draw, frozenset()),
        **_draw_provenance(draw, sources),
    )


# -- networks ------------------------------------------------------------------------------


def _names_of(record: object, *fields: str) -> set[str]:
    # The normal forms a record answers to in lookups (a name without one is no key).
    found: set[str] = set()
    for field in fields:
        value = getattr(record, field)
        found.update(normalise(name) for name in (value if isinstance(value, tuple) else (value,)))
    return found - {""}


def _check_sizes(**bounds: tuple[int, int]) -> None:
    for name, (low, high) in bounds.items():
        if not 0 <= low <= high:
            raise InvalidArgument(f"{name}: need 0 <= min <= max, got min={low}, max={high}")


def _records(
    draw: st.DrawFn, records: st.SearchStrategy[_T], low: int, high: int
) -> tuple[_T, ...]:
    # Unique ids are drawn first: a list of records unique by id would throw away every
    # record drawn with a taken id, and records cost far more to draw than ids.
    ids = draw(st.lists(slugs(), min_size=low, max_size=high, unique=True))
    return tuple(_renamed(draw(records), new) for new in ids)


def _renamed(record: _T, new: str) -> _T:
    changes: dict[str, object] = {"id": new}
    if isinstance(record, Chairmanship) and record.basis.reference == record.id:
        changes["basis"] = attrs.evolve(record.basis, reference=new)
    return attrs.evolve(record, **changes)  # type: ignore[misc]


@st.composite
def networks(
    draw: st.DrawFn,
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
) -> Network:
    """Networks that satisfy every network rule, with collections of the given sizes.

    Ids and codes are unique; every reference resolves; cities join after ``established``
    and after their member's admission, in one of its zones; terms of single-holder roles
    and chairs of one organisation follow one another (a handover day may be shared);
    chairs are members from their start; no two members (or cities) share a name, code or
    alias after ``ascn.lookup.normalise``. ``min_records`` and ``max_records`` bound each of
    decisions, meetings, partners, milestones and framework elements. Cities, chairs and
    decisions need a member, so asking for any raises the number of members to at least one.
    """
    _check_sizes(
        members=(min_members, max_members),
        cities=(min_cities, max_cities),
        appointments=(min_appointments, max_appointments),
        chairs=(min_chairs, max_chairs),
        records=(min_records, max_records),
        sources=(min_sources, max_sources),
    )
    need_member = bool(min_cities or min_chairs or min_records)
    if need_member and not max_members:
        raise InvalidArgument("cities, chairs and decisions need members: max_members must be >= 1")
    established = draw(days())
    source_list = _records(draw, sources(), min_sources, max_sources)
    cite = [s.id for s in source_list]
    least = max(min_members, int(need_member))
    members = _draw_members(draw, draw(st.integers(least, max_members)), cite)
    codes = [m.code for m in members]
    city_list = _draw_cities(
        draw,
        draw(st.integers(min_cities, max_cities if members else 0)),
        members,
        established,
        cite,
    )
    decision_list = (
        _records(draw, decisions(members=codes, sources=cite), min_records, max_records)
        if codes
        else ()
    )
    appointment_list = _records(
        draw,
        appointments(members=codes, cities={c.id: c.country for c in city_list}, sources=cite),
        min_appointments,
        max_appointments,
    )
    chair_list = (
        _records(
            draw,
            chairmanships(members=codes, decisions=[d.id for d in decision_list], sources=cite),
            min_chairs,
            max_chairs,
        )
        if codes
        else ()
    )
    return Network(
        established=established,
        sources=source_list,
        members=members,
        cities=city_list,
        appointments=_schedule_appointments(draw, appointment_list),
        chairs=_schedule_chairs(draw, chair_list, members),
        decisions=decision_list,
        meetings=_numbered(
            draw, _records(draw, meetings(hosts=codes, sources=cite), min_records, max_records)
        ),
        partners=_records(draw, partners(sources=cite), min_records, max_records),
        milestones=_records(draw, milestones(sources=cite), min_records, max_records),
        framework=_records(draw, framework_elements(sources=cite), min_records, max_records),
    )


def _numbered(draw: st.DrawFn, drawn: Sequence[Meeting]) -> tuple[Meeting, ...]:
    # Meeting ordinals are unique too.
    size = len(drawn)
    ordinals = draw(st.lists(st.integers(min_value=1), min_size=size, max_size=size, unique=True))
    return tuple(attrs.evolve(m, ordinal=n) for m, n in zip(drawn, ordinals, strict=True))


def _draw_members(draw: st.DrawFn, count: int, cite: Sequence[str]) -> tuple[MemberState, ...]:
    taken: set[str] = set()
    members: list[MemberState] = []
    for _ in range(count):
        member = draw(member_states(avoid=taken, sources=cite))
        taken |= _names_of(member, "code", "alpha3", "name", "formal_name", "aliases")
        members.append(member)
    return tuple(members)


def _draw_cities(
    draw: st.DrawFn,
    count: int,
    members: Sequence[MemberState],
    established: pendulum.Date,
    cite: Sequence[str],
) -> tuple[City, ...]:
    taken: set[str] = set()
    found: list[City] = []
    for _ in range(count):
        owner = draw(st.sampled_from(tuple(members)))
        city = draw(
            cities(
                country=owner.code,
                timezones=owner.timezones,
                joined_from=max(established, owner.admitted),
                avoid=taken,
                sources=cite,
            )
        )
        taken |= _names_of(city, "id", "name", "aliases")
        found.append(city)
    return tuple(found)


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
            start, end = _draw_term(draw, start_from, known_start=True)
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
        start = _draw_partial(draw, max(after_others, admitted[chair.member]))
        end = _draw_partial(draw, start.earliest)
        free_from[chair.organisation] = max(after_others, end.earliest)
        scheduled.append(attrs.evolve(chair, start=start, end=end))
    return tuple(scheduled)
