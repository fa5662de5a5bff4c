"""Synthetic networks in ascn's document format, built as plain JSON data for speed.

A network of ``n`` cities has ``2n`` appointments (two successive Chief Smart City Officers per
city) and ``n // 10`` chair terms (one-year terms, alternating between ASEAN and the ASCN),
plus a fixed handful of sources, decisions, meetings, partners, milestones and framework
elements, so that every record class is exercised. Every document is valid under every field
and network rule.

The member states are the real ones (codes, names, admission days and time zones as recorded
in the project's facts); everything else -- cities, people, terms, sources -- is made up and
says so.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, Final

__all__ = ["BREAKAGES", "Document", "network_document"]

Document = dict[str, Any]

ESTABLISHED: Final = "2018-04-28"
SOURCES: Final = 20

# (code, alpha3, ASEAN short name, formal name, admitted, capital, time zones)
MEMBERS: Final = (
    ("BN", "BRN", "Brunei Darussalam", "Brunei Darussalam", "1984-01-07", "Bandar Seri Begawan",
     ("Asia/Brunei",)),
    ("KH", "KHM", "Cambodia", "Kingdom of Cambodia", "1999-04-30", "Phnom Penh",
     ("Asia/Phnom_Penh",)),
    ("ID", "IDN", "Indonesia", "Republic of Indonesia", "1967-08-08", "Jakarta",
     ("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura")),
    ("LA", "LAO", "Lao PDR", "Lao People's Democratic Republic", "1997-07-23", "Vientiane",
     ("Asia/Vientiane",)),
    ("MY", "MYS", "Malaysia", "Malaysia", "1967-08-08", "Kuala Lumpur",
     ("Asia/Kuala_Lumpur", "Asia/Kuching")),
    ("MM", "MMR", "Myanmar", "Union of Myanmar", "1997-07-23", "Naypyidaw",
     ("Asia/Yangon",)),
    ("PH", "PHL", "Philippines", "Republic of the Philippines", "1967-08-08", "Manila",
     ("Asia/Manila",)),
    ("SG", "SGP", "Singapore", "Republic of Singapore", "1967-08-08", "Singapore",
     ("Asia/Singapore",)),
    ("TH", "THA", "Thailand", "Kingdom of Thailand", "1967-08-08", "Bangkok",
     ("Asia/Bangkok",)),
    ("TL", "TLS", "Timor-Leste", "Democratic Republic of Timor-Leste", "2025-10-26", "Dili",
     ("Asia/Dili",)),
    ("VN", "VNM", "Viet Nam", "Socialist Republic of Viet Nam", "1995-07-28", "Hanoi",
     ("Asia/Ho_Chi_Minh",)),
)  # fmt: skip
ALIASES: Final = {"LA": ("Laos",), "MM": ("Burma",), "VN": ("Vietnam",)}
# Timor-Leste joined in October 2025: its cities join, and it chairs, only from 2026.
LATE_MEMBER: Final = "TL"
CONFIDENCE: Final = ("high", "medium", "low", None)


def _sources(record: int, count: int = 1) -> list[str]:
    return [f"synthetic-source-{(record + k) % SOURCES}" for k in range(count)]


def _provenance(record: int) -> dict[str, Any]:
    fields: dict[str, Any] = {"sources": _sources(record, 1 + record % 2)}
    confidence = CONFIDENCE[record % len(CONFIDENCE)]
    if confidence is not None:
        fields["confidence"] = confidence
    if record % 7 == 0:
        fields["note"] = f"Synthetic record {record}, made up for benchmarks."
    return fields


def _source(index: int) -> dict[str, Any]:
    source: dict[str, Any] = {
        "id": f"synthetic-source-{index}",
        "url": f"https://example.org/synthetic/{index}",
        "title": f"Synthetic source {index}",
    }
    if index % 2:
        source["publisher"] = "Benchmark Press"
    if index % 3:
        source["date"] = f"{2018 + index % 7}-{1 + index % 12:02d}"
    return source


def _member(index: int) -> dict[str, Any]:
    code, alpha3, name, formal, admitted, capital, zones = MEMBERS[index]
    member: dict[str, Any] = {
        "code": code,
        "alpha3": alpha3,
        "name": name,
        "formal_name": formal,
        "admitted": admitted,
        "capital": capital,
        "timezones": list(zones),
    }
    if code in ALIASES:
        member["aliases"] = list(ALIASES[code])
    return member | _provenance(index)


def _city(index: int) -> dict[str, Any]:
    code, _, _, _, _, _, zones = MEMBERS[index % len(MEMBERS)]
    pilot = index < 26 and code != LATE_MEMBER
    if pilot:
        joined = ESTABLISHED
    elif code == LATE_MEMBER:
        joined = f"{2026 + index % 5}-{1 + index % 12:02d}"
    elif index % 3:
        joined = f"{2019 + index % 8}-{1 + index % 12:02d}-{1 + index % 28:02d}"
    else:
        joined = f"{2019 + index % 8}"
    city: dict[str, Any] = {
        "id": f"{code.lower()}-city-{index}",
        "name": f"Smart City {index}",
        "country": code,
        "joined": joined,
        "intake": "pilot" if pilot else "later",
        "timezone": zones[index % len(zones)],
        "location": {
            "latitude": round(-10.0 + (index * 0.37) % 30.0, 5),
            "longitude": round(95.0 + (index * 0.53) % 45.0, 5),
        },
    }
    if index % 4 == 0:
        city["joined_at"] = f"Synthetic annual meeting {index % 9 + 1}"
    if index % 3 == 0:
        city["aliases"] = [f"SC {index}", f"Thành phố {index}"]
    if index % 50 == 49:
        city["left"] = "2031"
    return city | _provenance(index)


def _officers(index: int) -> tuple[dict[str, Any], dict[str, Any]]:
    code = MEMBERS[index % len(MEMBERS)][0]
    city = f"{code.lower()}-city-{index}"
    first = 2026 + index % 3 if code == LATE_MEMBER else 2019 + index % 3
    earlier: dict[str, Any] = {
        "id": f"csco-{index}-1",
        "role": "chief-smart-city-officer",
        "holder": f"Officer {index} A",
        "holder_kind": "person",
        "member": code,
        "city": city,
        "designation": "Director of the Smart City Office",
        "start": f"{first}-03-01",
        "end": f"{first + 2}-06-30",
    }
    later: dict[str, Any] = {
        "id": f"csco-{index}-2",
        "role": "chief-smart-city-officer",
        "holder": f"Smart City Department {index}" if index % 2 else f"Officer {index} B",
        "holder_kind": "agency" if index % 2 else "person",
        "city": city,
        "start": f"{first + 2}-07-01",
    }
    return earlier | _provenance(2 * index), later | _provenance(2 * index + 1)


def _chair(index: int) -> dict[str, Any]:
    organisation, first = ("ASEAN", 2010) if index % 2 == 0 else ("ASCN", 2018)
    year = first + index // 2
    eligible = [m[0] for m in MEMBERS if m[0] != LATE_MEMBER or year >= 2026]
    past = year <= 2025
    chair: dict[str, Any] = {
        "id": f"{organisation.lower()}-{year}",
        "organisation": organisation,
        "member": eligible[index // 2 % len(eligible)],
        "start": f"{year}-01-01",
        "end": f"{year}-12-31",
        "status": "recorded" if past else "projected",
        "basis": {"kind": "record"} if past else {"kind": "rule", "detail": "alphabetical order"},
    }
    if index == 0:
        chair["basis"] = {"kind": "decision", "reference": "synthetic-decision-0"}
    return chair | _provenance(index)


def _decision(index: int) -> dict[str, Any]:
    return {
        "id": f"synthetic-decision-{index}",
        "organisation": "ASEAN",
        "kind": ("swap", "skip", "placement")[index % 3],
        "members": ["ID", "BN"] if index % 3 == 0 else ["MM"],
        "terms": [2011 + index, 2013 + index],
        "summary": f"Synthetic decision {index}.",
        "decided": f"{2009 + index}-07",
        "venue": "Synthetic venue",
    } | _provenance(index)


def _meeting(index: int) -> dict[str, Any]:
    code = MEMBERS[index % (len(MEMBERS) - 1)][0]
    return {
        "id": f"synthetic-meeting-{index + 1}",
        "ordinal": index + 1,
        "title": f"Synthetic annual meeting {index + 1}",
        "host": code,
        "city": f"Host city {index + 1}",
        "format": ("in-person", "virtual", "hybrid")[index % 3],
        "start": f"{2018 + index}-07-08",
        "end": f"{2018 + index}-07-10",
        "chaired_by": code,
    } | _provenance(index)


def _partner(index: int) -> dict[str, Any]:
    return {
        "id": f"synthetic-partner-{index}",
        "name": f"Synthetic partner {index}",
        "programme": f"Synthetic programme {index}",
        "since": f"{2018 + index}",
        "until": f"{2024 + index}-06",
    } | _provenance(index)


def _milestone(index: int) -> dict[str, Any]:
    return {
        "id": f"synthetic-milestone-{index}",
        "event": f"Synthetic milestone {index}",
        "date": f"{2018 + index}-04-28",
    } | _provenance(index)


def _framework(index: int) -> dict[str, Any]:
    return {
        "id": f"synthetic-focus-{index}",
        "kind": "focus-area" if index < 6 else "strategic-outcome",
        "label": f"Synthetic focus {index}",
        "aliases": [f"Focus {index}"],
    } | _provenance(index)


def network_document(cities: int) -> Document:
    """A valid document of ``cities`` cities, ``2 * cities`` appointments and ``cities // 10``
    chair terms (at most 15,980: one-year terms must end by the year 9999)."""
    chairs = cities // 10
    if cities < 1 or chairs > 2 * (9999 - 2018):
        raise ValueError(f"cannot build a network of {cities} cities")
    return {
        "format": "ascn.network",
        "version": 1,
        "established": ESTABLISHED,
        "sources": [_source(i) for i in range(SOURCES)],
        "members": [_member(i) for i in range(len(MEMBERS))],
        "cities": [_city(i) for i in range(cities)],
        "appointments": [a for i in range(cities) for a in _officers(i)],
        "chairs": [_chair(i) for i in range(chairs)],
        "decisions": [_decision(i) for i in range(3)],
        "meetings": [_meeting(i) for i in range(9)],
        "partners": [_partner(i) for i in range(5)],
        "milestones": [_milestone(i) for i in range(5)],
        "framework": [_framework(i) for i in range(9)],
    }


def _set(path: tuple[str | int, ...], value: object) -> Callable[[Document], None]:
    def mutate(document: Document) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _delete(path: tuple[str | int, ...]) -> Callable[[Document], None]:
    def mutate(document: Document) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


BREAKAGES: Final[dict[str, Callable[[Document], None]]] = {
    "wrong format name": _set(("format",), "ascn.other"),
    "version as text": _set(("version",), "1"),
    "city id not a slug": _set(("cities", 1, "id"), "Smart City"),
    "unassigned country code": _set(("cities", 1, "country"), "XX"),
    "lower-case country code": _set(("cities", 1, "country"), "vn"),
    "unknown time zone": _set(("cities", 1, "timezone"), "Asia/Atlantis"),
    "latitude out of range": _set(("cities", 1, "location", "latitude"), 95.0),
    "latitude as text": _set(("cities", 1, "location", "latitude"), "21.0"),
    "unknown enum value": _set(("cities", 1, "intake"), "founding"),
    "impossible calendar day": _set(("cities", 1, "joined"), "2023-02-30"),
    "month 13": _set(("cities", 1, "joined"), "2023-13"),
    "date with a time": _set(("established",), "2018-04-28T00:00:00"),
    "name with trailing space": _set(("cities", 1, "name"), "Smart City 1 "),
    "empty name": _set(("cities", 1, "name"), ""),
    "name as a number": _set(("cities", 1, "name"), 1),
    "alias repeated ignoring case": _set(("cities", 3, "aliases"), ["SC 3", "sc 3"]),
    "source cited twice": _set(("cities", 1, "sources"), ["synthetic-source-1"] * 2),
    "unknown key": _set(("cities", 1, "population"), 5),
    "missing required key": _delete(("cities", 1, "timezone")),
    "ordinal as text": _set(("meetings", 0, "ordinal"), "1"),
    "ordinal as boolean": _set(("meetings", 0, "ordinal"), True),
    "ordinal zero": _set(("meetings", 0, "ordinal"), 0),
    "term ends before it starts": _set(("appointments", 0, "end"), "2018-01-01"),
    "officer without a city": _delete(("appointments", 1, "city")),
    "decision basis without reference": _delete(("chairs", 0, "basis", "reference")),
    "decision naming no member": _set(("decisions", 0, "members"), []),
    "decision naming a member twice": _set(("decisions", 0, "members"), ["ID", "ID"]),
    "member without a time zone": _set(("members", 0, "timezones"), []),
    "list where text belongs": _set(("members", 0, "capital"), ["Bandar Seri Begawan"]),
    "url without scheme": _set(("sources", 0, "url"), "example.org/synthetic/0"),
}
"""Field-level breakages: each turns a valid document (of at least 10 cities) into an invalid
one that every implementation must refuse."""


def broken(document: Document, breakage: str) -> Document:
    """A deep copy of ``document`` with one breakage from :data:`BREAKAGES` applied."""
    result = copy.deepcopy(document)
    BREAKAGES[breakage](result)
    return result
