"""The ``ascn`` command: the network from a terminal or a shell script.

``main`` parses the command line, runs one command and returns its exit status: 0 on
success, 1 for a problem with the data (an unknown member, a year the rotation cannot answer,
an invalid or unreadable document) or with the output (standard output closed, a full disk, a
file that cannot be written), 2 for a mistake in the command line, 141 when the reader of the
output went away (``ascn cities | head -1``; as for a program stopped by SIGPIPE, with no
message) and 130 after Ctrl-C. Every failure is one line on standard error that names the
problem and gives a hint; none shows a traceback. No output carries a control sequence from
the data or the command line (see :mod:`ascn.cli.output` and :mod:`ascn.cli.streams`).
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence

from ascn.cli import documents, entities, rotation, summary
from ascn.cli.common import CommandError
from ascn.cli.output import shown_path, visible
from ascn.cli.parsing import EXIT_DATA, EXIT_USAGE, HELP_WIDTH, Parser, path_arg
from ascn.cli.streams import EXIT_PIPE, OutputError, detach_stdout, flush, write_error
from ascn.errors import (
    AmbiguousKeyError,
    AscnError,
    DocumentFileError,
    NotFoundError,
    ValidationError,
)

__all__ = ["build_parser", "main"]

_EXAMPLES = """\
examples:
  ascn summary                       an overview of the network
  ascn chair 2026                    who chairs ASEAN in 2026, and on what basis
  ascn schedule 2024 2035            the chairs of those years
  ascn cities --country Vietnam      the cities of one member
  ascn members --format csv          every column, for scripts
  ascn --data mine.json summary      the same commands on your own document

'ascn COMMAND --help' shows each command's options, examples and columns."""

EXIT_INTERRUPTED = 130
"""Exit status after Ctrl-C: 128 + SIGINT, as shells report it."""

_LOOKUP_HINTS = {
    "member state": "'ascn members' lists the member states",
    "city": "'ascn cities' lists the cities",
}


def build_parser() -> Parser:
    """The parser of the ``ascn`` command and all its subcommands."""
    from ascn import __version__

    parser = Parser(
        prog="ascn",
        description=textwrap.fill(
            "The ASEAN Smart Cities Network: members, cities, meetings, and the chair rotation "
            "of ASEAN and the ASCN, from sourced data.",
            HELP_WIDTH,
        ),
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--data",
        metavar="FILE",
        type=path_arg,
        help="use the network in FILE instead of the embedded one",
    )
    parser.add_argument("--version", action="version", version=f"ascn {__version__}")
    commands = parser.add_subparsers(
        title="commands", metavar="COMMAND", required=True, parser_class=Parser
    )
    summary.register(commands)
    entities.register(commands)
    rotation.register(commands)
    documents.register(commands)
    return parser


def _files(args: argparse.Namespace) -> set[str]:
    return {value for name in ("data", "input", "file") if (value := getattr(args, name, None))}


def _describe(exc: AscnError, args: argparse.Namespace) -> tuple[str, str]:
    """The one-line message and the hint for a data error."""
    hint: str = args.hint
    if isinstance(exc, NotFoundError | AmbiguousKeyError):
        return str(exc), _LOOKUP_HINTS.get(exc.kind, hint)
    if isinstance(exc, DocumentFileError):
        return (
            f"cannot read {shown_path(exc.path)}: {exc.reason}",
            "check the path and that the file is a UTF-8 JSON document",
        )
    if isinstance(exc, ValidationError) and exc.problems:
        count = len(exc.problems)
        if exc.subject in _files(args):
            noun = "problem" if count == 1 else "problems"
            name = shown_path(exc.subject)
            message = f"{name} is invalid ({count} {noun}); first: {exc.problems[0]}"
            return message, f"'ascn validate {name}' lists every problem"
        more = f" (and {count - 1} more)" if count > 1 else ""
        return f"{exc.problems[0]}{more}", hint
    return str(exc), hint


def _fail(prog: str, message: str, hint: str) -> int:
    # One line whatever the message held; controls shown as escapes, never sent as they are.
    line = " ".join(visible(message, keep="\n\t").split())
    suffix = f" (hint: {visible(hint)})" if hint else ""
    write_error(f"{prog}: error: {line}{suffix}\n")
    return EXIT_DATA


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already reported
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE if exc.code else 0
    prog = args.parser.prog
    try:
        status: int = args.run(args)
        flush()
    except SystemExit as exc:  # a usage mistake a command found after parsing
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except AscnError as exc:
        return _fail(prog, *_describe(exc, args))
    except CommandError as exc:
        return _fail(prog, str(exc), exc.hint)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``ascn`` command line ``argv`` (default: the process's) and return its status."""
    try:
        return _run(argv)
    except BrokenPipeError:
        # The reader went away (`ascn cities | head`): stop quietly, as Unix tools do.
        detach_stdout()
        return EXIT_PIPE
    except OutputError as exc:  # standard output closed, a full disk
        detach_stdout()
        return _fail("ascn", str(exc), exc.hint)
    except KeyboardInterrupt:
        write_error("\n")
        return EXIT_INTERRUPTED
