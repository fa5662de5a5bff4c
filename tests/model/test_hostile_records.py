"""Records, names and lookups under hostile input: names hold a letter or digit and no
control character, messages clip what they show, lookups cost time in proportion to their
input, and a network survives pickling."""

from __future__ import annotations

import difflib
import json
import pickle
import zoneinfo

import attrs
import pytest

import ascn
import builders
from ascn.dates import to_date
from ascn.lookup import Index, normalise
from ascn.model.city import city_keys


def test_a_network_can_be_pickled_after_lookups() -> None:
    network = ascn.load()
    network.member("Vietnam")
    network.search("viet")
    again = pickle.loads(pickle.dumps(network))
    assert again == network
    assert again.city("hanoi") == network.city("hanoi")


def test_a_huge_year_is_refused_with_a_bounded_message() -> None:
    with pytest.raises(ascn.ValidationError) as info:
        ascn.PartialDate(10**5000)
    assert len(str(info.value)) < 200


def test_search_refuses_a_limit_that_is_not_a_whole_number() -> None:
    for limit in (1.5, -1, True, "3"):
        with pytest.raises(ascn.ValidationError) as info:
            ascn.load().search("viet", limit=limit)  # type: ignore[arg-type]
        assert [p.path for p in info.value.problems] == ["limit"]


def test_messages_that_show_input_are_clipped() -> None:
    huge = "x" * 10_000_000
    for refuse in (lambda: to_date(huge), lambda: ascn.PartialDate.parse(huge)):
        with pytest.raises(ascn.ValidationError) as info:
            refuse()
        assert len(str(info.value)) < 300


def test_fuzzy_matching_compares_bounded_lengths(monkeypatch: pytest.MonkeyPatch) -> None:
    # Similarity costs the product of the lengths compared (13-16 s for 64k by 128k).
    compared: list[int] = []
    real = difflib.SequenceMatcher

    def recording(junk: object = None, a: str = "", b: str = "", autojunk: bool = True) -> object:
        compared.append(max(len(a), len(b)))
        return real(None, a, b, autojunk)

    monkeypatch.setattr(difflib, "SequenceMatcher", recording)
    letters = "".join(chr(0x4E00 + i) for i in range(2_000))
    city = builders.network().cities()[0]
    long = attrs.evolve(city, id="long", name=letters * 64, aliases=())
    index = Index("city", [city, long], city_keys, lambda c: c.id, lambda c: c.name)
    index.search(letters[::-1] * 32)
    with pytest.raises(ascn.NotFoundError):
        index.get(letters[::-1] * 32)
    assert compared
    assert max(compared) <= 64


def test_checking_a_zone_name_reads_no_file(monkeypatch: pytest.MonkeyPatch) -> None:
    # A million invented names once cost a database look-up each (27 s).
    def no_look_up(name: str) -> None:
        raise AssertionError(f"looked up {name!r}")

    monkeypatch.setattr(zoneinfo, "ZoneInfo", no_look_up)
    city = builders.network().cities()[0]
    for number in range(200):
        with pytest.raises(ascn.ValidationError):
            attrs.evolve(city, timezone=f"Asia/Nowhere{number}")
    assert attrs.evolve(city, timezone="Asia/Bangkok").timezone == "Asia/Bangkok"


@pytest.mark.parametrize("name", ["!!!", "-", "\u200b", "  ", "·"])
def test_a_name_without_a_letter_or_digit_is_refused(name: str) -> None:
    city = builders.network().cities()[0]
    with pytest.raises(ascn.ValidationError) as info:
        attrs.evolve(city, name=name)
    assert [p.path for p in info.value.problems] == ["name"]
    with pytest.raises(ascn.ValidationError) as info:
        attrs.evolve(city, aliases=(name,))
    assert [p.path for p in info.value.problems] == ["aliases[0]"]


def test_two_cities_cannot_share_a_name_that_normalises_to_nothing() -> None:
    document = json.loads(ascn.dumps(builders.network()))
    for city in document["cities"]:
        city["name"] = "!!!"
    with pytest.raises(ascn.ValidationError) as info:
        ascn.from_data(document)
    assert {p.path for p in info.value.problems} == {"cities[0].name", "cities[1].name"}
    assert all("no letter or digit" in p.message for p in info.value.problems)


@pytest.mark.parametrize(
    "name",
    [
        "Evil\x1b]52;c;ZWNobyBoaQ==\x07",  # clipboard write (OSC 52)
        "Evil\x1b[2J",  # clear screen
        "Evil\x1b]0;title\x07",  # window title
        "Evil\x9b31m",  # C1 control sequence introducer
        "Evil\u202eredaeh",  # right-to-left override
        "line\nbreak",
        "nul\x00inside",
    ],
)
def test_a_name_may_not_hold_a_control_character(name: str) -> None:
    city = builders.network().cities()[0]
    with pytest.raises(ascn.ValidationError) as info:
        attrs.evolve(city, name=name)
    (problem,) = info.value.problems
    assert problem.path == "name"
    assert problem.message.startswith("contains a control character (U+")
    document = json.loads(ascn.dumps(builders.network()))
    document["cities"][0]["name"] = name
    with pytest.raises(ascn.ValidationError) as info:
        ascn.from_data(document)
    assert [p.path for p in info.value.problems] == ["cities[0].name"]


@pytest.mark.parametrize(("upper", "lower"), [("Æ", "æ"), ("Ø", "ø"), ("Ł", "ł"), ("Đ", "đ")])
def test_letters_folded_by_hand_fold_in_either_case(upper: str, lower: str) -> None:
    assert normalise(upper) == normalise(lower) == normalise(lower.upper())
    assert normalise(upper).isascii()
