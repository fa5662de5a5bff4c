"""Data-quality rules for the embedded network: sources, dates, zones, counts, uncertainty.

These are stricter than the network rules every document must pass: they state what the
real data promises its users (see docs/sources.md).
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest

import ascn
import builders
from ascn import BasisKind, Intake, Network, PartialDate, Status
from ascn.lookup import normalise
from facts import (
    ADMITTED,
    CITIES,
    DECISIONS,
    FACTS_COMPILED,
    INTAKES,
    MEETINGS,
    PILOT_JOINED,
    UTC_OFFSETS_2026,
)

COLLECTIONS = builders.COLLECTIONS[1:]  # the records that cite sources

# Records whose every source in the facts is undated (Wikipedia copies, one document list):
# nothing better was found, so they are the only ones allowed no dated source.
ONLY_UNDATED_SOURCES = {
    "csco-bandar-seri-begawan-ali-matyassin",
    "csco-battambang-soeum-bunrith",
    "csco-phnom-penh-seng-vannak",
    "csco-siem-reap-ly-samreth",
    "asean-secretary-general-6",
    "asean-secretary-general-8",
    "asean-1992",
}


@pytest.fixture(scope="module")
def network() -> Network:
    return ascn.load()


def records(network: Network) -> Iterator[tuple[str, Any]]:
    for field in COLLECTIONS:
        for record in getattr(network, field)():
            yield getattr(record, "id", getattr(record, "code", "")), record


def test_every_record_cites_a_source(network: Network) -> None:
    assert [key for key, record in records(network) if not record.sources] == []


def test_every_record_cites_a_dated_source_unless_none_exists(network: Network) -> None:
    undated = {
        key
        for key, record in records(network)
        if all(s.date is None for s in network.sources_of(record))
    }
    assert undated == ONLY_UNDATED_SOURCES


def test_every_record_states_its_confidence(network: Network) -> None:
    assert [key for key, record in records(network) if record.confidence is None] == []


def test_sources_are_neither_duplicated_nor_unused(network: Network) -> None:
    urls = [s.url for s in network.sources()]
    assert len(set(urls)) == len(urls)
    cited = {source for _, record in records(network) for source in record.sources}
    assert cited == {s.id for s in network.sources()}


def test_sources_are_dated_no_later_than_the_facts_were_compiled(network: Network) -> None:
    latest = PartialDate.parse(FACTS_COMPILED).latest
    assert [s.id for s in network.sources() if s.date and s.date.earliest > latest] == []


@pytest.mark.parametrize(
    ("source", "date"),
    [
        ("bbc-2005", "2005-07-26"),
        ("opengov-2018", "2018-05-02"),
        ("clc-2023", "2023"),  # dated 2023 in one facts file, undated in the other
        ("sun-2025-ascn8", "2025-09-08"),  # 2025-09 in one file, the day in the other
        ("cna-2018", "2018-04"),  # 27 or 28 April: only the month is agreed
        ("sun-2025-apr", "2025"),  # its date metadata contradicts its content
        ("wiki-pipi", None),
    ],
)
def test_source_dates_keep_the_precision_the_facts_give(
    network: Network, source: str, date: str | None
) -> None:
    expected = None if date is None else PartialDate.parse(date)
    assert network.source(source).date == expected


def test_proxy_addresses_are_replaced_by_the_documents_they_point_to(network: Network) -> None:
    assert not [s.url for s in network.sources() if "safelinks" in s.url or "api/grab" in s.url]


def test_every_city_zone_belongs_to_its_country(network: Network) -> None:
    january = datetime(2026, 1, 15, 12)
    for city in network.cities():
        assert city.timezone in network.member(city.country).timezones, city.id
        offset = zoneinfo.ZoneInfo(city.timezone).utcoffset(january)
        assert offset is not None
        assert offset / timedelta(hours=1) in UTC_OFFSETS_2026[city.country], city.id


def test_every_member_zone_has_the_offsets_of_its_country(network: Network) -> None:
    january = datetime(2026, 1, 15, 12)
    for member in network.members():
        offsets = set()
        for zone in member.timezones:
            offset = zoneinfo.ZoneInfo(zone).utcoffset(january)
            assert offset is not None
            offsets.add(offset / timedelta(hours=1))
        assert offsets == UTC_OFFSETS_2026[member.code], member.code


@pytest.mark.parametrize("year", [2018, 2019, 2022, 2023, 2024, 2025])
def test_counts_at_each_year_end_match_the_facts(network: Network, year: int) -> None:
    # The facts' own counts: members admitted by then, cities of the intakes by then.
    end = f"{year}-12-31"
    members = sum(admitted <= end for admitted in ADMITTED.values())
    cities = sum(count for joined, count in INTAKES.items() if joined[:4] <= str(year))
    assert (len(network.members(on=end)), len(network.cities(on=end))) == (members, cities)


def test_the_facts_count_the_cities_they_list() -> None:
    # The summary counts of the facts (26 pilots, 3, 2 and 1 later) agree with their table.
    listed: dict[str, int] = {}
    for city in CITIES.values():
        listed[city.joined] = listed.get(city.joined, 0) + 1
    assert listed == INTAKES
    assert sum(INTAKES.values()) == len(CITIES) == 32


def test_intakes_match_the_facts(network: Network) -> None:
    pilots = [c for c in network.cities() if c.intake is Intake.PILOT]
    later = [c for c in network.cities() if c.intake is Intake.LATER]
    assert len(pilots) == INTAKES[PILOT_JOINED] == 26
    assert {c.joined for c in pilots} == {PartialDate.parse(PILOT_JOINED)}
    assert sorted(c.joined.isoformat() for c in later) == sorted(
        c.joined for c in CITIES.values() if c.intake == "later"
    )
    assert sorted(c.joined.year for c in later) == [2023, 2023, 2023, 2024, 2024, 2025]
    assert all(c.joined_at for c in pilots)


def test_pilot_cities_per_member_follow_the_concept_note(network: Network) -> None:
    # Up to three per member, except Malaysia's four.
    counts: dict[str, int] = {}
    for city in network.cities():
        if city.intake is Intake.PILOT:
            counts[city.country] = counts.get(city.country, 0) + 1
    assert counts.pop("MY") == 4
    assert all(1 <= n <= 3 for n in counts.values())
    assert set(counts) == {c.country for c in CITIES.values() if c.intake == "pilot"} - {"MY"}
    assert len(counts) == 9  # every member then but Malaysia; Timor-Leste joined in 2025


def test_no_alias_names_another_city_or_repeats_its_own(network: Network) -> None:
    owner: dict[str, str] = {}
    for city in network.cities():
        own = [normalise(n) for n in (city.id, city.name, *city.aliases)]
        for name in set(own):
            assert owner.setdefault(name, city.id) == city.id, (name, city.id)
        assert len({a.casefold() for a in city.aliases}) == len(city.aliases)


def test_coordinates_say_where_they_come_from(network: Network) -> None:
    for city in network.cities():
        assert city.note is not None
        assert "general geographic knowledge" in city.note, city.id


def test_chair_statuses_and_bases_agree(network: Network) -> None:
    decisions = {d.id for d in network.decisions()}
    for chair in network.chairs():
        if chair.status is Status.RECORDED:
            assert chair.basis.kind is BasisKind.RECORD, chair.id
        else:
            assert chair.status is Status.AGREED, chair.id
            assert chair.basis.kind is BasisKind.DECISION, chair.id
            assert chair.basis.reference in decisions, chair.id


def test_unknown_values_stay_unknown(network: Network) -> None:
    undecided = {key for key, decision in DECISIONS.items() if decision.decided is None}
    assert {d.id for d in network.decisions() if d.decided is None} == undecided
    assert undecided == {"term-change-2008-th", "placement-2029-tl"}
    last_meeting = network.meetings()[-1]
    assert MEETINGS[last_meeting.ordinal] == (last_meeting.host, None, None, None)
    assert (last_meeting.start, last_meeting.city, last_meeting.format) == (None, None, None)
    cauayan = network.city("Cauayan City")
    assert cauayan.joined == PartialDate.parse(CITIES["cauayan-city"].joined)
    assert (cauayan.joined, cauayan.joined_at) == (PartialDate(2025), None)
    union = {p.id: p for p in network.partners()}["european-union"]
    assert union.until is None


def test_uncertain_records_say_why(network: Network) -> None:
    for key, record in records(network):
        if record.confidence is ascn.Confidence.LOW:
            assert record.note, key
