"""Cities of the network, where they are and how they joined."""

from __future__ import annotations

from enum import Enum

import attrs
import pendulum

from ascn.dates import PartialDate
from ascn.model._checks import Checks
from ascn.model.provenance import Confidence, check_provenance

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
        checks = Checks()
        checks.number("latitude", self.latitude, -90.0, 90.0)
        checks.number("longitude", self.longitude, -180.0, 180.0)
        checks.done("Location")


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
        checks = Checks()
        checks.slug("id", self.id)
        checks.text("name", self.name)
        checks.member_code("country", self.country)
        checks.partial("joined", self.joined)
        checks.choice("intake", self.intake, Intake)
        checks.zone("timezone", self.timezone)
        checks.instance("location", self.location, Location)
        checks.text("joined_at", self.joined_at, optional=True)
        checks.texts("aliases", self.aliases)
        if checks.partial("left", self.left, optional=True):
            checks.span("left", self.joined, self.left)
        check_provenance(checks, self)
        checks.done("City")

    def is_member_on(self, day: pendulum.Date) -> bool:
        """True when the city was certainly in the network on ``day``.

        A partial ``joined`` counts from its *latest* possible day (a city that joined "in
        2024" counts from 31 Dec 2024); a partial ``left`` from its *earliest* (a city is no
        longer counted on the day it left).
        """
        if self.joined.latest > day:
            return False
        return self.left is None or day < self.left.earliest
