"""Records rebuilt with one field broken are refused at that field.

The invalid values come from the rules, not from a list of fields (see :mod:`refusals`): each
field of each record class, read from its declaration, takes the values its rule refuses,
and the values that break a rule across fields it shares with others (a span's end before
its start, say). A field added to a record class is tried here with no edit.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import builders
from ascn import Network, ValidationError
from ascn import strategies as ascn_st
from ascn.model.fields import Rule, fields_of, rules_across
from builders import at
from refusals import ACROSS, BAD, breaks, entry

CLASSES: tuple[type, ...] = (Network, *builders.RECORD_CLASSES)
"""The network and every record class of the model."""

RECORDS: dict[type, st.SearchStrategy[Any]] = {
    Network: ascn_st.networks(max_members=0, max_appointments=0, max_records=0, max_sources=0),
    **{cls: ascn_st.records(cls) for cls in builders.RECORD_CLASSES},
}


def _subclasses(cls: type) -> list[type]:
    found: list[type] = []
    subclasses: list[type] = cls.__subclasses__()
    for sub in subclasses:
        found += [sub, *_subclasses(sub)]
    return found


def test_every_rule_class_of_the_model_has_invalid_values_of_its_own() -> None:
    # Found by walking Rule's subclasses, so that a new kind of rule cannot go untried.
    declared = {cls for cls in _subclasses(Rule) if cls.__module__.startswith("ascn.model.")}
    assert len(declared) > 10
    assert sorted(cls.__name__ for cls in declared if entry(cls, BAD) is None) == []


def test_every_rule_across_fields_of_the_model_can_be_broken() -> None:
    rules = {rule.name: rule for cls in builders.RECORD_CLASSES for rule in rules_across(cls)}
    assert {"acts_for_its_scope", "names_its_decision", "end_after_start"} <= set(rules)
    assert sorted(name for name, rule in rules.items() if rule.clean not in ACROSS) == []


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_every_field_of_every_class_has_invalid_values(cls: type) -> None:
    for field in fields_of(cls):
        rule = getattr(field.rule, "rule", field.rule)  # the rule an optional field keeps
        assert rule.bad, field.name
        assert entry(type(rule), BAD) is not None, field.name
    assert {field.key for field in fields_of(cls)} == {a.alias for a in attrs.fields(cls) if a.init}


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_a_record_rebuilt_with_one_invalid_field_is_rejected_at_that_field(
    cls: type, data: st.DataObject
) -> None:
    record = data.draw(RECORDS[cls], label="record")
    invalid = breaks(cls, record)
    field = data.draw(st.sampled_from(sorted(invalid)), label="field")
    value = data.draw(invalid[field], label="value")
    with pytest.raises(ValidationError) as info:
        attrs.evolve(record, **{field: value})
    paths = [p.path for p in info.value.problems]
    assert paths
    assert all(at(path, field) for path in paths), paths


TUPLES = {
    cls: [field.key for field in fields_of(cls) if field.rule.item is not None]
    for cls in builders.RECORD_CLASSES
}
"""The fields of each record class that hold tuples."""


@given(st.data())
def test_a_tuple_field_holding_an_unhashable_item_is_rejected_with_a_path(
    data: st.DataObject,
) -> None:
    cls = data.draw(st.sampled_from([cls for cls, fields in TUPLES.items() if fields]))
    record = data.draw(RECORDS[cls])
    field = data.draw(st.sampled_from(TUPLES[cls]))
    with pytest.raises(ValidationError) as info:
        attrs.evolve(record, **{field: (["a-list"],)})
    assert all(at(p.path, field) for p in info.value.problems)
