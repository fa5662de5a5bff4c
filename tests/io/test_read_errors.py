"""One error model at every entry point of reading and writing: wrong input is a
:class:`ascn.ValidationError` with paths, field rules are reported beside type errors, and a
bug in ascn still shows as a bug."""

from __future__ import annotations

import collections
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pendulum
import pytest

import ascn
import builders
from ascn.io.converter import converter
from builders import refusal


@pytest.mark.parametrize("value", [None, 5, ["{}"], bytearray(b"{}")])
def test_loads_wants_text(value: object) -> None:
    [problem] = refusal(value).problems  # type: ignore[arg-type]
    assert problem.message.startswith("expected JSON text, got ")


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda d: d.update(cities=tuple(d["cities"])),
            "cities",
            "expected a list, got a Python tuple",
        ),
        (
            lambda d: d["cities"].__setitem__(0, collections.OrderedDict(d["cities"][0])),
            "cities[0]",
            "expected an object, got a Python OrderedDict",
        ),
        (
            lambda d: d.update(established=dt.date(2018, 4, 28)),
            "established",
            "expected a date as YYYY-MM-DD, got a Python date",
        ),
        (lambda d: d.update({1: "one"}), "[1]", "is not a known key here"),
        (lambda d: d.update({"a.b": 1}), '["a.b"]', "is not a known key here"),
        (
            lambda d: d["cities"][0].update(aliases={"Ha Noi"}),
            "cities[0].aliases",
            "expected a list, got a Python set",
        ),
    ],
)
def test_python_data_that_json_cannot_hold_is_refused(
    change: Callable[[dict[Any, Any]], None], path: str, message: str
) -> None:
    document = builders.document()
    change(document)
    with pytest.raises(ascn.ValidationError) as info:
        ascn.from_data(document)
    assert {p.path: p.message for p in info.value.problems} == {path: message}


@pytest.mark.parametrize("data", [None, [], "{}", 1.5, collections.OrderedDict()])
def test_a_document_must_be_an_object(data: object) -> None:
    with pytest.raises(ascn.ValidationError, match="a document must be a JSON object"):
        ascn.from_data(data)


def test_the_converter_raises_validation_errors_with_relative_paths() -> None:
    with pytest.raises(ascn.ValidationError) as info:
        converter.structure({"latitude": "north"}, ascn.Location)
    assert info.value.subject == "Location"
    assert {p.path: p.message for p in info.value.problems} == {
        "latitude": "expected a number, got text ('north')",
        "longitude": "is required but missing",
    }
    with pytest.raises(ascn.ValidationError) as info:
        converter.structure([{"latitude": 1.0, "longitude": 2.0}, 5], tuple[ascn.Location, ...])
    assert [str(p) for p in info.value.problems] == ["[1]: expected an object, got a number (5)"]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: ascn.dumps("network"), "expected a Network, got str"),  # type: ignore[arg-type]
        (lambda: ascn.to_data({}), "expected a Network, got dict"),  # type: ignore[arg-type]
        (lambda: ascn.dumps(builders.network(), indent=-1), "indent: expected None or"),
        (lambda: ascn.dumps(builders.network(), indent="\t"), "indent: expected None or"),  # type: ignore[arg-type]
    ],
)
def test_writing_refuses_what_is_not_a_network(call: Callable[[], object], error: str) -> None:
    with pytest.raises(ascn.ValidationError, match=error):
        call()


def test_field_rules_are_reported_beside_type_errors() -> None:
    document = builders.document()
    hanoi, da_nang = document["cities"]
    hanoi.update(id="Ha Noi", timezone="Asia/Atlantis", location="21.03,105.85", colour="red")
    da_nang["location"].update(latitude="north", longitude=500.0)
    document["appointments"][0].update(role=5, end="2010")
    assert [str(p) for p in refusal(json.dumps(document)).problems] == [
        "cities[0].id: expected an id of lower-case letters, digits and hyphens, got 'Ha Noi'",
        "cities[0].timezone: 'Asia/Atlantis' is not an IANA time zone name",
        "cities[0].location: expected an object, got text ('21.03,105.85')",
        "cities[0].colour: is not a known key here",
        "cities[1].location.latitude: expected a number, got text ('north')",
        "cities[1].location.longitude: must be between -180 and 180, got 500.0",
        "appointments[0].role: expected one of 'national-representative', "
        "'chief-smart-city-officer', 'ascn-chair', 'ascn-shepherd', 'asean-chair', "
        "'asean-secretary-general', got a number (5)",
        "appointments[0].end: ends (2010) before it starts (2018-07-08)",
    ]


def test_a_bug_still_shows_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    document = builders.document()

    def broken(name: str) -> bool:
        raise ZeroDivisionError("a bug, not a mistake in the document")

    # The zone rule's verdict runs in the constructor and in the lean reader alike.
    monkeypatch.setattr("ascn.model.fields.leaves.is_time_zone", broken)
    with pytest.raises(Exception) as info:  # noqa: PT011 - the point is that it is not ascn's
        ascn.from_data(document)
    # The lean reader meets it first, and lets it through as it is: no documented miss.
    assert type(info.value) is ZeroDivisionError


def test_a_key_error_from_a_bug_is_not_reported_as_a_missing_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = builders.document()

    def broken(text: str) -> pendulum.Date:
        raise KeyError("year")

    # The lean reader and the converter both read days through the date parser.
    monkeypatch.setattr("ascn.io.converter.parse_iso_date", broken)
    monkeypatch.setattr("ascn.model.codegen.parse_iso_date", broken)
    with pytest.raises(Exception) as info:  # noqa: PT011 - the point is that it is not ascn's
        ascn.from_data(document)
    assert type(info.value) is KeyError
    body = {key: value for key, value in document.items() if key not in ("format", "version")}
    with pytest.raises(Exception) as detailed:  # noqa: PT011 - the same, on the detailed path
        converter.structure(body, ascn.Network)
    assert not isinstance(detailed.value, ascn.AscnError)
    assert detailed.group_contains(KeyError, depth=None)
