"""Properties of valid networks, and of networks and records broken in exactly one place.

The valid inputs come from ``ascn.strategies``; each broken input changes one thing, chosen
so that it breaks one rule only, and the test names the path where ascn must report it.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any, cast

import attrs
import jsonschema
import pendulum
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import ascn
import builders
from ascn import (
    Appointment,
    Basis,
    Chairmanship,
    City,
    Decision,
    FrameworkElement,
    Location,
    Meeting,
    MemberState,
    Milestone,
    Network,
    PartialDate,
    Partner,
    Role,
    Scope,
    Source,
    ValidationError,
)
from ascn import strategies as ascn_st
from ascn.io.converter import converter
from ascn.lookup import normalise

COLLECTIONS = builders.COLLECTIONS

# Small networks keep the default run fast; the strategy's own defaults are larger.
SMALL = {
    "max_members": 3,
    "max_cities": 3,
    "max_appointments": 3,
    "max_chairs": 3,
    "max_records": 1,
    "max_sources": 2,
}

VALIDATOR = jsonschema.Draft202012Validator(ascn.json_schema())


def parts(network: Network) -> dict[str, Any]:
    """The keyword arguments that rebuild ``network``."""
    return {"established": network.established} | {
        name: getattr(network, name)() for name in COLLECTIONS
    }


def document(established: pendulum.Date, **collections: tuple[Any, ...]) -> dict[str, Any]:
    """The plain data of a document holding these records, valid or not."""
    data: dict[str, Any] = {"format": ascn.FORMAT, "version": ascn.VERSION}
    data["established"] = converter.unstructure(established)
    for name, records in collections.items():
        data[name] = [converter.unstructure(record) for record in records]
    return data


def rejected(network: Network, **changes: Any) -> set[str]:
    """The problem paths of ``network`` with ``changes``, built and loaded; both must fail."""
    arguments = parts(network) | changes
    with pytest.raises(ValidationError) as built:
        Network(**arguments)
    with pytest.raises(ValidationError) as loaded:
        ascn.from_data(document(**arguments))
    assert built.value.problems == loaded.value.problems
    return {problem.path for problem in built.value.problems}


def same_types(first: object, second: object, path: str = "network") -> None:
    """Assert that two equal structures hold values of identical types, all the way down."""
    assert type(first) is type(second), f"{path}: {type(first)} != {type(second)}"
    if attrs.has(type(first)):
        for field in attrs.fields(cast(Any, type(first))):
            if field.eq:
                same_types(
                    getattr(first, field.name), getattr(second, field.name), f"{path}.{field.name}"
                )
    elif isinstance(first, tuple):
        assert isinstance(second, tuple)
        assert len(first) == len(second), path
        for index, (a, b) in enumerate(zip(first, second, strict=True)):
            same_types(a, b, f"{path}[{index}]")


def day_before(day: dt.date) -> PartialDate:
    """The exact day before ``day`` (which must not be 1 Jan of year 1)."""
    before = pendulum.Date(day.year, day.month, day.day).subtract(days=1)
    return PartialDate(before.year, before.month, before.day)


# -- valid networks ------------------------------------------------------------------------


@given(ascn_st.networks())
@example(Network(established=pendulum.Date(999, 12, 31)))  # a year of three digits
def test_a_generated_network_round_trips_equal_and_type_identical(network: Network) -> None:
    text = ascn.dumps(network)
    again = ascn.loads(text)
    assert again == network
    same_types(network, again)
    assert ascn.dumps(again) == text


@given(ascn_st.networks())
def test_every_generated_document_matches_the_json_schema(network: Network) -> None:
    data = json.loads(ascn.dumps(network))
    errors = [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(data)]
    assert errors == []


@given(ascn_st.texts())
@example("line\nbreak")
@example("carriage\rreturn")
@example("Hà Nội")
def test_text_the_model_accepts_the_schema_accepts(text: str) -> None:
    # A meeting's city is free text (the place as the sources name it), not a city id.
    meeting = Meeting(id="m", ordinal=1, title=text, city=text, chaired_by=text)
    network = Network(established=pendulum.Date(2018, 4, 28), meetings=(meeting,))
    data = json.loads(ascn.dumps(network))
    assert [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(data)] == []


# -- lookups -------------------------------------------------------------------------------


def accented_and_swapped(key: str) -> str:
    """``key`` with every ASCII letter's case swapped and an acute accent put on it."""
    marked = "".join(
        ch.swapcase() + "\u0301" if ch.isascii() and ch.isalpha() else ch for ch in key
    )
    return unicodedata.normalize("NFC", marked)


def keys(*names: str) -> list[str]:
    """Each name that works as a key (lookups skip names without letters or digits), and
    its accented, case-swapped spelling."""
    found = [name for name in names if normalise(name)]
    return found + [accented_and_swapped(name) for name in found]


@given(ascn_st.networks(min_members=1, **SMALL))
def test_lookups_by_code_name_and_alias_agree(network: Network) -> None:
    for member in network.members():
        for key in keys(
            member.code, member.alpha3, member.name, member.formal_name, *member.aliases
        ):
            assert network.member(key) is member, key
    for city in network.cities():
        for key in keys(city.id, city.name, *city.aliases):
            assert network.city(key) is city, key


# -- one network rule broken -----------------------------------------------------------------


@given(ascn_st.networks(min_members=1, **SMALL), st.data())
def test_a_duplicate_id_is_reported_at_the_copy(network: Network, data: st.DataObject) -> None:
    # Each copy keeps what would break another rule: a member keeps its zones and admission
    # (rules look members up by code), a copied appointment has no known start (so overlaps
    # nothing), a copied chair takes a term after every other term, a meeting a new ordinal.
    candidates = [name for name in COLLECTIONS if getattr(network, name)()]
    name = data.draw(st.sampled_from(candidates))
    records = getattr(network, name)()
    original = data.draw(st.sampled_from(records))
    copy: Any = original
    key = "id"
    if name == "members":
        key = "code"
        alpha3 = data.draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3))
        assume(alpha3.lower() not in member_keys(network))
        copy = attrs.evolve(original, alpha3=alpha3)
    elif name == "appointments":
        copy = attrs.evolve(original, start=None)
    elif name == "chairs":
        last = max(
            day
            for c in records
            if c.organisation is original.organisation
            for day in (c.start.latest, c.end.latest)
        )
        term = PartialDate(last.year, last.month, last.day)
        copy = attrs.evolve(original, start=term, end=term)
    elif name == "meetings":
        copy = attrs.evolve(original, ordinal=max(m.ordinal for m in records) + 1)
    assert rejected(network, **{name: (*records, copy)}) == {f"{name}[{len(records)}].{key}"}


def member_keys(network: Network) -> set[str]:
    """The normal forms of every code and name of every member."""
    return {
        normalise(name)
        for m in network.members()
        for name in (m.code, m.alpha3, m.name, m.formal_name, *m.aliases)
    }


def _unknown_code(network: Network) -> st.SearchStrategy[str]:
    codes = {m.code for m in network.members()}
    return ascn_st.member_codes().filter(lambda code: code not in codes)


def _unknown_slug(*taken: str) -> st.SearchStrategy[str]:
    return ascn_st.slugs().filter(lambda slug: slug not in taken)


@given(ascn_st.networks(min_members=1, min_cities=1, **SMALL), st.data())
def test_a_dangling_reference_is_reported_where_it_is_made(
    network: Network, data: st.DataObject
) -> None:
    # Every place a record names another, with the name changed to one nothing has.
    code = data.draw(_unknown_code(network))
    ids = [r.id for name in COLLECTIONS[2:] for r in getattr(network, name)()]
    nowhere = data.draw(_unknown_slug(*ids, *(s.id for s in network.sources())))
    breaks: list[tuple[str, int, str, dict[str, Any]]] = []
    for i in range(len(network.cities())):
        breaks.append(("cities", i, "country", {"country": code}))
    for i, appointment in enumerate(network.appointments()):
        breaks.append(("appointments", i, "member", {"member": code}))
        if appointment.role.scope is Scope.CITY:
            breaks.append(("appointments", i, "city", {"city": nowhere}))
    for i, chair in enumerate(network.chairs()):
        breaks.append(("chairs", i, "member", {"member": code}))
        basis = attrs.evolve(chair.basis, reference=nowhere)
        breaks.append(("chairs", i, "basis.reference", {"basis": basis}))
    for i, decision in enumerate(network.decisions()):
        field = f"members[{len(decision.members)}]"
        breaks.append(("decisions", i, field, {"members": (*decision.members, code)}))
    for i in range(len(network.meetings())):
        breaks.append(("meetings", i, "host", {"host": code}))
    for name in COLLECTIONS[1:]:
        for i, record in enumerate(getattr(network, name)()):
            breaks.append((name, i, "sources[0]", {"sources": (nowhere, *record.sources)}))
    name, index, field, changes = data.draw(st.sampled_from(breaks))
    records = list(getattr(network, name)())
    records[index] = attrs.evolve(records[index], **changes)
    expected = {f"{name}[{index}].{field}"}
    if "country" in changes:
        # An officer of the city who names the city's member now names another member.
        expected |= {
            f"appointments[{k}].member"
            for k, a in enumerate(network.appointments())
            if a.city == records[index].id and a.member is not None
        }
    assert rejected(network, **{name: tuple(records)}) == expected


@given(ascn_st.networks(min_cities=1, **SMALL), st.data())
def test_a_city_joining_before_the_network_existed_is_reported(
    network: Network, data: st.DataObject
) -> None:
    assume(network.established > dt.date.min)
    index = data.draw(st.integers(0, len(network.cities()) - 1))
    cities = list(network.cities())
    cities[index] = attrs.evolve(cities[index], joined=day_before(network.established), left=None)
    paths = rejected(network, cities=tuple(cities))
    assert paths == {f"cities[{index}].joined"}


@given(ascn_st.networks(min_cities=1, **SMALL), st.data())
def test_a_city_joining_before_its_member_was_admitted_is_reported(
    network: Network, data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(network.cities()) - 1))
    city = network.cities()[index]
    admitted = network.member(city.country).admitted
    assume(admitted > dt.date.min)
    cities = list(network.cities())
    cities[index] = attrs.evolve(city, joined=day_before(admitted), left=None)
    with pytest.raises(ValidationError) as info:
        Network(**(parts(network) | {"cities": tuple(cities)}))
    assert {p.path for p in info.value.problems} == {f"cities[{index}].joined"}
    assert any(f"before {city.country} was admitted" in p.message for p in info.value.problems)


def _overlappable(start: PartialDate | None, end: PartialDate | None) -> bool:
    # A term that certainly covers more than a handover day overlaps a copy of itself.
    return start is not None and (end is None or start.latest < end.earliest)


@given(ascn_st.networks(min_appointments=1, min_chairs=1, **SMALL), st.data())
def test_overlapping_single_holder_terms_are_reported_at_the_later_one(
    network: Network, data: st.DataObject
) -> None:
    # A second holder for exactly the term of an existing one: the same role for the same
    # member or city, or the same organisation's chair, under a new id.
    candidates = [
        (name, record)
        for name in ("appointments", "chairs")
        for record in getattr(network, name)()
        if _overlappable(record.start, record.end)
    ]
    assume(candidates)
    name, original = data.draw(st.sampled_from(candidates))
    records = getattr(network, name)()
    new_id = data.draw(_unknown_slug(*(r.id for r in records)))
    twin = attrs.evolve(original, id=new_id)
    if isinstance(twin, Chairmanship) and twin.basis.reference == original.id:
        twin = attrs.evolve(twin, basis=attrs.evolve(twin.basis, reference=new_id))
    assert rejected(network, **{name: (*records, twin)}) == {f"{name}[{len(records)}]"}


@given(ascn_st.networks(min_chairs=1, **SMALL), st.data())
def test_a_chair_before_its_member_was_admitted_is_reported(
    network: Network, data: st.DataObject
) -> None:
    # The organisation's other chairs are dropped (a network without them is valid) so that
    # the earlier start cannot overlap one of them.
    chair = data.draw(st.sampled_from(network.chairs()))
    admitted = network.member(chair.member).admitted
    assume(admitted > dt.date.min)
    before = day_before(admitted)
    early = attrs.evolve(chair, start=before, end=before)
    chairs = tuple(c for c in network.chairs() if c.organisation is not chair.organisation)
    paths = rejected(network, chairs=(*chairs, early))
    assert paths == {f"chairs[{len(chairs)}].start"}


@given(ascn_st.networks(min_members=2, min_cities=2, **SMALL), st.data())
def test_a_name_shared_by_two_entities_is_reported_at_the_second(
    network: Network, data: st.DataObject
) -> None:
    # The second entity takes a name of the first as an alias, in another case and with
    # accents, which lookups would not tell apart.
    name = data.draw(st.sampled_from(("members", "cities")))
    records = list(getattr(network, name)())
    assume(len(records) >= 2)
    first, second = sorted(
        data.draw(
            st.lists(st.sampled_from(range(len(records))), min_size=2, max_size=2, unique=True)
        )
    )
    owner = records[first]
    taken = keys(
        *(
            (owner.code, owner.alpha3, owner.name, owner.formal_name, *owner.aliases)
            if isinstance(owner, MemberState)
            else (owner.id, owner.name, *owner.aliases)
        )
    )
    alias = data.draw(st.sampled_from(taken))
    other = records[second]
    assume(alias.casefold() not in {a.casefold() for a in other.aliases})
    records[second] = attrs.evolve(other, aliases=(*other.aliases, alias))
    assert rejected(network, **{name: tuple(records)}) == {f"{name}[{second}]"}


@given(ascn_st.networks(min_cities=1, **SMALL), st.data())
def test_a_city_in_a_zone_of_another_country_is_reported(
    network: Network, data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(network.cities()) - 1))
    city = network.cities()[index]
    zones = network.member(city.country).timezones
    zone = data.draw(ascn_st.time_zones().filter(lambda z: z not in zones))
    cities = list(network.cities())
    cities[index] = attrs.evolve(city, timezone=zone)
    assert rejected(network, cities=tuple(cities)) == {f"cities[{index}].timezone"}


# -- one field broken ------------------------------------------------------------------------

Bad = Callable[[Any], st.SearchStrategy[object]]
"""The invalid values of one field, given the record they would go into."""


def always(*strategies: st.SearchStrategy[object]) -> Bad:
    return lambda _: st.one_of(*strategies)


# Items of tuple fields are hashable here: unhashable ones have a test of their own.
HASHABLE_NOT_TEXT = st.one_of(
    st.integers(), st.floats(), st.booleans(), st.binary(max_size=3), st.tuples(ascn_st.texts())
)
NOT_TEXT = HASHABLE_NOT_TEXT | st.lists(ascn_st.texts(), max_size=1)
BLANK_OR_PADDED = st.one_of(
    st.sampled_from(["", " ", "\n", "\t\u3000"]),
    ascn_st.texts().map(" {}".format),
    ascn_st.texts().map("{}\n".format),
)
NONE = st.none()


def bad_text(*samples: str, item: bool = False) -> st.SearchStrategy[object]:
    return st.one_of(HASHABLE_NOT_TEXT if item else NOT_TEXT, st.sampled_from(samples))


TEXT = st.one_of(NOT_TEXT, BLANK_OR_PADDED)
BAD_SLUGS = ("", "Upper", "a--b", "-a", "a-", "a b", "ạ", "a_b", "a\n")
SLUG = bad_text(*BAD_SLUGS)
# Unassigned codes, and (last) a full-width "SG".
BAD_CODES = ("", "sg", "SGP", "S", "S1", "XX", "ZZ", "SG\n", "\uff33\uff27")
CODE = bad_text(*BAD_CODES)
ALPHA3 = bad_text("", "SG", "sgp", "SGPX", "SG1")
URL = bad_text("", "ftp://example.org", "https://", "example.org", "https://a b", " https://a")
BAD_ZONES = ("", "Mars/Olympus_Mons", "Asia/Singapore ", "UTC+8", "../etc/passwd", "/etc/UTC")
ZONE = bad_text(*BAD_ZONES)
DAY = st.one_of(
    st.dates(),
    st.datetimes(),
    ascn_st.days().map(lambda d: pendulum.DateTime(d.year, d.month, d.day)),
    st.just("2020-01-01"),
    ascn_st.partial_dates(),
    st.integers(),
)
PARTIAL = st.one_of(ascn_st.days(), st.dates(), st.datetimes(), st.just("2020"), st.integers())
INT = st.one_of(st.integers(max_value=0), st.booleans(), st.floats(), st.just("1"))
TEXTS = st.one_of(
    st.lists(ascn_st.texts(), max_size=2),
    ascn_st.texts(),
    st.tuples(ascn_st.texts(), TEXT),
    ascn_st.texts().map(lambda t: (t, t)),
)
IDS = st.one_of(
    st.lists(ascn_st.slugs(), max_size=2),
    ascn_st.slugs(),
    st.tuples(bad_text(*BAD_SLUGS, item=True)),
    ascn_st.slugs().map(lambda s: (s, s)),
)
ZONES = st.one_of(
    st.just(()),
    st.lists(ascn_st.time_zones(), min_size=1, max_size=2),
    ascn_st.time_zones(),
    st.tuples(ascn_st.time_zones(), bad_text(*BAD_ZONES, item=True)),
    ascn_st.time_zones().map(lambda z: (z, z)),
)
CODES = st.one_of(
    st.just(()),
    st.lists(ascn_st.member_codes(), min_size=1, max_size=2),
    st.tuples(bad_text(*BAD_CODES, item=True)),
)
TERMS = st.one_of(
    st.lists(st.integers(min_value=1), min_size=1, max_size=2),
    st.integers(min_value=1),
    st.tuples(INT),
)


def latitudes(limit: float) -> st.SearchStrategy[object]:
    return st.one_of(
        st.floats().filter(lambda x: not -limit <= x <= limit),
        st.integers(int(-limit), int(limit)),
        st.booleans(),
        st.just("1.0"),
        NONE,
    )


def enum(cls: type[Any], *, optional: bool = False) -> st.SearchStrategy[object]:
    """Invalid values for a field of enum ``cls``: its raw values, others' members, numbers."""
    foreign = ascn.Precision if cls is not ascn.Precision else ascn.Intake
    wrong = st.one_of(
        st.sampled_from([m.value for m in cls]), st.sampled_from(list(foreign)), st.integers()
    )
    return wrong if optional else wrong | NONE


def not_after(start_field: str) -> Bad:
    """An end that certainly falls before the record's start (none if the start is unknown)."""

    def strategy(record: Any) -> st.SearchStrategy[object]:
        start = getattr(record, start_field)
        if start is None or start.earliest == dt.date.min:
            return st.nothing()
        return ascn_st.partial_dates(
            max_value=start.earliest.subtract(days=1), precisions=[ascn.Precision.DAY]
        )

    return strategy


def record_member(record: Appointment) -> st.SearchStrategy[object]:
    # A National Representative must name its member; nobody may name a malformed one.
    if record.role.scope is Scope.MEMBER:
        return CODE | NONE
    return CODE


def record_city(record: Appointment) -> st.SearchStrategy[object]:
    # A CSCO must name its city; no other role may name one at all.
    if record.role.scope is Scope.CITY:
        return SLUG | NONE
    return ascn_st.slugs() | SLUG


def basis_reference(record: Basis) -> st.SearchStrategy[object]:
    if record.kind is ascn.BasisKind.DECISION:
        return SLUG | NONE
    return SLUG


PROVENANCE: dict[str, Bad] = {
    "sources": always(IDS),
    "confidence": always(enum(ascn.Confidence, optional=True)),
    "note": always(TEXT),
}

BAD_FIELDS: dict[type, dict[str, Bad]] = {
    Network: {"established": always(DAY, NONE)},
    Source: {
        "id": always(SLUG, NONE),
        "url": always(URL, NONE),
        "title": always(TEXT, NONE),
        "publisher": always(TEXT),
        "date": always(PARTIAL),
    },
    MemberState: {
        "code": always(CODE, NONE),
        "alpha3": always(ALPHA3, NONE),
        "name": always(TEXT, NONE),
        "formal_name": always(TEXT, NONE),
        "admitted": always(DAY, NONE),
        "capital": always(TEXT, NONE),
        "timezones": always(ZONES, NONE),
        "aliases": always(TEXTS, NONE),
        **PROVENANCE,
    },
    Location: {"latitude": always(latitudes(90)), "longitude": always(latitudes(180))},
    City: {
        "id": always(SLUG, NONE),
        "name": always(TEXT, NONE),
        "country": always(CODE, NONE),
        "joined": always(PARTIAL, NONE),
        "intake": always(enum(ascn.Intake)),
        "timezone": always(ZONE, NONE),
        "location": always(TEXT, NONE, st.tuples(st.floats(), st.floats())),
        "joined_at": always(TEXT),
        "aliases": always(TEXTS, NONE),
        "left": lambda city: PARTIAL | not_after("joined")(city),
        **PROVENANCE,
    },
    Appointment: {
        "id": always(SLUG, NONE),
        "role": always(enum(Role)),
        "holder": always(TEXT, NONE),
        "holder_kind": always(enum(ascn.HolderKind)),
        "member": record_member,
        "city": record_city,
        "designation": always(TEXT),
        "start": always(PARTIAL),
        "end": lambda a: PARTIAL | not_after("start")(a),
        **PROVENANCE,
    },
    Basis: {
        "kind": always(enum(ascn.BasisKind)),
        "reference": basis_reference,
        "detail": always(TEXT),
    },
    Chairmanship: {
        "id": always(SLUG, NONE),
        "organisation": always(enum(ascn.Organisation)),
        "member": always(CODE, NONE),
        "start": always(PARTIAL, NONE),
        "end": lambda c: PARTIAL | NONE | not_after("start")(c),
        "status": always(enum(ascn.Status)),
        "basis": always(TEXT, NONE),
        "office": always(TEXT),
        **PROVENANCE,
    },
    Decision: {
        "id": always(SLUG, NONE),
        "organisation": always(enum(ascn.Organisation)),
        "kind": always(enum(ascn.DecisionKind)),
        "members": always(CODES, NONE),
        "terms": always(TERMS, NONE),
        "summary": always(TEXT, NONE),
        "decided": always(PARTIAL),
        "venue": always(TEXT),
        **PROVENANCE,
    },
    Meeting: {
        "id": always(SLUG, NONE),
        "ordinal": always(INT, NONE),
        "title": always(TEXT, NONE),
        "host": always(CODE),
        "city": always(TEXT),
        "format": always(enum(ascn.MeetingFormat, optional=True)),
        "start": always(PARTIAL),
        "end": lambda m: PARTIAL | not_after("start")(m),
        "chaired_by": always(TEXT),
        **PROVENANCE,
    },
    Partner: {
        "id": always(SLUG, NONE),
        "name": always(TEXT, NONE),
        "programme": always(TEXT, NONE),
        "since": always(PARTIAL),
        "until": lambda p: PARTIAL | not_after("since")(p),
        **PROVENANCE,
    },
    Milestone: {
        "id": always(SLUG, NONE),
        "event": always(TEXT, NONE),
        "date": always(PARTIAL),
        **PROVENANCE,
    },
    FrameworkElement: {
        "id": always(SLUG, NONE),
        "kind": always(enum(ascn.FrameworkKind)),
        "label": always(TEXT, NONE),
        "aliases": always(TEXTS, NONE),
        **PROVENANCE,
    },
}

RECORDS: dict[type, st.SearchStrategy[Any]] = {
    Network: ascn_st.networks(max_members=0, max_appointments=0, max_records=0, max_sources=0),
    Source: ascn_st.sources(),
    MemberState: ascn_st.member_states(),
    Location: ascn_st.locations(),
    City: ascn_st.cities(),
    Appointment: ascn_st.appointments(),
    Basis: ascn_st.chairmanships(decisions=["a-decision"]).map(lambda c: c.basis),
    Chairmanship: ascn_st.chairmanships(),
    Decision: ascn_st.decisions(),
    Meeting: ascn_st.meetings(),
    Partner: ascn_st.partners(),
    Milestone: ascn_st.milestones(),
    FrameworkElement: ascn_st.framework_elements(),
}


def at(path: str, field: str) -> bool:
    """Whether ``path`` is ``field`` or lies within it."""
    return path == field or path.startswith((f"{field}[", f"{field}."))


@pytest.mark.parametrize("cls", list(BAD_FIELDS), ids=lambda cls: cls.__name__)
def test_every_field_of_every_class_has_invalid_values(cls: type) -> None:
    fields = {a.alias for a in attrs.fields(cls) if a.init}
    if cls is Network:
        fields &= {"established"}
    assert set(BAD_FIELDS[cls]) == fields


@pytest.mark.parametrize("cls", list(BAD_FIELDS), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_a_record_rebuilt_with_one_invalid_field_is_rejected_at_that_field(
    cls: type, data: st.DataObject
) -> None:
    record = data.draw(RECORDS[cls], label="record")
    field = data.draw(st.sampled_from(sorted(BAD_FIELDS[cls])), label="field")
    value = data.draw(BAD_FIELDS[cls][field](record), label="value")
    with pytest.raises(ValidationError) as info:
        attrs.evolve(record, **{field: value})
    paths = [p.path for p in info.value.problems]
    assert paths
    assert all(at(path, field) for path in paths), paths


# -- one field of a document broken ------------------------------------------------------------

JsonBad = Callable[[dict[str, Any]], list[object]]
"""Invalid JSON values of one field that the JSON Schema can also tell, given the record."""


def values(*found: object) -> JsonBad:
    return lambda _: list(found)


J_TEXT = values(5, True, [], {}, "", " x", "x ", "\tx")
J_SLUG = values(5, "", "Upper", "a--b", "a b", "-a", None)
J_CODE = values(5, "", "sg", "SGP", "S1", None)
ARABIC_INDIC = str.maketrans("0123456789", "".join(chr(0x660 + d) for d in range(10)))
J_DAY = values(
    20200101,
    "2020-1-1",
    "20200101",
    "2020-W01-1",
    "2020-01-01T00:00",
    "2020-01-01".translate(ARABIC_INDIC),
)
J_PARTIAL = values(2020, "20", "2020-1", "2020-01-01T00", "2020-01".translate(ARABIC_INDIC))
J_IDS = values("x", [5], ["Upper"], ["a", "a"], {})
J_TEXTS = values("x", [5], [""], ["x", "x"], {})


def required(bad: JsonBad) -> JsonBad:
    return lambda record: [*bad(record), None]


def j_enum(cls: type[Any]) -> JsonBad:
    return values(*(f"{m.value}!" for m in cls), 1, [])


J_PROVENANCE: dict[str, JsonBad] = {
    "sources": J_IDS,
    "confidence": j_enum(ascn.Confidence),
    "note": J_TEXT,
}


def j_repeated_member(decision: dict[str, Any]) -> list[object]:
    # The same (known) member twice, and no member at all.
    return [[decision["members"][0]] * 2, [], "SG", ["sg"], [5]]


JSON_BAD: dict[type, dict[str, JsonBad]] = {
    Source: {
        "id": J_SLUG,
        "url": required(values(5, "", "ftp://x", "https://", "https://a b")),
        "title": required(J_TEXT),
        "publisher": J_TEXT,
        "date": J_PARTIAL,
    },
    MemberState: {
        "code": J_CODE,
        "alpha3": values(5, "SG", "sgp", "SGPX", None),
        "name": required(J_TEXT),
        "formal_name": required(J_TEXT),
        "admitted": required(J_DAY),
        "capital": required(J_TEXT),
        "timezones": values([], "Asia/Singapore", [5], ["Asia/Singapore"] * 2, None),
        "aliases": J_TEXTS,
        **J_PROVENANCE,
    },
    Location: {
        "latitude": values(90.5, -91, 1e300, "1", True, None),
        "longitude": values(180.5, -181, -1e300, "1", False, None),
    },
    City: {
        "id": J_SLUG,
        "name": required(J_TEXT),
        "country": J_CODE,
        "joined": required(J_PARTIAL),
        "intake": required(j_enum(ascn.Intake)),
        "timezone": values(5, "", " Asia/Singapore", None),
        "location": values("here", [1.0, 2.0], 5, None),
        "joined_at": J_TEXT,
        "aliases": J_TEXTS,
        "left": J_PARTIAL,
        **J_PROVENANCE,
    },
    Appointment: {
        "id": J_SLUG,
        "role": required(j_enum(Role)),
        "holder": required(J_TEXT),
        "holder_kind": required(j_enum(ascn.HolderKind)),
        "member": values(5, "", "sg", "SGP"),
        "city": values(5, "", "Upper", "a b"),
        "designation": J_TEXT,
        "start": J_PARTIAL,
        "end": J_PARTIAL,
        **J_PROVENANCE,
    },
    Basis: {
        "kind": required(j_enum(ascn.BasisKind)),
        "reference": values(5, "", "Upper"),
        "detail": J_TEXT,
    },
    Chairmanship: {
        "id": J_SLUG,
        "organisation": required(j_enum(ascn.Organisation)),
        "member": J_CODE,
        "start": required(J_PARTIAL),
        "end": required(J_PARTIAL),
        "status": required(j_enum(ascn.Status)),
        "basis": values("record", 5, [], None),
        "office": J_TEXT,
        **J_PROVENANCE,
    },
    Decision: {
        "id": J_SLUG,
        "organisation": required(j_enum(ascn.Organisation)),
        "kind": required(j_enum(ascn.DecisionKind)),
        "members": j_repeated_member,
        "terms": values(1, [0], ["1"], [1.5], [True], None),
        "summary": required(J_TEXT),
        "decided": J_PARTIAL,
        "venue": J_TEXT,
        **J_PROVENANCE,
    },
    Meeting: {
        "id": J_SLUG,
        "ordinal": values(0, -1, "1", True, 1.5, None),
        "title": required(J_TEXT),
        "host": values(5, "", "sg", "SGP"),
        "city": J_TEXT,
        "format": j_enum(ascn.MeetingFormat),
        "start": J_PARTIAL,
        "end": J_PARTIAL,
        "chaired_by": J_TEXT,
        **J_PROVENANCE,
    },
    Partner: {
        "id": J_SLUG,
        "name": required(J_TEXT),
        "programme": required(J_TEXT),
        "since": J_PARTIAL,
        "until": J_PARTIAL,
        **J_PROVENANCE,
    },
    Milestone: {"id": J_SLUG, "event": required(J_TEXT), "date": J_PARTIAL, **J_PROVENANCE},
    FrameworkElement: {
        "id": J_SLUG,
        "kind": required(j_enum(ascn.FrameworkKind)),
        "label": required(J_TEXT),
        "aliases": J_TEXTS,
        **J_PROVENANCE,
    },
}

CLASS_OF = {
    "sources": Source,
    "members": MemberState,
    "cities": City,
    "appointments": Appointment,
    "chairs": Chairmanship,
    "decisions": Decision,
    "meetings": Meeting,
    "partners": Partner,
    "milestones": Milestone,
    "framework": FrameworkElement,
}
NESTED = {City: ("location", Location), Chairmanship: ("basis", Basis)}


@pytest.mark.parametrize("cls", list(JSON_BAD), ids=lambda cls: cls.__name__)
def test_every_field_of_every_record_has_invalid_json_values(cls: type) -> None:
    assert set(JSON_BAD[cls]) == {a.alias for a in attrs.fields(cls)}


RECORD_SCHEMAS = {
    cls: jsonschema.Draft202012Validator(
        {"$ref": f"#/$defs/{cls.__name__}", "$defs": ascn.json_schema()["$defs"]}
    )
    for cls in CLASS_OF.values()
}
"""A validator for each kind of record: a document whose other parts are valid is valid
exactly when each changed record matches its definition, and one record is quick to check."""

# A few examples suffice: every one tries every invalid value of every field.
EXHAUSTIVE = settings(max_examples=max(2, settings().max_examples // 20))


def _broken_documents(
    document: dict[str, Any],
) -> Iterator[tuple[str, str, dict[str, Any], type]]:
    """Each document with one field of one record broken, in turn, and restored after.

    Yields the changed field's path, what was done, the changed top-level record and its
    class; the first record of every collection (and its location or basis) takes its turn.
    """
    for name, cls in CLASS_OF.items():
        if not document.get(name):
            continue
        top = document[name][0]
        parts = [(f"{name}[0]", top, cls)]
        if cls in NESTED:
            field, inner = NESTED[cls]
            parts.append((f"{name}[0].{field}", top[field], inner))
        for path, record, kind in parts:
            changes: list[tuple[str, str, object]] = [
                (field, f"= {value!r}", value)
                for field, bad in JSON_BAD[kind].items()
                for value in bad(record)
            ]
            changes += [
                (a.alias, "missing", _MISSING)
                for a in attrs.fields(kind)
                if a.default is attrs.NOTHING
            ]
            changes.append(("colour", "unknown", "blue"))
            for field, what, value in changes:
                old = record.get(field, _MISSING)
                if value is _MISSING:
                    del record[field]
                else:
                    record[field] = value
                yield f"{path}.{field}", what, top, cls
                if old is _MISSING:
                    record.pop(field, None)
                else:
                    record[field] = old


_MISSING = object()


@EXHAUSTIVE
@given(
    ascn_st.networks(
        min_members=1,
        min_cities=1,
        min_appointments=1,
        min_chairs=1,
        min_records=1,
        min_sources=1,
        **SMALL,
    )
)
def test_every_invalid_field_makes_a_document_that_loads_and_the_schema_reject(
    network: Network,
) -> None:
    document = json.loads(ascn.dumps(network))
    assert VALIDATOR.is_valid(document)
    failures = []
    for path, what, record, cls in _broken_documents(document):
        if RECORD_SCHEMAS[cls].is_valid(record):
            failures.append(f"{path} {what}: the schema accepts it")
        try:
            ascn.from_data(document)
        except ValidationError as error:
            wrong = [str(p) for p in error.problems if not at(p.path, path)]
            if wrong:
                failures.append(f"{path} {what}: reported at {wrong}")
        else:
            failures.append(f"{path} {what}: loads accepts it")
    assert failures == []


@given(ascn_st.networks(max_members=1, max_cities=0, max_appointments=0, max_chairs=0))
def test_a_document_with_an_invalid_established_day_is_rejected_by_both(network: Network) -> None:
    for value in [*J_DAY({}), None]:
        document = json.loads(ascn.dumps(network)) | {"established": value}
        assert not VALIDATOR.is_valid(document), value
        with pytest.raises(ValidationError) as info:
            ascn.from_data(document)
        assert [p.path for p in info.value.problems] == ["established"]


# -- what the model accepts, documents hold --------------------------------------------------


@given(ascn_st.texts(), st.integers(0, 20), st.sampled_from(["\ud800", "\udfff"]))
def test_text_the_model_accepts_survives_a_round_trip(
    text: str, where: int, surrogate: str
) -> None:
    # A lone surrogate is no Unicode text; a record either refuses it or can be written.
    event = text[:where] + surrogate + text[where:]
    try:
        milestone = Milestone(id="m", event=event)
    except ValidationError as exc:
        refused = exc
    else:
        network = Network(established=pendulum.Date(2018, 4, 28), milestones=(milestone,))
        assert ascn.loads(ascn.dumps(network)) == network
        return
    assert [p.path for p in refused.problems] == ["event"]


@given(st.data())
def test_a_tuple_field_holding_an_unhashable_item_is_rejected_with_a_path(
    data: st.DataObject,
) -> None:
    cls = data.draw(st.sampled_from([MemberState, City, Decision, Meeting, Partner, Milestone]))
    record = data.draw(RECORDS[cls])
    field = "timezones" if cls is MemberState and data.draw(st.booleans()) else "sources"
    with pytest.raises(ValidationError) as info:
        attrs.evolve(record, **{field: (["a-list"],)})
    assert all(at(p.path, field) for p in info.value.problems)
