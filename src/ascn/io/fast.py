"""Lean structuring and unstructuring: one generated function per record class.

The detailed converter (:mod:`ascn.io.converter`) checks every value through cattrs' hooks so
that it can report every problem with its path; that bookkeeping costs more than the checks.
Most documents are valid, so :func:`ascn.loads` first tries the functions built here: each
checks its values' JSON types inline, converts them as the converter does, and calls the
class's constructor, which runs the same field rules. Anything they do not expect (a wrong
type, an unknown key, a broken rule) makes them give up with :class:`Miss`; the caller then
reads the document again through the detailed converter, which reports it. Errors are
therefore exactly the converter's, and a valid document gives equal objects either way (the
test suite checks both).

Unstructuring has no error path; the generated functions write what the converter writes
(field order, defaults left out, aliases as keys) without cattrs' per-value dispatch.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from enum import Enum
from functools import cache
from types import NoneType, UnionType
from typing import Any, Final, Union, get_args, get_origin

import attrs
import pendulum

from ascn.dates import PartialDate, parse_iso_date
from ascn.dates import _parse_partial as parse_partial
from ascn.model._checks import FIELD_RULES

__all__ = ["Miss", "structurer", "unstructurer"]

_INT_BOUND: Final = 10**4300
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


class Miss(Exception):  # noqa: N818 - a signal, not an error anyone sees
    """Raised by a lean structure function for anything it leaves to the detailed converter."""


def _text(value: object) -> str:
    if type(value) is not str or (not value.isascii() and _SURROGATE.search(value)):
        raise Miss
    return value


def _whole(value: object) -> int:
    if type(value) is not int or not -_INT_BOUND < value < _INT_BOUND:
        raise Miss
    return value


def _decimal(value: object) -> float:
    # Whole numbers are left to the converter, which checks they convert exactly.
    if type(value) is not float or not math.isfinite(value):
        raise Miss
    return value


def _day(value: object) -> pendulum.Date:
    if type(value) is not str:
        raise Miss
    return parse_iso_date(value)


def _partial(value: object) -> PartialDate:
    if type(value) is not str:
        raise Miss
    return PartialDate.parse(value)


def _enum_reader(enum: type[Enum]) -> Callable[[object], Enum]:
    by_value = {member.value: member for member in enum}

    def read(value: object) -> Enum:
        if type(value) is not str or value not in by_value:
            raise Miss
        return by_value[value]

    return read


def _optional_of(tp: Any) -> Any:
    """``X`` for ``X | None``, else None."""
    if get_origin(tp) in (Union, UnionType):
        args = [arg for arg in get_args(tp) if arg is not NoneType]
        if len(args) == 1 and len(get_args(tp)) == 2:
            return args[0]
    return None


def _item_of(tp: Any) -> Any:
    """``X`` for ``tuple[X, ...]``, else None."""
    args = get_args(tp)
    if get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


def _reader(tp: Any) -> Callable[[object], Any]:
    """A function that reads a JSON value as ``tp`` or raises :class:`Miss`."""
    if tp is str:
        return _text
    if tp is int:
        return _whole
    if tp is float:
        return _decimal
    if tp is pendulum.Date:
        return _day
    if tp is PartialDate:
        return _partial
    if _is_enum(tp):
        return _enum_reader(tp)
    if attrs.has(tp):
        return structurer(tp)
    inner = _optional_of(tp)
    if inner is not None:
        read_inner = _reader(inner)
        return lambda value: None if value is None else read_inner(value)
    item = _item_of(tp)
    if item is not None:
        read_item = _reader(item)

        def read_items(value: object) -> tuple[Any, ...]:
            if type(value) is not list:
                raise Miss
            return tuple([read_item(v) for v in value])

        return read_items
    raise TypeError(f"ascn has no lean reader for {tp!r}")


def _init_fields(cls: type) -> list[attrs.Attribute[Any]]:
    fields = [field for field in attrs.fields(attrs.resolve_types(cls)) if field.init]
    for field in fields:
        # Field names become words of generated code: only identifiers may.
        if not (field.name.isidentifier() and field.alias.isidentifier()):
            raise TypeError(f"{cls.__name__}: {field.name!r} is not an identifier")
    return fields


def _read_statements(tp: Any, var: str, namespace: dict[str, Any]) -> list[str]:
    """Statements that turn the JSON value in ``var`` into a ``tp`` in place, or raise Miss.

    Text, enums, partial dates, lists of text and their optional forms, the most common
    fields, are read inline: a function call per field would cost as much as the rest.
    """
    if tp is str:
        return [
            f"if type({var}) is not str or (not {var}.isascii() and surrogate({var})):",
            "    raise Miss",
        ]
    if _optional_of(tp) is str:
        return [
            f"if {var} is not None and (",
            f"    type({var}) is not str or (not {var}.isascii() and surrogate({var}))",
            "):",
            "    raise Miss",
        ]
    if tp is PartialDate or _optional_of(tp) is PartialDate:
        lines = [
            f"if type({var}) is not str:",
            "    raise Miss",
            f"{var} = partial({var})",
        ]
        if tp is PartialDate:
            return lines
        return [f"if {var} is not None:", *(f"    {line}" for line in lines)]
    if _item_of(tp) is str:
        return [
            f"if type({var}) is not list:",
            "    raise Miss",
            f"for item in {var}:",
            "    if type(item) is not str or (not item.isascii() and surrogate(item)):",
            "        raise Miss",
            f"{var} = tuple({var})",
        ]
    enum = tp if _is_enum(tp) else _optional_of(tp) if _is_enum(_optional_of(tp)) else None
    if enum is not None:
        members = f"members_{enum.__name__}"
        namespace[members] = {member.value: member for member in enum}
        lines = [
            f"{var} = {members}.get({var}) if type({var}) is str else None",
            f"if {var} is None:",
            "    raise Miss",
        ]
        if enum is tp:
            return lines
        return [f"if {var} is not None:", *(f"    {line}" for line in lines)]
    read = f"read_{len(namespace)}"
    namespace[read] = _reader(tp)
    return [f"{var} = {read}({var})"]


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Enum)


@cache
def structurer(cls: type) -> Callable[[object], Any]:
    """The lean structure function of the attrs class ``cls``: document object -> instance."""
    fields = _init_fields(cls)
    namespace: dict[str, Any] = {
        "cls": cls,
        "Miss": Miss,
        "MISSING": Miss,
        "keys": frozenset(field.alias for field in fields),
        "surrogate": _SURROGATE.search,
        "partial": parse_partial,
        "type": type,
        "str": str,
        "list": list,
        "tuple": tuple,
    }
    lines = [
        "def structure(d):",
        "    if type(d) is not dict or not d.keys() <= keys:",
        "        raise Miss",
    ]
    arguments = []
    for index, field in enumerate(fields):
        var = f"v{index}"
        read = _read_statements(field.type, var, namespace)
        if field.default is attrs.NOTHING:
            lines.append(f"    {var} = d[{field.alias!r}]")
            lines += [f"    {line}" for line in read]
        elif field.default is None:
            # A missing key and an explicit null both give None, which every reader keeps.
            lines.append(f"    {var} = d.get({field.alias!r})")
            lines += [f"    {line}" for line in read]
        else:
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                raise TypeError(f"{cls.__name__}.{field.name}: factories are not supported")
            namespace[f"default{index}"] = field.default
            lines += [
                f"    {var} = d.get({field.alias!r}, MISSING)",
                f"    if {var} is MISSING:",
                f"        {var} = default{index}",
                "    else:",
                *(f"        {line}" for line in read),
            ]
        arguments.append(f"{field.alias}={var}")
    rules = FIELD_RULES.get(cls)
    if rules is None or len(fields) != len(attrs.fields(cls)):
        lines.append(f"    return cls({', '.join(arguments)})")
        return _compile(lines, namespace, f"structure_{cls.__name__}")
    # The constructor of a record class only sets its slots and enforces its field rules: do
    # both directly, and leave the reporting of a broken rule to the detailed converter.
    namespace |= {"new": object.__new__, "rules": rules}
    lines.append("    o = new(cls)")
    for index, field in enumerate(fields):
        namespace[f"set{index}"] = getattr(cls, field.name).__set__
        lines.append(f"    set{index}(o, v{index})")
    lines += ["    if not rules.clean(o):", "        raise Miss", "    return o"]
    return _compile(lines, namespace, f"structure_{cls.__name__}")


def _written(tp: Any, value: str, namespace: dict[str, Any]) -> str:
    """An expression that writes ``value``, a ``tp`` that is not None, as JSON data."""
    if tp in (str, int, float, bool):
        return value
    if tp is pendulum.Date or tp is PartialDate:
        return f"{value}.isoformat()"
    if _is_enum(tp):
        # ``_value_`` is the member's value as stored; the ``value`` property costs a call.
        return f"{value}._value_"
    inner = _optional_of(tp)
    if inner is not None:
        return f"(None if {value} is None else {_written(inner, value, namespace)})"
    item = _item_of(tp)
    if item is not None:
        if item in (str, int, float, bool):
            return f"list({value})"
        return f"[{_written(item, 'item', namespace)} for item in {value}]"
    if attrs.has(tp):
        write = f"write_{tp.__name__}"
        namespace[write] = unstructurer(tp)
        return f"{write}({value})"
    raise TypeError(f"ascn has no lean writer for {tp!r}")


@cache
def unstructurer(cls: type) -> Callable[[Any], dict[str, Any]]:
    """The lean unstructure function of the attrs class ``cls``: instance -> document object.

    Like ascn's converter, it writes fields in order under their aliases and leaves out a
    field that equals its default.
    """
    namespace: dict[str, Any] = {}
    fields = _init_fields(cls)
    # The leading fields without defaults are always written: one dict display builds them.
    leading = 0
    while leading < len(fields) and fields[leading].default is attrs.NOTHING:
        leading += 1
    entries = [
        f"{field.alias!r}: {_written(field.type, f'o.{field.name}', namespace)}"
        for field in fields[:leading]
    ]
    lines = ["def unstructure(o):", f"    d = {{{', '.join(entries)}}}"]
    for index, field in enumerate(fields[leading:], start=leading):
        var = f"v{index}"
        key = repr(field.alias)
        if field.default is attrs.NOTHING:
            lines.append(f"    d[{key}] = {_written(field.type, f'o.{field.name}', namespace)}")
            continue
        if field.default is None:
            # A None field is left out, so what is written is never None.
            written = _written(_optional_of(field.type) or field.type, var, namespace)
            test = f"{var} is not None"
        else:
            namespace[f"default{index}"] = field.default
            written = _written(field.type, var, namespace)
            test = f"{var} != default{index}"
        lines += [f"    {var} = o.{field.name}", f"    if {test}:", f"        d[{key}] = {written}"]
    lines.append("    return d")
    return _compile(lines, namespace, f"unstructure_{cls.__name__}")


def _compile(lines: list[str], namespace: dict[str, Any], name: str) -> Callable[..., Any]:
    """Compile generated source; its only words are the classes' field names and our own."""
    source = "\n".join(lines)
    exec(compile(source, f"<ascn lean {name}>", "exec"), namespace)
    function: Callable[..., Any] = namespace[lines[0][4:].split("(")[0]]
    function.__name__ = function.__qualname__ = name
    return function
