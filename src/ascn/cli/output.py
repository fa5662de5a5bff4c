"""Rendering rows for people (aligned tables) and for scripts (JSON, CSV).

JSON and CSV carry every documented column of a table, in the documented order, whatever the
rows hold, so scripts can rely on them; an aligned table shows the columns a person needs.
Dates are written as ISO text; an unknown value is ``null`` in JSON, an empty field in CSV and
``-`` in a table.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
from collections.abc import Mapping, Sequence
from typing import Final

from ascn.tables import Cell

__all__ = ["FORMATS", "UNKNOWN", "render", "render_csv", "render_json", "render_table"]

FORMATS: Final = ("table", "json", "csv")
"""The output formats of commands whose output is data."""

UNKNOWN: Final = "-"
"""What an aligned table shows for an unknown value."""


def _plain(value: Cell) -> str | int | float | None:
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def render_json(rows: Sequence[Mapping[str, Cell]], columns: Sequence[str]) -> str:
    """A JSON array of objects with exactly ``columns`` as keys, in that order."""
    data = [{name: _plain(row.get(name)) for name in columns} for row in rows]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_csv(rows: Sequence[Mapping[str, Cell]], columns: Sequence[str]) -> str:
    """CSV with a header line of ``columns``, one line per row, unknown values empty."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if (v := _plain(row.get(name))) is None else v for name in columns])
    return buffer.getvalue()


def _cell_text(value: Cell) -> str:
    plain = _plain(value)
    return UNKNOWN if plain is None else str(plain)


def render_table(rows: Sequence[Mapping[str, Cell]], columns: Sequence[str]) -> str:
    """An aligned text table: a header, a rule, one line per row; numbers right-aligned."""
    cells = [[_cell_text(row.get(name)) for name in columns] for row in rows]
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
) -> str:
    """``rows`` in format ``fmt``: every one of ``columns`` for JSON and CSV, and
    ``table_columns`` (default: all of them) for a table."""
    if fmt == "json":
        return render_json(rows, columns)
    if fmt == "csv":
        return render_csv(rows, columns)
    return render_table(rows, table_columns or columns)
