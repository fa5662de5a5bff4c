"""Commands about documents: ``validate``, ``export``, ``schema``."""

from __future__ import annotations

import argparse
import json

import ascn
from ascn.cli.common import CommandError, emit, emit_data, network
from ascn.cli.files import write_atomically
from ascn.cli.output import json_text, render, shown_path, visible
from ascn.cli.parsing import EXIT_DATA, Parser, add_command, path_arg
from ascn.errors import ValidationError
from ascn.tables import Column, Record

__all__ = ["register"]

_PROBLEM_COLUMNS = (
    Column("path", "where the problem is, in the document's own names (cities[3].timezone)"),
    Column("message", "what is wrong there"),
)


def _counts(network: ascn.Network) -> str:
    return (
        f"{len(network.members())} members, {len(network.cities())} cities, "
        f"{len(network.chairs())} chairs, {len(network.meetings())} meetings, "
        f"{len(network.sources())} sources"
    )


def _file_field(name: str) -> str:
    """The file name for JSON output: as given, unless it is not text (bytes not UTF-8)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return shown_path(name)
    return name


def _validate(args: argparse.Namespace) -> int:
    try:
        found = ascn.load(args.file)
    except ValidationError as exc:
        problems = list(exc.problems)
    else:
        problems = []
    if args.format == "json":
        body = {
            "file": _file_field(args.file),
            "valid": not problems,
            "problems": [{"path": p.path, "message": p.message} for p in problems],
        }
        emit_data(json_text(json.dumps(body, ensure_ascii=False, indent=2)) + "\n")
    elif args.format == "csv":
        rows: list[Record] = [{"path": p.path, "message": p.message} for p in problems]
        emit_data(render(rows, "csv", columns=[c.name for c in _PROBLEM_COLUMNS]))
    elif problems:
        noun = "problem" if len(problems) == 1 else "problems"
        emit(f"{shown_path(args.file)} is invalid ({len(problems)} {noun}):\n")
        emit("".join(f"  {visible(str(p))}\n" for p in problems))
    else:
        emit(f"{shown_path(args.file)} is valid: {_counts(found)}\n")
    return EXIT_DATA if problems else 0


def _export(args: argparse.Namespace) -> int:
    source = network(args) if args.input is None else ascn.load(args.input)
    text = json_text(ascn.dumps(source))
    if args.output is None:
        emit_data(text)
        return 0
    try:
        write_atomically(args.output, text.encode("utf-8"))
    except OSError as exc:
        raise CommandError(
            f"cannot write {shown_path(args.output)}: {exc.strerror or exc}",
            "check that the folder exists and can be written; the file is left as it was",
        ) from None
    return 0


def _schema(_args: argparse.Namespace) -> int:
    emit_data(json_text(json.dumps(ascn.json_schema(), ensure_ascii=False, indent=2)) + "\n")
    return 0


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add the document commands to ``commands``."""
    validate = add_command(
        commands,
        "validate",
        _validate,
        summary="check a document and list every problem",
        description="Check the network document FILE against every rule ascn knows and list "
        "every problem with its path. Exit status 0 when it is valid, 1 when it is not or "
        "cannot be read.",
        examples=(
            "ascn validate my-network.json",
            "ascn validate my-network.json --format json",
        ),
        columns=_PROBLEM_COLUMNS,
        data_output=True,
        hint="check the path",
    )
    validate.add_argument("file", metavar="FILE", type=path_arg)

    export = add_command(
        commands,
        "export",
        _export,
        summary="write a network as the canonical document",
        description="Write the embedded network (or the one in --input FILE) as the canonical "
        "ascn document: fixed key order, defaults left out, two-space indentation, UTF-8. "
        "Control characters in names are written as JSON escapes (\\u009b).",
        examples=(
            "ascn export > network.json",
            "ascn export --input mine.json --output mine.canonical.json",
        ),
        hint="'ascn validate FILE' lists every problem of a document",
    )
    export.add_argument("--input", metavar="FILE", type=path_arg, help="the document to rewrite")
    export.add_argument(
        "--output",
        metavar="FILE",
        type=path_arg,
        help="write to FILE instead of the screen, all at once: a failure leaves FILE as it was",
    )

    add_command(
        commands,
        "schema",
        _schema,
        summary="print the JSON Schema of the document format",
        description="Print the JSON Schema (draft 2020-12) of the ascn document format, for "
        "editors and other languages. Rules that span records are checked only by "
        "'ascn validate'.",
        examples=("ascn schema > ascn.schema.json",),
    )
