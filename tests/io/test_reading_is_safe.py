"""Reading never executes anything or uses the network: no deserialiser that runs code, no
eval, no socket, nothing compiled from input."""

from __future__ import annotations

import ast
import contextlib
import json
import pathlib
import socket
import sys
from collections.abc import Iterator

import pytest

import ascn
import builders
from ascn.dataset import default_text
from builders import with_latitude

SOURCE_ROOT = pathlib.Path(ascn.__file__).parent


FORBIDDEN_MODULES = {
    "pickle",
    "cPickle",
    "dill",
    "marshal",
    "shelve",
    "yaml",
    "subprocess",
    "socket",
    "urllib",
    "http",
    "requests",
    "httpx",
    "ctypes",
}
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
# The one module that generates code: its source comes from ascn's classes, never from input
# (model/test_one_declaration.py shows what it generates; the audit hook below sees nothing
# compiled on reads).
CODE_GENERATOR = SOURCE_ROOT / "model" / "codegen.py"


def _source_files() -> Iterator[pathlib.Path]:
    yield from sorted(SOURCE_ROOT.rglob("*.py"))


@pytest.mark.parametrize(
    "path", list(_source_files()), ids=lambda p: str(p.relative_to(SOURCE_ROOT))
)
def test_the_library_imports_no_deserialiser_that_runs_code_and_calls_no_eval(
    path: pathlib.Path,
) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            names = {(node.module or "").split(".")[0]}
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            allowed = {"exec", "compile"} if path == CODE_GENERATOR else set()
            assert node.func.id not in FORBIDDEN_CALLS - allowed, f"{path}:{node.lineno}"
            continue
        else:
            continue
        assert not names & FORBIDDEN_MODULES, f"{path}:{node.lineno} imports {names}"


HOSTILE = [
    default_text(),
    json.dumps(builders.document(cities=[{"id": "x" * 1000}] * 50)),
    '{"format": "ascn.network", "version": 1, "version": 1}',
    "[" * 10_000,
    with_latitude("1e400"),
]


def _read_all() -> None:
    for text in HOSTILE:
        with contextlib.suppress(ascn.ValidationError):
            ascn.loads(text)


def test_reading_uses_no_network(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ascn tried to use the network")

    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    _read_all()
    path = tmp_path / "network.json"
    path.write_text(default_text(), encoding="utf-8")
    assert ascn.load(path) == ascn.loads(default_text())


_EVENTS: list[str] = []
_RECORDING: list[bool] = []
# Events that would mean input is being executed, deserialised into code, or sent away.
_DANGEROUS = (
    "exec",
    "compile",
    "pickle.",
    "marshal.",
    "subprocess.",
    "os.system",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "socket.",
    "urllib.",
    "ctypes.",
    "import",
)


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _RECORDING and event.startswith(_DANGEROUS):
        _EVENTS.append(event)


def test_reading_executes_nothing() -> None:
    _read_all()  # generates ascn's and cattrs' code (from ascn's classes, not from any input)
    sys.addaudithook(_audit)
    _RECORDING.append(True)
    try:
        _read_all()
    finally:
        _RECORDING.clear()
    assert _EVENTS == []
