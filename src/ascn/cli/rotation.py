"""Rotation commands: ``chair``, ``schedule``, ``next``, ``explain``, ``timeline``."""

from __future__ import annotations

import argparse
import textwrap

import pendulum

from ascn import tables
from ascn.cli.common import add_organisation, emit, emit_rows, network, this_year
from ascn.cli.parsing import (
    HELP_WIDTH,
    Parser,
    add_command,
    text_arg,
    year_arg,
    year_or_date_arg,
)
from ascn.model.chair import Chairmanship
from ascn.model.network import Network

__all__ = ["register"]

_CHAIR_COLUMNS = ("term", "member", "member_name", "start", "end", "status", "basis")
_YEARS_HINT = "'ascn schedule FIRST LAST' shows the terms the data and the rule cover"


def _emit_chairs(args: argparse.Namespace, source: Network, terms: list[Chairmanship]) -> None:
    rows = tables.chairs(source, terms)
    emit_rows(args, rows, "chairs", _CHAIR_COLUMNS)
    if args.format == "table":
        # A projection's caveats (a member whose next turn is undecided) belong next to it.
        notes: dict[str, list[str]] = {}
        for row in rows:
            if row["status"] == "projected" and isinstance(row["note"], str):
                notes.setdefault(row["note"], []).append(str(row["term"]))
        for note, labels in notes.items():
            emit("\n" + textwrap.fill(f"{', '.join(labels)}: {note}", HELP_WIDTH) + "\n")


def _chair(args: argparse.Namespace) -> int:
    source = network(args)
    rotation = source.rotation(args.org)
    when = args.when
    term = rotation.chair_on(when) if isinstance(when, pendulum.Date) else rotation.chair(when)
    _emit_chairs(args, source, [term])
    return 0


def _schedule(args: argparse.Namespace) -> int:
    if args.last < args.first:
        args.parser.error(f"LAST ({args.last}) is before FIRST ({args.first})")
    source = network(args)
    terms = source.rotation(args.org).schedule(args.first, args.last)
    _emit_chairs(args, source, list(terms))
    return 0


def _next(args: argparse.Namespace) -> int:
    after = this_year() if args.after is None else args.after
    source = network(args)
    term = source.rotation(args.org).next_term(args.member, after=after)
    _emit_chairs(args, source, [term])
    return 0


def _explain(args: argparse.Namespace) -> int:
    explanation = network(args).rotation(args.org).explain(args.year)
    emit(f"{explanation}\n")
    return 0


def _timeline(args: argparse.Namespace) -> int:
    if args.first is not None and args.last is not None and args.last < args.first:
        args.parser.error(f"--last ({args.last}) is before --first ({args.first})")
    rows = tables.timeline(network(args), organisation=args.org, first=args.first, last=args.last)
    emit_rows(args, rows, "timeline", ("start", "end", "kind", "member", "label"))
    return 0


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add the rotation commands to ``commands``."""
    chair = add_command(
        commands,
        "chair",
        _chair,
        summary="who chairs in a year or on a day",
        description="Show who chairs ASEAN (or the ASCN) for the term of YEAR, or on DATE. "
        "Past terms are recorded, decided ones agreed, later ones projected by the rule.",
        examples=(
            "ascn chair 2026",
            "ascn chair 2008-09-01          # a day inside the stretched 2008-09 term",
            "ascn chair 2031 --format json",
            "ascn chair 2020 --org ASCN",
        ),
        columns=tables.COLUMNS["chairs"],
        data_output=True,
        hint=_YEARS_HINT,
    )
    chair.add_argument("when", type=year_or_date_arg, metavar="YEAR|DATE")
    add_organisation(chair)

    schedule = add_command(
        commands,
        "schedule",
        _schedule,
        summary="the chairs of a range of years",
        description="List the chair of every term starting from FIRST to LAST (both "
        "included), with the status of each: recorded, agreed or projected.",
        examples=("ascn schedule 2018 2030", "ascn schedule 2024 2040 --format csv"),
        columns=tables.COLUMNS["chairs"],
        data_output=True,
        hint=_YEARS_HINT,
    )
    schedule.add_argument("first", type=year_arg, metavar="FIRST")
    schedule.add_argument("last", type=year_arg, metavar="LAST")
    add_organisation(schedule)

    after = add_command(
        commands,
        "next",
        _next,
        summary="when a member next chairs",
        description="Show the first term MEMBER chairs that starts after a year (by default "
        "after the current one). MEMBER is a code, name or alias.",
        examples=("ascn next Vietnam", "ascn next SG --after 2027", "ascn next 'Lao PDR'"),
        columns=tables.COLUMNS["chairs"],
        data_output=True,
        hint="'ascn members' lists the member states",
    )
    after.add_argument("member", metavar="MEMBER", type=text_arg)
    after.add_argument(
        "--after", type=year_arg, metavar="YEAR", help="look after YEAR (default: this year)"
    )
    add_organisation(after)

    explain = add_command(
        commands,
        "explain",
        _explain,
        summary="why a member chairs in a year",
        description="Explain who chairs the term of YEAR and why: the record, the decision "
        "or the rotation rule it rests on, and what remains uncertain.",
        examples=("ascn explain 2026", "ascn explain 2014", "ascn explain 2030 --org ASCN"),
        hint=_YEARS_HINT,
    )
    explain.add_argument("year", type=year_arg, metavar="YEAR")
    add_organisation(explain)

    timeline = add_command(
        commands,
        "timeline",
        _timeline,
        summary="chairs, city intakes and meetings in date order",
        description="List the chairs, the cities joining and the meetings on one time axis. "
        "By default from the year the network was established to the last year a chair is "
        "recorded or agreed.",
        examples=("ascn timeline", "ascn timeline --first 2023 --last 2030 --format csv"),
        columns=tables.COLUMNS["timeline"],
        data_output=True,
        hint=_YEARS_HINT,
    )
    timeline.add_argument("--first", type=year_arg, metavar="YEAR", help="from YEAR")
    timeline.add_argument("--last", type=year_arg, metavar="YEAR", help="to YEAR")
    add_organisation(timeline)
