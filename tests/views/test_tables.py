"""Tables: flat records of every kind, the timeline, and DataFrames.

Expected values come from the facts (:mod:`facts`): admission dates, cities per member,
intakes, chairs and meetings. Column names are public and written out here.
"""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from typing import Annotated, Any

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ascn
from ascn import tables
from ascn.model.city import City
from ascn.model.fields import Doc
from ascn.model.network import PARTS
from facts import ADMITTED, ASCN_CHAIRS, ASEAN_CHAIRS, CITIES, MEETINGS, MEMBERS, STRETCHED_TERM

NETWORK = ascn.load()

CITIES_OF = {code: sum(city.country == code for city in CITIES.values()) for code in MEMBERS}
"""How many cities each member has (none for Timor-Leste)."""
LATER = {key for key, city in CITIES.items() if city.intake == "later"}
"""The cities of the later intakes."""


def names(kind: str) -> list[str]:
    return [column.name for column in tables.COLUMNS[kind]]


PROVENANCE = ["sources", "confidence", "note"]


def dated(name: str) -> list[str]:
    return [name, f"{name}_earliest", f"{name}_latest"]


# Written out, not read back from the code: renaming or dropping a column breaks users'
# notebooks and spreadsheets, so it must be a deliberate change to this list too.
PUBLIC_COLUMNS = {
    "sources": ["id", "url", "title", "publisher", *dated("date")],
    "members": [
        "code",
        "alpha3",
        "name",
        "formal_name",
        "admitted",
        "capital",
        "timezones",
        "aliases",
        "cities",
        *PROVENANCE,
    ],
    "cities": [
        "id",
        "name",
        "country",
        "country_name",
        *dated("joined"),
        "intake",
        "timezone",
        "latitude",
        "longitude",
        "joined_at",
        "aliases",
        *dated("left"),
        *PROVENANCE,
    ],
    "appointments": [
        "id",
        "role",
        "role_label",
        "holder",
        "holder_kind",
        "member",
        "city",
        "designation",
        *dated("start"),
        *dated("end"),
        *PROVENANCE,
    ],
    "chairs": [
        "id",
        "organisation",
        "term",
        "member",
        "member_name",
        *dated("start"),
        *dated("end"),
        "status",
        "basis",
        "basis_reference",
        "basis_detail",
        "office",
        *PROVENANCE,
    ],
    "decisions": [
        "id",
        "organisation",
        "kind",
        "members",
        "terms",
        "summary",
        *dated("decided"),
        "venue",
        *PROVENANCE,
    ],
    "meetings": [
        "id",
        "ordinal",
        "title",
        "host",
        "host_name",
        "city",
        "format",
        *dated("start"),
        *dated("end"),
        "chaired_by",
        *PROVENANCE,
    ],
    "partners": ["id", "name", "programme", *dated("since"), *dated("until"), *PROVENANCE],
    "milestones": ["id", "event", *dated("date"), *PROVENANCE],
    "framework": ["id", "kind", "label", "aliases", *PROVENANCE],
    "timeline": [
        "kind",
        "id",
        "start",
        "end",
        "when",
        "member",
        "member_name",
        "label",
        "status",
        "intake",
    ],
}


def test_every_table_has_its_public_columns() -> None:
    assert {kind: names(kind) for kind in tables.COLUMNS} == PUBLIC_COLUMNS
    assert list(tables.KINDS) == [kind for kind in PUBLIC_COLUMNS if kind != "timeline"]


def test_the_kinds_are_the_network_collections() -> None:
    assert tuple(key for key, _ in PARTS) == tables.KINDS
    for kind, cls in PARTS:
        assert tables.COLUMNS[kind] == tables.columns(cls)


def test_descriptions_come_from_the_declarations() -> None:
    described = {column.name: column.description for column in tables.COLUMNS["cities"]}
    assert described["name"] == "official ASCN spelling"  # the field's Doc
    assert described["timezone"] == "IANA time zone name"  # the rule's own description
    assert described["aliases"] == "other names, joined by '; '"
    assert described["joined"].startswith("when it joined (YYYY, YYYY-MM or YYYY-MM-DD")
    assert described["joined_latest"] == "the last day joined may stand for (date)"
    assert described["country_name"] == "member state name"  # written in ascn.tables


@attrs.frozen(kw_only=True)
class MottoCity(City):
    motto: str | None = None


@attrs.frozen(kw_only=True)
class BadgeCity(City):
    badge: Annotated[str, Doc("the city's badge")] = "none"


@attrs.frozen(kw_only=True)
class ClashCity(City):
    country_name: str | None = None  # the name of a derived column of cities


def subclassed(cls: type[City], city: City, **more: Any) -> City:
    values = attrs.asdict(city, recurse=False)  # City's fields are named as its arguments
    return cls(**values, **more)


def test_a_field_added_to_a_record_class_is_a_column() -> None:
    hanoi = NETWORK.city("hanoi")
    motto = subclassed(MottoCity, hanoi, motto="Smart and green")
    (row,) = tables.rows([motto], network=NETWORK)
    assert list(row) == [*PUBLIC_COLUMNS["cities"], "motto"]
    assert row["motto"] == "Smart and green"
    assert row["country_name"] == "Viet Nam"
    hanoi_row = next(r for r in tables.cities(NETWORK) if r["id"] == "hanoi")
    assert {k: v for k, v in row.items() if k != "motto"} == hanoi_row
    assert tables.columns(MottoCity)[-1] == tables.Column("motto", "text")
    assert tables.columns(BadgeCity)[-1] == tables.Column("badge", "the city's badge")


def test_rows_without_a_network_leave_what_it_knows_unknown() -> None:
    (row,) = tables.rows([NETWORK.city("hanoi")])
    assert list(row) == PUBLIC_COLUMNS["cities"]
    assert row["country"] == "VN"
    assert row["country_name"] is None
    (member,) = tables.rows(NETWORK.members()[:1])
    assert member["cities"] is None
    chair = tables.rows(NETWORK.chairs()[:1])[0]
    assert chair["term"] == NETWORK.chairs()[0].start.year  # needs nothing but the record
    assert tables.rows([]) == []


def test_rows_of_one_class_only() -> None:
    with pytest.raises(
        ascn.ValidationError, match=r"records\[1\]: expected a City, got a MemberState"
    ):
        tables.rows([NETWORK.city("hanoi"), NETWORK.members()[0]])


def test_a_column_declared_twice_is_an_error() -> None:
    with pytest.raises(TypeError, match="more than one column named country_name"):
        tables.columns(ClashCity)


@pytest.mark.parametrize("kind", tables.KINDS)
def test_every_row_has_the_documented_columns_in_order(kind: str) -> None:
    rows = tables.records(kind, NETWORK)
    assert rows, f"the real network has {kind}"
    for row in rows:
        assert list(row) == names(kind)


@pytest.mark.parametrize("kind", tables.KINDS)
def test_rows_are_flat(kind: str) -> None:
    for row in tables.records(kind, NETWORK):
        for value in row.values():
            assert value is None or isinstance(value, str | int | float | dt.date)
            assert not isinstance(value, Enum | bool)


def test_every_column_is_documented_once() -> None:
    for kind, columns in tables.COLUMNS.items():
        assert len({c.name for c in columns}) == len(columns), kind
        assert all(c.description for c in columns), kind


def test_unknown_kind_is_an_ascn_error() -> None:
    with pytest.raises(ascn.ValidationError, match="members"):
        tables.records("people", NETWORK)


def test_members_have_their_admission_day_as_a_date() -> None:
    rows = tables.members(NETWORK)
    assert {row["code"]: str(row["admitted"]) for row in rows} == ADMITTED
    assert all(type(row["admitted"]) is pendulum.Date for row in rows)


def test_members_count_their_cities() -> None:
    counts = {row["code"]: row["cities"] for row in tables.members(NETWORK)}
    assert counts == CITIES_OF
    assert (counts["TH"], counts["TL"]) == (6, 0)


def test_members_on_a_day() -> None:
    # Timor-Leste was admitted on 26 October 2025, the last of the eleven.
    assert ADMITTED["TL"] == max(ADMITTED.values()) == "2025-10-26"
    before = tables.members(NETWORK, on="2025-10-25")
    after = tables.members(NETWORK, on=dt.date(2025, 10, 26))
    assert len(before) == 10
    assert "TL" not in {row["code"] for row in before}
    assert len(after) == 11


def test_members_on_a_day_count_only_cities_certainly_in() -> None:
    # Chiang Mai, Khon Kaen and Rayong joined in July 2023: counted from 31 July.
    assert [CITIES[key].joined for key in ("chiang-mai", "khon-kaen", "rayong")] == ["2023-07"] * 3
    thailand = [r for r in tables.members(NETWORK, on="2023-07-30") if r["code"] == "TH"]
    assert thailand[0]["cities"] == 3
    thailand = [r for r in tables.members(NETWORK, on="2023-07-31") if r["code"] == "TH"]
    assert thailand[0]["cities"] == 6


def test_partial_dates_keep_their_precision_and_bounds() -> None:
    rows = {row["id"]: row for row in tables.cities(NETWORK)}
    assert {key: row["joined"] for key, row in rows.items()} == {
        key: city.joined for key, city in CITIES.items()
    }
    assert rows["sumedang"]["joined"] == "2024"
    assert rows["sumedang"]["joined_earliest"] == dt.date(2024, 1, 1)
    assert rows["sumedang"]["joined_latest"] == dt.date(2024, 12, 31)
    assert rows["chiang-mai"]["joined"] == "2023-07"
    assert rows["chiang-mai"]["joined_latest"] == dt.date(2023, 7, 31)
    assert rows["hanoi"]["joined"] == "2018-04-28"
    assert rows["hanoi"]["joined_earliest"] == rows["hanoi"]["joined_latest"]
    assert rows["hanoi"]["left"] is None
    assert rows["hanoi"]["left_earliest"] is None


def test_cities_of_a_member_by_any_name() -> None:
    by_alias = tables.cities(NETWORK, country="Vietnam")
    by_code = tables.cities(NETWORK, country="VN")
    assert by_alias == by_code
    assert {row["name"] for row in by_alias} == {
        city.name for city in CITIES.values() if city.country == "VN"
    }
    assert {row["country_name"] for row in by_alias} == {"Viet Nam"}


def test_cities_intakes() -> None:
    rows = tables.cities(NETWORK)
    assert len(rows) == len(CITIES) == 32
    assert {row["id"]: row["intake"] for row in rows} == {
        key: city.intake for key, city in CITIES.items()
    }
    later = {row["id"] for row in rows if row["intake"] == "later"}
    assert later == LATER
    assert len(later) == 6


def test_cities_of_an_unknown_member_raise_not_found() -> None:
    with pytest.raises(ascn.NotFoundError):
        tables.cities(NETWORK, country="Atlantis")


def test_several_values_are_joined() -> None:
    vietnam = next(row for row in tables.members(NETWORK) if row["code"] == "VN")
    assert isinstance(vietnam["aliases"], str)
    assert "Vietnam" in vietnam["aliases"].split(tables.SEPARATOR)
    swap = next(row for row in tables.decisions(NETWORK) if row["id"] == "swap-2011-id-bn")
    assert swap["members"] == "ID; BN"
    assert swap["terms"] == "2011; 2013"


def test_stored_chairs() -> None:
    rows = {row["id"]: row for row in tables.chairs(NETWORK, organisation="ASEAN")}
    member, start, end = STRETCHED_TERM
    assert (rows["asean-2008"]["member"], rows["asean-2008"]["start"]) == (member, start)
    assert rows["asean-2008"]["end"] == end
    assert rows["asean-2027"]["member_name"] == "Singapore"
    assert rows["asean-2027"]["status"] == "agreed"
    assert rows["asean-2027"]["basis"] == "decision"
    assert rows["asean-2027"]["term"] == 2027
    assert all(row["organisation"] == "ASEAN" for row in rows.values())


def test_chairs_of_given_terms() -> None:
    terms = NETWORK.chairs(organisation="ASCN")[:2]
    rows = tables.chairs(NETWORK, terms)
    assert [row["id"] for row in rows] == [term.id for term in terms]


def test_meetings() -> None:
    rows = tables.meetings(NETWORK)
    assert [row["ordinal"] for row in rows] == list(MEETINGS) == list(range(1, 10))
    assert [(row["host"], row["start"], row["end"]) for row in rows] == [
        (m.host, m.start, m.end) for m in MEETINGS.values()
    ]
    assert rows[0]["host_name"] == "Singapore"
    ninth = rows[8]
    assert ninth["host"] == "PH"
    assert ninth["start"] is None  # its dates were not known: unknown stays unknown


@given(st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_members_on_any_day_agree_with_admissions_and_cities(day: dt.date) -> None:
    rows = tables.members(NETWORK, on=day)
    expected = {code for code, admitted in ADMITTED.items() if admitted <= day.isoformat()}
    assert {row["code"] for row in rows} == expected
    counted = sum(row["cities"] for row in rows if isinstance(row["cities"], int))
    assert counted == len(NETWORK.cities(on=day))


# -- DataFrames ---------------------------------------------------------------------------


def test_dataframe_keeps_columns_and_makes_dates_datetimes() -> None:
    frame = tables.to_dataframe(tables.cities(NETWORK))
    assert list(frame.columns) == names("cities")
    assert len(frame) == 32
    assert str(frame["joined_earliest"].dtype).startswith("datetime64")
    assert frame["joined_latest"].max() == dt.datetime(2025, 12, 31)
    assert frame["left_earliest"].isna().all()  # no city has left
    sumedang = frame[frame["id"] == "sumedang"].iloc[0]
    assert sumedang["joined"] == "2024"


def test_dataframe_of_no_rows_has_the_given_columns() -> None:
    frame = tables.to_dataframe([], columns=names("members"))
    assert list(frame.columns) == names("members")
    assert frame.empty


def test_dataframe_with_some_unknown_dates() -> None:
    frame = tables.to_dataframe(tables.meetings(NETWORK))
    assert str(frame["start_earliest"].dtype).startswith("datetime64")
    assert frame["start_earliest"].isna().sum() == 1  # the 9th meeting
    assert frame["start_earliest"].iloc[0] == dt.datetime(2018, 7, 8)


def test_dataframe_without_pandas_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'ascn\[pandas\]'"):
        tables.to_dataframe(tables.members(NETWORK))


# -- the timeline -------------------------------------------------------------------------

CHAIRS = {year: chair for year, chair in ASEAN_CHAIRS.items() if 2018 <= year <= 2030}
"""The ASEAN chair of each year since the network was established: recorded through 2026,
2027 and 2029 agreed, 2028 and 2030 following from the rule."""


def kinds(rows: list[tables.Record], kind: str) -> list[tables.Record]:
    return [row for row in rows if row["kind"] == kind]


def day(row: tables.Record, column: str) -> dt.date:
    value = row[column]
    assert isinstance(value, dt.date)
    return value


def test_timeline_by_default_runs_from_the_founding_to_the_last_stored_chair() -> None:
    rows = tables.timeline(NETWORK)
    assert all(list(row) == names("timeline") for row in rows)
    chairs = kinds(rows, "chair")
    assert {day(row, "start").year: (row["member"], row["status"]) for row in chairs} == {
        year: chair for year, chair in CHAIRS.items() if year <= 2029
    }
    assert len(kinds(rows, "city")) == len(CITIES)
    dated = [m for m in MEETINGS.values() if m.start is not None]
    assert len(kinds(rows, "meeting")) == len(dated) == 8  # the 9th (2026) has no known date


def test_timeline_is_in_date_order() -> None:
    starts = [day(row, "start") for row in tables.timeline(NETWORK, last=2035)]
    assert starts == sorted(starts)


def test_timeline_rows_keep_what_the_sources_give() -> None:
    rows = {row["id"]: row for row in tables.timeline(NETWORK)}
    sumedang = rows["sumedang"]
    assert (sumedang["start"], sumedang["end"]) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert sumedang["when"] == "2024"
    assert sumedang["intake"] == "later"
    assert sumedang["member_name"] == "Indonesia"
    seventh = rows["annual-meeting-2024"]  # its last day is not known
    assert seventh["when"] == "2024-07-30"
    assert seventh["end"] == dt.date(2024, 7, 30)
    assert seventh["member"] == "LA"
    assert "asean-2008" not in rows  # before the default first year
    assert rows["asean-2027"]["label"] == "ASEAN chair: Singapore (agreed)"


def test_timeline_of_a_window() -> None:
    rows = tables.timeline(NETWORK, first=2023, last=2024)
    assert [row["member"] for row in kinds(rows, "chair")] == [CHAIRS[2023][0], CHAIRS[2024][0]]
    assert [row["member"] for row in kinds(rows, "chair")] == ["ID", "LA"]
    joined = {key for key, city in CITIES.items() if city.joined[:4] in ("2023", "2024")}
    assert {row["id"] for row in kinds(rows, "city")} == joined
    assert len(joined) == 5  # three in July 2023, two in 2024
    assert [row["id"] for row in kinds(rows, "meeting")] == [
        "annual-meeting-2023",
        "annual-meeting-2024",
    ]


def test_timeline_of_the_ascn() -> None:
    chairs = kinds(tables.timeline(NETWORK, organisation="ASCN"), "chair")
    assert [row["member"] for row in chairs] == [ASCN_CHAIRS[year] for year in range(2018, 2027)]
    assert all(str(row["label"]).startswith("ASCN chair") for row in chairs)


@given(st.integers(2010, 2060), st.integers(0, 30))
def test_timeline_of_any_window_has_one_chair_a_year(first: int, length: int) -> None:
    last = first + length
    rows = tables.timeline(NETWORK, first=first, last=last)
    chairs = kinds(rows, "chair")
    assert [day(row, "start").year for row in chairs] == list(range(first, last + 1))
    for row in rows:
        assert first <= day(row, "start").year <= last
        assert day(row, "start") <= day(row, "end")
