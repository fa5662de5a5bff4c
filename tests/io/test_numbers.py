"""Numbers in documents: read exactly as written or refused where they stand, never coerced,
and written back bit for bit."""

from __future__ import annotations

import json
import math
import struct
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ascn
import builders
from ascn.io.converter import MAX_INT_DIGITS
from builders import refusal, with_latitude, with_meeting


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("1e400", "the number 1e400 is too large for a decimal number"),
        ("-1E400", "the number -1E400 is too large for a decimal number"),
        ("1e-400", "the number 1e-400 cannot be held exactly; it would be read as 0.0"),
        (
            "21.0300000000000000000001",
            "the number 21.0300000000000000000001 cannot be held exactly; "
            "it would be read as 21.03",
        ),
        ("1" + "0" * 400, "is too large for a decimal number"),
        ("9007199254740993", "9007199254740993 cannot be held exactly as a decimal number"),
        (
            "1" * 4301,
            f"the number {'1' * 29}…{'1' * 29} (4301 characters) has 4301 digits; "
            "ascn reads at most 4300",
        ),
    ],
)
def test_numbers_that_cannot_be_held_as_written_are_refused_where_they_stand(
    written: str, message: str
) -> None:
    found = {p.path: p.message for p in refusal(with_latitude(written)).problems}
    assert found == {"cities[0].location.latitude": message}


@pytest.mark.parametrize(
    ("written", "value", "rewritten"),
    [
        ("0.1", 0.1, "0.1"),
        ("21.030", 21.03, "21.03"),
        ("2.103E1", 21.03, "21.03"),
        ("21", 21.0, "21.0"),
        ("-0.0", -0.0, "-0.0"),
        ("5e-324", 5e-324, "5e-324"),
        ("89.99999999999999", 89.99999999999999, "89.99999999999999"),
    ],
)
def test_numbers_that_can_be_held_keep_their_value(
    written: str, value: float, rewritten: str
) -> None:
    latitude = ascn.loads(with_latitude(written)).cities()[0].location.latitude
    assert type(latitude) is float
    assert struct.pack("<d", latitude) == struct.pack("<d", value)
    assert f'"latitude": {rewritten},' in ascn.dumps(ascn.loads(with_latitude(written)))


@given(number=st.decimals(min_value=-90, max_value=90, allow_nan=False, allow_infinity=False))
def test_a_decimal_latitude_is_kept_exactly_or_refused(number: Decimal) -> None:
    text = with_latitude(str(number))
    try:
        network = ascn.loads(text)
    except ascn.ValidationError as error:
        [problem] = error.problems
        assert problem.path == "cities[0].location.latitude"
        assert "cannot be held exactly" in problem.message
        return
    written = json.loads(ascn.dumps(network), parse_float=Decimal)
    assert written["cities"][0]["location"]["latitude"] == number


@given(latitude=st.floats(-90, 90), longitude=st.floats(-180, 180))
def test_every_float_survives_a_round_trip_bit_for_bit(latitude: float, longitude: float) -> None:
    network = builders.network(
        cities=(builders.hanoi(location=ascn.Location(latitude=latitude, longitude=longitude)),)
    )
    again = ascn.loads(ascn.dumps(network)).cities()[0].location
    assert struct.pack("<dd", again.latitude, again.longitude) == struct.pack(
        "<dd", latitude, longitude
    )


def test_whole_numbers_up_to_the_digit_limit_are_kept() -> None:
    ordinal = 10**MAX_INT_DIGITS - 1
    network = ascn.from_data(with_meeting(ordinal))
    assert network.meetings()[0].ordinal == ordinal
    assert ascn.loads(ascn.dumps(network)) == network


@pytest.mark.parametrize(
    ("ordinal", "message"),
    [
        (10**MAX_INT_DIGITS, "has more than 4300 digits"),
        (1.0, "expected a whole number, got a number (1.0)"),
        (True, "expected a whole number, got a boolean (True)"),
        (math.nan, "expected a whole number, got a number (nan)"),
    ],
    ids=["4301-digits", "float", "boolean", "nan"],
)
def test_whole_numbers_are_never_coerced(ordinal: object, message: str) -> None:
    with pytest.raises(ascn.ValidationError) as info:
        ascn.from_data(with_meeting(ordinal))
    assert {p.path: p.message for p in info.value.problems} == {"meetings[0].ordinal": message}


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(constant: str) -> None:
    [problem] = refusal(with_latitude(constant)).problems
    assert str(problem) == f"not valid JSON: {constant} is not a number JSON allows"


@pytest.mark.parametrize(
    ("latitude", "message"),
    [
        (math.nan, "expected a finite number, got a number (nan)"),
        (math.inf, "expected a finite number, got a number (inf)"),
        (10**400, "is too large for a decimal number"),
        ("21.03", "expected a number, got text ('21.03')"),
    ],
)
def test_python_numbers_given_as_data_are_checked_too(latitude: object, message: str) -> None:
    document = builders.document()
    document["cities"][0]["location"]["latitude"] = latitude
    with pytest.raises(ascn.ValidationError) as info:
        ascn.from_data(document)
    assert {p.path: p.message for p in info.value.problems} == {
        "cities[0].location.latitude": message
    }
