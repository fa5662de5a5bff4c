"""Roles in and around the network, and appointments of people or agencies to them."""

from __future__ import annotations

from enum import Enum

import attrs
import pendulum

from ascn.dates import PartialDate
from ascn.model._checks import Checks
from ascn.model.provenance import Confidence, check_provenance
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
        return _SCOPES.get(self, Scope.ORGANISATION)

    @property
    def label(self) -> str:
        """The role's name in prose."""
        return _LABELS[self]


_SCOPES = {
    Role.NATIONAL_REPRESENTATIVE: Scope.MEMBER,
    Role.CHIEF_SMART_CITY_OFFICER: Scope.CITY,
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
        checks = Checks()
        checks.slug("id", self.id)
        role_ok = checks.choice("role", self.role, Role)
        checks.text("holder", self.holder)
        checks.choice("holder_kind", self.holder_kind, HolderKind)
        checks.member_code("member", self.member, optional=True)
        if self.city is not None:
            checks.slug("city", self.city)
        checks.text("designation", self.designation, optional=True)
        start_ok = checks.partial("start", self.start, optional=True)
        if checks.partial("end", self.end, optional=True) and start_ok:
            checks.span("end", self.start, self.end)
        if role_ok:
            scope = self.role.scope
            if scope is Scope.MEMBER and self.member is None:
                checks.fail("member", f"a {self.role.label} must name its member state")
            if scope is Scope.CITY and self.city is None:
                checks.fail("city", f"a {self.role.label} must name its city")
            if scope is not Scope.CITY and self.city is not None:
                checks.fail("city", f"a {self.role.label} does not act for a city")
        check_provenance(checks, self)
        checks.done("Appointment")

    def is_active_on(self, day: pendulum.Date) -> bool:
        """True when the term certainly covers ``day`` (see :mod:`ascn.model.terms`)."""
        return certainly_active(self.start, self.end, day)
