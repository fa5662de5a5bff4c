"""The embedded real network: golden values from the facts, as-of queries, and round trips.

Every expected value here is taken from the sourced facts (``/work/shared/facts``), not from
the data file: admission dates, each city's country, intake and join date, each chair.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

import attrs
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
    Intake,
    MeetingFormat,
    Network,
    Organisation,
    PartialDate,
    Role,
    Status,
)
from ascn.dataset import default_text

# code: (alpha-3, ASEAN short name, formal name, admitted, capital, time zones)
MEMBERS: dict[str, tuple[str, str, str, str, str, tuple[str, ...]]] = {
    "BN": (
        "BRN",
        "Brunei Darussalam",
        "Brunei Darussalam",
        "1984-01-07",
        "Bandar Seri Begawan",
        ("Asia/Brunei",),
    ),
    "KH": (
        "KHM",
        "Cambodia",
        "Kingdom of Cambodia",
        "1999-04-30",
        "Phnom Penh",
        ("Asia/Phnom_Penh",),
    ),
    "ID": (
        "IDN",
        "Indonesia",
        "Republic of Indonesia",
        "1967-08-08",
        "Jakarta",
        ("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"),
    ),
    "LA": (
        "LAO",
        "Lao PDR",
        "Lao People's Democratic Republic",
        "1997-07-23",
        "Vientiane",
        ("Asia/Vientiane",),
    ),
    "MY": (
        "MYS",
        "Malaysia",
        "Malaysia",
        "1967-08-08",
        "Kuala Lumpur",
        ("Asia/Kuala_Lumpur", "Asia/Kuching"),
    ),
    "MM": ("MMR", "Myanmar", "Union of Myanmar", "1997-07-23", "Naypyidaw", ("Asia/Yangon",)),
    "PH": (
        "PHL",
        "Philippines",
        "Republic of the Philippines",
        "1967-08-08",
        "Manila",
        ("Asia/Manila",),
    ),
    "SG": (
        "SGP",
        "Singapore",
        "Republic of Singapore",
        "1967-08-08",
        "Singapore",
        ("Asia/Singapore",),
    ),
    "TH": ("THA", "Thailand", "Kingdom of Thailand", "1967-08-08", "Bangkok", ("Asia/Bangkok",)),
    "TL": (
        "TLS",
        "Timor-Leste",
        "Democratic Republic of Timor-Leste",
        "2025-10-26",
        "Dili",
        ("Asia/Dili",),
    ),
    "VN": (
        "VNM",
        "Viet Nam",
        "Socialist Republic of Viet Nam",
        "1995-07-28",
        "Hanoi",
        ("Asia/Ho_Chi_Minh",),
    ),
}

PILOT = "2018-04-28"
# id: (name, country, intake, joined, IANA zone)
CITIES: dict[str, tuple[str, str, Intake, str, str]] = {
    "bandar-seri-begawan": ("Bandar Seri Begawan", "BN", Intake.PILOT, PILOT, "Asia/Brunei"),
    "battambang": ("Battambang", "KH", Intake.PILOT, PILOT, "Asia/Phnom_Penh"),
    "phnom-penh": ("Phnom Penh", "KH", Intake.PILOT, PILOT, "Asia/Phnom_Penh"),
    "siem-reap": ("Siem Reap", "KH", Intake.PILOT, PILOT, "Asia/Phnom_Penh"),
    "makassar": ("Makassar", "ID", Intake.PILOT, PILOT, "Asia/Makassar"),
    "banyuwangi": ("Banyuwangi", "ID", Intake.PILOT, PILOT, "Asia/Jakarta"),
    "dki-jakarta": ("DKI Jakarta", "ID", Intake.PILOT, PILOT, "Asia/Jakarta"),
    "luang-prabang": ("Luang Prabang", "LA", Intake.PILOT, PILOT, "Asia/Vientiane"),
    "vientiane": ("Vientiane", "LA", Intake.PILOT, PILOT, "Asia/Vientiane"),
    "johor-bahru": ("Johor Bahru", "MY", Intake.PILOT, PILOT, "Asia/Kuala_Lumpur"),
    "kuala-lumpur": ("Kuala Lumpur", "MY", Intake.PILOT, PILOT, "Asia/Kuala_Lumpur"),
    "kota-kinabalu": ("Kota Kinabalu", "MY", Intake.PILOT, PILOT, "Asia/Kuching"),
    "kuching": ("Kuching", "MY", Intake.PILOT, PILOT, "Asia/Kuching"),
    "nay-pyi-taw": ("Nay Pyi Taw", "MM", Intake.PILOT, PILOT, "Asia/Yangon"),
    "mandalay": ("Mandalay", "MM", Intake.PILOT, PILOT, "Asia/Yangon"),
    "yangon": ("Yangon", "MM", Intake.PILOT, PILOT, "Asia/Yangon"),
    "cebu-city": ("Cebu City", "PH", Intake.PILOT, PILOT, "Asia/Manila"),
    "davao-city": ("Davao City", "PH", Intake.PILOT, PILOT, "Asia/Manila"),
    "manila": ("Manila", "PH", Intake.PILOT, PILOT, "Asia/Manila"),
    "singapore": ("Singapore", "SG", Intake.PILOT, PILOT, "Asia/Singapore"),
    "bangkok": ("Bangkok", "TH", Intake.PILOT, PILOT, "Asia/Bangkok"),
    "chonburi": ("Chonburi", "TH", Intake.PILOT, PILOT, "Asia/Bangkok"),
    "phuket": ("Phuket", "TH", Intake.PILOT, PILOT, "Asia/Bangkok"),
    "da-nang": ("Da Nang", "VN", Intake.PILOT, PILOT, "Asia/Ho_Chi_Minh"),
    "hanoi": ("Hanoi", "VN", Intake.PILOT, PILOT, "Asia/Ho_Chi_Minh"),
    "ho-chi-minh-city": ("Ho Chi Minh City", "VN", Intake.PILOT, PILOT, "Asia/Ho_Chi_Minh"),
    "chiang-mai": ("Chiang Mai", "TH", Intake.LATER, "2023-07", "Asia/Bangkok"),
    "khon-kaen": ("Khon Kaen", "TH", Intake.LATER, "2023-07", "Asia/Bangkok"),
    "rayong": ("Rayong", "TH", Intake.LATER, "2023-07", "Asia/Bangkok"),
    "sumedang": ("Sumedang", "ID", Intake.LATER, "2024", "Asia/Jakarta"),
    "sihanoukville": ("Sihanoukville", "KH", Intake.LATER, "2024", "Asia/Phnom_Penh"),
    "cauayan-city": ("Cauayan City", "PH", Intake.LATER, "2025", "Asia/Manila"),
}

# Calendar-year ASEAN chairs under the Charter, 2010-2026 (all recorded).
ASEAN_CHAIRS = dict(
    zip(
        range(2010, 2027),
        [
            "VN",
            "ID",
            "KH",
            "BN",
            "MM",
            "MY",
            "LA",
            "PH",
            "SG",
            "TH",
            "VN",
            "BN",
            "KH",
            "ID",
            "LA",
            "MY",
            "PH",
        ],
        strict=True,
    )
)
# Pre-Charter ASEAN Standing Committee terms and the transition term: (start, end, member).
PRE_CHARTER = [
    ("1988-07", "1989-07-04", "BN"),
    ("1991-07", "1992-07", "PH"),
    ("1992-07", "1993-07", "SG"),
    ("1994-07", "1995-07", "BN"),
    ("1995-07", "1996-07", "ID"),
    ("1996-07", "1997-07", "MY"),
    ("1997-07", "1998-07-24", "PH"),
    ("1998-07", "1999-07-23", "SG"),
    ("1999-07", "2000-07", "TH"),
    ("2000-07", "2001-07-24", "VN"),
    ("2001-07-24", "2002-07", "BN"),
    ("2002-07", "2003-06-20", "KH"),
    ("2003-06-20", "2004-07", "ID"),
    ("2004-07", "2005-07-26", "LA"),
    ("2005-07-26", "2006-07", "MY"),
    ("2006-07", "2007-08-02", "PH"),
    ("2007-08-02", "2008-07-25", "SG"),
    ("2008-07-25", "2009-12-31", "TH"),
]
ASCN_CHAIRS = dict(
    zip(range(2018, 2027), ["SG", "TH", "VN", "BN", "KH", "ID", "LA", "MY", "PH"], strict=True)
)


@pytest.fixture(scope="module")
def network() -> Network:
    return ascn.load()


def day(text: str) -> pendulum.Date:
    return pendulum.Date(*map(int, text.split("-")))


# -- loading -------------------------------------------------------------------------------


def test_load_returns_one_cached_network(network: Network) -> None:
    assert ascn.load() is network
    assert network.established == pendulum.Date(2018, 4, 28)


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


def _assert_same_types(left: object, right: object, path: str = "network") -> None:
    assert type(left) is type(right), path
    cls = type(left)
    if attrs.has(cls):
        for field in attrs.fields(cls):
            if field.eq:
                _assert_same_types(
                    getattr(left, field.name), getattr(right, field.name), f"{path}.{field.name}"
                )
    elif isinstance(left, tuple):
        assert isinstance(right, tuple)
        assert len(left) == len(right), path
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            _assert_same_types(a, b, f"{path}[{index}]")


def test_the_dataset_round_trips_unchanged_with_identical_types(network: Network) -> None:
    again = ascn.loads(ascn.dumps(network))
    assert again == network
    _assert_same_types(again, network)
    assert type(again.member("SG").admitted) is pendulum.Date


# -- member states --------------------------------------------------------------------------


def test_eleven_members_in_rotation_order(network: Network) -> None:
    assert [m.name for m in network.members()] == [
        "Brunei Darussalam",
        "Cambodia",
        "Indonesia",
        "Lao PDR",
        "Malaysia",
        "Myanmar",
        "Philippines",
        "Singapore",
        "Thailand",
        "Timor-Leste",
        "Viet Nam",
    ]


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


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("Vietnam", "VN"),
        ("Laos", "LA"),
        ("Burma", "MM"),
        ("Brunei", "BN"),
        ("East Timor", "TL"),
        ("the Philippines", "PH"),
        ("Lao People's Democratic Republic", "LA"),
    ],
)
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
    assert (city.name, city.country, city.intake, city.timezone) == (name, country, intake, zone)
    assert city.joined == PartialDate.parse(joined)
    assert network.city(name) is city


@pytest.mark.parametrize(
    ("alias", "city_id"),
    [
        ("Jakarta", "dki-jakarta"),
        ("Ha Noi", "hanoi"),
        ("Saigon", "ho-chi-minh-city"),
        ("Naypyidaw", "nay-pyi-taw"),
        ("Rangoon", "yangon"),
        ("Chon Buri", "chonburi"),
        ("Cebu", "cebu-city"),
        ("Kampong Som", "sihanoukville"),
    ],
)
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


@pytest.mark.parametrize(("year", "code"), sorted(ASEAN_CHAIRS.items()))
def test_each_calendar_year_asean_chair(network: Network, year: int, code: str) -> None:
    (chair,) = network.chairs(organisation="ASEAN", on=f"{year}-06-30")
    assert (chair.id, chair.member, chair.status) == (f"asean-{year}", code, Status.RECORDED)
    assert (chair.start, chair.end) == (PartialDate(year, 1, 1), PartialDate(year, 12, 31))
    assert chair.basis.kind is BasisKind.RECORD


@pytest.mark.parametrize(("start", "end", "code"), PRE_CHARTER)
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
    assert [(c.id, c.member, c.basis.kind, c.basis.reference) for c in agreed] == [
        ("asean-2027", "SG", BasisKind.DECISION, "skip-2026-mm"),
        ("asean-2029", "TL", BasisKind.DECISION, "placement-2029-tl"),
    ]


def test_projected_terms_are_not_stored(network: Network) -> None:
    ids = {c.id for c in network.chairs()}
    assert {"asean-2028", "asean-2030"}.isdisjoint(ids)
    assert all(c.status is not Status.PROJECTED for c in network.chairs())


def test_a_handover_day_belongs_to_both_terms(network: Network) -> None:
    on_handover = network.chairs(organisation="ASEAN", on="2008-07-25")
    assert {c.member for c in on_handover} == {"SG", "TH"}
    assert [c.member for c in network.chairs(organisation="ASEAN", on="2009-06-01")] == ["TH"]


@pytest.mark.parametrize(("year", "code"), sorted(ASCN_CHAIRS.items()))
def test_each_ascn_chair(network: Network, year: int, code: str) -> None:
    (chair,) = network.chairs(organisation=Organisation.ASCN, on=dt.date(year, 12, 1))
    assert (chair.id, chair.member, chair.status) == (f"ascn-{year}", code, Status.RECORDED)


def test_the_2018_ascn_chair_is_inferred(network: Network) -> None:
    (chair,) = [c for c in network.chairs(organisation="ASCN") if c.id == "ascn-2018"]
    assert chair.confidence is ascn.Confidence.MEDIUM
    assert chair.note is not None
    assert "Inferred" in chair.note
    assert network.chairs(organisation="ASCN", on="2018-04-27") == ()


def test_the_recorded_departures_as_decisions(network: Network) -> None:
    found = [
        (d.id, d.organisation, d.kind, d.members, d.terms, d.decided) for d in network.decisions()
    ]
    assert found == [
        (
            "relinquish-2006-mm",
            Organisation.ASEAN,
            DecisionKind.RELINQUISH,
            ("MM",),
            (2006,),
            PartialDate(2005, 7, 26),
        ),
        (
            "swap-2011-id-bn",
            Organisation.ASEAN,
            DecisionKind.SWAP,
            ("ID", "BN"),
            (2011, 2013),
            PartialDate(2010, 4, 9),
        ),
        (
            "swap-2014-mm-la",
            Organisation.ASEAN,
            DecisionKind.SWAP,
            ("MM", "LA"),
            (2014, 2016),
            PartialDate(2011, 11, 17),
        ),
        (
            "term-change-2008-th",
            Organisation.ASEAN,
            DecisionKind.TERM_CHANGE,
            ("TH",),
            (2008,),
            None,
        ),
        (
            "skip-2026-mm",
            Organisation.ASEAN,
            DecisionKind.SKIP,
            ("MM",),
            (2026,),
            PartialDate(2023, 9, 5),
        ),
        ("placement-2029-tl", Organisation.ASEAN, DecisionKind.PLACEMENT, ("TL",), (2029,), None),
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
    people = {a.holder for a in representatives if a.holder_kind is HolderKind.PERSON}
    assert people == {
        "Haji Mohammad Nazri bin Haji Mohammad Yusof",
        "Ngy Chanphal",
        "Ajarin Pattanapanchai",
    }
    assert all(a.start is None for a in representatives)


def test_chief_smart_city_officers_found(network: Network) -> None:
    officers = network.appointments(role=Role.CHIEF_SMART_CITY_OFFICER)
    assert sorted((a.city, a.holder) for a in officers) == [
        ("bandar-seri-begawan", "Aminuddin bin Buntar"),
        ("bandar-seri-begawan", "Haji Ali Matyassin"),
        ("battambang", "Soeum Bunrith"),
        ("phnom-penh", "Seng Vannak"),
        ("siem-reap", "Ly Samreth"),
        ("singapore", "Smart Nation and Digital Government Office (SNDGO)"),
    ]


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
        (PartialDate(2023, 7, 12), PartialDate(2025, 9)),
        (PartialDate(2025, 9), None),
    ]


@pytest.mark.parametrize(
    ("on", "holders"),
    [
        ("1976-06-07", ["Hartono Rekso Dharsono"]),
        ("1993-01-01", ["Rusli Noor", "Ajit Singh"]),
        ("2010-05-01", ["Surin Pitsuwan"]),
        ("2020-06-01", ["Lim Jock Hoi"]),
        ("2023-01-01", ["Kao Kim Hourn"]),
    ],
)
def test_the_secretary_general_on_a_day(network: Network, on: str, holders: list[str]) -> None:
    found = network.appointments(role="asean-secretary-general", on=on)
    assert [a.holder for a in found] == holders


def test_fifteen_secretaries_general(network: Network) -> None:
    found = network.appointments(role="asean-secretary-general")
    assert len(found) == 15
    assert (found[-1].holder, found[-1].member, found[-1].start, found[-1].end) == (
        "Kao Kim Hourn",
        "KH",
        PartialDate(2023, 1, 1),
        PartialDate(2027, 12, 31),
    )


# -- meetings, framework, partners, milestones -------------------------------------------------


def test_annual_meetings(network: Network) -> None:
    found = [(m.ordinal, m.host, m.start, m.end) for m in network.meetings()]
    assert found == [
        (1, "SG", PartialDate(2018, 7, 8), PartialDate(2018, 7, 8)),
        (2, "TH", PartialDate(2019, 8, 22), PartialDate(2019, 8, 23)),
        (3, "VN", PartialDate(2020, 7, 17), PartialDate(2020, 7, 17)),
        (4, "BN", PartialDate(2021, 8, 30), PartialDate(2021, 8, 30)),
        (5, "KH", PartialDate(2022, 8, 30), PartialDate(2022, 8, 30)),
        (6, "ID", PartialDate(2023, 7, 12), PartialDate(2023, 7, 13)),
        (7, "LA", PartialDate(2024, 7, 30), None),
        (8, "MY", PartialDate(2025, 9, 8), PartialDate(2025, 9, 12)),
        (9, "PH", None, None),
    ]
    formats = [m.format for m in network.meetings()]
    assert formats[2:5] == [MeetingFormat.VIRTUAL] * 3
    last = network.meetings()[-1]
    assert (last.city, last.format) == (None, None)


def test_framework_focus_areas_and_outcomes(network: Network) -> None:
    labels = {
        kind: [e.label for e in network.framework() if e.kind is kind] for kind in FrameworkKind
    }
    assert labels[FrameworkKind.FOCUS_AREA] == [
        "Civic & Social",
        "Health & Well-being",
        "Safety & Security",
        "Quality Environment",
        "Built Infrastructure",
        "Industry & Innovation",
    ]
    assert labels[FrameworkKind.STRATEGIC_OUTCOME] == [
        "Competitive economy",
        "Sustainable environment",
        "High quality of life",
    ]


def test_partners(network: Network) -> None:
    assert {p.name for p in network.partners()} == {
        "Japan",
        "Australia",
        "United States",
        "Republic of Korea",
        "China",
        "European Union",
        "Seoul National University",
        "Asian Development Bank",
        "Norway",
        "Russia",
        "UN-Habitat",
    }


@pytest.mark.parametrize(
    ("milestone", "date"),
    [
        ("concept-note", "2018-04-27"),
        ("launch", "2018-04-28"),
        ("framework-adopted", "2018-11"),
        ("terms-of-reference", "2019-08-23"),
        ("charter-in-force", "2008-12-15"),
    ],
)
def test_key_dates(network: Network, milestone: str, date: str) -> None:
    (found,) = [m for m in network.milestones() if m.id == milestone]
    assert found.date == PartialDate.parse(date)


# -- properties of the as-of queries ---------------------------------------------------------

ADMISSIONS = sorted(day(m[3]) for m in MEMBERS.values())
JOINS = sorted(PartialDate.parse(c[3]).latest for c in CITIES.values())
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
