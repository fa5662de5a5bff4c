"""The JSON Schema describes the documents ``loads`` accepts."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

import ascn
import builders


def validator() -> jsonschema.Draft202012Validator:
    schema = ascn.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_a_valid_document_matches_the_schema() -> None:
    validator().validate(builders.document())


def test_the_schema_requires_what_the_classes_require() -> None:
    schema = ascn.json_schema()
    assert schema["required"] == ["format", "version", "established"]
    city = schema["$defs"]["City"]
    assert set(city["required"]) == {
        "id",
        "name",
        "country",
        "joined",
        "intake",
        "timezone",
        "location",
    }
    assert city["additionalProperties"] is False


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(colour="blue"),
        lambda d: d["cities"][0].update(joined="2020-W01-1"),
        lambda d: d["cities"][0].update(intake="pilot city"),
        lambda d: d["cities"][0]["location"].update(latitude="21"),
        lambda d: d["members"][0].update(code="sgp"),
        lambda d: d["members"][0].update(aliases=["A", "A"]),
        lambda d: d["cities"][0].pop("timezone"),
        lambda d: d.update(version=2),
        lambda d: d["members"][0].update(name=""),
    ],
)
def test_documents_loads_refuses_are_refused_by_the_schema_too(change: Any) -> None:
    data = builders.document()
    change(data)
    assert list(validator().iter_errors(data))
    with pytest.raises(ascn.ValidationError):
        ascn.from_data(data)


def test_each_call_returns_a_fresh_copy() -> None:
    first = ascn.json_schema()
    first["title"] = "changed"
    assert ascn.json_schema()["title"] == "ascn network document"
