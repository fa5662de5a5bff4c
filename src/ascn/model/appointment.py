"""Roles in and around the network, and appointments of people or agencies to them."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import attrs
import pendulum

from ascn.dates import PartialDate, certainly_active
from ascn.model.checks import Checks
from ascn.model.fields import Across, Doc, MemberCode, Slug, Text, span
from ascn.model.provenance import Cited, HowSure, Note
from ascn.model.record import Record

__all__ = ["Appointment", "HolderKind", "Role", "Scope"]


class Scope(Enum):
    """What one holder of a role stands for: a member state, a city, or the organisation."""

    MEMBER = "member"
    CITY = "city"
    ORGANISATION = "organisation"


class Role(Enum):
    """A role in the ASCN or ASEAN that somebody holds for a term."""

    NATIONAL_REPRESENTATIVE = "national-representative"
    CHIEF_SMART_CITY_OFFICER = "chief-smart-city-officer"
    ASCN_CHAIR = "ascn-chair"
    ASCN_SHEPHERD = "ascn-shepherd"
    ASEAN_CHAIR = "asean-chair"
    ASEAN_SECRETARY_GENERAL = "asean-secretary-general"

    @property
    def scope(self) -> Scope:
        """Whom a holder of this role acts for; each scope has one holder at a time."""
        # Keyed by value: an enum member's own hash is a Python call, a string's is cached.
        return _SCOPES.get(self._value_, Scope.ORGANISATION)

    @property
    def label(self) -> str:
        """The role's name in prose."""
        return _LABELS[self]


_SCOPES = {
    Role.NATIONAL_REPRESENTATIVE.value: Scope.MEMBER,
    Role.CHIEF_SMART_CITY_OFFICER.value: Scope.CITY,
}

_LABELS = {
    Role.NATIONAL_REPRESENTATIVE: "National Representative",
    Role.CHIEF_SMART_CITY_OFFICER: "Chief Smart City Officer",
    Role.ASCN_CHAIR: "ASCN Chair",
    Role.ASCN_SHEPHERD: "ASCN Shepherd",
    Role.ASEAN_CHAIR: "ASEAN Chair",
    Role.ASEAN_SECRETARY_GENERAL: "ASEAN Secretary-General",
}


class HolderKind(Enum):
    """Who holds a role: a named person, an agency such as a ministry, or a member state
    itself (the ASCN Shepherd is a country)."""

    PERSON = "person"
    AGENCY = "agency"
    MEMBER_STATE = "member-state"


def _acts_for_its_scope(role: Role, member: str | None, city: str | None) -> bool:
    scope = role.scope
    if scope is Scope.CITY:
        return city is not None
    if city is not None:
        return False
    return scope is not Scope.MEMBER or member is not None


def _check_scope(checks: Checks, appointment: Appointment) -> None:
    scope, label = appointment.role.scope, appointment.role.label
    if scope is Scope.MEMBER and appointment.member is None:
        checks.fail("member", f"a {label} must name its member state")
    if scope is Scope.CITY and appointment.city is None:
        checks.fail("city", f"a {label} must name its city")
    if scope is not Scope.CITY and appointment.city is not None:
        checks.fail("city", f"a {label} does not act for a city")


acts_for_its_scope = Across(
    "acts_for_its_scope", ("role", "member", "city"), _acts_for_its_scope, _check_scope
)
"""A National Representative names its member, a Chief Smart City Officer its city, and no
other role names a city."""


@attrs.frozen(kw_only=True)
class Appointment(Record):
    """Who holds a role, for which member or city, with what designation, for which term.

    A National Representative names its ``member``; a Chief Smart City Officer its ``city``
    (and may repeat the city's member). Organisation-wide roles may name the member the holder
    comes from. ``start is None`` means the start is not known; ``end is None`` means no end is
    recorded (the term is open). Both bounds are inclusive.
    """

    __rules__ = (span("start", "end"), acts_for_its_scope)

    id: Slug
    role: Role
    holder: Annotated[Text, Doc("person or agency holding the role")]
    holder_kind: HolderKind
    member: Annotated[
        MemberCode | None, Doc("member state code the holder acts for or comes from")
    ] = None
    city: Annotated[Slug | None, Doc("city id, for a Chief Smart City Officer")] = None
    designation: Annotated[Text | None, Doc("the holder's title")] = None
    start: Annotated[PartialDate | None, Doc("when the term started (empty if unknown)")] = None
    end: Annotated[PartialDate | None, Doc("when the term ended (empty if open)")] = None
    sources: Cited = ()
    confidence: HowSure = None
    note: Note = None

    def is_active_on(self, day: pendulum.Date) -> bool:
        """True when the term certainly covers ``day`` (see :func:`ascn.dates.certainly_active`)."""
        return certainly_active(self.start, self.end, day)
