"""Field rules: one example per rule with the path and message a person reads; and the
vocabulary behind them, each rule's fast verdict, inline form and detailed check agreeing on
every example it declares, refused and accepted, with no rule used without examples."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pendulum
import pytest

import ascn
import builders
from ascn import (
    Basis,
    BasisKind,
    Decision,
    DecisionKind,
    Location,
    Meeting,
    Organisation,
    PartialDate,
    Role,
    ValidationError,
)
from ascn.model.checks import Checks
from ascn.model.fields import Across, Namespace, Rule, fields_of, rules_across
from ascn.model.fields.base import in_order

CASES: list[tuple[Callable[..., object], dict[str, Any], str, str]] = [
    (builders.singapore, {"code": "sg"}, "code", "ISO 3166-1 alpha-2"),
    (builders.singapore, {"code": "XX"}, "code", "not an assigned ISO 3166-1"),
    (builders.singapore, {"alpha3": "SG"}, "alpha3", "alpha-3"),
    (builders.singapore, {"name": ""}, "name", "must not be empty"),
    (builders.singapore, {"name": "  "}, "name", "must not be empty"),
    (builders.singapore, {"name": " Singapore"}, "name", "whitespace"),
    (builders.singapore, {"name": 5}, "name", "expected text, got a number"),
    (builders.singapore, {"admitted": "1967-08-08"}, "admitted", "expected a pendulum.Date"),
    (builders.singapore, {"timezones": ("Asia/Nowhere",)}, "timezones[0]", "not an IANA"),
    (builders.singapore, {"timezones": ()}, "timezones", "at least one"),
    (builders.singapore, {"timezones": ["Asia/Singapore"]}, "timezones", "expected a tuple"),
    (builders.singapore, {"aliases": ("SG City", "sg city")}, "aliases[1]", "repeats aliases[0]"),
    (builders.singapore, {"aliases": "Singapura"}, "aliases", "expected a tuple"),
    (builders.singapore, {"sources": ("a", "a")}, "sources", "more than once"),
    (builders.singapore, {"sources": ("Not A Slug",)}, "sources[0]", "lower-case"),
    (builders.singapore, {"confidence": "high"}, "confidence", "expected one of"),
    (builders.hanoi, {"id": "Hanoi"}, "id", "lower-case letters"),
    (builders.hanoi, {"country": "VNM"}, "country", "alpha-2"),
    (builders.hanoi, {"joined": "2018-04-28"}, "joined", "expected a PartialDate"),
    (builders.hanoi, {"timezone": "Asia/Hanoi"}, "timezone", "not an IANA time zone"),
    (builders.hanoi, {"timezone": "../etc/passwd"}, "timezone", "not an IANA time zone"),
    (builders.hanoi, {"left": PartialDate(2017)}, "left", "ends (2017) before it starts"),
    (builders.hanoi, {"location": (21.0, 105.8)}, "location", "expected a Location"),
    (builders.representative, {"member": None}, "member", "must name its member state"),
    (builders.representative, {"city": "hanoi"}, "city", "does not act for a city"),
    (
        builders.representative,
        {"role": Role.CHIEF_SMART_CITY_OFFICER, "member": None},
        "city",
        "must name its city",
    ),
    (
        builders.representative,
        {"start": PartialDate(2021), "end": PartialDate(2020, 12, 31)},
        "end",
        "before it starts",
    ),
    (builders.chair, {"status": "recorded"}, "status", "expected one of"),
    (builders.chair, {"basis": "record"}, "basis", "expected a Basis"),
]


@pytest.mark.parametrize(("build", "changes", "path", "message"), CASES)
def test_each_field_rule_reports_its_path_and_message(
    build: Callable[..., object], changes: dict[str, Any], path: str, message: str
) -> None:
    with pytest.raises(ValidationError) as info:
        build(**changes)
    assert [p.path for p in info.value.problems] == [path]
    assert message in info.value.problems[0].message


@pytest.mark.parametrize(
    ("latitude", "longitude", "path"),
    [(90.5, 0.0, "latitude"), (-90.01, 0.0, "latitude"), (0.0, 180.5, "longitude")],
)
def test_coordinates_stay_on_the_globe(latitude: float, longitude: float, path: str) -> None:
    with pytest.raises(ValidationError, match="must be between") as info:
        Location(latitude=latitude, longitude=longitude)
    assert info.value.problems[0].path == path


def test_coordinates_are_decimal_numbers_not_whole_or_boolean() -> None:
    with pytest.raises(ValidationError) as info:
        Location(latitude=True, longitude=100)
    assert [p.path for p in info.value.problems] == ["latitude", "longitude"]


def test_a_constructor_reports_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as info:
        builders.hanoi(id="", name="", timezone="Mars/Base", country="vn")
    assert {p.path for p in info.value.problems} == {"id", "name", "timezone", "country"}


def test_records_are_frozen_slotted_and_keyword_only() -> None:
    city = builders.hanoi()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        city.name = "Ha Noi"  # type: ignore[misc]
    assert not hasattr(city, "__dict__")
    with pytest.raises(TypeError):
        Location(1.0, 2.0)  # type: ignore[call-arg]


def test_a_decision_basis_must_name_its_decision() -> None:
    with pytest.raises(ValidationError, match="must name the decision"):
        Basis(kind=BasisKind.DECISION)


def test_a_decision_needs_members_and_positive_term_years() -> None:
    with pytest.raises(ValidationError) as info:
        Decision(
            id="skip-2026-mm",
            organisation=Organisation.ASEAN,
            kind=DecisionKind.SKIP,
            members=(),
            terms=(0,),
            summary="Myanmar is skipped",
        )
    assert [p.path for p in info.value.problems] == ["members", "terms[0]"]


def test_a_meeting_ordinal_is_a_positive_whole_number() -> None:
    with pytest.raises(ValidationError, match="at least 1"):
        Meeting(id="ascn-0", ordinal=0, title="Meeting zero")


def test_valid_records_are_accepted_as_given() -> None:
    member = builders.singapore(aliases=("Singapura", "新加坡"))
    assert member.aliases == ("Singapura", "新加坡")
    assert member.admitted == pendulum.Date(1967, 8, 8)


# -- the vocabulary: verdicts, inline forms and checks agree -------------------------------

RECORDS = builders.RECORD_CLASSES


def _rules() -> Iterator[tuple[str, Rule]]:
    seen: set[int] = set()
    for cls in [ascn.Network, *RECORDS]:
        for field in fields_of(cls):
            rule = field.rule
            for each in (rule, getattr(rule, "rule", None), rule.item):
                if isinstance(each, Rule) and id(each) not in seen:
                    seen.add(id(each))
                    yield f"{cls.__name__}.{field.name}:{each.name}", each


RULES = dict(_rules())


def _inline(rule: Rule) -> object:
    names = Namespace()
    expression = rule.inline("value", names)
    namespace = dict(names.objects)
    exec(f"def verdict(value):\n    return {expression}\n", namespace)  # the generator's way
    return namespace["verdict"]


def test_the_record_classes_are_found() -> None:
    assert {cls.__name__ for cls in RECORDS} >= {"City", "Location", "Chairmanship", "Basis"}
    assert len(RULES) > 20


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_a_rule_refuses_each_of_its_bad_examples_in_all_three_forms(rule: Rule) -> None:
    assert rule.bad, "a rule without bad examples cannot be tested against its check"
    verdict = _inline(rule)
    for value in rule.bad:
        checks = Checks()
        assert rule.check(checks, "field", value) is False, value
        assert checks.problems, value
        assert all(p.path == "field" or p.path.startswith("field[") for p in checks.problems)
        assert rule.clean(value) is False, value
        assert verdict(value) is False, value  # type: ignore[operator]


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_a_rule_accepts_each_of_its_good_examples_in_all_three_forms(rule: Rule) -> None:
    verdict = _inline(rule)
    for value in rule.good:
        checks = Checks()
        assert rule.check(checks, "field", value) is True, (value, checks.problems)
        assert checks.problems == []
        assert rule.clean(value) is True, value
        assert verdict(value) is True, value  # type: ignore[operator]


TEXT_RULES = {name: rule for name, rule in RULES.items() if rule.json is str}


@pytest.mark.parametrize("rule", list(TEXT_RULES.values()), ids=list(TEXT_RULES))
def test_a_text_rule_refuses_a_lone_surrogate(rule: Rule) -> None:
    # The lean reader trusts the rules to refuse what a document cannot write back.
    texts = [good for good in rule.good if isinstance(good, str)]
    assert texts
    for good in texts:
        assert not rule.clean(good + "\ud800")


def test_every_rule_names_its_json_kind_and_schema() -> None:
    for rule in RULES.values():
        assert rule.json is not object
        schema = rule.schema()
        assert {"type", "enum", "$ref", "anyOf"} & set(schema), rule.name


def _across_rules() -> list[tuple[type, Across]]:
    return [(cls, rule) for cls in RECORDS for rule in rules_across(cls)]


@pytest.mark.parametrize(
    ("cls", "rule"), _across_rules(), ids=lambda x: getattr(x, "name", getattr(x, "__name__", ""))
)
def test_a_rule_across_fields_names_fields_of_its_class(cls: type, rule: Across) -> None:
    names = {field.name for field in fields_of(cls)}
    assert set(rule.fields) <= names


DATES = [
    None,
    ascn.PartialDate(2020),
    ascn.PartialDate(2020, 6),
    ascn.PartialDate(2020, 6, 30),
    ascn.PartialDate(2020, 7, 1),
    ascn.PartialDate(2021),
]


@pytest.mark.parametrize(("start", "end"), list(itertools.product(DATES, DATES)))
def test_the_span_verdict_agrees_with_its_check(
    start: ascn.PartialDate | None, end: ascn.PartialDate | None
) -> None:
    checks = Checks()
    checks.span("end", start, end)
    assert in_order(start, end) is (checks.problems == [])
