"""The network as flat records, ready for notebooks, spreadsheets and pandas.

Every kind of record has a function that returns a ``list[dict]`` with one flat row per
record, its keys in the order :data:`COLUMNS` gives (and documents):

>>> import ascn, ascn.tables
>>> rows = ascn.tables.members(ascn.load())
>>> rows[0]["code"], rows[0]["admitted"]
('BN', Date(1984, 1, 7))

Conventions shared by every table:

* an exact date (``MemberState.admitted``) is a ``pendulum.Date`` (a ``datetime.date``);
* a date the sources give only to the month or year (:class:`ascn.PartialDate`) becomes three
  columns: ``X`` holds it as the sources give it (``"2024"``, ``"2023-07"``,
  ``"2018-04-28"``), ``X_earliest`` and ``X_latest`` the first and last day it may stand for.
  No column claims a day the sources do not give;
* several values (aliases, source ids) are joined by ``"; "`` into one text;
* enumerations are their document values (``"recorded"``, ``"pilot"``); unknown is ``None``.

:func:`timeline` puts chairs, city intakes and meetings on one time axis, and
:func:`to_dataframe` turns any of these lists into a pandas DataFrame (``pip install
'ascn[pandas]'``).
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Final

import attrs

from ascn.dates import PartialDate
from ascn.errors import ValidationError
from ascn.model.appointment import Appointment
from ascn.model.chair import Chairmanship, Organisation
from ascn.model.city import City
from ascn.model.decision import Decision
from ascn.model.events import Meeting, Milestone
from ascn.model.network import Network
from ascn.model.partner import FrameworkElement, Partner

if TYPE_CHECKING:
    import pandas

__all__ = [
    "COLUMNS",
    "KINDS",
    "SEPARATOR",
    "Cell",
    "Column",
    "Record",
    "appointments",
    "chairs",
    "cities",
    "decisions",
    "framework",
    "meetings",
    "members",
    "milestones",
    "partners",
    "records",
    "sources",
    "timeline",
    "to_dataframe",
]

Cell = str | int | float | _dt.date | None
"""What a record holds in one column."""

Record = dict[str, Cell]
"""One flat row: column name to value."""

SEPARATOR: Final = "; "
"""What joins several values (aliases, source ids) in one column."""


@attrs.frozen
class Column:
    """A column of a table: its name and what it holds."""

    name: str
    description: str


def _partial(name: str, what: str) -> tuple[Column, ...]:
    return (
        Column(name, f"{what} (YYYY, YYYY-MM or YYYY-MM-DD: as precise as the sources)"),
        Column(f"{name}_earliest", f"the first day {name} may stand for (date)"),
        Column(f"{name}_latest", f"the last day {name} may stand for (date)"),
    )


_PROVENANCE = (
    Column("confidence", "how sure the sources make it: high, medium or low"),
    Column("sources", "ids of the sources cited, joined by '; '"),
    Column("note", "remarks on the record, such as conflicts between sources"),
)

COLUMNS: Final[Mapping[str, tuple[Column, ...]]] = {
    "sources": (
        Column("id", "the source's id, as records cite it"),
        Column("url", "where it is published"),
        Column("title", "its title"),
        Column("publisher", "who published it"),
        *_partial("date", "when it was published"),
    ),
    "members": (
        Column("code", "ISO 3166-1 alpha-2 code"),
        Column("alpha3", "ISO 3166-1 alpha-3 code"),
        Column("name", "ASEAN English short name (orders the chair rotation)"),
        Column("formal_name", "formal name"),
        Column("admitted", "day it joined ASEAN (date)"),
        Column("capital", "capital city"),
        Column("timezones", "IANA time zones, joined by '; '"),
        Column("aliases", "other names people use, joined by '; '"),
        Column("cities", "number of its network cities (in the network on the day, if given)"),
        *_PROVENANCE,
    ),
    "cities": (
        Column("id", "the city's id"),
        Column("name", "official ASCN spelling"),
        Column("country", "member state code"),
        Column("country_name", "member state name"),
        Column("intake", "pilot (the 26 cities of 2018) or later"),
        *_partial("joined", "when it joined"),
        Column("joined_at", "the event where it joined"),
        *_partial("left", "when it left, if it did"),
        Column("timezone", "IANA time zone"),
        Column("latitude", "approximate latitude (decimal degrees)"),
        Column("longitude", "approximate longitude (decimal degrees)"),
        Column("aliases", "other names, joined by '; '"),
        *_PROVENANCE,
    ),
    "appointments": (
        Column("id", "the appointment's id"),
        Column("role", "role id, such as national-representative"),
        Column("role_label", "role name in prose"),
        Column("holder", "person or agency holding the role"),
        Column("holder_kind", "person or agency"),
        Column("member", "member state code the holder acts for or comes from"),
        Column("city", "city id, for a Chief Smart City Officer"),
        Column("designation", "the holder's title"),
        *_partial("start", "when the term started (empty if unknown)"),
        *_partial("end", "when the term ended (empty if open)"),
        *_PROVENANCE,
    ),
    "chairs": (
        Column("id", "the chairmanship's id"),
        Column("organisation", "ASEAN or ASCN"),
        Column("term", "the year the term starts, which labels it"),
        Column("member", "member state code"),
        Column("member_name", "member state name"),
        *_partial("start", "first day of the term"),
        *_partial("end", "last day of the term"),
        Column("status", "recorded (served), agreed (decided) or projected (by the rule)"),
        Column("basis", "what it rests on: record, decision or rule"),
        Column("basis_reference", "the record or decision it rests on"),
        Column("basis_detail", "how the basis applies"),
        Column("office", "the office, where it differs from the plain chair"),
        *_PROVENANCE,
    ),
    "decisions": (
        Column("id", "the decision's id"),
        Column("organisation", "ASEAN or ASCN"),
        Column("kind", "relinquish, swap, skip, placement, exclusion or term-change"),
        Column("members", "member state codes it concerns, joined by '; '"),
        Column("terms", "years of the terms it affects, joined by '; '"),
        Column("summary", "what was decided"),
        *_partial("decided", "when it was decided"),
        Column("venue", "where it was decided"),
        *_PROVENANCE,
    ),
    "meetings": (
        Column("id", "the meeting's id"),
        Column("ordinal", "its number in the series"),
        Column("title", "its title"),
        Column("host", "code of the member state that hosted"),
        Column("host_name", "name of the member state that hosted"),
        Column("city", "where it was held, as the sources name it"),
        Column("format", "in-person, virtual or hybrid"),
        *_partial("start", "first day"),
        *_partial("end", "last day"),
        Column("chaired_by", "who chaired it"),
        *_PROVENANCE,
    ),
    "partners": (
        Column("id", "the partner's id"),
        Column("name", "its name"),
        Column("programme", "the programme it runs with the network"),
        *_partial("since", "when it started"),
        *_partial("until", "when it ended"),
        *_PROVENANCE,
    ),
    "milestones": (
        Column("id", "the milestone's id"),
        Column("event", "what happened"),
        *_partial("date", "when"),
        *_PROVENANCE,
    ),
    "framework": (
        Column("id", "the element's id"),
        Column("kind", "focus-area or strategic-outcome"),
        Column("label", "its name"),
        Column("aliases", "other names, joined by '; '"),
        *_PROVENANCE,
    ),
    "timeline": (
        Column("kind", "chair, city (an intake) or meeting"),
        Column("id", "id of the chairmanship, city or meeting"),
        Column("start", "first day it may start (date)"),
        Column("end", "last day it may end (date); for a city, the last day it may have joined"),
        Column("when", "its dates as the sources give them"),
        Column("member", "member state code: the chair, the city's state or the host"),
        Column("member_name", "member state name"),
        Column("label", "what happened, in words"),
        Column("status", "for a chair: recorded, agreed or projected"),
        Column("intake", "for a city: pilot or later"),
    ),
}
"""The columns of every table, in order, with what each holds."""

KINDS: Final = tuple(kind for kind in COLUMNS if kind != "timeline")
"""The kinds of record :func:`records` accepts (the network's collections)."""


# -- cells -------------------------------------------------------------------------------


def _value(value: object) -> Cell:
    if isinstance(value, Enum):
        return str(value.value)
    assert value is None or isinstance(value, str | int | float | _dt.date), value
    return value


def _joined(values: Iterable[object]) -> str | None:
    texts = [str(v) for v in values]
    return SEPARATOR.join(texts) if texts else None


def _dates(name: str, value: PartialDate | None) -> Record:
    if value is None:
        return {name: None, f"{name}_earliest": None, f"{name}_latest": None}
    return {
        name: value.isoformat(),
        f"{name}_earliest": value.earliest,
        f"{name}_latest": value.latest,
    }


def _provenance(record: object) -> Record:
    return {
        "confidence": _value(getattr(record, "confidence", None)),
        "sources": _joined(getattr(record, "sources", ())),
        "note": getattr(record, "note", None),
    }


def _member_names(network: Network) -> dict[str, str]:
    return {m.code: m.name for m in network.members()}


# -- one function per kind ---------------------------------------------------------------


def sources(network: Network) -> list[Record]:
    """One row per source (see ``COLUMNS["sources"]``)."""
    return [
        {
            "id": s.id,
            "url": s.url,
            "title": s.title,
            "publisher": s.publisher,
            **_dates("date", s.date),
        }
        for s in network.sources()
    ]


def members(network: Network, *, on: object = None) -> list[Record]:
    """One row per member state, or per state that was a member ``on`` a day.

    ``cities`` counts the state's network cities: all of them, or with ``on`` those certainly
    in the network that day.
    """
    counts = Counter(c.country for c in network.cities(on=on))
    return [
        {
            "code": m.code,
            "alpha3": m.alpha3,
            "name": m.name,
            "formal_name": m.formal_name,
            "admitted": m.admitted,
            "capital": m.capital,
            "timezones": _joined(m.timezones),
            "aliases": _joined(m.aliases),
            "cities": counts[m.code],
            **_provenance(m),
        }
        for m in network.members(on=on)
    ]


def cities(network: Network, *, on: object = None, country: str | None = None) -> list[Record]:
    """One row per city, optionally those in the network ``on`` a day and of one ``country``.

    ``country`` is a member's code, name or alias, as :meth:`ascn.Network.member` takes.
    """
    names = _member_names(network)
    return [_city(c, names) for c in network.cities(on=on, country=country)]


def _city(city: City, names: Mapping[str, str]) -> Record:
    return {
        "id": city.id,
        "name": city.name,
        "country": city.country,
        "country_name": names.get(city.country),
        "intake": _value(city.intake),
        **_dates("joined", city.joined),
        "joined_at": city.joined_at,
        **_dates("left", city.left),
        "timezone": city.timezone,
        "latitude": city.location.latitude,
        "longitude": city.location.longitude,
        "aliases": _joined(city.aliases),
        **_provenance(city),
    }


def appointments(network: Network, *, on: object = None) -> list[Record]:
    """One row per appointment, or per appointment whose term certainly covers ``on``."""
    return [_appointment(a) for a in network.appointments(on=on)]


def _appointment(appointment: Appointment) -> Record:
    return {
        "id": appointment.id,
        "role": _value(appointment.role),
        "role_label": appointment.role.label,
        "holder": appointment.holder,
        "holder_kind": _value(appointment.holder_kind),
        "member": appointment.member,
        "city": appointment.city,
        "designation": appointment.designation,
        **_dates("start", appointment.start),
        **_dates("end", appointment.end),
        **_provenance(appointment),
    }


def chairs(
    network: Network,
    terms: Iterable[Chairmanship] | None = None,
    *,
    organisation: Organisation | str | None = None,
) -> list[Record]:
    """One row per chairmanship: the network's stored ones, or the given ``terms``.

    Pass the result of a rotation query as ``terms`` to tabulate projected chairs too
    (``chairs(network, network.rotation().schedule(2020, 2030))``); ``network`` supplies the
    member names.
    """
    if terms is None:
        terms = network.chairs(organisation=organisation)
    names = _member_names(network)
    return [_chair(c, names) for c in terms]


def _chair(chair: Chairmanship, names: Mapping[str, str]) -> Record:
    return {
        "id": chair.id,
        "organisation": _value(chair.organisation),
        "term": chair.start.year,
        "member": chair.member,
        "member_name": names.get(chair.member),
        **_dates("start", chair.start),
        **_dates("end", chair.end),
        "status": _value(chair.status),
        "basis": _value(chair.basis.kind),
        "basis_reference": chair.basis.reference,
        "basis_detail": chair.basis.detail,
        "office": chair.office,
        **_provenance(chair),
    }


def decisions(network: Network) -> list[Record]:
    """One row per recorded decision that bends a rotation."""
    return [_decision(d) for d in network.decisions()]


def _decision(decision: Decision) -> Record:
    return {
        "id": decision.id,
        "organisation": _value(decision.organisation),
        "kind": _value(decision.kind),
        "members": _joined(decision.members),
        "terms": _joined(decision.terms),
        "summary": decision.summary,
        **_dates("decided", decision.decided),
        "venue": decision.venue,
        **_provenance(decision),
    }


def meetings(network: Network) -> list[Record]:
    """One row per meeting of the network."""
    names = _member_names(network)
    return [_meeting(m, names) for m in network.meetings()]


def _meeting(meeting: Meeting, names: Mapping[str, str]) -> Record:
    return {
        "id": meeting.id,
        "ordinal": meeting.ordinal,
        "title": meeting.title,
        "host": meeting.host,
        "host_name": None if meeting.host is None else names.get(meeting.host),
        "city": meeting.city,
        "format": _value(meeting.format),
        **_dates("start", meeting.start),
        **_dates("end", meeting.end),
        "chaired_by": meeting.chaired_by,
        **_provenance(meeting),
    }


def partners(network: Network) -> list[Record]:
    """One row per external partner."""
    return [_partner(p) for p in network.partners()]


def _partner(partner: Partner) -> Record:
    return {
        "id": partner.id,
        "name": partner.name,
        "programme": partner.programme,
        **_dates("since", partner.since),
        **_dates("until", partner.until),
        **_provenance(partner),
    }


def milestones(network: Network) -> list[Record]:
    """One row per dated event in the network's history."""
    return [_milestone(m) for m in network.milestones()]


def _milestone(milestone: Milestone) -> Record:
    return {
        "id": milestone.id,
        "event": milestone.event,
        **_dates("date", milestone.date),
        **_provenance(milestone),
    }


def framework(network: Network) -> list[Record]:
    """One row per focus area or strategic outcome of the ASEAN Smart Cities Framework."""
    return [_framework_element(e) for e in network.framework()]


def _framework_element(element: FrameworkElement) -> Record:
    return {
        "id": element.id,
        "kind": _value(element.kind),
        "label": element.label,
        "aliases": _joined(element.aliases),
        **_provenance(element),
    }


_TABLES: Final[Mapping[str, Callable[[Network], list[Record]]]] = {
    "sources": sources,
    "members": members,
    "cities": cities,
    "appointments": appointments,
    "chairs": chairs,
    "decisions": decisions,
    "meetings": meetings,
    "partners": partners,
    "milestones": milestones,
    "framework": framework,
}


def records(kind: str, network: Network) -> list[Record]:
    """Every record of one kind (one of :data:`KINDS`), as rows."""
    table = _TABLES.get(kind)
    if table is None:
        raise ValidationError.single("kind", f"expected one of {', '.join(KINDS)}, got {kind!r}")
    return table(network)


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
