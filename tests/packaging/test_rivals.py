"""The benchmark rivals (pydantic and msgspec copies of ascn's model) keep up with the model.

The benchmarks compare ascn with models of the same documents in other libraries
(``benchmarks/rivals/``). They only measure the same work while those models have the same
records, fields and enums: here both read the real, embedded network record for record, and
their enums and fields are compared with ascn's.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path

import attrs
import msgspec
import pytest

import ascn
import builders
from ascn.dataset import default_text

ROOT = Path(__file__).resolve().parents[2]
# The suite lives beside the package, in benchmarks/, not inside it.
sys.path.insert(0, str(ROOT))

from benchmarks.rivals import common, msgspec_models, pydantic_models  # noqa: E402

RIVALS: dict[str, Callable[[str], object]] = {
    "pydantic": pydantic_models.loads,
    "msgspec": msgspec_models.loads,
}

RECORDS = (
    "Source",
    "MemberState",
    "Location",
    "City",
    "Appointment",
    "Basis",
    "Chairmanship",
    "Decision",
    "Meeting",
    "Partner",
    "Milestone",
    "FrameworkElement",
)
"""The record classes of a document, by the name ascn and both rivals give them."""

NOT_IN_DOCUMENTS = frozenset({"Scope", "EventKind", "Precision"})
"""Public enums of ascn that no document field holds, so the rivals need no copy."""


@pytest.mark.parametrize("rival", RIVALS)
def test_each_rival_reads_the_embedded_network_record_for_record(rival: str) -> None:
    text = default_text()
    document = RIVALS[rival](text)  # raises for a value, such as an enum's, it does not know
    network = ascn.loads(text)
    written = json.loads(text)
    for collection in builders.COLLECTIONS:
        records = len(getattr(network, collection)())
        assert records == len(written.get(collection, ())), collection
        assert len(getattr(document, collection)) == records, collection


def _rival_enums() -> dict[str, type[Enum]]:
    return {
        name: value
        for name, value in vars(common).items()
        if isinstance(value, type)
        and issubclass(value, Enum)
        and value.__module__ == common.__name__
    }


def test_the_rivals_copy_every_enum_of_the_documents() -> None:
    public = {
        name
        for name in ascn.__all__
        if isinstance(value := getattr(ascn, name), type) and issubclass(value, Enum)
    }
    assert set(_rival_enums()) == public - NOT_IN_DOCUMENTS


@pytest.mark.parametrize("name", sorted(_rival_enums()))
def test_each_enum_of_the_rivals_has_the_members_and_values_of_ascns(name: str) -> None:
    ours: type[Enum] = getattr(ascn, name)
    theirs = _rival_enums()[name]
    assert {m.name: m.value for m in theirs} == {m.name: m.value for m in ours}


@pytest.mark.parametrize("name", RECORDS)
def test_each_record_of_the_rivals_has_the_fields_of_ascns(name: str) -> None:
    ours = [(f.name, f.default is attrs.NOTHING) for f in attrs.fields(getattr(ascn, name))]
    pydantic_fields = getattr(pydantic_models, name).model_fields
    assert [(field, info.is_required()) for field, info in pydantic_fields.items()] == ours
    msgspec_fields = msgspec.structs.fields(getattr(msgspec_models, name))
    assert [(field.name, field.required) for field in msgspec_fields] == ours


def test_the_rival_documents_hold_every_collection() -> None:
    expected = ["format", "version", "established", *builders.COLLECTIONS]
    assert list(pydantic_models.Document.model_fields) == expected
    assert [field.name for field in msgspec.structs.fields(msgspec_models.Document)] == expected
