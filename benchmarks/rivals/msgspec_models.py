"""The ascn document as msgspec structs with the same fields and field checks.

Strict types, no unknown fields, frozen structs; patterns, ranges and enums as constraints;
the checks msgspec cannot declare (assigned ISO codes, existing zones, calendar days, term
order, distinct items) in ``__post_init__``. Partial dates stay checked text.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from benchmarks.rivals import common
from benchmarks.rivals.common import (
    BasisKind,
    Confidence,
    DecisionKind,
    FrameworkKind,
    HolderKind,
    Intake,
    MeetingFormat,
    Organisation,
    Role,
    Status,
)

Slug = Annotated[str, Meta(pattern=common.python(common.SLUG))]
Text = Annotated[str, Meta(pattern=common.python(common.TEXT))]
Code = Annotated[str, Meta(pattern=common.python(common.ALPHA2))]
Alpha3 = Annotated[str, Meta(pattern=common.python(common.ALPHA3))]
Url = Annotated[str, Meta(pattern=common.python(common.URL))]
Partial = Annotated[str, Meta(pattern=common.python(common.PARTIAL))]
Positive = Annotated[int, Meta(ge=1)]


class Record(
    msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, omit_defaults=True
):
    """Strict, closed and frozen, as ascn's classes are (subclasses repeat ``frozen=True``
    because type checkers do not inherit it)."""


def _partials(*values: str | None) -> None:
    for value in values:
        if value is not None:
            common.partial(value)


class Source(Record, frozen=True):
    id: Slug
    url: Url
    title: Text
    publisher: Text | None = None
    date: Partial | None = None

    def __post_init__(self) -> None:
        _partials(self.date)


class MemberState(Record, frozen=True):
    code: Code
    alpha3: Alpha3
    name: Text
    formal_name: Text
    admitted: datetime.date
    capital: Text
    timezones: Annotated[tuple[Text, ...], Meta(min_length=1)]
    aliases: tuple[Text, ...] = ()
    sources: tuple[Slug, ...] = ()
    confidence: Confidence | None = None
    note: Text | None = None

    def __post_init__(self) -> None:
        common.assigned_code(self.code)
        for name in self.timezones:
            common.zone(name)
        common.distinct(self.timezones)
        common.distinct_texts(self.aliases)
        common.distinct(self.sources)


class Location(Record, frozen=True):
    latitude: Annotated[float, Meta(ge=-90.0, le=90.0)]
    longitude: Annotated[float, Meta(ge=-180.0, le=180.0)]


class City(Record, frozen=True):
    id: Slug
    name: Text
    country: Code
    joined: Partial
    intake: Intake
    timezone: Text
    location: Location
    joined_at: Text | None = None
    aliases: tuple[Text, ...] = ()
    left: Partial | None = None
    sources: tuple[Slug, ...] = ()
    confidence: Confidence | None = None
    note: Text | None = None

    def __post_init__(self) -> None:
        common.assigned_code(self.country)
        common.zone(self.timezone)
        _partials(self.joined, self.left)
        common.span(self.joined, self.left, "left")
        common.distinct_texts(self.aliases)
        common.distinct(self.sources)


class Appointment(Record, frozen=True):
    id: Slug
    role: Role
    holder: Text
    holder_kind: HolderKind
    member: Code | None = None
    city: Slug | None = None
    designation: Text | None = None
    start: Partial | None = None
    end: Partial | None = None
    sources: tuple[Slug, ...] = ()
    confidence: Confidence | None = None
    note: Text | None = None

    def __post_init__(self) -> None:
        if self.member is not None:
            common.assigned_code(self.member)
        _partials(self.start, self.end)
        common.span(self.start, self.end, "end")
        common.scope_fits(self.role, self.member, self.city)
        common.distinct(self.sources)


class Basis(Record, frozen=True):
    kind: BasisKind
    reference: Slug | None = None
    detail: Text | None = None

    def __post_init__(self) -> None:
        if self.kind is BasisKind.DECISION and self.reference is None:
            raise ValueError("a decision basis must name the decision")


class Chairmanship(Record, frozen=True):
    id: Slug
    organisation: Organisation
    member: Code
    start: Partial
    end: Partial
    status: Status
    basis: Basis
    office: Text | None = None
    sources: tuple[Slug, ...] = ()
    confidence: Confidence | None = None
    note: Text | None = None

    def __post_init__(self) -> None:
        common.assigned_code(self.member)
        _partials(self.start, self.end)
        common.span(self.start, self.end, "end")
        common.distinct(self.sources)


class Decision(Record, frozen=True):
    id: Slug
    organisation: Organisation
    kind: DecisionKind
    members: Annotated[tuple[Code, ...], Meta(min_length=1)]
    terms: tuple[Positive, ...]
    summary: Text
    decided: Partial | None = None
    venue: Text | None = None
    sources: tuple[Slug, ...] = ()
    confidence: Confidence | None = None
    note: Text | None = None

    def __post_init__(self) -> None:
        for code in self.members:
            common.assigned_code(code)
        common.distinct(self.members)
        _partials(self.decided)
        common.distinct(self.sources)


class Meeting(Record, frozen=True):
    id: Slug
    ordinal: Positive
    title: Text
    host: Code | None = None
    city: Text | None = None
    format: MeetingFormat | None = None
    start: Partial | None = None
    end: Partial | None = None
    chaired_by: Text | None = None
    sources: tuple[Slug, ...] = ()
    confidence: Confidence | None = None
    note: Text | None = None

    def __post_init__(self) -> None:
        if self.host is not None:
            common.assigned_code(self.host)
        _partials(self.start, self.end)
        common.span(self.start, self.end, "end")
        common.distinct(self.sources)


class Partner(Record, frozen=True):
    id: Slug
    name: Text
    programme: Text
    since: Partial | None = None
    until: Partial | None = None
    sources: tuple[Slug, ...] = ()
    confidence: Confidence | None = None
    note: Text | None = None

    def __post_init__(self) -> None:
        _partials(self.since, self.until)
        common.span(self.since, self.until, "until")
        common.distinct(self.sources)


class Milestone(Record, frozen=True):
    id: Slug
    event: Text
    date: Partial | None = None
    sources: tuple[Slug, ...] = ()
    confidence: Confidence | None = None
    note: Text | None = None

    def __post_init__(self) -> None:
        _partials(self.date)
        common.distinct(self.sources)


class FrameworkElement(Record, frozen=True):
    id: Slug
    kind: FrameworkKind
    label: Text
    aliases: tuple[Text, ...] = ()
    sources: tuple[Slug, ...] = ()
    confidence: Confidence | None = None
    note: Text | None = None

    def __post_init__(self) -> None:
        common.distinct_texts(self.aliases)
        common.distinct(self.sources)


class Document(Record, frozen=True):
    """A whole document: format, version, founding day and every collection."""

    format: Literal["ascn.network"]
    version: Literal[1]
    established: datetime.date
    sources: tuple[Source, ...] = ()
    members: tuple[MemberState, ...] = ()
    cities: tuple[City, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    chairs: tuple[Chairmanship, ...] = ()
    decisions: tuple[Decision, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    partners: tuple[Partner, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    framework: tuple[FrameworkElement, ...] = ()


_DECODER = msgspec.json.Decoder(Document)
_ENCODER = msgspec.json.Encoder()


def loads(text: str) -> Document:
    """The validated document in ``text``; raises ``msgspec.ValidationError``."""
    return _DECODER.decode(text)


def dumps(document: Document, *, indent: int | None = 2) -> bytes:
    """The document as JSON, defaults left out as ascn leaves them out."""
    encoded = _ENCODER.encode(document)
    return encoded if indent is None else msgspec.json.format(encoded, indent=indent)
