"""Cities of the network, where they are and how they joined."""

from __future__ import annotations

from enum import Enum

import attrs
import pendulum

from ascn.dates import PartialDate
from ascn.model._checks import (
    Checks,
    FieldRules,
    is_distinct_texts,
    is_member_code,
    is_optional_text,
    is_slug,
    is_span,
    is_text,
    is_time_zone,
)
from ascn.model.provenance import Confidence, check_provenance, has_clean_provenance

__all__ = ["City", "Intake", "Location"]


class Intake(Enum):
    """How a city joined: as one of the 26 pilot cities of 2018, or in a later intake."""

    PILOT = "pilot"
    LATER = "later"


@attrs.frozen(kw_only=True)
class Location:
    """A point on the globe in decimal degrees (WGS 84)."""

    latitude: float
    longitude: float

    def __attrs_post_init__(self) -> None:
        _LOCATION_RULES.enforce(self)


@attrs.frozen(kw_only=True)
class City:
    """A city of the ASEAN Smart Cities Network.

    ``id`` is a stable slug; ``name`` the official ASCN spelling; ``country`` the code of its
    member state. ``joined`` is as precise as the sources are (a city known to have joined in
    2024 has ``joined == PartialDate(2024)``); ``joined_at`` names the event, when known.
    ``left`` is the date it left the network, if it did.
    """

    id: str
    name: str
    country: str
    joined: PartialDate
    intake: Intake
    timezone: str
    location: Location
    joined_at: str | None = None
    aliases: tuple[str, ...] = ()
    left: PartialDate | None = None
    sources: tuple[str, ...] = ()
    confidence: Confidence | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        _CITY_RULES.enforce(self)

    def is_member_on(self, day: pendulum.Date) -> bool:
        """True when the city was certainly in the network on ``day``.

        A partial ``joined`` counts from its *latest* possible day (a city that joined "in
        2024" counts from 31 Dec 2024); a partial ``left`` from its *earliest* (a city is no
        longer counted on the day it left).
        """
        if self.joined.latest > day:
            return False
        return self.left is None or day < self.left.earliest


def _check_location(checks: Checks, location: Location) -> None:
    checks.number("latitude", location.latitude, -90.0, 90.0)
    checks.number("longitude", location.longitude, -180.0, 180.0)


_LOCATION_RULES = FieldRules(
    Location,
    lambda p: (
        type(p.latitude) is float
        and -90.0 <= p.latitude <= 90.0
        and type(p.longitude) is float
        and -180.0 <= p.longitude <= 180.0
    ),
    _check_location,
)


def _check_city(checks: Checks, city: City) -> None:
    checks.slug("id", city.id)
    checks.text("name", city.name)
    checks.member_code("country", city.country)
    checks.partial("joined", city.joined)
    checks.choice("intake", city.intake, Intake)
    checks.zone("timezone", city.timezone)
    checks.instance("location", city.location, Location)
    checks.text("joined_at", city.joined_at, optional=True)
    checks.texts("aliases", city.aliases)
    if checks.partial("left", city.left, optional=True):
        checks.span("left", city.joined, city.left)
    check_provenance(checks, city)


_CITY_RULES = FieldRules(
    City,
    lambda c: (
        is_slug(c.id)
        and is_text(c.name)
        and is_member_code(c.country)
        and type(c.joined) is PartialDate
        and type(c.intake) is Intake
        and is_text(c.timezone)
        and is_time_zone(c.timezone)
        and type(c.location) is Location
        and is_optional_text(c.joined_at)
        and is_distinct_texts(c.aliases)
        and (c.left is None or is_span(c.joined, c.left, optional=False))
        and has_clean_provenance(c.sources, c.confidence, c.note)
    ),
    _check_city,
)
