"""The command line under hostile data, odd arguments and broken output (issue 15).

Each test pins one class of escape: a file rewritten in place, control sequences and formulas
reaching a terminal or a spreadsheet, output in any encoding or to a stream that fails, empty
and look-alike arguments, and inputs that are not files. Where the real process matters
(encodings, closed descriptors, pipes, resource limits) the command runs as a subprocess.
"""

from __future__ import annotations

import copy
import csv
import importlib
import io
import json
import os
import resource
import shlex
import stat
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import ascn
from ascn import tables
from ascn.cli import documents, entities, main
from ascn.dates import to_date
from ascn.errors import ValidationError

NETWORK = ascn.load()
DOCUMENT = ascn.dumps(NETWORK)

EVIL = "\x1b]52;c;ZWNobyBoaQ==\x07Evil\x1b[2J"  # clipboard, bell, clear screen
FORMULA = '=HYPERLINK("http://x")'
BIDI = "Ab\u202edc\u2066"  # right-to-left override, left-to-right isolate
C1 = "CSI\x9b31mred\x85next\x7f"  # C1 CSI and NEL, DEL
LAYOUT = "two\nlines\tand\rtab"
NON_ASCII = "Đà Nẵng"

BIDI_CONTROLS = {chr(c) for c in [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F)]}
BIDI_CONTROLS |= {chr(c) for c in range(0x2066, 0x206A)}


def unsafe(text: str, *, allowed: str = "\n") -> list[str]:
    """The characters of ``text`` a terminal could act on, except those ``allowed``."""
    return [
        char
        for char in text
        if char not in allowed
        and (unicodedata.category(char) in {"Cc", "Cs", "Zl", "Zp"} or char in BIDI_CONTROLS)
    ]


def run(
    *argv: str, env: dict[str, str] | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ascn", *argv],
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
        **kwargs,
    )


def shell(command: str, *, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """``command`` in sh, where ``ASCN`` runs the command line."""
    ascn_command = f"{shlex.quote(sys.executable)} -m ascn"
    return subprocess.run(
        ["sh", "-c", command.replace("ASCN", ascn_command)],
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
    )


def invoke(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except KeyboardInterrupt:  # it would stop the test session
        pytest.fail("KeyboardInterrupt escaped main()")
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    assert err.count("\n") == 1, err
    assert err.endswith("\n")
    assert "Traceback" not in err
    assert "Exception ignored" not in err
    for fragment in fragments:
        assert fragment in err, err


def _set(data: dict[str, Any], collection: str, key: str, value: str, **where: object) -> None:
    record = next(r for r in data[collection] if all(r.get(k) == v for k, v in where.items()))
    record[key] = value


# Text fields a document may fill with control characters, as far as the model allows: the
# fixture keeps each change the model accepts (names themselves are refused since names must
# be names; the row-level tests below cover names whatever the model allows).
HOSTILE_FIELDS: list[tuple[str, str, str, dict[str, object]]] = [
    ("meetings", "city", EVIL, {"id": "annual-meeting-2018"}),
    ("meetings", "title", BIDI, {"ordinal": 2}),
    ("meetings", "city", LAYOUT, {"ordinal": 3}),
    ("members", "capital", C1, {"code": "BN"}),
    ("decisions", "venue", EVIL, {"id": "skip-2026-mm"}),
    ("cities", "joined_at", EVIL, {"id": "hanoi"}),
    ("cities", "note", FORMULA + LAYOUT, {"id": "bangkok"}),
]
SPREADSHEET_NAMES = {"da-nang": FORMULA, "chonburi": "-Minus", "chiang-mai": "@sum"}


def hostile_data() -> dict[str, Any]:
    """The real network with hostile text in every field the model lets hold it."""
    data = copy.deepcopy(ascn.to_data(NETWORK))
    for city_id, name in SPREADSHEET_NAMES.items():
        _set(data, "cities", "name", name, id=city_id)
    for collection, key, value, where in HOSTILE_FIELDS:
        trial = copy.deepcopy(data)
        _set(trial, collection, key, value, **where)
        try:
            ascn.from_data(trial)
        except ValidationError:
            continue
        data = trial
    return data


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("hostile") / "hostile.json"
    path.write_text(json.dumps(hostile_data()), encoding="utf-8")
    ascn.load(str(path))
    return str(path)


HOSTILE_NAMES = {
    "hanoi": EVIL,
    "ho-chi-minh-city": BIDI,
    "bangkok": C1,
    "phuket": LAYOUT,
    **SPREADSHEET_NAMES,
}


@pytest.fixture
def hostile_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """``tables.cities`` gives rows whose names hold control characters, whatever the model
    accepts: what the command line shows must not depend on the documents' rules."""
    real = tables.cities

    def cities(*args: Any, **kwargs: Any) -> list[tables.Record]:
        rows = real(*args, **kwargs)
        for row in rows:
            row["name"] = HOSTILE_NAMES.get(str(row["id"]), row["name"])
            if row["id"] == "hanoi":
                row["country_name"] = BIDI
        return rows

    monkeypatch.setattr(tables, "cities", cities)


# -- 1. export --output is atomic ---------------------------------------------------------


OLD = '{"old": "document"}\n'


def _fsize_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return apply


def test_export_that_fails_midway_leaves_the_old_file(tmp_path: Path) -> None:
    # A file size limit below the document's size makes the write fail part of the way in
    # (EFBIG; Python ignores SIGXFSZ), as a full disk would.
    target = tmp_path / "network.json"
    target.write_text(OLD, encoding="utf-8")
    result = run(
        "export",
        "--output",
        str(target),
        env={"PYTHONDONTWRITEBYTECODE": "1"},
        preexec_fn=_fsize_limit(len(DOCUMENT) // 2),
    )
    assert result.returncode == 1
    assert_one_line_error(result.stderr.decode(), f"cannot write {target}", "hint:")
    assert target.read_text(encoding="utf-8") == OLD
    assert os.listdir(tmp_path) == ["network.json"]


def _failing_writer(exc: BaseException) -> Callable[[int, bytes], None]:
    def write(fd: int, data: bytes) -> None:
        os.write(fd, data[: len(data) // 2])
        raise exc

    return write


def test_export_failing_after_writing_part_removes_its_temporary_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "network.json"
    target.write_text(OLD, encoding="utf-8")
    files = importlib.import_module("ascn.cli.files")  # the atomic writer
    monkeypatch.setattr(files, "_write_all", _failing_writer(OSError(28, "No space left")))
    status, out, err = invoke(capsys, "export", "--output", str(target))
    assert status == 1
    assert out == ""
    assert_one_line_error(err, f"cannot write {target}: No space left", "hint:")
    assert target.read_text(encoding="utf-8") == OLD
    assert os.listdir(tmp_path) == ["network.json"]


def test_export_interrupted_removes_its_temporary_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "network.json"
    target.write_text(OLD, encoding="utf-8")
    files = importlib.import_module("ascn.cli.files")  # the atomic writer
    monkeypatch.setattr(files, "_write_all", _failing_writer(KeyboardInterrupt()))
    status, _, err = invoke(capsys, "export", "--output", str(target))
    assert status == 130
    assert "Traceback" not in err
    assert target.read_text(encoding="utf-8") == OLD
    assert os.listdir(tmp_path) == ["network.json"]


def test_export_keeps_the_permission_bits_of_the_file_it_replaces(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "network.json"
    target.write_text(OLD, encoding="utf-8")
    target.chmod(0o640)
    status, _, _ = invoke(capsys, "export", "--output", str(target))
    assert status == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8") == DOCUMENT


def test_export_gives_a_new_file_the_umask_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "new.json"
    previous = os.umask(0o027)
    try:
        status, _, _ = invoke(capsys, "export", "--output", str(target))
    finally:
        os.umask(previous)
    assert status == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["new.json"]


def test_export_rewrites_its_own_input_in_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "network.json"
    target.write_text(json.dumps(ascn.to_data(NETWORK), separators=(",", ":")), encoding="utf-8")
    status, _, _ = invoke(capsys, "export", "--input", str(target), "--output", str(target))
    assert status == 0
    assert target.read_text(encoding="utf-8") == DOCUMENT


def test_export_through_a_symbolic_link_replaces_the_file_and_keeps_the_link(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    real = tmp_path / "real.json"
    real.write_text(OLD, encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    status, _, _ = invoke(capsys, "export", "--output", str(link))
    assert status == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == DOCUMENT
    assert sorted(os.listdir(tmp_path)) == ["link.json", "real.json"]


def test_export_to_a_directory_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    status, _, err = invoke(capsys, "export", "--output", str(folder))
    assert status == 1
    assert_one_line_error(err, f"cannot write {folder}", "directory")
    assert folder.is_dir()
    assert os.listdir(folder) == []
    assert os.listdir(tmp_path) == ["folder"]


def test_export_to_a_fifo_writes_into_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # A target that is not a regular file (/dev/stdout, a FIFO) is written, never replaced.
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    status, _, _ = invoke(capsys, "export", "--output", str(fifo))
    reader.join(timeout=30)
    assert status == 0
    assert received == [DOCUMENT.encode("utf-8")]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert os.listdir(tmp_path) == ["pipe"]


# -- 2. no control sequence or formula reaches a terminal or a spreadsheet ----------------


def test_a_document_naming_a_city_with_control_sequences_is_refused_in_one_safe_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = copy.deepcopy(ascn.to_data(NETWORK))
    _set(data, "cities", "name", EVIL, id="hanoi")
    _set(data, "cities", "name", BIDI + C1, id="bangkok")
    path = tmp_path / "evil.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    for argv in (("cities",), ("summary",), ("cities", "--format", "csv")):
        status, out, err = invoke(capsys, "--data", str(path), *argv)
        if status == 0:  # a model that takes such names: the output must still be safe
            assert unsafe(out) == []
            continue
        assert status == 1
        assert unsafe(err) == []
        assert_one_line_error(err, "hint:")


TEXT_COMMANDS = [("summary", "--year", "2026"), ("explain", "2026")]
DATA_COMMANDS = [
    ("cities",),
    ("members",),
    ("meetings",),
    ("timeline", "--first", "2018", "--last", "2020"),
    ("chair", "2026"),
    ("next", "Brunei", "--after", "2026"),
]
HOSTILE_RUNS = [*TEXT_COMMANDS, *DATA_COMMANDS]
HOSTILE_RUNS += [(*argv, "--format", fmt) for argv in DATA_COMMANDS for fmt in ("json", "csv")]


@pytest.mark.parametrize("argv", HOSTILE_RUNS, ids=" ".join)
def test_output_from_a_hostile_document_carries_no_control_character(
    capsys: pytest.CaptureFixture[str], hostile: str, argv: tuple[str, ...]
) -> None:
    status, out, err = invoke(capsys, "--data", hostile, *argv)
    assert status == 0, err
    assert unsafe(out) == []


def test_tables_from_a_hostile_document_show_the_escapes(
    capsys: pytest.CaptureFixture[str], hostile: str
) -> None:
    _, out, _ = invoke(capsys, "--data", hostile, "meetings")
    assert "\\x1b]52;c;ZWNobyBoaQ==\\x07Evil\\x1b[2J" in out
    assert "Ab\\u202edc\\u2066" in out
    assert len(out.splitlines()) == 2 + len(NETWORK.meetings())  # a line break breaks no row
    _, out, _ = invoke(capsys, "--data", hostile, "members")
    assert "CSI\\x9b31mred\\x85next\\x7f" in out
    _, out, _ = invoke(capsys, "--data", hostile, "explain", "2026")
    assert "\\x1b]52;c;" in out


@pytest.mark.usefixtures("hostile_rows")
def test_cities_table_shows_each_control_character_and_keeps_its_layout(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = invoke(capsys, "cities")
    assert status == 0
    assert unsafe(out) == []
    lines = out.splitlines()
    assert len(lines) == 2 + len(NETWORK.cities())  # a line break in a name breaks no row
    assert "\\x1b]52;c;ZWNobyBoaQ==\\x07Evil\\x1b[2J" in out
    assert "Ab\\u202edc\\u2066" in out
    assert "CSI\\x9b31mred\\x85next\\x7f" in out
    assert "two\\nlines\\tand\\rtab" in out
    country = lines[0].index("country")
    assert all(line[country : country + 2].isupper() for line in lines[2:])  # still aligned


@pytest.mark.usefixtures("hostile_rows")
def test_csv_escapes_controls_and_defuses_formulas_in_text_cells_only(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = invoke(capsys, "cities", "--format", "csv")
    assert status == 0
    assert unsafe(out) == []
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) == len(NETWORK.cities())  # one line per row
    by_id = {row[header.index("id")]: row for row in rows}
    name = header.index("name")
    assert by_id["da-nang"][name] == "'" + FORMULA
    assert by_id["chonburi"][name] == "'-Minus"
    assert by_id["chiang-mai"][name] == "'@sum"
    assert by_id["hanoi"][name] == "\\x1b]52;c;ZWNobyBoaQ==\\x07Evil\\x1b[2J"
    assert by_id["phuket"][name] == "two\\nlines\\tand\\rtab"
    # Numbers are never prefixed: a negative latitude stays a number.
    latitude = header.index("latitude")
    assert min(float(row[latitude]) for row in rows if row[latitude]) < 0
    assert all(not row[latitude].startswith("'") for row in rows)


def test_csv_of_a_hostile_document_defuses_formulas(
    capsys: pytest.CaptureFixture[str], hostile: str
) -> None:
    _, out, _ = invoke(capsys, "--data", hostile, "cities", "--format", "csv")
    header, *rows = list(csv.reader(io.StringIO(out)))
    by_id = {row[header.index("id")]: row for row in rows}
    assert by_id["da-nang"][header.index("name")] == "'" + FORMULA
    assert by_id["dki-jakarta"][header.index("latitude")].startswith("-")


def test_csv_formula_prefix_is_documented_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = invoke(capsys, "cities", "--help")
    assert "leading '" in " ".join(out.split())


@pytest.mark.usefixtures("hostile_rows")
def test_json_escapes_c1_and_bidirectional_controls_and_loses_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = invoke(capsys, "cities", "--format", "json")
    assert status == 0
    assert unsafe(out) == []
    assert "\\u009b" in out
    assert "\\u202e" in out
    names = {row["id"]: row["name"] for row in json.loads(out)}
    assert names["hanoi"] == EVIL
    assert names["ho-chi-minh-city"] == BIDI
    assert names["bangkok"] == C1


def test_export_escapes_control_characters_and_reads_back_the_same(
    capsys: pytest.CaptureFixture[str], hostile: str
) -> None:
    status, out, _ = invoke(capsys, "export", "--input", hostile)
    assert status == 0
    assert unsafe(out) == []
    assert ascn.loads(out) == ascn.load(hostile)


def test_validate_shows_hostile_input_escaped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = copy.deepcopy(ascn.to_data(NETWORK))
    data["cities"][0]["name"] = EVIL
    data["cities"][0]["timezone"] = "\x1b[2J\u202eMars\x9b"
    data["cities"][1]["\x1b]0;title\x07"] = 1  # an unknown key, in the problem's path
    path = tmp_path / "bad\x1b[2J.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    for fmt in ("table", "json", "csv"):
        status, out, err = invoke(capsys, "validate", str(path), "--format", fmt)
        assert status == 1
        assert unsafe(out) == [], fmt
        assert err == ""
    _, out, _ = invoke(capsys, "validate", str(path), "--format", "json")
    assert json.loads(out)["file"] == str(path)


@pytest.mark.parametrize(
    "argv",
    [
        ("cities", "--country", EVIL),
        ("next", BIDI + C1),
        ("members", EVIL),  # argparse: unrecognized arguments, shown as given
        ("members", "--format", EVIL),
        ("chair", EVIL),
        ("--data", "/nowhere/" + EVIL, "members"),
        ("validate", "/nowhere/" + BIDI),
    ],
)
def test_error_messages_show_control_characters_as_escapes(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    status, out, err = invoke(capsys, *argv)
    assert status in (1, 2)
    assert out == ""
    assert unsafe(err) == []
    assert_one_line_error(err, "hint:")


# -- 3. output in any encoding, to any stream ---------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_export_to_a_legacy_encoding_writes_the_utf8_document(encoding: str) -> None:
    result = run("export", env={"PYTHONIOENCODING": encoding, "LC_ALL": "C"})
    assert result.returncode == 0, result.stderr
    assert result.stdout == DOCUMENT.encode("utf-8")
    assert result.stderr == b""


def test_json_and_csv_are_utf8_whatever_the_encoding(hostile: str) -> None:
    for fmt in ("json", "csv"):
        argv = ("--data", hostile, "meetings", "--format", fmt)
        result = run(*argv, env={"PYTHONIOENCODING": "ascii"})
        assert result.returncode == 0, result.stderr
        result.stdout.decode("utf-8")
    result = run("schema", env={"PYTHONIOENCODING": "ascii"})
    assert json.loads(result.stdout.decode("utf-8")) == ascn.json_schema()


def test_a_table_in_ascii_shows_what_it_cannot_write_as_escapes(tmp_path: Path) -> None:
    data = copy.deepcopy(ascn.to_data(NETWORK))
    next(c for c in data["cities"] if c["id"] == "da-nang")["name"] = NON_ASCII
    path = tmp_path / "accents.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run(
        "--data", str(path), "cities", "--country", "VN", env={"PYTHONIOENCODING": "ascii"}
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("ascii")
    assert "\\u0110\\xe0 N\\u1eb5ng" in text
    header, _, *lines = text.splitlines()
    country = header.index("country")
    assert all(line[country : country + 2] == "VN" for line in lines)  # aligned


def test_help_and_errors_in_ascii() -> None:
    result = run("cities", "--help", env={"PYTHONIOENCODING": "ascii:strict"})
    assert result.returncode == 0
    result = run("cities", "--country", NON_ASCII, env={"PYTHONIOENCODING": "ascii:strict"})
    assert result.returncode == 1
    assert_one_line_error(result.stderr.decode("ascii"), "\\u0110", "hint:")


@pytest.mark.parametrize("argv", ["summary", "export", "cities --format csv", "--help"])
def test_closed_standard_output_is_one_line_and_status_1(argv: str) -> None:
    result = shell(f"ASCN {argv} >&-")
    assert result.returncode == 1
    assert_one_line_error(result.stderr.decode(), "standard output is closed", "hint:")


@pytest.mark.parametrize("argv", ["summary", "export", "members --format json", "--help"])
def test_a_full_disk_is_one_line_and_status_1(argv: str) -> None:
    result = shell(f"ASCN {argv} > /dev/full")
    assert result.returncode == 1
    assert_one_line_error(result.stderr.decode(), "No space left on device", "hint:")


def test_export_to_a_file_with_standard_output_closed_works(tmp_path: Path) -> None:
    target = tmp_path / "network.json"
    result = shell(f"ASCN export --output {shlex.quote(str(target))} >&-")
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8") == DOCUMENT


@pytest.mark.parametrize("argv", [("export",), ("schedule", "2030", "9999")])
def test_a_reader_that_goes_away_stops_the_command_quietly(argv: tuple[str, ...]) -> None:
    # Both outputs are larger than a pipe holds, so the command is still writing when the
    # reader closes its end; none of the output may be lost silently (status 0).
    with subprocess.Popen(
        [sys.executable, "-m", "ascn", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.read(10)
        process.stdout.close()
        err = process.stderr.read()
        assert process.wait(timeout=60) == 141
    assert err == b""


def test_head_of_a_table_is_quiet() -> None:
    result = shell("ASCN schedule 2030 9999 | head -1")
    assert result.stdout.startswith(b"term")
    assert result.stderr == b""


def test_file_names_that_are_not_utf8_are_shown_with_escapes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/\xff.json")
    status, out, err = invoke(capsys, "validate", name)
    assert status == 1
    assert_one_line_error(err, "\\xff.json", "no such file")
    err.encode("ascii")
    Path(name).write_text("{}", encoding="utf-8")
    for argv in (("validate", name), ("--data", name, "members")):
        status, out, err = invoke(capsys, *argv)
        assert status == 1
        (out + err).encode("utf-8")  # no lone surrogate
        assert "\\xff.json is invalid" in out + err
    status, out, _ = invoke(capsys, "validate", name, "--format", "json")
    assert json.loads(out)["file"].endswith("\\xff.json")


def test_a_file_name_that_is_not_utf8_in_a_subprocess(tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/\xff.json"
    Path(os.fsdecode(raw)).write_text("{}", encoding="utf-8")
    result = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"ascn", b"validate", raw],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout.decode("utf-8").startswith(f"{tmp_path}/\\xff.json is invalid")


def test_interrupt_is_quiet_with_status_130(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(entities, "network", interrupted)
    status, _, err = invoke(capsys, "cities")
    assert status == 130
    assert "Traceback" not in err


# -- 4. empty arguments -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (("--data", "", "summary"), "--data"),
        (("summary", "--data", ""), "--data"),
        (("--data", "   ", "members"), "--data"),
        (("export", "--input", ""), "--input"),
        (("export", "--output", ""), "--output"),
        (("export", "--output", " "), "--output"),
        (("validate", ""), "FILE"),
        (("validate", "\t"), "FILE"),
        (("cities", "--country", ""), "--country"),
        (("cities", "--country", "  "), "--country"),
        (("next", ""), "MEMBER"),
        (("next", " \t"), "MEMBER"),
    ],
)
def test_empty_arguments_are_refused_naming_the_argument(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], fragment: str
) -> None:
    status, out, err = invoke(capsys, *argv)
    assert status == 2
    assert out == ""
    assert_one_line_error(err, fragment, "expected a", "--help")


# -- 5. years and dates as documents read them --------------------------------------------

BAD_YEARS = [
    "\uff12\uff10\uff12\uff16",  # fullwidth 2026
    "\u0662\u0660\u0662\u0666",  # Arabic-Indic 2026
    "\u0968\u0966\u0968\u096c",  # Devanagari 2026
    "+2026",
    " 2026",
    "2026 ",
    "2_026",
    "0",
    "0000",
    "10000",
    "02026",
]


@pytest.mark.parametrize("year", BAD_YEARS)
@pytest.mark.parametrize(
    "argv",
    [
        ("chair", "{}"),
        ("explain", "{}"),
        ("schedule", "{}", "2030"),
        ("schedule", "2020", "{}"),
        ("next", "SG", "--after", "{}"),
        ("timeline", "--first", "{}"),
        ("summary", "--year", "{}"),
    ],
)
def test_years_are_ascii_digits_from_1_to_9999(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], year: str
) -> None:
    status, out, err = invoke(capsys, *(a.format(year) for a in argv))
    assert status == 2
    assert out == ""
    assert_one_line_error(err, "expected a year from 1 to 9999", "--help")


@pytest.mark.parametrize("year", ["2026", "0026", "1", "9999"])
def test_years_documents_write_are_accepted(capsys: pytest.CaptureFixture[str], year: str) -> None:
    status, _, err = invoke(capsys, "schedule", year, "9999", "--format", "json")
    assert "expected a year" not in err
    assert status in (0, 1)  # 1: a year the rotation does not know


BAD_DAYS = [
    "\uff12\uff10\uff12\uff16-01-01",
    "\u0662\u0660\u0662\u0666-01-01",
    "2026-1-1",
    "2026-01-01T00:00",
    "2026-01-01 ",
    " 2026-01-01",
    "2026-W01-1",
    "2026-001",
    "0000-01-01",
    "2026-02-30",
    "+2026-01-01",
]


def _refusal(text: str) -> str:
    with pytest.raises(ValidationError) as caught:
        to_date(text)
    return caught.value.problems[0].message


@pytest.mark.parametrize("day", BAD_DAYS)
@pytest.mark.parametrize("argv", [("members", "--on", "{}"), ("cities", "--on", "{}")])
def test_days_are_refused_as_documents_refuse_them(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], day: str
) -> None:
    status, out, err = invoke(capsys, *(a.format(day) for a in argv))
    assert status == 2
    assert out == ""
    assert_one_line_error(err, _refusal(day), "--help")


@pytest.mark.parametrize("day", [d for d in BAD_DAYS if "-" in d[1:]])
def test_chair_on_a_day_refuses_days_as_documents_do(
    capsys: pytest.CaptureFixture[str], day: str
) -> None:
    status, _, err = invoke(capsys, "chair", day)
    assert status == 2
    assert_one_line_error(err, _refusal(day), "--help")


# -- 6. inputs that are not regular files -------------------------------------------------


def _fifo(tmp_path: Path) -> str:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return str(path)


def _directory(tmp_path: Path) -> str:
    return str(tmp_path)


INPUTS: dict[str, Callable[[Path], str]] = {
    "fifo": _fifo,
    "directory": _directory,
    "dev-zero": lambda _: "/dev/zero",
    "dev-null": lambda _: "/dev/null",
}


@pytest.mark.parametrize("kind", sorted(INPUTS))
@pytest.mark.parametrize("form", ["validate", "data", "input"])
def test_inputs_that_are_not_regular_files_are_one_line(
    tmp_path: Path, kind: str, form: str
) -> None:
    path = INPUTS[kind](tmp_path)
    argv = {
        "validate": ("validate", path),
        "data": ("--data", path, "summary"),
        "input": ("export", "--input", path),
    }[form]
    result = run(*argv)  # a FIFO nobody writes to must not make it wait: the timeout fails it
    assert result.returncode == 1
    assert result.stdout == b""
    assert_one_line_error(result.stderr.decode(), "cannot read", path, "hint:")


def test_standard_input_that_is_a_terminal_is_one_line() -> None:
    primary, secondary = os.openpty()
    try:
        result = run("validate", "/dev/stdin", stdin=secondary)
    finally:
        os.close(primary)
        os.close(secondary)
    assert result.returncode == 1
    assert_one_line_error(result.stderr.decode(), "cannot read /dev/stdin", "hint:")


def test_documents_module_writes_only_through_the_atomic_writer() -> None:
    # export is the only command that writes a file; it must not open one itself.
    source = Path(documents.__file__).read_text(encoding="utf-8")
    assert "open(" not in source
