"""Small valid records and networks, built by hand, for example-based tests.

Each builder takes keyword overrides so a test can change exactly one field.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pendulum

import ascn
from ascn import (
    Appointment,
    Basis,
    BasisKind,
    Chairmanship,
    City,
    HolderKind,
    Intake,
    Location,
    MemberState,
    Network,
    Organisation,
    PartialDate,
    Role,
    Source,
    Status,
)
from ascn.model.network import PARTS

ESTABLISHED = pendulum.Date(2018, 4, 28)


def source(**changes: Any) -> Source:
    fields: dict[str, Any] = {
        "id": "concept-note",
        "url": "https://example.org/concept-note",
        "title": "Concept note",
        "date": PartialDate(2018, 4, 27),
    }
    return Source(**(fields | changes))


def singapore(**changes: Any) -> MemberState:
    fields: dict[str, Any] = {
        "code": "SG",
        "alpha3": "SGP",
        "name": "Singapore",
        "formal_name": "Republic of Singapore",
        "admitted": pendulum.Date(1967, 8, 8),
        "capital": "Singapore",
        "timezones": ("Asia/Singapore",),
        "sources": ("concept-note",),
    }
    return MemberState(**(fields | changes))


def viet_nam(**changes: Any) -> MemberState:
    fields: dict[str, Any] = {
        "code": "VN",
        "alpha3": "VNM",
        "name": "Viet Nam",
        "formal_name": "Socialist Republic of Viet Nam",
        "admitted": pendulum.Date(1995, 7, 28),
        "capital": "Hanoi",
        "timezones": ("Asia/Ho_Chi_Minh",),
        "aliases": ("Vietnam",),
    }
    return MemberState(**(fields | changes))


def hanoi(**changes: Any) -> City:
    fields: dict[str, Any] = {
        "id": "hanoi",
        "name": "Hanoi",
        "country": "VN",
        "joined": PartialDate(2018, 4, 28),
        "intake": Intake.PILOT,
        "timezone": "Asia/Ho_Chi_Minh",
        "location": Location(latitude=21.03, longitude=105.85),
        "aliases": ("Ha Noi", "Hà Nội"),
        "sources": ("concept-note",),
    }
    return City(**(fields | changes))


def da_nang(**changes: Any) -> City:
    fields: dict[str, Any] = {
        "id": "da-nang",
        "name": "Da Nang",
        "country": "VN",
        "joined": PartialDate(2024),
        "intake": Intake.LATER,
        "timezone": "Asia/Ho_Chi_Minh",
        "location": Location(latitude=16.05, longitude=108.2),
        "aliases": ("Đà Nẵng",),
    }
    return City(**(fields | changes))


def representative(**changes: Any) -> Appointment:
    fields: dict[str, Any] = {
        "id": "nr-vn-moc",
        "role": Role.NATIONAL_REPRESENTATIVE,
        "holder": "Ministry of Construction",
        "holder_kind": HolderKind.AGENCY,
        "member": "VN",
        "start": PartialDate(2018, 7, 8),
        "end": PartialDate(2020, 12, 31),
    }
    return Appointment(**(fields | changes))


def chair(**changes: Any) -> Chairmanship:
    fields: dict[str, Any] = {
        "id": "asean-2020",
        "organisation": Organisation.ASEAN,
        "member": "VN",
        "start": PartialDate(2020, 1, 1),
        "end": PartialDate(2020, 12, 31),
        "status": Status.RECORDED,
        "basis": Basis(kind=BasisKind.RECORD),
    }
    return Chairmanship(**(fields | changes))


def network(**changes: Any) -> Network:
    fields: dict[str, Any] = {
        "established": ESTABLISHED,
        "sources": (source(),),
        "members": (singapore(), viet_nam()),
        "cities": (hanoi(), da_nang()),
        "appointments": (representative(),),
        "chairs": (chair(),),
    }
    return Network(**(fields | changes))


def document(**changes: Any) -> dict[str, Any]:
    """The plain-data document of :func:`network`, with top-level keys replaced."""
    return ascn.to_data(network()) | changes


Path = tuple[str | int, ...]
"""A place in a document: the keys and indexes that lead to it."""


def nodes(data: object, path: Path = ()) -> Iterator[Path]:
    """The path of every value in ``data``, the whole document included."""
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from nodes(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from nodes(value, (*path, index))


COLLECTIONS: tuple[str, ...] = tuple(name for name, _ in PARTS)
"""The network's collections, by their document names, in document order."""
