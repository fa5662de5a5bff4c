"""Plots: what they draw is checked on the figure's artists; the facts give the numbers."""

from __future__ import annotations

import datetime as dt
import io
import sys

import matplotlib
import numpy as np
import pytest
from matplotlib.container import BarContainer
from matplotlib.dates import num2date
from matplotlib.figure import Figure

import ascn
from ascn import plots, tables
from facts import ADMITTED, ASEAN_CHAIRS, CITIES, INTAKES, MEMBERS, PILOT_JOINED

matplotlib.use("Agg")

NETWORK = ascn.load()

NAMES = {code: member.name for code, member in MEMBERS.items()}
# From the facts: the 26 pilot cities of 2018 and the later intakes, by member state's name.
PILOT = {
    NAMES[code]: sum(c.country == code and c.intake == "pilot" for c in CITIES.values())
    for code in MEMBERS
}
LATER = {
    NAMES[code]: n
    for code in MEMBERS
    if (n := sum(c.country == code and c.intake == "later" for c in CITIES.values()))
}


def bars(figure: Figure, label: str) -> BarContainer:
    axes = figure.axes[0]
    found = [c for c in axes.containers if isinstance(c, BarContainer) and c.get_label() == label]
    assert len(found) == 1, label
    return found[0]


def tick_names(figure: Figure) -> list[str]:
    return [label.get_text() for label in figure.axes[0].get_yticklabels()]


def day_of(x: float) -> dt.date:
    moment: dt.datetime = num2date(x)  # type: ignore[no-untyped-call]
    return moment.date()


# -- cities by member ---------------------------------------------------------------------


def test_cities_by_member_stacks_pilot_and_later_intakes() -> None:
    figure = plots.cities_by_member(NETWORK)
    assert isinstance(figure, Figure)
    names = tick_names(figure)
    assert names == sorted(PILOT)
    pilot = [bar.get_width() for bar in bars(figure, "pilot intake")]
    later = bars(figure, "later intake")
    assert dict(zip(names, pilot, strict=True)) == PILOT
    assert {n: bar.get_width() for n, bar in zip(names, later, strict=True)} == {
        name: LATER.get(name, 0) for name in names
    }
    for pilot_bar, later_bar in zip(bars(figure, "pilot intake"), later, strict=True):
        assert later_bar.get_x() == pilot_bar.get_x() + pilot_bar.get_width()  # stacked
    totals = [text.get_text() for text in figure.axes[0].texts]
    assert sum(int(total) for total in totals) == len(CITIES) == 32
    assert (PILOT["Malaysia"], PILOT["Timor-Leste"], LATER["Thailand"]) == (4, 0, 3)


def test_cities_by_member_on_a_day() -> None:
    figure = plots.cities_by_member(NETWORK, on="2023-12-31")
    names = tick_names(figure)
    assert ADMITTED["TL"] > "2023-12-31"
    assert "Timor-Leste" not in names  # admitted on 2025-10-26
    later = dict(zip(names, (b.get_width() for b in bars(figure, "later intake")), strict=True))
    assert later["Thailand"] == 3
    assert later["Indonesia"] == 0  # Sumedang joined in 2024
    assert "2023-12-31" in figure.axes[0].get_title()


def test_a_figure_can_be_written_without_pyplot() -> None:
    buffer = io.BytesIO()
    plots.cities_by_member(NETWORK).savefig(buffer, format="png")
    assert buffer.getvalue().startswith(b"\x89PNG")


def test_plots_without_matplotlib_say_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(ImportError, match=r"pip install 'ascn\[plot\]'"):
        plots.cities_by_member(NETWORK)


# -- chair timeline -----------------------------------------------------------------------


def test_chair_timeline_draws_every_term_by_status() -> None:
    figure = plots.chair_timeline(NETWORK, last=2030)
    rows = [r for r in tables.timeline(NETWORK, last=2030) if r["kind"] == "chair"]
    names = tick_names(figure)
    assert names == sorted(PILOT)
    drawn: dict[int, tuple[str, str]] = {}
    for status in ("recorded", "agreed", "projected"):
        container = bars(figure, f"chair ({status})")
        for bar in container:
            start = day_of(bar.get_x())
            drawn[start.year] = (names[round(bar.get_y() + bar.get_height() / 2)], status)
    assert len(drawn) == len(rows)
    # From the facts: recorded through 2026, Singapore agreed for 2027, Thailand projected
    # for 2028, Timor-Leste agreed for 2029, Viet Nam projected for 2030.
    assert drawn == {
        year: (NAMES[member], status)
        for year, (member, status) in ASEAN_CHAIRS.items()
        if 2018 <= year <= 2030
    }
    assert drawn[2018] == ("Singapore", "recorded")
    assert drawn[2026] == ("Philippines", "recorded")
    assert drawn[2027] == ("Singapore", "agreed")
    assert drawn[2028] == ("Thailand", "projected")
    assert drawn[2029] == ("Timor-Leste", "agreed")
    assert drawn[2030] == ("Viet Nam", "projected")


def test_chair_timeline_counts_cities_as_the_queries_do() -> None:
    figure = plots.chair_timeline(NETWORK)
    lower = figure.axes[1]
    (line,) = lower.get_lines()
    days = list(np.asarray(line.get_xdata(), dtype=object))
    counts = [int(y) for y in np.asarray(line.get_ydata())]
    assert counts[0] == INTAKES[PILOT_JOINED] == 26
    assert counts[-1] == len(CITIES) == 32
    for day, count in zip(days, counts, strict=True):
        assert count == len(NETWORK.cities(on=day))


def test_chair_timeline_marks_meetings_at_their_host() -> None:
    figure = plots.chair_timeline(NETWORK)
    (markers,) = figure.axes[0].collections
    dated = [m for m in NETWORK.meetings() if m.start is not None]
    assert len(np.asarray(markers.get_offsets())) == len(dated)


def test_chair_timeline_of_the_ascn() -> None:
    figure = plots.chair_timeline(NETWORK, organisation="ASCN", first=2018, last=2026)
    assert figure.axes[0].get_title().startswith("ASCN")
    recorded = bars(figure, "chair (recorded)")
    assert len(recorded) == 2026 - 2018 + 1
