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
from typing import TYPE_CHECKING, Final, NoReturn

import pendulum

from ascn.cli.output import FORMATS, visible
from ascn.cli.streams import write_error, write_text
from ascn.dates import to_date
from ascn.errors import ValidationError, shown
from ascn.rotation.decisions import LAST_YEAR
from ascn.tables import Column

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

__all__ = [
    "EXIT_DATA",
    "EXIT_USAGE",
    "HELP_WIDTH",
    "Command",
    "Parser",
    "YearOrDate",
    "add_command",
    "date_arg",
    "path_arg",
    "text_arg",
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
    """An argument parser whose errors are one line naming the problem, with a hint.

    Its help and version text go through :mod:`ascn.cli.streams`, so that they reach any
    output (or fail in one line), and its errors show every argument with its control
    characters escaped.
    """

    def error(self, message: str) -> NoReturn:
        """Print ``message`` and where to find help on one line; exit with status 2."""
        line = " ".join(visible(message, keep="\n\t").split())
        write_error(f"{self.prog}: error: {line} (hint: see '{self.prog} --help')\n")
        sys.exit(EXIT_USAGE)

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if not message:
            return
        if file is not None and file is sys.stderr:
            write_error(message)
        else:
            write_text(message)


_YEAR: Final = re.compile(r"[0-9]{1,4}")
_YEARS: Final = f"a year from 1 to {LAST_YEAR}"


def _year(text: str) -> int | None:
    """The year ``text`` writes in ASCII digits (as documents do), or None."""
    if _YEAR.fullmatch(text) is None:
        return None
    year = int(text)
    return year if 1 <= year <= LAST_YEAR else None


def year_arg(text: str) -> int:
    """A year such as ``2026``: one to four ASCII digits, from 1 to 9999.

    Other digits (fullwidth, Arabic-Indic), signs, spaces and underscores, which ``int()``
    would take, are refused, as documents refuse them.
    """
    year = _year(text)
    if year is None:
        raise argparse.ArgumentTypeError(
            f"{shown(text)} is not a year: expected {_YEARS}, in digits 0-9 (say, 2026)"
        )
    return year


def date_arg(text: str) -> pendulum.Date:
    """A day written as ``YYYY-MM-DD``, exactly as :func:`ascn.dates.to_date` reads it."""
    try:
        return to_date(text)
    except ValidationError as exc:
        message = exc.problems[0].message if exc.problems else str(exc)
        raise argparse.ArgumentTypeError(f"{message} (expected, say, 2026-03-01)") from None


def year_or_date_arg(text: str) -> YearOrDate:
    """A year (``2026``) or a day (``2008-09-01``)."""
    if text.strip().lstrip("+-").replace("_", "").isdigit():  # what int() would take
        return year_arg(text)
    if "-" in text[1:]:
        return date_arg(text)
    raise argparse.ArgumentTypeError(
        f"{shown(text)} is neither a year nor a date (expected, say, 2026 or 2008-09-01)"
    )


def path_arg(text: str) -> str:
    """A file name: not empty, and not only spaces (an empty one would mean no file at all)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(f"expected a file name, got {shown(text)}")
    return text


def text_arg(text: str) -> str:
    """A name or key to look up: not empty, and not only spaces."""
    if not text.strip():
        raise argparse.ArgumentTypeError(f"expected a name, code or alias, got {shown(text)}")
    return text


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
        type=path_arg,
        default=argparse.SUPPRESS,
        help="use the network in FILE instead of the embedded one",
    )
    if data_output:
        parser.add_argument(
            "--format",
            choices=FORMATS,
            default="table",
            help="table (aligned, for people; the default), json or csv (every column, UTF-8; "
            "a text cell starting with = + - @, a tab or a carriage return gets a leading ' so "
            "that spreadsheets do not run it as a formula)",
        )
    parser.set_defaults(run=run, hint=hint, parser=parser)
    return parser
