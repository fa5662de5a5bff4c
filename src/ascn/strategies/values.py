"""Strategies for single values: text, names, ids, codes, zones, days and partial dates.

The record strategies draw each field from one of these (see :mod:`ascn.strategies.derived`
for which rule takes which).
"""

from __future__ import annotations

import datetime as _dt
import functools
import string
from collections.abc import Collection, Sequence
from typing import TypeVar

import pendulum
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ascn.dates import DateLike, PartialDate, Precision, to_date
from ascn.lookup import normalise
from ascn.model.checks import INT_BOUND, country_codes, is_name, zone_names

__all__ = [
    "days",
    "member_codes",
    "names",
    "partial_dates",
    "slugs",
    "texts",
    "time_zones",
]

_T = TypeVar("_T")

# Valid but awkward text: the region's scripts, letters that do not decompose, combining
# marks, ligatures, quotes and markup, control and zero-width characters, inner line breaks.
_AWKWARD = (
    "Hà Nội",
    "Đà Nẵng",
    "Thành phố Hồ Chí Minh",
    "กรุงเทพมหานคร",
    "ភ្នំពេញ",
    "ວຽງຈັນ",
    "ရန်ကုန်",
    "Bandar Seri Begawan",
    "Lao PDR",
    "Timor-Leste",
    "İstanbul",
    "Straße",
    "ﬁnance ½",
    "e\u0301cole",
    'O\'Brien "quoted"',
    "back\\slash",
    "tab\tinside",
    "line\nbreak",
    "carriage\rreturn",
    "zero\u200bwidth",
    "nul\x00inside",
    "🏙️ smart city",
    "مدينة ذكية",
    "</script>{}",
    "%s {0} null",
    "1",
    "—",
)

# -- text ----------------------------------------------------------------------------------


@functools.cache
def texts() -> st.SearchStrategy[str]:
    """Text that ascn accepts where it wants text: non-empty, no surrounding whitespace.

    About half are composed at random from all of Unicode, the rest are awkward samples
    (see the module docs); some have no letter or digit at all.
    """
    composed = (
        st.text(st.characters(codec="utf-8"), min_size=1, max_size=12).map(str.strip).filter(bool)
    )
    return st.one_of(composed, st.sampled_from(_AWKWARD))


@functools.cache
def any_texts() -> st.SearchStrategy[str]:
    """Any Unicode text (a plain ``str`` field): empty, padded, awkward or composed at random."""
    padded = ("", " ", " padded ", "\n", "\t tab", *_AWKWARD)
    return st.one_of(st.text(st.characters(codec="utf-8"), max_size=12), st.sampled_from(padded))


@functools.cache
def _keys() -> st.SearchStrategy[str]:
    # A name holds a letter or digit and no control character (see ascn.model.fields.Name):
    # drawn from characters that are not controls, so that few draws are thrown away.
    characters = st.characters(
        codec="utf-8",
        exclude_categories=("Cc", "Cs"),
        exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    )
    composed = st.text(characters, min_size=1, max_size=12).map(str.strip).filter(is_name)
    return st.one_of(composed, st.sampled_from([t for t in _AWKWARD if is_name(t)]))


def fresh(text: str, taken: frozenset[str], sep: str = " ") -> str:
    """``text``, or ``text`` with a number added, whose normal form is not one of ``taken``."""
    candidate, number = text, 1
    while normalise(candidate) in taken:
        number += 1
        candidate = f"{text}{sep}{number}"
    return candidate


def draw_name(draw: st.DrawFn, taken: frozenset[str]) -> str:
    """A name drawn as :func:`names` draws it (cheaper inside a composite: no new strategy)."""
    return fresh(draw(_keys()), taken)


def names(*, avoid: Collection[str] = ()) -> st.SearchStrategy[str]:
    """Text usable as a lookup key: a name, with a letter or digit and no control character.

    No name drawn is one of ``avoid`` as lookups compare names (after
    ``ascn.lookup.normalise``): ``avoid=["Hanoi"]`` keeps out "Hà Nội" and "HANOI" too. A
    drawn name that would be one gets a number added.
    """
    return _keys().map(functools.partial(fresh, taken=avoided(avoid)))


def avoided(avoid: object) -> frozenset[str]:
    """The normal forms of the names in ``avoid`` (names as users write them, or normal forms)."""
    if isinstance(avoid, str) or not isinstance(avoid, Collection):
        raise InvalidArgument(f"avoid must be a collection of names, got {avoid!r}")
    if not all(isinstance(name, str) for name in avoid):
        raise InvalidArgument("avoid must hold names (text) only")
    return frozenset(normalise(name) for name in avoid)


@functools.cache
def _alias_lists() -> st.SearchStrategy[list[str]]:
    return st.lists(_keys(), max_size=3)


def _distinct(drawn: list[str], taken: frozenset[str]) -> tuple[str, ...]:
    found: dict[str, str] = {}
    for alias in drawn:
        alias = fresh(alias, taken)
        found.setdefault(alias.casefold(), alias)
    return tuple(found.values())


def draw_aliases(draw: st.DrawFn, taken: frozenset[str]) -> tuple[str, ...]:
    """Aliases drawn as :func:`aliases` draws them."""
    return _distinct(draw(_alias_lists()), taken)


def aliases(*, avoid: Collection[str] = ()) -> st.SearchStrategy[tuple[str, ...]]:
    """Up to three aliases, none repeating another ignoring case, none normalising into
    ``avoid``; each is a name, as :func:`names` draws them."""
    return _alias_lists().map(functools.partial(_distinct, taken=avoided(avoid)))


# -- ids, codes, addresses -------------------------------------------------------------------


@functools.cache
def slugs() -> st.SearchStrategy[str]:
    """Stable ids: lower-case letters and digits joined by single hyphens."""
    part = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=6)
    return st.lists(part, min_size=1, max_size=3).map("-".join)


@functools.cache
def codes() -> tuple[str, ...]:
    """Every assigned ISO 3166-1 alpha-2 code, in order."""
    return tuple(sorted(country_codes()))


@functools.cache
def member_codes() -> st.SearchStrategy[str]:
    """Assigned ISO 3166-1 alpha-2 codes (the ones ascn accepts for member states)."""
    return st.sampled_from(codes())


def _alpha3(number: int, taken: frozenset[str]) -> str:
    # Three letters, moved on to the next free combination when the drawn one is taken.
    while True:
        letters = "".join(string.ascii_uppercase[number // 26**i % 26] for i in (2, 1, 0))
        if normalise(letters) not in taken:
            return letters
        number = (number + 1) % 26**3


@functools.cache
def _alpha3_numbers() -> st.SearchStrategy[int]:
    return st.integers(0, 26**3 - 1)


def draw_alpha3(draw: st.DrawFn, taken: frozenset[str]) -> str:
    """Three upper-case letters whose normal form is not one of ``taken``."""
    return _alpha3(draw(_alpha3_numbers()), taken)


@functools.cache
def alpha3s() -> st.SearchStrategy[str]:
    """Three upper-case letters (ISO 3166-1 alpha-3 codes in shape)."""
    return _alpha3_numbers().map(functools.partial(_alpha3, taken=frozenset()))


@functools.cache
def urls() -> st.SearchStrategy[str]:
    """http(s) addresses: a scheme and any printable, space-free rest."""
    rest = st.text(
        st.characters(exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=30
    ).filter(lambda text: not any(ch.isspace() for ch in text))
    return st.builds("{}://{}".format, st.sampled_from(("http", "https")), rest)


@functools.cache
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(zone_names()))


@functools.cache
def time_zones() -> st.SearchStrategy[str]:
    """Names of real IANA time zones (those the installed tz database can load)."""
    return st.sampled_from(_zone_names())


def pool(given: Sequence[_T] | None, invented: st.SearchStrategy[_T]) -> st.SearchStrategy[_T]:
    """Values to refer to: ``invented`` ones when none are given, else one of ``given``."""
    if given is None:
        return invented
    if not given:
        raise InvalidArgument("an empty pool: pass at least one value, or None to invent them")
    return st.sampled_from(tuple(given))


def offers(given: Collection[object] | None) -> bool:
    """Whether a pool can supply a value: an omitted pool invents one."""
    return given is None or len(given) > 0


# -- numbers ---------------------------------------------------------------------------------


def _writable(number: int) -> bool:
    # A named function, not a lambda: Hypothesis would turn a lambda's bounds into a range
    # this wide, and draw 4300-digit numbers most of the time.
    return abs(number) < INT_BOUND


@functools.cache
def integers(minimum: int | None = None) -> st.SearchStrategy[int]:
    """Whole numbers from ``minimum`` on that Python can write as text (under 4300 digits)."""
    return st.integers(min_value=minimum).filter(_writable)


# -- days ------------------------------------------------------------------------------------


def plain(value: DateLike, name: str) -> _dt.date:
    """``value`` as a plain date: st.dates wants them at both ends (pendulum's is a subclass)."""
    day = to_date(value, path=name)
    return _dt.date(day.year, day.month, day.day)


def days(
    min_value: DateLike = _dt.date.min, max_value: DateLike = _dt.date.max
) -> st.SearchStrategy[pendulum.Date]:
    """``pendulum.Date`` values (never plain ``datetime.date``) from min_value to max_value.

    The bounds are anything :func:`ascn.to_date` accepts (``"2018-04-28"``, a date).
    """
    low, high = plain(min_value, "min_value"), plain(max_value, "max_value")
    if low > high:
        raise InvalidArgument(f"min_value={low} is after max_value={high}")
    return _days(low, high)


def _pendulum(day: _dt.date) -> pendulum.Date:
    return pendulum.Date(day.year, day.month, day.day)


@functools.cache
def _days(low: _dt.date, high: _dt.date) -> st.SearchStrategy[pendulum.Date]:
    # Cached: a strategy built anew costs more than drawing from it, and networks draw many.
    return st.dates(low, high).map(_pendulum)


def cut(day: _dt.date, precision: Precision) -> PartialDate:
    """``day`` known only to ``precision``."""
    if precision is Precision.YEAR:
        return PartialDate(day.year)
    if precision is Precision.MONTH:
        return PartialDate(day.year, day.month)
    return PartialDate(day.year, day.month, day.day)


def partial_dates(
    min_value: DateLike = _dt.date.min,
    max_value: DateLike = _dt.date.max,
    *,
    precisions: Sequence[Precision] = tuple(Precision),
) -> st.SearchStrategy[PartialDate]:
    """Dates known to the year, month or day that may stand for a day in the given range.

    Each value's ``latest`` day is on or after ``min_value`` and its ``earliest`` on or before
    ``max_value``: a day in the range is drawn, then cut to one of ``precisions``.
    """
    if not isinstance(precisions, list | tuple):
        raise InvalidArgument(f"precisions must be a sequence of Precision, got {precisions!r}")
    if not precisions or not all(isinstance(p, Precision) for p in precisions):
        raise InvalidArgument("precisions must name at least one Precision, and only those")
    return _partials(days(min_value, max_value), tuple(precisions))


@functools.cache
def _partials(
    drawn: st.SearchStrategy[pendulum.Date], precisions: tuple[Precision, ...]
) -> st.SearchStrategy[PartialDate]:
    return st.builds(cut, drawn, st.sampled_from(precisions))


def draw_partial(draw: st.DrawFn, low: _dt.date) -> PartialDate:
    """A partial date whose latest day is on or after ``low``.

    Rules break at boundaries, so one in four is ``low`` itself (a term that starts the day
    the last one ended, a city that joins the day the network was founded).
    """
    if low > _dt.date.min and draw(st.integers(0, 3)) == 0:
        return PartialDate(low.year, low.month, low.day)
    day = draw(st.dates(_dt.date(low.year, low.month, low.day)))
    return cut(day, draw(st.sampled_from(Precision)))


def draw_term(
    draw: st.DrawFn, start_from: _dt.date, *, known_start: bool
) -> tuple[PartialDate | None, PartialDate | None]:
    """A start on or after ``start_from`` (or unknown), and an end (or none) not before it.

    Three in four starts are known when an unknown one is allowed.
    """
    known = known_start or draw(st.integers(0, 3)) > 0
    start = draw_partial(draw, start_from) if known else None
    if draw(st.booleans()):
        return start, None
    return start, draw_partial(draw, _dt.date.min if start is None else start.earliest)
