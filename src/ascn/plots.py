"""Pictures of the network, drawn with matplotlib (``pip install 'ascn[plot]'``).

Each function returns a ``matplotlib.figure.Figure`` built without pyplot, so it touches no
global state, opens no window and never calls ``show()``: display it in a notebook by leaving
it as a cell's value, or write it with ``figure.savefig("chairs.png")``.

>>> import ascn, ascn.plots
>>> figure = ascn.plots.chair_timeline(ascn.load(), last=2030)
>>> figure.savefig("chairs.png")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from ascn import tables
from ascn.dates import to_date
from ascn.model.chair import Organisation
from ascn.model.city import City
from ascn.model.network import Network

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["STATUS_STYLES", "chair_timeline", "cities_by_member"]

STATUS_STYLES: Final = {
    "recorded": {"color": "#1f5fa8", "hatch": ""},
    "agreed": {"color": "#e08a1e", "hatch": ""},
    "projected": {"color": "#c9c9c9", "hatch": "//"},
}
"""How a chair term of each status is drawn: served terms solid, projections hatched grey."""

_INTAKE_COLOURS: Final = {"pilot": "#1f5fa8", "later": "#e08a1e"}


def _figure(**kwargs: Any) -> Figure:
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ImportError(
            "ascn.plots needs matplotlib; install it with: pip install 'ascn[plot]'"
        ) from exc
    return Figure(layout="constrained", **kwargs)


def _day(cell: tables.Cell) -> _dt.date:
    # Plain dates: matplotlib converts datetime.date itself, but not every subclass of it.
    assert isinstance(cell, _dt.date)
    return _dt.date(cell.year, cell.month, cell.day)


_ONE_DAY: Final = _dt.timedelta(days=1)


def chair_timeline(
    network: Network,
    *,
    organisation: Organisation | str = Organisation.ASEAN,
    first: int | None = None,
    last: int | None = None,
) -> Figure:
    """The chair of each term, by member, above the number of cities in the network.

    The upper axes has one row per member state (in rotation order, by name) with a bar for
    each term it chairs, coloured by status (:data:`STATUS_STYLES`), and a marker for each
    meeting it hosted. The lower axes steps up when cities join; a city known to have joined
    only in some month or year counts from the last day of it, and the shaded band shows when
    it may have joined. ``first``, ``last`` and the defaults are those of
    :func:`ascn.tables.timeline`, which gives the same data as rows.
    """
    rows = tables.timeline(network, organisation=organisation, first=first, last=last)
    figure = _figure(figsize=(10, 6.5))
    chairs_axes, cities_axes = figure.subplots(
        2, 1, sharex=True, gridspec_kw={"height_ratios": (3, 1)}
    )
    members = sorted(network.members(), key=lambda m: m.name)
    place = {member.code: index for index, member in enumerate(members)}

    by_status: dict[str, list[tuple[_dt.date, _dt.timedelta, int]]] = defaultdict(list)
    for row in rows:
        if row["kind"] == "chair":
            start, end = _day(row["start"]), _day(row["end"]) + _ONE_DAY
            by_status[str(row["status"])].append((start, end - start, place[str(row["member"])]))
    for status, style in STATUS_STYLES.items():
        terms = by_status.get(status, [])
        if terms:
            chairs_axes.barh(
                [y for _, _, y in terms],
                [width for _, width, _ in terms],
                left=[start for start, _, _ in terms],
                height=0.7,
                color=style["color"],
                hatch=style["hatch"],
                edgecolor="white",
                label=f"chair ({status})",
            )
    hosted = [
        (_day(row["start"]), place[str(row["member"])])
        for row in rows
        if row["kind"] == "meeting" and row["member"] in place
    ]
    if hosted:
        chairs_axes.scatter(
            [x for x, _ in hosted],
            [y for _, y in hosted],
            marker="v",
            color="black",
            zorder=3,
            label="annual meeting (host)",
        )
    chairs_axes.set_yticks(range(len(members)), [m.name for m in members])
    chairs_axes.invert_yaxis()
    chairs_axes.set_title(f"{_organisation_name(organisation)} chair by term")
    figure.legend(loc="outside right upper", fontsize="small")
    until = max((_day(row["end"]) for row in rows), default=None)
    _draw_intakes(cities_axes, network.cities(), until)
    if rows:
        cities_axes.set_xlim(min(_day(row["start"]) for row in rows), until)
    return figure


def _organisation_name(organisation: Organisation | str) -> str:
    return organisation.value if isinstance(organisation, Organisation) else organisation.upper()


def _draw_intakes(axes: Any, cities: Sequence[City], until: _dt.date | None) -> None:
    # Count each city from the day it is certainly in and until the day it certainly left,
    # as Network.cities(on=...) does, so the line agrees with the queries.
    changes: Counter[_dt.date] = Counter()
    for city in cities:
        changes[_day(city.joined.latest)] += 1
        if city.left is not None:
            changes[_day(city.left.earliest)] -= 1
    days = sorted(changes)
    counts = list(itertools.accumulate(changes[day] for day in days))
    if days and until is not None and until > days[-1]:
        days.append(until)  # carry the last count on to the end of the axis
        counts.append(counts[-1])
    if days:
        axes.step(days, counts, where="post", color="#1f5fa8")
    for joined in {city.joined for city in cities if not city.joined.is_exact}:
        axes.axvspan(
            _day(joined.earliest), _day(joined.latest) + _ONE_DAY, color="#e08a1e", alpha=0.15
        )
    axes.set_ylabel("cities")
    axes.set_ylim(bottom=0)
    axes.set_title("Cities in the network (shaded: intakes dated only to the month or year)")


def cities_by_member(network: Network, *, on: object = None) -> Figure:
    """A bar per member state: its cities in the network, pilot and later intakes stacked.

    With ``on``, only cities certainly in the network that day count (see
    :meth:`ascn.Network.cities`).
    """
    members = sorted(network.members(on=on), key=lambda m: m.name)
    counts = Counter((city.country, city.intake.value) for city in network.cities(on=on))
    figure = _figure(figsize=(8, 5))
    axes = figure.subplots()
    names = [m.name for m in members]
    left = [0] * len(members)
    for intake, colour in _INTAKE_COLOURS.items():
        widths = [counts[(m.code, intake)] for m in members]
        axes.barh(names, widths, left=left, color=colour, label=f"{intake} intake")
        left = [a + b for a, b in zip(left, widths, strict=True)]
    for y, total in enumerate(left):
        axes.annotate(
            str(total), (total, y), xytext=(4, 0), textcoords="offset points", va="center"
        )
    axes.invert_yaxis()
    axes.set_xlabel("cities")
    when = "" if on is None else f" on {to_date(on, path='on').isoformat()}"
    axes.set_title(f"Cities of the network by member state{when}")
    axes.legend(loc="lower right")
    return figure
