"""The ascn document as pydantic v2 models with the same fields and field checks.

Strict types, no extra keys, frozen instances; patterns, ranges and enums as field
constraints; the checks pydantic cannot declare (assigned ISO codes, existing zones, calendar
days, term order, distinct items) as validators. Partial dates stay checked text.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

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

Slug = Annotated[str, Field(pattern=common.rust(common.SLUG))]
Text = Annotated[str, Field(pattern=common.rust(common.TEXT))]
Code = Annotated[
    str, Field(pattern=common.rust(common.ALPHA2)), AfterValidator(common.assigned_code)
]
Alpha3 = Annotated[str, Field(pattern=common.rust(common.ALPHA3))]
Url = Annotated[str, Field(pattern=common.rust(common.URL))]
Zone = Annotated[str, Field(pattern=common.rust(common.TEXT)), AfterValidator(common.zone)]
Partial = Annotated[str, Field(pattern=common.rust(common.PARTIAL)), AfterValidator(common.partial)]
Texts = Annotated[tuple[Text, ...], AfterValidator(common.distinct_texts)]
SourceIds = Annotated[tuple[Slug, ...], AfterValidator(common.distinct)]
Positive = Annotated[int, Field(ge=1)]


class Record(BaseModel):
    """Strict, closed and frozen, as ascn's classes are."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Source(Record):
    id: Slug
    url: Url
    title: Text
    publisher: Text | None = None
    date: Partial | None = None


class MemberState(Record):
    code: Code
    alpha3: Alpha3
    name: Text
    formal_name: Text
    admitted: datetime.date
    capital: Text
    timezones: Annotated[tuple[Zone, ...], Field(min_length=1), AfterValidator(common.distinct)]
    aliases: Texts = ()
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None


class Location(Record):
    latitude: Annotated[float, Field(ge=-90.0, le=90.0)]
    longitude: Annotated[float, Field(ge=-180.0, le=180.0)]


class City(Record):
    id: Slug
    name: Text
    country: Code
    joined: Partial
    intake: Intake
    timezone: Zone
    location: Location
    joined_at: Text | None = None
    aliases: Texts = ()
    left: Partial | None = None
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _left_after_joining(self) -> Self:
        common.span(self.joined, self.left, "left")
        return self


class Appointment(Record):
    id: Slug
    role: Role
    holder: Text
    holder_kind: HolderKind
    member: Code | None = None
    city: Slug | None = None
    designation: Text | None = None
    start: Partial | None = None
    end: Partial | None = None
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _term_and_scope(self) -> Self:
        common.span(self.start, self.end, "end")
        common.scope_fits(self.role, self.member, self.city)
        return self


class Basis(Record):
    kind: BasisKind
    reference: Slug | None = None
    detail: Text | None = None

    @model_validator(mode="after")
    def _decision_named(self) -> Self:
        if self.kind is BasisKind.DECISION and self.reference is None:
            raise ValueError("a decision basis must name the decision")
        return self


class Chairmanship(Record):
    id: Slug
    organisation: Organisation
    member: Code
    start: Partial
    end: Partial
    status: Status
    basis: Basis
    office: Text | None = None
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _term(self) -> Self:
        common.span(self.start, self.end, "end")
        return self


class Decision(Record):
    id: Slug
    organisation: Organisation
    kind: DecisionKind
    members: Annotated[tuple[Code, ...], Field(min_length=1), AfterValidator(common.distinct)]
    terms: tuple[Positive, ...]
    summary: Text
    decided: Partial | None = None
    venue: Text | None = None
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None


class Meeting(Record):
    id: Slug
    ordinal: Positive
    title: Text
    host: Code | None = None
    city: Text | None = None
    format: MeetingFormat | None = None
    start: Partial | None = None
    end: Partial | None = None
    chaired_by: Text | None = None
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _term(self) -> Self:
        common.span(self.start, self.end, "end")
        return self


class Partner(Record):
    id: Slug
    name: Text
    programme: Text
    since: Partial | None = None
    until: Partial | None = None
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _term(self) -> Self:
        common.span(self.since, self.until, "until")
        return self


class Milestone(Record):
    id: Slug
    event: Text
    date: Partial | None = None
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None


class FrameworkElement(Record):
    id: Slug
    kind: FrameworkKind
    label: Text
    aliases: Texts = ()
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None


class Document(Record):
    """A whole document: format, version, founding day and every collection."""

    format: Literal["ascn.network"]
    version: Annotated[int, Field(ge=1, le=1)]
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


def loads(text: str) -> Document:
    """The validated document in ``text``; raises ``pydantic.ValidationError``."""
    return Document.model_validate_json(text)


def dumps(document: Document, *, indent: int | None = 2) -> str:
    """The document as JSON, defaults left out as ascn leaves them out."""
    return document.model_dump_json(indent=indent, exclude_defaults=True)
