"""The field vocabulary: each rule's fast verdict, inline form and detailed check agree on
every example it declares, refused and accepted; no rule is used without examples."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

import ascn
from ascn.model.checks import Checks
from ascn.model.fields import Across, Namespace, Nested, Optional, Rule, fields_of, rules_across
from ascn.model.fields.base import in_order
from ascn.model.network import PARTS


def _record_classes() -> list[type]:
    found: list[type] = []
    stack = [cls for _, cls in PARTS]
    while stack:
        cls = stack.pop(0)
        if cls in found:
            continue
        found.append(cls)
        for field in fields_of(cls):
            inner = field.rule.rule if isinstance(field.rule, Optional) else field.rule
            if isinstance(inner, Nested):
                stack.append(inner.cls)
    return found


RECORDS = _record_classes()


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
        assert "type" in schema or "enum" in schema or "$ref" in schema, rule.name


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
