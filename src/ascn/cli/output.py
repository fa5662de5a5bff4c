"""Rendering rows for people (aligned tables) and for scripts (JSON, CSV).

JSON and CSV carry every documented column of a table, in the documented order, whatever the
rows hold, so scripts can rely on them; an aligned table shows the columns a person needs.
Dates are written as ISO text; an unknown value is ``null`` in JSON, an empty field in CSV and
``-`` in a table.

No output carries a control sequence, whatever a document's names hold. A character that a
terminal could act on (the C0 and C1 controls and DEL, the bidirectional controls that can
make a terminal show text reordered, the line and paragraph separators, and lone surrogates)
is shown as an escape: ``\\n``, ``\\t`` and ``\\r`` for those three, ``\\xNN`` for the other
codes below U+0100 and ``\\uNNNN`` above. A table and a CSV cell show such an escape in place
of the character, so a value stays on its line; JSON writes the character as its JSON escape
(``\\u001b``, ``\\u009b``, ``\\u202e``) and loses nothing. A CSV text cell that a spreadsheet
would take for a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return) gets a leading ``'``; numbers (a negative latitude) are written as they are.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import os
import re
from collections.abc import Mapping, Sequence
from typing import Final

from ascn.tables import Cell

__all__ = [
    "FORMATS",
    "FORMULA_START",
    "UNKNOWN",
    "json_text",
    "render",
    "render_csv",
    "render_json",
    "render_table",
    "shown_path",
    "visible",
]

FORMATS: Final = ("table", "json", "csv")
"""The output formats of commands whose output is data."""

UNKNOWN: Final = "-"
"""What an aligned table shows for an unknown value."""

FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
"""How a CSV cell that a spreadsheet takes for a formula starts (OWASP's list)."""

_C0: Final = r"\x00-\x1f"
_OTHERS: Final = (
    r"\x7f-\x9f"  # DEL, C1
    r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidirectional marks and controls
    r"\u2028\u2029"  # line and paragraph separators
    r"\ud800-\udfff"  # lone surrogates (a file name that is not UTF-8)
)
_UNSAFE: Final = re.compile(f"[{_C0}{_OTHERS}]")
# In JSON text the C0 controls are already escaped by the encoder, and the only raw ones left
# are the line breaks of the indentation: everything else is inside a string.
_UNSAFE_IN_JSON: Final = re.compile(r"[\x00-\x09\x0b-\x1f" + _OTHERS + "]")
_SHORT: Final = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(char: str) -> str:
    code = ord(char)
    if char in _SHORT:
        return _SHORT[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, keep: str = "", encoding: str | None = None) -> str:
    """``text`` with every control character shown as an escape (see the module docs).

    Characters in ``keep`` (a line break, for text of several lines) are left as they are.
    With ``encoding``, a character that it cannot write is shown as an escape too (``\\xe9``,
    ``\\u0110``), so that a table keeps its alignment on a terminal that cannot show it.
    """
    shown = _UNSAFE.sub(lambda m: m[0] if m[0] in keep else _escape(m[0]), text)
    if encoding is not None:
        try:
            shown.encode(encoding)
        except UnicodeEncodeError:
            shown = shown.encode(encoding, "backslashreplace").decode(encoding)
        except LookupError:  # an encoding Python does not know: escape beyond ASCII
            shown = shown.encode("ascii", "backslashreplace").decode("ascii")
    return shown


def json_text(text: str) -> str:
    """JSON ``text`` with every control character left raw by the encoder as a JSON escape.

    ``json.dumps(ensure_ascii=False)`` and orjson escape only U+0000-U+001F; C1 controls,
    DEL, bidirectional controls and separators would reach a terminal as they are.
    """
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def shown_path(name: str) -> str:
    """A file name for a message: bytes that are not UTF-8 as ``\\xNN``, controls escaped."""
    try:
        raw = os.fsencode(name)
    except UnicodeError:  # a surrogate that no byte stands for
        return visible(name)
    return visible(raw.decode("utf-8", "backslashreplace"))


def _plain(value: Cell) -> str | int | float | None:
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def render_json(rows: Sequence[Mapping[str, Cell]], columns: Sequence[str]) -> str:
    """A JSON array of objects with exactly ``columns`` as keys, in that order."""
    data = [{name: _plain(row.get(name)) for name in columns} for row in rows]
    return json_text(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def _csv_cell(value: str | int | float | None) -> str | int | float:
    if value is None:
        return ""
    if not isinstance(value, str):
        return value  # a number, negative or not, is no formula
    prefix = "'" if value.startswith(FORMULA_START) else ""
    return prefix + visible(value)


def render_csv(rows: Sequence[Mapping[str, Cell]], columns: Sequence[str]) -> str:
    """CSV with a header line of ``columns``, one line per row, unknown values empty.

    Text cells are made safe for terminals and spreadsheets (see the module docs).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(_plain(row.get(name))) for name in columns])
    return buffer.getvalue()


def _cell_text(value: Cell, encoding: str | None) -> str:
    plain = _plain(value)
    return UNKNOWN if plain is None else visible(str(plain), encoding=encoding)


def render_table(
    rows: Sequence[Mapping[str, Cell]], columns: Sequence[str], *, encoding: str | None = None
) -> str:
    """An aligned text table: a header, a rule, one line per row; numbers right-aligned.

    Control characters in cells are shown as escapes, so every row is one line; with
    ``encoding``, so are the characters it cannot write (see :func:`visible`).
    """
    cells = [[_cell_text(row.get(name), encoding) for name in columns] for row in rows]
    widths = [max([len(name), *(len(line[i]) for line in cells)]) for i, name in enumerate(columns)]
    numeric = [
        bool(rows) and all(isinstance(row.get(name), int | float) for row in rows)
        for name in columns
    ]

    def line(texts: Sequence[str]) -> str:
        parts = [
            text.rjust(width) if right else text.ljust(width)
            for text, width, right in zip(texts, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    lines = [line(columns), line(["-" * width for width in widths])]
    lines.extend(line(texts) for texts in cells)
    return "\n".join(lines) + "\n"


def render(
    rows: Sequence[Mapping[str, Cell]],
    fmt: str,
    *,
    columns: Sequence[str],
    table_columns: Sequence[str] | None = None,
    encoding: str | None = None,
) -> str:
    """``rows`` in format ``fmt``: every one of ``columns`` for JSON and CSV, and
    ``table_columns`` (default: all of them) for a table, for a terminal in ``encoding``."""
    if fmt == "json":
        return render_json(rows, columns)
    if fmt == "csv":
        return render_csv(rows, columns)
    return render_table(rows, table_columns or columns, encoding=encoding)
