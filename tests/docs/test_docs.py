"""The documentation builds with warnings as errors, and everything it shows runs.

Three things keep the docs from rotting:

* the Sphinx site is built once (``sphinx-build -W --keep-going``) and the API reference is
  checked to hold an entry for every public name of the documented modules;
* the examples of every Markdown page run: ```` ```python ```` blocks that start with
  ``>>>`` are doctests, other ```` ```python ```` blocks are executed (and any ``test_*``
  function they define is called, a Hypothesis test on a few examples), and
  ```` ```console ```` blocks are sessions of the ``ascn`` command whose output must match.
  Blocks of one page share a namespace, as for a reader who runs them in order. Other
  languages (``shell``, ``json``, ``text``) are shown, not run;
* the notebook ``docs/explore.ipynb``, stored without outputs, is executed with the
  ``python3`` kernel on this interpreter, and must not write to stderr.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib
import io
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import nbformat
import pytest
from hypothesis import settings
from nbclient import NotebookClient

DOCS = Path(__file__).resolve().parents[2] / "docs"
NOTEBOOK = DOCS / "explore.ipynb"

REFERENCED_MODULES = (
    "ascn",
    "ascn.dates",
    "ascn.rotation",
    "ascn.strategies",
    "ascn.tables",
    "ascn.plots",
)
"""Modules whose every public name (``__all__``) must have an entry in the API reference."""

RUNNABLE = frozenset({"python", "pycon", "console"})
EXAMPLE_RUNS = 10
"""Examples per Hypothesis test shown in a page: enough to run it, since it tests nothing of
ascn that ascn's own property tests do not."""
DOCTEST_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
_FENCE = re.compile(r"^(`{3,}|~{3,})([\w-]*)\s*$")


class Example(NamedTuple):
    """One fenced code block of a page: its language, first line number and text."""

    language: str
    line: int
    code: str


def examples(page: Path) -> list[Example]:
    """The runnable fenced blocks of a Markdown page, in order."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found: list[Example] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        index += 1
        if opening is None:
            continue
        fence, language = opening.groups()
        start = index
        while index < len(lines) and lines[index].strip() != fence:
            index += 1
        if language in RUNNABLE:
            found.append(Example(language, start, "\n".join(lines[start:index]) + "\n"))
        index += 1
    return found


PAGES = [page for page in sorted(DOCS.glob("*.md")) if examples(page)]


# -- the site ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML site, built once for this module with warnings as errors."""
    out = tmp_path_factory.mktemp("site")
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html"]
    result = subprocess.run(
        [*command, "-d", str(out / ".doctrees"), str(DOCS), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"sphinx-build failed:\n{result.stderr}"
    return out


def test_site_builds_with_warnings_as_errors(site: Path) -> None:
    pages = {path.stem for path in site.glob("*.html")}
    sources = {path.stem for path in DOCS.glob("*.md")}
    assert sources <= pages


def test_notebook_is_offered_for_download(site: Path) -> None:
    assert list(site.glob("_downloads/*/explore.ipynb"))


def _public_names() -> Iterator[str]:
    for module_name in REFERENCED_MODULES:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            yield f"{module_name}.{name}"


@pytest.mark.parametrize("module_name", REFERENCED_MODULES)
def test_documented_modules_declare_their_public_names(module_name: str) -> None:
    assert importlib.import_module(module_name).__all__


@pytest.mark.parametrize("name", list(_public_names()))
def test_api_reference_has_an_entry_for_every_public_name(site: Path, name: str) -> None:
    anchors = set(re.findall(r'\bid="([^"]+)"', (site / "api.html").read_text(encoding="utf-8")))
    assert name in anchors


# -- examples in the pages ---------------------------------------------------------------


def _run_doctest(example: Example, page: Path, namespace: dict[str, Any]) -> None:
    test = doctest.DocTestParser().get_doctest(
        example.code, namespace, f"{page.name}:{example.line}", str(page), example.line
    )
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=DOCTEST_FLAGS)
    runner.run(test, out=report.write, clear_globs=False)
    namespace.update(test.globs)
    if runner.failures:
        pytest.fail(report.getvalue(), pytrace=False)


def _run_script(example: Example, page: Path, namespace: dict[str, Any]) -> None:
    before = set(namespace)
    code = compile("\n" * example.line + example.code, str(page), "exec")
    exec(code, namespace)  # the page's own example code
    for name in sorted(set(namespace) - before):
        test = namespace[name]
        if name.startswith("test_") and callable(test):
            if getattr(test, "is_hypothesis_test", False):
                test = settings(max_examples=EXAMPLE_RUNS)(test)
            test()


def _run_console(example: Example) -> None:
    from ascn.cli import main

    expected: dict[str, list[str]] = {}
    command = None
    for line in example.code.splitlines():
        if line.startswith("$ "):
            command = line[2:]
            expected[command] = []
        elif command is not None:
            expected[command].append(line)
        else:
            pytest.fail(f"output before any command at line {example.line}", pytrace=False)
    for command, output in expected.items():
        words = shlex.split(command)
        assert words[0] == "ascn", f"only ascn commands run in console blocks: {command!r}"
        shown = io.StringIO()
        with (
            contextlib.redirect_stdout(shown),
            contextlib.redirect_stderr(shown),
            contextlib.suppress(SystemExit),
        ):
            main(words[1:])
        got = [line.rstrip() for line in shown.getvalue().rstrip("\n").splitlines()]
        assert got == [line.rstrip() for line in output], f"$ {command}"


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_examples_of_the_page_run(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("COLUMNS", "100")
    # Examples read docs/examples/ by relative paths and may write files: give them a copy.
    shutil.copytree(DOCS / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": f"docs.{page.stem}"}
    for example in examples(page):
        if example.language == "console":
            _run_console(example)
        elif example.code.lstrip().startswith(">>>"):
            _run_doctest(example, page, namespace)
        else:
            _run_script(example, page, namespace)


# -- the notebook ------------------------------------------------------------------------


def _stored_notebook() -> Any:
    return nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]


def test_notebook_is_stored_without_outputs() -> None:
    notebook = _stored_notebook()
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)
    assert notebook.metadata.kernelspec.name == "python3"


def test_notebook_runs_cleanly_on_this_interpreter() -> None:
    notebook = _stored_notebook()
    probe = nbformat.v4.new_code_cell("import sys\nprint(sys.executable)")  # type: ignore[no-untyped-call]
    notebook.cells.append(probe)
    client = NotebookClient(
        notebook, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(DOCS)}}
    )
    client.execute()
    streams = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "stream"
    ]
    assert [s.text for s in streams if s.name == "stderr"] == []
    # jupyter_client starts a "python" kernelspec on the interpreter running the client.
    assert probe.outputs[-1].text.strip() == sys.executable
