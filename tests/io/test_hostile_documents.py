"""Hostile documents, each escape a past audit found pinned: only ascn's errors come out, in
bounded time and memory, and nothing the document holds is silently altered."""

from __future__ import annotations

import json
import sys
import tracemalloc
from collections.abc import Iterator

import attrs
import pytest

import ascn
import builders


@pytest.fixture
def int_digits_640() -> Iterator[None]:
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(640)
    try:
        yield
    finally:
        sys.set_int_max_str_digits(before)


@pytest.fixture
def high_recursion_limit() -> Iterator[None]:
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(200_000)
    try:
        yield
    finally:
        sys.setrecursionlimit(before)


def _messages(error: ascn.ValidationError) -> list[str]:
    return [str(problem) for problem in error.problems]


def test_a_repeated_key_deep_in_a_wide_document_is_reported_in_little_memory() -> None:
    # Each level's 200 sibling objects wait while the walk goes down the first one.
    document = '{"x": 1, "x": 2}'
    siblings = ", ".join(f'"k{j}": {{}}' for j in range(200))
    for _ in range(900):
        document = '{"n": ' + document + ", " + siblings + "}"
    tracemalloc.start()
    try:
        with pytest.raises(ascn.ValidationError) as info:
            ascn.loads(document)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(info.value.problems) == 1
    assert "n.n.x" in info.value.problems[0].path
    assert "appears twice" in info.value.problems[0].message
    assert peak < 30 * len(document)  # the parsed document itself, not width x depth²


def test_nesting_is_bounded_whatever_the_recursion_limit(high_recursion_limit: None) -> None:
    for text in ("[" * 70_000 + "]" * 70_000, '["\\ud800"' + ",[" * 5_000 + "]" * 5_001):
        with pytest.raises(ascn.ValidationError) as info:
            ascn.loads(text)
        assert _messages(info.value) == ["the JSON is nested too deeply"]


@pytest.mark.parametrize(
    "number", ["1e-9999999999999999999", "1e9999999999999999999", "1E+99999999999999999999"]
)
def test_a_number_with_a_huge_exponent_is_refused_where_it_stands(number: str) -> None:
    document = json.loads(ascn.dumps(builders.network()))
    text = json.dumps(document).replace('"version": 1', f'"version": 1, "colour": {number}')
    with pytest.raises(ascn.ValidationError) as info:
        ascn.loads(text)
    assert _messages(info.value) == ["colour: is not a known key here"]
    text = json.dumps(document).replace('"latitude": 21.03', f'"latitude": {number}')
    with pytest.raises(ascn.ValidationError) as info:
        ascn.loads(text)
    (message,) = _messages(info.value)
    assert message.startswith(f"cities[0].location.latitude: the number {number} ")
    assert message.endswith(
        ("has an exponent too large to hold", "is too large for a decimal number")
    )


@pytest.mark.parametrize("indent", [33, 100_000, -1, 2.0, True])
def test_indent_is_bounded(indent: object) -> None:
    with pytest.raises(ascn.ValidationError) as info:
        ascn.dumps(builders.network(), indent=indent)  # type: ignore[arg-type]
    assert [p.path for p in info.value.problems] == ["indent"]


def test_indent_up_to_its_bound_is_written() -> None:
    assert ascn.dumps(builders.network(), indent=32).startswith("{\n" + " " * 32 + '"format"')


def test_a_huge_version_is_refused_with_a_clipped_message() -> None:
    with pytest.raises(ascn.ValidationError) as info:
        ascn.from_data({"format": "ascn.network", "version": 10**4300})
    (message,) = _messages(info.value)
    assert message.startswith("version: this ascn reads version 1; the document is version 1000")
    assert len(message) < 200


def test_long_whole_numbers_hold_whatever_the_process_digit_limit(int_digits_640: None) -> None:
    network = builders.network()
    meeting = ascn.Meeting(id="big", ordinal=10**1000, title="A meeting of many")
    big = attrs.evolve(network, meetings=(meeting,))
    text = ascn.dumps(big)
    assert "1" + "0" * 1000 in text
    assert ascn.loads(text) == big


def test_minus_zero_keeps_its_sign() -> None:
    text = ascn.dumps(builders.network()).replace('"longitude": 105.85', '"longitude": -0')
    network = ascn.loads(text)
    longitude = network.cities()[0].location.longitude
    assert longitude == 0.0
    assert str(longitude) == "-0.0"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not valid JSON: the document is empty"),
        (" \n\t", "not valid JSON: the document is empty"),
        ("\ufeff", "not valid JSON: the document is empty"),
        ("\ufeff \r\n", "not valid JSON: the document is empty"),
        ("null", "a document must be a JSON object, got null"),
        ("[]", "a document must be a JSON object, got a list"),
        ('""', "a document must be a JSON object, got text ('')"),
        ("0", "a document must be a JSON object, got a number (0)"),
    ],
)
def test_every_way_a_document_can_look_empty(text: str, message: str) -> None:
    with pytest.raises(ascn.ValidationError) as info:
        ascn.loads(text)
    assert _messages(info.value) == [message]


def test_an_empty_object_names_what_it_lacks() -> None:
    with pytest.raises(ascn.ValidationError) as info:
        ascn.loads("{}")
    assert [p.path for p in info.value.problems] == ["format", "version"]
