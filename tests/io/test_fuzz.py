"""Fuzzing :func:`ascn.loads`: arbitrary JSON, arbitrary text, and mutations of valid documents.

Whatever goes in, the only exception that may come out is :class:`ascn.ValidationError`, with
a bounded, one-line-per-problem report; a mutation that breaks a field, a reference or an id is
reported at exactly the path it broke; and a mutation that leaves the document valid loads and
dumps back to the same data. The default Hypothesis profile keeps these fast;
``HYPOTHESIS_PROFILE=long`` runs the long campaign.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st

import ascn
import builders
from ascn.dataset import default_text
from ascn.io.problems import MAX_PROBLEMS
from ascn.strategies import networks

Path = builders.Path
nodes = builders.nodes

SCHEMA = ascn.json_schema()

BASES = {
    "handmade": builders.document(),
    "embedded": json.loads(default_text()),
}
"""Valid documents to mutate: a small one built by hand and the real network; the tests also
mutate networks drawn from :func:`ascn.strategies.networks` ("generated")."""

# Collections whose records carry an identity, with the key that holds it.
IDENTITIES = dict.fromkeys(builders.COLLECTIONS, "id") | {"members": "code"}

# Fields that name another record, by the record class that holds them.
REFERENCES = {
    ("City", "country"),
    ("Appointment", "member"),
    ("Appointment", "city"),
    ("Chairmanship", "member"),
    ("Basis", "reference"),
    ("Decision", "members"),
    ("Meeting", "host"),
}

NOT_DATES = [
    "2023-02-30",
    "2023-13",
    "2023-00-10",
    "23-01-01",
    "2023/01/01",
    "2023-1-1",
    "",
    " 2023",
    "2023-01-01T00:00:00+07:00",
    "٢٠٢٣",
    "\uff12\uff10\uff12\uff13-\uff10\uff11-\uff10\uff11",  # in full-width digits
    "0000",
    "2023-W01",
]
NOT_CODES = ["sg", "S", "SGP", "S1", "", "S G", "XX", "\uff33\uff27"]  # the last in full width

# --- walking documents --------------------------------------------------------------------


def render(path: Path) -> str:
    """A path in the notation of ascn's problems: ``cities[3].location.latitude``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def at(data: Any, path: Path) -> Any:
    for part in path:
        data = data[part]
    return data


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return SCHEMA["$defs"][schema["$ref"].rsplit("/", 1)[1]]  # type: ignore[no-any-return]
    return schema


def schema_of(path: Path) -> dict[str, Any]:
    """The JSON Schema of the value at ``path`` in a document."""
    schema: dict[str, Any] = SCHEMA
    for part in path:
        schema = _resolve(schema)
        schema = schema["items"] if isinstance(part, int) else schema["properties"][part]
    return _resolve(schema)


def record_class(path: Path) -> str:
    """The name of the record class whose object holds the value at ``path``."""
    holder = SCHEMA
    for part in path[:-1]:
        holder = _resolve(holder)
        holder = holder["items"] if isinstance(part, int) else holder["properties"][part]
    ref = holder.get("$ref", "#/$defs/Network")
    return str(ref.rsplit("/", 1)[1])


def is_required(path: Path) -> bool:
    parent = schema_of(path[:-1])
    return isinstance(path[-1], str) and path[-1] in parent.get("required", ())


def without_defaults(data: Any, path: Path = ()) -> Any:
    """``data`` without optional keys that hold their default (``null`` or an empty list)."""
    if isinstance(data, dict):
        return {
            key: without_defaults(value, (*path, key))
            for key, value in data.items()
            if is_required((*path, key)) or value not in (None, [])
        }
    if isinstance(data, list):
        return [without_defaults(value, (*path, index)) for index, value in enumerate(data)]
    return data


# --- what may come out -------------------------------------------------------------------


def load_or_refuse(text: str | bytes) -> ascn.Network | ascn.ValidationError:
    """The network in ``text``, or the ValidationError it raises; any other exception escapes."""
    try:
        return ascn.loads(text)
    except ascn.ValidationError as error:
        assert_well_formed(error)
        return error


def assert_well_formed(error: ascn.ValidationError) -> None:
    """At least one problem, at most the limit, each on one line of the report."""
    assert 1 <= len(error.problems) <= MAX_PROBLEMS + 1
    for problem in error.problems:
        assert isinstance(problem.path, str)
        assert "\n" not in problem.path
        assert isinstance(problem.message, str)
        assert problem.message
        assert "\n" not in problem.message
    assert len(str(error).splitlines()) == len(error.problems) + 1


def assert_round_trips(network: ascn.Network, given_data: Any) -> None:
    """Dumping gives back the data the document held, and loading that gives the network."""
    text = ascn.dumps(network)
    assert json.loads(text) == without_defaults(given_data)
    again = ascn.loads(text)
    assert again == network
    assert ascn.dumps(again) == text


def refused_at(text: str, path: Path) -> ascn.ValidationError:
    """The error ``text`` raises, asserting one of its problems is at ``path``."""
    outcome = load_or_refuse(text)
    assert isinstance(outcome, ascn.ValidationError), f"{render(path)} was accepted"
    assert render(path) in {p.path for p in outcome.problems}, (render(path), outcome)
    return outcome


# --- mutations ---------------------------------------------------------------------------


@attrs.frozen
class Mutation:
    """A changed document, and the path a problem must name (None when it may be valid)."""

    name: str
    data: Any
    expected: Path | None


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def other_kinds(value: object) -> list[object]:
    """Values of JSON kinds that no field holding ``value`` accepts."""
    if isinstance(value, bool):
        return ["true", 1, []]
    if isinstance(value, str):
        return [7, True, {}, []]
    if isinstance(value, int):
        return ["7", True, 1.5, [], {}]
    if isinstance(value, float):
        return ["1.0", True, [], {}]
    if isinstance(value, list):
        return [{}, "x", 1]
    return [[], "x", 1]


def is_date(path: Path) -> bool:
    return "YYYY" in schema_of(path).get("description", "")


def is_code(path: Path) -> bool:
    return schema_of(path).get("pattern") == "^[A-Z]{2}$"


def is_reference(path: Path) -> bool:
    """True for a value that names another record: a member, city, decision or source."""
    if not path:
        return False
    fields = [p for p in path if isinstance(p, str)]
    owner = record_class(path if isinstance(path[-1], str) else path[:-1])
    in_record_sources = fields[-1] == "sources" and owner != "Network"
    return (owner, fields[-1]) in REFERENCES or in_record_sources


def is_free_text(path: Path) -> bool:
    """True for text whose only rule is that it is text: names, titles, notes, aliases."""
    fields = [p for p in path if isinstance(p, str)]
    return (
        bool(fields)
        and fields[-1] not in {"timezone", "timezones", "sources"}
        and schema_of(path).get("pattern") == r"^\S(.*\S)?$"
    )


def is_record(path: Path) -> bool:
    return len(path) == 2 and path[0] in IDENTITIES


def candidates(data: Any, kind: str) -> list[Path]:
    """The paths of ``data`` where a mutation of ``kind`` applies."""
    applies: Callable[[Path], bool] = {
        "change-type": lambda path: True,
        "replace": lambda path: bool(path),
        "unknown-key": lambda path: isinstance(at(data, path), dict),
        "delete": lambda path: bool(path),
        "date": lambda path: isinstance(at(data, path), str) and is_date(path),
        "code": lambda path: isinstance(at(data, path), str) and is_code(path),
        "reference": lambda path: isinstance(at(data, path), str) and is_reference(path),
        "id": is_record,
        "rewrite": lambda path: isinstance(at(data, path), float) or is_free_text(path),
    }[kind]
    return [path for path in nodes(data) if applies(path)]


@functools.cache
def base_candidates(base: str, kind: str) -> list[Path]:
    return candidates(BASES[base], kind)


def documents(base: str) -> st.SearchStrategy[Any]:
    """The valid document named ``base``, or any network from ascn's strategies."""
    if base == "generated":
        return networks().map(ascn.to_data)
    return st.just(BASES[base])


def unused(data: Any, options: list[str]) -> str:
    """The first of ``options`` that no text in ``data`` is."""
    texts = {value for path in nodes(data) if isinstance(value := at(data, path), str)}
    return next(option for option in options if option not in texts)


KINDS = [
    "change-type",
    "replace",
    "unknown-key",
    "delete",
    "date",
    "code",
    "reference",
    "id",
    "rewrite",
]

# Text as people type it: any script, combining marks, inner spaces, control characters.
TEXTS = st.text(st.characters(exclude_categories=["Cs"]), min_size=1).filter(
    lambda text: text == text.strip() and text.strip()
)


@st.composite
def mutations(draw: st.DrawFn, base: str) -> Mutation:
    """One change to a copy of a ``base`` document: broken where a problem is expected, else
    arbitrary."""
    original = draw(documents(base))
    where = {
        kind: base_candidates(base, kind) if base in BASES else candidates(original, kind)
        for kind in KINDS
    }
    kind = draw(st.sampled_from([kind for kind in KINDS if where[kind]]))
    path = draw(st.sampled_from(where[kind]))
    data = copy.deepcopy(original)
    value = at(data, path)
    if not path:
        return Mutation(kind, draw(st.sampled_from(other_kinds(value))), ())
    parent, last = at(data, path[:-1]), path[-1]
    if kind == "change-type":
        parent[last] = draw(st.sampled_from(other_kinds(value)))
        return Mutation(kind, data, path)
    if kind == "replace":
        parent[last] = draw(JSON_VALUES)
        return Mutation(kind, data, None)
    if kind == "rewrite":
        # A value of the same kind: often still valid, and then it must survive exactly.
        bound = 90.0 if last == "latitude" else 180.0
        parent[last] = draw(TEXTS if isinstance(value, str) else st.floats(-bound, bound))
        return Mutation(kind, data, None)
    if kind == "unknown-key":
        value["colour"] = draw(JSON_VALUES)
        return Mutation(kind, data, (*path, "colour"))
    if kind == "delete":
        del parent[last]
        return Mutation(kind, data, path if is_required(path) else None)
    if kind == "date":
        parent[last] = draw(st.sampled_from(NOT_DATES))
        return Mutation(kind, data, path)
    if kind == "code":
        parent[last] = draw(st.sampled_from(NOT_CODES))
        return Mutation(kind, data, path)
    if kind == "reference":
        # An assigned code or a well-formed id that names nothing: only the reference is wrong.
        if is_code(path):
            parent[last] = unused(data, ["FR", "DE", "JP", "BR"])
        else:
            parent[last] = unused(data, ["no-such-record", "no-such-record-2"])
        return Mutation(kind, data, path)
    records, key = parent, IDENTITIES[str(path[0])]
    if len(records) == 1:
        records.append(copy.deepcopy(value))
        return Mutation("duplicate-record", data, (path[0], len(records) - 1, key))
    other = draw(st.sampled_from([i for i in range(len(records)) if i != last]))
    first, later = sorted((other, int(last)))
    records[later][key] = records[first][key]
    return Mutation("duplicate-id", data, (path[0], later, key))


@pytest.mark.parametrize("base", list(BASES))
def test_bases_are_valid_and_round_trip(base: str) -> None:
    assert_round_trips(ascn.from_data(BASES[base]), BASES[base])


@pytest.mark.parametrize("base", [*BASES, "generated"])
@given(data=st.data())
def test_mutated_documents_are_refused_where_broken_or_round_trip(
    base: str, data: st.DataObject
) -> None:
    mutation = data.draw(mutations(base), label="mutation")
    text = json.dumps(mutation.data, ensure_ascii=False)
    if mutation.expected is not None:
        event(f"{mutation.name}: refused at its path")
        refused_at(text, mutation.expected)
        return
    outcome = load_or_refuse(text)
    event(f"{mutation.name}: {type(outcome).__name__}")
    if isinstance(outcome, ascn.Network):
        assert_round_trips(outcome, mutation.data)


@given(value=JSON_VALUES)
def test_arbitrary_json_is_refused_with_validation_errors_only(value: object) -> None:
    outcome = load_or_refuse(json.dumps(value))
    assert isinstance(outcome, ascn.ValidationError)


@given(text=st.text() | st.binary())
@example(text="\ufeff")
@example(text=b"\xff\xfe{\x00}\x00")
@example(text='{"format": "ascn.network", "version": 1, "established": "2018-04-28"')
def test_arbitrary_text_and_bytes_are_refused_with_validation_errors_only(
    text: str | bytes,
) -> None:
    outcome = load_or_refuse(text)
    assert isinstance(outcome, ascn.ValidationError)


EDITS = st.sampled_from(["delete", "insert", "replace", "repeat-line"])
PUNCTUATION = st.sampled_from([*'{}[]:,"\\ 0-.eE', "\ud800", "\x00", "\u2028", "NaN"])


@pytest.mark.parametrize("base", [*BASES, "generated"])
@given(data=st.data())
def test_edited_text_gives_a_network_or_validation_errors_only(
    base: str, data: st.DataObject
) -> None:
    text = json.dumps(data.draw(documents(base), label="document"), indent=2, ensure_ascii=False)
    edit = data.draw(EDITS, label="edit")
    if edit == "repeat-line":
        lines = text.splitlines(keepends=True)
        keyed = [i for i, line in enumerate(lines) if re.match(r'\s*"\w+": [^\[{]*,$', line)]
        index = data.draw(st.sampled_from(keyed), label="line")
        edited = "".join(lines[: index + 1] + lines[index:])
        outcome = load_or_refuse(edited)
        assert isinstance(outcome, ascn.ValidationError)
        assert any("appears twice" in p.message for p in outcome.problems), outcome
        return
    at_ = data.draw(st.integers(0, len(text) - 1), label="position")
    piece = data.draw(PUNCTUATION | st.characters(), label="text")
    if edit == "delete":
        edited = text[:at_] + text[at_ + 1 :]
    elif edit == "insert":
        edited = text[:at_] + piece + text[at_:]
    else:
        edited = text[:at_] + piece + text[at_ + 1 :]
    outcome = load_or_refuse(edited)
    event(f"{edit}: {type(outcome).__name__}")
    if isinstance(outcome, ascn.Network):
        assert_round_trips(outcome, json.loads(edited))
