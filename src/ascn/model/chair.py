"""Chairmanships of ASEAN and the ASCN, and how each was arrived at."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import attrs
import pendulum

from ascn.dates import PartialDate, certainly_active
from ascn.model.checks import Checks
from ascn.model.fields import Across, Doc, MemberCode, Slug, Text, span
from ascn.model.provenance import Cited, HowSure, Note
from ascn.model.record import Record

__all__ = ["Basis", "BasisKind", "Chairmanship", "Organisation", "Status"]


class Organisation(Enum):
    """A body whose chair rotates among the member states."""

    ASEAN = "ASEAN"
    ASCN = "ASCN"


class Status(Enum):
    """How firm a chairmanship is.

    ``RECORDED``: served (or being served). ``AGREED``: decided or announced but not yet served.
    ``PROJECTED``: follows from the rotation rule alone; no source states it.
    """

    RECORDED = "recorded"
    AGREED = "agreed"
    PROJECTED = "projected"


class BasisKind(Enum):
    """What produced a chairmanship: a record of the term, a decision, or the rotation rule."""

    RECORD = "record"
    DECISION = "decision"
    RULE = "rule"


def _names_its_decision(kind: BasisKind, reference: str | None) -> bool:
    return reference is not None or kind is not BasisKind.DECISION


def _check_names_its_decision(checks: Checks, basis: Basis) -> None:
    if not _names_its_decision(basis.kind, basis.reference):
        checks.fail("reference", "a decision basis must name the decision")


names_its_decision = Across(
    "names_its_decision", ("kind", "reference"), _names_its_decision, _check_names_its_decision
)
"""A basis of kind decision names the decision it rests on."""


@attrs.frozen(kw_only=True)
class Basis(Record):
    """Why a chairmanship is what it is: its kind, and the record or decision it rests on."""

    __rules__ = (names_its_decision,)

    kind: Annotated[BasisKind, Doc("what it rests on: record, decision or rule")]
    reference: Annotated[Slug | None, Doc("the record or decision it rests on")] = None
    detail: Annotated[Text | None, Doc("how the basis applies")] = None


@attrs.frozen(kw_only=True)
class Chairmanship(Record):
    """One member's term as chair of an organisation.

    ``start`` and ``end`` are inclusive; pre-Charter ASEAN terms known only to the month keep
    that precision. ``office`` names the office where it differs from the plain chair (the
    pre-Charter ASEAN Standing Committee chair, say).
    """

    __rules__ = (span("start", "end"),)

    id: Slug
    organisation: Organisation
    member: MemberCode
    start: Annotated[PartialDate, Doc("first day of the term")]
    end: Annotated[PartialDate, Doc("last day of the term")]
    status: Annotated[Status, Doc("recorded (served), agreed (decided) or projected (by the rule)")]
    basis: Basis
    office: Annotated[Text | None, Doc("the office, where it differs from the plain chair")] = None
    sources: Cited = ()
    confidence: HowSure = None
    note: Note = None

    def is_active_on(self, day: pendulum.Date) -> bool:
        """True when the term certainly covers ``day``."""
        return certainly_active(self.start, self.end, day)
