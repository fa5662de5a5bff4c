"""Dates in ascn: exact days as ``pendulum.Date`` and dates known only to the month or year.

Two jobs live here:

* :func:`to_date` turns whatever a caller passes to a date-taking function (an ISO
  ``YYYY-MM-DD`` string, ``datetime.date``, ``datetime.datetime`` or a pendulum value) into a
  ``pendulum.Date``. Every public function of ascn normalises its dates through it.
* :class:`PartialDate` stores a date at the precision the sources give: ``2025``,
  ``2023-07`` or ``2018-04-28``. It never invents the missing day; instead it offers the
  :attr:`~PartialDate.earliest` and :attr:`~PartialDate.latest` days it may stand for.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from enum import Enum
from typing import Final

import attrs
import pendulum

from ascn.errors import ValidationError, shown

__all__ = [
    "DateLike",
    "PartialDate",
    "Precision",
    "certainly_active",
    "certainly_overlap",
    "parse_iso_date",
    "to_date",
]

DateLike = str | _dt.date
"""What date-taking functions accept (``datetime.datetime`` and pendulum values are dates)."""

_ISO_DAY: Final = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_ISO_PARTIAL: Final = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def _describe(value: object) -> str:
    if isinstance(value, str):
        return f"the text {shown(value)}"
    return f"{type(value).__name__} {shown(value)}"


def parse_iso_date(text: str, *, path: str = "") -> pendulum.Date:
    """Parse exactly ``YYYY-MM-DD`` into a ``pendulum.Date``.

    Week dates, ordinal dates, times and other forms that ``date.fromisoformat`` or
    ``pendulum.parse`` would accept are refused, so that a document has one spelling of a day.
    """
    match = _ISO_DAY.fullmatch(text)
    if match is None:
        raise ValidationError.single(path, f"expected a date as YYYY-MM-DD, got {shown(text)}")
    year, month, day = (int(part) for part in match.groups())
    try:
        return pendulum.Date(year, month, day)
    except ValueError:
        raise ValidationError.single(path, f"{shown(text)} is not a day of the calendar") from None


def to_date(value: object, *, path: str = "date") -> pendulum.Date:
    """Normalise a caller's date to a ``pendulum.Date``.

    Accepts an ISO ``YYYY-MM-DD`` string, a ``datetime.date``, or a ``datetime.datetime``
    (including pendulum's ``Date`` and ``DateTime``). A datetime gives its own calendar day,
    in its own time zone: ascn never moves a value to another zone. Anything else raises
    :class:`ascn.ValidationError` whose problem is at ``path``.
    """
    if isinstance(value, pendulum.DateTime):
        return pendulum.Date(value.year, value.month, value.day)
    if isinstance(value, pendulum.Date):
        return value
    if isinstance(value, _dt.datetime | _dt.date):
        return pendulum.Date(value.year, value.month, value.day)
    if isinstance(value, str):
        return parse_iso_date(value, path=path)
    raise ValidationError.single(
        path, f"expected a date (YYYY-MM-DD text, date or datetime), got {_describe(value)}"
    )


class Precision(Enum):
    """How much of a :class:`PartialDate` is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


_DAYS_IN_MONTH: Final = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month]


def _check_parts(instance: PartialDate, _attribute: attrs.Attribute[int], _value: int) -> None:
    year, month, day = instance.year, instance.month, instance.day
    if type(year) is not int or not 1 <= year <= 9999:
        raise ValidationError.single("year", f"expected a year from 1 to 9999, got {shown(year)}")
    if month is None:
        if day is not None:
            raise ValidationError.single("day", "a day needs a month")
        return
    if type(month) is not int or not 1 <= month <= 12:
        raise ValidationError.single("month", f"expected a month from 1 to 12, got {shown(month)}")
    if day is None:
        return
    last = _days_in_month(year, month)
    if type(day) is not int or not 1 <= day <= last:
        raise ValidationError.single(
            "day", f"expected a day from 1 to {last} of {year:04d}-{month:02d}, got {shown(day)}"
        )


@attrs.frozen(order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Written and parsed as ISO 8601 at reduced precision: ``"2025"``, ``"2023-07"``,
    ``"2018-04-28"``. Two partial dates are equal only if they have the same precision and
    parts: ``PartialDate(2023)`` is not ``PartialDate(2023, 7)``.
    """

    year: int = attrs.field(validator=_check_parts)
    month: int | None = None
    day: int | None = None
    # The bounds are asked for often (every as-of query, every overlap check), so each is
    # worked out once, on first use; they follow from the parts and take no part in equality.
    _earliest: pendulum.Date | None = attrs.field(init=False, default=None, eq=False, repr=False)
    _latest: pendulum.Date | None = attrs.field(init=False, default=None, eq=False, repr=False)
    # Written out on first use: documents write the same few dates many times.
    _text: str | None = attrs.field(init=False, default=None, eq=False, repr=False)

    @classmethod
    def parse(cls, text: str, *, path: str = "") -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; anything else is refused."""
        if not isinstance(text, str):
            raise ValidationError.single(
                path, f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {type(text).__name__}"
            )
        try:
            return _parse_partial(text)
        except ValidationError as error:
            raise error.within(path) from None

    @classmethod
    def of(cls, value: object, *, path: str = "date") -> PartialDate:
        """A partial date from a ``PartialDate``, reduced ISO text or what :func:`to_date` takes."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, str):
            return cls.parse(value, path=path)
        day = to_date(value, path=path)
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> Precision:
        """Whether the year, the month or the day is known."""
        if self.month is None:
            return Precision.YEAR
        return Precision.MONTH if self.day is None else Precision.DAY

    @property
    def is_exact(self) -> bool:
        """True when the day is known."""
        return self.day is not None

    @property
    def earliest(self) -> pendulum.Date:
        """The first day this date may stand for."""
        day = self._earliest
        if day is None:
            day = pendulum.Date(self.year, self.month or 1, self.day or 1)
            # A cache of a value derived from frozen data: the date stays immutable.
            object.__setattr__(self, "_earliest", day)
        return day

    @property
    def latest(self) -> pendulum.Date:
        """The last day this date may stand for."""
        day = self._latest
        if day is None:
            month = self.month or 12
            day = pendulum.Date(self.year, month, self.day or _days_in_month(self.year, month))
            object.__setattr__(self, "_latest", day)
        return day

    def exact(self) -> pendulum.Date:
        """The day itself; raises :class:`ascn.ValidationError` when it is not known."""
        if self.day is None:
            raise ValidationError.single("", f"{self} is known only to the {self.precision.value}")
        return self.earliest

    def isoformat(self) -> str:
        """ISO 8601 text at this date's precision."""
        if self._text is not None:
            return self._text
        if self.month is None:
            text = f"{self.year:04d}"
        elif self.day is None:
            text = f"{self.year:04d}-{self.month:02d}"
        else:
            text = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        object.__setattr__(self, "_text", text)
        return text

    def __str__(self) -> str:
        return self.isoformat()


# Documents repeat the same few dates many times; partial dates are immutable, so one parsed
# value can stand for every occurrence. Refusals raise, and lru_cache never caches those.
@functools.lru_cache(maxsize=1 << 14)
def _parse_partial(text: str) -> PartialDate:
    match = _ISO_PARTIAL.fullmatch(text)
    if match is None:
        raise ValidationError.single(
            "", f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {shown(text)}"
        )
    year_text, month_text, day_text = match.groups()
    month = None if month_text is None else int(month_text)
    day = None if day_text is None else int(day_text)
    try:
        return PartialDate(int(year_text), month, day)
    except ValidationError:
        raise ValidationError.single("", f"{shown(text)} is not a date of the calendar") from None


# -- terms: when a holding starts and ends, and what "active on a day" means ----------------


def certainly_active(
    start: PartialDate | None, end: PartialDate | None, day: pendulum.Date
) -> bool:
    """True when a term from ``start`` to ``end`` (both inclusive) certainly covers ``day``.

    An unknown ``start`` covers no day; an open ``end`` (``None``) runs on. A partial start
    counts from its latest possible day and a partial end up to its earliest, so a term known
    only as "2021" covers no day until its bounds are known more closely: ascn answers only
    what the sources make certain.
    """
    if start is None or start.latest > day:
        return False
    return end is None or day <= end.earliest


def certainly_overlap(
    first: tuple[PartialDate | None, PartialDate | None],
    second: tuple[PartialDate | None, PartialDate | None],
) -> bool:
    """True when two terms certainly share more than a handover day.

    The day one term ends may be the day the next starts (a handover at a meeting), so terms
    overlap only when each starts strictly before the other ends. Unknown starts never overlap.
    """
    (a_start, a_end), (b_start, b_end) = first, second
    if a_start is None or b_start is None:
        return False
    a_begins, b_begins = a_start.latest, b_start.latest
    a_stops = None if a_end is None else a_end.earliest
    b_stops = None if b_end is None else b_end.earliest
    return (b_stops is None or a_begins < b_stops) and (a_stops is None or b_begins < a_stops)


@functools.lru_cache(maxsize=1 << 14)
def partial_or_none(text: str) -> PartialDate | None:
    """The partial date ``text`` writes, or None if it writes none (for the lean reader)."""
    try:
        return _parse_partial(text)
    except ValidationError:
        return None
