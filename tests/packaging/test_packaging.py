"""The built wheel carries the package data and the typing marker; imports stay light."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_ships_the_dataset_and_py_typed(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("ascn-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "ascn/py.typed" in names
    assert "ascn/data/network.json" in names


def test_importing_ascn_loads_no_optional_dependency_and_no_data() -> None:
    code = (
        "import sys, ascn; "
        "heavy = {'hypothesis', 'pandas', 'matplotlib', 'jsonschema'} & set(sys.modules); "
        "import ascn.dataset as d; "
        "print(sorted(heavy), len(d._cache))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "[] 0"


def test_import_ascn_defers_every_submodule_until_first_use() -> None:
    code = "import sys, ascn; print(sorted(m for m in sys.modules if m.startswith('ascn.')))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "[]"


def test_every_public_name_is_the_object_its_module_defines() -> None:
    import importlib

    import ascn

    for name in ascn.__all__:
        value = getattr(ascn, name)
        if name == "load":
            continue
        defining = importlib.import_module(ascn._EXPORTS[name])
        assert value is getattr(defining, name), name
    assert set(ascn._EXPORTS) | {"load"} == set(ascn.__all__)


def test_the_type_checking_imports_the_table_and_all_name_the_same_public_names() -> None:
    import ast

    import ascn

    tree = ast.parse((ROOT / "src" / "ascn" / "__init__.py").read_text(encoding="utf-8"))
    (block,) = (
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    imported: dict[str, str] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom), ast.unparse(node)
        assert node.module is not None
        for alias in node.names:
            # `X as X`: an explicit re-export, which type checkers take as public.
            assert alias.asname == alias.name, ast.unparse(node)
            assert alias.name not in imported, alias.name
            imported[alias.name] = node.module
    assert imported == ascn._EXPORTS
    assert sum(len(names) for names in ascn._PUBLIC.values()) == len(ascn._EXPORTS)
    assert isinstance(ascn.__all__, list)
    assert all(isinstance(name, str) for name in ascn.__all__)
    assert sorted(ascn.__all__) == ascn.__all__
    assert ascn.__all__ == sorted([*imported, "load"])


def test_no_chair_error_is_one_class_under_three_names() -> None:
    import ascn
    import ascn.errors
    import ascn.rotation

    assert ascn.NoChairError is ascn.errors.NoChairError is ascn.rotation.NoChairError
    assert issubclass(ascn.NoChairError, ascn.NotFoundError)
    error = ascn.NoChairError("ASEAN", 1990, "the sources record no term starting in 1990")
    assert str(error) == "no ASEAN chair for 1990: the sources record no term starting in 1990"
    assert (error.kind, error.key, error.suggestions) == ("ASEAN chair", 1990, ())
    assert error.reason == "the sources record no term starting in 1990"


def test_the_installed_distribution_has_the_version_of_the_package() -> None:
    from importlib.metadata import version

    import ascn

    # pyproject.toml reads the version from `ascn.__version__` (hatch's dynamic version).
    assert version("ascn") == ascn.__version__
