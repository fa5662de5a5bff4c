"""The network as one immutable, always-valid aggregate, with lookups and as-of queries."""

from __future__ import annotations

import operator
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

import attrs
import pendulum

from ascn.dates import to_date
from ascn.errors import NotFoundError, ValidationError, shown
from ascn.lookup import Index, Match
from ascn.model.appointment import Appointment, Role
from ascn.model.chair import Chairmanship, Organisation
from ascn.model.checks import Checks, describe
from ascn.model.city import City, city_keys
from ascn.model.decision import Decision
from ascn.model.events import Meeting, Milestone
from ascn.model.fields import Nested, fields_of
from ascn.model.member import MemberState, member_keys
from ascn.model.partner import FrameworkElement, Partner
from ascn.model.provenance import Source
from ascn.model.rules import network_problems

if TYPE_CHECKING:
    from ascn.history import HistoryEvent
    from ascn.rotation import Rotation

__all__ = ["Network"]

E = TypeVar("E", bound=Enum)


def _choice(value: object, enum: type[E], path: str) -> E:
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        for member in enum:
            if value.casefold() in (str(member.value).casefold(), member.name.casefold()):
                return member
    allowed = ", ".join(repr(m.value) for m in enum)
    raise ValidationError.single(path, f"expected one of {allowed}, got {value!r}")


# Named functions, not lambdas: a network whose indexes are built can still be pickled.
_code = operator.attrgetter("code")
_id = operator.attrgetter("id")
_name = operator.attrgetter("name")


@attrs.frozen
class _Indexes:
    members: Index[MemberState]
    cities: Index[City]
    sources: dict[str, Source]


@attrs.frozen(kw_only=True)
class Network:
    """Everything ascn knows about a network: states, cities, roles, chairs, meetings, sources.

    Build one with keyword arguments named like the document's keys
    (``Network(established=..., members=[...], cities=[...])``); read the collections back
    through the query methods of the same names (``network.cities()``). Construction checks
    every network rule (:mod:`ascn.model.rules`) and raises one :class:`ascn.ValidationError`
    listing every problem, so an instance is always valid. ``established`` is the day the
    network was founded: no city joins before it.

    Queries that take ``on`` accept anything :func:`ascn.dates.to_date` does and answer what
    the sources make certain: a date known only to the month or year counts from its latest
    possible day when it starts something and up to its earliest when it ends something (a
    city that joined "in 2024" counts from 31 Dec 2024). Without ``on`` they return every
    record, in document order.
    """

    established: pendulum.Date
    _sources: tuple[Source, ...] = ()
    _members: tuple[MemberState, ...] = ()
    _cities: tuple[City, ...] = ()
    _appointments: tuple[Appointment, ...] = ()
    _chairs: tuple[Chairmanship, ...] = ()
    _decisions: tuple[Decision, ...] = ()
    _meetings: tuple[Meeting, ...] = ()
    _partners: tuple[Partner, ...] = ()
    _milestones: tuple[Milestone, ...] = ()
    _framework: tuple[FrameworkElement, ...] = ()
    _indexes: _Indexes | None = attrs.field(init=False, default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if type(self.established) is not pendulum.Date or not all(
            type(records) is tuple and all(type(record) is cls for record in records)
            for records, cls in ((getattr(self, "_" + field), cls) for field, cls in PARTS)
        ):
            self._check_fields()
        problems = network_problems(self)
        if problems:
            raise ValidationError(problems, subject="Network")

    def _check_fields(self) -> None:
        """Raise every problem with the fields themselves (the fast verdict above found one)."""
        checks = Checks()
        checks.day("established", self.established)
        for field, cls in PARTS:
            for path, record in checks.each(field, getattr(self, "_" + field), f"{cls.__name__}s"):
                if not isinstance(record, cls):
                    checks.fail(path, f"expected a {cls.__name__}, got {type(record).__name__}")
        checks.done("Network")

    @property
    def _index(self) -> _Indexes:
        if self._indexes is not None:
            return self._indexes
        indexes = _Indexes(
            members=Index("member state", self._members, member_keys, _code, _name),
            cities=Index("city", self._cities, city_keys, _id, _name),
            sources={s.id: s for s in self._sources},
        )
        # A cache derived from frozen data, so setting it does not break immutability.
        object.__setattr__(self, "_indexes", indexes)
        return indexes

    # -- lookups ---------------------------------------------------------------------------

    def member(self, key: str) -> MemberState:
        """The member state with this code (alpha-2 or alpha-3), name or alias.

        Case, accents, spaces and punctuation are ignored ("viet nam" and "Vietnam" find VN).
        Raises :class:`ascn.NotFoundError` naming the closest names when nothing matches, and
        :class:`ascn.AmbiguousKeyError` when a key names two members (both are ``LookupError``).
        """
        return self._index.members.get(key)

    def city(self, key: str) -> City:
        """The city with this id, name or alias, compared as :meth:`member` compares keys."""
        return self._index.cities.get(key)

    def source(self, key: str) -> Source:
        """The source with this id; raises :class:`ascn.NotFoundError` otherwise."""
        found = self._index.sources.get(key) if isinstance(key, str) else None
        if found is None:
            raise NotFoundError("source", key)
        return found

    def sources_of(self, record: object) -> tuple[Source, ...]:
        """The :class:`Source` records that ``record`` cites, in its order."""
        if not attrs.has(type(record)) or isinstance(record, Network):
            raise ValidationError.single("record", f"expected a record, got {describe(record)}")
        return tuple(self.source(s) for s in getattr(record, "sources", ()))

    def search(self, text: str, *, limit: int = 10) -> list[Match]:
        """Members and cities whose names resemble ``text``, best first (scores from 0 to 1).

        ``limit`` is the most matches returned (a whole number, 0 or more).
        """
        if not isinstance(text, str):
            raise ValidationError.single("text", f"expected text to search for, got {shown(text)}")
        if type(limit) is not int or limit < 0:
            raise ValidationError.single(
                "limit", f"expected a whole number, 0 or more, got {shown(limit)}"
            )
        found = self._index.members.search(text) + self._index.cities.search(text)
        found.sort(key=lambda m: (-m.score, m.kind, m.name))
        return found[:limit]

    def rotation(self, organisation: Organisation | str = Organisation.ASEAN) -> Rotation:
        """The chair rotation of ``organisation`` ("ASEAN" or "ASCN") built from this network."""
        from ascn.rotation import rotation_of

        return rotation_of(self, _choice(organisation, Organisation, "organisation"))

    def history(self, key: str) -> tuple[HistoryEvent, ...]:
        """Everything that happened to one member state or city, in date order.

        ``key`` is looked up as :meth:`member` and :meth:`city` do (a key that names both a
        member and a city, such as "Singapore", gives the member's history, which includes its
        cities').
        """
        from ascn.history import history_of

        return history_of(self, key)

    # -- collections and as-of queries ---------------------------------------------------

    def sources(self) -> tuple[Source, ...]:
        """Every source the records cite, in document order."""
        return self._sources

    def members(self, *, on: object = None) -> tuple[MemberState, ...]:
        """Member states: all of them, or those that were members ``on`` a day."""
        if on is None:
            return self._members
        day = to_date(on, path="on")
        return tuple(m for m in self._members if m.is_member_on(day))

    def cities(self, *, on: object = None, country: str | None = None) -> tuple[City, ...]:
        """Cities, optionally those in the network ``on`` a day and of one ``country``.

        ``country`` is looked up like :meth:`member` (code, name or alias).
        """
        found = self._cities
        if country is not None:
            code = self.member(country).code
            found = tuple(c for c in found if c.country == code)
        if on is not None:
            day = to_date(on, path="on")
            found = tuple(c for c in found if c.is_member_on(day))
        return found

    def appointments(
        self,
        *,
        role: Role | str | None = None,
        on: object = None,
        member: str | None = None,
        city: str | None = None,
    ) -> tuple[Appointment, ...]:
        """Appointments, filtered by role, by the member or city they act for, and by date.

        ``role`` is a :class:`Role` or its value (``"national-representative"``). With ``on``,
        only appointments whose term certainly covers the day are returned; an appointment with
        an unknown start covers no day.
        """
        found = self._appointments
        if role is not None:
            wanted = _choice(role, Role, "role")
            found = tuple(a for a in found if a.role is wanted)
        if member is not None:
            code = self.member(member).code
            found = tuple(a for a in found if a.member == code)
        if city is not None:
            city_id = self.city(city).id
            found = tuple(a for a in found if a.city == city_id)
        if on is not None:
            day = to_date(on, path="on")
            found = tuple(a for a in found if a.is_active_on(day))
        return found

    def chairs(
        self, *, organisation: Organisation | str | None = None, on: object = None
    ) -> tuple[Chairmanship, ...]:
        """Recorded and agreed chairmanships, optionally of one organisation and on one day."""
        found = self._chairs
        if organisation is not None:
            wanted = _choice(organisation, Organisation, "organisation")
            found = tuple(c for c in found if c.organisation is wanted)
        if on is not None:
            day = to_date(on, path="on")
            found = tuple(c for c in found if c.is_active_on(day))
        return found

    def decisions(self) -> tuple[Decision, ...]:
        """Recorded decisions that bend a rotation, in document order."""
        return self._decisions

    def meetings(self) -> tuple[Meeting, ...]:
        """Meetings of the network, in document order."""
        return self._meetings

    def partners(self) -> tuple[Partner, ...]:
        """External partners and their programmes."""
        return self._partners

    def milestones(self) -> tuple[Milestone, ...]:
        """Dated events in the network's history."""
        return self._milestones

    def framework(self) -> tuple[FrameworkElement, ...]:
        """Focus areas and strategic outcomes of the ASEAN Smart Cities Framework."""
        return self._framework


def _collections() -> tuple[tuple[str, type], ...]:
    found = []
    for field in fields_of(Network):
        item = field.rule.item
        if isinstance(item, Nested):
            found.append((field.key, item.cls))
    return tuple(found)


PARTS: tuple[tuple[str, type], ...] = _collections()
"""The collections of a network: their document keys and record classes, in document order.

They are read from :class:`Network`'s own fields (``_cities: tuple[City, ...]``), the one
place they are declared.
"""
