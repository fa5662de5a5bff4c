"""Turning whatever structuring raised into ascn's problems with document paths."""

from __future__ import annotations

from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)

from ascn.errors import Problem, ValidationError

__all__ = ["problems_from"]


def _child(path: str, exc: BaseException) -> str:
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            # Private attrs fields (the network's collections) appear under their alias.
            name = note.name.lstrip("_")
            return f"{path}.{name}" if path else name
        if isinstance(note, IterableValidationNote):
            return f"{path}[{note.index}]"
    return path


def problems_from(exc: BaseException, path: str = "") -> list[Problem]:
    """Every problem in ``exc`` (a cattrs error group, an ascn error, or a leaf error).

    Returns an empty list for an exception that is not about the input: the caller re-raises
    those, since they are bugs in ascn rather than mistakes in a document.
    """
    if isinstance(exc, ValidationError):
        return [problem.within(path) for problem in exc.problems]
    if isinstance(exc, ForbiddenExtraKeysError):
        return [
            Problem(f"{path}.{key}" if path else key, "is not a known key here")
            for key in sorted(exc.extra_fields)
        ]
    if isinstance(exc, BaseValidationError):
        problems: list[Problem] = []
        for sub in exc.exceptions:
            found = problems_from(sub, _child(path, sub))
            if not found:
                return []
            problems.extend(found)
        return problems
    if isinstance(exc, KeyError) and any(
        isinstance(n, AttributeValidationNote) for n in getattr(exc, "__notes__", ())
    ):
        return [Problem(path, "is required but missing")]
    return []
