"""The ``summary`` command: a readable overview of the whole network."""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from ascn import tables
from ascn.cli.common import emit, network, this_year
from ascn.cli.output import UNKNOWN, render_table
from ascn.cli.parsing import Parser, add_command, year_arg
from ascn.cli.streams import text_encoding
from ascn.errors import AscnError
from ascn.model.chair import Organisation
from ascn.model.city import City
from ascn.model.network import Network
from ascn.tables import Record

__all__ = ["register", "summary"]

_YEARS_BEFORE = 2
_YEARS_AFTER = 3
_NAMES_SHOWN = 6  # an intake with more cities than this is summarised by its count alone


def _section(title: str, body: str) -> str:
    return f"{title}\n{body}"


def _intakes(network: Network) -> list[Record]:
    groups: dict[tuple[str, str], list[City]] = defaultdict(list)
    for city in network.cities():
        groups[(city.joined.isoformat(), city.intake.value)].append(city)
    rows: list[Record] = []
    for (joined, intake), members in sorted(groups.items()):
        names = sorted(city.name for city in members)
        shown = ", ".join(names) if len(names) <= _NAMES_SHOWN else "(see: ascn cities)"
        rows.append({"joined": joined, "intake": intake, "cities": len(names), "names": shown})
    return rows


def _chair_cell(network: Network, organisation: Organisation, year: int) -> tuple[str, str]:
    try:
        term = network.rotation(organisation).chair(year)
    except AscnError:  # a year the data and rule do not cover stays unknown here
        return UNKNOWN, UNKNOWN
    return network.member(term.member).name, term.status.value


def _chairs(network: Network, year: int) -> list[Record]:
    rows: list[Record] = []
    for term in range(year - _YEARS_BEFORE, year + _YEARS_AFTER + 1):
        asean, asean_status = _chair_cell(network, Organisation.ASEAN, term)
        ascn, ascn_status = _chair_cell(network, Organisation.ASCN, term)
        rows.append(
            {
                "term": term,
                "ASEAN chair": asean,
                "status": asean_status,
                "ASCN chair": ascn,
                "ASCN status": ascn_status,
            }
        )
    return rows


def summary(network: Network, year: int, *, encoding: str | None = None) -> str:
    """The overview text of ``network``, with the chairs of the years around ``year``.

    Names are shown as :func:`ascn.cli.output.visible` shows them, for a terminal that
    writes ``encoding`` (any character, when None).
    """
    cities = network.cities()
    pilots = Counter(city.intake.value for city in cities)["pilot"]
    head = (
        f"ASEAN Smart Cities Network, established {network.established.isoformat()}\n"
        f"{len(network.members())} member states, {len(cities)} cities "
        f"({pilots} pilot, {len(cities) - pilots} in later intakes), "
        f"{len(network.meetings())} meetings, {len(network.sources())} sources\n"
    )
    members = tables.members(network)
    meetings = tables.meetings(network)
    sections = [
        head,
        _section(
            "Member states",
            render_table(members, ("code", "name", "admitted", "cities"), encoding=encoding),
        ),
        _section(
            "Cities by intake",
            render_table(
                _intakes(network), ("joined", "intake", "cities", "names"), encoding=encoding
            ),
        ),
        _section(
            f"Chairs around {year} (recorded: served; agreed: decided; projected: by the rule)",
            render_table(
                _chairs(network, year),
                ("term", "ASEAN chair", "status", "ASCN chair", "ASCN status"),
                encoding=encoding,
            ),
        ),
        _section(
            "Meetings",
            render_table(
                meetings, ("ordinal", "start", "host_name", "city", "format"), encoding=encoding
            ),
        ),
    ]
    return "\n".join(sections)


def _summary(args: argparse.Namespace) -> int:
    year = this_year() if args.year is None else args.year
    emit(summary(network(args), year, encoding=text_encoding()))
    return 0


def register(commands: argparse._SubParsersAction[Parser]) -> None:
    """Add ``summary`` to ``commands``."""
    parser = add_command(
        commands,
        "summary",
        _summary,
        summary="an overview of the network",
        description="Show an overview of the network: the member states with their admission "
        "dates and cities, the cities by intake, the chairs of recent and coming years, the "
        "meetings, and how many sources back the data.",
        examples=("ascn summary", "ascn summary --year 2024", "ascn --data mine.json summary"),
    )
    parser.add_argument(
        "--year", type=year_arg, metavar="YEAR", help="show the chairs around YEAR (default: now)"
    )
