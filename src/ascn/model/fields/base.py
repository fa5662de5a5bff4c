"""The parts every field rule is made of: the rule itself, rules across fields, and the
namespace generated code refers to."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from ascn.dates import PartialDate
from ascn.model.checks import Checks

__all__ = ["Across", "Doc", "Namespace", "Rule", "span"]


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
    bad_json: tuple[object, ...] = ()
    good: tuple[object, ...] = ()

    def clean(self, value: object) -> bool:
        """True only when :meth:`check` would record no problem for ``value``."""
        raise NotImplementedError

    def inline(self, var: str, names: Namespace) -> str:
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


class Namespace:
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


# -- rules across fields -----------------------------------------------------------------------


@attrs.frozen
class Across:
    """A rule over several fields of one record, checked once each of them passed its own.

    ``clean`` takes the fields' values in the order of ``fields``, once each passed its own
    rule; ``check`` records the problems of a record whose verdict was False.
    """

    name: str
    fields: tuple[str, ...]
    clean: Callable[..., bool]
    check: Callable[[Checks, Any], None]


def span(start: str, end: str) -> Across:
    """``end`` is not certainly before ``start`` (either may be None: an open or unknown end)."""

    def check(checks: Checks, record: object) -> None:
        checks.span(end, getattr(record, start), getattr(record, end))

    return Across(f"{end}_after_{start}", (start, end), in_order, check)


def in_order(start: PartialDate | None, end: PartialDate | None) -> bool:
    """True unless both dates are known and ``end`` is certainly before ``start``."""
    if start is None or end is None:
        return True
    # start.earliest <= end.latest, compared as (year, month, day) without building the days:
    # a missing end day may stand for 31, as a start day in the same month is never later.
    return (start.year, start.month or 1, start.day or 1) <= (
        end.year,
        end.month or 12,
        end.day or 31,
    )
