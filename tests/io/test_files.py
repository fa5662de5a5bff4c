"""Reading document files: every reason a file cannot be read is named, with the file.

:class:`ascn.DocumentFileError` says why a file could not be read (missing, a directory,
unreadable, not UTF-8, empty, too large); :class:`ascn.ValidationError` says what is wrong
with a file that was read, and names the file as its subject.
"""

from __future__ import annotations

import errno
import os
import pathlib
from typing import Any

import pytest

import ascn
import ascn.io.document
import builders
from ascn.io.document import load_path

LIMIT = 16 * 1024 * 1024
"""The documented size limit: 16 MiB."""


@pytest.fixture(autouse=True)
def documented_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The documented limit, whatever another module in this process set it to (the
    benchmarks raise it): an endless file must not be read up to a raised limit."""
    monkeypatch.setattr(ascn.io.document, "MAX_DOCUMENT_SIZE", LIMIT)


@pytest.fixture
def document_text() -> str:
    return ascn.dumps(builders.network())


def file_error(path: Any) -> ascn.DocumentFileError:
    with pytest.raises(ascn.DocumentFileError) as info:
        ascn.load(path)
    error = info.value
    assert isinstance(error, OSError)
    assert isinstance(error, ascn.AscnError)
    assert str(error) == f"cannot read {error.path}: {error.reason}"
    return error


@pytest.mark.parametrize("kind", [str, pathlib.Path, os.fsencode])
def test_a_file_is_read_through_any_kind_of_path(
    tmp_path: pathlib.Path, document_text: str, kind: Any
) -> None:
    path = tmp_path / "network.json"
    path.write_text(document_text, encoding="utf-8")
    assert ascn.load(kind(str(path))) == builders.network()


@pytest.mark.parametrize(
    "encoded",
    [
        lambda text: b"\xef\xbb\xbf" + text.encode(),
        lambda text: text.replace("\n", "\r\n").encode(),
    ],
    ids=["byte-order-mark", "windows-line-ends"],
)
def test_files_from_other_tools_are_read(
    tmp_path: pathlib.Path, document_text: str, encoded: Any
) -> None:
    path = tmp_path / "network.json"
    path.write_bytes(encoded(document_text))
    assert ascn.load(path) == builders.network()


def test_a_missing_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "nowhere.json"
    error = file_error(path)
    assert (error.path, error.reason) == (str(path), "no such file")


def test_a_directory(tmp_path: pathlib.Path) -> None:
    assert file_error(tmp_path).reason == "it is a directory, not a file"


def test_a_symbolic_link_loop(tmp_path: pathlib.Path) -> None:
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    assert file_error(loop).reason == os.strerror(errno.ELOOP)


@pytest.mark.parametrize(
    ("failure", "reason"),
    [
        (PermissionError(errno.EACCES, os.strerror(errno.EACCES)), "permission denied"),
        (OSError(errno.EIO, os.strerror(errno.EIO)), os.strerror(errno.EIO)),
    ],
    ids=["unreadable", "device-error"],
)
def test_a_file_the_system_will_not_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path, failure: OSError, reason: str
) -> None:
    # Tests may run as root, whom file modes do not stop; so the refusal is simulated.
    def refuse(*args: object, **kwargs: object) -> None:
        raise failure

    monkeypatch.setattr(ascn.io.document, "_open", refuse)
    assert file_error(tmp_path / "network.json").reason == reason


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b" \n\t\r\n", "the file is empty"),
        (b'{"format": "ascn.network\xff"}', "not UTF-8 text (invalid start byte at byte 24)"),
        ('{"format": 1}'.encode("utf-16"), "not UTF-8 text (invalid start byte at byte 0)"),
        (
            "{}".encode("latin-1") + "é".encode("latin-1"),
            "not UTF-8 text (unexpected end of data at byte 2)",
        ),
    ],
    ids=["empty", "whitespace", "bad-byte", "utf-16", "latin-1"],
)
def test_content_that_is_not_utf8_json_text(
    tmp_path: pathlib.Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "network.json"
    path.write_bytes(content)
    assert file_error(path).reason == reason


def test_a_file_over_the_size_limit_is_not_read_whole(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(LIMIT + 1)  # sparse: costs no disk
    assert file_error(path).reason == f"the file is larger than {LIMIT} bytes, the most ascn reads"


def test_a_device_is_refused_before_anything_is_read() -> None:
    # /dev/zero would never end; ascn reads regular files only.
    assert file_error("/dev/zero").reason == "it is a character device, not a regular file"


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: pathlib.Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert file_error(fifo).reason == "it is a pipe (a FIFO), not a regular file"


def test_a_file_that_reports_no_size_is_read_in_pieces_up_to_its_end() -> None:
    # Files of /proc are regular but report a size of 0: they are read piece by piece.
    with pytest.raises(ascn.ValidationError, match="not valid JSON"):
        ascn.load("/proc/self/status")


def test_a_file_at_the_size_limit_is_read(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "padded.json"
    path.write_bytes(b"{" + b" " * (LIMIT - 2) + b"}")
    with pytest.raises(ascn.ValidationError) as info:
        ascn.load(path)
    assert {p.path for p in info.value.problems} == {"format", "version"}


def test_a_caller_may_set_another_limit(tmp_path: pathlib.Path, document_text: str) -> None:
    path = tmp_path / "network.json"
    path.write_text(document_text, encoding="utf-8")
    size = len(document_text.encode())
    assert load_path(path, max_size=size) == builders.network()
    with pytest.raises(ascn.DocumentFileError) as info:
        load_path(path, max_size=size - 1)
    assert info.value.reason == f"the file is larger than {size - 1} bytes, the most ascn reads"
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2000)
    with pytest.raises(ascn.DocumentFileError, match="larger than 1000 bytes"):
        load_path(big, max_size=1000)


def test_a_path_with_a_nul_character() -> None:
    assert file_error("net\x00work.json").reason == "the path contains a NUL character"


@pytest.mark.parametrize("path", [3, ["network.json"], object()])
def test_something_that_is_not_a_path(path: object) -> None:
    with pytest.raises(ascn.ValidationError) as info:
        ascn.load(path)  # type: ignore[arg-type]
    [problem] = info.value.problems
    assert problem.path == "path"
    assert problem.message.startswith("expected a file path (str or os.PathLike), got ")


def test_problems_in_a_file_name_the_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "network.json"
    path.write_text('{"format": "ascn.network", "version": 1, "established": "2018-02-30"}')
    with pytest.raises(ascn.ValidationError) as info:
        ascn.load(path)
    assert info.value.subject == str(path)
    assert str(info.value) == (
        f"{path} is invalid (1 problem):\n  established: '2018-02-30' is not a day of the calendar"
    )


def test_a_repeated_key_in_a_file_is_named_with_the_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "network.json"
    path.write_text('{"format": "ascn.network", "format": "ascn.network"}')
    with pytest.raises(ascn.ValidationError) as info:
        ascn.load(path)
    assert info.value.subject == str(path)
    assert [p.path for p in info.value.problems] == ["format"]
