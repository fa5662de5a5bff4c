"""Chairmanships of ASEAN and the ASCN, and how each was arrived at."""

from __future__ import annotations

from enum import Enum

import attrs
import pendulum

from ascn.dates import PartialDate
from ascn.model._checks import (
    Checks,
    FieldRules,
    is_member_code,
    is_optional_text,
    is_slug,
    is_span,
)
from ascn.model.provenance import Confidence, check_provenance, has_clean_provenance
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
        _BASIS_RULES.enforce(self)


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
        _CHAIRMANSHIP_RULES.enforce(self)

    def is_active_on(self, day: pendulum.Date) -> bool:
        """True when the term certainly covers ``day``."""
        return certainly_active(self.start, self.end, day)


def _check_basis(checks: Checks, basis: Basis) -> None:
    checks.choice("kind", basis.kind, BasisKind)
    if basis.reference is not None:
        checks.slug("reference", basis.reference)
    elif basis.kind is BasisKind.DECISION:
        checks.fail("reference", "a decision basis must name the decision")
    checks.text("detail", basis.detail, optional=True)


_BASIS_RULES = FieldRules(
    Basis,
    lambda b: (
        type(b.kind) is BasisKind
        and (is_slug(b.reference) if b.reference is not None else b.kind is not BasisKind.DECISION)
        and is_optional_text(b.detail)
    ),
    _check_basis,
)


def _check_chairmanship(checks: Checks, chair: Chairmanship) -> None:
    checks.slug("id", chair.id)
    checks.choice("organisation", chair.organisation, Organisation)
    checks.member_code("member", chair.member)
    start_ok = checks.partial("start", chair.start)
    if checks.partial("end", chair.end) and start_ok:
        checks.span("end", chair.start, chair.end)
    checks.choice("status", chair.status, Status)
    checks.instance("basis", chair.basis, Basis)
    checks.text("office", chair.office, optional=True)
    check_provenance(checks, chair)


_CHAIRMANSHIP_RULES = FieldRules(
    Chairmanship,
    lambda c: (
        is_slug(c.id)
        and type(c.organisation) is Organisation
        and is_member_code(c.member)
        and is_span(c.start, c.end, optional=False)
        and type(c.status) is Status
        and type(c.basis) is Basis
        and is_optional_text(c.office)
        and has_clean_provenance(c.sources, c.confidence, c.note)
    ),
    _check_chairmanship,
)
