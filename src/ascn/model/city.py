"""Cities of the network, where they are and how they joined."""

from __future__ import annotations

from enum import Enum

import attrs
import pendulum

from ascn.dates import PartialDate
from ascn.model.fields import (
    Latitude,
    Longitude,
    MemberCode,
    Names,
    Slug,
    SourceIds,
    Text,
    Zone,
    span,
)
from ascn.model.provenance import Confidence
from ascn.model.record import Record

__all__ = ["City", "Intake", "Location"]


class Intake(Enum):
    """How a city joined: as one of the 26 pilot cities of 2018, or in a later intake."""

    PILOT = "pilot"
    LATER = "later"


@attrs.frozen(kw_only=True)
class Location(Record):
    """A point on the globe in decimal degrees (WGS 84)."""

    latitude: Latitude
    longitude: Longitude


@attrs.frozen(kw_only=True)
class City(Record):
    """A city of the ASEAN Smart Cities Network.

    ``id`` is a stable slug; ``name`` the official ASCN spelling; ``country`` the code of its
    member state. ``joined`` is as precise as the sources are (a city known to have joined in
    2024 has ``joined == PartialDate(2024)``); ``joined_at`` names the event, when known.
    ``left`` is the date it left the network, if it did.
    """

    __rules__ = (span("joined", "left"),)

    id: Slug
    name: Text
    country: MemberCode
    joined: PartialDate
    intake: Intake
    timezone: Zone
    location: Location
    joined_at: Text | None = None
    aliases: Names = ()
    left: PartialDate | None = None
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None

    def is_member_on(self, day: pendulum.Date) -> bool:
        """True when the city was certainly in the network on ``day``.

        A partial ``joined`` counts from its *latest* possible day (a city that joined "in
        2024" counts from 31 Dec 2024); a partial ``left`` from its *earliest* (a city is no
        longer counted on the day it left).
        """
        if self.joined.latest > day:
            return False
        return self.left is None or day < self.left.earliest
