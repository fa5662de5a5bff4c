"""The built wheel carries the package data and the typing marker; imports stay light."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
