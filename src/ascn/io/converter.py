"""ascn's own cattrs converter: strict about types, exact about dates, silent about nothing.

cattrs' defaults coerce (``5`` becomes ``"5"``, ``"abc"`` becomes ``('a', 'b', 'c')``) and its
preconfigured JSON converters turn a ``pendulum.Date`` into a plain ``datetime.date``. This
converter refuses every such value with a message, and keeps every type as declared. Hooks
for leaf types are registered before any class hook is generated, so the generated class
hooks use them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum
from typing import Any, get_args, get_origin

import attrs
import cattrs
import cattrs.gen
import pendulum

from ascn.dates import PartialDate, parse_iso_date
from ascn.errors import Problem, ValidationError
from ascn.io.problems import problems_from
from ascn.model._checks import describe

__all__ = ["converter", "make_converter"]


def _fail(expected: str, value: object) -> ValidationError:
    return ValidationError.single("", f"expected {expected}, got {describe(value)}")


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise _fail("text", value)
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        raise _fail("a whole number", value)
    return value


def _structure_float(value: object, _: type) -> float:
    if type(value) is float:
        if not math.isfinite(value):
            raise _fail("a finite number", value)
        return value
    if type(value) is int:
        result = float(value)
        if result != value:
            raise ValidationError.single("", f"{value} cannot be held exactly as a decimal number")
        return result
    raise _fail("a number", value)


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise _fail("true or false", value)
    return value


def _structure_day(value: object, _: type) -> pendulum.Date:
    if type(value) is not str:
        raise _fail("a date as YYYY-MM-DD", value)
    return parse_iso_date(value)


def _structure_partial(value: object, _: type) -> PartialDate:
    if type(value) is not str:
        raise _fail("a date as YYYY, YYYY-MM or YYYY-MM-DD", value)
    return PartialDate.parse(value)


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Enum)


def _enum_hook(enum: type[Enum]) -> Callable[[object, type], Enum]:
    by_value = {member.value: member for member in enum}
    allowed = ", ".join(repr(v) for v in by_value)

    def structure(value: object, _: type) -> Enum:
        if type(value) is str and value in by_value:
            return by_value[value]
        raise _fail(f"one of {allowed}", value)

    return structure


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = get_args(tp)
    return get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(conv: cattrs.Converter, tp: Any) -> Callable[[object, type], tuple[Any, ...]]:
    item_type = get_args(tp)[0]
    item_hook = conv.get_structure_hook(item_type)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _fail("a list", value)
        items: list[Any] = []
        problems: list[Problem] = []
        for index, item in enumerate(value):
            try:
                items.append(item_hook(item, item_type))
            except Exception as exc:
                found = problems_from(exc, f"[{index}]")
                if not found:
                    raise
                problems.extend(found)
        if problems:
            raise ValidationError(problems)
        return tuple(items)

    return structure


def _class_hook(conv: cattrs.Converter, cls: type) -> Callable[[object, type], Any]:
    generated: Callable[[Any, type], Any] = cattrs.gen.make_dict_structure_fn(cls, conv)

    def structure(value: object, _: type) -> Any:
        if type(value) is not dict:
            raise _fail("an object", value)
        return generated(value, cls)

    return structure


def make_converter() -> cattrs.Converter:
    """A new converter configured as ascn's; :data:`converter` is the shared instance."""
    conv = cattrs.Converter(
        forbid_extra_keys=True, omit_if_default=True, detailed_validation=True, use_alias=True
    )
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(pendulum.Date, _structure_day)
    conv.register_structure_hook(PartialDate, _structure_partial)
    conv.register_unstructure_hook(pendulum.Date, lambda day: day.to_date_string())
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_structure_hook_factory(_is_enum, _enum_hook)
    conv.register_structure_hook_factory(_is_homogeneous_tuple, lambda tp: _tuple_hook(conv, tp))
    conv.register_unstructure_hook_factory(
        _is_homogeneous_tuple, lambda tp: _list_unstructurer(conv, tp)
    )
    conv.register_structure_hook_factory(attrs.has, lambda cls: _class_hook(conv, cls))
    return conv


def _list_unstructurer(conv: cattrs.Converter, tp: Any) -> Callable[[tuple[Any, ...]], list[Any]]:
    item_hook = conv.get_unstructure_hook(get_args(tp)[0])
    return lambda values: [item_hook(v) for v in values]


converter = make_converter()
"""The converter behind :func:`ascn.loads` and :func:`ascn.dumps`."""
