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

import re
import typing
from enum import Enum
from types import NoneType, UnionType
from typing import Annotated, Any, Final, Union, get_args, get_origin

import attrs
import pendulum

from ascn.dates import PartialDate
from ascn.errors import Problem
from ascn.model.checks import ALPHA3, URL, Checks
from ascn.model.fields.base import Across, Doc, Namespace, Rule, span
from ascn.model.fields.leaves import (
    MEMBER_CODE,
    NAME,
    ORDINAL,
    SLUG_RULE,
    TEXT,
    AnyTextRule,
    BooleanRule,
    Choice,
    DayRule,
    IntegerRule,
    MemberCodeRule,
    NameRule,
    Nested,
    NumberRule,
    Optional,
    PartialRule,
    PatternRule,
    TextRule,
    ZoneRule,
)
from ascn.model.fields.tuples import Each, NamesRule, SourceIdsRule

__all__ = [
    "Across",
    "Alpha3",
    "AnyTextRule",
    "BooleanRule",
    "Choice",
    "Day",
    "DayRule",
    "Doc",
    "Each",
    "Field",
    "IntegerRule",
    "Latitude",
    "Longitude",
    "MemberCode",
    "MemberCodeRule",
    "MemberCodes",
    "Name",
    "NameRule",
    "Names",
    "NamesRule",
    "Namespace",
    "Nested",
    "NumberRule",
    "Optional",
    "Ordinal",
    "PartialRule",
    "PatternRule",
    "Rule",
    "Slug",
    "SourceIds",
    "SourceIdsRule",
    "TermYears",
    "Text",
    "TextRule",
    "Url",
    "Zone",
    "ZoneRule",
    "Zones",
    "fields_of",
    "problems",
    "rule_of",
    "rules_across",
    "span",
]

# -- the vocabulary ----------------------------------------------------------------------------


Text = Annotated[str, TEXT]
"""Non-empty text without surrounding whitespace."""
Name = Annotated[str, NAME]
"""Text that names something, as lookups find it: a letter or digit, no control character."""
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
        bad=(5, None, "", "ftp://x", "https://a b", "www.asean.org", "https://\ud800"),
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


_DECLARED: dict[type, tuple[Field, ...]] = {}


def fields_of(cls: type) -> tuple[Field, ...]:
    """The declared fields of the attrs class ``cls`` that its constructor takes, in order."""
    found = _DECLARED.get(cls)
    if found is None:
        found = _DECLARED[cls] = _declared(cls)
    return found


def _declared(cls: type) -> tuple[Field, ...]:
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
