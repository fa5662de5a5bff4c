"""A strategy of values for every field rule: :data:`VALUES`, keyed by rule class.

Each entry is a function from a rule to a strategy of the values that keep it; a rule class
without an entry of its own takes its nearest base's. The test suite walks every rule class
of :mod:`ascn.model.fields` and checks that each has an entry, so that a new rule cannot be
left without one. (Record rules, :class:`~ascn.model.fields.Nested`, are registered with
:func:`ascn.strategies.records`, which draws them.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ascn.model.checks import ALPHA3, SLUG, URL
from ascn.model.fields import (
    AnyTextRule,
    BooleanRule,
    Choice,
    DayRule,
    Each,
    IntegerRule,
    MemberCodeRule,
    NameRule,
    NamesRule,
    NumberRule,
    Optional,
    PartialRule,
    PatternRule,
    Rule,
    SourceIdsRule,
    TextRule,
    ZoneRule,
)
from ascn.strategies.values import (
    aliases,
    alpha3s,
    any_texts,
    days,
    integers,
    member_codes,
    names,
    partial_dates,
    slugs,
    texts,
    time_zones,
    urls,
)

__all__ = ["MAX_ITEMS", "VALUES", "each", "values", "values_of"]

_RuleT = TypeVar("_RuleT", bound=Rule)

MAX_ITEMS = 3
"""Tuples hold at most this many items: enough to reach repeats and orders, and cheap."""

VALUES: dict[type[Rule], Callable[[Any], st.SearchStrategy[Any]]] = {}
"""How to draw the values of each rule class: a function from the rule to a strategy."""


def values(
    kind: type[_RuleT],
) -> Callable[[Callable[[_RuleT], st.SearchStrategy[Any]]], Callable[[_RuleT], Any]]:
    """Register the decorated function as the strategy of ``kind``'s values."""

    def register(make: Callable[[_RuleT], st.SearchStrategy[Any]]) -> Callable[[_RuleT], Any]:
        VALUES[kind] = make
        return make

    return register


_MADE: dict[int, tuple[Rule, st.SearchStrategy[Any]]] = {}


def values_of(rule: Rule) -> st.SearchStrategy[Any]:
    """Values that keep ``rule``, drawn by the entry of :data:`VALUES` for its class."""
    # Made once per rule (kept by identity: a rule need not be hashable).
    made = _MADE.get(id(rule))
    if made is None:
        made = _MADE[id(rule)] = (rule, _make(rule))
    return made[1]


def _make(rule: Rule) -> st.SearchStrategy[Any]:
    for kind in type(rule).__mro__:
        make = VALUES.get(kind)
        if make is not None:
            return make(rule)
    raise InvalidArgument(f"no strategy draws values of {type(rule).__name__} {rule.name!r}")


VALUES[TextRule] = lambda rule: texts()
VALUES[NameRule] = lambda rule: names()
VALUES[AnyTextRule] = lambda rule: any_texts()
VALUES[MemberCodeRule] = lambda rule: member_codes()
VALUES[ZoneRule] = lambda rule: time_zones()
VALUES[BooleanRule] = lambda rule: st.booleans()
VALUES[DayRule] = lambda rule: days()
VALUES[PartialRule] = lambda rule: partial_dates()
VALUES[NamesRule] = lambda rule: aliases()

# Patterns ascn declares have strategies that aim at their corners; any other pattern is
# drawn from its regular expression.
_PATTERNS: dict[str, Callable[[], st.SearchStrategy[str]]] = {
    SLUG.pattern: slugs,
    ALPHA3.pattern: alpha3s,
    URL.pattern: urls,
}


@values(PatternRule)
def _pattern(rule: PatternRule) -> st.SearchStrategy[str]:
    known = _PATTERNS.get(rule.regex.pattern)
    return known() if known is not None else st.from_regex(rule.regex, fullmatch=True)


@values(IntegerRule)
def _integer(rule: IntegerRule) -> st.SearchStrategy[int]:
    return integers(rule.minimum)


@values(NumberRule)
def _number(rule: NumberRule) -> st.SearchStrategy[float]:
    # The bounds themselves, -0.0 and the antimeridian included.
    return st.floats(rule.low, rule.high, allow_nan=False)


@values(Choice)
def _choice(rule: Choice) -> st.SearchStrategy[Any]:
    return st.sampled_from(rule.enum)


@values(Optional)
def _optional(rule: Optional) -> st.SearchStrategy[Any]:
    return st.none() | values_of(rule.rule)


def each(rule: Each, item: st.SearchStrategy[Any]) -> st.SearchStrategy[tuple[Any, ...]]:
    """Tuples of ``item`` values as ``rule`` wants them: maybe non-empty, maybe unique."""
    least = 0 if rule.least is None else 1
    unique = rule.repeated is not None
    return st.lists(item, min_size=least, max_size=MAX_ITEMS, unique=unique).map(tuple)


@values(Each)
def _each(rule: Each) -> st.SearchStrategy[tuple[Any, ...]]:
    assert rule.item is not None
    return each(rule, values_of(rule.item))


VALUES[SourceIdsRule] = _each
