"""Turning whatever structuring raised into ascn's problems with document paths, and keeping
every report bounded however hostile the input.

A path names a place in a document: ``cities[3].location.latitude``. A key that is not a plain
name (an unknown key with a space or a dot, say) is written as a JSON string in brackets:
``cities[3]["pop. 2020"]``, so that every path reads one way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Final

from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)

from ascn.errors import Problem, ValidationError

__all__ = ["MAX_PROBLEMS", "MAX_TEXT", "bounded", "clip", "field_of", "key_path", "problems_from"]

MAX_PROBLEMS: Final = 1000
"""The most problems one error lists; the rest are counted, or checking stops early."""

MAX_TEXT: Final = 300
"""The longest path or message reported whole; a longer one keeps its start, end and length."""

_EXCERPT: Final = 60
_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def clip(text: str, limit: int = _EXCERPT) -> str:
    """``text`` itself if short, else its start and end around an ellipsis and its length."""
    if len(text) <= limit:
        return text
    keep = (limit - 1) // 2
    return f"{text[:keep]}…{text[-keep:]} ({len(text)} characters)"


def key_path(path: str, key: object) -> str:
    """The path of ``key`` inside the object at ``path``."""
    if type(key) is str and _NAME.fullmatch(key):
        return f"{path}.{key}" if path else key
    text = json.dumps(key) if type(key) is str else repr(key)
    return f"{path}[{clip(text)}]"


def field_of(path: str) -> str:
    """The first name in ``path``: the field of the record the path starts in."""
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def bounded(problems: Iterable[Problem]) -> list[Problem]:
    """At most :data:`MAX_PROBLEMS` problems, each path and message clipped to :data:`MAX_TEXT`."""
    listed: list[Problem] = []
    unlisted = 0
    for problem in problems:
        if len(listed) == MAX_PROBLEMS:
            unlisted += 1
            continue
        listed.append(Problem(clip(problem.path, MAX_TEXT), clip(problem.message, MAX_TEXT)))
    if unlisted:
        listed.append(Problem("", f"{unlisted} more problems are not listed"))
    return listed


def _child(path: str, exc: BaseException) -> str:
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            # Private attrs fields (the network's collections) appear under their alias.
            return key_path(path, note.name.lstrip("_"))
        if isinstance(note, IterableValidationNote):
            return f"{path}[{note.index}]"
    return path


def _is_missing_key(exc: BaseException) -> bool:
    # cattrs reads a required key with ``o[key]``; a KeyError naming another key is a bug.
    return isinstance(exc, KeyError) and any(
        isinstance(note, AttributeValidationNote) and exc.args == (note.name.lstrip("_"),)
        for note in getattr(exc, "__notes__", ())
    )


def problems_from(exc: BaseException, path: str = "") -> list[Problem]:
    """Every problem in ``exc`` (a cattrs error group, an ascn error, or a leaf error).

    Returns an empty list for an exception that is not about the input: the caller re-raises
    those, since they are bugs in ascn rather than mistakes in a document.
    """
    if isinstance(exc, ValidationError):
        return [problem.within(path) for problem in exc.problems]
    if isinstance(exc, ForbiddenExtraKeysError):
        return [
            Problem(key_path(path, key), "is not a known key here")
            for key in sorted(exc.extra_fields, key=repr)
        ]
    if isinstance(exc, BaseValidationError):
        problems: list[Problem] = []
        for sub in exc.exceptions:
            found = problems_from(sub, _child(path, sub))
            if not found:
                return []
            problems.extend(found)
        return problems
    if _is_missing_key(exc):
        return [Problem(path, "is required but missing")]
    return []
