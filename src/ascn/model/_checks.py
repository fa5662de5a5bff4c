"""Field rules shared by the domain classes, run as one fused pass per instance.

Each class states its rules twice, side by side, in a :class:`FieldRules`: ``clean``, one
boolean expression that is True only when every rule certainly holds, and ``check``, which
records every problem with its path through a :class:`Checks`. A constructor runs ``clean``
and, only when it is False, ``check``, so that valid records (nearly all of them) cost one
cheap expression and invalid ones still get every problem reported at once (attrs' own
validators stop at the first). The test suite checks that ``clean`` never passes a record
that ``check`` would fault.
"""

from __future__ import annotations

import functools
import pkgutil
import re
import zoneinfo
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Final, Generic, NoReturn, TypeVar

import pendulum

from ascn.dates import PartialDate
from ascn.errors import Problem, ValidationError, shown

SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ALPHA2: Final = re.compile(r"[A-Z]{2}")
ALPHA3: Final = re.compile(r"[A-Z]{3}")
URL: Final = re.compile(r"https?://[^\s]+")
_INT_BOUND: Final = 10**4300  # Python writes no int of more than 4300 digits as text
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_is_slug = SLUG.fullmatch
_has_surrogate = _SURROGATE.search

R = TypeVar("R")


@functools.lru_cache(maxsize=1024)  # bounded: a hostile document may name a million zones
def is_time_zone(name: str) -> bool:
    """True when ``name`` is a zone of the IANA database that pendulum and zoneinfo can load."""
    if not name or name != name.strip() or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    # A region name such as "Asia" is a directory of the database, not a zone.
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


@functools.cache
def country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes listed by the IANA time zone database's ``iso3166.tab``.

    The table ships with the ``tzdata`` package that pendulum depends on, so the check needs
    no data of ascn's own and follows tzdata's updates.
    """
    # pkgutil reads through the package's loader without importing importlib.resources.
    data = pkgutil.get_data("tzdata", "zoneinfo/iso3166.tab")
    if data is None:  # only a loader that cannot read resources returns None
        raise FileNotFoundError("tzdata's zoneinfo/iso3166.tab cannot be read by its loader")
    table = data.decode("utf-8")
    codes = (line.split("\t", 1)[0] for line in table.splitlines() if not line.startswith("#"))
    return frozenset(code for code in codes if ALPHA2.fullmatch(code))


def repeats(values: tuple[object, ...]) -> bool:
    """True when some text occurs twice in ``values`` (items that are not text are reported
    by their own checks, and may not even be hashable)."""
    texts = [value for value in values if isinstance(value, str)]
    return len(set(texts)) != len(texts)


def describe(value: object) -> str:
    """A short description of a value's kind, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({value!r})"
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
        and (value.isascii() or _has_surrogate(value) is None)
    )


def is_optional_text(value: object) -> bool:
    """True for None or text that :meth:`Checks.text` accepts."""
    return value is None or is_text(value)


def is_member_code(value: object) -> bool:
    """True for a code that :meth:`Checks.member_code` accepts."""
    return type(value) is str and value in country_codes()


def is_ordinal(value: object) -> bool:
    """True for a whole number that :meth:`Checks.integer` accepts with ``minimum=1``."""
    return type(value) is int and 1 <= value < _INT_BOUND


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
    # start.earliest <= end.latest, compared as (year, month, day) without building the days:
    # a missing end day may stand for 31, as a start day in the same month is never later.
    return (start.year, start.month or 1, start.day or 1) <= (
        end.year,
        end.month or 12,
        end.day or 31,
    )


def is_distinct_texts(values: object) -> bool:
    """True for a tuple that :meth:`Checks.texts` accepts (unique texts, ignoring case)."""
    if type(values) is not tuple:
        return False
    if not values:
        return True
    return all(map(is_text, values)) and len({value.casefold() for value in values}) == len(values)


@functools.lru_cache(maxsize=4096)
def _is_cited_slug(value: str) -> bool:
    return _is_slug(value) is not None


def is_distinct_slugs(values: object) -> bool:
    """True for a tuple of slugs without repeats (the source ids records cite)."""
    if type(values) is not tuple:
        return False
    # Records cite the same few sources again and again: remembering the verdicts is cheaper
    # than matching each one.
    for value in values:
        if type(value) is not str or not _is_cited_slug(value):
            return False
    return len(values) < 2 or len(set(values)) == len(values)


class Checks:
    """Collects the problems of one instance, then raises them together."""

    __slots__ = ("problems",)

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, message: str) -> None:
        """Record a problem at ``path``."""
        self.problems.append(Problem(path, message))

    def text(self, path: str, value: object, *, optional: bool = False) -> bool:
        """Non-empty text without surrounding whitespace (or None when optional)."""
        if value is None and optional:
            return True
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
            self.fail(path, f"has leading or trailing whitespace: {value!r}")
            return False
        return True

    def pattern(self, path: str, value: object, regex: re.Pattern[str], expected: str) -> bool:
        """Text that matches ``regex`` whole."""
        if not isinstance(value, str):
            self.fail(path, f"expected {expected}, got {describe(value)}")
            return False
        if regex.fullmatch(value) is None:
            self.fail(path, f"expected {expected}, got {value!r}")
            return False
        return True

    def slug(self, path: str, value: object) -> bool:
        """A stable identifier: lower-case letters and digits joined by single hyphens."""
        return self.pattern(path, value, SLUG, "an id of lower-case letters, digits and hyphens")

    def member_code(self, path: str, value: object, *, optional: bool = False) -> bool:
        """An assigned ISO 3166-1 alpha-2 code in upper case."""
        if value is None and optional:
            return True
        if not self.pattern(path, value, ALPHA2, "an ISO 3166-1 alpha-2 code such as 'SG'"):
            return False
        if value not in country_codes():
            self.fail(path, f"{value!r} is not an assigned ISO 3166-1 alpha-2 country code")
            return False
        return True

    def url(self, path: str, value: object) -> bool:
        """An http or https address."""
        return self.pattern(path, value, URL, "an http(s) URL")

    def integer(self, path: str, value: object, *, minimum: int | None = None) -> bool:
        """An int (never a bool), at least ``minimum``."""
        if type(value) is not int:
            self.fail(path, f"expected a whole number, got {describe(value)}")
            return False
        if not -_INT_BOUND < value < _INT_BOUND:  # json.dumps could not write it back
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
            self.fail(path, f"must be between {low:g} and {high:g}, got {value!r}")
            return False
        return True

    def boolean(self, path: str, value: object, *, optional: bool = False) -> bool:
        """True or False (or None when optional)."""
        if (value is None and optional) or isinstance(value, bool):
            return True
        self.fail(path, f"expected true or false, got {describe(value)}")
        return False

    def choice(self, path: str, value: object, enum: type[Enum], *, optional: bool = False) -> bool:
        """A member of ``enum``."""
        if (value is None and optional) or isinstance(value, enum):
            return True
        allowed = ", ".join(repr(m.value) for m in enum)
        self.fail(path, f"expected one of {allowed}, got {describe(value)}")
        return False

    def day(self, path: str, value: object, *, optional: bool = False) -> bool:
        """A ``pendulum.Date`` (not a datetime, not a plain ``datetime.date``)."""
        if value is None and optional:
            return True
        if type(value) is not pendulum.Date:
            self.fail(path, f"expected a pendulum.Date, got {describe(value)}")
            return False
        return True

    def partial(self, path: str, value: object, *, optional: bool = False) -> bool:
        """A :class:`ascn.PartialDate`."""
        if value is None and optional:
            return True
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
            self.fail(path, f"{value!r} is not an IANA time zone name")
            return False
        return True

    def texts(self, path: str, values: object, *, unique: bool = True) -> bool:
        """A tuple of non-empty texts, without duplicates (ignoring case) when ``unique``."""
        if not isinstance(values, tuple):
            self.fail(path, f"expected a tuple of texts, got {describe(values)}")
            return False
        ok = True
        seen: dict[str, int] = {}
        for index, value in enumerate(values):
            item = f"{path}[{index}]"
            if not self.text(item, value):
                ok = False
                continue
            assert isinstance(value, str)
            key = value.casefold()
            if unique and key in seen:
                self.fail(item, f"repeats {path}[{seen[key]}] ({value!r})")
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
            raise_problems(self.problems, subject)


def raise_problems(problems: list[Problem], subject: str) -> NoReturn:
    """Raise ``problems`` as one :class:`ascn.ValidationError` about ``subject``."""
    raise ValidationError(problems, subject=subject)


FIELD_RULES: dict[type, FieldRules[object]] = {}
"""The field rules of every domain class, by class (the test suite checks each one)."""


class FieldRules(Generic[R]):
    """The field rules of one class: a fast verdict and the detailed check behind it.

    ``clean(record)`` must be True only when ``check`` would record no problem; it may be
    False for a valid record (the detailed check then decides), at the price of speed only.
    """

    __slots__ = ("check", "clean", "subject")

    def __init__(
        self,
        cls: type[R],
        clean: Callable[[R], bool],
        check: Callable[[Checks, R], None],
    ) -> None:
        self.subject = cls.__name__
        self.clean = clean
        self.check = check
        FIELD_RULES[cls] = self  # type: ignore[assignment]

    def problems(self, record: R) -> list[Problem]:
        """Every problem the detailed check finds in ``record``."""
        checks = Checks()
        self.check(checks, record)
        return checks.problems

    def enforce(self, record: R) -> None:
        """Raise one :class:`ascn.ValidationError` listing every problem of ``record``, if any."""
        if not self.clean(record):
            checks = Checks()
            self.check(checks, record)
            checks.done(self.subject)
