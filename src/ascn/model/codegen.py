"""The one generator: from a class's declared fields, its fused verdict, lean reader and writer.

As attrs writes ``__init__`` and cattrs its structure hooks, ascn writes three functions per
record class from :func:`ascn.model.fields.fields_of`, the first time each is asked for, and
registers their source in :mod:`linecache`, so that tracebacks and debuggers show it:

* the **verdict**, the constructor's check (``__attrs_post_init__``): every field's inline
  rule and every rule across fields, fused into one expression; only when it is False does
  the detailed check (:func:`ascn.model.fields.problems`) run, to report every problem;
* the **reader**, from a parsed JSON object to a record: it converts each value as the
  document format says, checks it with the same inline rules, sets the record's slots and
  returns it. It gives up with :class:`Miss` at the first thing it does not accept (a wrong
  JSON type, an unknown or missing key, a broken rule), and only then: the caller reads the
  document again through the detailed converter, which reports every problem with its path;
* the **writer**, from a record to the JSON-ready object a document holds (fields in
  declaration order, values at their default left out).

Only names and rules of the declared fields, never any input, become code.
"""

from __future__ import annotations

import functools
import itertools
import linecache
from collections.abc import Callable
from enum import Enum
from typing import Any, Final, TypeVar, cast

import attrs
import pendulum

from ascn.dates import PartialDate, parse_iso_date, partial_or_none
from ascn.errors import ValidationError
from ascn.model.fields import Each, Field, Namespace, Nested, Optional, Rule, fields_of, problems

__all__ = ["Miss", "check_on_first_use", "reader", "verdict", "writer"]

_NOTHING: Final = object()
_counter = itertools.count()
T = TypeVar("T")


def _per_class(build: Callable[[type], T]) -> Callable[[type], T]:
    """``build``, remembering what it made for each class (made once, on first use)."""
    made: dict[type, T] = {}

    @functools.wraps(build)
    def get(cls: type) -> T:
        found = made.get(cls)
        if found is None:
            found = made[cls] = build(cls)
        return found

    return get


class Miss(Exception):  # noqa: N818 - a signal between the lean reader and its caller
    """The lean reader met something it leaves to the detailed converter to report."""


def _compile(kind: str, cls: type, lines: list[str], names: Namespace, function: str) -> Any:
    """Compile generated ``lines`` (one function, ``function``) and keep its source visible."""
    source = "\n".join(lines) + "\n"
    filename = f"<ascn generated {kind} {cls.__module__}.{cls.__qualname__} {next(_counter)}>"
    namespace = dict(names.objects)
    exec(compile(source, filename, "exec"), namespace)
    # As attrs does: tracebacks, pdb and inspect.getsource find the text of generated code.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return namespace[function]


def _is_record(cls: type) -> bool:
    return attrs.has(cls) and cls is not PartialDate


def _has_record_init(cls: type) -> bool:
    """True when the constructor of ``cls`` only sets its slots and runs its verdict."""
    hook = vars(cls).get("__attrs_post_init__")
    checks_itself = hook is check_on_first_use or getattr(hook, "verdict_of", None) is cls
    return checks_itself and all(
        attribute.init and attribute.validator is None and attribute.converter is None
        for attribute in attrs.fields(cls)
    )


# -- the verdict -------------------------------------------------------------------------------


def _across(cls: type, names: Namespace, value_of: Callable[[Field], str]) -> list[str]:
    by_name = {field.name: field for field in fields_of(cls)}
    calls = []
    for rule in getattr(cls, "__rules__", ()):
        values = ", ".join(value_of(by_name[name]) for name in rule.fields)
        calls.append(f"{names.add(rule.clean, rule.name)}({values})")
    return calls


@_per_class
def verdict(cls: type) -> Callable[[Any], None]:
    """The constructor check of the record class ``cls``: raises every problem, or nothing."""
    names = Namespace()
    fields = fields_of(cls)
    tests = [field.rule.inline(f"self.{field.name}", names) for field in fields]
    tests += _across(cls, names, lambda field: f"self.{field.name}")
    names.add(_enforce, "enforce")
    names.add(cls, "cls")
    lines = [
        "def __attrs_post_init__(self):",
        "    if not (",
        *(f"        {test} and" for test in tests),
        "        True",
        "    ):",
        "        enforce(cls, self)",
    ]
    check: Callable[[Any], None] = _compile("verdict", cls, lines, names, "__attrs_post_init__")
    check.verdict_of = cls  # type: ignore[attr-defined]
    return check


def check_on_first_use(self: object) -> None:
    """A record's constructor check until its class's verdict is generated, on this call."""
    cls: type = type(self)
    check = verdict(cls)
    cls.__attrs_post_init__ = check  # type: ignore[attr-defined]
    check(self)


def _enforce(cls: type, record: object) -> None:
    found = problems(cls, record)
    if found:
        raise ValidationError(found, subject=cls.__name__)


# -- the reader --------------------------------------------------------------------------------


def _as_float(value: object) -> float:
    if type(value) is int:
        try:
            result = float(value)
        except OverflowError:
            raise Miss from None
        if result == value:
            return result
    raise Miss


def _as_day(value: object) -> pendulum.Date:
    if type(value) is str:
        try:
            return parse_iso_date(value)
        except ValidationError:
            pass
    raise Miss


def _as_partial(value: object) -> PartialDate:
    found = partial_or_none(value) if type(value) is str else None
    if found is None:
        raise Miss
    return found


def _enum_reader(enum: type[Enum]) -> Callable[[object], Enum]:
    by_value = {member.value: member for member in enum}

    def read(value: object) -> Enum:
        found = by_value.get(value) if type(value) is str else None
        if found is None:
            raise Miss
        return found

    return read


def _converts(json: Any) -> bool:
    """True when a JSON value of this kind needs converting (it is not held as read)."""
    return json in (float, pendulum.Date, PartialDate) or (
        isinstance(json, type) and (issubclass(json, Enum) or _is_record(json))
    )


def _converter(json: Any, names: Namespace) -> str:
    """The name of a function that converts a JSON value to ``json``, or raises Miss."""
    if json is float:
        return names.add(_as_float, "as_float")
    if json is pendulum.Date:
        return names.add(_as_day, "as_day")
    if json is PartialDate:
        return names.add(_as_partial, "as_partial")
    if issubclass(json, Enum):
        return names.add(_enum_reader(json), f"as_{json.__name__}")
    return names.add(reader(json), f"read_{json.__name__}")


def _reading(rule: Rule, var: str, names: Namespace) -> list[str]:
    """Statements that turn the JSON value in ``var`` into the field's value, or raise Miss."""
    if isinstance(rule, Optional):
        inner = _reading(rule.rule, var, names)
        return [f"if {var} is not None:", *(f"    {line}" for line in inner)] if inner else []
    if rule.json is tuple:
        item = rule.item
        assert item is not None
        lines = [f"if type({var}) is not list:", "    raise Miss"]
        if not _converts(item.json):
            return [*lines, f"{var} = tuple({var})"]
        convert = _converter(item.json, names)
        return [*lines, f"{var} = tuple([{convert}(item) for item in {var}])"]
    if rule.json is float:
        return [f"if type({var}) is not float:", f"    {var} = {_converter(float, names)}({var})"]
    json = rule.json
    if json is PartialDate or (isinstance(json, type) and issubclass(json, Enum)):
        # Read inline, as a look-up: a function call per value would cost as much again.
        if isinstance(json, type) and issubclass(json, Enum):
            by_value = {member.value: member for member in cast("type[Enum]", json)}
            look_up = names.add(by_value.get, f"{json.__name__}_of")
        else:
            look_up = names.add(partial_or_none, "partial")
        return [
            f"{var} = {look_up}({var}) if type({var}) is str else None",
            f"if {var} is None:",
            "    raise Miss",
        ]
    if _converts(rule.json):
        return [f"{var} = {_converter(rule.json, names)}({var})"]
    return []


def _implied(rule: Rule) -> bool:
    """True when reading a value already made sure of the rule (a type check, no more)."""
    if isinstance(rule, Optional):
        return _implied(rule.rule)
    if isinstance(rule, Each):
        plain = type(rule) is Each and rule.least is None and rule.repeated is None
        return plain and rule.item is not None and _implied(rule.item)
    return _converts(rule.json) and rule.json is not float


@_per_class
def reader(cls: type) -> Callable[[object], Any]:
    """The lean reader of the attrs class ``cls``: a JSON object to an instance, or Miss."""
    names = Namespace()
    fields = fields_of(cls)
    keys = names.add(frozenset(field.key for field in fields), "keys")
    nothing = names.add(_NOTHING, "NOTHING")
    names.add(Miss, "Miss")
    lines = [
        "def read(d):",
        f"    if type(d) is not dict or not d.keys() <= {keys}:",
        "        raise Miss",
    ]
    for index, field in enumerate(fields):
        var = f"v{index}"
        read = [f"    {line}" for line in _reading(field.rule, var, names)]
        if field.required:
            lines += [f"    {var} = d.get({field.key!r}, {nothing})", *read]
        elif field.default is None:
            lines += [f"    {var} = d.get({field.key!r})", *read]
        else:
            default = names.add(field.default, f"default_{field.name}")
            lines += [
                f"    {var} = d.get({field.key!r}, {nothing})",
                f"    if {var} is {nothing}:",
                f"        {var} = {default}",
                *([("    else:"), *(f"    {line}" for line in read)] if read else []),
            ]
    position = {field.name: f"v{index}" for index, field in enumerate(fields)}
    tests = [
        field.rule.inline(f"v{index}", names)
        for index, field in enumerate(fields)
        if not _implied(field.rule)
    ]
    tests += _across(cls, names, lambda field: position[field.name])
    if tests:
        lines += [
            "    if not (",
            *(f"        {test} and" for test in tests),
            "        True",
            "    ):",
        ]
        lines.append("        raise Miss")
    name = names.add(cls, cls.__name__)
    if _has_record_init(cls):
        # The constructor would set these slots and run the verdict just passed: do the first.
        lines.append(f"    o = {names.add(object.__new__, 'new')}({name})")
        for index, field in enumerate(fields):
            setter = names.add(getattr(cls, field.name).__set__, f"set_{field.name}")
            lines.append(f"    {setter}(o, v{index})")
        lines.append("    return o")
    else:
        arguments = ", ".join(f"{field.key}=v{index}" for index, field in enumerate(fields))
        lines.append(f"    return {name}({arguments})")
    return _compile("reader", cls, lines, names, "read")  # type: ignore[no-any-return]


# -- the writer --------------------------------------------------------------------------------


def _written(rule: Rule, value: str, names: Namespace) -> str:
    """An expression that writes ``value``, not None, as the JSON a document holds."""
    if isinstance(rule, Optional):
        return f"(None if {value} is None else {_written(rule.rule, value, names)})"
    json = rule.json
    if json is tuple:
        item = rule.item
        assert item is not None
        if not _converts(item.json) or item.json is float:
            return f"list({value})"
        return f"[{_written(item, 'item', names)} for item in {value}]"
    if json in (pendulum.Date, PartialDate):
        return f"{value}.isoformat()"
    if isinstance(json, type) and issubclass(json, Enum):
        # ``_value_`` is the member's value as stored; the ``value`` property costs a call.
        return f"{value}._value_"
    if isinstance(rule, Nested) or (isinstance(json, type) and _is_record(json)):
        return f"{names.add(writer(json), f'write_{json.__name__}')}({value})"
    return value


@_per_class
def writer(cls: type) -> Callable[[Any], dict[str, Any]]:
    """The writer of the attrs class ``cls``: an instance to its JSON-ready object."""
    names = Namespace()
    fields = fields_of(cls)
    # The leading fields without defaults are always written: one dict display builds them.
    leading = next((i for i, field in enumerate(fields) if not field.required), len(fields))
    entries = ", ".join(
        f"{field.key!r}: {_written(field.rule, f'o.{field.name}', names)}"
        for field in fields[:leading]
    )
    lines = ["def write(o):", f"    d = {{{entries}}}"]
    for index, field in enumerate(fields[leading:], start=leading):
        var, key = f"v{index}", repr(field.key)
        if field.required:
            lines.append(f"    d[{key}] = {_written(field.rule, f'o.{field.name}', names)}")
            continue
        if field.default is None:
            # A None field is left out, so what is written is never None.
            rule = field.rule.rule if isinstance(field.rule, Optional) else field.rule
            written, test = _written(rule, var, names), f"{var} is not None"
        else:
            default = names.add(field.default, f"default_{field.name}")
            written, test = _written(field.rule, var, names), f"{var} != {default}"
        lines += [f"    {var} = o.{field.name}", f"    if {test}:", f"        d[{key}] = {written}"]
    lines.append("    return d")
    return _compile("writer", cls, lines, names, "write")  # type: ignore[no-any-return]
