"""The derived views of :mod:`ascn.tables`: the timeline, and DataFrames of any rows."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ascn.dates import PartialDate
from ascn.errors import ValidationError
from ascn.model.chair import Chairmanship, Organisation
from ascn.model.checks import describe
from ascn.model.city import City
from ascn.model.events import Meeting
from ascn.model.network import Network

if TYPE_CHECKING:
    import pandas

    from ascn.tables import Cell, Record

__all__ = ["timeline", "to_dataframe"]


def _member_names(network: Network) -> dict[str, str]:
    return {m.code: m.name for m in network.members()}


# -- the timeline ------------------------------------------------------------------------


def timeline(
    network: Network,
    *,
    organisation: Organisation | str = Organisation.ASEAN,
    first: int | None = None,
    last: int | None = None,
) -> list[Record]:
    """Chairs, city intakes and meetings from ``first`` to ``last`` (years), by start date.

    Chairs come from the organisation's rotation, so projected terms appear with status
    ``projected``. ``first`` defaults to the year the network was established and ``last`` to
    the last year any stored chair of the organisation starts, so the default view shows
    only what the sources state, plus the rule's projections for years between them. A city
    or meeting is included when the year it starts is in the range; a meeting with no known
    date is left out, since it has no place on a time axis.
    """
    if not isinstance(network, Network):
        raise ValidationError.single("network", f"expected a Network, got {describe(network)}")
    first = network.established.year if first is None else first
    if last is None:
        stored = network.chairs(organisation=organisation)
        last = max((c.start.year for c in stored), default=first)
    names = _member_names(network)
    rows = [
        _chair_event(chair, names) for chair in network.rotation(organisation).schedule(first, last)
    ]
    rows.extend(
        _city_event(city, names) for city in network.cities() if first <= city.joined.year <= last
    )
    rows.extend(
        _meeting_event(meeting, names)
        for meeting in network.meetings()
        if meeting.start is not None and first <= meeting.start.year <= last
    )
    order = {"chair": 0, "city": 1, "meeting": 2}
    rows.sort(key=lambda row: (row["start"], order[str(row["kind"])], str(row["id"])))
    return rows


def _span(start: PartialDate, end: PartialDate | None) -> str:
    if end is None or end == start:
        return start.isoformat()
    return f"{start.isoformat()}/{end.isoformat()}"


def _event(
    kind: str,
    id_: str,
    start: PartialDate,
    end: PartialDate | None,
    member: str | None,
    names: Mapping[str, str],
    label: str,
) -> Record:
    return {
        "kind": kind,
        "id": id_,
        "start": start.earliest,
        "end": (end or start).latest,
        "when": _span(start, end),
        "member": member,
        "member_name": None if member is None else names.get(member),
        "label": label,
        "status": None,
        "intake": None,
    }


def _chair_event(chair: Chairmanship, names: Mapping[str, str]) -> Record:
    who = names.get(chair.member, chair.member)
    label = f"{chair.organisation.value} chair: {who} ({chair.status.value})"
    row = _event("chair", chair.id, chair.start, chair.end, chair.member, names, label)
    row["status"] = chair.status.value
    return row


def _city_event(city: City, names: Mapping[str, str]) -> Record:
    label = f"{city.name} joins ({city.intake.value} intake)"
    row = _event("city", city.id, city.joined, None, city.country, names, label)
    row["intake"] = city.intake.value
    return row


def _meeting_event(meeting: Meeting, names: Mapping[str, str]) -> Record:
    assert meeting.start is not None
    where = f", {meeting.city}" if meeting.city else ""
    label = f"{meeting.title}{where}"
    return _event("meeting", meeting.id, meeting.start, meeting.end, meeting.host, names, label)


# -- pandas ------------------------------------------------------------------------------


def to_dataframe(
    rows: Sequence[Mapping[str, Cell]], *, columns: Sequence[str] | None = None
) -> pandas.DataFrame:
    """A pandas DataFrame of ``rows``; a column whose known values are all dates becomes
    ``datetime64`` (unknown dates become ``NaT``).

    ``columns`` fixes the columns and their order (``[c.name for c in COLUMNS["cities"]]``),
    which also gives an empty list of rows its columns; by default they are the first row's
    keys. Needs the ``pandas`` extra: ``pip install 'ascn[pandas]'``.
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(
            "ascn.tables.to_dataframe needs pandas; install it with: pip install 'ascn[pandas]'"
        ) from exc
    names = list(columns) if columns is not None else list(rows[0]) if rows else []
    frame = pd.DataFrame.from_records([dict(row) for row in rows], columns=names)
    for name in names:
        values = [row.get(name) for row in rows]
        present = [v for v in values if v is not None]
        if present and all(isinstance(v, _dt.date) for v in present):
            frame[name] = pd.to_datetime(pd.Series(values, dtype=object))
    return frame
