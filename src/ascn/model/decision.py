"""Recorded decisions that depart from the plain alphabetical rotation of a chair."""

from __future__ import annotations

from enum import Enum

import attrs

from ascn.dates import PartialDate
from ascn.model._checks import Checks, repeats
from ascn.model.chair import Organisation
from ascn.model.provenance import Confidence, check_provenance

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
        checks = Checks()
        checks.slug("id", self.id)
        checks.choice("organisation", self.organisation, Organisation)
        checks.choice("kind", self.kind, DecisionKind)
        for path, code in checks.each("members", self.members, "member codes"):
            checks.member_code(path, code)
        if isinstance(self.members, tuple) and not self.members:
            checks.fail("members", "must name at least one member state")
        elif isinstance(self.members, tuple) and repeats(self.members):
            checks.fail("members", "names a member state more than once")
        for path, year in checks.each("terms", self.terms, "term years"):
            checks.integer(path, year, minimum=1)
        checks.text("summary", self.summary)
        checks.partial("decided", self.decided, optional=True)
        checks.text("venue", self.venue, optional=True)
        check_provenance(checks, self)
        checks.done("Decision")
