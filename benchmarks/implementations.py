"""The implementations compared: ascn, its pydantic and msgspec rivals, and the parse floor."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec
import orjson
import pydantic

import ascn
import ascn.io.document
from benchmarks.rivals import msgspec_models, pydantic_models

__all__ = ["ALL", "BY_KEY", "FLOORS", "VALIDATORS", "Implementation"]


ASCN_SIZE_LIMIT: int = ascn.io.document.MAX_DOCUMENT_SIZE
"""The largest document ``ascn.loads`` reads unless the caller passes ``max_size``."""


def _ascn_loads(text: str) -> ascn.Network:
    # The synthetic documents are trusted; the largest are over ascn's default size limit.
    return ascn.loads(text, max_size=len(text))


@dataclass(frozen=True)
class Implementation:
    """How one library reads and writes a document, and what it raises for a bad one."""

    key: str
    name: str
    loads: Callable[[str], Any]
    dumps: Callable[[Any, int | None], str | bytes]
    errors: tuple[type[Exception], ...]
    validates: bool


def _json_dumps(data: Any, indent: int | None) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent)


def _orjson_dumps(data: Any, indent: int | None) -> bytes:
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0)


ASCN = Implementation(
    "ascn",
    "ascn",
    _ascn_loads,
    lambda network, indent: ascn.dumps(network, indent=indent),
    (ascn.ValidationError,),
    validates=True,
)
PYDANTIC = Implementation(
    "pydantic",
    "pydantic",
    pydantic_models.loads,
    lambda document, indent: pydantic_models.dumps(document, indent=indent),
    (pydantic.ValidationError,),
    validates=True,
)
MSGSPEC = Implementation(
    "msgspec",
    "msgspec",
    msgspec_models.loads,
    lambda document, indent: msgspec_models.dumps(document, indent=indent),
    (msgspec.ValidationError, msgspec.DecodeError),
    validates=True,
)
JSON = Implementation(
    "json", "json (to dicts)", json.loads, _json_dumps, (json.JSONDecodeError,), validates=False
)
ORJSON = Implementation(
    "orjson",
    "orjson (to dicts)",
    orjson.loads,
    _orjson_dumps,
    (orjson.JSONDecodeError,),
    validates=False,
)

VALIDATORS = (ASCN, PYDANTIC, MSGSPEC)
"""The implementations that validate: they must accept and refuse the same documents."""
FLOORS = (JSON, ORJSON)
"""Plain parsing to dicts: the least any loader must do."""
ALL = VALIDATORS + FLOORS
BY_KEY = {implementation.key: implementation for implementation in ALL}
