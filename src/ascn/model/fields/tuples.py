"""Rules for tuples: each item kept by an item rule, names distinct, source ids."""

from __future__ import annotations

import functools
from enum import Enum
from typing import Any

from ascn.model.checks import Checks, is_name, is_slug
from ascn.model.fields.base import Rule
from ascn.model.fields.leaves import NAME, SLUG_RULE

# -- tuples ------------------------------------------------------------------------------------


class Each(Rule):
    """A tuple whose items each keep ``item``; maybe non-empty, maybe without repeats."""

    def __init__(
        self,
        name: str,
        item: Rule,
        what: str,
        *,
        least: str | None = None,
        repeated: str | None = None,
    ) -> None:
        self.name, self._item, self.what = name, item, what
        self.least, self.repeated = least, repeated
        self.json = tuple
        self.description = what
        bad: list[object] = [None, [item.good[0]] if item.good else [], "x"]
        bad.extend((value,) for value in item.bad if value is not None)
        if least is not None:
            bad.append(())
        if repeated is not None and item.good:
            bad.append((item.good[0], item.good[0]))
        self.bad = tuple(bad)
        json_items = [value for value in item.bad_json if type(value) in (str, int, float, bool)]
        bad_json: list[object] = ["x", {}, *([value] for value in json_items[:3])]
        if least is not None:
            bad_json.append([])
        if repeated is not None and item.good:
            bad_json.append([_json(item.good[0])] * 2)
        self.bad_json = tuple(bad_json)
        self.good = (item.good[:1], item.good[:2]) if item.good else ((),)
        if least is None:
            self.good = ((), *self.good)

    @property
    def item(self) -> Rule | None:
        return self._item

    def clean(self, value: object) -> bool:
        if type(value) is not tuple:
            return False
        if not value:
            return self.least is None
        clean = self._item.clean
        for item in value:
            if not clean(item):
                return False
        return self.repeated is None or len(value) < 2 or len(set(value)) == len(value)

    def check(self, checks: Checks, path: str, value: object) -> bool:
        before = len(checks.problems)
        for item_path, item in checks.each(path, value, self.what):
            self._item.check(checks, item_path, item)
        if isinstance(value, tuple):
            if self.least is not None and not value:
                checks.fail(path, self.least)
            elif self.repeated is not None and _repeats(value):
                checks.fail(path, self.repeated)
        return len(checks.problems) == before

    def schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self._item.schema()}
        if self.repeated is not None:
            schema["uniqueItems"] = True
        if self.least is not None:
            schema["minItems"] = 1
        return schema


def _json(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def _repeats(values: tuple[object, ...]) -> bool:
    # Items that are not text are reported by their own checks, and may not be hashable.
    texts = [value for value in values if isinstance(value, str)]
    return len(set(texts)) != len(texts)


class NamesRule(Rule):
    """A tuple of names (see :class:`NameRule`) none of which repeats another, ignoring case."""

    name, json, description = "names", tuple, "names"
    bad: tuple[object, ...] = (
        None,
        "x",
        ["x"],
        (5,),
        ("",),
        ("x", "X"),
        (" x",),
        ("!!!",),
        ("a\x1b[2Jb",),
    )
    bad_json: tuple[object, ...] = ("x", {}, [5], [""], ["x", "x"], ["a\x1bb"])
    good: tuple[object, ...] = ((), ("x",), ("Hà Nội", "Hanoi"))

    @property
    def item(self) -> Rule | None:
        return NAME

    def clean(self, value: object) -> bool:
        if type(value) is not tuple:
            return False
        if not value:
            return True
        return all(map(is_name, value)) and len({v.casefold() for v in value}) == len(value)

    def check(self, checks: Checks, path: str, value: object) -> bool:
        return checks.texts(path, value)

    def schema(self) -> dict[str, Any]:
        return {"type": "array", "items": NAME.schema(), "uniqueItems": True}


class SourceIdsRule(Each):
    """The ids of the sources a record cites: slugs, none twice."""

    def __init__(self) -> None:
        super().__init__(
            "source_ids", SLUG_RULE, "source ids", repeated="lists a source more than once"
        )

    def clean(self, value: object) -> bool:
        if type(value) is not tuple:
            return False
        # Records cite the same few sources again and again: remembering each id's verdict is
        # cheaper than matching it every time.
        for item in value:
            if type(item) is not str or not _is_cited_slug(item):
                return False
        return len(value) < 2 or len(set(value)) == len(value)


@functools.lru_cache(maxsize=4096)
def _is_cited_slug(value: str) -> bool:
    return is_slug(value)
