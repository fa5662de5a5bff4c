"""The lean reading and writing functions agree with the detailed converter, and each class's
fast verdict (``clean``) never passes a record its detailed check would fault."""

from __future__ import annotations

import copy
import json
import pathlib
from collections.abc import Iterator
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ascn
import builders
from ascn.dataset import default_text
from ascn.dates import PartialDate
from ascn.io import fast
from ascn.io.converter import converter
from ascn.model._checks import FIELD_RULES
from ascn.model.appointment import HolderKind, Role
from ascn.model.network import Network
from ascn.model.provenance import Confidence
from ascn.strategies import networks


def body_of(network: Network) -> dict[str, Any]:
    return converter.unstructure(network)  # type: ignore[no-any-return]


def ordered(data: object) -> object:
    """``data`` with every object as a list of its items, so that key order is compared too."""
    if isinstance(data, dict):
        return [(key, ordered(value)) for key, value in data.items()]
    if isinstance(data, list):
        return [ordered(value) for value in data]
    return data


def test_the_embedded_dataset_is_read_by_the_lean_path() -> None:
    body = json.loads(default_text())
    del body["format"], body["version"]
    assert fast.structurer(Network)(body) == converter.structure(body, Network)


@given(network=networks())
def test_valid_documents_are_read_by_the_lean_path_to_the_same_network(network: Network) -> None:
    body = body_of(network)
    # No Miss: a valid document never falls back to the detailed converter.
    assert fast.structurer(Network)(body) == network


@given(network=networks())
def test_the_lean_writer_writes_what_the_converter_writes(network: Network) -> None:
    assert ordered(fast.unstructurer(Network)(network)) == ordered(body_of(network))


ODD_VALUES = st.sampled_from(
    [None, True, 0, 1, -1, 1.5, 2**70, float("nan"), "", " x", "x ", "\ud800", "SG", "sg",
     "2024", "2024-02-30", "Asia/Singapore", "Asia", "high", "person", [], ["a", "a"], [1],
     {}, {"x": 1}]
)  # fmt: skip


@given(network=networks(), data=st.data())
def test_the_lean_path_gives_up_on_or_agrees_about_any_changed_document(
    network: Network, data: st.DataObject
) -> None:
    body = body_of(network)
    changed = copy.deepcopy(body)
    path = data.draw(st.sampled_from([p for p in builders.nodes(changed) if p]))
    parent: Any = changed
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = data.draw(ODD_VALUES)
    try:
        detailed: Network | None = converter.structure(changed, Network)
    except ascn.ValidationError:
        detailed = None
    try:
        lean: Network | None = fast.structurer(Network)(changed)
    except Exception:  # any failure hands the document to the detailed path
        lean = None
    if lean is not None:
        assert lean == detailed


def raw(cls: type, **values: object) -> Any:
    """An instance of ``cls`` holding ``values`` as they are: no constructor, no checks."""
    record: Any = object.__new__(cls)
    for field in attrs.fields(cls):
        if field.init:
            object.__setattr__(record, field.name, values[field.name])
    return record


def records_of(network: Network) -> Iterator[object]:
    for name in builders.COLLECTIONS:
        record: Any
        for record in getattr(network, name)():
            yield record
            yield from (
                getattr(record, field.name)
                for field in attrs.fields(type(record))
                if type(getattr(record, field.name)) in FIELD_RULES
            )


FIELD_VALUES = st.sampled_from(
    [None, True, 0, 1, 2, -3, 10**4400, 1.5, -91.0, 200.0, float("nan"), float("inf"), "",
     " ", "x", " x", "x ", "\ud800", "a\ud800", "Hà Nội", "SG", "sg", "ZZ", "SGP", "sgp",
     "Asia/Singapore", "Asia", "../etc", "http://x", "ftp://x", "a-b", "a--b", "A-b", (),
     ("x",), ("x", "x"), ("X", "x"), ("",), (1,), ([1],), ("SG",), ("SG", "SG"), ("Asia/Dili",),
     (1, 2), (0,), [], PartialDate(2020), PartialDate(2019, 5), PartialDate(2021, 1, 1),
     pendulum.Date(2020, 1, 1), Role.CHIEF_SMART_CITY_OFFICER, Role.NATIONAL_REPRESENTATIVE,
     Role.ASCN_CHAIR, HolderKind.PERSON, Confidence.HIGH, object()]
)  # fmt: skip


@pytest.mark.parametrize("cls", list(FIELD_RULES), ids=lambda cls: cls.__name__)
@given(network=networks(), data=st.data())
def test_the_fast_verdict_passes_only_what_the_detailed_check_passes(
    cls: type, network: Network, data: st.DataObject
) -> None:
    rules = FIELD_RULES[cls]
    valid = [record for record in records_of(network) if type(record) is cls]
    fields = [field for field in attrs.fields(cls) if field.init]
    if valid:
        chosen = data.draw(st.sampled_from(valid))
        base = {field.name: getattr(chosen, field.name) for field in fields}
        assert rules.clean(chosen)  # valid records take the fast path
    else:
        base = {field.name: data.draw(FIELD_VALUES) for field in fields}
    changed = data.draw(st.sets(st.sampled_from([field.name for field in fields]), max_size=3))
    values = base | {name: data.draw(FIELD_VALUES) for name in changed}
    record = raw(cls, **values)
    if rules.clean(record):
        assert rules.problems(record) == []


def test_the_generated_module_is_what_the_generator_makes_of_the_classes() -> None:
    module = pathlib.Path(fast.__file__).with_name("_lean.py")
    assert module.read_text(encoding="utf-8") == fast.source(), (
        "run `python -m ascn.io.fast` to write src/ascn/io/_lean.py again"
    )


def test_a_stale_generated_module_is_set_aside_for_code_compiled_at_run_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ascn.io import _lean

    monkeypatch.setattr(_lean, "FINGERPRINT", "stale")
    fast._functions.cache_clear()
    try:
        assert fast.structurer(Network).__module__ != _lean.__name__
        body = json.loads(default_text())
        del body["format"], body["version"]
        assert fast.structurer(Network)(body) == ascn.load()
    finally:
        fast._functions.cache_clear()
    monkeypatch.undo()
    assert fast.structurer(Network).__module__ == _lean.__name__


def record_class(size_is_whole: bool) -> type:
    """Two versions of one class, alike but for the type of ``size``."""
    if size_is_whole:

        @attrs.frozen(kw_only=True)
        class Record:
            name: str
            size: int = 0

    else:

        @attrs.frozen(kw_only=True)
        class Record:  # type: ignore[no-redef]
            name: str
            size: float = 0

    return Record


def test_the_fingerprint_follows_each_fields_declaration() -> None:
    whole, decimal = record_class(True), record_class(False)
    assert whole.__qualname__ == decimal.__qualname__
    assert fast.fingerprint(whole) != fast.fingerprint(decimal)
    assert fast.fingerprint(whole) == fast.fingerprint(record_class(True))
