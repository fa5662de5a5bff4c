"""The real network as the sources describe it: the expectations every test of real data uses.

Written by hand from the sourced fact files of the steering repository,
``../shared/facts/asean-chairs.md`` and ``../shared/facts/ascn-facts.md`` (their JSON twins
hold the same facts), which are also the sources of the embedded dataset. Nothing here is
read back from ascn's data: a test that compares the embedded network with these values
compares two independent records of the same facts. Section numbers below are those files'.

Values are plain literals (ISO dates as text, member codes, enum values as text), so that a
test states in its own terms what it expects of ascn's types. Ids such as
``"swap-2011-id-bn"`` are the dataset's names for the facts, not facts themselves: they are
kept beside the facts they name because the tests look records up by them.
"""

from __future__ import annotations

from typing import NamedTuple

# -- dates of the network (ascn-facts.md §6, Key dates) -----------------------------------------

CONCEPT_NOTE = "2018-04-27"
"""The ASCN Concept Note, naming the 26 pilot cities, released during the 32nd Summit."""
ESTABLISHED = "2018-04-28"
"""The network established (launched) at the 32nd ASEAN Summit, Singapore."""
FACTS_COMPILED = "2026-11-29"
"""When the fact files were compiled (ascn-facts.md, heading): no source is dated later."""

MILESTONES = {
    "concept-note": CONCEPT_NOTE,
    "launch": ESTABLISHED,
    "framework-adopted": "2018-11",  # 33rd Summit, exact day not confirmed
    "terms-of-reference": "2019-08-23",
    "charter-in-force": "2008-12-15",  # asean-chairs.md §3
}
"""Key dates, by the dataset's milestone ids."""

# -- member states (asean-chairs.md §2) ----------------------------------------------------------


class Member(NamedTuple):
    alpha3: str
    name: str
    """The ASEAN English short name, which orders the rotation."""
    formal_name: str
    admitted: str
    capital: str
    timezones: tuple[str, ...]


MEMBERS: dict[str, Member] = {
    "BN": Member(
        "BRN",
        "Brunei Darussalam",
        "Brunei Darussalam",
        "1984-01-07",  # 7, not 8, January: see the conflict noted in §2
        "Bandar Seri Begawan",
        ("Asia/Brunei",),
    ),
    "KH": Member(
        "KHM", "Cambodia", "Kingdom of Cambodia", "1999-04-30", "Phnom Penh", ("Asia/Phnom_Penh",)
    ),
    "ID": Member(
        "IDN",
        "Indonesia",
        "Republic of Indonesia",
        "1967-08-08",
        "Jakarta",
        ("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"),
    ),
    "LA": Member(
        "LAO",
        "Lao PDR",
        "Lao People's Democratic Republic",
        "1997-07-23",
        "Vientiane",
        ("Asia/Vientiane",),
    ),
    "MY": Member(
        "MYS",
        "Malaysia",
        "Malaysia",
        "1967-08-08",
        "Kuala Lumpur",
        ("Asia/Kuala_Lumpur", "Asia/Kuching"),
    ),
    "MM": Member("MMR", "Myanmar", "Union of Myanmar", "1997-07-23", "Naypyidaw", ("Asia/Yangon",)),
    "PH": Member(
        "PHL",
        "Philippines",
        "Republic of the Philippines",
        "1967-08-08",
        "Manila",
        ("Asia/Manila",),
    ),
    "SG": Member(
        "SGP", "Singapore", "Republic of Singapore", "1967-08-08", "Singapore", ("Asia/Singapore",)
    ),
    "TH": Member(
        "THA", "Thailand", "Kingdom of Thailand", "1967-08-08", "Bangkok", ("Asia/Bangkok",)
    ),
    "TL": Member(
        "TLS",
        "Timor-Leste",
        "Democratic Republic of Timor-Leste",
        "2025-10-26",
        "Dili",
        ("Asia/Dili",),
    ),
    "VN": Member(
        "VNM",
        "Viet Nam",
        "Socialist Republic of Viet Nam",
        "1995-07-28",
        "Hanoi",
        ("Asia/Ho_Chi_Minh",),
    ),
}
"""The eleven member states by ISO code, in the rotation's order (their short names')."""

ADMITTED = {code: member.admitted for code, member in MEMBERS.items()}
"""Each member's day of admission."""

MEMBER_ALIASES = {
    "Vietnam": "VN",
    "Laos": "LA",
    "Burma": "MM",
    "Brunei": "BN",
    "East Timor": "TL",  # the name in IANA's iso3166.tab (§2, Timor-Leste)
    "the Philippines": "PH",
    "Lao People's Democratic Republic": "LA",
}
"""Names people use for members besides the ASEAN short name (§2 notes and common usage)."""

UTC_OFFSETS_2026 = {
    "BN": {8.0},
    "KH": {7.0},
    "ID": {7.0, 8.0, 9.0},
    "LA": {7.0},
    "MY": {8.0},
    "MM": {6.5},
    "PH": {8.0},
    "SG": {8.0},
    "TH": {7.0},
    "TL": {9.0},
    "VN": {7.0},
}
"""Hours ahead of UTC in 2026 by member, no daylight saving anywhere (§2, note on tz,
computed there from tzdata 2025b)."""

# -- cities (ascn-facts.md §1) -------------------------------------------------------------------


class City(NamedTuple):
    name: str
    """The official ASCN spelling."""
    country: str
    intake: str
    """``"pilot"`` (the concept note's 26) or ``"later"``."""
    joined: str
    """As precise as the sources are: a day, a month or a year."""
    timezone: str


PILOT_JOINED = ESTABLISHED
"""The day the 26 pilot cities joined: the network's launch (§1.2)."""

CITIES: dict[str, City] = {
    "bandar-seri-begawan": City("Bandar Seri Begawan", "BN", "pilot", PILOT_JOINED, "Asia/Brunei"),
    "battambang": City("Battambang", "KH", "pilot", PILOT_JOINED, "Asia/Phnom_Penh"),
    "phnom-penh": City("Phnom Penh", "KH", "pilot", PILOT_JOINED, "Asia/Phnom_Penh"),
    "siem-reap": City("Siem Reap", "KH", "pilot", PILOT_JOINED, "Asia/Phnom_Penh"),
    "makassar": City("Makassar", "ID", "pilot", PILOT_JOINED, "Asia/Makassar"),
    "banyuwangi": City("Banyuwangi", "ID", "pilot", PILOT_JOINED, "Asia/Jakarta"),
    "dki-jakarta": City("DKI Jakarta", "ID", "pilot", PILOT_JOINED, "Asia/Jakarta"),
    "luang-prabang": City("Luang Prabang", "LA", "pilot", PILOT_JOINED, "Asia/Vientiane"),
    "vientiane": City("Vientiane", "LA", "pilot", PILOT_JOINED, "Asia/Vientiane"),
    "johor-bahru": City("Johor Bahru", "MY", "pilot", PILOT_JOINED, "Asia/Kuala_Lumpur"),
    "kuala-lumpur": City("Kuala Lumpur", "MY", "pilot", PILOT_JOINED, "Asia/Kuala_Lumpur"),
    "kota-kinabalu": City("Kota Kinabalu", "MY", "pilot", PILOT_JOINED, "Asia/Kuching"),
    "kuching": City("Kuching", "MY", "pilot", PILOT_JOINED, "Asia/Kuching"),
    "nay-pyi-taw": City("Nay Pyi Taw", "MM", "pilot", PILOT_JOINED, "Asia/Yangon"),
    "mandalay": City("Mandalay", "MM", "pilot", PILOT_JOINED, "Asia/Yangon"),
    "yangon": City("Yangon", "MM", "pilot", PILOT_JOINED, "Asia/Yangon"),
    "cebu-city": City("Cebu City", "PH", "pilot", PILOT_JOINED, "Asia/Manila"),
    "davao-city": City("Davao City", "PH", "pilot", PILOT_JOINED, "Asia/Manila"),
    "manila": City("Manila", "PH", "pilot", PILOT_JOINED, "Asia/Manila"),
    "singapore": City("Singapore", "SG", "pilot", PILOT_JOINED, "Asia/Singapore"),
    "bangkok": City("Bangkok", "TH", "pilot", PILOT_JOINED, "Asia/Bangkok"),
    "chonburi": City("Chonburi", "TH", "pilot", PILOT_JOINED, "Asia/Bangkok"),
    "phuket": City("Phuket", "TH", "pilot", PILOT_JOINED, "Asia/Bangkok"),
    "da-nang": City("Da Nang", "VN", "pilot", PILOT_JOINED, "Asia/Ho_Chi_Minh"),
    "hanoi": City("Hanoi", "VN", "pilot", PILOT_JOINED, "Asia/Ho_Chi_Minh"),
    "ho-chi-minh-city": City("Ho Chi Minh City", "VN", "pilot", PILOT_JOINED, "Asia/Ho_Chi_Minh"),
    # Accepted at the 6th Annual Meeting, Bali, July 2023 (§1.1, first expansion).
    "chiang-mai": City("Chiang Mai", "TH", "later", "2023-07", "Asia/Bangkok"),
    "khon-kaen": City("Khon Kaen", "TH", "later", "2023-07", "Asia/Bangkok"),
    "rayong": City("Rayong", "TH", "later", "2023-07", "Asia/Bangkok"),
    # In place by June 2024, approval day not found (§1.1, second expansion).
    "sumedang": City("Sumedang", "ID", "later", "2024", "Asia/Jakarta"),
    "sihanoukville": City("Sihanoukville", "KH", "later", "2024", "Asia/Phnom_Penh"),
    # Included in 2025 per the Philippines' DILG (§1.1); day and event not found.
    "cauayan-city": City("Cauayan City", "PH", "later", "2025", "Asia/Manila"),
}
"""The 32 identified cities by the dataset's ids (§1.2), pilot cities first."""

INTAKES = {PILOT_JOINED: 26, "2023-07": 3, "2024": 2, "2025": 1}
"""How many cities joined when (§1.1, Summary counts): 26 pilots, then 3, 2 and 1."""

CITY_ALIASES = {
    "Jakarta": "dki-jakarta",
    "Ha Noi": "hanoi",
    "Saigon": "ho-chi-minh-city",
    "Naypyidaw": "nay-pyi-taw",
    "Rangoon": "yangon",
    "Chon Buri": "chonburi",
    "Cebu": "cebu-city",
    "Kampong Som": "sihanoukville",
}
"""Alternative spellings of cities (§1.2, Alt. spellings; §1.3, Naming notes)."""

# -- the ASEAN chair (asean-chairs.md §4, §5) ----------------------------------------------------

STANDING_COMMITTEE_TERMS: list[tuple[str, str, str]] = [
    ("1988-07", "1989-07-04", "BN"),
    ("1991-07", "1992-07", "PH"),
    ("1992-07", "1993-07", "SG"),
    ("1994-07", "1995-07", "BN"),
    ("1995-07", "1996-07", "ID"),
    ("1996-07", "1997-07", "MY"),
    ("1997-07", "1998-07-24", "PH"),
    ("1998-07", "1999-07-23", "SG"),
    ("1999-07", "2000-07", "TH"),
    ("2000-07", "2001-07-24", "VN"),
    ("2001-07-24", "2002-07", "BN"),
    ("2002-07", "2003-06-20", "KH"),
    ("2003-06-20", "2004-07", "ID"),
    ("2004-07", "2005-07-26", "LA"),
    ("2005-07-26", "2006-07", "MY"),
    ("2006-07", "2007-08-02", "PH"),  # Myanmar relinquished this turn (§4)
    ("2007-08-02", "2008-07-25", "SG"),
    ("2008-07-25", "2009-12-31", "TH"),  # the stretched transition term (§4)
]
"""Pre-Charter ASEAN Standing Committee terms and the transition term: (start, end, member),
as precise as the sources are (§5.1, §5.2)."""

UNCOVERED_TERMS = (1989, 1990, 1993)
"""Standing Committee terms no source names a chair for (§8.2)."""

CALENDAR_YEAR_CHAIRS = {
    2010: "VN",
    2011: "ID",  # Indonesia and Brunei swapped 2011 and 2013 (§4)
    2012: "KH",
    2013: "BN",
    2014: "MM",  # Myanmar and Lao PDR swapped 2014 and 2016 (§4)
    2015: "MY",
    2016: "LA",
    2017: "PH",
    2018: "SG",
    2019: "TH",
    2020: "VN",
    2021: "BN",
    2022: "KH",
    2023: "ID",
    2024: "LA",
    2025: "MY",
    2026: "PH",  # Myanmar was skipped for 2026 (§4)
}
"""Calendar-year chairs under the Charter, all recorded (§1, §5.2)."""

ASEAN_RECORDED = {
    int(start[:4]): member for start, _, member in STANDING_COMMITTEE_TERMS
} | CALENDAR_YEAR_CHAIRS
"""Every ASEAN chair the sources record as served, by the year its term starts."""

ASEAN_AGREED = {2027: "SG", 2029: "TL"}
"""Decided or announced, not yet served (§5.2): Singapore 2027, Timor-Leste 2029."""

ASEAN_PROJECTED = {
    2028: "TH",  # §5.2: follows from the rule between Singapore and Timor-Leste
    2030: "VN",  # §5.2: projection only
    # From here on worked out by hand from the rule (§3): the order after Viet Nam 2030, with
    # Myanmar at its alphabetical place again in 2036 (when it next chairs is undecided, §8.2).
    2031: "BN",
    2032: "KH",
    2033: "ID",
    2034: "LA",
    2035: "MY",
    2036: "MM",
    2037: "PH",
    2038: "SG",
    2039: "TH",
    2040: "TL",
}
"""Terms that follow from the rotation rule alone."""

ASEAN_CHAIRS: dict[int, tuple[str, str]] = dict(
    sorted(
        [(year, (member, "recorded")) for year, member in ASEAN_RECORDED.items()]
        + [(year, (member, "agreed")) for year, member in ASEAN_AGREED.items()]
        + [(year, (member, "projected")) for year, member in ASEAN_PROJECTED.items()]
    )
)
"""Every ASEAN term above, by its first year: (member, status)."""

STRETCHED_TERM = ("TH", "2008-07-25", "2009-12-31")
"""Thailand's transition term, which runs through 2009 (§4): (member, start, end)."""


class Decision(NamedTuple):
    kind: str
    members: tuple[str, ...]
    terms: tuple[int, ...]
    decided: str | None
    """The day it was decided, or None where the sources do not give one."""


DECISIONS: dict[str, Decision] = {
    "relinquish-2006-mm": Decision("relinquish", ("MM",), (2006,), "2005-07-26"),
    "swap-2011-id-bn": Decision("swap", ("ID", "BN"), (2011, 2013), "2010-04-09"),
    "swap-2014-mm-la": Decision("swap", ("MM", "LA"), (2014, 2016), "2011-11-17"),
    "term-change-2008-th": Decision("term-change", ("TH",), (2008,), None),
    "skip-2026-mm": Decision("skip", ("MM",), (2026,), "2023-09-05"),  # 43rd Summit
    "placement-2029-tl": Decision("placement", ("TL",), (2029,), None),  # venue unsourced
}
"""The six recorded departures from the alphabetical order (§4), in the dataset's order."""

# -- the ASCN chair (asean-chairs.md §6) ---------------------------------------------------------

ASCN_CHAIRS = {
    2018: "SG",  # inferred: Singapore chaired ASEAN and launched the network
    2019: "TH",
    2020: "VN",
    2021: "BN",
    2022: "KH",
    2023: "ID",
    2024: "LA",
    2025: "MY",
    2026: "PH",
}
"""The ASCN chair of each year, in every year found that year's ASEAN chair."""

# -- people and bodies ---------------------------------------------------------------------------


class Term(NamedTuple):
    holder: str
    member: str
    start: str | None
    end: str | None


SECRETARIES_GENERAL: list[Term] = [
    Term("Hartono Rekso Dharsono", "ID", "1976-06-07", "1978-02-18"),
    Term("Umarjadi Notowijono", "ID", "1978-02-19", "1978-06-30"),
    Term("Ali bin Abdullah", "MY", "1978-07-10", "1980-06-30"),
    Term("Narciso G. Reyes", "PH", "1980-07-01", "1982-07-01"),
    Term("Chan Kai Yau", "SG", "1982-07-18", "1984-07-15"),
    Term("Phan Wannamethee", "TH", "1984-07-16", "1986-07-15"),
    Term("Roderick Yong", "BN", "1986-07-16", "1989-07-16"),
    Term("Rusli Noor", "ID", "1989-07-17", "1993-01-01"),
    Term("Ajit Singh", "MY", "1993-01-01", "1997-12-31"),
    Term("Rodolfo C. Severino Jr.", "PH", "1998-01-01", "2002-12-31"),
    Term("Ong Keng Yong", "SG", "2003-01-01", "2007-12-31"),
    Term("Surin Pitsuwan", "TH", "2008-01-01", "2012-12-31"),
    Term("Le Luong Minh", "VN", "2013-01-01", "2017-12-31"),
    Term("Lim Jock Hoi", "BN", "2018-01-01", "2022-12-31"),
    Term("Kao Kim Hourn", "KH", "2023-01-01", "2027-12-31"),  # scheduled end, not yet served
]
"""The fifteen Secretaries-General of ASEAN so far (asean-chairs.md §7; the sixteenth is not
yet named)."""

SHEPHERDS: list[Term] = [
    Term("Singapore", "SG", "2018", "2021-08-30"),  # from the launch; renewed at the 4th meeting
    Term("Singapore", "SG", "2021-08-30", "2023-07-12"),  # handed over at the 6th meeting
    Term("Indonesia", "ID", "2023-07-12", "2025-09"),  # elected at the 6th meeting
    Term("Indonesia", "ID", "2025-09", None),  # re-elected at the 8th meeting, 2025-2027
]
"""The ASCN Shepherd's terms (ascn-facts.md §3.4)."""

NATIONAL_REPRESENTATIVE_PEOPLE = {
    "BN": "Haji Mohammad Nazri bin Haji Mohammad Yusof",
    "KH": "Ngy Chanphal",
    "TH": "Ajarin Pattanapanchai",
}
"""The National Representatives named in person (ascn-facts.md §3.1); every member but
Myanmar (not found) and Timor-Leste (no city) has an agency as its representative."""

CHIEF_SMART_CITY_OFFICERS: list[tuple[str, str]] = [
    ("bandar-seri-begawan", "Aminuddin bin Buntar"),
    ("bandar-seri-begawan", "Haji Ali Matyassin"),
    ("battambang", "Soeum Bunrith"),
    ("phnom-penh", "Seng Vannak"),
    ("siem-reap", "Ly Samreth"),
    ("singapore", "Smart Nation and Digital Government Office (SNDGO)"),
]
"""The Chief Smart City Officers found, by city (ascn-facts.md §1.4)."""

# -- meetings, framework, partners (ascn-facts.md §2, §4, §5) ------------------------------------


class Meeting(NamedTuple):
    host: str
    start: str | None
    end: str | None
    """None where the last day is not known."""
    format: str | None


MEETINGS: dict[int, Meeting] = {
    1: Meeting("SG", "2018-07-08", "2018-07-08", "in-person"),
    2: Meeting("TH", "2019-08-22", "2019-08-23", "in-person"),  # Bangkok
    3: Meeting("VN", "2020-07-17", "2020-07-17", "virtual"),
    4: Meeting("BN", "2021-08-30", "2021-08-30", "virtual"),
    5: Meeting("KH", "2022-08-30", "2022-08-30", "virtual"),
    6: Meeting("ID", "2023-07-12", "2023-07-13", "in-person"),  # Bali
    7: Meeting("LA", "2024-07-30", None, "in-person"),  # Luang Prabang
    8: Meeting("MY", "2025-09-08", "2025-09-12", "in-person"),  # Kuala Lumpur (ASCN8)
    9: Meeting("PH", None, None, None),  # no venue or dates found; ordinal inferred
}
"""The annual meetings by ordinal: host, first and last day, format."""

FOCUS_AREAS = [
    "Civic & Social",
    "Health & Well-being",
    "Safety & Security",
    "Quality Environment",
    "Built Infrastructure",
    "Industry & Innovation",
]
"""The six focus areas of the ASEAN Smart Cities Framework (§4)."""

STRATEGIC_OUTCOMES = ["Competitive economy", "Sustainable environment", "High quality of life"]
"""Its three strategic outcomes (§4)."""

PARTNERS = {
    "Japan",
    "Australia",
    "United States",
    "Republic of Korea",
    "China",
    "European Union",
    "Seoul National University",
    "Asian Development Bank",
    "Norway",
    "Russia",
    "UN-Habitat",
}
"""External partners (§5); India and the World Bank have no ASCN-level partnership."""
