"""The JSON Schema describes the documents ``loads`` accepts: both accept every generated
document, and both refuse a document with any one field of any record broken."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pendulum
import pytest
from hypothesis import example, given, settings

import ascn
import builders
from ascn import Meeting, Network, ValidationError
from ascn import strategies as ascn_st
from ascn.model.fields import Nested, fields_of
from ascn.model.network import PARTS
from builders import SMALL, at
from refusals import json_bad, python_re_blind


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


# -- generated documents -------------------------------------------------------------------

VALIDATOR = jsonschema.Draft202012Validator(ascn.json_schema())


@given(ascn_st.networks())
def test_every_generated_document_matches_the_json_schema(network: Network) -> None:
    data = json.loads(ascn.dumps(network))
    errors = [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(data)]
    assert errors == []


@given(ascn_st.texts())
@example("line\nbreak")
@example("carriage\rreturn")
@example("Hà Nội")
def test_text_the_model_accepts_the_schema_accepts(text: str) -> None:
    # A meeting's city is free text (the place as the sources name it), not a city id.
    meeting = Meeting(id="m", ordinal=1, title=text, city=text, chaired_by=text)
    network = Network(established=pendulum.Date(2018, 4, 28), meetings=(meeting,))
    data = json.loads(ascn.dumps(network))
    assert [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(data)] == []


# -- one field of a document broken ------------------------------------------------------------
# The invalid JSON values of each field come from its rule (see refusals.json_bad), so a field
# added to a record class is tried here with no edit.

COLLECTIONS: dict[str, type] = dict(PARTS)
"""Each collection of a document and the class of its records."""

DEFINITIONS = ascn.json_schema()["$defs"]


def _validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema | {"$defs": DEFINITIONS})


RECORD_SCHEMAS = {
    cls: _validator({"$ref": f"#/$defs/{cls.__name__}"}) for cls in builders.RECORD_CLASSES
}
"""A validator for each kind of record: a document whose other parts are valid is valid
exactly when each changed record matches its definition, and one record is quick to check."""


@pytest.mark.parametrize("cls", builders.RECORD_CLASSES, ids=lambda cls: cls.__name__)
def test_every_field_of_every_record_has_invalid_json_values(cls: type) -> None:
    # Each refused on its own by the field's part of the schema, None where not optional.
    for field in fields_of(cls):
        bad = json_bad(field, None)
        assert bad, field.name
        assert (None in bad) is not field.optional, field.name
        schema = _validator(field.rule.schema())
        accepted = [v for v in bad if schema.is_valid(v) and not python_re_blind(v)]
        assert accepted == [], field.name


# A few examples suffice: every one tries every invalid value of every field.
EXHAUSTIVE = settings(max_examples=max(2, settings().max_examples // 20))

_MISSING = object()


def _records_in(path: str, record: dict[str, Any], cls: type) -> Iterator[tuple[str, Any, type]]:
    """The record at ``path`` and each record nested in it, with their classes."""
    yield path, record, cls
    for field in fields_of(cls):
        inner = getattr(field.rule, "rule", field.rule)
        if isinstance(inner, Nested) and isinstance(record.get(field.key), dict):
            yield from _records_in(f"{path}.{field.key}", record[field.key], inner.cls)


def _broken_documents(
    document: dict[str, Any],
) -> Iterator[tuple[str, str, object, dict[str, Any], type]]:
    """Each document with one field of one record broken, in turn, and restored after.

    Yields the changed field's path, what was done, the value given, the changed top-level
    record and its class; the first record of every collection (and each record nested in
    it, such as a city's location or a chair's basis) takes its turn.
    """
    for name, cls in COLLECTIONS.items():
        if not document.get(name):
            continue
        top = document[name][0]
        for path, record, kind in _records_in(f"{name}[0]", top, cls):
            changes: list[tuple[str, str, object]] = [
                (field.key, f"= {value!r}", value)
                for field in fields_of(kind)
                for value in json_bad(field, record.get(field.key))
            ]
            changes += [
                (field.key, "missing", _MISSING) for field in fields_of(kind) if field.required
            ]
            changes.append(("colour", "unknown", "blue"))
            for field_key, what, value in changes:
                old = record.get(field_key, _MISSING)
                if value is _MISSING:
                    del record[field_key]
                else:
                    record[field_key] = value
                yield f"{path}.{field_key}", what, value, top, cls
                if old is _MISSING:
                    record.pop(field_key, None)
                else:
                    record[field_key] = old


@EXHAUSTIVE
@given(
    ascn_st.networks(
        min_members=1,
        min_cities=1,
        min_appointments=1,
        min_chairs=1,
        min_records=1,
        min_sources=1,
        **SMALL,
    )
)
def test_every_invalid_field_makes_a_document_that_loads_and_the_schema_reject(
    network: Network,
) -> None:
    document = json.loads(ascn.dumps(network))
    assert VALIDATOR.is_valid(document)
    failures = []
    for path, what, value, record, cls in _broken_documents(document):
        if RECORD_SCHEMAS[cls].is_valid(record) and not python_re_blind(value):
            failures.append(f"{path} {what}: the schema accepts it")
        try:
            ascn.from_data(document)
        except ValidationError as error:
            wrong = [str(p) for p in error.problems if not at(p.path, path)]
            if wrong:
                failures.append(f"{path} {what}: reported at {wrong}")
        else:
            failures.append(f"{path} {what}: loads accepts it")
    assert failures == []


@given(ascn_st.networks(max_members=1, max_cities=0, max_appointments=0, max_chairs=0))
def test_a_document_with_an_invalid_established_day_is_rejected_by_both(network: Network) -> None:
    (established,) = [field for field in fields_of(Network) if field.key == "established"]
    for value in json_bad(established, None):
        document = json.loads(ascn.dumps(network)) | {"established": value}
        assert not VALIDATOR.is_valid(document), value
        with pytest.raises(ValidationError) as info:
            ascn.from_data(document)
        assert [p.path for p in info.value.problems] == ["established"]
