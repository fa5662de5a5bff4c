"""What the commands share: the network they work on, writing output, the organisation option."""

from __future__ import annotations

import argparse

import pendulum

import ascn
from ascn.cli.output import render
from ascn.cli.streams import text_encoding, write_data, write_text
from ascn.model.network import Network
from ascn.tables import COLUMNS, Record

__all__ = [
    "CommandError",
    "add_organisation",
    "emit",
    "emit_data",
    "emit_rows",
    "network",
    "this_year",
]


class CommandError(Exception):
    """A failure a command reports as one line with a hint, exiting with status 1."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


def network(args: argparse.Namespace) -> Network:
    """The network named by ``--data``, or the embedded one when there is no ``--data``."""
    path: str | None = getattr(args, "data", None)
    return ascn.load() if path is None else ascn.load(path)


def emit(text: str) -> None:
    """Write ``text`` for people: control characters and what the terminal cannot show escaped."""
    write_text(text)


def emit_data(text: str) -> None:
    """Write JSON or CSV ``text`` as UTF-8."""
    write_data(text)


def emit_rows(
    args: argparse.Namespace, rows: list[Record], kind: str, table_columns: tuple[str, ...]
) -> None:
    """Write ``rows`` of table ``kind`` in the format ``--format`` asks for."""
    columns = [column.name for column in COLUMNS[kind]]
    if args.format == "table":
        text = render(
            rows, "table", columns=columns, table_columns=table_columns, encoding=text_encoding()
        )
        emit(text)
    else:
        emit_data(render(rows, args.format, columns=columns))


def this_year() -> int:
    """The current year in the local time zone, the default for commands about "now"."""
    return pendulum.today().year


def add_organisation(parser: argparse.ArgumentParser) -> None:
    """Give a rotation command ``--org ASEAN|ASCN``."""
    parser.add_argument(
        "--org",
        type=str.upper,
        choices=("ASEAN", "ASCN"),
        default="ASEAN",
        help="whose chair: ASEAN (the default) or ASCN",
    )
