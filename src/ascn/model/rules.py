"""Rules that span records of a network, checked in one pass that collects every problem.

Each rule is a function from a :class:`~ascn.Network` to the problems it finds, with paths
such as ``cities[3].country``. Rules group or sort records first, so a check costs
O(n log n), never O(n²). Where a rule compares dates known only to the month or year, it
reports only what is *certainly* wrong.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from ascn._collector import paused
from ascn.dates import PartialDate, certainly_overlap
from ascn.errors import Problem, shown
from ascn.lookup import normalise_all
from ascn.model.appointment import Role, Scope
from ascn.model.city import city_keys
from ascn.model.fields import Nested, fields_of
from ascn.model.member import member_keys

if TYPE_CHECKING:
    from ascn.model.network import Network

__all__ = ["RULES", "network_problems"]

Rule = Callable[["Network"], Iterator[Problem]]
_Term = tuple[int, PartialDate | None, PartialDate | None]


def _unique(records: Sequence[object], field: str, kind: str, key: str = "id") -> Iterator[Problem]:
    values = list(map(attrgetter(key), records))
    if len(set(values)) == len(values):  # the usual verdict, at the speed of a set
        return
    first: dict[object, int] = {}
    for index, record in enumerate(records):
        value = getattr(record, key)
        if value in first:
            yield Problem(
                f"{field}[{index}].{key}",
                f"{kind} {key} {shown(value)} is already used by {field}[{first[value]}]",
            )
        else:
            first[value] = index


def _collections(network: Network) -> Iterator[tuple[str, type[Any], tuple[Any, ...]]]:
    """Each collection of ``network`` as declared by its class: key, record class, records."""
    for field in fields_of(type(network)):
        item = field.rule.item
        if isinstance(item, Nested):
            yield field.key, item.cls, getattr(network, field.name)


def unique_identities(network: Network) -> Iterator[Problem]:
    """Ids, codes and meeting ordinals are unique within their kind."""
    for field, cls, records in _collections(network):
        for key in cls.__identity__:
            yield from _unique(records, field, cls.__kind__, key)


def _records_with_sources(network: Network) -> Iterator[tuple[str, Sequence[object]]]:
    for field, cls, records in _collections(network):
        if any(declared.name == "sources" for declared in fields_of(cls)):
            yield field, records


def references_resolve(network: Network) -> Iterator[Problem]:
    """Every member code, city id, source id and decision id a record names exists."""
    members = {m.code for m in network.members()}
    cities = {c.id: c.country for c in network.cities()}
    sources = {s.id for s in network.sources()}
    decisions = {d.id for d in network.decisions()}

    def unknown_member(path: str, code: str) -> Problem:
        return Problem(path, f"names member {shown(code)}, which is not in members")

    # Paths and messages are built only for what fails: a large network has none to build.
    for i, city in enumerate(network.cities()):
        if city.country not in members:
            yield unknown_member(f"cities[{i}].country", city.country)
    for i, appointment in enumerate(network.appointments()):
        member, named = appointment.member, appointment.city
        if member is not None and member not in members:
            yield unknown_member(f"appointments[{i}].member", member)
        if named is None:
            continue
        country = cities.get(named)
        if country is None:
            yield Problem(
                f"appointments[{i}].city", f"names city {shown(named)}, which is not in cities"
            )
        elif member is not None and member != country:
            yield Problem(
                f"appointments[{i}].member",
                f"is {shown(member)} but city {shown(named)} belongs to {shown(country)}",
            )
    for i, chair in enumerate(network.chairs()):
        if chair.member not in members:
            yield unknown_member(f"chairs[{i}].member", chair.member)
        reference = chair.basis.reference
        if reference is not None and reference not in decisions and reference != chair.id:
            yield Problem(
                f"chairs[{i}].basis.reference",
                f"names {shown(reference)}, which is neither this record nor a decision",
            )
    for i, decision in enumerate(network.decisions()):
        for j, code in enumerate(decision.members):
            if code not in members:
                yield unknown_member(f"decisions[{i}].members[{j}]", code)
    for i, meeting in enumerate(network.meetings()):
        if meeting.host is not None and meeting.host not in members:
            yield unknown_member(f"meetings[{i}].host", meeting.host)
    for field, records in _records_with_sources(network):
        if sources.issuperset(chain.from_iterable(map(_cited, records))):
            continue
        for i, record in enumerate(records):
            cited = _cited(record)
            if sources.issuperset(cited):
                continue
            for j, source in enumerate(cited):
                if source not in sources:
                    yield Problem(
                        f"{field}[{i}].sources[{j}]",
                        f"names source {shown(source)}, which is not in sources",
                    )


_cited: Callable[[object], tuple[str, ...]] = attrgetter("sources")


def dates_are_possible(network: Network) -> Iterator[Problem]:
    """Cities join after the network was established and after their state was admitted;
    chairs are members from the start of their term."""
    admitted = {m.code: m.admitted for m in network.members()}
    for i, city in enumerate(network.cities()):
        if city.joined.latest < network.established:
            yield Problem(
                f"cities[{i}].joined",
                f"{city.joined} is before the network was established ({network.established})",
            )
        member_since = admitted.get(city.country)
        if member_since is not None and city.joined.latest < member_since:
            yield Problem(
                f"cities[{i}].joined",
                f"{city.joined} is before {city.country} was admitted ({member_since})",
            )
    for i, chair in enumerate(network.chairs()):
        member_since = admitted.get(chair.member)
        if member_since is not None and chair.start.latest < member_since:
            yield Problem(
                f"chairs[{i}].start",
                f"{chair.member} chairs from {chair.start} but was admitted only on {member_since}",
            )


def _overlaps(
    groups: dict[object, list[_Term]],
    field: str,
    describe: Callable[[object], str],
) -> Iterator[Problem]:
    for key, terms in groups.items():
        if len(terms) < 2:  # most groups: one term overlaps nothing
            continue
        dated = sorted(
            (t for t in terms if t[1] is not None),
            key=lambda t: (t[1].latest, t[0]),  # type: ignore[union-attr]
        )
        # After sorting by start, a term overlaps an earlier one exactly when it overlaps the
        # earlier term that runs longest, so one running maximum suffices.
        longest: _Term | None = None
        for term in dated:
            if longest is not None and certainly_overlap(longest[1:], term[1:]):
                yield Problem(
                    f"{field}[{term[0]}]",
                    f"overlaps {field}[{longest[0]}]: {describe(key)} has one holder at a time",
                )
            if longest is None or _runs_longer(term[2], longest[2]):
                longest = term


def _runs_longer(end: PartialDate | None, other: PartialDate | None) -> bool:
    if other is None:
        return False
    return end is None or end.earliest > other.earliest


def single_holders(network: Network) -> Iterator[Problem]:
    """A member's NR, a city's CSCO and an organisation's chair never overlap in time."""
    # Keyed by the role's value: an enum member's own hash is a Python call per record.
    scopes = {role._value_: role.scope for role in Role}
    groups: dict[object, list[_Term]] = defaultdict(list)
    for i, appointment in enumerate(network.appointments()):
        role = appointment.role._value_
        scope = scopes[role]
        owner = (
            appointment.member
            if scope is Scope.MEMBER
            else appointment.city
            if scope is Scope.CITY
            else None
        )
        groups[role, owner].append((i, appointment.start, appointment.end))

    def appointment_group(key: object) -> str:
        assert isinstance(key, tuple)
        role, owner = Role(key[0]), key[1]
        return f"the {role.label} of {owner}" if owner else f"the {role.label}"

    yield from _overlaps(groups, "appointments", appointment_group)

    chairs: dict[object, list[_Term]] = defaultdict(list)
    for i, chair in enumerate(network.chairs()):
        chairs[chair.organisation._value_].append((i, chair.start, chair.end))
    yield from _overlaps(chairs, "chairs", lambda organisation: f"the {organisation} chair")


def names_are_distinct(network: Network) -> Iterator[Problem]:
    """No name, code or alias of one member (or one city) is also another's."""
    kinds: tuple[tuple[str, Sequence[Any], Callable[[Any], Iterable[str]], str], ...] = (
        ("members", network.members(), member_keys, "code"),
        ("cities", network.cities(), city_keys, "id"),
    )
    for field, records, names_of, key in kinds:
        names: list[str] = []
        owners: list[int] = []
        for i, record in enumerate(records):
            for name in names_of(record):
                names.append(name)
                owners.append(i)
        owner: dict[str, int] = {}
        reported: set[tuple[int, str]] = set()
        for name, normal, i in zip(names, normalise_all(names), owners, strict=True):
            first = owner.setdefault(normal, i)
            if first == i or (i, normal) in reported:
                continue
            identity = getattr(records[first], key)
            if identity != getattr(records[i], key):
                reported.add((i, normal))
                yield Problem(
                    f"{field}[{i}]",
                    f"name {shown(name)} is also a name of {field}[{first}] ({shown(identity)})",
                )


def zones_match_members(network: Network) -> Iterator[Problem]:
    """A city's time zone is one of its member state's zones."""
    zones = {m.code: m.timezones for m in network.members()}
    for i, city in enumerate(network.cities()):
        allowed = zones.get(city.country)
        if allowed is not None and city.timezone not in allowed:
            yield Problem(
                f"cities[{i}].timezone",
                f"{shown(city.timezone)} is not a zone of {city.country} ({', '.join(allowed)})",
            )


RULES: tuple[Rule, ...] = (
    unique_identities,
    references_resolve,
    dates_are_possible,
    single_holders,
    names_are_distinct,
    zones_match_members,
)
"""Every network rule, in the order their problems are reported."""


def network_problems(network: Network) -> list[Problem]:
    """Every problem every network rule finds in ``network``."""
    # The rules' temporary groups and indexes make no cycles; collections during them would
    # walk the whole heap again and again, so a large network's check would grow faster than
    # the network.
    with paused():
        return [problem for rule in RULES for problem in rule(network)]
