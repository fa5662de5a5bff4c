"""The primitive checks behind the field rules, and the collector of their problems.

:class:`Checks` records every problem of one record with its path and message, so that a
constructor reports all of them at once (attrs' own validators stop at the first). The
predicates beside it (``is_text``, ``is_slug``, ...) are the fast verdicts the generated code
calls; :mod:`ascn.model.fields` pairs each with its check.
"""

from __future__ import annotations

import functools
import pkgutil
import re
from collections.abc import Iterable
from enum import Enum
from typing import Final

import pendulum

from ascn.dates import PartialDate
from ascn.errors import Problem, ValidationError, shown
from ascn.lookup import normalise

SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ALPHA2: Final = re.compile(r"[A-Z]{2}")
ALPHA3: Final = re.compile(r"[A-Z]{3}")
URL: Final = re.compile(r"https?://[^\s\ud800-\udfff]+")  # a lone surrogate is not text
INT_BOUND: Final = 10**4300
"""Whole numbers stay below this in size: Python writes no int of more than 4300 digits."""
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_is_slug = SLUG.fullmatch
has_surrogate = _SURROGATE.search
"""The first lone UTF-16 surrogate in a text, or None (a lone surrogate is not Unicode text)."""


def is_time_zone(name: str) -> bool:
    """True when ``name`` is a zone of the IANA database, as the ``tzdata`` package lists it.

    pendulum depends on tzdata, and zoneinfo loads every zone it lists; one set look-up per
    name keeps checking a million invented names as cheap as checking the real ones.
    """
    return name in zone_names()


@functools.cache
def zone_names() -> frozenset[str]:
    """The names of the zones of the IANA database that the ``tzdata`` package ships."""
    return frozenset(_tzdata("zones").split())


def _tzdata(resource: str) -> str:
    # pkgutil reads through the package's loader without importing importlib.resources.
    data = pkgutil.get_data("tzdata", resource)
    if data is None:  # only a loader that cannot read resources returns None
        raise FileNotFoundError(f"tzdata's {resource} cannot be read by its loader")
    return data.decode("utf-8")


@functools.cache
def country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes listed by the IANA time zone database's ``iso3166.tab``.

    The table ships with the ``tzdata`` package that pendulum depends on, so the check needs
    no data of ascn's own and follows tzdata's updates.
    """
    table = _tzdata("zoneinfo/iso3166.tab")
    codes = (line.split("\t", 1)[0] for line in table.splitlines() if not line.startswith("#"))
    return frozenset(code for code in codes if ALPHA2.fullmatch(code))


def describe(value: object) -> str:
    """A short description of a value's kind, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({shown(value)})"
    if isinstance(value, int | float):
        return f"a number ({shown(value)})"
    if isinstance(value, str):
        return f"text ({shown(value)})"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def is_slug(value: object) -> bool:
    """True for text that :meth:`Checks.slug` accepts."""
    return type(value) is str and _is_slug(value) is not None


def is_text(value: object) -> bool:
    """True for text that :meth:`Checks.text` accepts."""
    return (
        type(value) is str
        and value != ""
        and value.strip() == value
        and (value.isascii() or has_surrogate(value) is None)
    )


# Control characters (C0, DEL, C1) and the bidirectional controls that reorder shown text.
CONTROL: Final = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def is_name(value: object) -> bool:
    """True for text that :meth:`Checks.name` accepts."""
    if type(value) is not str or not value or value.strip() != value:
        return False
    if value.isascii():
        # ASCII text prints exactly when it holds no control character (C0 or DEL).
        return value.isprintable() and _ASCII_ALNUM(value) is not None
    return has_surrogate(value) is None and CONTROL.search(value) is None and normalise(value) != ""


_ASCII_ALNUM = re.compile("[A-Za-z0-9]").search


def is_span(start: object, end: object, *, optional: bool) -> bool:
    """True when ``start`` and ``end`` are partial dates (or None, when ``optional``) in order."""
    if start is None or end is None:
        return (
            optional
            and (start is None or type(start) is PartialDate)
            and (end is None or type(end) is PartialDate)
        )
    if type(start) is not PartialDate or type(end) is not PartialDate:
        return False
    return start.earliest <= end.latest


class Checks:
    """Collects the problems of one instance, then raises them together."""

    __slots__ = ("problems",)

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, message: str) -> None:
        """Record a problem at ``path``."""
        self.problems.append(Problem(path, message))

    def text(self, path: str, value: object) -> bool:
        """Non-empty text without surrounding whitespace."""
        if not isinstance(value, str):
            self.fail(path, f"expected text, got {describe(value)}")
            return False
        if not value.strip():
            self.fail(path, "must not be empty")
            return False
        if not value.isascii() and _SURROGATE.search(value):
            self.fail(path, "contains a lone UTF-16 surrogate, which is not text")
            return False
        if value != value.strip():
            self.fail(path, f"has leading or trailing whitespace: {shown(value)}")
            return False
        return True

    def any_text(self, path: str, value: object) -> bool:
        """Any text, as long as it is Unicode text (no lone surrogate)."""
        if not isinstance(value, str):
            self.fail(path, f"expected text, got {describe(value)}")
            return False
        if not value.isascii() and _SURROGATE.search(value):
            self.fail(path, "contains a lone UTF-16 surrogate, which is not text")
            return False
        return True

    def pattern(self, path: str, value: object, regex: re.Pattern[str], expected: str) -> bool:
        """Text that matches ``regex`` whole."""
        if not isinstance(value, str):
            self.fail(path, f"expected {expected}, got {describe(value)}")
            return False
        if regex.fullmatch(value) is None:
            self.fail(path, f"expected {expected}, got {shown(value)}")
            return False
        return True

    def member_code(self, path: str, value: object) -> bool:
        """An assigned ISO 3166-1 alpha-2 code in upper case."""
        if not self.pattern(path, value, ALPHA2, "an ISO 3166-1 alpha-2 code such as 'SG'"):
            return False
        if value not in country_codes():
            self.fail(path, f"{shown(value)} is not an assigned ISO 3166-1 alpha-2 country code")
            return False
        return True

    def integer(self, path: str, value: object, *, minimum: int | None = None) -> bool:
        """An int (never a bool), at least ``minimum``."""
        if type(value) is not int:
            self.fail(path, f"expected a whole number, got {describe(value)}")
            return False
        if not -INT_BOUND < value < INT_BOUND:  # json.dumps could not write it back
            self.fail(path, "has more than 4300 digits")
            return False
        if minimum is not None and value < minimum:
            self.fail(path, f"must be at least {minimum}, got {value}")
            return False
        return True

    def number(self, path: str, value: object, low: float, high: float) -> bool:
        """A finite float within ``[low, high]``."""
        if type(value) is not float:
            self.fail(path, f"expected a decimal number, got {describe(value)}")
            return False
        if not low <= value <= high:
            self.fail(path, f"must be between {low:g} and {high:g}, got {shown(value)}")
            return False
        return True

    def boolean(self, path: str, value: object) -> bool:
        """True or False."""
        if isinstance(value, bool):
            return True
        self.fail(path, f"expected true or false, got {describe(value)}")
        return False

    def choice(self, path: str, value: object, enum: type[Enum]) -> bool:
        """A member of ``enum``."""
        if isinstance(value, enum):
            return True
        allowed = ", ".join(repr(m.value) for m in enum)
        self.fail(path, f"expected one of {allowed}, got {describe(value)}")
        return False

    def day(self, path: str, value: object) -> bool:
        """A ``pendulum.Date`` (not a datetime, not a plain ``datetime.date``)."""
        if type(value) is not pendulum.Date:
            self.fail(path, f"expected a pendulum.Date, got {describe(value)}")
            return False
        return True

    def partial(self, path: str, value: object) -> bool:
        """A :class:`ascn.PartialDate`."""
        if not isinstance(value, PartialDate):
            self.fail(path, f"expected a PartialDate, got {describe(value)}")
            return False
        return True

    def span(self, path: str, start: PartialDate | None, end: PartialDate | None) -> None:
        """``start`` is not certainly after ``end``."""
        if (
            isinstance(start, PartialDate)
            and isinstance(end, PartialDate)
            and start.earliest > end.latest
        ):
            self.fail(path, f"ends ({end}) before it starts ({start})")

    def instance(self, path: str, value: object, cls: type) -> bool:
        """An instance of ``cls``."""
        if isinstance(value, cls):
            return True
        self.fail(path, f"expected a {cls.__name__}, got {describe(value)}")
        return False

    def zone(self, path: str, value: object) -> bool:
        """An IANA time zone name that exists."""
        if not self.text(path, value):
            return False
        assert isinstance(value, str)
        if not is_time_zone(value):
            self.fail(path, f"{shown(value)} is not an IANA time zone name")
            return False
        return True

    def name(self, path: str, value: object) -> bool:
        """Text that names something: a letter or digit, and no control character."""
        if not self.text(path, value):
            return False
        assert isinstance(value, str)
        control = CONTROL.search(value)
        if control is not None:
            self.fail(
                path,
                f"contains a control character (U+{ord(control[0]):04X}), "
                "which a name may not hold",
            )
            return False
        if normalise(value) == "":
            self.fail(path, "has no letter or digit, so no lookup can find it")
            return False
        return True

    def texts(self, path: str, values: object, *, unique: bool = True) -> bool:
        """A tuple of names, without duplicates (ignoring case) when ``unique``."""
        if not isinstance(values, tuple):
            self.fail(path, f"expected a tuple of texts, got {describe(values)}")
            return False
        ok = True
        seen: dict[str, int] = {}
        for index, value in enumerate(values):
            item = f"{path}[{index}]"
            if not self.name(item, value):
                ok = False
                continue
            assert isinstance(value, str)
            key = value.casefold()
            if unique and key in seen:
                self.fail(item, f"repeats {path}[{seen[key]}] ({shown(value)})")
                ok = False
            seen.setdefault(key, index)
        return ok

    def each(self, path: str, values: object, check: str) -> Iterable[tuple[str, object]]:
        """The items of a tuple with their paths; records a problem if it is not a tuple."""
        if not isinstance(values, tuple):
            self.fail(path, f"expected a tuple of {check}, got {describe(values)}")
            return ()
        return ((f"{path}[{index}]", value) for index, value in enumerate(values))

    def done(self, subject: str) -> None:
        """Raise every recorded problem as one :class:`ascn.ValidationError`."""
        if self.problems:
            raise ValidationError(self.problems, subject=subject)
