"""Cities of the network, where they are and how they joined."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import attrs
import pendulum

from ascn.dates import PartialDate
from ascn.model.fields import (
    Doc,
    Latitude,
    Longitude,
    MemberCode,
    Name,
    Names,
    Slug,
    Text,
    Zone,
    span,
)
from ascn.model.provenance import Cited, HowSure, Note
from ascn.model.record import Record

__all__ = ["City", "Intake", "Location", "city_keys"]


class Intake(Enum):
    """How a city joined: as one of the 26 pilot cities of 2018, or in a later intake."""

    PILOT = "pilot"
    LATER = "later"


@attrs.frozen(kw_only=True)
class Location(Record):
    """A point on the globe in decimal degrees (WGS 84)."""

    latitude: Annotated[Latitude, Doc("approximate latitude (decimal degrees)")]
    longitude: Annotated[Longitude, Doc("approximate longitude (decimal degrees)")]


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
    name: Annotated[Name, Doc("official ASCN spelling")]
    country: MemberCode
    joined: Annotated[PartialDate, Doc("when it joined")]
    intake: Annotated[Intake, Doc("pilot (the 26 cities of 2018) or later")]
    timezone: Zone
    location: Location
    joined_at: Annotated[Text | None, Doc("the event where it joined")] = None
    aliases: Annotated[Names, Doc("other names")] = ()
    left: Annotated[PartialDate | None, Doc("when it left, if it did")] = None
    sources: Cited = ()
    confidence: HowSure = None
    note: Note = None

    def is_member_on(self, day: pendulum.Date) -> bool:
        """True when the city was certainly in the network on ``day``.

        A partial ``joined`` counts from its *latest* possible day (a city that joined "in
        2024" counts from 31 Dec 2024); a partial ``left`` from its *earliest* (a city is no
        longer counted on the day it left).
        """
        if self.joined.latest > day:
            return False
        return self.left is None or day < self.left.earliest


def city_keys(city: City) -> tuple[str, ...]:
    """Every text a city is looked up by: its id, name and aliases."""
    return (city.id, city.name, *city.aliases)
