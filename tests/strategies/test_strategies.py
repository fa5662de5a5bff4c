"""The public Hypothesis strategies: optional, documented, honouring their parameters, and
reaching the awkward corners they promise."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
import zoneinfo
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
import pendulum
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import builders
from ascn import (
    Appointment,
    Basis,
    BasisKind,
    Chairmanship,
    City,
    Decision,
    FrameworkElement,
    Location,
    Meeting,
    MemberState,
    Milestone,
    Network,
    PartialDate,
    Partner,
    Precision,
    Role,
    Scope,
    Source,
)
from ascn import strategies as ascn_st
from ascn.lookup import normalise
from ascn.model.checks import Checks
from ascn.model.fields import (
    Across,
    AnyTextRule,
    Each,
    Optional,
    PatternRule,
    Rule,
    SourceIdsRule,
    TextRule,
    fields_of,
    rules_across,
)
from ascn.model.record import Record
from ascn.strategies.derived import ACROSS, kind_of
from ascn.strategies.registry import VALUES, values_of

T = TypeVar("T")


def python(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (imports there do not touch this process)."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )


def example(strategy: st.SearchStrategy[T], condition: Callable[[T], bool]) -> T:
    """A value of ``strategy`` that meets ``condition``; fails if Hypothesis finds none."""
    # Found, not shrunk: the shrinker would cost more than the search.
    quick = settings(max_examples=2000, database=None, phases=[Phase.generate])
    return find(strategy, condition, settings=quick)


# -- the optional dependency ---------------------------------------------------------------


def test_importing_ascn_does_not_import_hypothesis() -> None:
    result = python(
        "import sys, ascn\n"
        "network = ascn.loads(ascn.dumps(ascn.Network(established=ascn.to_date('2018-04-28'))))\n"
        "network.search('Hanoi')\n"
        "print('hypothesis' in sys.modules)\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_without_hypothesis_the_module_says_how_to_install_it() -> None:
    result = python(
        "import sys\n"
        "sys.modules['hypothesis'] = None  # as if it were not installed\n"
        "import ascn\n"
        "try:\n"
        "    import ascn.strategies\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    assert result.returncode == 0, result.stderr
    assert 'pip install "ascn[hypothesis]"' in result.stdout


@pytest.mark.parametrize("name", ascn_st.__all__)
def test_every_public_strategy_is_documented(name: str) -> None:
    assert getattr(ascn_st, name).__doc__.strip()


# -- building blocks -----------------------------------------------------------------------


@given(ascn_st.texts())
def test_texts_are_valid_text(text: str) -> None:
    assert text
    assert text == text.strip()
    assert text.encode("utf-8")


def test_texts_include_non_ascii_and_awkward_text() -> None:
    example(ascn_st.texts(), lambda t: not t.isascii())
    example(ascn_st.texts(), lambda t: "\n" in t)
    example(ascn_st.texts(), lambda t: normalise(t) == "")
    example(ascn_st.texts(), lambda t: any(ch in t for ch in "\"'\\<>{}"))


@given(
    st.sets(ascn_st.names(), max_size=3)
    .map(frozenset)
    .flatmap(
        lambda taken: st.tuples(st.just(taken), ascn_st.names(avoid={normalise(t) for t in taken}))
    )
)
def test_names_are_keys_that_avoid_what_they_are_told(drawn: tuple[frozenset[str], str]) -> None:
    taken, name = drawn
    assert normalise(name)
    assert normalise(name) not in {normalise(t) for t in taken}


@given(ascn_st.days(dt.date(1999, 12, 31), dt.date(2000, 3, 1)))
def test_days_are_pendulum_dates_within_bounds(day: pendulum.Date) -> None:
    assert type(day) is pendulum.Date
    assert dt.date(1999, 12, 31) <= day <= dt.date(2000, 3, 1)


def test_days_reach_both_ends_of_the_calendar() -> None:
    assert example(ascn_st.days(), lambda d: d.year < 1000).year < 1000
    assert example(ascn_st.days(), lambda d: d.year == 9999).year == 9999


@given(
    st.tuples(ascn_st.days(), ascn_st.days()).map(sorted),
    st.lists(st.sampled_from(Precision), min_size=1, unique=True),
    st.data(),
)
def test_partial_dates_may_stand_for_a_day_in_their_range(
    bounds: list[pendulum.Date], precisions: list[Precision], data: st.DataObject
) -> None:
    low, high = bounds
    partial = data.draw(ascn_st.partial_dates(low, high, precisions=precisions))
    assert type(partial) is PartialDate
    assert partial.precision in precisions
    assert partial.latest >= low
    assert partial.earliest <= high


@given(ascn_st.time_zones())
def test_time_zones_are_real_iana_zones(zone: str) -> None:
    assert zone in zoneinfo.available_timezones()
    assert pendulum.timezone(zone).name == zone


@given(ascn_st.member_codes())
def test_member_codes_are_codes_a_member_state_accepts(code: str) -> None:
    assert len(code) == 2
    assert code.isupper()
    MemberState(
        code=code,
        alpha3="AAA",
        name="A",
        formal_name="A",
        admitted=pendulum.Date(2000, 1, 1),
        capital="A",
        timezones=("UTC",),
    )


@pytest.mark.parametrize(
    ("strategy", "bad"),
    [
        (lambda: ascn_st.days(dt.date(2001, 1, 1), dt.date(2000, 1, 1)), "after"),
        (lambda: ascn_st.partial_dates(precisions=()), "Precision"),
        (lambda: ascn_st.networks(min_members=3, max_members=2), "members"),
        (lambda: ascn_st.networks(max_cities=-1), "cities"),
        (lambda: ascn_st.networks(min_cities=1, max_members=0), "need members"),
        (lambda: ascn_st.appointments(roles=()), "no role"),
        (lambda: ascn_st.appointments(roles=[Role.NATIONAL_REPRESENTATIVE], members=[]), "no role"),
        (lambda: ascn_st.chairmanships(members=[]), "empty pool"),
        (lambda: ascn_st.decisions(members=()), "empty pool"),
    ],
)
def test_impossible_parameters_raise_invalid_argument(
    strategy: Callable[[], st.SearchStrategy[Any]], bad: str
) -> None:
    # Some strategies check their arguments when called, composite ones when drawn from.
    def draw_one() -> None:
        @settings(max_examples=1, database=None)
        @given(strategy())
        def draw(_: object) -> None:
            pass

        draw()

    with pytest.raises(InvalidArgument, match=bad):
        draw_one()


# -- records -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("strategy", "cls"),
    [
        (ascn_st.sources(), Source),
        (ascn_st.member_states(), MemberState),
        (ascn_st.locations(), Location),
        (ascn_st.cities(), City),
        (ascn_st.appointments(), Appointment),
        (ascn_st.chairmanships(), Chairmanship),
        (ascn_st.decisions(), Decision),
        (ascn_st.meetings(), Meeting),
        (ascn_st.partners(), Partner),
        (ascn_st.milestones(), Milestone),
        (ascn_st.framework_elements(), FrameworkElement),
        (ascn_st.networks(max_members=2, max_cities=2, max_appointments=2), Network),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else "",
)
@settings(max_examples=20)
@given(data=st.data())
def test_each_strategy_draws_instances_of_its_class(
    strategy: st.SearchStrategy[object], cls: type, data: st.DataObject
) -> None:
    assert type(data.draw(strategy)) is cls


@given(
    ascn_st.member_states(code="SG", avoid={"singapore", "sgp"}, sources=["a", "b"]),
)
def test_member_states_take_their_code_avoid_names_and_cite_given_sources(
    member: MemberState,
) -> None:
    assert member.code == "SG"
    names = (member.alpha3, member.name, member.formal_name, *member.aliases)
    assert not {normalise(n) for n in names} & {"singapore", "sgp"}
    assert set(member.sources) <= {"a", "b"}
    assert 1 <= len(member.timezones) <= 3


@given(
    ascn_st.cities(
        country="VN",
        timezones=["Asia/Ho_Chi_Minh"],
        joined_from=dt.date(2018, 4, 28),
        avoid={"hanoi"},
    )
)
def test_cities_honour_country_zone_first_day_and_names_to_avoid(city: City) -> None:
    assert city.country == "VN"
    assert city.timezone == "Asia/Ho_Chi_Minh"
    assert city.joined.latest >= dt.date(2018, 4, 28)
    assert city.left is None or city.left.latest >= city.joined.earliest
    assert "hanoi" not in {normalise(n) for n in (city.id, city.name, *city.aliases)}


@given(ascn_st.appointments(members=["SG", "VN"], cities={"hanoi": "VN"}))
def test_appointments_act_for_given_members_and_cities(appointment: Appointment) -> None:
    assert appointment.member in {None, "SG", "VN"}
    assert appointment.city in {None, "hanoi"}
    if appointment.city == "hanoi":
        assert appointment.member in {None, "VN"}


@given(ascn_st.appointments(members=[], cities={}))
def test_appointments_without_members_or_cities_are_organisation_roles(
    appointment: Appointment,
) -> None:
    assert appointment.role.scope is Scope.ORGANISATION
    assert appointment.member is None


@given(ascn_st.chairmanships(members=["TH"], decisions=["swap-2014"]))
def test_chairmanships_rest_on_themselves_a_given_decision_or_nothing(chair: Chairmanship) -> None:
    assert chair.member == "TH"
    assert chair.basis.reference in {None, chair.id, "swap-2014"}


@given(ascn_st.decisions(members=["MM", "PH"]))
def test_decisions_concern_distinct_given_members(decision: Decision) -> None:
    assert set(decision.members) <= {"MM", "PH"}
    assert len(set(decision.members)) == len(decision.members)


@given(ascn_st.meetings(hosts=[]))
def test_meetings_without_hosts_have_none(meeting: Meeting) -> None:
    assert meeting.host is None


def test_records_reach_open_terms_unknown_starts_and_departures() -> None:
    example(ascn_st.appointments(), lambda a: a.start is None and a.end is not None)
    example(ascn_st.appointments(), lambda a: a.start is not None and a.end is None)
    example(ascn_st.cities(), lambda c: c.left is not None)
    example(ascn_st.locations(), lambda loc: str(loc.latitude) == "-0.0")


# -- networks ------------------------------------------------------------------------------


@settings(max_examples=30)
@given(
    ascn_st.networks(
        min_members=2,
        max_members=3,
        min_cities=1,
        max_cities=2,
        min_appointments=1,
        max_appointments=2,
        min_chairs=1,
        max_chairs=2,
        max_records=1,
        max_sources=1,
    )
)
def test_networks_have_the_sizes_asked_for(network: Network) -> None:
    assert 2 <= len(network.members()) <= 3
    assert 1 <= len(network.cities()) <= 2
    assert 1 <= len(network.appointments()) <= 2
    assert 1 <= len(network.chairs()) <= 2
    assert len(network.sources()) <= 1
    for name in ("decisions", "meetings", "partners", "milestones", "framework"):
        assert len(getattr(network, name)()) <= 1


@settings(max_examples=30)
@given(ascn_st.networks(max_members=0, max_cities=5, max_chairs=5))
def test_networks_without_members_have_no_cities_chairs_or_decisions(network: Network) -> None:
    assert not network.cities()
    assert not network.chairs()
    assert not network.decisions()


def test_networks_reach_shared_handover_days_and_several_terms_per_holder() -> None:
    def handover(network: Network) -> bool:
        chairs = network.chairs()
        return any(
            a.organisation is b.organisation and b.start.latest == a.end.earliest
            for a, b in itertools.pairwise(chairs)
        )

    chairs_only = ascn_st.networks(
        min_members=1, max_members=1, min_chairs=2, max_chairs=2, max_cities=0, max_records=0
    )
    example(chairs_only, handover)


# -- derived from the declarations ---------------------------------------------------------


def _subclasses(cls: type) -> Iterator[type]:
    subclasses: list[type] = cls.__subclasses__()
    for sub in subclasses:
        yield sub
        yield from _subclasses(sub)


def _declared_in(cls: type, package: str) -> bool:
    return cls.__module__ == package or cls.__module__.startswith(package + ".")


RECORD_CLASSES = builders.RECORD_CLASSES


def test_every_rule_class_of_the_model_has_a_value_strategy() -> None:
    # Found by walking Rule's subclasses, so that a new rule cannot go without a strategy.
    declared = [cls for cls in _subclasses(Rule) if _declared_in(cls, "ascn.model.fields")]
    assert {TextRule, AnyTextRule, PatternRule, Optional, Each, SourceIdsRule} <= set(declared)
    assert sorted(cls.__name__ for cls in declared if cls not in VALUES) == []


def test_every_rule_across_fields_of_the_model_is_kept_by_construction() -> None:
    rules = {rule.name: rule for cls in RECORD_CLASSES for rule in rules_across(cls)}
    assert {"acts_for_its_scope", "names_its_decision", "end_after_start"} <= set(rules)
    assert sorted(name for name, rule in rules.items() if kind_of(rule) not in ACROSS) == []


def _rules_of_the_model() -> dict[str, Rule]:
    found: dict[str, Rule] = {}
    for cls in RECORD_CLASSES:
        for field in fields_of(cls):
            found.setdefault(f"{cls.__name__}.{field.name}", field.rule)
    return found


RULES = _rules_of_the_model()


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
@settings(max_examples=10)
@given(data=st.data())
def test_each_rule_strategy_draws_values_its_rule_accepts(rule: Rule, data: st.DataObject) -> None:
    assert rule.clean(data.draw(values_of(rule)))


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=20)
@given(data=st.data())
def test_records_draws_every_record_class_of_the_model(cls: type, data: st.DataObject) -> None:
    record = data.draw(ascn_st.records(cls))
    assert type(record) is cls
    for field in fields_of(cls):
        assert field.rule.clean(getattr(record, field.name)), field.name


def test_a_field_a_record_class_gains_is_drawn_with_no_other_edit() -> None:
    @attrs.frozen(kw_only=True)
    class MottoCity(City):
        motto: str | None = None

    drawn = ascn_st.records(MottoCity)
    assert example(drawn, lambda city: city.motto is None).motto is None
    assert isinstance(example(drawn, lambda city: city.motto is not None).motto, str)
    # A plain str is any text: even empty, or with surrounding whitespace.
    example(drawn, lambda city: city.motto is not None and city.motto != city.motto.strip())


@given(
    ascn_st.records(City, country="VN", aliases=(), timezone=st.sampled_from(["Asia/Ho_Chi_Minh"]))
)
def test_records_take_fixed_values_and_strategies_for_fields(city: City) -> None:
    assert city.country == "VN"
    assert city.aliases == ()
    assert city.timezone == "Asia/Ho_Chi_Minh"


def test_records_refuse_a_field_the_class_does_not_have() -> None:
    with pytest.raises(InvalidArgument, match="City has no field motto"):
        ascn_st.records(City, motto="a city for all")


@given(ascn_st.records(Appointment))
def test_records_keep_the_scope_rule_by_construction(appointment: Appointment) -> None:
    scope = appointment.role.scope
    assert (appointment.city is not None) is (scope is Scope.CITY)
    if scope is Scope.MEMBER:
        assert appointment.member is not None


def test_records_reach_every_scope_and_open_terms() -> None:
    drawn = ascn_st.records(Appointment)
    example(drawn, lambda a: a.role.scope is Scope.CITY and a.member is not None)
    example(drawn, lambda a: a.role.scope is Scope.ORGANISATION and a.member is not None)
    example(drawn, lambda a: a.start is not None and a.end is None)
    example(ascn_st.records(Basis), lambda b: b.kind is BasisKind.DECISION)


@given(
    ascn_st.records(
        Appointment, role=Role.NATIONAL_REPRESENTATIVE, member=st.none() | st.just("SG")
    )
)
def test_records_draw_what_the_role_needs_from_a_strategy_given(appointment: Appointment) -> None:
    assert appointment.member == "SG"
    assert appointment.city is None


@given(ascn_st.records(Chairmanship, start=st.just(PartialDate(2020, 6))))
def test_records_draw_a_span_end_on_or_after_its_given_start(chair: Chairmanship) -> None:
    assert chair.end.latest >= dt.date(2020, 6, 1)


def _ordered(low: int, high: int) -> bool:
    return low <= high


def _check_ordered(checks: Checks, record: Any) -> None:
    if not _ordered(record.low, record.high):
        checks.fail("high", "is below low")


@attrs.frozen(kw_only=True)
class Range(Record):
    """A record class with a rule across fields that the strategies know nothing of."""

    __rules__ = (Across("high_not_below_low", ("low", "high"), _ordered, _check_ordered),)

    low: int
    high: int


@given(ascn_st.records(Range))
def test_records_keep_a_rule_of_no_known_kind_by_drawing_until_it_holds(drawn: Range) -> None:
    assert drawn.low <= drawn.high
