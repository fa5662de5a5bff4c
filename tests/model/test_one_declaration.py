"""A record is declared once: a field added in one line is checked, read, written, described
by the schema, tabulated and drawn, with no other edit."""

from __future__ import annotations

import json
import linecache
import pathlib
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import find, given, settings

import ascn
import builders
from ascn import City, Network, tables
from ascn import strategies as ascn_st
from ascn.model.codegen import reader, verdict, writer


@attrs.frozen(kw_only=True)
class MottoCity(City):
    """A city with a motto: the one line below is the whole of the change."""

    motto: str | None = None


@attrs.frozen(kw_only=True)
class MottoNetwork(Network):
    """A network whose cities have mottos (how a document comes to hold them)."""

    _cities: tuple[MottoCity, ...] = ()


def _motto_city(motto: object) -> MottoCity:
    city = builders.network().cities()[0]
    given: dict[str, Any] = {str(f.alias): getattr(city, f.name) for f in attrs.fields(City)}
    return MottoCity(**given, motto=motto)  # type: ignore[arg-type]


def _motto_network(motto: object) -> MottoNetwork:
    base = builders.network()
    return MottoNetwork(
        established=base.established,
        sources=base.sources(),
        members=base.members(),
        cities=(_motto_city(motto),),
    )


def test_the_constructor_checks_the_new_field() -> None:
    assert _motto_city("Smart and green").motto == "Smart and green"
    assert _motto_city(None).motto is None
    with pytest.raises(ascn.ValidationError) as info:
        _motto_city(5)
    assert [str(p) for p in info.value.problems] == ["motto: expected text, got a number (5)"]


def test_documents_write_and_read_the_new_field() -> None:
    network = _motto_network("Smart and green")
    text = ascn.dumps(network)
    assert json.loads(text)["cities"][0]["motto"] == "Smart and green"
    back = ascn.loads(text, cls=MottoNetwork)
    assert back == network
    assert type(back.cities()[0]) is MottoCity
    assert "motto" not in json.loads(ascn.dumps(_motto_network(None)))["cities"][0]


def test_a_number_in_the_new_field_is_refused_at_its_path() -> None:
    document = json.loads(ascn.dumps(_motto_network("Smart")))
    document["cities"][0]["motto"] = 5
    with pytest.raises(ascn.ValidationError) as info:
        ascn.from_data(document, cls=MottoNetwork)
    assert [str(p) for p in info.value.problems] == [
        "cities[0].motto: expected text, got a number (5)"
    ]


def test_the_schema_describes_the_new_field() -> None:
    schema = ascn.json_schema(MottoNetwork)
    assert schema["$defs"]["MottoCity"]["properties"]["motto"] == {
        "anyOf": [{"type": "string"}, {"type": "null"}]
    }
    assert "motto" not in schema["$defs"]["MottoCity"]["required"]
    document = json.loads(ascn.dumps(_motto_network("Smart")))
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid(document)
    document["cities"][0]["motto"] = None  # null means None, as loads reads it
    assert validator.is_valid(document)
    document["cities"][0]["motto"] = 5
    assert not validator.is_valid(document)


def test_the_tables_have_a_column_for_the_new_field() -> None:
    (row,) = tables.rows([_motto_city("Smart and green")])
    assert row["motto"] == "Smart and green"
    assert [column.name for column in tables.columns(MottoCity)][-1:] == ["motto"]


@settings(max_examples=30)
@given(city=ascn_st.records(MottoCity))
def test_the_strategies_draw_the_new_field(city: MottoCity) -> None:
    assert type(city) is MottoCity
    assert city.motto is None or isinstance(city.motto, str)


def test_the_strategies_draw_both_kinds_of_the_new_field() -> None:
    assert find(ascn_st.records(MottoCity), lambda city: city.motto is None).motto is None
    found = find(ascn_st.records(MottoCity), lambda city: city.motto is not None)
    assert isinstance(found.motto, str)


def test_the_generated_functions_show_their_source() -> None:
    for function in (verdict(MottoCity), reader(MottoCity), writer(MottoCity)):
        filename = function.__code__.co_filename
        assert filename.startswith("<ascn generated ")
        assert "motto" in "".join(linecache.getlines(filename))


def test_nothing_generated_is_in_the_source_tree() -> None:
    root = pathlib.Path(ascn.__file__).parent
    sources = [path for path in root.rglob("*.py") if "generated" in path.name]
    assert sources == []
    assert not (root / "io" / "_lean.py").exists()


def test_a_record_with_a_post_init_of_its_own_keeps_it_after_the_checks() -> None:
    seen: list[str] = []

    @attrs.frozen(kw_only=True)
    class NotedCity(City):
        def __attrs_post_init__(self) -> None:
            seen.append(self.name)

    city = builders.network().cities()[0]
    given: dict[str, Any] = {str(f.alias): getattr(city, f.name) for f in attrs.fields(City)}
    assert NotedCity(**given).name == city.name
    assert seen == [city.name]
    with pytest.raises(ascn.ValidationError):
        NotedCity(**{**given, "timezone": "Mars/Olympus"})
    assert seen == [city.name]
