"""The command-line parser: one-line usage errors, shared options, and argument types.

Every command is registered through :func:`add_command`, which gives it a description, an
epilog with examples (and the documented columns, for data commands) and the options every
command shares.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Callable, Sequence
from typing import NoReturn

import pendulum

from ascn.cli.output import FORMATS
from ascn.dates import to_date
from ascn.errors import ValidationError
from ascn.tables import Column

__all__ = [
    "EXIT_DATA",
    "EXIT_USAGE",
    "HELP_WIDTH",
    "Command",
    "Parser",
    "YearOrDate",
    "add_command",
    "date_arg",
    "year_arg",
    "year_or_date_arg",
]

HELP_WIDTH = 79
"""Where help text is wrapped."""

EXIT_USAGE = 2
"""Exit status for a mistake in the command line."""

EXIT_DATA = 1
"""Exit status for a problem with the data: an unknown member, an invalid or unreadable file."""

Command = Callable[[argparse.Namespace], int]
"""What runs a command: it reads the parsed arguments, writes its output and returns a status.

``args.parser`` is the command's own parser, whose ``error`` reports a usage mistake found
after parsing (a range whose end comes before its start)."""

YearOrDate = int | pendulum.Date


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line naming the problem, with a hint."""

    def error(self, message: str) -> NoReturn:
        """Print ``message`` and where to find help on one line; exit with status 2."""
        sys.stderr.write(f"{self.prog}: error: {message} (hint: see '{self.prog} --help')\n")
        sys.exit(EXIT_USAGE)


def year_arg(text: str) -> int:
    """A year such as ``2026``."""
    if re.fullmatch(r"\d{1,4}", text) is None or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year (expected, say, 2026)")
    return int(text)


def date_arg(text: str) -> pendulum.Date:
    """A day written as ``YYYY-MM-DD``."""
    try:
        return to_date(text)
    except ValidationError as exc:
        message = exc.problems[0].message if exc.problems else str(exc)
        raise argparse.ArgumentTypeError(f"{message} (expected, say, 2026-03-01)") from None


def year_or_date_arg(text: str) -> YearOrDate:
    """A year (``2026``) or a day (``2008-09-01``)."""
    if re.fullmatch(r"\d{1,4}", text):
        return year_arg(text)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date_arg(text)
    raise argparse.ArgumentTypeError(
        f"{text!r} is neither a year nor a date (expected, say, 2026 or 2008-09-01)"
    )


def _epilog(examples: Sequence[str], columns: Sequence[Column]) -> str:
    lines = ["examples:", *(f"  {example}" for example in examples)]
    if columns:
        width = max(len(column.name) for column in columns)
        lines += ["", "columns (every one in json and csv output, in this order):"]
        lines += [f"  {c.name.ljust(width)}  {c.description}" for c in columns]
    return "\n".join(lines)


def add_command(
    commands: argparse._SubParsersAction[Parser],
    name: str,
    run: Command,
    *,
    summary: str,
    description: str,
    examples: Sequence[str],
    columns: Sequence[Column] = (),
    data_output: bool = False,
    hint: str = "",
) -> Parser:
    """Register command ``name``; ``data_output`` gives it ``--format``.

    ``hint`` is shown after a data error of this command (a year the rotation does not know,
    say) to suggest what to do next.
    """
    parser = commands.add_parser(
        name,
        help=summary,
        description=textwrap.fill(description, HELP_WIDTH),
        epilog=_epilog(examples, columns),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # SUPPRESS keeps a --data given before the command from being reset by the subparser.
    parser.add_argument(
        "--data",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="use the network in FILE instead of the embedded one",
    )
    if data_output:
        parser.add_argument(
            "--format",
            choices=FORMATS,
            default="table",
            help="table (aligned, for people; the default), json or csv (every column)",
        )
    parser.set_defaults(run=run, hint=hint, parser=parser)
    return parser
