"""Date normalisation and partial dates."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ascn import PartialDate, Precision, ValidationError, to_date
from ascn.model.checks import is_span
from ascn.strategies import partial_dates


@pytest.mark.parametrize(
    "value",
    [
        "2025-10-26",
        dt.date(2025, 10, 26),
        dt.datetime(2025, 10, 26, 23, 59),
        pendulum.Date(2025, 10, 26),
        pendulum.datetime(2025, 10, 26, 8, tz="Asia/Dili"),
    ],
)
def test_every_accepted_form_gives_the_same_pendulum_date(value: object) -> None:
    day = to_date(value)
    assert type(day) is pendulum.Date
    assert (day.year, day.month, day.day) == (2025, 10, 26)


def test_a_datetime_keeps_its_own_zone_day() -> None:
    # 23:30 in Dili is 14:30 UTC the same day, and 01:00 on the 27th in Auckland.
    late = pendulum.datetime(2025, 10, 26, 23, 30, tz="Asia/Dili")
    assert to_date(late) == pendulum.Date(2025, 10, 26)


def test_a_callers_datetime_keeps_its_own_zone() -> None:
    bangkok = dt.timezone(dt.timedelta(hours=7))
    # 00:30 on New Year's Day in Bangkok is still 31 December in UTC.
    assert to_date(dt.datetime(2024, 1, 1, 0, 30, tzinfo=bangkok)) == pendulum.Date(2024, 1, 1)
    assert to_date(pendulum.datetime(2024, 1, 1, 0, 30, tz="Asia/Bangkok")) == pendulum.Date(
        2024, 1, 1
    )


@pytest.mark.parametrize(
    "text",
    ["2020-W01-1", "2020-001", "20200101", "2020-1-1", "2020-01-01T00:00", " 2020-01-01", ""],
)
def test_only_plain_iso_days_are_accepted(text: str) -> None:
    with pytest.raises(ValidationError, match="YYYY-MM-DD") as info:
        to_date(text, path="on")
    assert info.value.problems[0].path == "on"


@pytest.mark.parametrize("text", ["2023-02-29", "2024-13-01", "2024-04-31"])
def test_impossible_days_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="not a day of the calendar"):
        to_date(text)


@pytest.mark.parametrize("value", [2025, 2025.0, None, ["2025-01-01"], b"2025-01-01"])
def test_non_dates_are_refused_with_the_library_error(value: object) -> None:
    with pytest.raises(ValidationError, match="expected a date"):
        to_date(value)


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("2024", Precision.YEAR, (2024, 1, 1), (2024, 12, 31)),
        ("2024-02", Precision.MONTH, (2024, 2, 1), (2024, 2, 29)),
        ("2023-02", Precision.MONTH, (2023, 2, 1), (2023, 2, 28)),
        ("2018-04-28", Precision.DAY, (2018, 4, 28), (2018, 4, 28)),
    ],
)
def test_partial_dates_span_the_days_they_may_stand_for(
    text: str, precision: Precision, earliest: tuple[int, int, int], latest: tuple[int, int, int]
) -> None:
    partial = PartialDate.parse(text)
    assert partial.precision is precision
    assert partial.earliest == pendulum.Date(*earliest)
    assert partial.latest == pendulum.Date(*latest)
    assert partial.isoformat() == text


def test_a_partial_date_is_never_padded() -> None:
    assert PartialDate(2024) != PartialDate(2024, 1, 1)
    with pytest.raises(ValidationError, match="known only to the year"):
        PartialDate(2024).exact()


@pytest.mark.parametrize("text", ["24", "2024-1", "2024-00", "2024-02-30", "2024/02", "2024-02-"])
def test_malformed_partial_dates_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        PartialDate.parse(text)


def test_a_day_needs_a_month() -> None:
    with pytest.raises(ValidationError, match="a day needs a month"):
        PartialDate(2024, None, 3)


@given(st.dates(), st.sampled_from(list(Precision)))
def test_partial_dates_round_trip_through_text(day: dt.date, precision: Precision) -> None:
    month = None if precision is Precision.YEAR else day.month
    dom = day.day if precision is Precision.DAY else None
    partial = PartialDate(day.year, month, dom)
    assert PartialDate.parse(partial.isoformat()) == partial
    assert partial.earliest <= pendulum.Date(day.year, day.month, day.day) <= partial.latest


# A narrow window, so that starts and ends often share a year or a month.
NEARBY = partial_dates(dt.date(2023, 12, 1), dt.date(2024, 3, 31))


@given(start=NEARBY, end=NEARBY)
def test_the_fast_span_verdict_orders_partial_dates_as_their_bounds_do(
    start: PartialDate, end: PartialDate
) -> None:
    assert is_span(start, end, optional=False) == (start.earliest <= end.latest)
