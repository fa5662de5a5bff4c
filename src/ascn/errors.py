"""The exceptions ascn raises for user mistakes.

Every mistake in input a user gives (a document, a constructor argument, a date, a
lookup key, a file path) surfaces as a subclass of :class:`AscnError`. Anything else that
escapes is a bug in ascn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

__all__ = [
    "AmbiguousKeyError",
    "AscnError",
    "DocumentFileError",
    "NoChairError",
    "NotFoundError",
    "Problem",
    "ValidationError",
]


def shown(value: object) -> str:
    """``repr(value)`` for a message, shortened; safe for ints too large for ``repr``."""
    if isinstance(value, int) and value.bit_length() > 64:
        return f"<a whole number of {len(format(value, 'x'))} hexadecimal digits>"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


_PIECE_DIGITS = 600  # below the least limit Python lets a program set on int/str conversion


def int_text(value: int) -> str:
    """The decimal digits of ``value``, whatever limit the process sets on int/str conversion.

    ``sys.set_int_max_str_digits`` may be as low as 640; ascn's own limit is 4300 digits.
    """
    try:
        return str(value)
    except ValueError:
        sign, rest = ("-", -value) if value < 0 else ("", value)
        pieces: list[str] = []
        while rest:
            rest, piece = divmod(rest, 10**_PIECE_DIGITS)
            pieces.append(f"{piece:0{_PIECE_DIGITS}d}")
        return sign + "".join(reversed(pieces)).lstrip("0")


def int_of(digits: str) -> int:
    """The int that ``digits`` (ASCII, maybe with a leading minus) writes, whatever limit the
    process sets on int/str conversion."""
    try:
        return int(digits)
    except ValueError:
        negative = digits.startswith("-")
        rest = digits.removeprefix("-")
        value = 0
        for start in range(0, len(rest), _PIECE_DIGITS):
            piece = rest[start : start + _PIECE_DIGITS]
            value = value * 10 ** len(piece) + int(piece)
        return -value if negative else value


class AscnError(Exception):
    """Base class of every exception ascn raises on purpose."""


@attrs.frozen
class Problem:
    """One thing wrong with some input: where it is and what is wrong.

    ``path`` uses the document's own names: ``cities[3].timezone``,
    ``chairs[12].member``; an empty path means the whole input.
    """

    path: str
    message: str

    def within(self, prefix: str) -> Problem:
        """This problem, seen from a container that holds the input at ``prefix``."""
        if not prefix:
            return self
        if not self.path:
            return Problem(prefix, self.message)
        sep = "" if self.path.startswith("[") else "."
        return Problem(f"{prefix}{sep}{self.path}", self.message)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(AscnError, ValueError):
    """Input that breaks one or more rules; ``problems`` lists every one of them."""

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem], *, subject: str = "input") -> None:
        self.problems = tuple(problems)
        self.subject = subject
        super().__init__(self._render())

    @classmethod
    def single(cls, path: str, message: str, *, subject: str = "input") -> ValidationError:
        """An error holding one problem."""
        return cls([Problem(path, message)], subject=subject)

    def within(self, prefix: str) -> ValidationError:
        """The same problems, with ``prefix`` put in front of every path."""
        return ValidationError([p.within(prefix) for p in self.problems], subject=self.subject)

    def _render(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{self.subject} is invalid ({count} {noun}):"]
        lines.extend(f"  {problem}" for problem in self.problems)
        return "\n".join(lines)


class NotFoundError(AscnError, LookupError):
    """A lookup key matched nothing; ``suggestions`` holds the closest known keys."""

    def __init__(self, kind: str, key: object, suggestions: Sequence[str] = ()) -> None:
        self.kind = kind
        self.key = key
        self.suggestions = tuple(suggestions)
        message = f"no {kind} matches {shown(key)}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class NoChairError(NotFoundError):
    """No chair can be given for this year, date or member, and ``reason`` says why.

    Raised by :class:`ascn.rotation.Rotation` for years before the first known term (or
    before the organisation existed), for past terms and handover days the sources do not
    cover, and for a member with no term ahead. ascn does not present a guess as fact. A
    :class:`NotFoundError`, so also a ``LookupError``.
    """

    def __init__(self, organisation: str, key: object, reason: str) -> None:
        self.kind = f"{organisation} chair"
        self.key = key
        self.suggestions = ()
        self.reason = reason
        Exception.__init__(self, f"no {organisation} chair for {key}: {reason}")


class AmbiguousKeyError(AscnError, LookupError):
    """A lookup key matched more than one entity; ``candidates`` names them."""

    def __init__(self, kind: str, key: object, candidates: Sequence[str]) -> None:
        self.kind = kind
        self.key = key
        self.candidates = tuple(candidates)
        super().__init__(
            f"{shown(key)} matches more than one {kind}: "
            + ", ".join(self.candidates)
            + "; use an id or code instead"
        )

    def __str__(self) -> str:
        return str(self.args[0])


class DocumentFileError(AscnError, OSError):
    """A document file that cannot be read: missing, a directory, unreadable, not UTF-8."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"cannot read {path}: {reason}")

    def __str__(self) -> str:
        return f"cannot read {self.path}: {self.reason}"
