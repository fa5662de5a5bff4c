"""The network as flat records, ready for notebooks, spreadsheets and pandas.

Every kind of record has a function that returns a ``list[dict]`` with one flat row per
record, its keys in the order :data:`COLUMNS` gives (and documents):

>>> import ascn, ascn.tables
>>> rows = ascn.tables.members(ascn.load())
>>> rows[0]["code"], rows[0]["admitted"]
('BN', Date(1984, 1, 7))

The columns are not written out here: they are derived from the record classes' declarations
(``ascn.model.fields.fields_of``), one or more per field, in field order, so a field added
to a record class is a column of its table with no other change. :func:`rows` makes the rows
of any record class, :func:`columns` gives their columns. The conventions:

* text, numbers and exact days are one column each, as they are; an exact day
  (``MemberState.admitted``) is a ``pendulum.Date`` (a ``datetime.date``);
* a date the sources give only to the month or year (:class:`ascn.PartialDate`) becomes three
  columns: ``X`` holds it as the sources give it (``"2024"``, ``"2023-07"``,
  ``"2018-04-28"``), ``X_earliest`` and ``X_latest`` the first and last day it may stand for.
  No column claims a day the sources do not give;
* several values (aliases, source ids) are joined by ``"; "`` into one text;
* enumerations are their document values (``"recorded"``, ``"pilot"``); unknown is ``None``;
* a record held in a field is flattened into the columns of its own fields. A *tagged*
  record, one with a field named ``kind`` (a chair's ``basis``), gives its kind the field's
  own name and prefixes its other fields with it (``basis``, ``basis_reference``,
  ``basis_detail``); any other record (a city's ``location``) gives its fields under their
  own names (``latitude``, ``longitude``). Two columns of one name in a table are an error
  of the declarations (a ``TypeError``), so no column can hide another.

A column's description is the field's ``Doc(...)`` (``ascn.model.fields.Doc``), or else
its rule's description. Only a few columns are written here, derived from other records:
a member's ``cities`` (a count, after ``aliases``), ``country_name`` of a city (after
``country``), ``role_label`` of an appointment (after ``role``), ``term`` (after
``organisation``) and ``member_name`` (after ``member``) of a chair, and ``host_name`` of a
meeting (after ``host``).

:func:`timeline` puts chairs, city intakes and meetings on one time axis, and
:func:`to_dataframe` turns any of these lists into a pandas DataFrame (``pip install
'ascn[pandas]'``).
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from operator import attrgetter
from typing import Any, Final

import attrs

from ascn.dates import PartialDate
from ascn.errors import ValidationError
from ascn.model.appointment import Appointment
from ascn.model.chair import Chairmanship, Organisation
from ascn.model.checks import describe
from ascn.model.city import City
from ascn.model.events import Meeting
from ascn.model.fields import Field, fields_of
from ascn.model.member import MemberState
from ascn.model.network import PARTS, Network
from ascn.tables.views import timeline, to_dataframe

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
    "columns",
    "decisions",
    "framework",
    "meetings",
    "members",
    "milestones",
    "partners",
    "records",
    "rows",
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


# -- columns from the declarations --------------------------------------------------------


class _Context:
    """What derived columns look up in the network, each found once, when first needed."""

    def __init__(self, network: Network | None, on: object) -> None:
        self._network, self._on = network, on

    @functools.cached_property
    def names(self) -> Mapping[str, str]:
        """Member state names by code (none without a network)."""
        return {} if self._network is None else {m.code: m.name for m in self._network.members()}

    @functools.cached_property
    def cities(self) -> Mapping[str, int] | None:
        """Cities per member code, in the network ``on`` the day if given (None: no network)."""
        if self._network is None:
            return None
        return Counter(c.country for c in self._network.cities(on=self._on))


@attrs.frozen
class _Stored:
    """A column read from a record: the attributes to follow, then a conversion."""

    column: Column
    path: tuple[str, ...]
    convert: Callable[[Any], Cell]

    def read(self, record: object, context: _Context) -> Cell:
        value = record
        for name in self.path:
            value = getattr(value, name)
            if value is None:
                return None
        return self.convert(value)


@attrs.frozen
class _Derived:
    """A column computed from a record and the network, placed after the field ``after``."""

    after: str
    column: Column
    value: Callable[[Any, _Context], Cell]

    def read(self, record: object, context: _Context) -> Cell:
        return self.value(record, context)


def _as_is(value: object) -> Cell:
    assert isinstance(value, str | int | float | _dt.date), value
    return value


def _enum_value(value: Enum) -> Cell:
    return str(value.value)


def _joined(values: Iterable[object]) -> str | None:
    texts = [str(v.value if isinstance(v, Enum) else v) for v in values]
    return SEPARATOR.join(texts) if texts else None


def _iso(value: PartialDate) -> Cell:
    return value.isoformat()


def _is_record(kind: object) -> bool:
    return isinstance(kind, type) and attrs.has(kind)


_PRECISION: Final = "YYYY, YYYY-MM or YYYY-MM-DD: as precise as the sources"
_PLAIN: Final = (str, int, float, _dt.date)  # bool is an int, pendulum.Date a date


def _field_columns(field: Field, name: str, path: tuple[str, ...]) -> list[_Stored]:
    """The columns of one field, named ``name``, of the record found through ``path``."""
    kind, path = field.rule.json, (*path, field.name)
    what = field.doc or field.rule.description
    if kind is PartialDate:
        given = _Stored(Column(name, f"{field.doc or 'a date'} ({_PRECISION})"), path, _iso)
        bounds = [
            _Stored(
                Column(f"{name}_{end}", f"the {word} day {name} may stand for (date)"),
                path,
                attrgetter(end),
            )
            for end, word in (("earliest", "first"), ("latest", "last"))
        ]
        return [given, *bounds]
    if kind is tuple:
        item = field.rule.item
        if item is None or _is_record(item.json):
            raise TypeError(f"ascn.tables has no flat column for {field.name!r}: {kind!r}")
        return [_Stored(Column(name, f"{what}, joined by {SEPARATOR!r}"), path, _joined)]
    if isinstance(kind, type) and issubclass(kind, Enum):
        return [_Stored(Column(name, what), path, _enum_value)]
    if _is_record(kind):
        fields = fields_of(kind)
        tagged = any(inner.name == "kind" for inner in fields)
        found: list[_Stored] = []
        for inner in fields:
            inner_name = inner.name
            if tagged:
                inner_name = name if inner.name == "kind" else f"{name}_{inner.name}"
            found += _field_columns(inner, inner_name, path)
        return found
    if isinstance(kind, type) and issubclass(kind, _PLAIN):
        return [_Stored(Column(name, what), path, _as_is)]
    raise TypeError(f"ascn.tables has no column for {field.name!r}: {kind!r}")


def _names_of(context: _Context, code: str | None) -> str | None:
    return None if code is None else context.names.get(code)


def _cities_of(member: MemberState, context: _Context) -> int | None:
    counts = context.cities
    return None if counts is None else counts.get(member.code, 0)


_DERIVED: Final[Mapping[type, tuple[_Derived, ...]]] = {
    MemberState: (
        _Derived(
            "aliases",
            Column("cities", "number of its network cities (in the network on the day, if given)"),
            _cities_of,
        ),
    ),
    City: (
        _Derived(
            "country",
            Column("country_name", "member state name"),
            lambda city, context: _names_of(context, city.country),
        ),
    ),
    Appointment: (
        _Derived(
            "role",
            Column("role_label", "role name in prose"),
            lambda appointment, _: appointment.role.label,
        ),
    ),
    Chairmanship: (
        _Derived(
            "organisation",
            Column("term", "the year the term starts, which labels it"),
            lambda chair, _: chair.start.year,
        ),
        _Derived(
            "member",
            Column("member_name", "member state name"),
            lambda chair, context: _names_of(context, chair.member),
        ),
    ),
    Meeting: (
        _Derived(
            "host",
            Column("host_name", "name of the member state that hosted"),
            lambda meeting, context: _names_of(context, meeting.host),
        ),
    ),
}
"""The derived columns of each record class's table (a subclass has its parent's)."""


@functools.cache
def _layout(cls: type) -> tuple[_Stored | _Derived, ...]:
    """The columns of ``cls``'s table and how to read each, checked once per class."""
    derived = next((_DERIVED[k] for k in cls.__mro__ if k in _DERIVED), ())
    fields = fields_of(cls)
    unplaced = {d.after for d in derived} - {field.name for field in fields}
    if unplaced:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(unplaced))}")
    layout: list[_Stored | _Derived] = []
    for field in fields:
        layout += _field_columns(field, field.name, ())
        layout += [d for d in derived if d.after == field.name]
    names = [part.column.name for part in layout]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise TypeError(f"{cls.__name__}: more than one column named {', '.join(repeated)}")
    return tuple(layout)


def _record_class(cls: object) -> type:
    if not (isinstance(cls, type) and attrs.has(cls)) or issubclass(cls, Network):
        raise ValidationError.single("cls", f"expected a record class, got {describe(cls)}")
    return cls


def _network(network: object) -> Network:
    if not isinstance(network, Network):
        raise ValidationError.single("network", f"expected a Network, got {describe(network)}")
    return network


def columns(cls: type) -> tuple[Column, ...]:
    """The columns of the rows of the record class ``cls`` (:func:`rows`), in order."""
    return tuple(part.column for part in _layout(_record_class(cls)))


def rows(
    records: Iterable[object],
    cls: type | None = None,
    *,
    network: Network | None = None,
    on: object = None,
) -> list[Record]:
    """One flat row per record of the record class ``cls``, keyed by :func:`columns` in order.

    ``cls`` defaults to the class of the first record, and every record must be an instance
    of it. The derived columns (member names, a member's cities) look the network up in
    ``network``, counting cities in the network ``on`` a day if given; without a network they
    are None.
    """
    if isinstance(records, str | bytes | dict) or not isinstance(records, Iterable):
        raise ValidationError.single(
            "records", f"expected records (a list or tuple), got {describe(records)}"
        )
    if network is not None:
        _network(network)
    found = list(records)
    if cls is None:
        if not found:
            return []
        cls = type(found[0])
    layout = _layout(_record_class(cls))
    context = _Context(network, on)
    table = []
    for index, record in enumerate(found):
        if not isinstance(record, cls):
            raise ValidationError.single(
                f"records[{index}]", f"expected a {cls.__name__}, got {describe(record)}"
            )
        table.append({part.column.name: part.read(record, context) for part in layout})
    return table


# -- the tables of the network's collections -------------------------------------------------

_CLASSES: Final[Mapping[str, type]] = dict(PARTS)

KINDS: Final = tuple(_CLASSES)
"""The kinds of record :func:`records` accepts (the network's collections)."""

_TIMELINE: Final = (
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
)

COLUMNS: Final[Mapping[str, tuple[Column, ...]]] = {
    **{kind: columns(cls) for kind, cls in PARTS},
    "timeline": _TIMELINE,
}
"""The columns of every table, in order, with what each holds."""


def _table(kind: str, found: Iterable[object], network: Network, on: object = None) -> list[Record]:
    return rows(found, _CLASSES[kind], network=network, on=on)


def records(kind: str, network: Network) -> list[Record]:
    """Every record of one kind (one of :data:`KINDS`), as rows."""
    if not isinstance(kind, str) or kind not in _CLASSES:
        raise ValidationError.single(
            "kind", f"expected one of {', '.join(KINDS)}, got {describe(kind)}"
        )
    _network(network)
    # Each collection has a query method of its name (Network's own convention).
    return _table(kind, getattr(network, kind)(), network)


def sources(network: Network) -> list[Record]:
    """One row per source (see ``COLUMNS["sources"]``)."""
    return _table("sources", _network(network).sources(), network)


def members(network: Network, *, on: object = None) -> list[Record]:
    """One row per member state, or per state that was a member ``on`` a day.

    ``cities`` counts the state's network cities: all of them, or with ``on`` those certainly
    in the network that day.
    """
    return _table("members", _network(network).members(on=on), network, on)


def cities(network: Network, *, on: object = None, country: str | None = None) -> list[Record]:
    """One row per city, optionally those in the network ``on`` a day and of one ``country``.

    ``country`` is a member's code, name or alias, as :meth:`ascn.Network.member` takes.
    """
    return _table("cities", _network(network).cities(on=on, country=country), network)


def appointments(network: Network, *, on: object = None) -> list[Record]:
    """One row per appointment, or per appointment whose term certainly covers ``on``."""
    return _table("appointments", _network(network).appointments(on=on), network)


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
        terms = _network(network).chairs(organisation=organisation)
    return _table("chairs", terms, _network(network))


def decisions(network: Network) -> list[Record]:
    """One row per recorded decision that bends a rotation."""
    return _table("decisions", _network(network).decisions(), network)


def meetings(network: Network) -> list[Record]:
    """One row per meeting of the network."""
    return _table("meetings", _network(network).meetings(), network)


def partners(network: Network) -> list[Record]:
    """One row per external partner."""
    return _table("partners", _network(network).partners(), network)


def milestones(network: Network) -> list[Record]:
    """One row per dated event in the network's history."""
    return _table("milestones", _network(network).milestones(), network)


def framework(network: Network) -> list[Record]:
    """One row per focus area or strategic outcome of the ASEAN Smart Cities Framework."""
    return _table("framework", _network(network).framework(), network)
