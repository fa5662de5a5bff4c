"""The two ways a rotation projects terms: by its own order, or by following another rotation."""

from __future__ import annotations

from ascn.model.chair import Status
from ascn.model.decision import Decision
from ascn.rotation.engine import OrderRule
from ascn.rotation.reasons import (
    Reason,
    Verdict,
    open_question,
    order_reason,
    rule_basis,
    verdict_of,
)
from ascn.rotation.rotation import Rotation

__all__ = ["FollowProjection", "OrderProjection"]


class OrderProjection:
    """Terms from the order engine; ``before_first`` says why earlier years have no answer."""

    def __init__(self, rule: OrderRule, before_first: str) -> None:
        self._rule = rule
        self._before_first = before_first
        self._questions = tuple((q, open_question(rule, q)) for q in rule.open_returns)

    @property
    def first(self) -> int:
        """The first recorded term, which the rotation is counted from."""
        return self._rule.first

    @property
    def steady_after(self) -> int:
        """The term after which the order repeats unchanged."""
        return self._rule.horizon

    @property
    def decisions(self) -> tuple[Decision, ...]:
        """The decisions the engine applies."""
        return self._rule.bends.decisions

    def before_first(self) -> str:
        """Why there is no answer before the first recorded term."""
        return self._before_first

    def member(self, label: int) -> str:
        """The member the order and the decisions give for the term ``label``."""
        return self._rule.holder(label)

    def reason(self, label: int) -> Reason:
        """Why the order and the decisions give that member."""
        return order_reason(self._rule, label, self._questions)

    def verdict(self, label: int) -> Verdict:
        """What a projected term of ``label`` records; quick once the order repeats."""
        rule = self._rule
        if label <= rule.horizon:
            return verdict_of(self.reason(label))
        after = rule.name(rule.holder(label - 1))
        notes = [
            text for q, text in self._questions if q.returns is not None and label >= q.returns
        ]
        basis = rule_basis(f"next in order after {after}")
        return Verdict(rule.holder(label), basis, (), " ".join(notes) or None)

    def next_label(self, code: str, after: int) -> int | None:
        """The first term after ``after`` the order gives ``code``."""
        return self._rule.next_label(code, after)


class FollowProjection:
    """Terms that follow the chair of a ``leader`` rotation (the ASCN follows ASEAN)."""

    def __init__(self, leader: Rotation, first: int, before_first: str) -> None:
        self._leader = leader
        self._first = first
        self._before_first = before_first

    @property
    def first(self) -> int:
        """The first term of the following organisation."""
        return self._first

    @property
    def steady_after(self) -> int:
        """The term after which the leader's order repeats unchanged."""
        return self._leader._projection.steady_after

    @property
    def decisions(self) -> tuple[Decision, ...]:
        """The leader's decisions."""
        return self._leader.decisions

    def before_first(self) -> str:
        """Why there is no answer before the first term."""
        return self._before_first

    def member(self, label: int) -> str:
        """The leader's chair of the term ``label``."""
        return self._leader._code(label)

    def reason(self, label: int) -> Reason:
        """The leader's chair, and the leader's reason when its term is projected too."""
        leader = self._leader.chair(label)
        organisation = self._leader.organisation.value
        name = self._leader._members[leader.member].name
        basis = rule_basis(f"follows the {organisation} chair")
        lead = f"The chair follows the {organisation} chair of the term, {name}"
        if leader.status is Status.PROJECTED:
            projected = self._leader._projection.reason(label)
            return Reason(
                member=leader.member,
                due=leader.member,
                brief=f"follows the {organisation} chair ({projected.brief})",
                text=f"{lead}, itself projected: {projected.text}",
                basis=basis,
                decisions=projected.decisions,
                depends_on=projected.depends_on,
            )
        by_id = {d.id: d for d in self.decisions}
        resting = by_id.get(leader.basis.reference or "")
        return Reason(
            member=leader.member,
            due=leader.member,
            brief=f"follows the {organisation} chair ({leader.status.value})",
            text=f"{lead}, {leader.status.value} (record {leader.id}).",
            basis=basis,
            decisions=() if resting is None else (resting,),
        )

    def verdict(self, label: int) -> Verdict:
        """The leader's chair of the term, with its sources and note when it is projected."""
        leader = self._leader._term(label)
        basis = rule_basis(f"follows the {self._leader.organisation.value} chair")
        if leader.status is Status.PROJECTED:
            return Verdict(leader.member, basis, leader.sources, leader.note)
        return Verdict(leader.member, basis, (), None)

    def next_label(self, code: str, after: int) -> int | None:
        """The first term after ``after`` the leader gives ``code``."""
        return self._leader._next_label(code, after, self._leader._members[code].name)
