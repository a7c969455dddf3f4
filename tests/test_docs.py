"""The documentation builds without a warning, and its examples run.

CI builds the docs with ``sphinx-build -W -n`` for html and for doctest; these tests run the
same builds in a child process (Sphinx's doctest builder changes interpreter-wide state that
other tests' doctests rely on), so a plain ``pytest`` run catches a broken page, an unresolvable
reference or a docstring example that no longer matches the code.  They are skipped where Sphinx
or the furo theme is not installed (``pip install diplomacy[docs]``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("sphinx")
pytest.importorskip("furo")

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _build(builder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    out = tmp_path / builder
    doctrees = tmp_path / "doctrees"
    args = ["-W", "-n", "--keep-going", "-E", "-q", "-b", builder, "-d", str(doctrees), str(DOCS), str(out)]
    done = subprocess.run([sys.executable, "-m", "sphinx", *args], capture_output=True, text=True, check=False)
    status, report = done.returncode, done.stderr
    if builder == "doctest" and (out / "output.txt").exists():
        report += "\n" + (out / "output.txt").read_text(encoding="utf-8")
    return status, report


def test_html_builds_without_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``sphinx-build -W -n -b html`` succeeds: every page parses and every reference resolves."""
    status, report = _build("html", tmp_path, capsys)
    assert status == 0, report
    assert (tmp_path / "html" / "index.html").is_file()
    assert (tmp_path / "html" / "api.html").is_file()


def test_doctests_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``sphinx-build -W -n -b doctest`` succeeds: the examples in the pages and docstrings hold."""
    status, report = _build("doctest", tmp_path, capsys)
    assert status == 0, report
