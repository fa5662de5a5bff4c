"""ASEAN and the ASCN as configurations of the rotation engine, built from a network.

ASEAN: members in the alphabetical order of their ASEAN English short names, each
eligible from the first term that starts once it is a member; terms start as the first
recorded term did (the ASEAN Standing Committee's July terms) until a term change, and from
the day after the changed term ends (calendar years under the Charter); the recorded
decisions bend the order. The ASCN: the ASEAN chair of each term from the day the network
was established, unless an ASCN term is recorded.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable

import attrs

from ascn.errors import NoChairError, Problem, ValidationError
from ascn.lookup import normalise
from ascn.model.chair import Chairmanship, Organisation, Status
from ascn.model.decision import Decision
from ascn.model.network import Network
from ascn.rotation.decisions import Bends
from ascn.rotation.engine import Candidate, OrderRule
from ascn.rotation.projections import FollowProjection, OrderProjection
from ascn.rotation.rotation import Rotation
from ascn.rotation.schedule import AnnualTerms, Era, SingleTerm, Term, TermSchedule

__all__ = ["ASCN_RULE", "ASEAN_RULE", "ascn_rotation", "asean_rotation", "rotation_of"]

ASEAN_RULE = (
    "Each term the chair passes to the next member state in the alphabetical order of the "
    "ASEAN English short names, among the states that are members when the term starts "
    "(ASEAN Charter, Article 31: one chair per calendar year). Before the Charter the ASEAN "
    "Standing Committee chair rotated the same way in terms running about July to July."
)
"""The ASEAN rotation rule, in words."""

ASCN_RULE = (
    "The ASCN chair is the ASEAN chair of the same term, from the day the network was "
    "established; a recorded ASCN term takes precedence."
)
"""The ASCN rotation rule, in words."""


@attrs.frozen
class _Parts:
    """What building a rotation works out from a network, holding no reference to it."""

    schedule: TermSchedule
    records: dict[int, Chairmanship]
    projection: OrderProjection | None = None


_lock = threading.Lock()
_cache: dict[int, tuple[weakref.ref[Network], dict[Organisation, _Parts]]] = {}


def rotation_of(network: Network, organisation: Organisation) -> Rotation:
    """The rotation of ``organisation``'s chair in ``network``.

    Its parts are worked out once per network and kept while the network lives; the
    rotation itself is a cheap wrapper around them, so the cache never keeps a network alive.
    """
    if organisation is Organisation.ASEAN:
        return _asean(network, _cached(network, organisation, lambda: _asean_parts(network)))
    leader = rotation_of(network, Organisation.ASEAN)
    parts = _cached(network, organisation, lambda: _ascn_parts(network, leader))
    return _ascn(network, leader, parts)


def _cached(network: Network, organisation: Organisation, build: Callable[[], _Parts]) -> _Parts:
    key = id(network)
    with _lock:
        entry = _cache.get(key)
        if entry is None or entry[0]() is not network:
            entry = (weakref.ref(network, lambda _: _forget(key)), {})
            _cache[key] = entry
    found = entry[1].get(organisation)
    if found is None:
        found = entry[1].setdefault(organisation, build())
    return found


def _forget(key: int) -> None:
    with _lock:
        _cache.pop(key, None)


def asean_rotation(
    network: Network,
    assumed: tuple[Decision, ...] = (),
    set_aside: frozenset[int] = frozenset(),
) -> Rotation:
    """The ASEAN rotation of ``network``, with ``assumed`` decisions and agreed terms set aside.

    Raises :class:`ascn.ValidationError` when the records or decisions do not fit a rotation
    and :class:`NoChairError` when no ASEAN term is recorded to count from.
    """
    return _asean(network, _asean_parts(network, assumed, set_aside), assumed, set_aside)


def ascn_rotation(
    network: Network, leader: Rotation, set_aside: frozenset[int] = frozenset()
) -> Rotation:
    """The ASCN rotation of ``network``: it follows ``leader``, an ASEAN rotation of it."""
    return _ascn(network, leader, _ascn_parts(network, leader, set_aside), set_aside)


def _asean(
    network: Network,
    parts: _Parts,
    assumed: tuple[Decision, ...] = (),
    set_aside: frozenset[int] = frozenset(),
) -> Rotation:
    assert parts.projection is not None, "an ASEAN rotation projects by its own order"

    def rebuild(more: tuple[Decision, ...], aside: frozenset[int]) -> Rotation:
        return asean_rotation(network, assumed + more, set_aside | aside)

    return Rotation(
        organisation=Organisation.ASEAN,
        network=network,
        schedule=parts.schedule,
        records=parts.records,
        projection=parts.projection,
        rule=ASEAN_RULE,
        rebuild=rebuild,
    )


def _ascn(
    network: Network, leader: Rotation, parts: _Parts, set_aside: frozenset[int] = frozenset()
) -> Rotation:
    def rebuild(more: tuple[Decision, ...], aside: frozenset[int]) -> Rotation:
        return ascn_rotation(network, leader.assuming(*more), set_aside | aside)

    before = f"the network was established on {network.established}"
    return Rotation(
        organisation=Organisation.ASCN,
        network=network,
        schedule=parts.schedule,
        records=parts.records,
        projection=FollowProjection(leader, parts.schedule.first, before),
        rule=ASCN_RULE,
        rebuild=rebuild,
        decided_by=leader.organisation,
    )


def _asean_parts(
    network: Network,
    assumed: tuple[Decision, ...] = (),
    set_aside: frozenset[int] = frozenset(),
) -> _Parts:
    organisation = Organisation.ASEAN
    records, problems = _records(network, organisation, set_aside)
    if not records:
        raise NoChairError(
            organisation.value, "any year", "no ASEAN term is recorded to count the rotation from"
        )
    decisions = [
        (f"decisions[{index}]", decision)
        for index, decision in enumerate(network.decisions())
        if decision.organisation is organisation
    ]
    decisions += [(f"assuming[{index}]", decision) for index, decision in enumerate(assumed)]
    bends = Bends(decisions, {m.code for m in network.members()})
    schedule = _schedule(records, bends, problems)
    _check_labels(network, records, schedule, problems)
    if problems:
        raise ValidationError(problems, subject="ASEAN rotation")
    candidates = sorted(
        (Candidate(code=m.code, name=m.name, admitted=m.admitted) for m in network.members()),
        key=lambda c: normalise(c.name),
    )
    rule = OrderRule(
        candidates=candidates,
        schedule=schedule,
        records={label: record.member for label, record in records.items()},
        bends=bends,
        subject="ASEAN rotation",
    )
    first = records[rule.first]
    projection = OrderProjection(
        rule, f"the first term the sources record starts in {first.start} ({first.id})"
    )
    return _Parts(schedule=schedule, records=records, projection=projection)


def _ascn_parts(
    network: Network, leader: Rotation, set_aside: frozenset[int] = frozenset()
) -> _Parts:
    records, problems = _records(network, Organisation.ASCN, set_aside)
    schedule = leader._schedule.since(network.established)
    _check_labels(network, records, schedule, problems)
    if problems:
        raise ValidationError(problems, subject="ASCN rotation")
    return _Parts(schedule=schedule, records=records)


def _records(
    network: Network, organisation: Organisation, set_aside: frozenset[int]
) -> tuple[dict[int, Chairmanship], list[Problem]]:
    # Recorded and agreed terms by the year they start; projected records are the rule's job.
    records: dict[int, Chairmanship] = {}
    index_of: dict[int, int] = {}
    problems: list[Problem] = []
    for index, chair in enumerate(network.chairs()):
        if chair.organisation is not organisation or chair.status is Status.PROJECTED:
            continue
        label = chair.start.year
        if chair.status is Status.AGREED and label in set_aside:
            continue
        if label in records:
            problems.append(
                Problem(
                    f"chairs[{index}].start",
                    f"chairs[{index_of[label]}] already records the {organisation.value} term "
                    f"starting in {label}",
                )
            )
            continue
        records[label], index_of[label] = chair, index
    return records, problems


def _schedule(
    records: dict[int, Chairmanship], bends: Bends, problems: list[Problem]
) -> TermSchedule:
    # Terms start as the first recorded one did, until a term change; after a changed term,
    # they start on the day after it ends.
    opening = records[min(records)].start
    eras: list[Era] = []
    era = AnnualTerms(first=1, month=opening.month or 1, day=opening.day)
    for change in sorted(bends.term_changes, key=lambda d: d.terms[0]):
        label = change.terms[0]
        record = records.get(label)
        if record is None or label <= era.first:
            problems.append(
                Problem(
                    f"{bends.paths[change.id]}.terms[0]",
                    f"no recorded term of {label} gives the dates of the changed term",
                )
            )
            continue
        eras.append(AnnualTerms(first=era.first, last=label - 1, month=era.month, day=era.day))
        eras.append(SingleTerm(only=Term(label=label, start=record.start, end=record.end)))
        following = record.end.latest.add(days=1)
        day = following.day if record.end.is_exact else None
        era = AnnualTerms(first=following.year, month=following.month, day=day)
    eras.append(era)
    return TermSchedule(eras)


def _check_labels(
    network: Network,
    records: dict[int, Chairmanship],
    schedule: TermSchedule,
    problems: list[Problem],
) -> None:
    paths = {chair.id: index for index, chair in enumerate(network.chairs())}
    problems.extend(
        Problem(
            f"chairs[{paths[record.id]}].start",
            f"no term of the schedule starts in {label}",
        )
        for label, record in records.items()
        if not schedule.is_label(label)
    )
