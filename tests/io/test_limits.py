"""What a document may cost: a size limit, bounded nesting, and a bounded report, while
long text is kept whole."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

import ascn
import ascn.io.document
import builders
from ascn.io.problems import MAX_PROBLEMS, MAX_TEXT
from builders import problems, refusal

LIMIT = 16 * 1024 * 1024
"""The documented size limit: 16 MiB."""


@pytest.fixture(autouse=True)
def documented_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The documented limit, whatever another module in this process set it to.

    The benchmarks raise the module constant in their own process; a test that builds a
    document one byte over the limit must not build one over a raised limit.
    """
    monkeypatch.setattr(ascn.io.document, "MAX_DOCUMENT_SIZE", LIMIT)


def refusal_with(text: str, *, max_size: Any) -> ascn.ValidationError:
    with pytest.raises(ascn.ValidationError) as info:
        ascn.loads(text, max_size=max_size)
    return info.value


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
