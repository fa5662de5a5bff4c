"""What the commands share: the network they work on, writing output, the organisation option."""

from __future__ import annotations

import argparse
import sys

import pendulum

import ascn
from ascn.cli.output import render
from ascn.model.network import Network
from ascn.tables import COLUMNS, Record

__all__ = ["CommandError", "add_organisation", "emit", "emit_rows", "network", "this_year"]


class CommandError(Exception):
    """A failure a command reports as one line with a hint, exiting with status 1."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


def network(args: argparse.Namespace) -> Network:
    """The network named by ``--data``, or the embedded one."""
    path: str | None = getattr(args, "data", None)
    return ascn.load(path) if path else ascn.load()


def emit(text: str) -> None:
    """Write ``text`` to standard output as it is."""
    sys.stdout.write(text)


def emit_rows(
    args: argparse.Namespace, rows: list[Record], kind: str, table_columns: tuple[str, ...]
) -> None:
    """Write ``rows`` of table ``kind`` in the format ``--format`` asks for."""
    columns = [column.name for column in COLUMNS[kind]]
    emit(render(rows, args.format, columns=columns, table_columns=table_columns))


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
