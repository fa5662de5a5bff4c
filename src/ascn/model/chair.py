"""Chairmanships of ASEAN and the ASCN, and how each was arrived at."""

from __future__ import annotations

from enum import Enum

import attrs
import pendulum

from ascn.dates import PartialDate
from ascn.model._checks import Checks
from ascn.model.provenance import Confidence, check_provenance
from ascn.model.terms import certainly_active

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


@attrs.frozen(kw_only=True)
class Basis:
    """Why a chairmanship is what it is: its kind, and the record or decision it rests on."""

    kind: BasisKind
    reference: str | None = None
    detail: str | None = None

    def __attrs_post_init__(self) -> None:
        checks = Checks()
        checks.choice("kind", self.kind, BasisKind)
        if self.reference is not None:
            checks.slug("reference", self.reference)
        elif self.kind is BasisKind.DECISION:
            checks.fail("reference", "a decision basis must name the decision")
        checks.text("detail", self.detail, optional=True)
        checks.done("Basis")


@attrs.frozen(kw_only=True)
class Chairmanship:
    """One member's term as chair of an organisation.

    ``start`` and ``end`` are inclusive; pre-Charter ASEAN terms known only to the month keep
    that precision. ``office`` names the office where it differs from the plain chair (the
    pre-Charter ASEAN Standing Committee chair, say).
    """

    id: str
    organisation: Organisation
    member: str
    start: PartialDate
    end: PartialDate
    status: Status
    basis: Basis
    office: str | None = None
    sources: tuple[str, ...] = ()
    confidence: Confidence | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        checks = Checks()
        checks.slug("id", self.id)
        checks.choice("organisation", self.organisation, Organisation)
        checks.member_code("member", self.member)
        start_ok = checks.partial("start", self.start)
        if checks.partial("end", self.end) and start_ok:
            checks.span("end", self.start, self.end)
        checks.choice("status", self.status, Status)
        checks.instance("basis", self.basis, Basis)
        checks.text("office", self.office, optional=True)
        check_provenance(checks, self)
        checks.done("Chairmanship")

    def is_active_on(self, day: pendulum.Date) -> bool:
        """True when the term certainly covers ``day``."""
        return certainly_active(self.start, self.end, day)
