"""Lookups by code, name and alias; as-of queries; fuzzy search."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import builders
from ascn import AmbiguousKeyError, Network, NotFoundError, PartialDate, Role, ValidationError
from ascn import strategies as ascn_st
from ascn.lookup import normalise, normalise_all
from builders import SMALL, spellings


@pytest.mark.parametrize(
    "key",
    [
        "VN",
        "vn",
        "VNM",
        "Viet Nam",
        "viet nam",
        "VIETNAM",
        "Việt Nam",
        "Socialist Republic of Viet Nam",
        " Viet-Nam ",
    ],
)
def test_a_member_is_found_by_code_name_or_alias(key: str) -> None:
    assert builders.network().member(key).code == "VN"


@pytest.mark.parametrize("key", ["hanoi", "Hanoi", "HA NOI", "Hà Nội", "ha-noi"])
def test_a_city_is_found_by_id_name_or_alias(key: str) -> None:
    assert builders.network().city(key).id == "hanoi"


def test_vietnamese_d_with_stroke_folds_to_d() -> None:
    assert normalise("Đà Nẵng") == "danang"
    assert builders.network().city("Đà Nẵng").id == "da-nang"


def test_an_unknown_key_raises_a_lookup_error_with_suggestions() -> None:
    with pytest.raises(NotFoundError) as info:
        builders.network().member("Vietnm")
    assert isinstance(info.value, LookupError)
    assert info.value.suggestions == ("Viet Nam",)
    assert str(info.value) == "no member state matches 'Vietnm'; did you mean 'Viet Nam'?"


def test_a_key_that_is_not_text_is_not_found() -> None:
    with pytest.raises(NotFoundError, match="no city matches 42"):
        builders.network().city(42)  # type: ignore[arg-type]


def test_a_key_naming_two_cities_is_ambiguous() -> None:
    network = builders.network(cities=(builders.hanoi(aliases=("Capital",)), builders.da_nang()))
    assert network.city("capital").id == "hanoi"
    from ascn.lookup import Index

    index = Index(
        "city",
        network.cities(),
        lambda c: (c.name, "Vietnam City"),
        lambda c: c.id,
        lambda c: c.name,
    )
    with pytest.raises(AmbiguousKeyError, match="matches more than one city"):
        index.get("vietnam city")


def test_cities_on_a_day_count_a_partial_join_from_its_last_possible_day() -> None:
    network = builders.network()
    assert [c.id for c in network.cities(on="2024-12-30")] == ["hanoi"]
    assert [c.id for c in network.cities(on="2024-12-31")] == ["hanoi", "da-nang"]


def test_cities_can_be_filtered_by_country_name() -> None:
    network = builders.network()
    assert len(network.cities(country="Vietnam")) == 2
    assert network.cities(country="Singapore") == ()
    with pytest.raises(NotFoundError):
        network.cities(country="Atlantis")


def test_a_city_that_left_is_not_counted_from_the_day_it_left() -> None:
    network = builders.network(cities=(builders.hanoi(left=PartialDate(2022, 3, 1)),))
    assert len(network.cities(on="2022-02-28")) == 1
    assert network.cities(on="2022-03-01") == ()


def test_members_on_a_day_follow_admission() -> None:
    network = builders.network()
    assert [m.code for m in network.members(on="1995-07-27")] == ["SG"]
    assert [m.code for m in network.members(on="1995-07-28")] == ["SG", "VN"]


def test_appointments_by_role_and_day() -> None:
    network = builders.network()
    assert len(network.appointments(role=Role.NATIONAL_REPRESENTATIVE, on="2019-01-01")) == 1
    assert network.appointments(role="national-representative", on="2021-01-01") == ()
    assert network.appointments(role="ascn-chair") == ()
    assert len(network.appointments(member="Viet Nam")) == 1


def test_an_appointment_with_an_unknown_start_covers_no_day() -> None:
    unknown = builders.representative(start=None, end=None)
    network = builders.network(appointments=(unknown,))
    assert network.appointments(on="2020-01-01") == ()
    assert network.appointments() == (unknown,)


def test_bad_query_arguments_raise_validation_errors_with_the_parameter_name() -> None:
    network = builders.network()
    with pytest.raises(ValidationError) as info:
        network.members(on="26/10/2025")
    assert info.value.problems[0].path == "on"
    with pytest.raises(ValidationError, match="expected one of") as info:
        network.appointments(role="mayor")
    assert info.value.problems[0].path == "role"


def test_search_ranks_exact_then_prefix_then_fuzzy() -> None:
    network = builders.network()
    found = network.search("ha")
    assert found[0].key == "hanoi"
    assert network.search("Hanoi")[0].score == 1.0
    fuzzy = network.search("Vietnum")
    assert fuzzy[0].key == "VN"
    assert network.search("zzzz") == []
    assert network.search("") == []


def test_sources_of_a_record_resolve_to_source_records() -> None:
    network = builders.network()
    assert [s.url for s in network.sources_of(network.city("hanoi"))] == [
        "https://example.org/concept-note"
    ]
    with pytest.raises(NotFoundError):
        network.source("missing")


@given(st.lists(st.text(st.characters(exclude_categories=["Cs"]), max_size=12), max_size=8))
def test_normalising_many_texts_at_once_gives_what_one_by_one_gives(texts: list[str]) -> None:
    assert normalise_all(texts) == [normalise(text) for text in texts]


@given(ascn_st.networks(min_members=1, **SMALL))
def test_lookups_by_code_name_and_alias_agree(network: Network) -> None:
    for member in network.members():
        for key in spellings(
            member.code, member.alpha3, member.name, member.formal_name, *member.aliases
        ):
            assert network.member(key) is member, key
    for city in network.cities():
        for key in spellings(city.id, city.name, *city.aliases):
            assert network.city(key) is city, key
