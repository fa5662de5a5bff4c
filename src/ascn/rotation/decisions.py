"""Decisions as the rotation engine reads them: checked for shape, indexed by the terms they bend.

What each kind does to the rotation:

* ``SKIP`` and ``RELINQUISH`` (one member, one term): the member due that term is passed
  over; the next in order takes the term and the rotation goes on from there.
* ``SWAP`` (two members, two terms): the holders of the two terms, the two members, exchange
  them; the order afterwards is as if no swap happened.
* ``PLACEMENT`` (one member, one term): the member's next turn is that term. It takes no turn
  between the last earlier decision about it and that term; at the term it chairs, in its
  place in the order or, when another member was due, ahead of that member, who follows.
* ``EXCLUSION`` (one member, one term): the member takes no turn from that term on, until a
  later placement.
* ``TERM_CHANGE`` (one member, one term): the term has dates of its own; the schedule reads
  them from the term's record.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Final

import attrs

from ascn.errors import Problem
from ascn.model.decision import Decision, DecisionKind

__all__ = ["LAST_YEAR", "PASS_OVER", "Absence", "Bends", "describe_decision"]

LAST_YEAR: Final = 9999
"""The last year a term can start: dates end with the year 9999."""

PASS_OVER: Final = frozenset({DecisionKind.SKIP, DecisionKind.RELINQUISH})
"""Kinds that pass over the member due and let the next in order take the term."""


@attrs.frozen(kw_only=True)
class Absence:
    """Terms ``first`` to ``last`` (open-ended when ``None``) a member takes no turn in."""

    first: int
    last: int | None
    decision: Decision

    def holds(self, label: int) -> bool:
        """True when the term ``label`` falls in the absence."""
        return self.first <= label and (self.last is None or label <= self.last)


class Bends:
    """The decisions of one rotation, indexed by the terms they bend.

    ``decisions`` pairs each decision with the path problems about it are reported at.
    Decisions of the wrong shape (a swap without two members and two terms, say) or about
    states that are not members become :class:`ascn.Problem` items in ``problems``.
    """

    def __init__(self, decisions: Sequence[tuple[str, Decision]], members: Collection[str]) -> None:
        self.problems: list[Problem] = []
        self.paths: dict[str, str] = {}
        self.passed_over: dict[int, list[Decision]] = defaultdict(list)
        self.placements: dict[int, list[Decision]] = defaultdict(list)
        self.swaps: dict[int, list[Decision]] = defaultdict(list)
        self.term_changes: list[Decision] = []
        self.absences: dict[str, list[Absence]] = defaultdict(list)
        self.decisions: tuple[Decision, ...] = ()
        accepted = [d for path, d in decisions if self._accept(path, d, members)]
        self.decisions = tuple(accepted)
        for decision in accepted:
            self._index(decision)
        for decision in accepted:
            if decision.kind in (DecisionKind.PLACEMENT, DecisionKind.EXCLUSION):
                self.absences[decision.members[0]].append(self._absence(decision))

    @property
    def last(self) -> int:
        """The last term any decision bends (0 when there are none)."""
        return max((t for d in self.decisions for t in d.terms), default=0)

    def absent(self, member: str, label: int) -> Absence | None:
        """The absence that keeps ``member`` out of the term ``label``, if any."""
        for absence in self.absences.get(member, ()):
            if absence.holds(label):
                return absence
        return None

    def naming(self, member: str, after: int) -> list[Decision]:
        """The decisions about ``member`` that bend a term after ``after``."""
        return [d for d in self.decisions if member in d.members and max(d.terms) > after]

    def _accept(self, path: str, decision: Decision, members: Collection[str]) -> bool:
        found = len(self.problems)
        if decision.id in self.paths:
            self._fail(f"{path}.id", f"decision id {decision.id!r} is already used")
        size = 2 if decision.kind is DecisionKind.SWAP else 1
        kind = decision.kind.value
        if len(decision.members) != size or len(set(decision.members)) != size:
            self._fail(f"{path}.members", f"a {kind} decision names {_count(size, 'member state')}")
        if len(decision.terms) != size or len(set(decision.terms)) != size:
            self._fail(f"{path}.terms", f"a {kind} decision names {_count(size, 'term')}")
        for index, code in enumerate(decision.members):
            if code not in members:
                self._fail(f"{path}.members[{index}]", f"{code!r} is not a member state")
        for index, year in enumerate(decision.terms):
            if year > LAST_YEAR:
                self._fail(f"{path}.terms[{index}]", f"terms start by {LAST_YEAR}, got {year}")
        if len(self.problems) > found:
            return False
        self.paths[decision.id] = path
        return True

    def _fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def _index(self, decision: Decision) -> None:
        if decision.kind in PASS_OVER:
            self.passed_over[decision.terms[0]].append(decision)
        elif decision.kind is DecisionKind.PLACEMENT:
            self.placements[decision.terms[0]].append(decision)
        elif decision.kind is DecisionKind.SWAP:
            for term in decision.terms:
                self.swaps[term].append(decision)
        elif decision.kind is DecisionKind.TERM_CHANGE:
            self.term_changes.append(decision)

    def _absence(self, decision: Decision) -> Absence:
        member, term = decision.members[0], decision.terms[0]
        others = [d for d in self.decisions if member in d.members and d is not decision]
        if decision.kind is DecisionKind.EXCLUSION:
            later = [d.terms[0] for d in others if d.kind is DecisionKind.PLACEMENT]
            ends = min((t for t in later if t > term), default=None)
            return Absence(first=term, last=None if ends is None else ends - 1, decision=decision)
        earlier = [t for d in others for t in d.terms if t < term]
        return Absence(first=max(earlier, default=0) + 1, last=term - 1, decision=decision)


def _count(size: int, noun: str) -> str:
    return f"one {noun}" if size == 1 else f"two different {noun}s"


def describe_decision(decision: Decision) -> str:
    """``decision ID (kind; decided DATE; VENUE)``, with what is known of the date and venue."""
    details = [decision.kind.value]
    if decision.decided is not None:
        details.append(f"decided {decision.decided}")
    if decision.venue is not None:
        details.append(decision.venue)
    return f"decision {decision.id} ({'; '.join(details)})"
