"""The ascn document format: versioned JSON holding one network.

A document is a JSON object whose first two keys name the format and its version, followed
by the network's fields in a fixed order::

    {"format": "ascn.network", "version": 1, "established": "2018-04-28",
     "sources": [...], "members": [...], "cities": [...], ...}

:func:`dumps` writes the canonical form: keys in the order of the classes' fields, fields
that hold their default value (an empty list, ``null``) left out, two-space indentation,
non-ASCII text as is, decimal numbers in the fewest digits that read back as the same float,
and a final newline. It is written by orjson, many times faster than the standard library's
indenting encoder. :func:`loads` accepts exactly the documents
:func:`json_schema` describes and raises :class:`ascn.ValidationError` for anything else.

Reading is bounded: a document larger than the size limit (:data:`MAX_DOCUMENT_SIZE` unless
the caller passes ``max_size``) is refused before it is parsed, nesting deeper than the JSON
parser's recursion guard is refused, a number that cannot be held as written (more than 4300
digits, beyond a float's range, or more precise than a float) is refused where it stands, and
an error lists at most :data:`~ascn.io.problems.MAX_PROBLEMS` problems.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
import sys
from decimal import Decimal, InvalidOperation
from typing import Any, BinaryIO, Final, TypeVar, overload

import orjson

from ascn._collector import paused
from ascn.errors import DocumentFileError, Problem, ValidationError, int_of, int_text, shown
from ascn.io.converter import MAX_INT_DIGITS, RefusedNumber, converter, describe
from ascn.io.problems import bounded, clip, key_path, problems_from
from ascn.model.codegen import Miss, reader, writer
from ascn.model.network import Network

__all__ = [
    "FORMAT",
    "MAX_DOCUMENT_SIZE",
    "MAX_INDENT",
    "MAX_NESTING",
    "VERSION",
    "dumps",
    "from_data",
    "load_path",
    "loads",
    "to_data",
]

FORMAT: Final = "ascn.network"
"""The value of a document's ``format`` key."""

VERSION: Final = 1
"""The document format version this ascn writes and reads."""

MAX_DOCUMENT_SIZE: Final = 16 * 1024 * 1024
"""The largest document ascn reads: 16 MiB (bytes of a file or ``bytes``, characters of a ``str``).

The real network's document is about a hundredth of that; the limit keeps a hostile or
mistaken input (a log file, a disk image) from costing unbounded time and memory.
"""

MAX_INDENT: Final = 32
"""The widest indentation :func:`dumps` writes, in spaces per level."""

MAX_NESTING: Final = 1000
"""The deepest nesting of arrays and objects ascn reads, whatever the recursion limit."""

_BOM: Final = "\ufeff"
# Strings (which may hold brackets) and the brackets outside them.
_BRACKETS: Final = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]')
_INDENTATION: Final = re.compile(r"^ +", re.MULTILINE)
_PIECE: Final = 64 * 1024


def _refused(message: str) -> ValidationError:
    """An error about the document as a whole."""
    return ValidationError.single("", message, subject="document")


def _too_large(size: int, limit: int, unit: str) -> str:
    return f"the document has {size} {unit}; ascn reads at most {limit} {unit}"


def _limit(max_size: object) -> int:
    """The size limit a caller asked for, :data:`MAX_DOCUMENT_SIZE` when None."""
    if max_size is None:
        return MAX_DOCUMENT_SIZE
    if type(max_size) is not int or max_size < 0:
        raise ValidationError.single(
            "max_size", f"expected None or a whole number >= 0, got {describe(max_size)}"
        )
    return max_size


def _parse_float(text: str) -> float | RefusedNumber:
    if len(text) < 16 and "e" not in text and "E" not in text:
        # At most 15 significant digits and no exponent: a float holds every such decimal
        # exactly enough to give it back (DBL_DIG), so the check below cannot fail.
        return float(text)
    value = float(text)
    if not math.isfinite(value):
        return RefusedNumber(text, "is too large for a decimal number")
    # repr() is the shortest text that reads back as ``value``; if it names another number,
    # the document's number would be changed by reading it.
    if repr(value) == text:
        return value
    try:
        exact = Decimal(repr(value)) == Decimal(text)
    except InvalidOperation:  # an exponent beyond what a Decimal holds (19 digits and more)
        return RefusedNumber(text, "has an exponent too large to hold")
    if not exact:
        return RefusedNumber(text, f"cannot be held exactly; it would be read as {value!r}")
    return value


def _parse_int(text: str) -> int | float | RefusedNumber:
    digits = len(text) - text.startswith("-")
    if digits > MAX_INT_DIGITS:
        return RefusedNumber(text, f"has {digits} digits; ascn reads at most {MAX_INT_DIGITS}")
    if text == "-0":
        # The int 0 has no sign; where a decimal number belongs, -0 means -0.0.
        return -0.0
    return int_of(text)  # whatever limit the process sets on int/str conversion


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for key, _ in pairs:
        counts[key] = counts.get(key, 0) + 1
    return {key: count for key, count in counts.items() if count > 1}


def _repetition_problems(
    data: object, repeated: dict[int, tuple[object, dict[str, int]]]
) -> list[Problem]:
    """A problem at every key that appears more than once in its object, found by identity.

    The walk keeps one small frame per object or list (its parent's frame and its key), and
    builds the path of an object only when it holds a repeated key: memory stays in
    proportion to the document, however deep and wide it is.
    """
    problems: list[Problem] = []
    frames: list[tuple[int, object]] = [(-1, None)]
    stack: list[tuple[object, int]] = [(data, 0)]
    remaining = len(repeated)
    while stack and remaining:
        node, frame = stack.pop()
        if type(node) is dict:
            found = repeated.get(id(node))
            if found is not None:
                remaining -= 1
                path = _path_of(frames, frame)
                for key, count in found[1].items():
                    times = "twice" if count == 2 else f"{count} times"
                    problems.append(
                        Problem(
                            key_path(path, key),
                            f"the key {clip(repr(key))} appears {times} in one JSON object; "
                            "ascn does not choose between the values",
                        )
                    )
            children: list[tuple[Any, Any]] = list(node.items())
        elif type(node) is list:
            children = list(enumerate(node))
        else:
            continue
        for key, value in reversed(children):
            if type(value) is dict or type(value) is list:
                frames.append((frame, key))
                stack.append((value, len(frames) - 1))
    return problems


def _path_of(frames: list[tuple[int, object]], frame: int) -> str:
    """The document path of the object or list whose frame is ``frame``."""
    keys: list[object] = []
    while frame > 0:
        frame, key = frames[frame]
        keys.append(key)
    path = ""
    for key in reversed(keys):
        path = f"{path}[{key}]" if type(key) is int else key_path(path, str(key))
    return path


def _nesting_is_bounded(text: str) -> None:
    """Refuse JSON nested deeper than :data:`MAX_NESTING` levels, as the parser cannot.

    The standard parser's only bound is the interpreter's recursion limit, and a program may
    raise that beyond what the C stack holds (CPython then crashes). Below
    :data:`MAX_NESTING` levels the parser refuses deeper nesting itself; above it, orjson
    checks the nesting first (it bounds it at 1024 levels, whatever the limit), and where
    orjson stops at another error first, the brackets outside strings are counted.
    """
    if sys.getrecursionlimit() <= MAX_NESTING:
        return
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        if "depth limit" in str(exc) or _depth(text) > MAX_NESTING:
            raise _refused("the JSON is nested too deeply") from None


def _depth(text: str) -> int:
    """The deepest nesting of arrays and objects in ``text``, outside its strings."""
    deepest = depth = 0
    for token in _BRACKETS.findall(text):
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


def _parse(text: str) -> object:
    """The JSON value of ``text``; raises :class:`ascn.ValidationError` if it is not JSON."""
    _nesting_is_bounded(text)
    # Objects with a repeated key, by identity; holding each object keeps its id unique.
    repeated: dict[int, tuple[object, dict[str, int]]] = {}

    def object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            repeated[id(result)] = (result, _repeated_keys(pairs))
        return result

    try:
        data = json.loads(
            text,
            object_pairs_hook=object_pairs,
            parse_float=_parse_float,
            parse_int=_parse_int,
            parse_constant=_reject_constant,
        )
    except json.JSONDecodeError as exc:
        if not text.strip():
            raise _refused("not valid JSON: the document is empty") from None
        raise _refused(
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except ValueError as exc:
        raise _refused(f"not valid JSON: {exc}") from None
    except RecursionError:
        raise _refused("the JSON is nested too deeply") from None
    if repeated:
        raise ValidationError(bounded(_repetition_problems(data, repeated)), subject="document")
    return data


def to_data(network: Network) -> dict[str, Any]:
    """The document of ``network`` as plain JSON-ready Python data."""
    if not isinstance(network, Network):
        raise ValidationError.single("", f"expected a Network, got {type(network).__name__}")
    with paused():
        body = writer(type(network))(network)
    return {"format": FORMAT, "version": VERSION, **body}


N = TypeVar("N", bound=Network)


@overload
def from_data(data: object) -> Network: ...
@overload
def from_data(data: object, *, cls: type[N]) -> N: ...
def from_data(data: object, *, cls: type[Network] = Network) -> Network:
    """The network a parsed document (plain Python data) describes.

    ``cls`` is the class to read it as: :class:`ascn.Network`, or a subclass whose
    collections hold records with more fields (see :doc:`/explanation-model`). Raises
    :class:`ascn.ValidationError` listing every problem, each with its path.
    """
    if not (isinstance(cls, type) and issubclass(cls, Network)):
        raise ValidationError.single("cls", f"expected Network or a subclass, got {cls!r}")
    if type(data) is not dict:
        raise _refused(f"a document must be a JSON object, got {describe(data)}")
    body = dict(data)
    problems: list[Problem] = []
    fmt = body.pop("format", None)
    version = body.pop("version", None)
    if type(fmt) is not str or fmt != FORMAT:
        problems.append(Problem("format", f"must be {FORMAT!r}, got {describe(fmt)}"))
    if type(version) is not int:
        problems.append(Problem("version", f"must be a whole number, got {describe(version)}"))
    elif version != VERSION:
        problems.append(
            Problem(
                "version",
                f"this ascn reads version {VERSION}; "
                f"the document is version {clip(int_text(version))}",
            )
        )
    if problems:
        raise ValidationError(problems, subject="document")
    with paused():
        try:
            # Most documents are valid: the lean reader builds them without cattrs' per-value
            # bookkeeping; what it does not accept it leaves to the detailed converter.
            return reader(cls)(body)  # type: ignore[no-any-return]
        except Miss:
            pass
        except ValidationError as exc:  # the records are sound; the network's rules are not
            raise ValidationError(bounded(exc.problems), subject="document") from None
        try:
            return converter.structure(body, cls)
        except Exception as exc:
            found = problems_from(exc)
            if not found:
                raise
            raise ValidationError(bounded(found), subject="document") from None


@overload
def loads(text: str | bytes, *, max_size: int | None = None) -> Network: ...
@overload
def loads(text: str | bytes, *, max_size: int | None = None, cls: type[N]) -> N: ...
def loads(
    text: str | bytes, *, max_size: int | None = None, cls: type[Network] = Network
) -> Network:
    """The network in a JSON document; raises :class:`ascn.ValidationError` if it is not valid.

    Malformed JSON, a key repeated within one object, ``NaN`` or ``Infinity``, a number that
    cannot be held as written, wrong types, unknown or missing keys, impossible dates and broken
    network rules are all reported as problems with their paths. ``bytes`` must be UTF-8; a
    leading byte order mark is ignored. A document longer than ``max_size`` (characters of a
    ``str``, bytes of ``bytes``; :data:`MAX_DOCUMENT_SIZE` when None) is refused unread: raise
    it only for documents from a source you trust. ``cls`` is as for :func:`from_data`.
    """
    limit = _limit(max_size)
    if isinstance(text, bytes):
        if len(text) > limit:
            raise _refused(_too_large(len(text), limit, "bytes"))
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _refused(
                f"the document is not UTF-8 text ({exc.reason} at byte {exc.start})"
            ) from None
    if not isinstance(text, str):
        raise _refused(f"expected JSON text, got {describe(text)}")
    if len(text) > limit:
        raise _refused(_too_large(len(text), limit, "characters"))
    with paused():  # parsing too: the parser makes as many objects as the records do
        return from_data(_parse(text.removeprefix(_BOM)), cls=cls)


def dumps(network: Network, *, indent: int | None = 2) -> str:
    """The canonical JSON document of ``network`` (see the module docs for its form).

    ``indent`` spaces per level (2 by default); ``None`` writes the compact form, without
    spaces or line breaks.
    """
    if not isinstance(network, Network):
        raise ValidationError.single("", f"expected a Network, got {type(network).__name__}")
    if indent is not None and (type(indent) is not int or not 0 <= indent <= MAX_INDENT):
        raise ValidationError.single(
            "indent", f"expected None or a whole number from 0 to {MAX_INDENT}, got {shown(indent)}"
        )
    # The dicts are gone before the collector resumes, so it never has to look at them.
    with paused():
        return _encode(to_data(network), indent=indent)


def _encode(data: object, *, indent: int | None = 2) -> str:
    """JSON text of plain JSON-ready ``data`` as :func:`dumps` writes it, with a final newline.

    Non-ASCII text is written as is; ``indent=None`` gives the compact form without spaces.
    """
    option = orjson.OPT_INDENT_2 if indent is not None else 0
    try:
        raw = orjson.dumps(data, option=option)
    except orjson.JSONEncodeError:
        # orjson holds whole numbers in 64 bits; the model allows up to 4300 digits.
        raw = orjson.dumps(_big_numbers_as_text(data), option=option)
    text = raw.decode()
    if indent is not None and indent != 2:
        # A JSON string holds no raw line break, so every line's leading spaces are indentation.
        text = _INDENTATION.sub(lambda m: " " * (len(m[0]) // 2 * indent), text)
    return text + "\n"


def _big_numbers_as_text(data: object) -> object:
    """``data`` with every whole number beyond 64 bits as a fragment of JSON written by Python."""
    if type(data) is dict:
        return {key: _big_numbers_as_text(value) for key, value in data.items()}
    if type(data) is list:
        return [_big_numbers_as_text(value) for value in data]
    if type(data) is int and not -(2**63) <= data < 2**64:
        return orjson.Fragment(int_text(data))
    return data


def load_path(path: str | os.PathLike[str], *, max_size: int | None = None) -> Network:
    """The network in the document file at ``path``.

    Raises :class:`ascn.DocumentFileError` when the file cannot be read (missing, a directory,
    unreadable, not UTF-8, empty, larger than ``max_size`` bytes: :data:`MAX_DOCUMENT_SIZE`
    when None) and :class:`ascn.ValidationError` when its content is invalid.
    """
    limit = _limit(max_size)
    try:
        name = os.fsdecode(path)
    except TypeError:
        raise ValidationError.single(
            "path", f"expected a file path (str or os.PathLike), got {describe(path)}"
        ) from None
    raw = _read(name, limit)
    if not raw.strip():
        raise DocumentFileError(name, "the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentFileError(
            name, f"not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None
    try:
        return loads(text, max_size=limit)
    except ValidationError as exc:
        raise ValidationError(exc.problems, subject=name) from None


def _read(name: str, limit: int) -> bytes:
    """The content of the file ``name``, or a file error; never more than ``limit`` is read.

    Only a regular file is read: a FIFO would block until something writes to it, and a
    device or a socket is no document.
    """
    try:
        with _open(name) as handle:
            kind = _special_kind(os.fstat(handle.fileno()).st_mode)
            if kind is not None:
                raise DocumentFileError(name, f"it is {kind}, not a regular file")
            raw = _read_within_limit(handle, limit)
    except DocumentFileError:
        raise
    except FileNotFoundError:
        raise DocumentFileError(name, "no such file") from None
    except IsADirectoryError:
        raise DocumentFileError(name, "it is a directory, not a file") from None
    except PermissionError:
        raise DocumentFileError(name, "permission denied") from None
    except OSError as exc:
        raise DocumentFileError(name, exc.strerror or str(exc)) from None
    except ValueError:
        raise DocumentFileError(name, "the path contains a NUL character") from None
    if raw is None:
        raise DocumentFileError(name, f"the file is larger than {limit} bytes, the most ascn reads")
    return raw


def _open(name: str) -> BinaryIO:
    """The file ``name`` opened for reading, without waiting for a writer if it is a FIFO."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.fdopen(os.open(name, flags), "rb")


def _special_kind(mode: int) -> str | None:
    """What a file of this mode is, in words, unless it is a regular file."""
    if stat.S_ISREG(mode):
        return None
    kinds = (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a pipe (a FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((words for test, words in kinds if test(mode)), "a special file")


def _read_within_limit(handle: BinaryIO, limit: int) -> bytes | None:
    """All of ``handle``, or None as soon as it proves larger than ``limit`` bytes.

    A file whose size the system reports is read in one piece of that size (plus one byte, to
    see the end); pipes and /proc files report 0 and are read in small pieces, so that no read
    allocates the whole limit up front.
    """
    size = os.fstat(handle.fileno()).st_size
    if size > limit:
        return None
    pieces: list[bytes] = []
    total = 0
    while piece := handle.read(size + 1 if not pieces else _PIECE):
        pieces.append(piece)
        total += len(piece)
        if total > limit:
            return None
    return b"".join(pieces)
