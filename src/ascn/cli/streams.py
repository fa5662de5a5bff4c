"""Writing to standard output and standard error, whatever they are.

Data (JSON, CSV, documents) is written as UTF-8 bytes whatever the locale says: a JSON
document is UTF-8 by definition, and a script reading CSV expects one encoding. Text for
people (tables, messages) is written in the encoding of the stream, with every character it
cannot write shown as an escape (``\\u0110``), and every control character shown as an
escape too (see :func:`ascn.cli.output.visible`).

Every byte is written or the write fails: a pipe whose reader went away raises
``BrokenPipeError`` (the command exits quietly, see :data:`EXIT_PIPE`); any other failure
(standard output closed, a full disk) raises :class:`OutputError`, which the command reports
in one line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from typing import Final, TextIO

from ascn.cli.output import json_text, visible

__all__ = [
    "EXIT_PIPE",
    "OutputError",
    "detach_stdout",
    "flush",
    "text_encoding",
    "write_data",
    "write_error",
    "write_text",
]

EXIT_PIPE: Final = 141
"""Exit status when the reader of the output went away: 128 + SIGPIPE, as shells report it."""

_OUTPUT_HINT: Final = "check where the output goes: a closed stream, a full disk, a device"


class OutputError(Exception):
    """Standard output cannot be written; reported as one line, exiting with status 1."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"cannot write the output: {reason}")
        self.hint = _OUTPUT_HINT


def _stdout() -> TextIO:
    stream = sys.stdout
    if stream is None:
        raise OutputError("standard output is closed")
    return stream


def text_encoding() -> str:
    """The encoding of standard output (UTF-8 when it has none)."""
    stream = sys.stdout
    encoding = getattr(stream, "encoding", None) if stream is not None else None
    return encoding if isinstance(encoding, str) and encoding else "utf-8"


def _write_all(stream: TextIO, data: bytes) -> None:
    """Every byte of ``data`` to ``stream``'s binary buffer, or its text layer if it has none.

    ``BufferedWriter.write`` may return having written only part of a large piece (a pipe
    closed while the rest waited); ``TextIOWrapper`` ignores that and loses the rest, so the
    count is checked here until the last byte is written or a write fails.
    """
    buffer = getattr(stream, "buffer", None)
    stream.flush()
    if buffer is None:  # a text-only stream (io.StringIO) put in place by a caller
        stream.write(data.decode(getattr(stream, "encoding", None) or "utf-8"))
        stream.flush()
        return
    view = memoryview(data)
    while view:
        written = buffer.write(view)
        if not written:  # a non-blocking stream that is full
            raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        view = view[written:]
    buffer.flush()


def _write(data: bytes) -> None:
    stream = _stdout()
    try:
        _write_all(stream, data)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(exc.strerror or str(exc)) from None
    except ValueError as exc:  # the stream was closed by a caller
        raise OutputError(str(exc)) from None


def write_text(text: str) -> None:
    """Text for people, in the encoding of standard output; controls and the rest escaped."""
    encoding = text_encoding()
    try:
        data = visible(text, keep="\n").encode(encoding, "backslashreplace")
    except LookupError:  # an encoding name Python does not know
        data = visible(text, keep="\n").encode("ascii", "backslashreplace")
    _write(data)


def write_data(text: str) -> None:
    """JSON or CSV text, as UTF-8 bytes, with any control character left as a JSON escape."""
    _write(json_text(text).encode("utf-8"))


def flush() -> None:
    """Flush standard output, if it is open."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(exc.strerror or str(exc)) from None
    except ValueError as exc:
        raise OutputError(str(exc)) from None


def write_error(line: str) -> None:
    """One line on standard error, escaped as :func:`write_text` does; lost if it is closed."""
    stream = sys.stderr
    if stream is None:
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        data = visible(line, keep="\n").encode(encoding, "backslashreplace")
    except LookupError:
        data = visible(line, keep="\n").encode("ascii", "backslashreplace")
    with contextlib.suppress(OSError, ValueError):  # nowhere left to say it; the status tells
        _write_all(stream, data)


def detach_stdout() -> None:
    """Point standard output at the null device after a failed write.

    Whatever is left in its buffer would otherwise be flushed again at exit, failing again
    ("Exception ignored ... BrokenPipeError", exit status 120), as the Python documentation
    on SIGPIPE explains.
    """
    stream = sys.stdout
    if stream is None:
        return
    try:
        fileno = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return  # not a file descriptor (a test's capture): nothing is flushed at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fileno)
    finally:
        os.close(devnull)
