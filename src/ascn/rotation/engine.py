"""The general rotation engine: a fixed order, eligibility, a term schedule, decisions, records.

Nothing here knows about ASEAN. From the first recorded term on, each term goes to the next
member in order, after the one the rotation went on from, that is eligible: a member when
the term starts and not kept out by a decision. Decisions (see :mod:`ascn.rotation.decisions`)
then bend the term. A recorded term that departs from the result without a decision is
taken as fact and the rotation goes on from it. Once no admission, decision or record lies
ahead the order simply repeats, so far terms come from cycle arithmetic, not a walk.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import attrs
import pendulum

from ascn.errors import Problem, ValidationError
from ascn.model.decision import Decision, DecisionKind
from ascn.rotation.decisions import Bends
from ascn.rotation.schedule import TermSchedule

__all__ = ["Candidate", "OpenReturn", "OrderRule", "Turn"]


@attrs.frozen(kw_only=True)
class Candidate:
    """A member state as the engine sees it: its code, its name and the day it was admitted."""

    code: str
    name: str
    admitted: pendulum.Date


@attrs.frozen(kw_only=True)
class Turn:
    """How the order and the decisions arrive at the chair of one term.

    ``after`` is the member the rotation goes on from (``None`` for the first recorded term);
    when ``resumes`` the rotation resumes with ``after`` itself, whose turn a placed term
    deferred. ``waived`` lists the members passed in order on the way to ``due`` and why they
    could not chair; ``successor`` took the term from the members ``passed`` over. ``holder``
    is the answer once the decisions are applied; ``recorded`` is the member the records name,
    if any.
    """

    label: int
    previous: int | None
    after: str | None
    due: str
    holder: str
    resumes: bool = False
    waived: tuple[tuple[str, str], ...] = ()
    passed: tuple[Decision, ...] = ()
    successor: str | None = None
    placed: Decision | None = None
    inserted: bool = False
    swaps: tuple[Decision, ...] = ()
    recorded: str | None = None

    @property
    def departs(self) -> bool:
        """True when a record names another member than the rule and the decisions give."""
        return self.recorded is not None and self.recorded != self.holder

    @property
    def decisions(self) -> tuple[Decision, ...]:
        """The decisions that bend this term, in the order they apply."""
        placed = () if self.placed is None else (self.placed,)
        return (*self.passed, *placed, *self.swaps)


@attrs.frozen(kw_only=True)
class OpenReturn:
    """A member passed over with no later decision or record: when it chairs is undecided.

    ``returns`` is the first term the engine gives it again, by its place in the order.
    """

    decision: Decision
    member: str
    returns: int | None


_Pointer = tuple[str, bool]
"""The member the rotation goes on from, and whether that member itself comes next."""


class OrderRule:
    """The chair passes in a fixed order among eligible members, bent by decisions.

    ``candidates`` are in rotation order; ``records`` maps term labels to the member the
    records name, and its smallest label is the first term. Raises
    :class:`ascn.ValidationError` (about ``subject``) for decisions that do not fit the
    rotation: a skip of a member who is not due, a term no schedule term starts in.
    """

    def __init__(
        self,
        *,
        candidates: Sequence[Candidate],
        schedule: TermSchedule,
        records: Mapping[int, str],
        bends: Bends,
        subject: str,
    ) -> None:
        self.candidates = tuple(candidates)
        self.schedule = schedule
        self.bends = bends
        self.first = min(records)
        self._names = {c.code: c.name for c in self.candidates}
        self._position = {c.code: i for i, c in enumerate(self.candidates)}
        self._problems = list(bends.problems)
        self._before_swap: dict[tuple[str, int], str] = {}
        self.turns: dict[int, Turn] = {}
        self._rejected = self._check_terms()
        self.horizon = self._horizon(records)
        pointer = self._walk(records)
        self._check_swaps()
        if self._problems:
            raise ValidationError(self._problems, subject=subject)
        self.cycle, self._offset = self._steady(pointer)
        self.open_returns = self._open_returns(records)

    # -- answers ---------------------------------------------------------------------------

    def name(self, code: str) -> str:
        """The name of the member ``code``."""
        return self._names[code]

    def holder(self, label: int) -> str:
        """The member the order and the decisions give for the term ``label`` (a label)."""
        if label <= self.horizon:
            return self.turns[label].holder
        return self.cycle[(self._offset + label - self.horizon - 1) % len(self.cycle)]

    def chaired(self, label: int) -> str:
        """The member that chaired (or chairs) the term ``label``: recorded, else the rule's."""
        turn = self.turns.get(label)
        if turn is None:
            return self.holder(label)
        return turn.recorded or turn.holder

    def turn(self, label: int) -> Turn:
        """How the term ``label`` (a label from the first term on) is arrived at."""
        if label <= self.horizon:
            return self.turns[label]
        after = self.holder(label - 1)
        due = self.holder(label)
        waived = []
        for code in self._walk_order(after):
            if code == due:
                break
            absence = self.bends.absent(code, label)
            if absence is not None:
                waived.append((code, self._absent_because(absence.decision)))
        return Turn(
            label=label, previous=label - 1, after=after, due=due, holder=due, waived=tuple(waived)
        )

    def next_label(self, code: str, after: int) -> int | None:
        """The first term after ``after`` that the order and decisions give ``code``."""
        for label in range(after + 1, self.horizon + 1):
            turn = self.turns.get(label)
            if turn is not None and turn.holder == code:
                return label
        if code not in self.cycle:
            return None
        start = max(after, self.horizon)
        steps = (self.cycle.index(code) - self._offset) % len(self.cycle) + 1
        label = self.horizon + steps
        if label <= start:
            label += -(-(start + 1 - label) // len(self.cycle)) * len(self.cycle)
        return label

    # -- the walk --------------------------------------------------------------------------

    def _fail(self, decision: Decision, field: str, message: str) -> None:
        self._problems.append(Problem(f"{self.bends.paths[decision.id]}.{field}", message))

    def _check_terms(self) -> set[str]:
        # The ids of decisions naming a year no term starts in, or straddling the first term:
        # the walk leaves them out, so each is reported once.
        rejected: set[str] = set()
        for decision in self.bends.decisions:
            problems = len(self._problems)
            for index, term in enumerate(decision.terms):
                if not self.schedule.is_label(term):
                    held = self.schedule.label_for_year(term)
                    where = "" if held is None else f": {term} falls in the term of {held}"
                    self._fail(decision, f"terms[{index}]", f"no term starts in {term}{where}")
            if min(decision.terms) <= self.first < max(decision.terms):
                self._fail(decision, "terms", f"straddles the first known term, {self.first}")
            if len(self._problems) > problems:
                rejected.add(decision.id)
        return rejected

    def _horizon(self, records: Mapping[int, str]) -> int:
        # Past this label nothing changes any more: every admission, decision and record
        # lies behind it, so the order repeats.
        steady = self.schedule.steady_from
        assert steady is not None, "a rotation's schedule ends with open-ended yearly terms"
        admissions = (c.admitted.year + 2 for c in self.candidates)
        return max(steady, self.bends.last, max(records), *admissions) + 1

    def _walk(self, records: Mapping[int, str]) -> _Pointer:
        first = records[self.first]
        self.turns[self.first] = Turn(
            label=self.first, previous=None, after=None, due=first, holder=first, recorded=first
        )
        pointer: _Pointer = (first, False)
        previous = self.first
        label = self.schedule.after(previous)
        while label is not None and label <= self.horizon:
            turn, pointer = self._turn(label, previous, pointer, records.get(label))
            self.turns[label] = turn
            previous, label = label, self.schedule.after(label)
        return pointer

    def _turn(
        self, label: int, previous: int, pointer: _Pointer, recorded: str | None
    ) -> tuple[Turn, _Pointer]:
        start = self.schedule.term(label).start.earliest
        after, resumes = pointer
        due, waived = self._next(after, resumes, label, start)
        holder = due
        passed: list[Decision] = []
        for decision in self._bending(self.bends.passed_over, label):
            skipped = decision.members[0]
            if skipped != holder:
                self._fail(decision, "members[0]", self._not_due(self.name(skipped), holder, label))
                continue
            passed.append(decision)
            holder, _ = self._next(skipped, False, label, start, {d.members[0] for d in passed})
        successor = holder
        placed, inserted, resume = None, False, (holder, False)
        for decision in self._bending(self.bends.placements, label):
            member = decision.members[0]
            why = self._why_not(member, label, start)
            if why is not None:
                self._fail(
                    decision, "members[0]", f"{self.name(member)} cannot chair {label}: {why}"
                )
                continue
            placed = decision
            if member != holder:
                inserted, resume, holder = True, (holder, True), member
        swaps: list[Decision] = []
        for decision in self._bending(self.bends.swaps, label):
            if holder not in decision.members:
                self._fail(
                    decision,
                    "members",
                    self._not_due(" or ".join(map(self.name, decision.members)), holder, label),
                )
                continue
            swaps.append(decision)
            self._before_swap[(decision.id, label)] = holder
            first, second = decision.members
            holder = second if holder == first else first
        turn = Turn(
            label=label,
            previous=previous,
            after=after,
            resumes=resumes,
            due=due,
            holder=holder,
            waived=tuple(waived),
            passed=tuple(passed),
            successor=successor if passed else None,
            placed=placed,
            inserted=inserted,
            swaps=tuple(swaps),
            recorded=recorded,
        )
        if turn.departs and recorded is not None:
            return turn, (recorded, False)
        return turn, resume

    def _bending(self, index: Mapping[int, list[Decision]], label: int) -> list[Decision]:
        return [d for d in index.get(label, ()) if d.id not in self._rejected]

    def _not_due(self, named: str, holder: str, label: int) -> str:
        return f"{named} is not due to chair {label}: {self.name(holder)} is"

    def _walk_order(self, code: str, *, inclusive: bool = False) -> list[str]:
        # The members in order after ``code`` (from ``code`` itself when ``inclusive``),
        # once round.
        i, n = self._position[code], len(self.candidates)
        steps = range(n) if inclusive else range(1, n + 1)
        return [self.candidates[(i + k) % n].code for k in steps]

    def _next(
        self,
        code: str,
        inclusive: bool,
        label: int,
        start: pendulum.Date,
        passed: Collection[str] = (),
    ) -> tuple[str, list[tuple[str, str]]]:
        waived: list[tuple[str, str]] = []
        for candidate in self._walk_order(code, inclusive=inclusive):
            if candidate in passed:
                continue
            why = self._why_not(candidate, label, start)
            if why is None:
                return candidate, waived
            waived.append((candidate, why))
        self._problems.append(Problem("", f"no member state can chair the term of {label}"))
        return code, waived

    def _why_not(self, code: str, label: int, start: pendulum.Date) -> str | None:
        admitted = self.candidates[self._position[code]].admitted
        if admitted > start:
            return f"admitted on {admitted}, after the term began"
        absence = self.bends.absent(code, label)
        return None if absence is None else self._absent_because(absence.decision)

    def _absent_because(self, decision: Decision) -> str:
        term = decision.terms[0]
        if decision.kind is DecisionKind.EXCLUSION:
            return f"left out from {term} by decision {decision.id}"
        return f"placed at {term} by decision {decision.id}"

    def _check_swaps(self) -> None:
        for decision in self.bends.decisions:
            if decision.kind is not DecisionKind.SWAP or min(decision.terms) <= self.first:
                continue
            holders = [self._before_swap.get((decision.id, t)) for t in decision.terms]
            if None not in holders and holders[0] == holders[1]:
                self._fail(
                    decision,
                    "terms",
                    f"{self.name(str(holders[0]))} would chair both {decision.terms[0]} "
                    f"and {decision.terms[1]}; a swap exchanges the terms of two members",
                )

    # -- after the horizon -----------------------------------------------------------------

    def _steady(self, pointer: _Pointer) -> tuple[tuple[str, ...], int]:
        label = self.horizon + 1
        cycle = tuple(c.code for c in self.candidates if self.bends.absent(c.code, label) is None)
        if not cycle:
            raise ValidationError.single("", f"no member state can chair after {self.horizon}")
        code, inclusive = pointer
        following = next(c for c in self._walk_order(code, inclusive=inclusive) if c in cycle)
        return cycle, cycle.index(following)

    def _open_returns(self, records: Mapping[int, str]) -> tuple[OpenReturn, ...]:
        found = []
        for label in sorted(self.bends.passed_over):
            for decision in self.bends.passed_over[label]:
                member = decision.members[0]
                later_records = any(r > label and m == member for r, m in records.items())
                later_decisions = [d for d in self.bends.naming(member, label) if d is not decision]
                if label > self.first and not later_records and not later_decisions:
                    returns = self.next_label(member, label)
                    found.append(OpenReturn(decision=decision, member=member, returns=returns))
        return tuple(found)
