"""The layout shows the architecture: small modules, and imports that flow one way."""

from __future__ import annotations

import ast
import pathlib

import pytest

import ascn

ROOT = pathlib.Path(ascn.__file__).parent
MODULES = sorted(ROOT.rglob("*.py"))

# Layers from the bottom up; a module imports only from its own layer or those below it.
LAYERS = (
    ("ascn.errors",),
    ("ascn.dates", "ascn.lookup", "ascn._collector"),
    ("ascn.model",),
    ("ascn.io", "ascn.dataset", "ascn.rotation", "ascn.history"),
    ("ascn.tables", "ascn.plots", "ascn.strategies"),
    ("ascn", "ascn.cli", "ascn.__main__"),
)

# The network's conveniences, ``network.rotation()`` and ``network.history()``, import the
# layer above on first use: the one place an import goes up, and it is lazy.
LAZY_UPWARD = {
    ("ascn.model.network", "ascn.rotation"),
    ("ascn.model.network", "ascn.history"),
}


def _name(path: pathlib.Path) -> str:
    parts = path.with_suffix("").relative_to(ROOT.parent).parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int:
    best, level = -1, -1
    for index, layer in enumerate(LAYERS):
        for prefix in layer:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, level = len(prefix), index
    assert level >= 0, module
    return level


def _imports(path: pathlib.Path) -> list[tuple[str, bool]]:
    """The ascn modules ``path`` imports, each with whether the import is at module level."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    found: list[tuple[str, bool]] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            # ``from ascn import tables`` imports the submodule, not the package face.
            module = node.module
            names = [
                f"{module}.{alias.name}" if _is_module(module, alias.name) else module
                for alias in node.names
            ]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        found.extend((name, id(node) in top) for name in names if name.split(".")[0] == "ascn")
    return found


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_no_module_is_over_500_lines(path: pathlib.Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 500


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_imports_flow_one_way(path: pathlib.Path) -> None:
    module = _name(path)
    if module == "ascn":
        return  # the package face imports every layer, each on first use (PEP 562)
    upward = [
        imported
        for imported, at_top in _imports(path)
        if _layer(imported) > _layer(module)
        and (at_top or (module, _top_package(imported)) not in LAZY_UPWARD)
    ]
    assert upward == []


def _is_module(package: str, name: str) -> bool:
    folder = ROOT.parent.joinpath(*package.split("."))
    return (folder / f"{name}.py").exists() or (folder / name / "__init__.py").exists()


def _top_package(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_no_private_module_is_imported_by_five_others() -> None:
    importers: dict[str, set[str]] = {}
    for path in MODULES:
        for imported, _ in _imports(path):
            if any(part.startswith("_") for part in imported.split(".")):
                importers.setdefault(imported, set()).add(_name(path))
    assert {name: len(found) for name, found in importers.items() if len(found) >= 5} == {}
