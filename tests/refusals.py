"""Values the field rules refuse, keyed by rule: Python values for the constructors, JSON values
for the document reader and the JSON Schema.

Nothing here names a field. A field's invalid values follow from its rule, as its class
declares it (:func:`ascn.model.fields.fields_of`), so that a field added to a record class is
tried with no edit to the tests:

* every rule declares examples it refuses (``Rule.bad``, ``Rule.bad_json``); :data:`BAD` and
  :data:`JSON_BAD` add, for each rule class (found through the class's bases), a strategy of
  more values or more examples, and :data:`BY_NAME` and :data:`JSON_BY_NAME` examples for the
  rules of one name;
* None is refused wherever the field is not optional;
* :data:`ACROSS` gives, for each kind of rule across fields (known by the function that
  decides it: every span shares one), the values that break it when one of its fields
  takes them alone, given the rest of the record: a span's end before its start, a role
  acting for the wrong scope, a decision basis that does not name its decision. JSON Schema
  cannot tell these, so they are Python-side only.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterable
from typing import Any

import pendulum
from hypothesis import strategies as st

import ascn
from ascn import strategies as ascn_st
from ascn.model.appointment import Scope, acts_for_its_scope
from ascn.model.chair import BasisKind, names_its_decision
from ascn.model.fields import (
    Across,
    AnyTextRule,
    BooleanRule,
    Choice,
    DayRule,
    Each,
    Field,
    IntegerRule,
    NamesRule,
    Nested,
    NumberRule,
    Optional,
    PartialRule,
    PatternRule,
    Rule,
    TextRule,
    ZoneRule,
    fields_of,
    rules_across,
    span,
)
from ascn.strategies.registry import values_of

# -- Python values -----------------------------------------------------------------------------

Bad = Callable[[Any], st.SearchStrategy[object]]
"""Values a rule of one class refuses, given the rule, besides the examples it declares."""

# Items of tuples are hashable here: unhashable ones have a test of their own.
HASHABLE_NOT_TEXT = st.one_of(
    st.integers(), st.floats(), st.booleans(), st.binary(max_size=3), st.tuples(ascn_st.texts())
)
NOT_TEXT = HASHABLE_NOT_TEXT | st.lists(ascn_st.texts(), max_size=1)
BLANK_OR_PADDED = st.one_of(
    st.sampled_from(["", " ", "\n", "\t\u3000"]),
    ascn_st.texts().map(" {}".format),
    ascn_st.texts().map("{}\n".format),
)
NONE = st.none()
TEXT = st.one_of(NOT_TEXT, BLANK_OR_PADDED)
DAY = st.one_of(
    st.dates(),
    st.datetimes(),
    ascn_st.days().map(lambda d: pendulum.DateTime(d.year, d.month, d.day)),
    st.just("2020-01-01"),
    ascn_st.partial_dates(),
    st.integers(),
)
PARTIAL = st.one_of(ascn_st.days(), st.dates(), st.datetimes(), st.just("2020"), st.integers())
NAMES = st.one_of(
    st.lists(ascn_st.texts(), max_size=2),
    ascn_st.texts(),
    st.tuples(ascn_st.texts(), TEXT),
    ascn_st.texts().map(lambda t: (t, t)),
)


def _whole_numbers(rule: IntegerRule) -> st.SearchStrategy[object]:
    wrong = st.one_of(st.booleans(), st.floats(), st.just("1"))
    if rule.minimum is None:
        return wrong
    return wrong | st.integers(max_value=rule.minimum - 1)


def _numbers(rule: NumberRule) -> st.SearchStrategy[object]:
    # Off the range (nan and the infinities among them), whole numbers, truth values, text.
    return st.one_of(
        st.floats().filter(lambda x: not rule.low <= x <= rule.high),
        st.integers(math.ceil(rule.low), math.floor(rule.high)),
        st.booleans(),
        st.just("1.0"),
    )


def _choices(rule: Choice) -> st.SearchStrategy[object]:
    # Its raw values, another enum's members, numbers.
    foreign = ascn.Precision if rule.enum is not ascn.Precision else ascn.Intake
    return st.one_of(
        st.sampled_from([m.value for m in rule.enum]),
        st.sampled_from(list(foreign)),
        st.integers(),
    )


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _tuples(rule: Each) -> st.SearchStrategy[object]:
    # A list or a lone item where a tuple is wanted, an item its rule refuses, and an empty
    # tuple or a repeated item where the rule says so.
    item = values_of(rule.item) if rule.item is not None else st.nothing()
    wrong = [
        st.lists(item, max_size=2),
        item,
        st.tuples(bad_values(rule.item).filter(_hashable)) if rule.item else st.nothing(),
    ]
    if rule.least is not None:
        wrong.append(st.just(()))
    if rule.repeated is not None:
        wrong.append(item.map(lambda value: (value, value)))
    return st.one_of(wrong)


BAD: dict[type[Rule], Bad] = {
    TextRule: lambda rule: TEXT,  # names too: a name is text with more to it
    AnyTextRule: lambda rule: NOT_TEXT,
    PatternRule: lambda rule: NOT_TEXT,  # slugs, codes, URLs: with the rule's own examples
    ZoneRule: lambda rule: NOT_TEXT,
    IntegerRule: _whole_numbers,
    NumberRule: _numbers,
    BooleanRule: lambda rule: st.one_of(st.integers(), st.just("true")),
    DayRule: lambda rule: DAY,
    PartialRule: lambda rule: PARTIAL,
    Choice: _choices,
    Nested: lambda rule: TEXT | st.tuples(st.floats(), st.floats()),
    Each: _tuples,
    NamesRule: lambda rule: NAMES,
    Optional: lambda rule: _refused(rule.rule),  # None is no longer among them
}
"""More values each rule class refuses than the examples a rule declares."""

BY_NAME: dict[str, tuple[object, ...]] = {
    "alpha3": ("", "SG1"),
    "url": ("https://", "example.org", " https://a", "ftp://example.org"),
    "zone": ("Mars/Olympus_Mons", "Asia/Singapore "),
}
"""More refused examples for the rules of one name."""


def entry(kind: type[Rule], table: dict[type[Rule], Any]) -> Any:
    """The entry of ``table`` for rule class ``kind`` or its nearest base that has one."""
    for base in kind.__mro__:
        if base in table:
            return table[base]
    return None


def _refused(rule: Rule) -> st.SearchStrategy[object]:
    """Values other than None that ``rule`` refuses."""
    declared = [value for value in rule.bad if value is not None]
    declared += BY_NAME.get(rule.name, ())
    more: Bad | None = entry(type(rule), BAD)
    return st.one_of(
        st.sampled_from(declared) if declared else st.nothing(),
        more(rule) if more is not None else st.nothing(),
    )


def bad_values(rule: Rule) -> st.SearchStrategy[object]:
    """Values a field with ``rule`` refuses: None among them unless the field is optional."""
    refused = _refused(rule)
    return refused if isinstance(rule, Optional) else refused | NONE


# -- rules across fields -----------------------------------------------------------------------

Breaks = Callable[[Across, Any], dict[str, st.SearchStrategy[object]]]
"""Values that break a rule across fields when one field takes them alone, by field name,
given the rule and the record."""


def _end_before_start(rule: Across, record: Any) -> dict[str, st.SearchStrategy[object]]:
    # An end that certainly falls before the start (none if the start is unknown).
    first, last = rule.fields
    start = getattr(record, first)
    if start is None or start.earliest == dt.date.min:
        return {}
    before = start.earliest.subtract(days=1)
    return {last: ascn_st.partial_dates(max_value=before, precisions=[ascn.Precision.DAY])}


def _wrong_scope(rule: Across, record: Any) -> dict[str, st.SearchStrategy[object]]:
    # A National Representative must name its member, a Chief Smart City Officer its city;
    # no other role may name a city at all.
    role, member, city = rule.fields
    scope = getattr(record, role).scope
    breaks: dict[str, st.SearchStrategy[object]] = {
        city: NONE if scope is Scope.CITY else ascn_st.slugs()
    }
    if scope is Scope.MEMBER:
        breaks[member] = NONE
    return breaks


def _unnamed_decision(rule: Across, record: Any) -> dict[str, st.SearchStrategy[object]]:
    kind, reference = rule.fields
    return {reference: NONE} if getattr(record, kind) is BasisKind.DECISION else {}


ACROSS: dict[object, Breaks] = {
    span("start", "end").clean: _end_before_start,
    acts_for_its_scope.clean: _wrong_scope,
    names_its_decision.clean: _unnamed_decision,
}
"""How to break each kind of rule across fields, keyed by the function that decides it."""


def breaks(cls: type, record: Any) -> dict[str, st.SearchStrategy[object]]:
    """Each field of ``cls``, by document key, and values that break ``record`` there alone."""
    found = {field.key: bad_values(field.rule) for field in fields_of(cls)}
    keys = {field.name: field.key for field in fields_of(cls)}
    for rule in rules_across(cls):
        for name, values in ACROSS[rule.clean](rule, record).items():
            found[keys[name]] = found[keys[name]] | values
    return found


# -- JSON values -------------------------------------------------------------------------------

JsonBad = Callable[[Any, object], Iterable[object]]
"""More JSON values a rule of one class refuses, given the rule and the JSON value the record
holds, besides the examples it declares."""


def _json_numbers(rule: NumberRule, value: object) -> list[object]:
    # Whole numbers just off the range, huge ones, and the other truth value.
    return [math.floor(rule.low) - 1, math.ceil(rule.high) + 1, -1e300, 1e300, False]


def _json_arrays(rule: Each, value: object) -> list[object]:
    # A number for the array, and every refused item the rule declares in an array of its
    # own; a repeat of an item the record holds (one that is valid everywhere else).
    items = rule.item.bad_json if rule.item is not None else ()
    found: list[object] = [5, *([item] for item in items if type(item) in (str, int, float, bool))]
    if rule.repeated is not None and isinstance(value, list) and value:
        found.append([value[0], value[0]])
    return found


JSON_BY_NAME: dict[str, tuple[object, ...]] = {"url": ("https://",)}
"""More refused JSON examples for the rules of one name."""

JSON_BAD: dict[type[Rule], JsonBad] = {
    NumberRule: _json_numbers,
    Nested: lambda rule, value: [[1.0, 2.0], True],
    Each: _json_arrays,
}
"""More JSON values each rule class refuses than the examples a rule declares."""


def json_bad(field: Field, value: object) -> list[object]:
    """The JSON values a document reader and the JSON Schema refuse for ``field``, given the
    value the record holds; null among them unless the field is optional."""
    rule = field.rule.rule if isinstance(field.rule, Optional) else field.rule
    found: list[object] = [*rule.bad_json, *JSON_BY_NAME.get(rule.name, ())]
    more: JsonBad | None = entry(type(rule), JSON_BAD)
    if more is not None:
        found += more(rule, value)
    found = [item for item in found if item is not None]
    if not isinstance(field.rule, Optional):
        found.append(None)
    unique: dict[str, object] = {}
    for item in found:
        unique.setdefault(json.dumps(item, sort_keys=True) + repr(type(item)), item)
    return list(unique.values())


def python_re_blind(value: object) -> bool:
    """Whether Python's ``re``, and so ``jsonschema``, cannot tell ``value`` from a valid one by
    ascn's schema: a text ending in a line break matches a pattern ending in ``$`` there, as
    does an array holding one (in the ECMA-262 expressions JSON Schema specifies, ``$``
    matches only at the very end, and the schema refuses them)."""
    if isinstance(value, list):
        return any(python_re_blind(item) for item in value)
    return isinstance(value, str) and value.endswith("\n")
