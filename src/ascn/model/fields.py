"""The field vocabulary: what a value of one field must be, declared once, in the annotation.

A record class annotates each field with a rule (``timezone: Zone``, ``aliases: Names``); a
plain annotation has a rule of its own (``str`` means any text, an enum one of its members, a
record class an instance of it), and ``X | None`` accepts None as well. Each rule knows

* its fast verdict: :meth:`Rule.clean`, True only when the value certainly holds, and an
  inline form of it (:meth:`Rule.inline`) that the generator (:mod:`ascn.model.codegen`)
  writes into the constructor's fused verdict and the lean reader;
* its detailed check: :meth:`Rule.check`, which records every problem with its message;
* what a JSON document holds for it (:attr:`Rule.json`) and its JSON Schema fragment;
* values it refuses (:attr:`Rule.bad`) and accepts (:attr:`Rule.good`), which the test suite
  runs through both the verdict and the check, so that they cannot disagree unseen.

Rules that span fields (a span's order, a role's scope) are :class:`Across` rules, listed in
the class's ``__rules__``. :func:`fields_of` reads a class's declaration back; checks, reading,
writing, the schema, the tables and the strategies are all derived from it.
"""

from __future__ import annotations

import functools
import re
import typing
from collections.abc import Callable, Sequence
from enum import Enum
from types import NoneType, UnionType
from typing import Annotated, Any, Final, Union, get_args, get_origin

import attrs
import pendulum

from ascn.dates import PartialDate
from ascn.errors import Problem
from ascn.model.checks import (
    ALPHA2,
    ALPHA3,
    INT_BOUND,
    SLUG,
    URL,
    Checks,
    country_codes,
    has_surrogate,
    is_slug,
    is_span,
    is_text,
    is_time_zone,
)

__all__ = [
    "Across",
    "Alpha3",
    "Choice",
    "Day",
    "Doc",
    "Each",
    "Field",
    "Latitude",
    "Longitude",
    "MemberCode",
    "MemberCodes",
    "Names",
    "Nested",
    "Ordinal",
    "Rule",
    "Slug",
    "SourceIds",
    "TermYears",
    "Text",
    "Url",
    "Zone",
    "Zones",
    "fields_of",
    "rule_of",
    "span",
]


@attrs.frozen
class Doc:
    """What a field holds, in words, for the tables' column catalogue (as in PEP 727)."""

    text: str


class Rule:
    """What every value of one field must be.

    ``json`` is the Python type of the value a record holds (``str``, ``int``, ``float``,
    ``bool``, ``pendulum.Date``, :class:`ascn.PartialDate`, an enum, a record class, or
    ``tuple`` of an item rule); documents write it as JSON of the matching kind.
    """

    name: str = "value"
    json: Any = object
    description: str = "a value"
    bad: tuple[object, ...] = ()
    good: tuple[object, ...] = ()

    def clean(self, value: object) -> bool:
        """True only when :meth:`check` would record no problem for ``value``."""
        raise NotImplementedError

    def inline(self, var: str, names: Names_) -> str:
        """A Python expression, over the value in ``var``, that is :meth:`clean`'s verdict.

        ``names`` takes the objects the expression refers to and gives their names in the
        generated code; by default the expression calls :meth:`clean` itself.
        """
        return f"{names.add(self.clean, self.name)}({var})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        """Record every problem of ``value`` at ``path``; True when there is none."""
        raise NotImplementedError

    def schema(self) -> dict[str, Any]:
        """The JSON Schema of the value as a document writes it."""
        raise NotImplementedError

    @property
    def item(self) -> Rule | None:
        """The rule of each item, for a rule over a tuple."""
        return None


class Names_:  # noqa: N801 - the namespace of generated code, named apart from the Names rule
    """The objects generated code refers to, each under one name."""

    def __init__(self) -> None:
        self.objects: dict[str, object] = {}
        self._names: dict[int, str] = {}

    def add(self, value: object, hint: str) -> str:
        """The name of ``value`` in generated code (``hint`` and a number, the first time)."""
        name = self._names.get(id(value))
        if name is None:
            base = re.sub(r"\W", "_", hint)
            name = base if base not in self.objects else f"{base}_{len(self.objects)}"
            self.objects[name] = value
            self._names[id(value)] = name
        return name


# -- text --------------------------------------------------------------------------------------


class TextRule(Rule):
    """Non-empty text without surrounding whitespace."""

    name, json, description = "text", str, "text"
    bad = (5, None, True, "", "  ", " x", "x ", "\tx", "a\ud800")
    good = ("x", "Hà Nội", "line\nbreak inside", "ភ្នំពេញ")

    def clean(self, value: object) -> bool:
        return is_text(value)

    def inline(self, var: str, names: Names_) -> str:
        return f"{names.add(is_text, 'is_text')}({var})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.text(path, value)

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "pattern": r"^\S([\s\S]*\S)?$"}


class AnyTextRule(Rule):
    """Any text at all (a plain ``str`` annotation), as long as it is Unicode text."""

    name, json, description = "any_text", str, "text"
    bad = (5, None, b"x", "a\ud800")
    good = ("", " x ", "x")

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

    def clean(self, value: object) -> bool:
        return type(value) is str and self.regex.fullmatch(value) is not None

    def inline(self, var: str, names: Names_) -> str:
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
            bad=(5, None, "", "sg", "SGP", "S1", "XX"),
            good=("SG", "VN", "TL"),
        )
        self.description = "ISO 3166-1 alpha-2 code of a member state"

    def clean(self, value: object) -> bool:
        return type(value) is str and value in country_codes()

    def inline(self, var: str, names: Names_) -> str:
        codes = names.add(country_codes(), "country_codes")
        return f"(type({var}) is str and {var} in {codes})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.member_code(path, value)


class ZoneRule(Rule):
    """The name of an IANA time zone that exists."""

    name, json, description = "zone", str, "IANA time zone name"
    bad = (5, None, "", "Asia/Nowhere", "Asia", "../etc/passwd", " Asia/Hanoi")
    good = ("Asia/Bangkok", "UTC")

    def clean(self, value: object) -> bool:
        return is_text(value) and is_time_zone(value)

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
        self.good = (max(low, 1), 10**40)

    def clean(self, value: object) -> bool:
        low = -INT_BOUND if self.minimum is None else self.minimum
        return type(value) is int and low <= value < INT_BOUND

    def inline(self, var: str, names: Names_) -> str:
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
        self.good = (low, high, (low + high) / 2, -0.0)

    def clean(self, value: object) -> bool:
        return type(value) is float and self.low <= value <= self.high

    def inline(self, var: str, names: Names_) -> str:
        return f"(type({var}) is float and {self.low!r} <= {var} <= {self.high!r})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.number(path, value, self.low, self.high)

    def schema(self) -> dict[str, Any]:
        return {"type": "number", "minimum": self.low, "maximum": self.high}


class BooleanRule(Rule):
    """True or False."""

    name, json, description = "boolean", bool, "true or false"
    bad = (1, 0, "true", None)
    good = (True, False)

    def clean(self, value: object) -> bool:
        return type(value) is bool

    def inline(self, var: str, names: Names_) -> str:
        return f"(type({var}) is bool)"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.boolean(path, value)

    def schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


class DayRule(Rule):
    """A ``pendulum.Date``: an exact day (not a datetime, not a plain ``datetime.date``)."""

    name, json, description = "day", pendulum.Date, "a day (date)"
    bad = ("2020-01-01", None, pendulum.datetime(2020, 1, 1), 20200101)
    good = (pendulum.Date(2020, 1, 1), pendulum.Date(1, 1, 1))

    def clean(self, value: object) -> bool:
        return type(value) is pendulum.Date

    def inline(self, var: str, names: Names_) -> str:
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
    bad = ("2020", None, pendulum.Date(2020, 1, 1), 2020)
    good = (PartialDate(2020), PartialDate(2020, 2, 29))

    def clean(self, value: object) -> bool:
        return type(value) is PartialDate

    def inline(self, var: str, names: Names_) -> str:
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
        self.good = tuple(enum)

    def clean(self, value: object) -> bool:
        return type(value) is self.enum

    def inline(self, var: str, names: Names_) -> str:
        return f"(type({var}) is {names.add(self.enum, self.enum.__name__)})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.choice(path, value, self.enum)

    def schema(self) -> dict[str, Any]:
        return {"enum": [m.value for m in self.enum]}


class Nested(Rule):
    """An instance of a record class (a plain record annotation); it checked itself."""

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self.name = cls.__name__
        self.json = cls
        self.description = f"a {cls.__name__}"
        self.bad = (None, "x", {}, ())
        self.good = ()

    def clean(self, value: object) -> bool:
        return type(value) is self.cls

    def inline(self, var: str, names: Names_) -> str:
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
        self.good = (None, *rule.good)

    def clean(self, value: object) -> bool:
        return value is None or self.rule.clean(value)

    def inline(self, var: str, names: Names_) -> str:
        return f"({var} is None or {self.rule.inline(var, names)})"

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return value is None or self.rule.check(checks, path, value)

    def schema(self) -> dict[str, Any]:
        return self.rule.schema()

    @property
    def item(self) -> Rule | None:
        return self.rule.item


# -- tuples ------------------------------------------------------------------------------------


class Each(Rule):
    """A tuple whose items each keep ``item``; maybe non-empty, maybe without repeats."""

    def __init__(
        self,
        name: str,
        item: Rule,
        what: str,
        *,
        least: str | None = None,
        repeated: str | None = None,
    ) -> None:
        self.name, self._item, self.what = name, item, what
        self.least, self.repeated = least, repeated
        self.json = tuple
        self.description = what
        bad: list[object] = [None, [item.good[0]] if item.good else [], "x"]
        bad.extend((value,) for value in item.bad if value is not None)
        if least is not None:
            bad.append(())
        if repeated is not None and item.good:
            bad.append((item.good[0], item.good[0]))
        self.bad = tuple(bad)
        self.good = (item.good[:1], item.good[:2]) if item.good else ((),)
        if least is None:
            self.good = ((), *self.good)

    @property
    def item(self) -> Rule | None:
        return self._item

    def clean(self, value: object) -> bool:
        if type(value) is not tuple:
            return False
        if not value:
            return self.least is None
        clean = self._item.clean
        for item in value:
            if not clean(item):
                return False
        return self.repeated is None or len(value) < 2 or len(set(value)) == len(value)

    def check(self, checks: Checks, path: str, value: object) -> bool:
        before = len(checks.problems)
        for item_path, item in checks.each(path, value, self.what):
            self._item.check(checks, item_path, item)
        if isinstance(value, tuple):
            if self.least is not None and not value:
                checks.fail(path, self.least)
            elif self.repeated is not None and _repeats(value):
                checks.fail(path, self.repeated)
        return len(checks.problems) == before

    def schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self._item.schema()}
        if self.repeated is not None:
            schema["uniqueItems"] = True
        if self.least is not None:
            schema["minItems"] = 1
        return schema


def _repeats(values: tuple[object, ...]) -> bool:
    # Items that are not text are reported by their own checks, and may not be hashable.
    texts = [value for value in values if isinstance(value, str)]
    return len(set(texts)) != len(texts)


class NamesRule(Rule):
    """A tuple of texts none of which repeats another, ignoring case."""

    name, json, description = "names", tuple, "names"
    bad = (None, "x", ["x"], (5,), ("",), ("x", "X"), (" x",))
    good = ((), ("x",), ("Hà Nội", "Hanoi"))

    @property
    def item(self) -> Rule | None:
        return TEXT

    def clean(self, value: object) -> bool:
        if type(value) is not tuple:
            return False
        if not value:
            return True
        return all(map(is_text, value)) and len({v.casefold() for v in value}) == len(value)

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.texts(path, value)

    def schema(self) -> dict[str, Any]:
        return {"type": "array", "items": TEXT.schema(), "uniqueItems": True}


class SourceIdsRule(Each):
    """The ids of the sources a record cites: slugs, none twice."""

    def __init__(self) -> None:
        super().__init__(
            "source_ids", SLUG_RULE, "source ids", repeated="lists a source more than once"
        )

    def clean(self, value: object) -> bool:
        if type(value) is not tuple:
            return False
        # Records cite the same few sources again and again: remembering each id's verdict is
        # cheaper than matching it every time.
        for item in value:
            if type(item) is not str or not _is_cited_slug(item):
                return False
        return len(value) < 2 or len(set(value)) == len(value)


@functools.lru_cache(maxsize=4096)
def _is_cited_slug(value: str) -> bool:
    return is_slug(value)


# -- rules across fields -----------------------------------------------------------------------


@attrs.frozen
class Across:
    """A rule over several fields of one record, checked once each of them passed its own.

    ``clean`` takes the fields' values in the order of ``fields``; ``check`` records the
    problems of a record whose verdict was False.
    """

    name: str
    fields: tuple[str, ...]
    clean: Callable[..., bool]
    check: Callable[[Checks, Any], None]


def span(start: str, end: str) -> Across:
    """``end`` is not certainly before ``start`` (either may be None: an open or unknown end)."""

    def clean(first: PartialDate | None, last: PartialDate | None) -> bool:
        return is_span(first, last, optional=True)

    def check(checks: Checks, record: object) -> None:
        checks.span(end, getattr(record, start), getattr(record, end))

    return Across(f"{end}_after_{start}", (start, end), clean, check)


# -- the vocabulary ----------------------------------------------------------------------------

TEXT: Final = TextRule()
SLUG_RULE: Final = PatternRule(
    "slug",
    SLUG,
    "an id of lower-case letters, digits and hyphens",
    bad=(5, None, "", "Upper", "a--b", "a b", "-a", "a-"),
    good=("a", "hanoi", "ascn-2018"),
)
MEMBER_CODE: Final = MemberCodeRule()
ORDINAL: Final = IntegerRule(minimum=1)

Text = Annotated[str, TEXT]
"""Non-empty text without surrounding whitespace."""
Slug = Annotated[str, SLUG_RULE]
"""A stable id: lower-case letters and digits joined by single hyphens."""
MemberCode = Annotated[str, MEMBER_CODE]
"""An assigned ISO 3166-1 alpha-2 code, as member states are known by."""
Alpha3 = Annotated[
    str,
    PatternRule(
        "alpha3",
        ALPHA3,
        "an ISO 3166-1 alpha-3 code such as 'SGP'",
        bad=(5, None, "SG", "sgp", "SGPX"),
        good=("SGP", "VNM"),
    ),
]
"""An ISO 3166-1 alpha-3 code in upper case."""
Url = Annotated[
    str,
    PatternRule(
        "url",
        URL,
        "an http(s) URL",
        bad=(5, None, "", "ftp://x", "https://a b", "www.asean.org"),
        good=("https://asean.org/", "http://x"),
    ),
]
"""An http or https address."""
Zone = Annotated[str, ZoneRule()]
"""The name of an IANA time zone that exists."""
Zones = Annotated[
    tuple[str, ...],
    Each(
        "zones",
        ZoneRule(),
        "IANA zone names",
        least="must name at least one IANA time zone",
        repeated="lists a zone more than once",
    ),
]
"""One or more IANA time zone names, none twice."""
MemberCodes = Annotated[
    tuple[str, ...],
    Each(
        "member_codes",
        MEMBER_CODE,
        "member codes",
        least="must name at least one member state",
        repeated="names a member state more than once",
    ),
]
"""One or more member codes, none twice."""
Names = Annotated[tuple[str, ...], NamesRule()]
"""Names (aliases): texts none of which repeats another, ignoring case."""
SourceIds = Annotated[tuple[str, ...], SourceIdsRule()]
"""The ids of the sources a record cites, none twice."""
Ordinal = Annotated[int, ORDINAL]
"""A whole number from 1 on."""
TermYears = Annotated[tuple[int, ...], Each("term_years", ORDINAL, "term years")]
"""Years that label terms (a term is labelled by the year it starts)."""
Latitude = Annotated[float, NumberRule("latitude", -90.0, 90.0, "latitude in decimal degrees")]
"""Degrees north of the equator (a float from -90 to 90)."""
Longitude = Annotated[float, NumberRule("longitude", -180.0, 180.0, "longitude in decimal degrees")]
"""Degrees east of Greenwich (a float from -180 to 180)."""
Day = pendulum.Date
"""An exact day (a plain ``pendulum.Date`` annotation has this rule)."""

_PLAIN: Final[dict[Any, Rule]] = {
    str: AnyTextRule(),
    int: IntegerRule(),
    float: NumberRule("number", -1.7976931348623157e308, 1.7976931348623157e308, "a number"),
    bool: BooleanRule(),
    pendulum.Date: DayRule(),
    PartialDate: PartialRule(),
}


def rule_of(annotation: Any) -> Rule:
    """The rule an annotation declares (see the module docs for plain annotations)."""
    if get_origin(annotation) is Annotated:
        rules = [extra for extra in annotation.__metadata__ if isinstance(extra, Rule)]
        if len(rules) > 1:
            raise TypeError(f"{annotation!r} declares more than one rule")
        if rules:
            return rules[0]
        return rule_of(get_args(annotation)[0])
    if get_origin(annotation) in (Union, UnionType):
        options = [arg for arg in get_args(annotation) if arg is not NoneType]
        if len(options) == 1 and len(get_args(annotation)) == 2:
            return Optional(rule_of(options[0]))
        raise TypeError(f"ascn fields hold one type or None, not {annotation!r}")
    if annotation in _PLAIN:
        return _PLAIN[annotation]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return Choice(annotation)
    if attrs.has(annotation):
        return Nested(annotation)
    args = get_args(annotation)
    if get_origin(annotation) is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = rule_of(args[0])
        return Each(f"{item.name}_items", item, f"{item.description} items")
    raise TypeError(f"ascn has no field rule for {annotation!r}")


def _doc_of(annotation: Any) -> str | None:
    if get_origin(annotation) is Annotated:
        for extra in annotation.__metadata__:
            if isinstance(extra, Doc):
                return extra.text
        return _doc_of(get_args(annotation)[0])
    if get_origin(annotation) in (Union, UnionType):
        for arg in get_args(annotation):
            found = _doc_of(arg)
            if found is not None:
                return found
    return None


@attrs.frozen
class Field:
    """One field of a record class as declared: its name, document key, rule and default."""

    name: str
    key: str
    rule: Rule
    required: bool
    default: object
    doc: str | None

    @property
    def optional(self) -> bool:
        """True when the field may hold None."""
        return isinstance(self.rule, Optional)


@functools.cache
def fields_of(cls: type) -> tuple[Field, ...]:
    """The declared fields of the attrs class ``cls`` that its constructor takes, in order."""
    hints = typing.get_type_hints(cls, include_extras=True)
    found = []
    for attribute in attrs.fields(cls):
        if not attribute.init:
            continue
        # Field names become words of generated code: only identifiers may.
        if not (attribute.name.isidentifier() and attribute.alias.isidentifier()):
            raise TypeError(f"{cls.__name__}: {attribute.name!r} is not an identifier")
        annotation = hints[attribute.name]
        found.append(
            Field(
                name=attribute.name,
                key=attribute.alias,
                rule=rule_of(annotation),
                required=attribute.default is attrs.NOTHING,
                default=attribute.default,
                doc=_doc_of(annotation),
            )
        )
    return tuple(found)


def rules_across(cls: type) -> tuple[Across, ...]:
    """The rules across fields that ``cls`` lists in ``__rules__``."""
    return tuple(getattr(cls, "__rules__", ()))


def problems(cls: type, record: object) -> list[Problem]:
    """Every problem the detailed checks of ``cls`` find in ``record``, in field order."""
    checks = Checks()
    passed: set[str] = set()
    for field in fields_of(cls):
        if field.rule.check(checks, field.name, getattr(record, field.name)):
            passed.add(field.name)
    across = [rule for rule in rules_across(cls) if passed.issuperset(rule.fields)]
    if across:
        for rule in across:
            rule.check(checks, record)
        order = {field.name: index for index, field in enumerate(fields_of(cls))}
        checks.problems.sort(key=lambda p: order.get(_first_name(p.path), len(order)))
    return checks.problems


def _first_name(path: str) -> str:
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def describe_rules(rules: Sequence[Rule]) -> str:
    """The rules' names, for messages about the vocabulary itself."""
    return ", ".join(rule.name for rule in rules)
