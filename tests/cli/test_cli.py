"""The ``ascn`` command line.

A few representative cases run ``python -m ascn`` as a subprocess (the real entry point, exit
statuses and streams); the rest call ``main`` in the same process to keep the suite fast.
Expected values come from the facts (``/work/shared/facts``).
"""

from __future__ import annotations

import copy
import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import ascn
from ascn import tables
from ascn.cli import main

NETWORK = ascn.load()
COMMANDS = (
    "summary",
    "members",
    "cities",
    "meetings",
    "chair",
    "schedule",
    "next",
    "explain",
    "timeline",
    "validate",
    "export",
    "schema",
)


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ascn", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def invoke(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    assert err.count("\n") == 1, err
    assert err.endswith("\n")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def write_document(path: Path, data: dict[str, Any]) -> str:
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.fixture
def document() -> dict[str, Any]:
    """The embedded network as plain document data, to change in a test."""
    return copy.deepcopy(ascn.to_data(NETWORK))


# -- as a subprocess ----------------------------------------------------------------------


def test_module_entry_point_shows_help_with_examples() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout
    for command in COMMANDS:
        assert command in result.stdout


def test_module_entry_point_lists_members_as_json() -> None:
    result = run("members", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["code"] for row in rows][:3] == ["BN", "KH", "ID"]
    assert result.stderr == ""


def test_module_entry_point_unknown_member_is_one_line_and_status_1() -> None:
    result = run("cities", "--country", "Atlantis")
    assert result.returncode == 1
    assert result.stdout == ""
    assert_one_line_error(result.stderr, "Atlantis", "hint:", "ascn members")


def test_module_entry_point_bad_argument_is_one_line_and_status_2() -> None:
    result = run("members", "--on", "yesterday")
    assert result.returncode == 2
    assert_one_line_error(result.stderr, "'yesterday'", "--on", "ascn members --help")


# -- help ---------------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_help_of_every_command_has_an_example(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    status, out, _ = invoke(capsys, command, "--help")
    assert status == 0
    assert f"examples:\n  ascn {command}" in out


@pytest.mark.parametrize(
    ("command", "kind"),
    [
        ("members", "members"),
        ("cities", "cities"),
        ("meetings", "meetings"),
        ("chair", "chairs"),
        ("schedule", "chairs"),
        ("next", "chairs"),
        ("timeline", "timeline"),
    ],
)
def test_help_of_data_commands_documents_every_column(
    capsys: pytest.CaptureFixture[str], command: str, kind: str
) -> None:
    _, out, _ = invoke(capsys, command, "--help")
    assert "--format" in out
    documented = out.split("columns (every one in json and csv output, in this order):\n")[1]
    listed = [line.split()[0] for line in documented.splitlines() if line.strip()]
    assert listed == [column.name for column in tables.COLUMNS[kind]]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(capsys, "--version")
    assert status == 0
    assert out == f"ascn {ascn.__version__}\n"


# -- usage errors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        ((), "COMMAND"),
        (("frobnicate",), "'frobnicate'"),
        (("members", "--format", "xml"), "'xml'"),
        (("members", "--on", "2025-02-30"), "not a day of the calendar"),
        (("cities", "--on", "2025"), "2025"),
        (("chair", "20x5"), "neither a year nor a date"),
        (("schedule", "2030"), "LAST"),
        (("schedule", "2030", "2024"), "LAST (2024) is before FIRST (2030)"),
        (("explain", "twenty"), "not a year"),
        (("chair", "2026", "--org", "UN"), "'UN'"),
    ],
)
def test_usage_mistakes_are_one_line_with_status_2(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], fragment: str
) -> None:
    status, out, err = invoke(capsys, *argv)
    assert status == 2
    assert out == ""
    assert_one_line_error(err, fragment, "--help")


# -- members, cities, meetings ------------------------------------------------------------


def test_members_table_is_aligned(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(capsys, "members")
    assert status == 0
    header, rule, *lines = out.splitlines()
    assert header.split() == ["code", "name", "admitted", "capital", "cities"]
    assert set(rule) <= {"-", " "}
    assert len(lines) == 11
    column = header.index("admitted")
    assert all(line[column : column + 10].count("-") == 2 for line in lines)  # a date starts here
    brunei = lines[0]
    assert brunei.startswith("BN")
    assert "1984-01-07" in brunei


def test_members_json_has_every_column_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = invoke(capsys, "members", "--format", "json")
    rows = json.loads(out)
    names = [column.name for column in tables.COLUMNS["members"]]
    assert all(list(row) == names for row in rows)
    admitted = {row["code"]: row["admitted"] for row in rows}
    assert admitted["TL"] == "2025-10-26"
    assert admitted["VN"] == "1995-07-28"
    assert {row["code"]: row["cities"] for row in rows}["TH"] == 6


def test_members_csv(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = invoke(capsys, "members", "--format", "csv", "--on", "2025-10-25")
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert header == [column.name for column in tables.COLUMNS["members"]]
    assert len(rows) == 10  # Timor-Leste joined the next day
    assert rows[0][header.index("admitted")] == "1984-01-07"


@pytest.mark.parametrize("key", ["VN", "VNM", "Viet Nam", "vietnam", "VIET NAM"])
def test_cities_of_a_member_by_code_name_or_alias(
    capsys: pytest.CaptureFixture[str], key: str
) -> None:
    status, out, _ = invoke(capsys, "cities", "--country", key, "--format", "json")
    assert status == 0
    assert {row["name"] for row in json.loads(out)} == {"Hanoi", "Da Nang", "Ho Chi Minh City"}


def test_cities_on_a_day(capsys: pytest.CaptureFixture[str]) -> None:
    # The July 2023 intake counts from the last day of July.
    _, out, _ = invoke(capsys, "cities", "--country", "Thailand", "--on", "2023-07-30")
    assert len(out.splitlines()) == 2 + 3
    _, out, _ = invoke(capsys, "cities", "--country", "Thailand", "--on", "2023-07-31")
    assert len(out.splitlines()) == 2 + 6


def test_cities_table_shows_partial_dates_as_given(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = invoke(capsys, "cities", "--country", "ID")
    sumedang = next(line for line in out.splitlines() if line.startswith("sumedang"))
    assert sumedang.split()[-2:] == ["later", "2024"]


def test_unknown_city_member_suggests_close_names(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = invoke(capsys, "cities", "--country", "Thailnd")
    assert status == 1
    assert out == ""
    assert_one_line_error(err, "'Thailnd'", "Thailand", "hint: 'ascn members'")


def test_meetings(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = invoke(capsys, "meetings", "--format", "json")
    rows = json.loads(out)
    assert [row["ordinal"] for row in rows] == list(range(1, 10))
    assert rows[0]["start"] == "2018-07-08"
    assert rows[0]["host"] == "SG"
    assert rows[8]["host"] == "PH"
    assert rows[8]["start"] is None


def test_unknown_values_show_as_a_dash_in_tables(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = invoke(capsys, "meetings")
    ninth = out.splitlines()[-1].split()
    assert ninth[:3] == ["9", "-", "-"]


# -- --data -------------------------------------------------------------------------------


@pytest.mark.parametrize("before", [True, False])
def test_data_option_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    document: dict[str, Any],
    before: bool,
) -> None:
    hanoi = next(c for c in document["cities"] if c["id"] == "hanoi")
    hanoi["name"] = "Thang Long"
    path = write_document(tmp_path / "mine.json", document)
    argv = ["--data", path, "cities"] if before else ["cities", "--data", path]
    status, out, _ = invoke(capsys, *argv, "--country", "VN")
    assert status == 0
    assert "Thang Long" in out
    assert "Hanoi" not in out


def test_data_option_with_an_invalid_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, document: dict[str, Any]
) -> None:
    document["cities"][0]["timezone"] = "Mars/Olympus_Mons"
    path = write_document(tmp_path / "bad.json", document)
    status, out, err = invoke(capsys, "--data", path, "members")
    assert status == 1
    assert out == ""
    assert_one_line_error(err, path, "cities[0].timezone", f"ascn validate {path}")


def test_data_option_with_a_missing_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = str(tmp_path / "nowhere.json")
    status, _, err = invoke(capsys, "--data", missing, "meetings")
    assert status == 1
    assert_one_line_error(err, missing, "no such file", "hint:")


# -- validate, export, schema -------------------------------------------------------------


def test_validate_a_valid_document(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "network.json"
    path.write_text(ascn.dumps(NETWORK), encoding="utf-8")
    status, out, _ = invoke(capsys, "validate", str(path))
    assert status == 0
    assert out.startswith(f"{path} is valid: 11 members, 32 cities")


def test_validate_lists_every_problem_with_its_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, document: dict[str, Any]
) -> None:
    document["cities"][0]["timezone"] = "Mars/Olympus_Mons"
    document["members"][1]["admitted"] = "1999-02-30"
    document["meetings"][0]["host"] = "ZZ"
    path = write_document(tmp_path / "bad.json", document)

    status, out, _ = invoke(capsys, "validate", path)
    assert status == 1
    assert out.splitlines()[0].startswith(f"{path} is invalid (")
    for where in ("cities[0].timezone", "members[1].admitted", "meetings[0].host"):
        assert f"  {where}: " in out

    status, out, _ = invoke(capsys, "validate", path, "--format", "json")
    assert status == 1
    report = json.loads(out)
    assert report["valid"] is False
    paths = {problem["path"] for problem in report["problems"]}
    assert {"cities[0].timezone", "members[1].admitted", "meetings[0].host"} <= paths

    _, out, _ = invoke(capsys, "validate", path, "--format", "csv")
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert header == ["path", "message"]
    assert {row[0] for row in rows} == paths


def test_validate_a_file_that_is_not_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "notes.json"
    path.write_text("this is not JSON", encoding="utf-8")
    status, out, _ = invoke(capsys, "validate", str(path))
    assert status == 1
    assert "is invalid (1 problem)" in out


def test_validate_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = invoke(capsys, "validate", str(tmp_path))
    assert status == 1
    assert out == ""
    assert_one_line_error(err, "cannot read", "directory")


def test_export_writes_the_canonical_document(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(capsys, "export")
    assert status == 0
    assert out == ascn.dumps(NETWORK)
    assert ascn.loads(out) == NETWORK


def test_export_rewrites_an_input_file_canonically(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, document: dict[str, Any]
) -> None:
    source = tmp_path / "compact.json"
    source.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")
    target = tmp_path / "canonical.json"
    status, out, _ = invoke(capsys, "export", "--input", str(source), "--output", str(target))
    assert status == 0
    assert out == ""
    assert target.read_text(encoding="utf-8") == ascn.dumps(NETWORK)


def test_export_to_a_folder_that_does_not_exist(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "out.json"
    status, _, err = invoke(capsys, "export", "--output", str(target))
    assert status == 1
    assert_one_line_error(err, f"cannot write {target}", "hint:")


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(capsys, "schema")
    assert status == 0
    assert json.loads(out) == ascn.json_schema()


# -- the rotation -------------------------------------------------------------------------

# From the facts: the ASEAN chair of each year; 2027 and 2029 agreed, 2028 and 2030 projected.
CHAIRS = {
    2018: ("SG", "recorded"),
    2019: ("TH", "recorded"),
    2020: ("VN", "recorded"),
    2021: ("BN", "recorded"),
    2022: ("KH", "recorded"),
    2023: ("ID", "recorded"),
    2024: ("LA", "recorded"),
    2025: ("MY", "recorded"),
    2026: ("PH", "recorded"),
    2027: ("SG", "agreed"),
    2028: ("TH", "projected"),
    2029: ("TL", "agreed"),
    2030: ("VN", "projected"),
}


def json_rows(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, Any]]:
    status, out, err = invoke(capsys, *argv, "--format", "json")
    assert status == 0, err
    rows: list[dict[str, Any]] = json.loads(out)
    assert all(list(row) == [c.name for c in tables.COLUMNS["chairs"]] for row in rows)
    return rows


@pytest.mark.parametrize("year", sorted(CHAIRS))
def test_chair_of_a_year(capsys: pytest.CaptureFixture[str], year: int) -> None:
    (row,) = json_rows(capsys, "chair", str(year))
    assert (row["member"], row["status"]) == CHAIRS[year]
    assert row["term"] == year


def test_chair_on_a_day_of_the_stretched_term(capsys: pytest.CaptureFixture[str]) -> None:
    # Thailand chaired from 25 July 2008 to 31 December 2009.
    (row,) = json_rows(capsys, "chair", "2008-09-01")
    assert (row["member"], row["start"], row["end"]) == ("TH", "2008-07-25", "2009-12-31")


def test_chair_of_the_ascn(capsys: pytest.CaptureFixture[str]) -> None:
    (row,) = json_rows(capsys, "chair", "2020", "--org", "ascn")
    assert (row["organisation"], row["member"], row["status"]) == ("ASCN", "VN", "recorded")


def test_chair_table_for_people(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(capsys, "chair", "2027")
    assert status == 0
    header, _, line = out.splitlines()
    assert header.split() == ["term", "member", "member_name", "start", "end", "status", "basis"]
    assert line.split() == [
        "2027",
        "SG",
        "Singapore",
        "2027-01-01",
        "2027-12-31",
        "agreed",
        "decision",
    ]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (("chair", "1900"), "no ASEAN chair for 1900"),
        (("chair", "2017", "--org", "ASCN"), "no ASCN chair for 2017"),
        (("explain", "1066"), "1066"),
        (("next", "Atlantis"), "'Atlantis'"),
    ],
)
def test_years_and_members_the_rotation_cannot_answer_are_status_1(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], fragment: str
) -> None:
    status, out, err = invoke(capsys, *argv)
    assert status == 1
    assert out == ""
    assert_one_line_error(err, fragment, "hint:")


def test_schedule(capsys: pytest.CaptureFixture[str]) -> None:
    rows = json_rows(capsys, "schedule", "2018", "2030")
    assert {row["term"]: (row["member"], row["status"]) for row in rows} == CHAIRS


def test_schedule_csv(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = invoke(capsys, "schedule", "2024", "2026", "--format", "csv")
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert header == [column.name for column in tables.COLUMNS["chairs"]]
    assert [row[header.index("member_name")] for row in rows] == [
        "Lao PDR",
        "Malaysia",
        "Philippines",
    ]


def test_next_term_of_a_member_by_alias(capsys: pytest.CaptureFixture[str]) -> None:
    (row,) = json_rows(capsys, "next", "Vietnam", "--after", "2026")
    assert (row["term"], row["member"], row["status"]) == (2030, "VN", "projected")


def test_a_projection_shows_its_caveat_beside_the_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The facts: when Myanmar next chairs after being passed over for 2026 is undecided.
    status, out, _ = invoke(capsys, "next", "Myanmar", "--after", "2026")
    assert status == 0
    table, caveat = out.split("\n\n")
    assert "projected" in table
    assert "undecided" in caveat


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(capsys, "explain", "2026")
    assert status == 0
    assert "Philippines" in out
    assert "Myanmar" in out
    assert "skip-2026-mm" in out  # the decision it rests on


def test_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(
        capsys, "timeline", "--first", "2023", "--last", "2024", "--format", "json"
    )
    assert status == 0
    rows = json.loads(out)
    assert all(list(row) == [c.name for c in tables.COLUMNS["timeline"]] for row in rows)
    assert [row["kind"] for row in rows].count("city") == 5  # July 2023 and 2024 intakes
    assert [row["member"] for row in rows if row["kind"] == "chair"] == ["ID", "LA"]
    assert [row["start"] for row in rows] == sorted(row["start"] for row in rows)


def test_summary_is_the_main_job() -> None:
    result = run("summary", "--year", "2026")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("ASEAN Smart Cities Network, established 2018-04-28\n")
    assert "11 member states, 32 cities (26 pilot, 6 in later intakes), 9 meetings" in out
    lines = out.splitlines()
    assert any(line.split() == ["TL", "Timor-Leste", "2025-10-26", "0"] for line in lines)
    assert any(line.split() == ["TH", "Thailand", "1967-08-08", "6"] for line in lines)
    assert any(line.split()[:4] == ["2023-07", "later", "3", "Chiang"] for line in lines)
    chairs = {line.split()[0]: line.split()[1:3] for line in lines if line[:4].isdigit()}
    assert chairs["2024"] == ["Lao", "PDR"]
    assert chairs["2027"] == ["Singapore", "agreed"]
    assert chairs["2028"] == ["Thailand", "projected"]
    assert chairs["2029"] == ["Timor-Leste", "agreed"]
    assert f"{len(NETWORK.sources())} sources" in out


def test_summary_shows_unknown_chairs_as_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    # The ASCN was established in 2018: it had no chair in 2016 or 2017.
    status, out, _ = invoke(capsys, "summary", "--year", "2018")
    assert status == 0
    row_2017 = next(line for line in out.splitlines() if line.startswith("2017"))
    assert row_2017.split() == ["2017", "Philippines", "recorded", "-", "-"]


def test_rotation_commands_use_the_data_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, document: dict[str, Any]
) -> None:
    # Without the record of the agreement, 2027 is only what the rule projects.
    document["chairs"] = [c for c in document["chairs"] if c["id"] != "asean-2027"]
    path = write_document(tmp_path / "mine.json", document)
    (row,) = json_rows(capsys, "--data", path, "chair", "2027")
    assert (row["member"], row["status"]) == ("SG", "projected")
