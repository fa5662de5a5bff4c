"""Terms of office: when a holding starts and ends, and what "active on a day" means."""

from __future__ import annotations

import pendulum

from ascn.dates import PartialDate

__all__ = ["certainly_active", "certainly_overlap"]


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
