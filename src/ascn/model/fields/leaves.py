"""Rules for single values: text, codes, zones, numbers, days, choices, records, None."""

from __future__ import annotations

import re
from enum import Enum
from typing import Any, Final

import pendulum

from ascn.dates import PartialDate
from ascn.model.checks import (
    ALPHA2,
    INT_BOUND,
    SLUG,
    Checks,
    country_codes,
    has_surrogate,
    is_name,
    is_text,
    is_time_zone,
)
from ascn.model.fields.base import Namespace, Rule


def _unassigned(value: object) -> bool:
    # A code shaped like one but not assigned: which codes are assigned is beyond JSON Schema.
    return isinstance(value, str) and ALPHA2.fullmatch(value) is not None


# -- text --------------------------------------------------------------------------------------


class TextRule(Rule):
    """Non-empty text without surrounding whitespace."""

    name, json, description = "text", str, "text"
    bad: tuple[object, ...] = (
        5,
        None,
        True,
        1.5,
        b"x",
        ("x",),
        "",
        "  ",
        " x",
        "x ",
        "\tx",
        "x\n",
        "a\ud800",
    )
    bad_json: tuple[object, ...] = (5, True, [], {}, None, "", " x", "x ", "\tx")
    good: tuple[object, ...] = ("x", "Hà Nội", "line\nbreak inside", "ភ្នំពេញ", "1")

    def clean(self, value: object) -> bool:
        return is_text(value)

    def inline(self, var: str, names: Namespace) -> str:
        surrogate = names.add(has_surrogate, "has_surrogate")
        return (
            f"(type({var}) is str and {var} != '' and {var}.strip() == {var}"
            f" and ({var}.isascii() or {surrogate}({var}) is None))"
        )

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.text(path, value)

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "pattern": r"^\S([\s\S]*\S)?$"}


class NameRule(TextRule):
    """Text that names something: a letter or digit in it, and no control character."""

    name, description = "name", "a name"
    bad: tuple[object, ...] = (
        *TextRule.bad,
        "!!!",
        "-",
        "\u200b",
        "Evil\x1b]52;c;eA==\x07",
        "a\u202eb",
    )
    bad_json: tuple[object, ...] = (*TextRule.bad_json, "a\x1bb", "a\u009bb", "a\u202eb")
    good: tuple[object, ...] = ("x", "Hà Nội", "ភ្នំពេញ", "1", "O'Brien", "a\u200bb")

    def clean(self, value: object) -> bool:
        return is_name(value)

    def inline(self, var: str, names: Namespace) -> str:
        return f"{names.add(is_name, 'is_name')}({var})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.name(path, value)

    def schema(self) -> dict[str, Any]:
        # Whether it holds a letter or digit is beyond JSON Schema; control characters are not.
        controls = "[\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]"
        return {**super().schema(), "not": {"pattern": controls}}


class AnyTextRule(Rule):
    """Any text at all (a plain ``str`` annotation), as long as it is Unicode text."""

    name, json, description = "any_text", str, "text"
    bad: tuple[object, ...] = (5, None, b"x", ("x",), "a\ud800")
    bad_json: tuple[object, ...] = (5, True, [], {}, None)
    good: tuple[object, ...] = ("", " x ", "x")

    def clean(self, value: object) -> bool:
        return type(value) is str and (value.isascii() or has_surrogate(value) is None)

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.any_text(path, value)

    def schema(self) -> dict[str, Any]:
        return {"type": "string"}


class PatternRule(Rule):
    """Text that matches a pattern whole (a slug, a code, a URL)."""

    def __init__(
        self,
        name: str,
        regex: re.Pattern[str],
        expected: str,
        *,
        bad: tuple[object, ...],
        good: tuple[object, ...],
    ) -> None:
        self.name, self.regex, self.expected = name, regex, expected
        self.description = expected
        self.json = str
        self.bad, self.good = bad, good
        self.bad_json: tuple[object, ...] = tuple(value for value in bad if value is not None)

    def clean(self, value: object) -> bool:
        return type(value) is str and self.regex.fullmatch(value) is not None

    def inline(self, var: str, names: Namespace) -> str:
        match = names.add(self.regex.fullmatch, f"{self.name}_match")
        return f"(type({var}) is str and {match}({var}) is not None)"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.pattern(path, value, self.regex, self.expected)

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{self.regex.pattern}$"}


class MemberCodeRule(PatternRule):
    """An assigned ISO 3166-1 alpha-2 code in upper case."""

    def __init__(self) -> None:
        super().__init__(
            "member_code",
            ALPHA2,
            "an ISO 3166-1 alpha-2 code such as 'SG'",
            bad=(5, None, "", "sg", "SGP", "S", "S1", "XX", "ZZ", "SG\n", "\uff33\uff27"),
            good=("SG", "VN", "TL"),
        )
        self.description = "ISO 3166-1 alpha-2 code of a member state"
        # Which codes are assigned is beyond JSON Schema: "XX" and "ZZ" are refused by loads.
        self.bad_json = tuple(value for value in self.bad_json if not _unassigned(value))

    def clean(self, value: object) -> bool:
        return type(value) is str and value in country_codes()

    def inline(self, var: str, names: Namespace) -> str:
        codes = names.add(country_codes(), "country_codes")
        return f"(type({var}) is str and {var} in {codes})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.member_code(path, value)


class ZoneRule(Rule):
    """The name of an IANA time zone that exists."""

    name, json, description = "zone", str, "IANA time zone name"
    bad: tuple[object, ...] = (
        5,
        None,
        "",
        "Asia/Nowhere",
        "Asia",
        "UTC+8",
        "../etc/passwd",
        "/etc/UTC",
        " Asia/Hanoi",
    )
    # Which names are zones is beyond JSON Schema: these are refused by their shape alone.
    bad_json: tuple[object, ...] = (5, True, [], "", " Asia/Hanoi", "Asia/Hanoi ")
    good: tuple[object, ...] = ("Asia/Bangkok", "UTC")

    def clean(self, value: object) -> bool:
        return isinstance(value, str) and is_text(value) and is_time_zone(value)

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.zone(path, value)

    def schema(self) -> dict[str, Any]:
        return TEXT.schema()


# -- numbers, truth, days ----------------------------------------------------------------------


class IntegerRule(Rule):
    """A whole number (never a bool) that Python can write as text, at least ``minimum``."""

    def __init__(self, minimum: int | None = None) -> None:
        self.minimum = minimum
        self.name = "ordinal" if minimum == 1 else "integer"
        self.json = int
        self.description = "a whole number" + ("" if minimum is None else f" >= {minimum}")
        low = -INT_BOUND if minimum is None else minimum
        self.bad = (1.5, "1", True, None, INT_BOUND) + (() if minimum is None else (minimum - 1,))
        self.bad_json = (1.5, "1", True, []) + (() if minimum is None else (minimum - 1, -1))
        self.good = (max(low, 1), 10**40)

    def clean(self, value: object) -> bool:
        low = -INT_BOUND if self.minimum is None else self.minimum
        return type(value) is int and low <= value < INT_BOUND

    def inline(self, var: str, names: Namespace) -> str:
        bound = names.add(INT_BOUND, "INT_BOUND")
        low = f"-{bound} <" if self.minimum is None else f"{self.minimum} <="
        return f"(type({var}) is int and {low} {var} < {bound})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.integer(path, value, minimum=self.minimum)

    def schema(self) -> dict[str, Any]:
        return {"type": "integer"} | ({} if self.minimum is None else {"minimum": self.minimum})


class NumberRule(Rule):
    """A finite decimal number (a float) within ``[low, high]``."""

    def __init__(self, name: str, low: float, high: float, description: str) -> None:
        self.name, self.low, self.high, self.description = name, low, high, description
        self.json = float
        self.bad = (low - 0.5, high + 0.5, float("nan"), 1, True, "1.0", None)
        self.bad_json = (low - 0.5, high + 0.5, True, "1.0", [])
        self.good = (low, high, (low + high) / 2, -0.0)

    def clean(self, value: object) -> bool:
        return type(value) is float and self.low <= value <= self.high

    def inline(self, var: str, names: Namespace) -> str:
        return f"(type({var}) is float and {self.low!r} <= {var} <= {self.high!r})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.number(path, value, self.low, self.high)

    def schema(self) -> dict[str, Any]:
        return {"type": "number", "minimum": self.low, "maximum": self.high}


class BooleanRule(Rule):
    """True or False."""

    name, json, description = "boolean", bool, "true or false"
    bad: tuple[object, ...] = (1, 0, "true", None)
    bad_json: tuple[object, ...] = (1, 0, "true")
    good: tuple[object, ...] = (True, False)

    def clean(self, value: object) -> bool:
        return type(value) is bool

    def inline(self, var: str, names: Namespace) -> str:
        return f"(type({var}) is bool)"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.boolean(path, value)

    def schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


class DayRule(Rule):
    """A ``pendulum.Date``: an exact day (not a datetime, not a plain ``datetime.date``)."""

    name, json, description = "day", pendulum.Date, "a day (date)"
    bad: tuple[object, ...] = ("2020-01-01", None, pendulum.datetime(2020, 1, 1), 20200101)
    bad_json: tuple[object, ...] = (
        20200101,
        "2020-1-1",
        "20200101",
        "2020-W01-1",
        "2020-01-01T00:00",
        "\u0662\u0660\u0662\u0660-\u0660\u0661-\u0660\u0661",  # Arabic-Indic digits
    )
    good: tuple[object, ...] = (pendulum.Date(2020, 1, 1), pendulum.Date(1, 1, 1))

    def clean(self, value: object) -> bool:
        return type(value) is pendulum.Date

    def inline(self, var: str, names: Namespace) -> str:
        return f"(type({var}) is {names.add(pendulum.Date, 'Date')})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.day(path, value)

    def schema(self) -> dict[str, Any]:
        return {
            "type": "string",
            "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "YYYY-MM-DD",
        }


class PartialRule(Rule):
    """A :class:`ascn.PartialDate`: a date known to the year, the month or the day."""

    name, json, description = "partial", PartialDate, "a date (YYYY, YYYY-MM or YYYY-MM-DD)"
    bad: tuple[object, ...] = ("2020", None, pendulum.Date(2020, 1, 1), 2020)
    bad_json: tuple[object, ...] = (
        2020,
        "20",
        "2020-1",
        "2020-01-01T00",
        "\u0662\u0660\u0662\u0660-\u0660\u0661",
    )
    good: tuple[object, ...] = (PartialDate(2020), PartialDate(2020, 2, 29))

    def clean(self, value: object) -> bool:
        return type(value) is PartialDate

    def inline(self, var: str, names: Namespace) -> str:
        return f"(type({var}) is {names.add(PartialDate, 'PartialDate')})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.partial(path, value)

    def schema(self) -> dict[str, Any]:
        return {
            "type": "string",
            "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "description": "YYYY, YYYY-MM or YYYY-MM-DD",
        }


# -- choices and records -----------------------------------------------------------------------


class Choice(Rule):
    """A member of an enum (a plain enum annotation)."""

    def __init__(self, enum: type[Enum]) -> None:
        self.enum = enum
        self.name = enum.__name__
        self.json = enum
        self.description = "one of " + ", ".join(str(m.value) for m in enum)
        first = next(iter(enum))
        self.bad = (first.value, first.name, None, 0)
        self.bad_json = (*(f"{member.value}!" for member in enum), 1, [])
        self.good = tuple(enum)

    def clean(self, value: object) -> bool:
        return type(value) is self.enum

    def inline(self, var: str, names: Namespace) -> str:
        return f"(type({var}) is {names.add(self.enum, self.enum.__name__)})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.choice(path, value, self.enum)

    def schema(self) -> dict[str, Any]:
        return {"enum": [m.value for m in self.enum]}


class Nested(Rule):
    """An instance of a record class (a plain record annotation); it checked itself."""

    def __init__(self, cls: type) -> None:
        self.cls: type[Any] = cls
        self.name = cls.__name__
        self.json = cls
        self.description = f"a {cls.__name__}"
        self.bad = (None, "x", {}, ())
        self.bad_json = ("x", 5, [])
        self.good = ()

    def clean(self, value: object) -> bool:
        return type(value) is self.cls

    def inline(self, var: str, names: Namespace) -> str:
        return f"(type({var}) is {names.add(self.cls, self.cls.__name__)})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.instance(path, value, self.cls)

    def schema(self) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{self.cls.__name__}"}


class Optional(Rule):
    """None, or a value of ``rule`` (an ``X | None`` annotation)."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.name = f"optional_{rule.name}"
        self.json = rule.json
        self.description = rule.description
        self.bad = tuple(value for value in rule.bad if value is not None)
        self.bad_json = tuple(value for value in rule.bad_json if value is not None)
        self.good = (None, *rule.good)

    def clean(self, value: object) -> bool:
        return value is None or self.rule.clean(value)

    def inline(self, var: str, names: Namespace) -> str:
        return f"({var} is None or {self.rule.inline(var, names)})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return value is None or self.rule.check(checks, path, value)

    def schema(self) -> dict[str, Any]:
        # A document may leave the key out or hold null: both mean None.
        return {"anyOf": [self.rule.schema(), {"type": "null"}]}

    @property
    def item(self) -> Rule | None:
        return self.rule.item


TEXT: Final = TextRule()
"""Non-empty text without surrounding whitespace."""
SLUG_RULE: Final = PatternRule(
    "slug",
    SLUG,
    "an id of lower-case letters, digits and hyphens",
    bad=(5, None, "", "Upper", "a--b", "a b", "-a", "a-", "ạ", "a_b", "a\n"),
    good=("a", "hanoi", "ascn-2018"),
)
"""A stable id: lower-case letters and digits joined by single hyphens."""
NAME: Final = NameRule()
"""Text that names something: a letter or digit, no control character."""
MEMBER_CODE: Final = MemberCodeRule()
"""An assigned ISO 3166-1 alpha-2 code."""
ORDINAL: Final = IntegerRule(minimum=1)
"""A whole number from 1 on."""
