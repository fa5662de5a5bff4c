"""ascn's own cattrs converter: strict about types, exact about dates, silent about nothing.

cattrs' defaults coerce (``5`` becomes ``"5"``, ``"abc"`` becomes ``('a', 'b', 'c')``) and its
preconfigured JSON converters turn a ``pendulum.Date`` into a plain ``datetime.date``. This
converter refuses every such value with a message, and keeps every type as declared. Hooks
for leaf types are registered before any class hook is generated, so the generated class
hooks use them.

Whatever it refuses comes out as one :class:`ascn.ValidationError` listing every problem with
its path, whether the converter is called by :func:`ascn.loads` or directly.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from enum import Enum
from typing import Any, Final, get_args, get_origin

import attrs
import cattrs
import cattrs.gen
import pendulum

from ascn.dates import PartialDate, parse_iso_date
from ascn.errors import Problem, ValidationError, int_text
from ascn.io.problems import MAX_PROBLEMS, clip, field_of, problems_from
from ascn.model.network import Network

__all__ = ["MAX_INT_DIGITS", "RefusedNumber", "converter", "describe", "make_converter"]

MAX_INT_DIGITS: Final = 4300
"""The most digits a whole number may have (Python's default limit for int/str conversion)."""

_INT_BOUND: Final = 10**MAX_INT_DIGITS
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


@attrs.frozen
class RefusedNumber:
    """A JSON number ascn cannot hold as written: ``text`` as it stood, and ``reason``.

    The parser puts one in place of the number, so that structuring reports it with its path
    instead of silently rounding it or stopping at the first one.
    """

    text: str
    reason: str

    @property
    def message(self) -> str:
        """The problem, in words."""
        return f"the number {clip(self.text)} {self.reason}"


def describe(value: object) -> str:
    """A short description of a value for messages: its JSON kind and a clipped excerpt."""
    if value is None:
        return "null"
    if type(value) is bool:
        return f"a boolean ({value!r})"
    if type(value) is int:
        if -_INT_BOUND < value < _INT_BOUND:
            return f"a number ({clip(int_text(value))})"
        return f"a number of more than {MAX_INT_DIGITS} digits"
    if type(value) is float:
        return f"a number ({value!r})"
    if type(value) is RefusedNumber:
        return f"a number ({clip(value.text)})"
    if type(value) is str:
        return f"text ({clip(repr(value))})"
    if type(value) is list:
        return "a list"
    if type(value) is dict:
        return "an object"
    return f"a Python {type(value).__name__}"


def _fail(expected: str, value: object) -> ValidationError:
    return ValidationError.single("", f"expected {expected}, got {describe(value)}")


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise _fail("text", value)
    # A lone surrogate (from a "\ud800" escape) is not Unicode text and cannot be written out.
    if not value.isascii() and _SURROGATE.search(value):
        raise ValidationError.single("", "contains a lone UTF-16 surrogate, which is not text")
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is int and -_INT_BOUND < value < _INT_BOUND:
        return value
    if type(value) is RefusedNumber:
        raise ValidationError.single("", value.message)
    if type(value) is int:
        raise ValidationError.single("", f"has more than {MAX_INT_DIGITS} digits")
    raise _fail("a whole number", value)


def _structure_float(value: object, _: type) -> float:
    if type(value) is float:
        if not math.isfinite(value):
            raise _fail("a finite number", value)
        return value
    if type(value) is int:
        try:
            result = float(value)
        except OverflowError:
            raise ValidationError.single("", "is too large for a decimal number") from None
        if result != value:
            raise ValidationError.single("", f"{value} cannot be held exactly as a decimal number")
        return result
    if type(value) is RefusedNumber:
        raise ValidationError.single("", value.message)
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
                # A list of millions of bad items must not cost millions of problems: stop
                # where the note still fits in one error's report.
                if len(problems) >= MAX_PROBLEMS - 1 and index + 1 < len(value):
                    problems.append(
                        Problem(
                            "",
                            f"checking stopped at item {index} after {len(problems)} problems; "
                            "later items were not checked",
                        )
                    )
                    break
        if problems:
            raise ValidationError(problems)
        return tuple(items)

    return structure


def _class_hook(conv: cattrs.Converter, cls: type) -> Callable[[object, type], Any]:
    generated: Callable[[Any, type], Any] = cattrs.gen.make_dict_structure_fn(cls, conv)
    fields = [field for field in attrs.fields(attrs.resolve_types(cls)) if field.init]
    order = {field.alias: index for index, field in enumerate(fields)}
    # The network's own rules span records, so they cannot be judged with some records missing.
    check_rest = not issubclass(cls, Network)

    def field_rule_problems(value: dict[str, Any], broken: set[str]) -> list[Problem]:
        """What the constructor says about the fields that did structure, the others as None.

        ``broken`` holds the names of the fields that did not; their problems are known already.
        """
        arguments = {
            field.alias: None
            if field.name in broken
            else conv.structure(value[field.alias], field.type)
            for field in fields
            if field.name in broken or field.alias in value
        }
        try:
            cls(**arguments)
        except ValidationError as exc:
            return [p for p in exc.problems if field_of(p.path) not in broken]
        return []

    def structure(value: object, _: type) -> Any:
        if type(value) is not dict:
            raise _fail("an object", value)
        try:
            return generated(value, cls)
        except Exception as exc:
            found = problems_from(exc)
            if not found:
                raise
            broken = _unbuilt_fields(exc)
            if check_rest and broken is not None:
                found += field_rule_problems(value, broken)
                found.sort(key=lambda p: order.get(field_of(p.path), len(order)))
            raise ValidationError(found, subject=cls.__name__) from None

    return structure


def _unbuilt_fields(exc: BaseException) -> set[str] | None:
    """The fields cattrs could not structure, or None when it got as far as the constructor."""
    if not isinstance(exc, cattrs.ClassValidationError):
        return None
    broken: set[str] = set()
    reached_fields = False
    for sub in exc.exceptions:
        if isinstance(sub, cattrs.ForbiddenExtraKeysError):
            reached_fields = True
        for note in getattr(sub, "__notes__", ()):
            if isinstance(note, cattrs.AttributeValidationNote):
                broken.add(note.name)
                reached_fields = True
    return broken if reached_fields else None


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
    # isoformat() writes years before 1000 with four digits; to_date_string() does not.
    conv.register_unstructure_hook(pendulum.Date, lambda day: day.isoformat())
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
