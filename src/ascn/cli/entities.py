"""Commands that list the network's records: ``members``, ``cities``, ``meetings``."""

from __future__ import annotations

import argparse

from ascn import tables
from ascn.cli.common import emit_rows, network
from ascn.cli.parsing import Parser, add_command, date_arg, text_arg

__all__ = ["register"]


def _members(args: argparse.Namespace) -> int:
    rows = tables.members(network(args), on=args.on)
    emit_rows(args, rows, "members", ("code", "name", "admitted", "capital", "cities"))
    return 0


def _cities(args: argparse.Namespace) -> int:
    rows = tables.cities(network(args), on=args.on, country=args.country)
    emit_rows(args, rows, "cities", ("id", "name", "country", "intake", "joined"))
    return 0


def _meetings(args: argparse.Namespace) -> int:
    rows = tables.meetings(network(args))
    emit_rows(
        args, rows, "meetings", ("ordinal", "start", "end", "host", "city", "format", "title")
    )
    return 0


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add the listing commands to ``commands``."""
    members = add_command(
        commands,
        "members",
        _members,
        summary="list the member states",
        description="List the member states of ASEAN, with their admission dates and the "
        "number of their cities in the network.",
        examples=(
            "ascn members",
            "ascn members --on 2025-10-25      # before Timor-Leste was admitted",
            "ascn members --format csv > members.csv",
        ),
        columns=tables.COLUMNS["members"],
        data_output=True,
    )
    members.add_argument(
        "--on", type=date_arg, metavar="DATE", help="only states that were members on DATE"
    )
    cities = add_command(
        commands,
        "cities",
        _cities,
        summary="list the cities of the network",
        description="List the cities of the network: their member state, intake and when "
        "they joined. A city known to have joined only in some month or year counts from the "
        "last day of it.",
        examples=(
            "ascn cities",
            "ascn cities --country Vietnam",
            "ascn cities --country TH --on 2023-12-31 --format json",
        ),
        columns=tables.COLUMNS["cities"],
        data_output=True,
        hint="'ascn members' lists the member states",
    )
    cities.add_argument(
        "--country",
        metavar="MEMBER",
        type=text_arg,
        help="only cities of MEMBER (a code, name or alias)",
    )
    cities.add_argument(
        "--on", type=date_arg, metavar="DATE", help="only cities certainly in the network on DATE"
    )
    add_command(
        commands,
        "meetings",
        _meetings,
        summary="list the annual meetings",
        description="List the annual meetings of the network: when, where and who hosted.",
        examples=("ascn meetings", "ascn meetings --format json"),
        columns=tables.COLUMNS["meetings"],
        data_output=True,
    )
