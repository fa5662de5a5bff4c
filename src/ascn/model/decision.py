"""Recorded decisions that depart from the plain alphabetical rotation of a chair."""

from __future__ import annotations

from enum import Enum

import attrs

from ascn.dates import PartialDate
from ascn.model._checks import (
    Checks,
    FieldRules,
    is_member_code,
    is_optional_text,
    is_ordinal,
    is_slug,
    is_text,
    repeats,
)
from ascn.model.chair import Organisation
from ascn.model.provenance import Confidence, check_provenance, has_clean_provenance

__all__ = ["Decision", "DecisionKind"]


class DecisionKind(Enum):
    """The ways a rotation has been bent.

    ``RELINQUISH``: a member gives up its turn; the next in order takes it and the rotation
    goes on from there. ``SWAP``: two members exchange two terms; the order after both terms is
    as if nothing happened. ``SKIP``: a member is passed over for a term and everyone after it
    moves up one place. ``PLACEMENT``: a new member is given its place in the order.
    ``EXCLUSION``: a member is left out of the rotation until further notice.
    ``TERM_CHANGE``: the length or calendar of terms changes (a stretched transition term).
    """

    RELINQUISH = "relinquish"
    SWAP = "swap"
    SKIP = "skip"
    PLACEMENT = "placement"
    EXCLUSION = "exclusion"
    TERM_CHANGE = "term-change"


@attrs.frozen(kw_only=True)
class Decision:
    """A decision about who chairs, when: what was decided, when, where, by whom, on what source.

    ``members`` are the member codes the decision concerns, ``terms`` the years of the terms it
    affects (a term is labelled by the year it starts).
    """

    id: str
    organisation: Organisation
    kind: DecisionKind
    members: tuple[str, ...]
    terms: tuple[int, ...]
    summary: str
    decided: PartialDate | None = None
    venue: str | None = None
    sources: tuple[str, ...] = ()
    confidence: Confidence | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        _DECISION_RULES.enforce(self)


def _check_decision(checks: Checks, decision: Decision) -> None:
    checks.slug("id", decision.id)
    checks.choice("organisation", decision.organisation, Organisation)
    checks.choice("kind", decision.kind, DecisionKind)
    for path, code in checks.each("members", decision.members, "member codes"):
        checks.member_code(path, code)
    if isinstance(decision.members, tuple) and not decision.members:
        checks.fail("members", "must name at least one member state")
    elif isinstance(decision.members, tuple) and repeats(decision.members):
        checks.fail("members", "names a member state more than once")
    for path, year in checks.each("terms", decision.terms, "term years"):
        checks.integer(path, year, minimum=1)
    checks.text("summary", decision.summary)
    checks.partial("decided", decision.decided, optional=True)
    checks.text("venue", decision.venue, optional=True)
    check_provenance(checks, decision)


_DECISION_RULES = FieldRules(
    Decision,
    lambda d: (
        is_slug(d.id)
        and type(d.organisation) is Organisation
        and type(d.kind) is DecisionKind
        and type(d.members) is tuple
        and all(is_member_code(code) for code in d.members)
        and len(set(d.members)) == len(d.members) > 0
        and type(d.terms) is tuple
        and all(is_ordinal(year) for year in d.terms)
        and is_text(d.summary)
        and (d.decided is None or type(d.decided) is PartialDate)
        and is_optional_text(d.venue)
        and has_clean_provenance(d.sources, d.confidence, d.note)
    ),
    _check_decision,
)
