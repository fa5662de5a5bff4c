"""The ascn document format: versioned JSON holding one network.

A document is a JSON object whose first two keys name the format and its version, followed
by the network's fields in a fixed order::

    {"format": "ascn.network", "version": 1, "established": "2018-04-28",
     "sources": [...], "members": [...], "cities": [...], ...}

:func:`dumps` writes the canonical form: keys in the order of the classes' fields, fields
that hold their default value (an empty list, ``null``) left out, two-space indentation,
non-ASCII text as is, and a final newline. :func:`loads` accepts exactly the documents
:func:`json_schema` describes and raises :class:`ascn.ValidationError` for anything else.
"""

from __future__ import annotations

import json
import os
from typing import Any, Final

from ascn.errors import DocumentFileError, Problem, ValidationError
from ascn.io.converter import converter
from ascn.io.problems import problems_from
from ascn.model._checks import describe
from ascn.model.network import Network

__all__ = ["FORMAT", "VERSION", "dumps", "from_data", "load_path", "loads", "to_data"]

FORMAT: Final = "ascn.network"
"""The value of a document's ``format`` key."""

VERSION: Final = 1
"""The document format version this ascn writes and reads."""


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def to_data(network: Network) -> dict[str, Any]:
    """The document of ``network`` as plain JSON-ready Python data."""
    body: dict[str, Any] = converter.unstructure(network)
    return {"format": FORMAT, "version": VERSION, **body}


def from_data(data: object) -> Network:
    """The network a parsed document (plain Python data) describes.

    Raises :class:`ascn.ValidationError` listing every problem, each with its path.
    """
    if type(data) is not dict:
        raise ValidationError.single("", f"a document must be a JSON object, got {describe(data)}")
    body = dict(data)
    problems: list[Problem] = []
    fmt = body.pop("format", None)
    version = body.pop("version", None)
    if fmt != FORMAT:
        problems.append(Problem("format", f"must be {FORMAT!r}, got {describe(fmt)}"))
    if type(version) is not int:
        problems.append(Problem("version", f"must be a whole number, got {describe(version)}"))
    elif version != VERSION:
        problems.append(
            Problem(
                "version", f"this ascn reads version {VERSION}; the document is version {version}"
            )
        )
    if problems:
        raise ValidationError(problems, subject="document")
    try:
        return converter.structure(body, Network)
    except Exception as exc:
        found = problems_from(exc)
        if not found:
            raise
        raise ValidationError(found, subject="document") from None


def loads(text: str | bytes) -> Network:
    """The network in a JSON document; raises :class:`ascn.ValidationError` if it is not valid.

    Malformed JSON, a key repeated within one object, ``NaN`` or ``Infinity``, wrong types,
    unknown or missing keys, impossible dates and broken network rules are all reported as
    problems with their paths.
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError.single("", f"the document is not UTF-8 text: {exc}") from None
    if not isinstance(text, str):
        raise ValidationError.single("", f"expected JSON text, got {describe(text)}")
    try:
        data = json.loads(
            text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant
        )
    except _DuplicateKeyError as exc:
        raise ValidationError.single(
            "", f"the key {exc.key!r} appears twice in one JSON object"
        ) from None
    except json.JSONDecodeError as exc:
        raise ValidationError.single(
            "", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except ValueError as exc:
        raise ValidationError.single("", f"not valid JSON: {exc}") from None
    except RecursionError:
        raise ValidationError.single("", "the JSON is nested too deeply") from None
    return from_data(data)


def dumps(network: Network, *, indent: int | None = 2) -> str:
    """The canonical JSON document of ``network`` (see the module docs for its form)."""
    if not isinstance(network, Network):
        raise ValidationError.single("", f"expected a Network, got {type(network).__name__}")
    text = json.dumps(to_data(network), ensure_ascii=False, indent=indent, allow_nan=False)
    return text + "\n"


def load_path(path: str | os.PathLike[str]) -> Network:
    """The network in the document file at ``path``.

    Raises :class:`ascn.DocumentFileError` when the file cannot be read (missing, a directory,
    unreadable, not UTF-8, empty) and :class:`ascn.ValidationError` when its content is invalid.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        raise DocumentFileError(name, "no such file") from None
    except IsADirectoryError:
        raise DocumentFileError(name, "it is a directory, not a file") from None
    except PermissionError:
        raise DocumentFileError(name, "permission denied") from None
    except OSError as exc:
        raise DocumentFileError(name, exc.strerror or str(exc)) from None
    if not raw.strip():
        raise DocumentFileError(name, "the file is empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentFileError(
            name, f"not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None
    try:
        return loads(text)
    except ValidationError as exc:
        raise ValidationError(exc.problems, subject=name) from None
