"""Misuse of public functions: every wrong argument gives ascn's own error, naming it.

Each public function is called with its arguments valid but one, and that one drawn from
values of every kind; whatever it raises is an :class:`ascn.AscnError` (Hypothesis's
``InvalidArgument`` for the strategies), never a bare ``TypeError`` or ``AttributeError``.
Record constructors raise only :class:`ascn.ValidationError`, lookups only lookup errors,
and queries by day only a validation error about their ``on``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import ascn
import builders
from ascn import strategies as ascn_st
from ascn import tables

NETWORK = ascn.load()
SMALL = builders.network()  # a network whose repr Hypothesis can print
ROTATION = NETWORK.rotation()

ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30),
    st.floats(),
    st.text(max_size=20),
    st.binary(max_size=5),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.just(object()),
    st.just(SMALL),
    st.just(NETWORK.cities()[0]),
    st.just(ascn.Network),
    st.dates(),
)

# Each entry calls one public function with ``value`` in one argument's place.
CALLS: dict[str, Callable[[Any], object]] = {
    "load(path)": lambda v: ascn.load(v),
    "load(max_size)": lambda v: ascn.load("x.json", max_size=v),
    "loads(text)": lambda v: ascn.loads(v),
    "loads(max_size)": lambda v: ascn.loads("{}", max_size=v),
    "loads(cls)": lambda v: ascn.loads(ascn.dumps(NETWORK), cls=v),
    "dumps(network)": lambda v: ascn.dumps(v),
    "dumps(indent)": lambda v: ascn.dumps(NETWORK, indent=v),
    "to_data(network)": lambda v: ascn.to_data(v),
    "from_data(data)": lambda v: ascn.from_data(v),
    "from_data(cls)": lambda v: ascn.from_data({}, cls=v),
    "json_schema(cls)": lambda v: ascn.json_schema(v),
    "to_date(value)": lambda v: ascn.to_date(v),
    "PartialDate.parse(text)": lambda v: ascn.PartialDate.parse(v),
    "PartialDate.of(value)": lambda v: ascn.PartialDate.of(v),
    "PartialDate(year)": lambda v: ascn.PartialDate(v),
    "PartialDate(month)": lambda v: ascn.PartialDate(2020, v),
    "network.member(key)": lambda v: NETWORK.member(v),
    "network.city(key)": lambda v: NETWORK.city(v),
    "network.source(key)": lambda v: NETWORK.source(v),
    "network.sources_of(record)": lambda v: NETWORK.sources_of(v),
    "network.search(text)": lambda v: NETWORK.search(v),
    "network.search(limit)": lambda v: NETWORK.search("viet", limit=v),
    "network.rotation(organisation)": lambda v: NETWORK.rotation(v),
    "network.history(key)": lambda v: NETWORK.history(v),
    "network.members(on)": lambda v: NETWORK.members(on=v),
    "network.cities(on)": lambda v: NETWORK.cities(on=v),
    "network.cities(country)": lambda v: NETWORK.cities(country=v),
    "network.appointments(role)": lambda v: NETWORK.appointments(role=v),
    "network.appointments(member)": lambda v: NETWORK.appointments(member=v),
    "network.appointments(city)": lambda v: NETWORK.appointments(city=v),
    "network.appointments(on)": lambda v: NETWORK.appointments(on=v),
    "network.chairs(organisation)": lambda v: NETWORK.chairs(organisation=v),
    "network.chairs(on)": lambda v: NETWORK.chairs(on=v),
    "rotation.chair(year)": lambda v: ROTATION.chair(v),
    "rotation.holder(year)": lambda v: ROTATION.holder(v),
    "rotation.chair_on(day)": lambda v: ROTATION.chair_on(v),
    "rotation.schedule(first)": lambda v: ROTATION.schedule(v, 2030),
    "rotation.schedule(last)": lambda v: ROTATION.schedule(2020, v),
    "rotation.next_term(member)": lambda v: ROTATION.next_term(v),
    "rotation.next_term(after)": lambda v: ROTATION.next_term("VN", after=v),
    "rotation.explain(year)": lambda v: ROTATION.explain(v),
    "rotation.assuming(decision)": lambda v: ROTATION.assuming(v),
    "tables.records(kind)": lambda v: tables.records(v, NETWORK),
    "tables.records(network)": lambda v: tables.records("cities", v),
    "tables.members(network)": lambda v: tables.members(v),
    "tables.members(on)": lambda v: tables.members(NETWORK, on=v),
    "tables.cities(country)": lambda v: tables.cities(NETWORK, country=v),
    "tables.chairs(terms)": lambda v: tables.chairs(NETWORK, v),
    "tables.chairs(organisation)": lambda v: tables.chairs(NETWORK, organisation=v),
    "tables.timeline(network)": lambda v: tables.timeline(v),
    "tables.timeline(first)": lambda v: tables.timeline(NETWORK, first=v),
    "tables.timeline(organisation)": lambda v: tables.timeline(NETWORK, organisation=v),
    "tables.rows(records)": lambda v: tables.rows(v),
    "tables.columns(cls)": lambda v: tables.columns(v),
}

STRATEGY_CALLS: dict[str, Callable[[Any], object]] = {
    "networks(min_members)": lambda v: ascn_st.networks(min_members=v),
    "networks(max_cities)": lambda v: ascn_st.networks(max_cities=v),
    "names(avoid)": lambda v: ascn_st.names(avoid=v),
    "days(min_value)": lambda v: ascn_st.days(min_value=v),
    "partial_dates(precisions)": lambda v: ascn_st.partial_dates(precisions=v),
    "cities(country)": lambda v: ascn_st.cities(country=v),
    "records(cls)": lambda v: ascn_st.records(v),
}


@pytest.mark.parametrize("name", list(CALLS))
@given(value=ANYTHING)
def test_a_wrong_argument_gives_an_ascn_error(name: str, value: object) -> None:
    with contextlib.suppress(ascn.AscnError):
        CALLS[name](value)


@pytest.mark.parametrize("name", list(STRATEGY_CALLS))
@given(value=ANYTHING)
def test_a_wrong_strategy_argument_is_refused_at_once(name: str, value: object) -> None:
    try:
        strategy = STRATEGY_CALLS[name](value)
    except (InvalidArgument, ascn.AscnError):
        return
    # Accepted arguments are checked when the strategy is made, not examples later.
    assert isinstance(strategy, st.SearchStrategy)


# -- constructors, lookups and queries -------------------------------------------------------


def _records() -> dict[type, Any]:
    network = ascn.load()
    records: dict[type, Any] = {
        type(getattr(network, name)()[0]): getattr(network, name)()[0]
        for name in builders.COLLECTIONS
    }
    records[ascn.Location] = network.cities()[0].location
    records[ascn.Basis] = network.chairs()[0].basis
    records[ascn.Network] = builders.network()
    return records


RECORDS = _records()

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(),
    st.binary(),
    st.lists(st.text(max_size=3), max_size=3),
    st.tuples(st.one_of(st.text(max_size=3), st.integers(), st.none())),
    st.dates(),
    st.datetimes(timezones=st.timezones()),
    st.decimals(allow_nan=True),
    st.builds(object),
    st.sampled_from([*ascn.Role, *ascn.Intake, ascn.PartialDate(2020), pendulum.Date(2020, 1, 1)]),
    # Names a zone check meets: real, wrong case, paths, directories of the database, a NUL,
    # and a segment longer than a file name may be.
    st.sampled_from(
        ["Asia/Singapore", "asia/singapore", "..", "/etc/passwd", "Asia", "Etc", "\x00", "a" * 300]
    ),
)


@given(cls=st.sampled_from(sorted(RECORDS, key=lambda c: c.__name__)), data=st.data())
def test_constructors_raise_only_validation_errors(cls: type, data: st.DataObject) -> None:
    record = RECORDS[cls]
    arguments = {a.alias: getattr(record, a.name) for a in attrs.fields(cls) if a.init}
    field = data.draw(st.sampled_from(sorted(arguments)), label="field")
    arguments[field] = data.draw(ODD_VALUES, label="value")
    with contextlib.suppress(ascn.ValidationError):
        cls(**arguments)


LOOKUP_KEYS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["VN", "vietnam", "VIỆT NAM", "Singapore", "hanoi", "", " ", "\uff33\uff27"]),
    st.integers(),
    st.none(),
    st.lists(st.text(max_size=3), max_size=2),
)


@given(key=LOOKUP_KEYS)
def test_lookups_raise_only_lookup_errors(key: Any) -> None:
    network = ascn.load()
    for lookup in (network.member, network.city, network.source):
        with contextlib.suppress(ascn.NotFoundError, ascn.AmbiguousKeyError):
            lookup(key)


@given(day=st.one_of(st.text(max_size=12), st.integers(), st.dates(), st.none(), st.floats()))
def test_queries_by_day_raise_only_validation_errors(day: Any) -> None:
    network = ascn.load()
    for query in (network.members, network.cities, network.chairs, network.appointments):
        try:
            query(on=day)
        except ascn.ValidationError as error:
            refused: ascn.ValidationError | None = error
        else:
            refused = None
        assert refused is None or [p.path for p in refused.problems] == ["on"]


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(
            lambda: builders.hanoi(timezone="Asia"),
            id="zone-that-is-a-directory",
        ),
        pytest.param(
            lambda: builders.hanoi(id=10**5000),
            id="huge-int-in-a-message",
        ),
        pytest.param(
            lambda: builders.network().search(5),  # type: ignore[arg-type]
            id="search-for-a-number",
        ),
        pytest.param(
            lambda: ascn.PartialDate.parse(2024),  # type: ignore[arg-type]
            id="parse-a-number",
        ),
        pytest.param(
            lambda: ascn.from_data(
                builders.document(cities=[builders.document()["cities"][0] | {"timezone": "Asia"}])
            ),
            id="zone-that-is-a-directory-in-a-document",
        ),
    ],
)
def test_mistakes_outside_documents_raise_ascn_errors(call: Callable[[], object]) -> None:
    with pytest.raises(ascn.AscnError):
        call()
