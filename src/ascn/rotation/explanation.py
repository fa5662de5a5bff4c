"""Explanations: why a member chairs a term, as data that also reads as text."""

from __future__ import annotations

import attrs

from ascn.model.chair import Basis, BasisKind, Chairmanship, Organisation, Status
from ascn.model.decision import Decision
from ascn.model.provenance import Source

__all__ = ["Explanation", "Step"]


@attrs.frozen(kw_only=True)
class Step:
    """One term of the chain that leads to an answer: who chaired it, how firmly, and why."""

    year: int
    member: str
    name: str
    status: Status
    why: str

    def __str__(self) -> str:
        return f"{self.year}  {self.name} ({self.member}), {self.status.value}: {self.why}"


@attrs.frozen(kw_only=True)
class Explanation:
    """Why ``chair`` holds the term of ``year`` (the year the term starts).

    ``reason`` says what the order and the decisions give, in words; ``expected`` is the
    member they give, so a recorded term is ``consistent`` when its member is that one.
    ``decisions`` are those that bear on the term, ``chain`` the terms from the last recorded
    one up to this one (``omitted`` terms of the repeating order are left out of it),
    ``open_questions`` what is undecided that the answer rests on, and ``sources`` what the
    records and decisions cite. ``str()`` renders it all as text.
    """

    organisation: Organisation
    year: int
    chair: Chairmanship
    name: str
    rule: str
    reason: str
    due: str | None
    expected: str
    decisions: tuple[Decision, ...] = ()
    chain: tuple[Step, ...] = ()
    omitted: int = 0
    open_questions: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    @property
    def basis(self) -> Basis:
        """What the answer rests on: a record, a decision or the rule."""
        return self.chair.basis

    @property
    def consistent(self) -> bool:
        """True when the rule and the decisions give the member the answer names."""
        return self.chair.member == self.expected

    def __str__(self) -> str:
        chair = self.chair
        lines = [
            f"{self.organisation.value} chair for the term of {self.year} "
            f"({chair.start} to {chair.end}): {self.name} ({chair.member}), "
            f"{chair.status.value}.",
            f"Basis: {self._basis()}.",
            f"Rule: {self.rule}",
            f"Why: {self.reason}",
        ]
        if chair.status is not Status.PROJECTED:
            lines.append(
                "The record agrees with the rule and the decisions."
                if self.consistent
                else f"The record departs from the rule and the decisions, which give "
                f"{self.expected}; the rotation goes on from the record."
            )
        if self.open_questions:
            lines.append("Open questions:")
            lines.extend(f"- {question}" for question in self.open_questions)
        if len(self.chain) > 1 or self.omitted:
            lines.append("Chain from the last recorded term:")
            lines.extend(f"  {step}" for step in self._shown_chain())
        if self.sources:
            lines.append("Sources:")
            lines.extend(f"- {_cite(source)}" for source in self.sources)
        return "\n".join(lines)

    def _basis(self) -> str:
        basis = self.chair.basis
        if self.chair.status is not Status.PROJECTED:
            described = f"the record {self.chair.id}"
            if basis.kind is BasisKind.DECISION:
                described += f", resting on decision {basis.reference}"
            return described
        if basis.kind is BasisKind.DECISION:
            return f"decision {basis.reference}"
        return "the rotation rule" + ("" if basis.detail is None else f" ({basis.detail})")

    def _shown_chain(self) -> list[str]:
        steps = [str(step) for step in self.chain]
        if self.omitted:
            steps.insert(-1, f"... {self.omitted} more terms of the repeating order ...")
        return steps


def _cite(source: Source) -> str:
    parts = [source.title]
    if source.publisher is not None:
        parts.append(source.publisher)
    if source.date is not None:
        parts.append(str(source.date))
    return f"{source.id}: {', '.join(parts)}. {source.url}"
