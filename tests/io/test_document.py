"""The document format: lossless round trips, strict types, every problem with its path."""

from __future__ import annotations

import copy
import json
from typing import Any

import pendulum
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import ascn
import builders
from ascn import Milestone, Network, PartialDate, ValidationError
from ascn import strategies as ascn_st
from builders import same_types


def problems(data: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        ascn.loads(json.dumps(data))
    return {p.path: p.message for p in info.value.problems}


def test_a_document_names_its_format_and_version_first() -> None:
    text = ascn.dumps(builders.network())
    data = json.loads(text)
    assert list(data)[:3] == ["format", "version", "established"]
    assert (data["format"], data["version"]) == ("ascn.network", 1)
    assert text.endswith("}\n")


def test_round_trip_is_equal_and_keeps_every_type() -> None:
    network = builders.network()
    again = ascn.loads(ascn.dumps(network))
    assert again == network
    assert type(again.established) is pendulum.Date
    assert type(again.members()[0].admitted) is pendulum.Date
    assert type(again.cities()[1].joined) is PartialDate
    assert type(again.cities()[0].location.latitude) is float
    assert type(again.cities()[0].aliases) is tuple
    assert ascn.dumps(again) == ascn.dumps(network)


def test_defaults_are_left_out_and_values_kept_exactly() -> None:
    data = ascn.to_data(builders.network())
    da_nang = data["cities"][1]
    assert "left" not in da_nang
    assert "sources" not in da_nang
    assert da_nang["joined"] == "2024"
    assert da_nang["aliases"] == ["Đà Nẵng"]


def test_non_ascii_text_is_written_as_is() -> None:
    assert "Hà Nội" in ascn.dumps(builders.network())


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda d: d["members"][0].update(code=5),
            "members[0].code",
            "expected text, got a number",
        ),
        (
            lambda d: d["members"][0].update(name=["S"]),
            "members[0].name",
            "expected text, got a list",
        ),
        (lambda d: d["members"][0].update(aliases="abc"), "members[0].aliases", "expected a list"),
        (
            lambda d: d["cities"][0]["location"].update(latitude="21.0"),
            "cities[0].location.latitude",
            "expected a number",
        ),
        (
            lambda d: d["cities"][0]["location"].update(latitude=True),
            "cities[0].location.latitude",
            "expected a number",
        ),
        (
            lambda d: d["cities"][0].update(intake="Pilot"),
            "cities[0].intake",
            "expected one of 'pilot', 'later'",
        ),
        (
            lambda d: d["cities"][0].update(joined="2020-W01-1"),
            "cities[0].joined",
            "YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (lambda d: d["cities"][0].update(joined=2020), "cities[0].joined", "expected a date"),
        (
            lambda d: d["members"][0].update(admitted="1967-02-30"),
            "members[0].admitted",
            "not a day of the calendar",
        ),
        (lambda d: d["members"][0].update(admitted="1967-08"), "members[0].admitted", "YYYY-MM-DD"),
        (
            lambda d: d["members"][0].update(admitted="1967-08-08T00:00:00"),
            "members[0].admitted",
            "YYYY-MM-DD",
        ),
        (
            lambda d: d["appointments"][0].update(role="nr"),
            "appointments[0].role",
            "expected one of",
        ),
        (
            lambda d: d["chairs"][0]["basis"].update(kind=None),
            "chairs[0].basis.kind",
            "expected one of",
        ),
        (lambda d: d["cities"][0].update(country="vn"), "cities[0].country", "alpha-2"),
        (
            lambda d: d["cities"].__setitem__(0, "hanoi"),
            "cities[0]",
            "expected an object, got text",
        ),
        (lambda d: d.update(cities={"hanoi": {}}), "cities", "expected a list, got an object"),
        (
            lambda d: d.update(established=None),
            "established",
            "expected a date as YYYY-MM-DD, got null",
        ),
    ],
)
def test_wrong_values_are_refused_never_coerced(change: Any, path: str, message: str) -> None:
    data = builders.document()
    change(data)
    found = problems(data)
    assert path in found, found
    assert message in found[path]


def test_unknown_keys_are_named() -> None:
    data = builders.document(colour="blue")
    data["cities"][1]["population"] = 1_000_000
    assert problems(data) == {
        "colour": "is not a known key here",
        "cities[1].population": "is not a known key here",
    }


def test_missing_keys_are_named() -> None:
    data = builders.document()
    del data["cities"][0]["timezone"]
    del data["members"][1]["name"]
    assert problems(data) == {
        "cities[0].timezone": "is required but missing",
        "members[1].name": "is required but missing",
    }


def test_field_rules_and_network_rules_report_document_paths() -> None:
    data = builders.document()
    data["cities"][0]["timezone"] = "Asia/Atlantis"
    data["chairs"][0]["member"] = "TH"
    found = problems(data)
    assert "not an IANA time zone" in found["cities[0].timezone"]
    data["cities"][0]["timezone"] = "Asia/Ho_Chi_Minh"
    assert "not in members" in problems(data)["chairs[0].member"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "ascn"}, "must be 'ascn.network'"),
        ({"version": 2}, "this ascn reads version 1; the document is version 2"),
        ({"version": "1"}, "must be a whole number"),
    ],
)
def test_format_and_version_are_checked(change: dict[str, object], message: str) -> None:
    found = problems(builders.document(**change))
    assert any(message in m for m in found.values()), found


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not valid JSON"),
        ("{", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ('"ascn"', "must be a JSON object"),
        ('{"format": "ascn.network", "format": "x"}', "appears twice"),
        ('{"version": NaN}', "not valid JSON"),
    ],
)
def test_malformed_text_raises_only_validation_error(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        ascn.loads(text)


def test_the_document_is_not_modified_by_loading() -> None:
    data = builders.document()
    before = copy.deepcopy(data)
    ascn.from_data(data)
    assert data == before


def test_the_converter_is_ascns_own() -> None:
    import cattrs

    from ascn.io.converter import converter

    assert converter is not cattrs.global_converter


def test_loading_restores_the_garbage_collectors_state() -> None:
    import gc

    text = ascn.dumps(builders.network())
    assert gc.isenabled()
    ascn.loads(text)
    assert gc.isenabled()
    with pytest.raises(ValidationError):
        ascn.loads(text.replace('"VN"', '"vn"'))
    assert gc.isenabled()
    gc.disable()
    try:
        ascn.loads(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_building_a_network_restores_the_garbage_collectors_state() -> None:
    import gc

    assert gc.isenabled()
    builders.network()
    assert gc.isenabled()
    with pytest.raises(ValidationError):
        builders.network(chairs=(builders.chair(), builders.chair()))
    assert gc.isenabled()
    gc.disable()
    try:
        builders.network()
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("indent", [0, 1, 2, 4, 8])
def test_every_indent_lays_out_the_document_as_the_standard_library_would(indent: int) -> None:
    network = ascn.load()
    data = ascn.to_data(network)
    expected = json.dumps(data, indent=indent, ensure_ascii=False) + "\n"
    assert ascn.dumps(network, indent=indent) == expected


def test_the_compact_form_has_no_spaces_between_tokens() -> None:
    network = builders.network()
    text = ascn.dumps(network, indent=None)
    assert (
        text == json.dumps(ascn.to_data(network), separators=(",", ":"), ensure_ascii=False) + "\n"
    )
    assert ascn.loads(text) == network


def test_whole_numbers_beyond_64_bits_are_written_exactly() -> None:
    ordinal = 10**30 + 7
    meeting = ascn.Meeting(id="huge", ordinal=ordinal, title="A meeting of many editions")
    network = builders.network(meetings=(meeting,))
    for indent in (None, 2, 4):
        text = ascn.dumps(network, indent=indent)
        assert str(ordinal) in text
        assert ascn.loads(text) == network


# -- generated networks -----------------------------------------------------------------


@given(ascn_st.networks())
@example(Network(established=pendulum.Date(999, 12, 31)))  # a year of three digits
def test_a_generated_network_round_trips_equal_and_type_identical(network: Network) -> None:
    text = ascn.dumps(network)
    again = ascn.loads(text)
    assert again == network
    same_types(network, again)
    assert ascn.dumps(again) == text


@given(ascn_st.texts(), st.integers(0, 20), st.sampled_from(["\ud800", "\udfff"]))
def test_text_the_model_accepts_survives_a_round_trip(
    text: str, where: int, surrogate: str
) -> None:
    # A lone surrogate is no Unicode text; a record either refuses it or can be written.
    event = text[:where] + surrogate + text[where:]
    try:
        milestone = Milestone(id="m", event=event)
    except ValidationError as exc:
        refused = exc
    else:
        network = Network(established=pendulum.Date(2018, 4, 28), milestones=(milestone,))
        assert ascn.loads(ascn.dumps(network)) == network
        return
    assert [p.path for p in refused.problems] == ["event"]
