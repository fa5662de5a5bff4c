"""Sphinx configuration: MyST Markdown pages, an autodoc API reference, the furo theme.

The build must pass with warnings as errors and every cross-reference resolved
(``sphinx-build -W --keep-going``, with ``nitpicky`` on); ``tests/docs/test_docs.py`` runs it.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import sys
import typing
from enum import Enum
from pathlib import Path
from typing import Any

import attrs
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.pycode import ModuleAnalyzer
from sphinx.util.inspect import stringify_signature
from sphinx.util.typing import stringify_annotation

import ascn

project = "ascn"
author = "ascn developers"
copyright = "ascn developers"
release = ascn.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "**.ipynb_checkpoints"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Every cross-reference must resolve; types of other libraries stay plain text, since the
# build runs offline (no intersphinx).
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(pendulum|datetime|collections\.abc|os|typing|pandas|matplotlib|hypothesis)\..*"),
    # A field's annotation is ``Annotated[type, rule, Doc(...)]``: the rule and the column's
    # description are the model's business, and autodoc prints the wrapper as it finds it.
    (r"py:class", r"Doc|(types|ascn(\.\w+)*)\.Annotated"),
    # Type variables (``ascn.io.document.N``) have no page of their own.
    (r"py:class", r"ascn(\.\w+)*\.[A-Z]"),
]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
python_maximum_signature_line_length = 88

html_theme = "furo"
html_title = f"ascn {release}"
pygments_style = "sphinx"
pygments_dark_style = "monokai"


def _import_type_checking_names() -> None:
    """Run the ``if TYPE_CHECKING:`` imports of ascn's modules, so autodoc can evaluate the
    annotations that use them (``Network.rotation() -> Rotation``) and link them."""
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] != "ascn" or module.__file__ is None:
            continue
        for node in ast.parse(Path(module.__file__).read_text(encoding="utf-8")).body:
            if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
                block = ast.Module(body=node.body, type_ignores=[])
                exec(compile(block, module.__file__, "exec"), vars(module))


for _documented in ("ascn", "ascn.history", "ascn.plots", "ascn.rotation", "ascn.strategies"):
    importlib.import_module(_documented)
_import_type_checking_names()


def _enum_signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: object,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None] | None:
    """Show an enum as ``class ascn.Role``: nobody calls ``Role(value)`` to make one."""
    if what == "class" and isinstance(obj, type) and issubclass(obj, Enum):
        return "", return_annotation
    return None


def _record_signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: object,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None] | None:
    """Show a record class's fields by their types: ``name: str``, not the rule behind it.

    Fields are annotated ``Annotated[str, <rule>]`` (see :mod:`ascn.model.fields`); the rule
    is the model's business, the type is the reader's.
    """
    if what != "class" or not attrs.has(obj) or not isinstance(obj, type):
        return None
    hints = typing.get_type_hints(obj.__init__)  # extras (the rules) left out
    plain = _annotated(inspect.signature(obj), hints)
    text = stringify_signature(plain, show_return_annotation=False, unqualified_typehints=True)
    return text, return_annotation


def _annotated(written: inspect.Signature, hints: dict[str, Any]) -> inspect.Signature:
    """``written`` with each parameter annotated as ``hints`` says, where it says."""
    return written.replace(
        parameters=[
            parameter.replace(annotation=hints.get(parameter.name, parameter.annotation))
            for parameter in written.parameters.values()
        ]
    )


def _wrapped_signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: object,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None] | None:
    """Resolve the annotations of a wrapped function in the module that wrote them.

    ``hypothesis.strategies.composite`` wraps each strategy in a function defined inside
    Hypothesis, where the names of ``ascn.strategies``' annotations do not exist; autodoc
    would print them unresolved (``_dt.date``).
    """
    module = sys.modules.get(getattr(obj, "__module__", None) or "")
    if what != "function" or module is None or not hasattr(obj, "__wrapped__"):
        return None
    assert callable(obj)
    try:
        hints = typing.get_type_hints(obj, vars(module))
    except NameError:
        return None
    resolved = _annotated(inspect.signature(obj), hints)
    text = stringify_signature(resolved, show_return_annotation=False, unqualified_typehints=True)
    if "return" in hints:
        return text, stringify_annotation(hints["return"], "smart")
    return text, return_annotation


def _constant_docstring(
    app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """Give a re-exported constant the docstring written under its definition.

    autodoc reads attribute docstrings only from the module named in the directive, so
    ``ascn.FORMAT`` (defined in ``ascn.io.document``) would otherwise show ``str``'s docstring.
    """
    if what != "data":
        return
    attribute = name.rpartition(".")[2]
    for module_name, module in sorted(sys.modules.items()):
        if module_name.split(".")[0] != "ascn" or getattr(module, attribute, None) is not obj:
            continue
        found = ModuleAnalyzer.for_module(module_name).find_attr_docs().get(("", attribute))
        if found:
            lines[:] = list(found)
            return


def _candidates(target: str) -> list[str]:
    """Where else a Python reference that did not resolve may be documented."""
    if target.startswith("ascn."):
        # ``ascn.PartialDate.latest``: the date types are documented once, in ascn.dates,
        # and ``ascn`` only re-exports them.
        name, dot, member = target.removeprefix("ascn.").partition(".")
        home = getattr(getattr(ascn, name, None), "__module__", "ascn")
        return [] if home == "ascn" else [f"{home}.{name}{dot}{member}"]
    if "." not in target:
        # A bare name in the docstring of a re-exported function (``MAX_DOCUMENT_SIZE`` in
        # that of ``ascn.loads``) means the name in the module that defines the function.
        return [
            f"{name}.{target}"
            for name, module in sorted(sys.modules.items())
            if name.split(".")[0] == "ascn" and hasattr(module, target)
        ]
    return []


def _resolve_elsewhere(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: Any
) -> Any:
    """Resolve a reference through :func:`_candidates` when exactly one of them is documented."""
    if node.get("refdomain") != "py":
        return None
    domain = env.get_domain("py")
    found = [
        resolved
        for target in _candidates(node["reftarget"])
        if (
            resolved := domain.resolve_xref(
                env, node["refdoc"], app.builder, node["reftype"], target, node, contnode
            )
        )
        is not None
    ]
    return found[0] if len(found) == 1 else None


def setup(app: Sphinx) -> None:
    """Register the hooks above."""
    app.connect("autodoc-process-signature", _enum_signature)
    app.connect("autodoc-process-signature", _record_signature)
    app.connect("autodoc-process-signature", _wrapped_signature)
    app.connect("autodoc-process-docstring", _constant_docstring)
    app.connect("missing-reference", _resolve_elsewhere)
