"""Why a term goes to a member: the :class:`Reason` a projection gives, in data and words."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from ascn.model.chair import Basis, BasisKind
from ascn.model.decision import Decision, DecisionKind
from ascn.rotation.decisions import describe_decision
from ascn.rotation.engine import OpenReturn, OrderRule, Turn

__all__ = ["Reason", "Verdict", "open_question", "order_reason", "rule_basis", "verdict_of"]


class Verdict(NamedTuple):
    """What a projected chairmanship records: member, basis, cited sources and a note."""

    member: str
    basis: Basis
    sources: tuple[str, ...]
    note: str | None


@attrs.frozen(kw_only=True)
class Reason:
    """What the rule and the decisions give for one term, and why.

    ``due`` is the member the plain order made due, ``member`` the answer once decisions
    apply. ``brief`` fits a table cell, ``text`` is whole sentences. ``depends_on`` holds the
    undecided questions the answer rests on; ``raises`` those a decision of this very term
    leaves open.
    """

    member: str
    due: str | None
    brief: str
    text: str
    basis: Basis
    decisions: tuple[Decision, ...] = ()
    depends_on: tuple[str, ...] = ()
    raises: tuple[str, ...] = ()


def verdict_of(reason: Reason) -> Verdict:
    """The verdict a reason gives: its decisions' sources, its open questions as the note."""
    sources = tuple(dict.fromkeys(s for d in reason.decisions for s in d.sources))
    return Verdict(reason.member, reason.basis, sources, " ".join(reason.depends_on) or None)


@functools.lru_cache(maxsize=256)  # a schedule asks for the same few bases again and again
def rule_basis(detail: str) -> Basis:
    """The basis "the rotation rule", with ``detail``."""
    return _basis(BasisKind.RULE, detail=detail)


def order_reason(
    rule: OrderRule, label: int, questions: Sequence[tuple[OpenReturn, str]] = ()
) -> Reason:
    """The reason the engine ``rule`` gives for the term ``label``.

    ``questions`` pairs the rule's open returns with their words (see :func:`open_question`).
    """
    turn = rule.turn(label)
    brief, lead = _lead(rule, turn)
    sentences = [lead, *_waived(rule, turn), *_bends(rule, turn)]
    notes = [brief, *(f"{d.kind.value} {d.id}" for d in turn.decisions)]
    if turn.decisions:
        basis = _basis(BasisKind.DECISION, reference=turn.decisions[-1].id)
    else:
        basis = rule_basis(brief)
    return Reason(
        member=turn.holder,
        due=turn.due,
        brief="; ".join(notes),
        text=" ".join(sentences),
        basis=basis,
        decisions=turn.decisions,
        depends_on=tuple(
            text for q, text in questions if q.returns is not None and label >= q.returns
        ),
        raises=tuple(text for q, text in questions if label in q.decision.terms),
    )


@functools.cache
def _basis(kind: BasisKind, *, reference: str | None = None, detail: str | None = None) -> Basis:
    # Terms share their bases: a basis is immutable, and checking one costs more than a lookup.
    return Basis(kind=kind, reference=reference, detail=detail)


def open_question(rule: OrderRule, question: OpenReturn) -> str:
    """The words for a member whose next turn no decision or record settles."""
    name = rule.name(question.member)
    decision = question.decision
    verb = "gave up its turn" if decision.kind is DecisionKind.RELINQUISH else "was passed over"
    text = (
        f"When {name} next chairs is undecided: it {verb} for {decision.terms[0]} "
        f"(decision {decision.id}) and no later decision or record gives it a term."
    )
    if question.returns is None:
        return f"{text} No term is projected for it."
    return (
        f"{text} From {question.returns} the projection assumes {name} takes its place in "
        "the order again."
    )


def _lead(rule: OrderRule, turn: Turn) -> tuple[str, str]:
    name = rule.name
    if turn.after is None:
        return "first recorded term", "The rotation is counted from this term, the first known."
    if turn.resumes:
        brief = f"resumes with {name(turn.due)}"
        return brief, (
            f"The rotation resumes with {name(turn.due)}, whose turn the term placed in "
            f"{turn.previous} deferred."
        )
    brief = f"next in order after {name(turn.after)}"
    chaired = None if turn.previous is None else rule.chaired(turn.previous)
    place = ""
    if chaired is not None and chaired != turn.after:
        place = f": {name(turn.after)}'s place in the order, chaired by {name(chaired)}"
    return brief, (
        f"{name(turn.due)} is next in order after {name(turn.after)} ({turn.previous}{place})."
    )


def _waived(rule: OrderRule, turn: Turn) -> list[str]:
    return [f"{rule.name(code)} is passed: {why}." for code, why in turn.waived]


def _bends(rule: OrderRule, turn: Turn) -> list[str]:
    name = rule.name
    sentences = []
    for decision in turn.passed:
        skipped = name(decision.members[0])
        verb = "gives up its turn" if decision.kind is DecisionKind.RELINQUISH else "is passed over"
        sentences.append(f"By {describe_decision(decision)}, {skipped} {verb}.")
    if turn.passed and turn.successor is not None:
        sentences.append(
            f"{name(turn.successor)}, next in order, takes the term and the rotation goes on "
            "from there."
        )
    if turn.placed is not None:
        placed = name(turn.placed.members[0])
        where = (
            f"ahead of {name(turn.successor or turn.due)}, who follows it"
            if turn.inserted
            else "its place in the order"
        )
        sentences.append(
            f"By {describe_decision(turn.placed)}, {placed} chairs this term, {where}."
        )
    for decision in turn.swaps:
        first, second = (name(code) for code in decision.members)
        one, other = decision.terms
        sentences.append(
            f"By {describe_decision(decision)}, {first} and {second} exchange the terms of {one} "
            f"and {other}, so {name(turn.holder)} chairs {turn.label}; the order afterwards is "
            "as if no swap happened."
        )
    return sentences
