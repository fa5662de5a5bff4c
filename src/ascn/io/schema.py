"""The JSON Schema (draft 2020-12) of the ascn document format, derived from the classes.

The schema is generated from the attrs classes' fields and types, so it cannot drift from
what :func:`ascn.loads` accepts for shapes and types. Rules that span records (references,
overlaps) and a few field rules (IANA zones that exist, calendar days) are beyond JSON
Schema; ``loads`` checks those.
"""

from __future__ import annotations

import copy
import functools
import types
from enum import Enum
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs
import pendulum

from ascn.dates import PartialDate
from ascn.io.document import FORMAT, VERSION
from ascn.model._checks import ALPHA2, ALPHA3, SLUG, URL
from ascn.model.network import Network

__all__ = ["json_schema"]

_DAY = {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "YYYY-MM-DD"}
_PARTIAL = {
    "type": "string",
    "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
    "description": "YYYY, YYYY-MM or YYYY-MM-DD",
}
_TEXT = {"type": "string", "minLength": 1, "pattern": r"^\S([\s\S]*\S)?$"}

# Fields whose text has a format of its own, by field name.
_FORMATS = {
    "id": {"type": "string", "pattern": f"^{SLUG.pattern}$"},
    "code": {"type": "string", "pattern": f"^{ALPHA2.pattern}$"},
    "country": {"type": "string", "pattern": f"^{ALPHA2.pattern}$"},
    "member": {"type": "string", "pattern": f"^{ALPHA2.pattern}$"},
    "host": {"type": "string", "pattern": f"^{ALPHA2.pattern}$"},
    "alpha3": {"type": "string", "pattern": f"^{ALPHA3.pattern}$"},
    "url": {"type": "string", "pattern": f"^{URL.pattern}$"},
    "city": {"type": "string", "pattern": f"^{SLUG.pattern}$"},
    "reference": {"type": "string", "pattern": f"^{SLUG.pattern}$"},
    "source": {"type": "string", "pattern": f"^{SLUG.pattern}$"},
}

# Numbers with a range of their own, by field name.
_RANGES: dict[str, dict[str, Any]] = {
    "latitude": {"type": "number", "minimum": -90, "maximum": 90},
    "longitude": {"type": "number", "minimum": -180, "maximum": 180},
}

# Fields named like a formatted field that hold free text: a meeting's city is the place as
# the sources name it, not a city id.
_FREE_TEXT = {("Meeting", "city")}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def of(self, tp: Any, field: str = "") -> dict[str, Any]:
        origin = get_origin(tp)
        if origin in (Union, types.UnionType):
            options = [a for a in get_args(tp) if a is not type(None)]
            assert len(options) == 1, tp
            return self.of(options[0], field)
        if origin is tuple:
            item = self.of(get_args(tp)[0], field[:-1] if field.endswith("s") else field)
            schema: dict[str, Any] = {"type": "array", "items": item}
            if field in {"aliases", "sources", "timezones", "members"}:
                schema["uniqueItems"] = True
            if field in {"timezones", "members"}:
                schema["minItems"] = 1
            return schema
        if tp is str:
            return dict(_FORMATS.get(field, _TEXT))
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer", "minimum": 1}
        if tp is float:
            return dict(_RANGES.get(field, {"type": "number"}))
        if tp is pendulum.Date:
            return dict(_DAY)
        if tp is PartialDate:
            return dict(_PARTIAL)
        if isinstance(tp, type) and issubclass(tp, Enum):
            return {"enum": [m.value for m in tp]}
        if attrs.has(tp):
            return self.record(tp)
        raise TypeError(f"no JSON Schema for {tp!r}")  # a bug: every model type is covered

    def record(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name first: records may nest
            hints = get_type_hints(cls)
            properties: dict[str, Any] = {}
            required: list[str] = []
            for attribute in attrs.fields(cls):
                if not attribute.init:
                    continue
                key = attribute.alias
                field = "" if (name, key) in _FREE_TEXT else key
                properties[key] = self.of(hints[attribute.name], field)
                if attribute.default is attrs.NOTHING:
                    required.append(key)
            self.defs[name] = {
                "type": "object",
                "description": (cls.__doc__ or "").strip().split("\n\n")[0],
                "properties": properties,
                "required": required,
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}


@functools.cache
def _schema() -> dict[str, Any]:
    builder = _Builder()
    builder.record(Network)
    root = builder.defs.pop("Network")
    root["properties"] = {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        **root["properties"],
    }
    root["required"] = ["format", "version", *root["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "ascn network document",
        **root,
        "$defs": builder.defs,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the document format (a fresh copy each call)."""
    return copy.deepcopy(_schema())
