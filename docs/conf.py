"""Sphinx configuration for the diplomacy documentation.

CI builds it offline with warnings as errors, in nitpicky mode, for html and for doctest::

    sphinx-build -W -n -b html docs docs/_build/html
    sphinx-build -W -n -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# Build from a source tree too: the package is normally installed (editable) in the venv.
sys.path.insert(0, str(HERE.parent / "src"))

import diplomacy  # noqa: E402

project = "diplomacy"
author = "The diplomacy developers"
copyright = "2025, the diplomacy developers"
release = diplomacy.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
]

exclude_patterns = ["_build", "_static", "Thumbs.db", ".DS_Store"]
nitpicky = True  # the same as -n: every cross-reference must resolve

# -- autodoc -------------------------------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "all"
autodoc_typehints_format = "short"

# -- intersphinx ---------------------------------------------------------------------------------
# CI has no network.  Each project's inventory is a small hand-kept file (Sphinx inventory
# format 1, plain text) listing the objects our docs link to, read from disk; links still point
# at the real documentation.  Add a line there when a new docstring names another standard
# object.  No remote fallback on purpose: a build must not depend on the network or on what a
# remote inventory holds today.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", "_static/intersphinx/python.txt"),
    "hypothesis": ("https://hypothesis.readthedocs.io/en/latest", "_static/intersphinx/hypothesis.txt"),
}

# -- doctest -------------------------------------------------------------------------------------

# Pages import what they use, as a reader would; these two are always at hand.  Docstring
# examples run in their own module's globals instead (see _group_docstring_examples).
doctest_global_setup = """
import datetime
import diplomacy
"""
doctest_test_doctest_blocks = "default"

# -- html ----------------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"diplomacy {release}"
html_static_path: list[str] = []  # _static holds build inputs (inventories), nothing to publish

# -- nitpicky exceptions -------------------------------------------------------------------------
# Only names that have no page to link to.  None so far: names the code spells through an alias
# or a private module are resolved by _resolve_alias below, not ignored.
nitpick_ignore: list[tuple[str, str]] = []


# -- names the code writes that Sphinx cannot resolve on its own ----------------------------------

# Module aliases the source uses in string annotations (``import datetime as dt``,
# ``from hypothesis import strategies as st``), and the private modules that define the public
# names (``diplomacy._model.events.Visit`` is documented as ``diplomacy.Visit``).
_ALIASES = {"dt.": "datetime.", "st.": "hypothesis.strategies."}


def _public_target(target: str) -> str | None:
    for alias, module in _ALIASES.items():
        if target.startswith(alias):
            return module + target[len(alias) :]
    if target.startswith("diplomacy._"):
        name = target.rsplit(".", 1)[-1]
        if name in diplomacy.__all__ or name in {"FuzzyDate", "Point"}:
            return f"diplomacy.{name}"
    return None


def _resolve_alias(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """``missing-reference`` hook: retry a reference under its public name."""
    if node.get("refdomain") != "py":
        return None
    target = _public_target(node["reftarget"])
    if target is None:
        return None
    node["reftarget"] = target
    domain = env.domains["py"]
    found = domain.resolve_xref(env, node["refdoc"], app.builder, node["reftype"], target, node, contnode)
    if found is None:
        from sphinx.ext.intersphinx import missing_reference

        found = missing_reference(app, env, node, contnode)
    return found


def _public_bases(app: Any, name: str, obj: Any, options: Any, bases: list[type]) -> None:
    """``autodoc-process-bases`` hook: hide private helper bases (``_Bounded``)."""
    bases[:] = [b for b in bases if not b.__name__.startswith("_")]


# -- docstring examples run where they were written ---------------------------------------------
# pytest runs each docstring's examples in a fresh copy of its module's globals.  The doctest
# builder would instead run every ``>>>`` block of a page in one shared namespace without those
# globals.  So each docstring autodoc pulls in becomes its own doctest group, set up with its
# module's globals: the examples run here exactly as they do under ``pytest --doctest-modules``.


def _defining_module(what: str, obj: Any) -> str | None:
    if what == "module":
        return getattr(obj, "__name__", None)
    target = getattr(obj, "fget", None) or getattr(obj, "__func__", None) or obj
    module = getattr(target, "__module__", None)
    return module if isinstance(module, str) and module.startswith("diplomacy") else None


def _starts_block(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` starts a doctest block: after a blank line, not inside a ``::`` block."""
    if i > 0 and lines[i - 1].strip():
        return False
    indent = len(lines[i]) - len(lines[i].lstrip())
    for before in reversed(lines[:i]):
        if before.strip() and len(before) - len(before.lstrip()) < indent:
            return not before.rstrip().endswith("::")
    return True


def _group_docstring_examples(  # noqa: PLR0917 - the signature Sphinx calls
    app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """``autodoc-process-docstring`` hook: turn bare ``>>>`` blocks into a per-docstring group."""
    module = _defining_module(what, obj)
    if module is None or not any(line.lstrip().startswith(">>>") for line in lines):
        return
    group = f"autodoc:{name}"
    setup = f"globals().update(vars(__import__('importlib').import_module({module!r})))"
    out = [f".. testsetup:: {group}", "", f"   {setup}", ""]
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if stripped.startswith(">>>") and _starts_block(lines, i):
            indent = line[: len(line) - len(stripped)]
            out += [f"{indent}.. doctest:: {group}", ""]
            while i < len(lines) and lines[i].strip():
                out.append(f"{indent}   {lines[i][len(indent) :]}")
                i += 1
            out.append("")
            continue
        out.append(line)
        i += 1
    lines[:] = out


def setup(app: Any) -> None:
    app.connect("missing-reference", _resolve_alias)
    app.connect("autodoc-process-docstring", _group_docstring_examples)
    app.connect("autodoc-process-bases", _public_bases)
