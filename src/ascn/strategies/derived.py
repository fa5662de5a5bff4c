"""The generic record strategy, :func:`records`: every declared field drawn from its rule's
strategy (:mod:`ascn.strategies.registry`), and the rules across fields kept by construction.

:data:`ACROSS` maps each kind of :class:`~ascn.model.fields.Across` rule (known by the
function that decides it: every span shares one) to a drawer that draws the rule's fields
together so that the rule holds. A rule without a drawer is kept by drawing its fields until
it holds. A field a class gains is drawn with no edit here. The model never imports
Hypothesis: imports run from the strategies to the model.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
from hypothesis import assume
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ascn.model.appointment import Scope, acts_for_its_scope
from ascn.model.chair import BasisKind, names_its_decision
from ascn.model.checks import is_span
from ascn.model.fields import Across, Field, Nested, Optional, Rule, fields_of, span
from ascn.strategies.registry import values, values_of
from ascn.strategies.values import draw_partial

__all__ = ["ACROSS", "Draws", "draw_record", "kind_of", "records"]

R = TypeVar("R")


@values(Nested)
def _nested(rule: Nested) -> st.SearchStrategy[Any]:
    # Deferred: a record class may nest itself (behind an optional field).
    return st.deferred(lambda: records(rule.cls))


# -- records: every field from its rule, the rules across fields by construction -------------


@attrs.frozen
class _Layout:
    """How to draw one record class: its fields, and what to draw in which order."""

    cls: type
    fields: tuple[Field, ...]
    by_key: dict[str, Field]
    rules: dict[str, Rule]
    steps: tuple[str | Across, ...]

    @classmethod
    def of(cls, record: type) -> _Layout:
        if not attrs.has(record):
            raise InvalidArgument(f"{record!r} is not a record class")
        found = fields_of(record)
        across: tuple[Across, ...] = tuple(getattr(record, "__rules__", ()))
        steps: list[str | Across] = []
        for field in found:
            owners = [rule for rule in across if field.name in rule.fields]
            steps.extend(rule for rule in owners if rule not in steps)
            if not owners:
                steps.append(field.name)
        rules = {f.name: f.rule for f in found}
        return cls(record, found, {f.key: f for f in found}, rules, tuple(steps))


_LAYOUTS: dict[type, _Layout] = {}


def _layout(cls: type) -> _Layout:
    found = _LAYOUTS.get(cls)
    if found is None:
        found = _LAYOUTS[cls] = _Layout.of(cls)
    return found


_UNSET: Any = object()


@functools.lru_cache(maxsize=256)
def _somethings(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return strategy.filter(lambda value: value is not None)


class Draws:
    """The fields of one record being drawn: given ones honoured, the rest from their rules.

    A drawer of a rule across fields asks for a field's :meth:`value`, or for a value that
    is :meth:`present` (not None) or :meth:`absent` (None); each field is drawn once.
    """

    def __init__(self, draw: st.DrawFn, layout: _Layout, given: Mapping[str, object]) -> None:
        self.draw = draw
        self.layout = layout
        self.rules = layout.rules
        self.given = given
        self.values: dict[str, object] = {}

    def value(self, name: str) -> Any:
        """The field's value: given, drawn from the given strategy, or from its rule."""
        if name in self.values:
            return self.values[name]
        given = self.given.get(name, _UNSET)
        if given is _UNSET:
            value = self.draw(values_of(self.rules[name]))
        elif isinstance(given, st.SearchStrategy):
            value = self.draw(given)
        else:
            value = given
        self.values[name] = value
        return value

    def present(self, name: str) -> Any:
        """The field's value, which a rule across fields needs to be other than None."""
        if name not in self.values:
            given = self.given.get(name, _UNSET)
            rule = self.rules[name]
            if given is _UNSET and isinstance(rule, Optional):
                self.values[name] = self.draw(values_of(rule.rule))
            elif isinstance(given, st.SearchStrategy):
                self.values[name] = self.draw(_somethings(given))
        value = self.value(name)
        assume(value is not None)
        return value

    def absent(self, name: str) -> None:
        """None for the field, which a rule across fields needs empty."""
        if name not in self.values and name not in self.given:
            self.values[name] = None
        assume(self.value(name) is None)

    def known(self, name: str) -> bool:
        """Whether the field's value is given or drawn already (a drawer keeps it then)."""
        return name in self.values or name in self.given

    def set(self, name: str, value: object) -> None:
        """Fix the field's value, unless it was drawn or given already."""
        if not self.known(name):
            self.values[name] = value


AcrossDrawer = Callable[[Draws, Across], None]

ACROSS: dict[object, AcrossDrawer] = {}
"""How to draw the fields of each kind of rule across fields so that it holds, keyed by the
code of the function that decides the rule (see :func:`kind_of`)."""


def kind_of(rule: Across) -> object:
    """What rules of one kind share: the code deciding them (every span's is the same)."""
    clean = rule.clean
    return getattr(clean, "__code__", clean)


def _draw_span(draws: Draws, rule: Across) -> None:
    # The end is drawn on or after the start, or open (None) where the field allows it.
    first, last = rule.fields
    start = draws.value(first)
    if draws.known(last):
        assume(is_span(start, draws.value(last), optional=True))
        return
    if isinstance(draws.rules[last], Optional) and draws.draw(st.booleans()):
        draws.set(last, None)
        return
    low = _dt.date.min if start is None else start.earliest
    draws.set(last, draw_partial(draws.draw, low))


def _draw_scope(draws: Draws, rule: Across) -> None:
    # The role decides: a city role names its city, a member role its member; no other names
    # a city, and the member stays optional where the role does not need it.
    role, member, city = rule.fields
    scope = draws.value(role).scope
    if scope is Scope.CITY:
        draws.present(city)
        draws.value(member)
        return
    draws.absent(city)
    if scope is Scope.MEMBER:
        draws.present(member)
    else:
        draws.value(member)


def _draw_decision_basis(draws: Draws, rule: Across) -> None:
    kind, reference = rule.fields
    if draws.value(kind) is BasisKind.DECISION:
        draws.present(reference)
    else:
        draws.value(reference)


def _draw_until_it_holds(draws: Draws, rule: Across) -> None:
    # A rule of no known kind: its fields drawn together until they keep it.
    names = [name for name in rule.fields if name not in draws.values]
    if not names:
        assume(rule.clean(*(draws.values[name] for name in rule.fields)))
        return
    strategies = [_given_or_rule(draws, name) for name in names]

    def holds(drawn: tuple[object, ...]) -> bool:
        values = draws.values | dict(zip(names, drawn, strict=True))
        return bool(rule.clean(*(values[name] for name in rule.fields)))

    for name, value in zip(names, draws.draw(st.tuples(*strategies).filter(holds)), strict=True):
        draws.values[name] = value


def _given_or_rule(draws: Draws, name: str) -> st.SearchStrategy[Any]:
    given = draws.given.get(name, _UNSET)
    if given is _UNSET:
        return values_of(draws.rules[name])
    return given if isinstance(given, st.SearchStrategy) else st.just(given)


ACROSS[kind_of(span("start", "end"))] = _draw_span
ACROSS[kind_of(acts_for_its_scope)] = _draw_scope
ACROSS[kind_of(names_its_decision)] = _draw_decision_basis


def draw_record(draw: st.DrawFn, cls: type[R], /, **fields: object) -> R:
    """One record of ``cls`` drawn inside a composite strategy, as :func:`records` draws it."""
    layout = _layout(cls)
    draws = Draws(draw, layout, _by_name(layout, fields))
    for step in layout.steps:
        if isinstance(step, str):
            draws.value(step)
        else:
            ACROSS.get(kind_of(step), _draw_until_it_holds)(draws, step)
    return cls(**{f.key: draws.values[f.name] for f in layout.fields})


def _by_name(layout: _Layout, fields: Mapping[str, object]) -> dict[str, object]:
    unknown = sorted(set(fields) - layout.by_key.keys())
    if unknown:
        raise InvalidArgument(f"{layout.cls.__name__} has no field {', '.join(unknown)}")
    return {layout.by_key[key].name: value for key, value in fields.items()}


@st.composite
def _records(draw: st.DrawFn, cls: type[R], fields: Mapping[str, object]) -> R:
    return draw_record(draw, cls, **fields)


_DERIVED: dict[type, st.SearchStrategy[Any]] = {}


def _derived(cls: type[R]) -> st.SearchStrategy[R]:
    # Cached: nested records and the plain record strategies draw from it again and again.
    found = _DERIVED.get(cls)
    if found is None:
        found = _DERIVED[cls] = _records(cls, {})
    return found


def _is_record_class(cls: object) -> bool:
    return isinstance(cls, type) and attrs.has(cls)


def records(cls: type[R], /, **fields: object) -> st.SearchStrategy[R]:
    """Records of the record class ``cls``, every declared field drawn from its rule.

    Each keyword names a field as the constructor does, and fixes it to a value or draws it
    from a strategy (which draws the whole value: None too, for an ``X | None`` field). The
    rules across fields that ``cls`` lists in ``__rules__`` hold by construction: a span's
    end is on or after its start (or open), an appointment names the member or city its
    role acts for and no other role names a city, a decision basis names a decision. Where
    given values break such a rule, the draw is dropped, so fix the deciding field (the role,
    the basis kind) along with the fields it decides. A field the class gains is drawn with
    no other edit, from its rule::

        records(City, country="VN", aliases=())
        records(Appointment, role=Role.NATIONAL_REPRESENTATIVE, member=st.sampled_from(codes))
    """
    if not _is_record_class(cls):
        raise InvalidArgument(f"records needs a record class, got {cls!r}")
    if not fields:
        return _derived(cls)
    _by_name(_layout(cls), fields)  # an unknown field is an error now, not at the first draw
    return _records(cls, dict(fields))
