"""Roles in and around the network, and appointments of people or agencies to them."""

from __future__ import annotations

from enum import Enum

import attrs
import pendulum

from ascn.dates import PartialDate
from ascn.model._checks import (
    Checks,
    FieldRules,
    is_member_code,
    is_optional_text,
    is_slug,
    is_span,
    is_text,
)
from ascn.model.provenance import Confidence, check_provenance, has_clean_provenance
from ascn.model.terms import certainly_active

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


@attrs.frozen(kw_only=True)
class Appointment:
    """Who holds a role, for which member or city, with what designation, for which term.

    A National Representative names its ``member``; a Chief Smart City Officer its ``city``
    (and may repeat the city's member). Organisation-wide roles may name the member the holder
    comes from. ``start is None`` means the start is not known; ``end is None`` means no end is
    recorded (the term is open). Both bounds are inclusive.
    """

    id: str
    role: Role
    holder: str
    holder_kind: HolderKind
    member: str | None = None
    city: str | None = None
    designation: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    sources: tuple[str, ...] = ()
    confidence: Confidence | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        _APPOINTMENT_RULES.enforce(self)

    def is_active_on(self, day: pendulum.Date) -> bool:
        """True when the term certainly covers ``day`` (see :mod:`ascn.model.terms`)."""
        return certainly_active(self.start, self.end, day)


def _check_appointment(checks: Checks, appointment: Appointment) -> None:
    checks.slug("id", appointment.id)
    role_ok = checks.choice("role", appointment.role, Role)
    checks.text("holder", appointment.holder)
    checks.choice("holder_kind", appointment.holder_kind, HolderKind)
    checks.member_code("member", appointment.member, optional=True)
    if appointment.city is not None:
        checks.slug("city", appointment.city)
    checks.text("designation", appointment.designation, optional=True)
    start_ok = checks.partial("start", appointment.start, optional=True)
    if checks.partial("end", appointment.end, optional=True) and start_ok:
        checks.span("end", appointment.start, appointment.end)
    if role_ok:
        scope = appointment.role.scope
        if scope is Scope.MEMBER and appointment.member is None:
            checks.fail("member", f"a {appointment.role.label} must name its member state")
        if scope is Scope.CITY and appointment.city is None:
            checks.fail("city", f"a {appointment.role.label} must name its city")
        if scope is not Scope.CITY and appointment.city is not None:
            checks.fail("city", f"a {appointment.role.label} does not act for a city")
    check_provenance(checks, appointment)


_APPOINTMENT_RULES = FieldRules(
    Appointment,
    lambda a: (
        is_slug(a.id)
        and type(a.role) is Role
        and is_text(a.holder)
        and type(a.holder_kind) is HolderKind
        and (a.member is None or is_member_code(a.member))
        and (a.city is None or is_slug(a.city))
        and is_optional_text(a.designation)
        and is_span(a.start, a.end, optional=True)
        and _acts_for_its_scope(a)
        and has_clean_provenance(a.sources, a.confidence, a.note)
    ),
    _check_appointment,
)


def _acts_for_its_scope(appointment: Appointment) -> bool:
    scope = appointment.role.scope
    if scope is Scope.CITY:
        return appointment.city is not None
    if appointment.city is not None:
        return False
    return scope is not Scope.MEMBER or appointment.member is not None
