"""Term schedules: when each term of a rotation starts and ends.

A term is labelled by the year it starts. A schedule is a run of eras: yearly terms that
start in the same month (the pre-Charter ASEAN Standing Committee ran July to July; Charter
chairs serve calendar years), and single terms with dates of their own (a stretched
transition term). Labels need not be consecutive: a term that runs over two years leaves the
second year without a term of its own.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence

import attrs
import pendulum

from ascn.dates import PartialDate

__all__ = ["AnnualTerms", "Era", "SingleTerm", "Term", "TermSchedule"]


@attrs.frozen(kw_only=True)
class Term:
    """One term: its label (the year it starts) and its first and last days, both inclusive."""

    label: int
    start: PartialDate
    end: PartialDate

    def may_cover(self, day: pendulum.Date) -> bool:
        """True when the term covers ``day`` or may, as far as its dates are known."""
        return self.start.earliest <= day <= self.end.latest


@attrs.frozen(kw_only=True)
class AnnualTerms:
    """Yearly terms labelled ``first`` to ``last`` (open-ended when ``None``).

    Each starts on ``month``/``day`` and ends the day before the next starts. With ``day``
    ``None`` only the month of each handover is known, and the terms' dates keep month
    precision.
    """

    first: int
    last: int | None = None
    month: int = 1
    day: int | None = 1

    def holds(self, label: int) -> bool:
        """True when ``label`` is one of these terms."""
        return self.first <= label and (self.last is None or label <= self.last)

    def term(self, label: int) -> Term:
        """The term labelled ``label``."""
        if self.day is None:
            start, end = PartialDate(label, self.month), PartialDate(label + 1, self.month)
        elif (self.month, self.day) == (1, 1):
            start, end = PartialDate(label, 1, 1), PartialDate(label, 12, 31)
        else:
            begins = self._day(label)
            last_day = self._day(label + 1).subtract(days=1)
            start = PartialDate(begins.year, begins.month, begins.day)
            end = PartialDate(last_day.year, last_day.month, last_day.day)
        return Term(label=label, start=start, end=end)

    def _day(self, year: int) -> pendulum.Date:
        # A handover on 29 February falls on the 28th in common years.
        assert self.day is not None
        return pendulum.Date(
            year, self.month, min(self.day, calendar.monthrange(year, self.month)[1])
        )


@attrs.frozen(kw_only=True)
class SingleTerm:
    """One term with dates of its own, such as a stretched transition term."""

    only: Term

    @property
    def first(self) -> int:
        """The term's label."""
        return self.only.label

    @property
    def last(self) -> int:
        """The term's label."""
        return self.only.label

    def holds(self, label: int) -> bool:
        """True when ``label`` is this term's label."""
        return label == self.only.label

    def term(self, label: int) -> Term:
        """The term (``label`` is its own)."""
        return self.only


Era = AnnualTerms | SingleTerm


class TermSchedule:
    """A rotation's terms over time, as consecutive eras; the last may be open-ended."""

    __slots__ = ("eras",)

    def __init__(self, eras: Sequence[Era]) -> None:
        self.eras = tuple(eras)

    @property
    def first(self) -> int:
        """The label of the first term."""
        return self.eras[0].first

    @property
    def steady_from(self) -> int | None:
        """The first label from which terms are yearly and never change, if they ever are."""
        last = self.eras[-1]
        return last.first if isinstance(last, AnnualTerms) and last.last is None else None

    def _era(self, label: int) -> Era | None:
        for era in self.eras:
            if era.holds(label):
                return era
        return None

    def is_label(self, label: int) -> bool:
        """True when a term starts in year ``label``."""
        return self._era(label) is not None

    def term(self, label: int) -> Term:
        """The term labelled ``label``; raises ``KeyError`` when no term starts that year."""
        era = self._era(label)
        if era is None:
            raise KeyError(label)
        return era.term(label)

    def label_for_year(self, year: int) -> int | None:
        """The term of ``year``: the one starting that year, else the one running through it."""
        for era in reversed(self.eras):
            if era.first <= year:
                return year if era.last is None or year <= era.last else era.last
        return None

    def labels(self, first: int, last: int) -> Iterator[int]:
        """The labels from ``first`` to ``last``, both included, in order."""
        for era in self.eras:
            high = last if era.last is None else min(last, era.last)
            yield from range(max(first, era.first), high + 1)

    def after(self, label: int) -> int | None:
        """The label of the term that follows the term ``label``, if any."""
        for era in self.eras:
            if era.last is None or label < era.last:
                return max(label + 1, era.first)
        return None

    def around(self, day: pendulum.Date) -> list[Term]:
        """The terms that cover ``day`` or may, in order."""
        found: list[Term] = []
        for era in self.eras:
            labels = [era.first] if isinstance(era, SingleTerm) else [day.year - 1, day.year]
            found.extend(
                era.term(label)
                for label in labels
                if era.holds(label) and era.term(label).may_cover(day)
            )
        return found

    def since(self, day: pendulum.Date) -> TermSchedule:
        """This schedule from the term covering ``day`` on, that term starting on ``day``."""
        covering = self.around(day)
        if not covering:
            label = self.label_for_year(day.year)
            following = self.first if label is None else self.after(label)
            return TermSchedule([] if following is None else self._from(following))
        term = covering[-1]
        if term.start.earliest < day:
            term = attrs.evolve(term, start=PartialDate(day.year, day.month, day.day))
        rest = self.after(term.label)
        return TermSchedule([SingleTerm(only=term), *([] if rest is None else self._from(rest))])

    def _from(self, label: int) -> list[Era]:
        eras: list[Era] = []
        for era in self.eras:
            if era.last is not None and era.last < label:
                continue
            if isinstance(era, AnnualTerms) and era.first < label:
                era = attrs.evolve(era, first=label)
            eras.append(era)
        return eras
