"""The public rotation: the chair of any year or day, schedules, next terms, explanations."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from ascn.dates import PartialDate, certainly_active, to_date
from ascn.errors import NoChairError, Problem, ValidationError
from ascn.model.chair import Chairmanship, Organisation, Status
from ascn.model.checks import describe
from ascn.model.decision import Decision, DecisionKind
from ascn.model.member import MemberState
from ascn.model.network import Network
from ascn.rotation.decisions import LAST_YEAR
from ascn.rotation.explanation import Explanation, Step
from ascn.rotation.reasons import Reason, Verdict
from ascn.rotation.schedule import TermSchedule

__all__ = ["Projection", "Rebuild", "Rotation"]


class Projection(Protocol):
    """Where a rotation's unrecorded terms come from: a rule, or another rotation."""

    @property
    def first(self) -> int:
        """The first term the projection answers for."""

    @property
    def steady_after(self) -> int:
        """The term after which answers repeat in a fixed cycle."""

    @property
    def decisions(self) -> tuple[Decision, ...]:
        """The decisions the projection applies."""

    def before_first(self) -> str:
        """Why there is no answer before the first term."""

    def member(self, label: int) -> str:
        """The member the projection gives for the term ``label``."""

    def reason(self, label: int) -> Reason:
        """Why the projection gives that member."""

    def verdict(self, label: int) -> Verdict:
        """What the projected chairmanship of the term ``label`` records."""

    def next_label(self, code: str, after: int) -> int | None:
        """The first term after ``after`` (at least :attr:`steady_after`) it gives ``code``."""


_ASSIGNING = frozenset(
    {DecisionKind.SKIP, DecisionKind.RELINQUISH, DecisionKind.SWAP, DecisionKind.PLACEMENT}
)
"""Kinds that say who chairs the terms they name, so an agreed record there gives way."""

_FULL_CHAIN = 20
"""Chains of up to this many terms are shown whole."""

Rebuild = Callable[[tuple[Decision, ...], frozenset[int]], "Rotation"]
"""Builds the rotation again with more decisions, setting aside the agreed terms named."""


def _year(value: object, path: str, last: int | None = LAST_YEAR) -> int:
    if type(value) is not int or value < 1 or (last is not None and value > last):
        upper = f" to {last}" if last is not None else " on"
        raise ValidationError.single(path, f"expected a year from 1{upper}, got {describe(value)}")
    return value


class Rotation:
    """The chair rotation of one organisation, from records, decisions and its rule.

    Get one with :meth:`ascn.Network.rotation`. Terms are labelled by the year they start;
    a year in which no term starts (2009, inside Thailand's stretched 2008-09 term) belongs
    to the term running through it. Recorded and agreed terms come from the records and take
    precedence; later terms are projected (status ``projected``). Years before the first
    known term, and past terms the sources do not cover, raise :class:`NoChairError` rather
    than show a guess. A rotation never changes: :meth:`assuming` returns a new one.
    """

    def __init__(
        self,
        *,
        organisation: Organisation,
        network: Network,
        schedule: TermSchedule,
        records: Mapping[int, Chairmanship],
        projection: Projection,
        rule: str,
        rebuild: Rebuild,
        decided_by: Organisation | None = None,
    ) -> None:
        self._organisation = organisation
        self._decided_by = decided_by or organisation
        self._network = network
        self._schedule = schedule
        self._records = dict(records)
        self._projection = projection
        self._rule = rule
        self._rebuild = rebuild
        self._members = {m.code: m for m in network.members()}
        served = [label for label, r in self._records.items() if r.status is Status.RECORDED]
        self._last_served = max(served, default=None)
        self._terms: dict[int, Chairmanship] = {}
        self._id_prefix = organisation.value.lower()

    def __repr__(self) -> str:
        return (
            f"<Rotation of {self._organisation.value}: {len(self._records)} recorded or agreed "
            f"terms, {len(self.decisions)} decisions>"
        )

    @property
    def organisation(self) -> Organisation:
        """The organisation whose chair rotates."""
        return self._organisation

    @property
    def rule(self) -> str:
        """The rotation rule, in words."""
        return self._rule

    @property
    def decisions(self) -> tuple[Decision, ...]:
        """The decisions the rotation applies: the recorded ones, then any assumed."""
        return self._projection.decisions

    # -- questions -------------------------------------------------------------------------

    def chair(self, year: int) -> Chairmanship:
        """The chairmanship of the term of ``year``: recorded, agreed or projected."""
        return self._term(self._label(_year(year, "year")), year)

    def holder(self, year: int) -> MemberState:
        """The member state chairing the term of ``year``; the quick answer, for any year.

        Unlike :meth:`chair` it builds no record, so it answers years after 9999 too, where
        dates end (far terms come from cycle arithmetic).
        """
        return self._members[self._code(self._label(_year(year, "year", last=None)), year)]

    def chair_on(self, day: object) -> Chairmanship:
        """The chairmanship that covers ``day`` (anything :func:`ascn.to_date` takes)."""
        when = to_date(day, path="day")
        candidates: list[tuple[int, PartialDate, PartialDate]] = []
        for label, record in self._records.items():
            if record.start.earliest <= when <= record.end.latest:
                candidates.append((label, record.start, record.end))
        for term in self._schedule.around(when):
            if term.label not in self._records and term.label >= self._projection.first:
                candidates.append((term.label, term.start, term.end))
        certain = [label for label, start, end in candidates if certainly_active(start, end, when)]
        if certain:
            return self._term(max(certain), when)
        if not candidates:
            first = self._schedule.term(self._projection.first)
            reason = self._projection.before_first() if when < first.start.latest else "no term"
            raise NoChairError(self._organisation.value, when, reason)
        labels = " and ".join(str(label) for label, _, _ in sorted(candidates))
        raise NoChairError(
            self._organisation.value,
            when,
            f"the handover between the terms of {labels} fell on a day the sources do not give",
        )

    def schedule(self, first: int, last: int) -> tuple[Chairmanship, ...]:
        """The chairmanships of the terms of ``first`` to ``last`` (years, both included)."""
        start, end = self._label(_year(first, "first")), self._label(_year(last, "last"))
        if last < first:
            raise ValidationError.single("last", f"is before first ({last} < {first})")
        return tuple(self._term(label) for label in self._schedule.labels(start, end))

    def next_term(self, member: str, *, after: int | None = None) -> Chairmanship:
        """The first term ``member`` (a code, name or alias) chairs that starts after ``after``.

        ``after`` defaults to the last term that has been served.
        """
        state = self._network.member(member)
        if after is None:
            if self._last_served is None:
                raise ValidationError.single("after", "no term has been served yet: give a year")
            after = self._last_served
        label = self._next_label(state.code, _year(after, "after"), state.name)
        if label is None or label > LAST_YEAR:
            raise NoChairError(
                self._organisation.value, state.name, f"no term after {after} is projected for it"
            )
        return self._term(label)

    def explain(self, year: int) -> Explanation:
        """Why the term of ``year`` goes to its chair: record, decisions, rule, chain, sources."""
        label = self._label(_year(year, "year"))
        chair = self._term(label)
        reason = self._projection.reason(label)
        projected = chair.status is Status.PROJECTED
        questions = (*reason.depends_on, *reason.raises) if projected else reason.raises
        decisions = {d.id: d for d in reason.decisions}
        by_id = {d.id: d for d in self.decisions}
        if chair.basis.reference in by_id:
            decisions.setdefault(chair.basis.reference, by_id[chair.basis.reference])
        chain, omitted = self._chain(label)
        cited = dict.fromkeys([*chair.sources, *(s for d in decisions.values() for s in d.sources)])
        return Explanation(
            organisation=self._organisation,
            year=label,
            chair=chair,
            name=self._members[chair.member].name,
            rule=self._rule,
            reason=reason.text,
            due=reason.due,
            expected=reason.member,
            decisions=tuple(decisions.values()),
            chain=chain,
            omitted=omitted,
            open_questions=tuple(dict.fromkeys(questions)),
            sources=tuple(self._network.source(s) for s in cited),
        )

    def assuming(self, *decisions: Decision) -> Rotation:
        """A new rotation with ``decisions`` added to the recorded ones: a what-if.

        Nothing else changes, and this rotation stays as it was. A decision may bend terms
        not yet served; an agreed term it assigns (or whose chair it concerns) is set aside
        for it. Raises :class:`ascn.ValidationError` for a decision about another
        organisation (the ASCN's rotation takes ASEAN decisions, since it follows the ASEAN
        chair), about a served term, citing unknown sources, or that does not fit the
        rotation.
        """
        problems: list[Problem] = []
        set_aside: set[int] = set()
        sources = {s.id for s in self._network.sources()}
        given: tuple[object, ...] = decisions  # callers without a type checker pass anything
        for index, decision in enumerate(given):
            path = f"assuming[{index}]"
            if not isinstance(decision, Decision):
                problems.append(Problem(path, f"expected a Decision, got {describe(decision)}"))
                continue
            if decision.organisation is not self._decided_by:
                problems.append(
                    Problem(
                        f"{path}.organisation",
                        f"the rotation takes decisions about {self._decided_by.value}",
                    )
                )
            for j, term in enumerate(decision.terms):
                record = self._records.get(term)
                if record is not None and record.status is Status.RECORDED:
                    problems.append(
                        Problem(
                            f"{path}.terms[{j}]",
                            f"{term} has been served (record {record.id}); a what-if bends "
                            "terms not yet served",
                        )
                    )
                elif record is not None and (
                    decision.kind in _ASSIGNING or record.member in decision.members
                ):
                    set_aside.add(term)
            problems.extend(
                Problem(f"{path}.sources[{j}]", f"names source {s!r}, which is not in sources")
                for j, s in enumerate(decision.sources)
                if s not in sources
            )
        if problems:
            raise ValidationError(problems, subject="what-if")
        return self._rebuild(tuple(decisions), frozenset(set_aside))

    # -- answers from records and the projection --------------------------------------------

    def _label(self, year: int) -> int:
        label = self._schedule.label_for_year(year)
        if label is None or label < self._projection.first:
            raise NoChairError(self._organisation.value, year, self._projection.before_first())
        return label

    def _code(self, label: int, asked: object = None) -> str:
        record = self._records.get(label)
        if record is not None:
            return record.member
        if self._last_served is not None and label < self._last_served:
            suggested = self._members[self._projection.member(label)].name
            raise NoChairError(
                self._organisation.value,
                label if asked is None else asked,
                f"the sources record no term starting in {label}; the rotation rule suggests "
                f"{suggested}, unverified",
            )
        return self._projection.member(label)

    def _term(self, label: int, asked: object = None) -> Chairmanship:
        found = self._records.get(label) or self._terms.get(label)
        if found is not None:
            return found
        if self._last_served is not None and label < self._last_served:
            self._code(label, asked)  # raises for a past term the sources do not cover
        verdict = self._projection.verdict(label)
        term = self._schedule.term(label)
        chair = Chairmanship(
            id=f"{self._id_prefix}-{label}-projected",
            organisation=self._organisation,
            member=verdict.member,
            start=term.start,
            end=term.end,
            status=Status.PROJECTED,
            basis=verdict.basis,
            sources=verdict.sources,
            note=verdict.note,
        )
        self._terms[label] = chair
        return chair

    def _next_label(self, code: str, after: int, name: str) -> int | None:
        start = max(after, self._projection.first - 1)
        steady = self._projection.steady_after
        for label in self._schedule.labels(start + 1, steady):
            try:
                holder = self._code(label)
            except NoChairError as error:
                raise NoChairError(
                    self._organisation.value,
                    name,
                    f"the term of {label} is not known ({error.reason}), so when {name} next "
                    f"chaired after {after} is not known either",
                ) from None
            if holder == code:
                return label
        return self._projection.next_label(code, max(start, steady))

    def _chain(self, label: int) -> tuple[tuple[Step, ...], int]:
        # From the last served term (or the term itself, when served) to the term; a long
        # chain keeps its head, up to where the order starts repeating, and its last term.
        start = label
        if self._term(label).status is not Status.RECORDED:
            start = self._projection.first if self._last_served is None else self._last_served
        if label - start < _FULL_CHAIN:
            shown, omitted = list(self._schedule.labels(start, label)), 0
        else:
            head = max(self._projection.steady_after + 1, start + _FULL_CHAIN // 2)
            shown = [*self._schedule.labels(start, head), label]
            omitted = label - head - 1  # past the steady point, labels are consecutive years
        return tuple(self._step(shown_label) for shown_label in shown), omitted

    def _step(self, label: int) -> Step:
        chair = self._term(label)
        if chair.status is Status.PROJECTED:
            why = self._projection.reason(label).brief
        else:
            why = f"record {chair.id}"
        return Step(
            year=label,
            member=chair.member,
            name=self._members[chair.member].name,
            status=chair.status,
            why=why,
        )
