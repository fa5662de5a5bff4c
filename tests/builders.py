"""Small valid records and networks, built by hand, for example-based tests; and the helpers
tests of every folder share (paths in documents, the record classes, documents that fail).

Each builder takes keyword overrides so a test can change exactly one field.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from typing import Any, cast

import attrs
import pendulum
import pytest

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
from ascn.lookup import normalise
from ascn.model.fields import Nested, fields_of
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


def _record_classes() -> tuple[type, ...]:
    found: list[type] = []
    stack = [cls for _, cls in PARTS]
    while stack:
        cls = stack.pop(0)
        if cls not in found:
            found.append(cls)
            stack.extend(
                inner.cls
                for field in fields_of(cls)
                for inner in (field.rule, getattr(field.rule, "rule", None), field.rule.item)
                if isinstance(inner, Nested)
            )
    return tuple(found)


RECORD_CLASSES: tuple[type, ...] = _record_classes()
"""Every record class of the model: the network's collections and the records they nest,
found from the declarations so that a new one cannot be missed."""

SMALL: dict[str, int] = {
    "max_members": 3,
    "max_cities": 3,
    "max_appointments": 3,
    "max_chairs": 3,
    "max_records": 1,
    "max_sources": 2,
}
"""Sizes for ``ascn.strategies.networks`` that keep the default run fast (the strategy's own
defaults are larger)."""


def at(path: str, field: str) -> bool:
    """Whether the problem path ``path`` is ``field`` or lies within it."""
    return path == field or path.startswith((f"{field}[", f"{field}."))


def same_types(first: object, second: object, path: str = "network") -> None:
    """Assert that two equal structures hold values of identical types, all the way down."""
    assert type(first) is type(second), f"{path}: {type(first)} != {type(second)}"
    if attrs.has(type(first)):
        for field in attrs.fields(cast(Any, type(first))):
            if field.eq:
                same_types(
                    getattr(first, field.name), getattr(second, field.name), f"{path}.{field.name}"
                )
    elif isinstance(first, tuple):
        assert isinstance(second, tuple)
        assert len(first) == len(second), path
        for index, (a, b) in enumerate(zip(first, second, strict=True)):
            same_types(a, b, f"{path}[{index}]")


# -- documents that fail -------------------------------------------------------------------


def refusal(text: str | bytes) -> ascn.ValidationError:
    """The error :func:`ascn.loads` raises for ``text``, which it must refuse."""
    with pytest.raises(ascn.ValidationError) as info:
        ascn.loads(text)
    return info.value


def problems(data: object) -> dict[str, str]:
    """The problems of a document given as data, by path."""
    return {p.path: p.message for p in refusal(json.dumps(data, ensure_ascii=False)).problems}


def with_latitude(text: str) -> str:
    """The document of :func:`network` with Hanoi's latitude written as ``text``."""
    written = json.dumps(document())
    assert written.count("21.03") == 1
    return written.replace("21.03", text)


def with_meeting(ordinal: object) -> dict[str, Any]:
    """The document of :func:`network` with one meeting, whose ordinal is ``ordinal``."""
    meeting = {"id": "first-meeting", "ordinal": ordinal, "title": "First annual meeting"}
    return document(meetings=[meeting])


# -- lookups -------------------------------------------------------------------------------


def accented_and_swapped(key: str) -> str:
    """``key`` with every ASCII letter's case swapped and an acute accent put on it."""
    marked = "".join(
        ch.swapcase() + "\u0301" if ch.isascii() and ch.isalpha() else ch for ch in key
    )
    return unicodedata.normalize("NFC", marked)


def spellings(*names: str) -> list[str]:
    """Each name that works as a key (lookups skip names without letters or digits), and
    its accented, case-swapped spelling, which lookups must not tell apart from it."""
    found = [name for name in names if normalise(name)]
    return found + [accented_and_swapped(name) for name in found]
