"""History of a member state or city: what it contains, its order, and lookups.

Dates, cities, decisions and terms of the real network come from :mod:`facts`.
"""

from __future__ import annotations

import attrs
import pytest

import ascn
import builders
from ascn import NotFoundError, PartialDate
from ascn.history import EventKind, HistoryEvent, history_of
from facts import ADMITTED, ASEAN_AGREED, CITIES, DECISIONS, MEETINGS, SHEPHERDS


@pytest.fixture(scope="module")
def network() -> ascn.Network:
    return ascn.load()


def order_key(event: HistoryEvent) -> tuple[object, ...]:
    # The documented order: earliest possible day, then the more precise date, undated last.
    if event.date is None:
        return (1,)
    return (0, event.date.earliest, event.date.latest)


def test_history_of_timor_leste(network: ascn.Network) -> None:
    (term,) = [year for year, member in ASEAN_AGREED.items() if member == "TL"]
    events = network.history("Timor-Leste")
    assert [(e.date, e.kind, e.record) for e in events] == [
        (PartialDate.parse(ADMITTED["TL"]), EventKind.ADMITTED, "TL"),
        (PartialDate(term, 1, 1), EventKind.CHAIR, f"asean-{term}"),
        (None, EventKind.DECISION, "placement-2029-tl"),
    ]
    assert DECISIONS["placement-2029-tl"].decided is None  # hence undated, and last
    assert events[1].summary == "Timor-Leste is to chair ASEAN (agreed)"
    assert events[1].end == PartialDate(term, 12, 31)


def test_history_of_myanmar_includes_the_decisions_concerning_it(network: ascn.Network) -> None:
    events = network.history("Burma")
    decisions = [(e.date, e.record) for e in events if e.kind is EventKind.DECISION]
    concerning = sorted(  # ISO dates sort as the days do
        (d.decided, key) for key, d in DECISIONS.items() if "MM" in d.members and d.decided
    )
    assert decisions == [(PartialDate.parse(day), key) for day, key in concerning]
    assert len(decisions) == 3
    assert [e.record for e in events if e.kind is EventKind.CHAIR] == ["asean-2014"]


def test_history_of_thailand(network: ascn.Network) -> None:
    events = network.history("TH")
    assert (events[0].kind, events[0].date) == (
        EventKind.ADMITTED,
        PartialDate.parse(ADMITTED["TH"]),
    )
    joined = [(e.subject, e.date) for e in events if e.kind is EventKind.JOINED]
    assert joined == [
        (key, PartialDate.parse(city.joined))
        for key, city in CITIES.items()
        if city.country == "TH"
    ]
    assert len(joined) == 6
    chairs = [e.record for e in events if e.kind is EventKind.CHAIR]
    assert chairs == ["asean-1999", "asean-2008", "ascn-2019", "asean-2019"]
    meetings = [e for e in events if e.kind is EventKind.MEETING]
    (bangkok,) = [m for m in MEETINGS.values() if m.host == "TH"]
    assert bangkok.start is not None
    assert bangkok.end is not None
    assert [(m.record, m.date, m.end) for m in meetings] == [
        ("annual-meeting-2019", PartialDate.parse(bangkok.start), PartialDate.parse(bangkok.end))
    ]
    assert "term-change-2008-th" in {e.record for e in events}
    appointments = {e.record for e in events if e.kind is EventKind.APPOINTMENT}
    assert appointments == {
        "nr-th-mdes",
        "nr-th-ajarin-pattanapanchai",
        "asean-secretary-general-6",
        "asean-secretary-general-12",
    }


def test_a_key_naming_a_member_and_a_city_gives_the_members_history(
    network: ascn.Network,
) -> None:
    events = network.history("Singapore")
    subjects = {e.subject for e in events}
    assert subjects == {"SG", "singapore"}
    officer = next(e for e in events if e.record == "csco-singapore-sndgo")
    assert officer.subject == "singapore"
    assert officer.summary == (
        "Smart Nation and Digital Government Office (SNDGO) serves as"
        " Chief Smart City Officer of Singapore"
    )
    shepherd = [(e.date, e.end) for e in events if e.record.startswith("ascn-shepherd")]
    assert shepherd == [
        (PartialDate.parse(s.start), PartialDate.parse(s.end))
        for s in SHEPHERDS
        if s.member == "SG" and s.start and s.end
    ]
    assert len(shepherd) == 2


def test_history_of_a_city(network: ascn.Network) -> None:
    events = network.history("KL")
    assert [(e.kind, e.record, e.subject) for e in events] == [
        (EventKind.JOINED, "kuala-lumpur", "kuala-lumpur"),
        (EventKind.MEETING, "annual-meeting-2025", "kuala-lumpur"),
    ]
    assert events[1].summary == "The 8th ASCN Annual Meeting (ASCN8) is held in Kuala Lumpur"


def test_history_of_a_city_lists_its_officers_with_unknown_dates_last(
    network: ascn.Network,
) -> None:
    events = network.history("bandar-seri-begawan")
    assert [(e.kind, e.date) for e in events] == [
        (EventKind.JOINED, PartialDate.parse(CITIES["bandar-seri-begawan"].joined)),
        (EventKind.APPOINTMENT, None),
        (EventKind.APPOINTMENT, None),
    ]


def test_a_city_that_joined_in_a_year_keeps_that_precision(network: ascn.Network) -> None:
    (event,) = network.history("Cauayan")
    assert (event.date, event.kind, event.subject) == (
        PartialDate.parse(CITIES["cauayan-city"].joined),
        EventKind.JOINED,
        "cauayan-city",
    )
    assert event.date == PartialDate(2025)
    assert event.summary == "Cauayan City joins the ASCN in a later intake"


KEYS = [m.code for m in ascn.load().members()] + [c.id for c in ascn.load().cities()]


@pytest.mark.parametrize("key", KEYS)
def test_every_history_is_ordered_and_traceable(network: ascn.Network, key: str) -> None:
    events = network.history(key)
    assert events == history_of(network, key)
    assert [order_key(e) for e in events] == sorted(order_key(e) for e in events)
    records = {
        getattr(r, "id", getattr(r, "code", None)): r
        for field in ("members", "cities", "appointments", "chairs", "decisions", "meetings")
        for r in getattr(network, field)()
    }
    for event in events:
        assert event.sources == records[event.record].sources
    assert events[0].kind in (EventKind.ADMITTED, EventKind.JOINED)


@pytest.mark.parametrize("code", [m.code for m in ascn.load().members()])
def test_a_members_history_holds_every_city_and_chair(network: ascn.Network, code: str) -> None:
    records = {e.record for e in network.history(code)}
    assert {c.id for c in network.cities(country=code)} <= records
    assert {c.id for c in network.chairs() if c.member == code} <= records


def test_partial_dates_order_by_earliest_day_then_precision() -> None:
    cities = (
        builders.hanoi(id="a", name="A", aliases=(), joined=PartialDate(2024)),
        builders.hanoi(id="b", name="B", aliases=(), joined=PartialDate(2024, 1)),
        builders.hanoi(id="c", name="C", aliases=(), joined=PartialDate(2024, 1, 1)),
        builders.hanoi(id="d", name="D", aliases=(), joined=PartialDate(2023, 12, 31)),
        builders.hanoi(id="e", name="E", aliases=(), joined=PartialDate(2024, 3, 5)),
    )
    network = builders.network(cities=cities, appointments=())
    joined = [e.subject for e in history_of(network, "VN") if e.kind is EventKind.JOINED]
    assert joined == ["d", "c", "b", "a", "e"]


def test_unknown_keys_raise_not_found_with_suggestions(network: ascn.Network) -> None:
    with pytest.raises(NotFoundError) as info:
        network.history("Thialand")
    assert info.value.kind == "member state or city"
    assert "Thailand" in info.value.suggestions
    with pytest.raises(NotFoundError):
        network.history("Atlantis")


def test_a_key_that_is_not_text_raises_not_found(network: ascn.Network) -> None:
    with pytest.raises(NotFoundError):
        history_of(network, 42)  # type: ignore[arg-type]


def test_history_events_are_frozen_slotted_and_keyword_only() -> None:
    event = HistoryEvent(
        date=None, kind=EventKind.JOINED, subject="hanoi", record="hanoi", summary="joined"
    )
    assert attrs.has(HistoryEvent)
    assert "__slots__" in HistoryEvent.__dict__
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        event.summary = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        HistoryEvent(None, EventKind.JOINED, "hanoi", "hanoi", "joined")  # type: ignore[call-arg]
