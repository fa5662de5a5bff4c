"""Lean reading and writing: one generated function per record class, each way.

The detailed converter (:mod:`ascn.io.converter`) checks every value through cattrs' hooks so
that it can report every problem with its path; that bookkeeping costs more than the checks.
Most documents are valid, so :func:`ascn.loads` first tries the functions built here: each
checks its values' JSON types inline, converts them as the converter does, sets the record's
slots and runs the class's fast field verdict (:class:`ascn.model._checks.FieldRules`), which
the constructor runs too. Anything they do not expect (a wrong type, an unknown key, a broken
rule) makes them give up with :class:`Miss`; the caller then reads the document again through
the detailed converter, which reports it. Errors are therefore exactly the converter's, and a
valid document gives equal objects either way (the test suite checks both).

Writing has no error path; the generated functions write what the converter writes (field
order, defaults left out, aliases as keys) without cattrs' dispatch per value.

The functions' source is made from the classes' field names and types only, never from any
input. It is generated ahead of time into :mod:`ascn.io._lean`, so that Python's bytecode cache
spares each process the compiling (the largest part of a first load); ``python -m
ascn.io.fast`` writes that module again, and the test suite checks it is current. Should the
classes have changed since (a fingerprint of their fields tells), the same source is compiled
at run time instead.
"""

from __future__ import annotations

import inspect
import re
import sys
import zlib
from collections.abc import Callable
from enum import Enum
from functools import cache
from pathlib import Path
from types import NoneType, UnionType
from typing import Any, Final, Union, get_args, get_origin

import attrs
import pendulum

from ascn.dates import PartialDate
from ascn.model._checks import FIELD_RULES
from ascn.model.network import Network

__all__ = ["Miss", "fingerprint", "source", "structurer", "unstructurer"]

_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_MODULE: Final = Path(__file__).with_name("_lean.py")


class Miss(Exception):  # noqa: N818 - a signal, not an error anyone sees
    """Raised by a lean structure function for anything it leaves to the detailed converter."""


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


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Enum)


def _is_record(tp: Any) -> bool:
    # PartialDate is an attrs class, but a document writes it as text.
    return attrs.has(tp) and tp is not PartialDate


def _init_fields(cls: type) -> list[attrs.Attribute[Any]]:
    fields = [field for field in attrs.fields(attrs.resolve_types(cls)) if field.init]
    for field in fields:
        # Field names become words of generated code: only identifiers may.
        if not (field.name.isidentifier() and field.alias.isidentifier()):
            raise TypeError(f"{cls.__name__}: {field.name!r} is not an identifier")
    return fields


def _classes(root: type) -> list[type]:
    """``root`` and every record class its fields hold, each once, in field order."""
    found: list[type] = []

    def visit(tp: Any) -> None:
        if _is_record(tp) and tp not in found:
            found.append(tp)
            for field in _init_fields(tp):
                visit(field.type)
        for arg in get_args(tp):
            visit(arg)

    visit(root)
    return found


class _Source:
    """The module being generated: the names it imports and defines, and its functions."""

    def __init__(self) -> None:
        self.imports: dict[str, set[str]] = {}
        self.definitions: list[str] = []
        self.functions: list[str] = []

    def name(self, obj: type) -> str:
        """A name for the class or enum ``obj``, imported from its module."""
        self.imports.setdefault(obj.__module__, set()).add(obj.__qualname__)
        return obj.__qualname__

    def define(self, name: str, expression: str) -> str:
        """Define ``name`` at module level, once; returns the name."""
        line = f"{name} = {expression}"
        if line not in self.definitions:
            self.definitions.append(line)
        return name

    def members(self, enum: type[Enum]) -> str:
        """The name of a dict from each value of ``enum`` to its member."""
        cls = self.name(enum)
        return self.define(f"members_{cls}", f"{{member.value: member for member in {cls}}}")


def _read(tp: Any, var: str, module: _Source) -> list[str]:
    """Statements that turn the JSON value in ``var`` into a ``tp`` in place, or raise Miss.

    Text, enums, partial dates, lists and their optional forms are read inline: a function
    call per field would cost as much as the rest.
    """
    inner = _optional_of(tp)
    if inner is not None:
        return [f"if {var} is not None:", *(f"    {line}" for line in _read(inner, var, module))]
    if tp is str:
        return [
            f"if type({var}) is not str or (not {var}.isascii() and surrogate({var})):",
            "    raise Miss",
        ]
    if tp is PartialDate:
        return [f"if type({var}) is not str:", "    raise Miss", f"{var} = partial({var})"]
    if _is_enum(tp):
        return [
            f"{var} = {module.members(tp)}.get({var}) if type({var}) is str else None",
            f"if {var} is None:",
            "    raise Miss",
        ]
    item = _item_of(tp)
    if item is not None:
        lines = [f"if type({var}) is not list:", "    raise Miss"]
        if item is str:
            return [
                *lines,
                f"for item in {var}:",
                "    if type(item) is not str or (not item.isascii() and surrogate(item)):",
                "        raise Miss",
                f"{var} = tuple({var})",
            ]
        return [*lines, f"{var} = tuple([{_reading(item, 'item')} for item in {var}])"]
    return [f"{var} = {_reading(tp, var)}"]


def _reading(tp: Any, value: str) -> str:
    """An expression that reads the JSON value ``value`` as ``tp`` (or raises)."""
    if _is_record(tp):
        return f"structure_{tp.__name__}({value})"
    # Other leaves are read by the converter's own hooks: the same rules, raising its errors.
    hooks = {
        int: "structure_int({}, int)",
        float: "structure_float({}, float)",
        pendulum.Date: "structure_day({}, Date)",
    }
    if tp in hooks:
        return hooks[tp].format(value)
    raise TypeError(f"ascn has no lean reader for {tp!r}")


def _structure(cls: type, module: _Source) -> None:
    fields = _init_fields(cls)
    name = module.name(cls)
    aliases = tuple(sorted(str(field.alias) for field in fields))  # sorted: the same text each time
    keys = module.define(f"{name}_keys", f"frozenset({aliases!r})")
    lines = [
        f"def structure_{name}(d):",
        f"    if type(d) is not dict or not d.keys() <= {keys}:",
        "        raise Miss",
    ]
    for index, field in enumerate(fields):
        var = f"v{index}"
        read = [f"    {line}" for line in _read(field.type, var, module)]
        if field.default is attrs.NOTHING:
            lines += [f"    {var} = d[{field.alias!r}]", *read]
        elif field.default is None:
            # A missing key and an explicit null both give None, which every reader keeps.
            lines += [f"    {var} = d.get({field.alias!r})", *read]
        else:
            default = repr(field.default)
            if default not in ("()", "''", "0", "False"):
                raise TypeError(f"{cls.__name__}.{field.name}: no lean form for its default")
            lines += [
                f"    {var} = d.get({field.alias!r}, Miss)",
                f"    if {var} is Miss:",
                f"        {var} = {default}",
                "    else:",
                *(f"    {line}" for line in read),
            ]
    if cls not in FIELD_RULES or len(fields) != len(attrs.fields(cls)):
        arguments = ", ".join(f"{field.alias}=v{index}" for index, field in enumerate(fields))
        module.functions.append("\n".join([*lines, f"    return {name}({arguments})"]))
        return
    # The constructor of a record class only sets its slots and enforces its field rules: do
    # both directly, and leave the reporting of a broken rule to the detailed converter.
    lines.append(f"    o = new({name})")
    for index, field in enumerate(fields):
        setter = module.define(f"{name}_set_{field.name}", f"{name}.{field.name}.__set__")
        lines.append(f"    {setter}(o, v{index})")
    rules = module.define(f"{name}_rules", f"FIELD_RULES[{name}]")
    lines += [f"    if not {rules}.clean(o):", "        raise Miss", "    return o"]
    module.functions.append("\n".join(lines))


def _written(tp: Any, value: str) -> str:
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
        return f"(None if {value} is None else {_written(inner, value)})"
    item = _item_of(tp)
    if item is not None:
        if item in (str, int, float, bool):
            return f"list({value})"
        return f"[{_written(item, 'item')} for item in {value}]"
    if _is_record(tp):
        return f"unstructure_{tp.__name__}({value})"
    raise TypeError(f"ascn has no lean writer for {tp!r}")


def _unstructure(cls: type, module: _Source) -> None:
    fields = _init_fields(cls)
    name = module.name(cls)
    # The leading fields without defaults are always written: one dict display builds them.
    leading = 0
    while leading < len(fields) and fields[leading].default is attrs.NOTHING:
        leading += 1
    entries = ", ".join(
        f"{field.alias!r}: {_written(field.type, f'o.{field.name}')}" for field in fields[:leading]
    )
    lines = [f"def unstructure_{name}(o):", f"    d = {{{entries}}}"]
    for index, field in enumerate(fields[leading:], start=leading):
        var, key = f"v{index}", repr(field.alias)
        if field.default is attrs.NOTHING:
            lines.append(f"    d[{key}] = {_written(field.type, f'o.{field.name}')}")
            continue
        if field.default is None:
            # A None field is left out, so what is written is never None.
            written = _written(_optional_of(field.type) or field.type, var)
            test = f"{var} is not None"
        else:
            written, test = _written(field.type, var), f"{var} != {field.default!r}"
        lines += [f"    {var} = o.{field.name}", f"    if {test}:", f"        d[{key}] = {written}"]
    lines.append("    return d")
    module.functions.append("\n".join(lines))


def fingerprint(root: type = Network) -> str:
    """A checksum of the fields of ``root``'s record classes, as their source declares them.

    It changes when a field, its type, alias or default does, and needs no type resolved.
    """
    parts: list[str] = []
    stack, seen = [root], set()
    while stack:
        cls = stack.pop()
        if cls in seen:
            continue
        seen.add(cls)
        annotations = inspect.get_annotations(cls)
        parts.append(f"{cls.__module__}.{cls.__qualname__}:{sorted(annotations.items())}")
        for field in attrs.fields(cls):
            parts.append(f"{field.name}/{field.alias}/{field.default!r}/{field.init}")
            module = sys.modules[cls.__module__]
            for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", str(field.type)):
                held = getattr(module, word, None)
                if held is not None and _is_record(held):
                    stack.append(held)
        parts.append(f"rules:{cls in FIELD_RULES}")
    return f"{zlib.crc32(chr(10).join(sorted(parts)).encode()):08x}"


def source(root: type = Network) -> str:
    """The source of the module of lean functions for ``root`` and its record classes."""
    module = _Source()
    for cls in _classes(root):
        _structure(cls, module)
        _unstructure(cls, module)
    imports = [
        f"from {name} import {', '.join(sorted(names))}"
        for name, names in sorted(module.imports.items())
    ]
    return "\n".join(
        [
            '"""Reading and writing functions generated by :mod:`ascn.io.fast`; do not edit.',
            "",
            "``python -m ascn.io.fast`` writes this file again; the test suite checks that it",
            "is what the generator makes of ascn's classes as they are.",
            '"""',
            "# mypy: ignore-errors",
            "",
            "import re",
            "",
            "from ascn.dates import _parse_partial as partial",
            "from pendulum import Date",
            "",
            "from ascn.io.converter import _structure_day as structure_day",
            "from ascn.io.converter import _structure_float as structure_float",
            "from ascn.io.converter import _structure_int as structure_int",
            "from ascn.io.fast import Miss",
            "from ascn.model._checks import FIELD_RULES",
            *imports,
            "",
            f"FINGERPRINT = {fingerprint(root)!r}",
            "new = object.__new__",
            "surrogate = re.compile('[\\ud800-\\udfff]').search",
            *module.definitions,
            *(f"\n\n{function}" for function in module.functions),
            "",
        ]
    )


@cache
def _functions() -> dict[str, Any]:
    """The lean functions by name: the generated module's, or compiled now if it is stale."""
    try:
        from ascn.io import _lean
    except ImportError:
        pass
    else:
        if fingerprint() == _lean.FINGERPRINT:
            return vars(_lean)
    namespace: dict[str, Any] = {"__name__": "ascn.io._lean_at_run_time"}
    exec(compile(source(), "<ascn lean functions>", "exec"), namespace)
    return namespace


def _function(prefix: str, cls: type) -> Callable[..., Any]:
    function = _functions().get(f"{prefix}_{cls.__name__}")
    if function is None:
        raise TypeError(f"ascn has no lean functions for {cls.__name__}")
    return function  # type: ignore[no-any-return]


def structurer(cls: type) -> Callable[[object], Any]:
    """The lean structure function of the record class ``cls``: document object -> instance."""
    return _function("structure", cls)


def unstructurer(cls: type) -> Callable[[Any], dict[str, Any]]:
    """The lean unstructure function of the record class ``cls``: instance -> document object."""
    return _function("unstructure", cls)


def _write_module() -> str:
    """Write :mod:`ascn.io._lean` again if it is not what :func:`source` makes; say which."""
    text = source()
    if _MODULE.exists() and _MODULE.read_text(encoding="utf-8") == text:
        return f"{_MODULE} is current"
    _MODULE.write_text(text, encoding="utf-8")
    return f"wrote {_MODULE}"


if __name__ == "__main__":
    print(_write_module())
