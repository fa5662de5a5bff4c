"""Hostile and malformed input: refused clearly, within limits, and nothing given is lost.

Covers the limits on what a document may cost, numbers and text that cannot be held as
written, repeated keys, one error model at every entry point, field rules reported beside
type errors, lossless round trips, and that reading never executes anything or uses the
network.
"""

from __future__ import annotations

import ast
import collections
import contextlib
import datetime as dt
import json
import math
import pathlib
import socket
import struct
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ascn
import ascn.io.document
import builders
from ascn.dataset import default_text
from ascn.io.converter import MAX_INT_DIGITS, converter
from ascn.io.problems import MAX_PROBLEMS, MAX_TEXT

SOURCE_ROOT = pathlib.Path(ascn.__file__).parent

LIMIT = 16 * 1024 * 1024
"""The documented size limit: 16 MiB."""


@pytest.fixture(autouse=True)
def documented_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The documented limit, whatever another module in this process set it to.

    The benchmarks raise the module constant in their own process; a test that builds a
    document one byte over the limit must not build one over a raised limit.
    """
    monkeypatch.setattr(ascn.io.document, "MAX_DOCUMENT_SIZE", LIMIT)


def refusal(text: str | bytes) -> ascn.ValidationError:
    with pytest.raises(ascn.ValidationError) as info:
        ascn.loads(text)
    return info.value


def refusal_with(text: str, *, max_size: Any) -> ascn.ValidationError:
    with pytest.raises(ascn.ValidationError) as info:
        ascn.loads(text, max_size=max_size)
    return info.value


def problems(data: object) -> dict[str, str]:
    """The problems of a document given as data, by path."""
    return {p.path: p.message for p in refusal(json.dumps(data, ensure_ascii=False)).problems}


def with_meeting(ordinal: object) -> dict[str, Any]:
    meeting = {"id": "first-meeting", "ordinal": ordinal, "title": "First annual meeting"}
    return builders.document(meetings=[meeting])


def with_latitude(text: str) -> str:
    """The handmade document with Hanoi's latitude written as ``text``."""
    document = json.dumps(builders.document())
    assert document.count("21.03") == 1
    return document.replace("21.03", text)


# --- limits on what a document may cost -------------------------------------------------


def test_the_size_limit_is_16_mib() -> None:
    # In a fresh interpreter: this one may hold a limit raised by the benchmarks.
    shown = subprocess.run(
        [sys.executable, "-c", "import ascn.io.document as d; print(d.MAX_DOCUMENT_SIZE)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout == f"{LIMIT}\n"


@pytest.mark.parametrize(("kind", "unit"), [(str, "characters"), (bytes, "bytes")])
def test_a_document_over_the_size_limit_is_refused_unread(kind: type, unit: str) -> None:
    text = "{" + " " * LIMIT + "}"
    [problem] = refusal(text if kind is str else text.encode()).problems
    assert str(problem) == f"the document has {LIMIT + 2} {unit}; ascn reads at most {LIMIT} {unit}"


def test_a_document_at_the_size_limit_is_read() -> None:
    error = refusal("{" + " " * (LIMIT - 2) + "}")
    assert {p.path for p in error.problems} == {"format", "version"}


def test_a_caller_may_set_another_limit() -> None:
    text = ascn.dumps(builders.network())
    assert ascn.loads(text, max_size=len(text)) == builders.network()
    [problem] = refusal_with(text, max_size=len(text) - 1).problems
    assert problem.message.endswith(f"ascn reads at most {len(text) - 1} characters")
    padded = "{" + " " * LIMIT + "}"
    error = refusal_with(padded, max_size=LIMIT + 2)
    assert {p.path for p in error.problems} == {"format", "version"}


@pytest.mark.parametrize("max_size", [-1, 1.5, "16 MiB", True])
def test_a_limit_is_a_whole_number(max_size: object) -> None:
    [problem] = refusal_with("{}", max_size=max_size).problems
    assert problem.path == "max_size"
    assert problem.message.startswith("expected None or a whole number >= 0, got ")


@pytest.mark.parametrize("opening", ["[", '{"a": ', '{"cities": ['])
def test_nesting_beyond_the_parsers_guard_is_refused(opening: str) -> None:
    error = refusal(opening * 200_000)
    assert [str(p) for p in error.problems] == ["the JSON is nested too deeply"]


def test_nesting_within_the_guard_is_refused_at_the_outermost_wrong_value() -> None:
    document = builders.document()
    document["cities"][0]["note"] = json.loads("[" * 500 + "]" * 500)
    assert problems(document) == {"cities[0].note": "expected text, got a list"}


def test_long_text_is_kept_whole() -> None:
    document = builders.document()
    document["cities"][0]["note"] = "ấ" * 1_000_000
    network = ascn.loads(json.dumps(document, ensure_ascii=False))
    assert network.cities()[0].note == "ấ" * 1_000_000


def test_long_values_are_clipped_in_messages_and_paths() -> None:
    document = builders.document()
    document["cities"][0]["id"] = "X" * 1_000_000
    document["cities"][0]["intake"] = "y" * 1_000_000
    document["cities"][1]["z" * 1_000_000] = 1
    error = refusal(json.dumps(document))
    assert len(str(error)) < 4 * (2 * MAX_TEXT + 40)
    found = {p.path[:12]: p.message for p in error.problems}
    assert found["cities[0].id"].startswith("expected an id of lower-case letters")
    assert found["cities[0].in"].startswith("expected one of 'pilot', 'later', got text ('yyy")
    assert "(1000002 characters)" in found["cities[0].in"]
    assert found["cities[1].zz"] == "is not a known key here"


def test_a_huge_list_of_bad_items_stops_at_the_problem_limit() -> None:
    document = builders.document(cities=[0] * 1_000_000)
    error = refusal(json.dumps(document))
    assert len(error.problems) == MAX_PROBLEMS
    assert [p.path for p in error.problems[:-1]] == [f"cities[{i}]" for i in range(999)]
    assert str(error.problems[-1]) == (
        "cities: checking stopped at item 998 after 999 problems; later items were not checked"
    )


def test_more_problems_than_the_limit_are_counted_not_listed() -> None:
    source = builders.document()["sources"][0]
    found = refusal(json.dumps(builders.document(sources=[source] * 3000))).problems
    # 2,999 sources repeat the first one's id; the first 1,000 are listed.
    assert len(found) == MAX_PROBLEMS + 1
    assert found[0].path == "sources[1].id"
    assert found[MAX_PROBLEMS - 1].path == f"sources[{MAX_PROBLEMS}].id"
    assert str(found[-1]) == "1999 more problems are not listed"


# --- numbers ----------------------------------------------------------------------------


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


# --- keys that appear more than once -----------------------------------------------------


def test_a_repeated_key_is_refused_at_its_path() -> None:
    text = json.dumps(builders.document(), indent=2, ensure_ascii=False)
    text = text.replace('"name": "Da Nang",', '"name": "Da Nang",\n"name": "Đà Nẵng",')
    assert [str(p) for p in refusal(text).problems] == [
        "cities[1].name: the key 'name' appears twice in one JSON object; "
        "ascn does not choose between the values"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"format": 1, "format": 2, "format": 3}', {"format": "appears 3 times"}),
        ('{"a": 1, "a": 1}', {"a": "appears twice"}),
        ('{"name": 1, "n\\u0061me": 2}', {"name": "appears twice"}),
        ('{"x": {"b": 1, "b": 2}, "y": [{"c": 1, "c": 2}]}', {"x.b": "twice", "y[0].c": "twice"}),
        ('{"odd key": 1, "odd key": 2}', {'["odd key"]': "twice"}),
        ('{"a": {"b": 1, "b": 2}, "a": 3}', {"a": "twice"}),
    ],
)
def test_repeated_keys_never_keep_one_of_the_values(text: str, expected: dict[str, str]) -> None:
    found = {p.path: p.message for p in refusal(text).problems}
    assert set(found) == set(expected)
    for path, words in expected.items():
        assert words in found[path]


# --- text -------------------------------------------------------------------------------


def test_a_lone_surrogate_is_refused_but_a_pair_is_a_character() -> None:
    text = json.dumps(builders.document(), ensure_ascii=False)
    lone = text.replace('"name": "Hanoi"', '"name": "Hanoi", "note": "a\\ud800b"')
    assert [str(p) for p in refusal(lone).problems] == [
        "cities[0].note: contains a lone UTF-16 surrogate, which is not text"
    ]
    pair = text.replace('"name": "Hanoi"', '"name": "Hanoi", "note": "\\ud83d\\ude00"')
    assert ascn.loads(pair).cities()[0].note == "😀"


@pytest.mark.parametrize(
    "joined",
    ["\u0662\u0660\u0662\u0664", "\uff12\uff10\uff12\uff14", "2024-0\u0663"],
    ids=["arabic-indic", "full-width", "mixed"],
)
def test_dates_are_ascii_and_are_never_rewritten(joined: str) -> None:
    document = builders.document()
    document["cities"][1]["joined"] = joined
    assert problems(document) == {
        "cities[1].joined": f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got '{joined}'"
    }


@pytest.mark.parametrize(
    ("day", "written"),
    [((1, 1, 2), "0001-01-02"), ((999, 12, 31), "0999-12-31"), ((9999, 12, 31), "9999-12-31")],
)
def test_every_year_is_written_with_four_digits(day: tuple[int, int, int], written: str) -> None:
    network = builders.network(established=pendulum.Date(*day), cities=())
    text = ascn.dumps(network)
    assert f'"established": "{written}",' in text
    assert ascn.loads(text) == network


def test_a_datetime_is_refused_where_a_document_wants_a_day() -> None:
    document = builders.document(established="2018-04-28T00:00:00+07:00")
    assert "expected a date as YYYY-MM-DD" in problems(document)["established"]


def test_a_callers_datetime_keeps_its_own_zone() -> None:
    bangkok = dt.timezone(dt.timedelta(hours=7))
    # 00:30 on New Year's Day in Bangkok is still 31 December in UTC.
    assert ascn.to_date(dt.datetime(2024, 1, 1, 0, 30, tzinfo=bangkok)) == pendulum.Date(2024, 1, 1)
    assert ascn.to_date(pendulum.datetime(2024, 1, 1, 0, 30, tz="Asia/Bangkok")) == pendulum.Date(
        2024, 1, 1
    )


def test_stored_text_is_kept_exactly_while_lookups_ignore_accents() -> None:
    decomposed = unicodedata.normalize("NFD", "Hà Nội")
    network = builders.network(cities=(builders.hanoi(name=decomposed, aliases=()),))
    again = ascn.loads(ascn.dumps(network))
    assert again.cities()[0].name == decomposed
    assert again.cities()[0].name != unicodedata.normalize("NFC", decomposed)
    assert again.city("Hà Nội") is again.cities()[0]
    assert again.city("HA NOI") is again.cities()[0]


def test_inner_control_characters_are_kept() -> None:
    note = "first line\nsecond\tline\x00end"
    network = builders.network(cities=(builders.hanoi(note=note),))
    assert ascn.loads(ascn.dumps(network)).cities()[0].note == note


def test_a_byte_order_mark_is_ignored() -> None:
    body = ascn.dumps(builders.network())
    assert ascn.loads("\ufeff" + body) == builders.network()
    assert ascn.loads(b"\xef\xbb\xbf" + body.encode()) == builders.network()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b'{"a": "\xff"}', "the document is not UTF-8 text (invalid start byte at byte 7)"),
        ("{}".encode("utf-16"), "the document is not UTF-8 text (invalid start byte at byte 0)"),
        ("", "not valid JSON: the document is empty"),
        (" \n\t ", "not valid JSON: the document is empty"),
        ("{\n  'a': 1}", "not valid JSON: Expecting property name enclosed in double quotes"),
    ],
)
def test_text_that_is_not_a_json_document_is_named_as_such(text: str | bytes, message: str) -> None:
    [problem] = refusal(text).problems
    assert problem.path == ""
    assert problem.message.startswith(message)


# --- one error model at every entry point ------------------------------------------------


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


def _records() -> dict[type, Any]:
    network = ascn.load()
    records: dict[type, Any] = {
        type(getattr(network, name)()[0]): getattr(network, name)()[0]
        for name in builders.COLLECTIONS
    }
    records[ascn.Location] = network.cities()[0].location
    records[ascn.Basis] = network.chairs()[0].basis
    records[ascn.Network] = builders.network()
    return records


RECORDS = _records()

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(),
    st.binary(),
    st.lists(st.text(max_size=3), max_size=3),
    st.tuples(st.one_of(st.text(max_size=3), st.integers(), st.none())),
    st.dates(),
    st.datetimes(timezones=st.timezones()),
    st.decimals(allow_nan=True),
    st.builds(object),
    st.sampled_from([*ascn.Role, *ascn.Intake, ascn.PartialDate(2020), pendulum.Date(2020, 1, 1)]),
    # Names a zone check meets: real, wrong case, paths, directories of the database, a NUL,
    # and a segment longer than a file name may be.
    st.sampled_from(
        ["Asia/Singapore", "asia/singapore", "..", "/etc/passwd", "Asia", "Etc", "\x00", "a" * 300]
    ),
)


@given(cls=st.sampled_from(sorted(RECORDS, key=lambda c: c.__name__)), data=st.data())
def test_constructors_raise_only_validation_errors(cls: type, data: st.DataObject) -> None:
    record = RECORDS[cls]
    arguments = {a.alias: getattr(record, a.name) for a in attrs.fields(cls) if a.init}
    field = data.draw(st.sampled_from(sorted(arguments)), label="field")
    arguments[field] = data.draw(ODD_VALUES, label="value")
    with contextlib.suppress(ascn.ValidationError):
        cls(**arguments)


LOOKUP_KEYS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["VN", "vietnam", "VIỆT NAM", "Singapore", "hanoi", "", " ", "\uff33\uff27"]),
    st.integers(),
    st.none(),
    st.lists(st.text(max_size=3), max_size=2),
)


@given(key=LOOKUP_KEYS)
def test_lookups_raise_only_lookup_errors(key: Any) -> None:
    network = ascn.load()
    for lookup in (network.member, network.city, network.source):
        with contextlib.suppress(ascn.NotFoundError, ascn.AmbiguousKeyError):
            lookup(key)


@given(day=st.one_of(st.text(max_size=12), st.integers(), st.dates(), st.none(), st.floats()))
def test_queries_by_day_raise_only_validation_errors(day: Any) -> None:
    network = ascn.load()
    for query in (network.members, network.cities, network.chairs, network.appointments):
        try:
            query(on=day)
        except ascn.ValidationError as error:
            refused: ascn.ValidationError | None = error
        else:
            refused = None
        assert refused is None or [p.path for p in refused.problems] == ["on"]


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(
            lambda: builders.hanoi(timezone="Asia"),
            id="zone-that-is-a-directory",
        ),
        pytest.param(
            lambda: builders.hanoi(id=10**5000),
            id="huge-int-in-a-message",
        ),
        pytest.param(
            lambda: builders.network().search(5),  # type: ignore[arg-type]
            id="search-for-a-number",
        ),
        pytest.param(
            lambda: ascn.PartialDate.parse(2024),  # type: ignore[arg-type]
            id="parse-a-number",
        ),
        pytest.param(
            lambda: ascn.from_data(
                builders.document(cities=[builders.document()["cities"][0] | {"timezone": "Asia"}])
            ),
            id="zone-that-is-a-directory-in-a-document",
        ),
    ],
)
def test_mistakes_outside_documents_raise_ascn_errors(call: Callable[[], object]) -> None:
    with pytest.raises(ascn.AscnError):
        call()


# --- nothing executes, nothing leaves the machine ----------------------------------------

FORBIDDEN_MODULES = {
    "pickle",
    "cPickle",
    "dill",
    "marshal",
    "shelve",
    "yaml",
    "subprocess",
    "socket",
    "urllib",
    "http",
    "requests",
    "httpx",
    "ctypes",
}
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
# The one module that generates code: its source comes from ascn's classes, never from input
# (test_fast.py checks what it generates; the audit hook below sees nothing compiled on reads).
CODE_GENERATOR = SOURCE_ROOT / "model" / "codegen.py"


def _source_files() -> Iterator[pathlib.Path]:
    yield from sorted(SOURCE_ROOT.rglob("*.py"))


@pytest.mark.parametrize(
    "path", list(_source_files()), ids=lambda p: str(p.relative_to(SOURCE_ROOT))
)
def test_the_library_imports_no_deserialiser_that_runs_code_and_calls_no_eval(
    path: pathlib.Path,
) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            names = {(node.module or "").split(".")[0]}
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            allowed = {"exec", "compile"} if path == CODE_GENERATOR else set()
            assert node.func.id not in FORBIDDEN_CALLS - allowed, f"{path}:{node.lineno}"
            continue
        else:
            continue
        assert not names & FORBIDDEN_MODULES, f"{path}:{node.lineno} imports {names}"


HOSTILE = [
    default_text(),
    json.dumps(builders.document(cities=[{"id": "x" * 1000}] * 50)),
    '{"format": "ascn.network", "version": 1, "version": 1}',
    "[" * 10_000,
    with_latitude("1e400"),
]


def _read_all() -> None:
    for text in HOSTILE:
        with contextlib.suppress(ascn.ValidationError):
            ascn.loads(text)


def test_reading_uses_no_network(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ascn tried to use the network")

    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    _read_all()
    path = tmp_path / "network.json"
    path.write_text(default_text(), encoding="utf-8")
    assert ascn.load(path) == ascn.loads(default_text())


_EVENTS: list[str] = []
_RECORDING: list[bool] = []
# Events that would mean input is being executed, deserialised into code, or sent away.
_DANGEROUS = (
    "exec",
    "compile",
    "pickle.",
    "marshal.",
    "subprocess.",
    "os.system",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "socket.",
    "urllib.",
    "ctypes.",
    "import",
)


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _RECORDING and event.startswith(_DANGEROUS):
        _EVENTS.append(event)


def test_reading_executes_nothing() -> None:
    _read_all()  # generates ascn's and cattrs' code (from ascn's classes, not from any input)
    sys.addaudithook(_audit)
    _RECORDING.append(True)
    try:
        _read_all()
    finally:
        _RECORDING.clear()
    assert _EVENTS == []
