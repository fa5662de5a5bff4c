"""The embedded real network: golden values from the facts, as-of queries, and round trips.

Every expected value here is taken from the sourced facts (:mod:`facts`, written by hand
from ``../shared/facts``), not from the data file: admission dates, each city's country,
intake and join date, each chair, decision, office holder and meeting.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ascn
from ascn import (
    BasisKind,
    DecisionKind,
    FrameworkKind,
    HolderKind,
    MeetingFormat,
    Network,
    Organisation,
    PartialDate,
    Role,
    Status,
)
from ascn.dataset import default_text
from builders import same_types
from facts import (
    ADMITTED,
    ASCN_CHAIRS,
    ASEAN_AGREED,
    ASEAN_PROJECTED,
    CALENDAR_YEAR_CHAIRS,
    CHIEF_SMART_CITY_OFFICERS,
    CITIES,
    CITY_ALIASES,
    DECISIONS,
    ESTABLISHED,
    FOCUS_AREAS,
    MEETINGS,
    MEMBER_ALIASES,
    MEMBERS,
    MILESTONES,
    NATIONAL_REPRESENTATIVE_PEOPLE,
    PARTNERS,
    SECRETARIES_GENERAL,
    SHEPHERDS,
    STANDING_COMMITTEE_TERMS,
    STRATEGIC_OUTCOMES,
    STRETCHED_TERM,
)


@pytest.fixture(scope="module")
def network() -> Network:
    return ascn.load()


def day(text: str) -> pendulum.Date:
    return pendulum.Date(*map(int, text.split("-")))


def partial(text: str | None) -> PartialDate | None:
    return None if text is None else PartialDate.parse(text)


# -- loading -------------------------------------------------------------------------------


def test_load_returns_one_cached_network(network: Network) -> None:
    assert ascn.load() is network
    assert network.established == day(ESTABLISHED)


def test_the_document_is_parsed_on_first_use_not_at_import() -> None:
    script = (
        "import ascn, ascn.dataset as d\n"
        "calls = []\n"
        "read = d.default_text\n"
        "d.default_text = lambda: calls.append(1) or read()\n"
        "first = ascn.load(); second = ascn.load()\n"
        "assert first is second and calls == [1], calls\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_the_embedded_file_is_the_canonical_document(network: Network) -> None:
    # Written by ascn.dumps and never edited by hand: readable, diffable and free of defaults.
    assert ascn.dumps(network) == default_text()


def test_the_dataset_round_trips_unchanged_with_identical_types(network: Network) -> None:
    again = ascn.loads(ascn.dumps(network))
    assert again == network
    same_types(again, network)
    assert type(again.member("SG").admitted) is pendulum.Date


# -- member states --------------------------------------------------------------------------


def test_eleven_members_in_rotation_order(network: Network) -> None:
    names = [m.name for m in network.members()]
    assert names == [member.name for member in MEMBERS.values()]
    assert len(names) == 11
    assert names == sorted(names)  # the alphabetical order of the ASEAN short names


@pytest.mark.parametrize("code", sorted(MEMBERS))
def test_each_member_state(network: Network, code: str) -> None:
    alpha3, name, formal, admitted, capital, zones = MEMBERS[code]
    member = network.member(code)
    assert (member.alpha3, member.name, member.formal_name) == (alpha3, name, formal)
    assert member.admitted == day(admitted)
    assert type(member.admitted) is pendulum.Date
    assert (member.capital, member.timezones) == (capital, zones)
    assert network.member(alpha3) is member
    assert network.member(name.upper()) is member


@pytest.mark.parametrize(("alias", "code"), MEMBER_ALIASES.items())
def test_common_names_find_members(network: Network, alias: str, code: str) -> None:
    assert network.member(alias).code == code


@pytest.mark.parametrize(
    ("on", "count"),
    [
        ("1967-08-07", 0),
        ("1967-08-08", 5),
        ("1984-01-06", 5),
        ("1984-01-07", 6),
        ("1995-07-28", 7),
        ("1997-07-22", 7),
        ("1997-07-23", 9),
        ("1999-04-30", 10),
        ("2025-10-25", 10),
        ("2025-10-26", 11),
    ],
)
def test_member_counts_by_date(network: Network, on: str, count: int) -> None:
    assert len(network.members(on=on)) == count


# -- cities ---------------------------------------------------------------------------------


def test_thirty_two_identified_cities(network: Network) -> None:
    assert sorted(c.id for c in network.cities()) == sorted(CITIES)


@pytest.mark.parametrize("city_id", sorted(CITIES))
def test_each_city(network: Network, city_id: str) -> None:
    name, country, intake, joined, zone = CITIES[city_id]
    city = network.city(city_id)
    assert (city.name, city.country, city.intake.value, city.timezone) == (
        name,
        country,
        intake,
        zone,
    )
    assert city.joined == PartialDate.parse(joined)
    assert network.city(name) is city


@pytest.mark.parametrize(("alias", "city_id"), CITY_ALIASES.items())
def test_alternative_spellings_find_cities(network: Network, alias: str, city_id: str) -> None:
    assert network.city(alias).id == city_id


@pytest.mark.parametrize(
    ("on", "count"),
    [
        ("2018-04-27", 0),
        ("2018-04-28", 26),
        ("2023-06-30", 26),
        ("2023-07-31", 29),
        ("2024-12-30", 29),
        ("2024-12-31", 31),
        ("2025-12-30", 31),
        ("2025-12-31", 32),
    ],
)
def test_city_counts_by_date(network: Network, on: str, count: int) -> None:
    # A city that joined "in 2024" is certainly a member only from 31 Dec 2024.
    assert len(network.cities(on=on)) == count


@pytest.mark.parametrize(
    ("country", "on", "names"),
    [
        ("Thailand", "2023-01-01", ["Bangkok", "Chonburi", "Phuket"]),
        (
            "TH",
            "2024-01-01",
            ["Bangkok", "Chonburi", "Phuket", "Chiang Mai", "Khon Kaen", "Rayong"],
        ),
        ("Cambodia", "2025-01-01", ["Battambang", "Phnom Penh", "Siem Reap", "Sihanoukville"]),
        ("Timor-Leste", "2026-01-01", []),
    ],
)
def test_cities_of_a_country_on_a_day(
    network: Network, country: str, on: str, names: list[str]
) -> None:
    assert [c.name for c in network.cities(country=country, on=on)] == names


# -- chairs and decisions --------------------------------------------------------------------


@pytest.mark.parametrize(("year", "code"), sorted(CALENDAR_YEAR_CHAIRS.items()))
def test_each_calendar_year_asean_chair(network: Network, year: int, code: str) -> None:
    (chair,) = network.chairs(organisation="ASEAN", on=f"{year}-06-30")
    assert (chair.id, chair.member, chair.status) == (f"asean-{year}", code, Status.RECORDED)
    assert (chair.start, chair.end) == (PartialDate(year, 1, 1), PartialDate(year, 12, 31))
    assert chair.basis.kind is BasisKind.RECORD


@pytest.mark.parametrize(("start", "end", "code"), STANDING_COMMITTEE_TERMS)
def test_each_pre_charter_and_transition_term(
    network: Network, start: str, end: str, code: str
) -> None:
    chair = next(c for c in network.chairs() if c.id == f"asean-{start[:4]}")
    assert (chair.start, chair.end, chair.member) == (
        PartialDate.parse(start),
        PartialDate.parse(end),
        code,
    )
    assert chair.office is not None
    assert "Standing Committee" in chair.office


def test_agreed_future_chairs_rest_on_decisions(network: Network) -> None:
    agreed = [c for c in network.chairs() if c.status is Status.AGREED]
    assert {c.start.year: c.member for c in agreed} == ASEAN_AGREED
    assert [(c.id, c.basis.kind, c.basis.reference) for c in agreed] == [
        ("asean-2027", BasisKind.DECISION, "skip-2026-mm"),
        ("asean-2029", BasisKind.DECISION, "placement-2029-tl"),
    ]


def test_projected_terms_are_not_stored(network: Network) -> None:
    ids = {c.id for c in network.chairs()}
    assert {f"asean-{year}" for year in ASEAN_PROJECTED}.isdisjoint(ids)
    assert all(c.status is not Status.PROJECTED for c in network.chairs())


def test_a_handover_day_belongs_to_both_terms(network: Network) -> None:
    member, start, _ = STRETCHED_TERM
    on_handover = network.chairs(organisation="ASEAN", on=start)
    assert {c.member for c in on_handover} == {"SG", member}
    assert [c.member for c in network.chairs(organisation="ASEAN", on="2009-06-01")] == [member]


@pytest.mark.parametrize(("year", "code"), sorted(ASCN_CHAIRS.items()))
def test_each_ascn_chair(network: Network, year: int, code: str) -> None:
    (chair,) = network.chairs(organisation=Organisation.ASCN, on=dt.date(year, 12, 1))
    assert (chair.id, chair.member, chair.status) == (f"ascn-{year}", code, Status.RECORDED)


def test_the_2018_ascn_chair_is_inferred(network: Network) -> None:
    (chair,) = [c for c in network.chairs(organisation="ASCN") if c.id == "ascn-2018"]
    assert chair.confidence is ascn.Confidence.MEDIUM
    assert chair.note is not None
    assert "Inferred" in chair.note
    assert network.chairs(organisation="ASCN", on=day(ESTABLISHED).subtract(days=1)) == ()


def test_the_recorded_departures_as_decisions(network: Network) -> None:
    found = [
        (d.id, d.organisation, d.kind, d.members, d.terms, d.decided) for d in network.decisions()
    ]
    assert found == [
        (
            key,
            Organisation.ASEAN,
            DecisionKind(fact.kind),
            fact.members,
            fact.terms,
            None if fact.decided is None else PartialDate.parse(fact.decided),
        )
        for key, fact in DECISIONS.items()
    ]


def test_each_swap_matches_the_recorded_terms(network: Network) -> None:
    chairs = {c.id: c.member for c in network.chairs()}
    for decision in network.decisions():
        if decision.kind is DecisionKind.SWAP:
            for member, term in zip(decision.members, decision.terms, strict=True):
                assert chairs[f"asean-{term}"] == member


# -- appointments ------------------------------------------------------------------------------


def test_national_representatives_are_known_for_every_member_but_myanmar(
    network: Network,
) -> None:
    representatives = network.appointments(role="national-representative")
    assert {a.member for a in representatives} == set(MEMBERS) - {"MM", "TL"}
    agencies = {a.member for a in representatives if a.holder_kind is HolderKind.AGENCY}
    assert agencies == set(MEMBERS) - {"MM", "TL"}
    people = {(a.member, a.holder) for a in representatives if a.holder_kind is HolderKind.PERSON}
    assert people == set(NATIONAL_REPRESENTATIVE_PEOPLE.items())
    assert all(a.start is None for a in representatives)


def test_chief_smart_city_officers_found(network: Network) -> None:
    officers = network.appointments(role=Role.CHIEF_SMART_CITY_OFFICER)
    assert sorted((a.city, a.holder) for a in officers) == sorted(CHIEF_SMART_CITY_OFFICERS)


@pytest.mark.parametrize(
    ("on", "holder"),
    [
        ("2019-01-01", "Singapore"),
        ("2022-01-01", "Singapore"),
        ("2023-07-13", "Indonesia"),
        ("2025-08-31", "Indonesia"),
        ("2025-10-01", "Indonesia"),
    ],
)
def test_the_ascn_shepherd_on_a_day(network: Network, on: str, holder: str) -> None:
    (shepherd,) = network.appointments(role="ascn-shepherd", on=on)
    assert shepherd.holder == holder


def test_the_indonesian_shepherd_was_re_elected(network: Network) -> None:
    terms = [a for a in network.appointments(role="ascn-shepherd") if a.member == "ID"]
    assert [(a.start, a.end) for a in terms] == [
        (partial(s.start), partial(s.end)) for s in SHEPHERDS if s.member == "ID"
    ]
    assert len(terms) == 2


def test_every_shepherd_term(network: Network) -> None:
    found = network.appointments(role="ascn-shepherd")
    assert [(a.holder, a.member, a.start, a.end) for a in found] == [
        (s.holder, s.member, partial(s.start), partial(s.end)) for s in SHEPHERDS
    ]


@pytest.mark.parametrize(
    "on",
    ["1976-06-07", "1993-01-01", "2010-05-01", "2020-06-01", "2023-01-01"],
)
def test_the_secretary_general_on_a_day(network: Network, on: str) -> None:
    # Every term is known to the day: the holders on a day are those whose term covers it,
    # two on a handover day (Rusli Noor to Ajit Singh on 1 January 1993).
    holders = [
        t.holder for t in SECRETARIES_GENERAL if t.start and t.end and t.start <= on <= t.end
    ]
    assert holders
    found = network.appointments(role="asean-secretary-general", on=on)
    assert [a.holder for a in found] == holders


def test_fifteen_secretaries_general(network: Network) -> None:
    found = network.appointments(role="asean-secretary-general")
    assert len(found) == len(SECRETARIES_GENERAL) == 15
    assert [(a.holder, a.member, a.start, a.end) for a in found] == [
        (t.holder, t.member, partial(t.start), partial(t.end)) for t in SECRETARIES_GENERAL
    ]
    assert (found[-1].holder, found[-1].member) == ("Kao Kim Hourn", "KH")


# -- meetings, framework, partners, milestones -------------------------------------------------


def test_annual_meetings(network: Network) -> None:
    found = [(m.ordinal, m.host, m.start, m.end) for m in network.meetings()]
    assert found == [
        (ordinal, m.host, partial(m.start), partial(m.end)) for ordinal, m in MEETINGS.items()
    ]
    assert len(found) == 9
    formats = [m.format for m in network.meetings()]
    assert formats == [
        None if m.format is None else MeetingFormat(m.format) for m in MEETINGS.values()
    ]
    assert formats[2:5] == [MeetingFormat.VIRTUAL] * 3
    last = network.meetings()[-1]
    assert (last.city, last.format) == (None, None)


def test_framework_focus_areas_and_outcomes(network: Network) -> None:
    labels = {
        kind: [e.label for e in network.framework() if e.kind is kind] for kind in FrameworkKind
    }
    assert labels[FrameworkKind.FOCUS_AREA] == FOCUS_AREAS
    assert labels[FrameworkKind.STRATEGIC_OUTCOME] == STRATEGIC_OUTCOMES


def test_partners(network: Network) -> None:
    assert {p.name for p in network.partners()} == PARTNERS


@pytest.mark.parametrize(("milestone", "date"), MILESTONES.items())
def test_key_dates(network: Network, milestone: str, date: str) -> None:
    (found,) = [m for m in network.milestones() if m.id == milestone]
    assert found.date == PartialDate.parse(date)


# -- properties of the as-of queries ---------------------------------------------------------

ADMISSIONS = sorted(day(admitted) for admitted in ADMITTED.values())
JOINS = sorted(PartialDate.parse(c.joined).latest for c in CITIES.values())
days = st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2040, 12, 31)).map(
    lambda d: pendulum.Date(d.year, d.month, d.day)
)


@given(first=days, second=days)
def test_members_and_cities_only_grow(first: pendulum.Date, second: pendulum.Date) -> None:
    early, late = sorted((first, second))
    network = ascn.load()
    assert set(network.members(on=early)) <= set(network.members(on=late))
    assert set(network.cities(on=early)) <= set(network.cities(on=late))


@given(on=days)
def test_counts_change_only_on_admission_days(on: pendulum.Date) -> None:
    network = ascn.load()
    before = on.subtract(days=1)
    members_changed = network.members(on=on) != network.members(on=before)
    cities_changed = network.cities(on=on) != network.cities(on=before)
    assert members_changed == (on in ADMISSIONS)
    assert cities_changed == (on in JOINS)
    assert len(network.members(on=on)) == sum(d <= on for d in ADMISSIONS)
    assert len(network.cities(on=on)) == sum(d <= on for d in JOINS)


@given(on=days)
def test_every_kind_of_date_gives_the_same_answer(on: pendulum.Date) -> None:
    network = ascn.load()
    forms: list[Any] = [
        on,
        on.isoformat(),
        dt.date(on.year, on.month, on.day),
        dt.datetime(on.year, on.month, on.day, 23, 59),
    ]
    answers = {(network.members(on=f), network.cities(on=f)) for f in forms}
    assert len(answers) == 1
