"""Network rules over generated networks: each network is broken in exactly one place, in a
way that breaks one rule only, and ascn must report the problem at the path where it was
made, both when the network is built and when its document is loaded."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import ascn
import builders
from ascn import (
    Chairmanship,
    MemberState,
    Network,
    PartialDate,
    Scope,
    ValidationError,
)
from ascn import strategies as ascn_st
from ascn.io.converter import converter
from ascn.lookup import normalise
from builders import SMALL, spellings

COLLECTIONS = builders.COLLECTIONS


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


def day_before(day: dt.date) -> PartialDate:
    """The exact day before ``day`` (which must not be 1 Jan of year 1)."""
    before = pendulum.Date(day.year, day.month, day.day).subtract(days=1)
    return PartialDate(before.year, before.month, before.day)


# -- one network rule broken -------------------------------------------------------------


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
    taken = spellings(
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
