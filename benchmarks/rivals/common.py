"""The field rules of ascn's classes as plain functions, shared by the rival models.

They mirror ``ascn.model.fields`` rule for rule (same patterns, same ranges, same calendar,
same ISO and IANA tables) but are written independently, so the rivals do the same work
without calling into ascn.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import zoneinfo
from collections.abc import Sequence
from enum import Enum
from importlib import resources
from typing import Final

# Two spellings of each pattern: pydantic's Rust engine ends text at ``$``; Python's ``re``
# also lets ``$`` match before a final newline, so the msgspec rival anchors with ``\Z``.
SLUG: Final = r"[a-z0-9]+(?:-[a-z0-9]+)*"
ALPHA2: Final = r"[A-Z]{2}"
ALPHA3: Final = r"[A-Z]{3}"
URL: Final = r"https?://[^\s]+"
TEXT: Final = r"(?s)\S(?:.*\S)?"
PARTIAL: Final = r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?"


def rust(pattern: str) -> str:
    """``pattern`` anchored for pydantic's Rust regex engine."""
    flags, body = ("(?s)", pattern[4:]) if pattern.startswith("(?s)") else ("", pattern)
    return f"{flags}^(?:{body})$"


def python(pattern: str) -> str:
    """``pattern`` anchored for Python's ``re`` (as msgspec uses it)."""
    flags, body = ("(?s)", pattern[4:]) if pattern.startswith("(?s)") else ("", pattern)
    return f"{flags}^(?:{body})\\Z"


class Confidence(Enum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Intake(Enum):
    PILOT = "pilot"
    LATER = "later"


class Role(Enum):
    NATIONAL_REPRESENTATIVE = "national-representative"
    CHIEF_SMART_CITY_OFFICER = "chief-smart-city-officer"
    ASCN_CHAIR = "ascn-chair"
    ASCN_SHEPHERD = "ascn-shepherd"
    ASEAN_CHAIR = "asean-chair"
    ASEAN_SECRETARY_GENERAL = "asean-secretary-general"


class HolderKind(Enum):
    PERSON = "person"
    AGENCY = "agency"
    MEMBER_STATE = "member-state"


class Organisation(Enum):
    ASEAN = "ASEAN"
    ASCN = "ASCN"


class Status(Enum):
    RECORDED = "recorded"
    AGREED = "agreed"
    PROJECTED = "projected"


class BasisKind(Enum):
    RECORD = "record"
    DECISION = "decision"
    RULE = "rule"


class DecisionKind(Enum):
    RELINQUISH = "relinquish"
    SWAP = "swap"
    SKIP = "skip"
    PLACEMENT = "placement"
    EXCLUSION = "exclusion"
    TERM_CHANGE = "term-change"


class MeetingFormat(Enum):
    IN_PERSON = "in-person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class FrameworkKind(Enum):
    FOCUS_AREA = "focus-area"
    STRATEGIC_OUTCOME = "strategic-outcome"


@functools.cache
def _country_codes() -> frozenset[str]:
    table = resources.files("tzdata").joinpath("zoneinfo", "iso3166.tab").read_text("utf-8")
    return frozenset(
        line.split("\t", 1)[0] for line in table.splitlines() if line and not line.startswith("#")
    )


def assigned_code(code: str) -> str:
    """``code`` if ISO 3166-1 assigns it (per tzdata's ``iso3166.tab``)."""
    if code not in _country_codes():
        raise ValueError(f"{code!r} is not an assigned ISO 3166-1 alpha-2 code")
    return code


@functools.cache
def _is_zone(name: str) -> bool:
    if name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def zone(name: str) -> str:
    """``name`` if the IANA database has such a zone."""
    if not _is_zone(name):
        raise ValueError(f"{name!r} is not an IANA time zone name")
    return name


def bounds(text: str) -> tuple[datetime.date, datetime.date]:
    """The first and last day a ``YYYY[-MM[-DD]]`` text may stand for; ValueError if none."""
    year = int(text[:4])
    if not 1 <= year <= 9999:
        raise ValueError(f"{text!r} is not a date of the calendar")
    if len(text) == 4:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    month = int(text[5:7])
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r} is not a date of the calendar")
    if len(text) == 7:
        last = calendar.monthrange(year, month)[1]
        return datetime.date(year, month, 1), datetime.date(year, month, last)
    day = datetime.date(year, month, int(text[8:10]))  # ValueError for a day not in the month
    return day, day


def partial(text: str) -> str:
    """``text`` if it is a day, month or year of the calendar."""
    bounds(text)
    return text


def span(start: str | None, end: str | None, what: str) -> None:
    """Refuse a term that certainly ends before it starts."""
    if start is not None and end is not None and bounds(start)[0] > bounds(end)[1]:
        raise ValueError(f"{what} ({end}) is before the start ({start})")


def distinct_texts(values: Sequence[str]) -> Sequence[str]:
    """``values`` if no two are equal ignoring case."""
    if len({v.casefold() for v in values}) != len(values):
        raise ValueError("a text is repeated (ignoring case)")
    return values


def distinct(values: Sequence[str]) -> Sequence[str]:
    """``values`` if none is repeated."""
    if len(set(values)) != len(values):
        raise ValueError("an item is repeated")
    return values


def scope_fits(role: Role, member: str | None, city: str | None) -> None:
    """A National Representative names a member; a CSCO, and only a CSCO, names a city."""
    if role is Role.NATIONAL_REPRESENTATIVE and member is None:
        raise ValueError("a National Representative must name its member state")
    if role is Role.CHIEF_SMART_CITY_OFFICER and city is None:
        raise ValueError("a Chief Smart City Officer must name its city")
    if role is not Role.CHIEF_SMART_CITY_OFFICER and city is not None:
        raise ValueError("only a Chief Smart City Officer acts for a city")
