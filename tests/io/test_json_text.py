"""The text of a document: keys that appear twice, Unicode, dates in ASCII digits, and text
that is no JSON document at all; what is stored is kept exactly."""

from __future__ import annotations

import json
import unicodedata

import pendulum
import pytest

import ascn
import builders
from builders import problems, refusal

# -- keys that appear more than once ---------------------------------------------------------


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


# -- text ------------------------------------------------------------------------------------


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
