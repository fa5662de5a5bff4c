"""Network rules: one example per rule, and all problems collected in one pass."""

from __future__ import annotations

from typing import Any

import attrs
import pendulum
import pytest

import builders
from ascn import Network, Organisation, PartialDate, Problem, Role, ValidationError


def problems_of(**changes: Any) -> list[Problem]:
    with pytest.raises(ValidationError) as info:
        builders.network(**changes)
    return list(info.value.problems)


def test_the_example_network_is_valid() -> None:
    network = builders.network()
    assert [c.id for c in network.cities()] == ["hanoi", "da-nang"]


def test_ids_are_unique() -> None:
    problems = problems_of(cities=(builders.hanoi(), builders.da_nang(id="hanoi", aliases=())))
    assert any(
        p.path == "cities[1].id" and "already used by cities[0]" in p.message for p in problems
    )


def test_member_codes_are_unique() -> None:
    problems = problems_of(members=(builders.singapore(), builders.viet_nam(), builders.viet_nam()))
    assert Problem("members[2].code", "member code 'VN' is already used by members[1]") in problems


def test_a_city_names_a_member_of_the_network() -> None:
    problems = problems_of(cities=(builders.hanoi(), builders.da_nang(country="TH")))
    assert problems[0] == Problem("cities[1].country", "names member 'TH', which is not in members")


def test_an_appointment_names_a_known_city() -> None:
    officer = builders.representative(
        id="csco-hue", role=Role.CHIEF_SMART_CITY_OFFICER, member=None, city="hue"
    )
    problems = problems_of(appointments=(officer,))
    assert [p.path for p in problems] == ["appointments[0].city"]


def test_an_officers_member_agrees_with_the_city() -> None:
    officer = builders.representative(
        id="csco-hanoi", role=Role.CHIEF_SMART_CITY_OFFICER, member="SG", city="hanoi"
    )
    problems = problems_of(appointments=(officer,))
    assert problems == [
        Problem("appointments[0].member", "is 'SG' but city 'hanoi' belongs to 'VN'")
    ]


def test_a_cited_source_exists() -> None:
    problems = problems_of(cities=(builders.hanoi(sources=("nowhere",)), builders.da_nang()))
    assert problems == [
        Problem("cities[0].sources[0]", "names source 'nowhere', which is not in sources")
    ]


def test_a_chairs_member_exists() -> None:
    problems = problems_of(chairs=(builders.chair(member="TH"),))
    assert [p.path for p in problems] == ["chairs[0].member"]


def test_a_city_cannot_join_before_the_network_existed() -> None:
    problems = problems_of(cities=(builders.hanoi(joined=PartialDate(2017, 12)),))
    assert [p.path for p in problems] == ["cities[0].joined"]
    assert "before the network was established (2018-04-28)" in problems[0].message


def test_a_city_cannot_join_before_its_member_was_admitted() -> None:
    late = builders.viet_nam(admitted=pendulum.Date(2019, 1, 1))
    problems = problems_of(members=(builders.singapore(), late))
    assert [p.path for p in problems] == ["cities[0].joined"]
    assert "before VN was admitted (2019-01-01)" in problems[0].message


def test_a_join_date_known_only_to_the_year_is_not_certainly_too_early() -> None:
    # Admitted mid-2018: a city that joined "in 2018" may have joined after that.
    member = builders.viet_nam(admitted=pendulum.Date(2018, 6, 1))
    network = builders.network(
        members=(builders.singapore(), member), cities=(builders.da_nang(joined=PartialDate(2018)),)
    )
    assert network.cities()[0].joined == PartialDate(2018)


def test_a_chair_is_a_member_from_the_start_of_its_term() -> None:
    problems = problems_of(chairs=(builders.chair(start=PartialDate(1990, 1, 1)),))
    assert [p.path for p in problems] == ["chairs[0].start"]


def test_a_member_has_one_national_representative_at_a_time() -> None:
    second = builders.representative(id="nr-vn-2", start=PartialDate(2020, 6, 1), end=None)
    problems = problems_of(appointments=(builders.representative(), second))
    assert [p.path for p in problems] == ["appointments[1]"]
    assert "overlaps appointments[0]" in problems[0].message
    assert "National Representative of VN" in problems[0].message


def test_a_handover_day_may_end_one_term_and_start_the_next() -> None:
    second = builders.representative(id="nr-vn-2", start=PartialDate(2020, 12, 31), end=None)
    network = builders.network(appointments=(builders.representative(), second))
    assert len(network.appointments()) == 2


def test_terms_of_different_members_may_overlap() -> None:
    other = builders.representative(id="nr-sg", member="SG", holder="Smart Nation Office")
    network = builders.network(appointments=(builders.representative(), other))
    assert len(network.appointments(role="national-representative")) == 2


def test_an_organisation_has_one_chair_at_a_time() -> None:
    clash = builders.chair(id="asean-2020-sg", member="SG", start=PartialDate(2020, 6))
    problems = problems_of(chairs=(builders.chair(), clash))
    assert [p.path for p in problems] == ["chairs[1]"]
    assert "the ASEAN chair" in problems[0].message


def test_chairs_of_different_organisations_may_coincide() -> None:
    ascn_chair = builders.chair(id="ascn-2020", organisation=Organisation.ASCN)
    network = builders.network(chairs=(builders.chair(), ascn_chair))
    assert len(network.chairs(organisation="ASCN")) == 1


def test_an_overlap_hidden_behind_a_long_term_is_found() -> None:
    # The third term overlaps only the first, which runs longest; the second ends earlier.
    long = builders.representative(id="a", start=PartialDate(2018, 1, 1), end=None)
    short = builders.representative(
        id="b", start=PartialDate(2018, 2, 1), end=PartialDate(2018, 3, 1)
    )
    late = builders.representative(id="c", start=PartialDate(2019, 1, 1), end=None)
    problems = problems_of(appointments=(long, short, late))
    assert [p.path for p in problems] == ["appointments[1]", "appointments[2]"]


def test_names_and_aliases_do_not_collide_across_members() -> None:
    problems = problems_of(members=(builders.singapore(aliases=("Viet-Nam",)), builders.viet_nam()))
    assert [p.path for p in problems] == ["members[1]"]
    assert "'Viet Nam' is also a name of members[0] ('SG')" in problems[0].message


def test_a_city_zone_is_one_of_its_members_zones() -> None:
    problems = problems_of(cities=(builders.hanoi(timezone="Asia/Bangkok"),))
    assert problems == [
        Problem("cities[0].timezone", "'Asia/Bangkok' is not a zone of VN (Asia/Ho_Chi_Minh)")
    ]


def test_every_problem_is_reported_in_one_pass() -> None:
    problems = problems_of(
        cities=(builders.hanoi(country="SG"), builders.da_nang(sources=("missing",))),
        chairs=(builders.chair(member="MY"),),
    )
    assert {p.path for p in problems} == {
        "cities[0].timezone",
        "cities[1].sources[0]",
        "chairs[0].member",
    }


def test_evolving_a_network_revalidates_it() -> None:
    network = builders.network()
    with pytest.raises(ValidationError):
        attrs.evolve(network, cities=(*network.cities(), builders.hanoi()))


def test_a_network_holds_only_records_of_the_right_class() -> None:
    with pytest.raises(ValidationError) as info:
        Network(established=builders.ESTABLISHED, cities=(builders.singapore(),))  # type: ignore[arg-type]
    assert info.value.problems[0].path == "cities[0]"
