"""Recorded decisions that depart from the plain alphabetical rotation of a chair."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import attrs

from ascn.dates import PartialDate
from ascn.model.chair import Organisation
from ascn.model.fields import Doc, MemberCodes, Slug, TermYears, Text
from ascn.model.provenance import Cited, HowSure, Note
from ascn.model.record import Record

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
class Decision(Record):
    """A decision about who chairs, when: what was decided, when, where, by whom, on what source.

    ``members`` are the member codes the decision concerns, ``terms`` the years of the terms it
    affects (a term is labelled by the year it starts).
    """

    id: Slug
    organisation: Organisation
    kind: DecisionKind
    members: Annotated[MemberCodes, Doc("member state codes it concerns")]
    terms: Annotated[TermYears, Doc("years of the terms it affects")]
    summary: Annotated[Text, Doc("what was decided")]
    decided: Annotated[PartialDate | None, Doc("when it was decided")] = None
    venue: Annotated[Text | None, Doc("where it was decided")] = None
    sources: Cited = ()
    confidence: HowSure = None
    note: Note = None
