"""The JSON Schema (draft 2020-12) of the ascn document format, derived from the field rules.

Each field's fragment is its rule's own (:meth:`ascn.model.fields.Rule.schema`), so the schema
says what :func:`ascn.loads` accepts, field by field, and cannot drift from it. Rules that
span records (references, overlaps) and a few field rules (IANA zones that exist, calendar
days, rules across fields) are beyond JSON Schema; ``loads`` checks those.
"""

from __future__ import annotations

import copy
from typing import Any

from ascn.errors import ValidationError
from ascn.io.document import FORMAT, VERSION
from ascn.model.fields import Nested, Optional, Rule, fields_of
from ascn.model.network import Network

__all__ = ["json_schema"]


def _nested(rule: Rule) -> type | None:
    """The record class a field holds, itself or in a tuple, if it holds one."""
    if isinstance(rule, Optional):
        return _nested(rule.rule)
    inner = rule.item if rule.item is not None else rule
    return inner.cls if isinstance(inner, Nested) else None


def _define(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """The definition of the record class ``cls``, with those of the records it holds."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in fields_of(cls):
        properties[field.key] = field.rule.schema()
        if field.required:
            required.append(field.key)
        nested = _nested(field.rule)
        if nested is not None and nested.__name__ not in defs:
            defs[nested.__name__] = {}  # reserved first: records may nest
            defs[nested.__name__] = _define(nested, defs)
    return {
        "type": "object",
        "description": (cls.__doc__ or "").strip().split("\n\n")[0],
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


_SCHEMAS: dict[type, dict[str, Any]] = {}


def _schema(cls: type) -> dict[str, Any]:
    if cls in _SCHEMAS:
        return _SCHEMAS[cls]
    defs: dict[str, Any] = {}
    root = _define(cls, defs)
    root["properties"] = {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        **root["properties"],
    }
    root["required"] = ["format", "version", *root["required"]]
    schema = _SCHEMAS[cls] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "ascn network document",
        **root,
        "$defs": defs,
    }
    return schema


def json_schema(cls: type[Network] = Network) -> dict[str, Any]:
    """The JSON Schema of the document format (a fresh copy each call).

    ``cls`` is a subclass of :class:`ascn.Network` to describe the documents of, if not the
    network itself.
    """
    if not (isinstance(cls, type) and issubclass(cls, Network)):
        raise ValidationError.single("cls", f"expected Network or a subclass, got {cls!r}")
    return copy.deepcopy(_schema(cls))
