"""The ``diplomacy`` command line: formats, inputs, errors, progress and exit codes.

The extractor is still evolving, so these tests pin the shape of the output (keys, order,
files) and the command's behaviour, not what the extractor finds in the text.
"""

from __future__ import annotations

import datetime as dt
import importlib
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import diplomacy
from diplomacy import _cli
from diplomacy.__main__ import main

STORY = (
    "New Delhi, May 26 (NationPress) Foreign Secretary Vikram Misri is set to embark on a "
    'three-day visit to the United States starting Tuesday. "We look forward to productive talks," '
    "Misri said.\n"
)
CASE = f"source: https://example.org/story\npublished: 2025-05-26\nkind: visit\n---\n{STORY}"
REPORT_KEYS = {"schema", "source", "officials", "visits", "statements", "agreements", "delegations"}
RECORD_KEYS = ("officials", "visits", "statements", "agreements", "delegations")


class FakeTTY(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def assert_report(data: object) -> dict[str, Any]:
    assert isinstance(data, dict)
    assert set(data) == REPORT_KEYS
    assert data["schema"] == diplomacy.SCHEMA_VERSION
    for key in RECORD_KEYS:
        assert isinstance(data[key], list)
    return data


# --- formats -----------------------------------------------------------------------------------


def test_json_for_one_file_is_the_report_itself(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--format json`` with one FILE writes the Report's ``to_dict`` form, nothing around it."""
    path = write(tmp_path, "story.txt", STORY)
    code, out, err = run(["extract", "--format", "json", "--published", "2025-05-26", path], capsys)
    assert (code, err) == (0, "")
    data = assert_report(json.loads(out))
    assert data["source"]["published"] == "2025-05-26"
    report = diplomacy.extract(STORY, published=dt.date(2025, 5, 26))
    assert data == diplomacy.to_dict(report)


def test_json_is_the_default_when_stdout_is_not_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without ``--format``, output to a pipe or file is JSON."""
    path = write(tmp_path, "story.txt", STORY)
    code, out, _ = run(["extract", path], capsys)
    assert code == 0
    assert_report(json.loads(out))


def test_json_for_several_files_is_an_array_of_file_and_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several FILEs give one array of ``{"file", "report"}`` in argument order, as ``json.dumps(indent=2)``."""
    a = write(tmp_path, "a.txt", STORY)
    b = write(tmp_path, "b.txt", "Nothing diplomatic happened today.\n")
    code, out, err = run(["extract", "--format", "json", a, b], capsys)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert [list(item) for item in data] == [["file", "report"], ["file", "report"]]
    assert [item["file"] for item in data] == [a, b]
    for item in data:
        assert_report(item["report"])
    assert out == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_jsonl_writes_one_line_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--format jsonl`` writes one ``{"file", "report"}`` object per line, even for one FILE."""
    a = write(tmp_path, "a.txt", STORY)
    b = write(tmp_path, "b.txt", STORY)
    code, out, err = run(["extract", "--format", "jsonl", a, b], capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2
    items = [json.loads(line) for line in lines]
    assert [item["file"] for item in items] == [a, b]
    for item in items:
        assert list(item) == ["file", "report"]
        assert_report(item["report"])
    code, out, _ = run(["extract", "--format", "jsonl", a], capsys)
    assert code == 0
    assert len(out.splitlines()) == 1
    assert json.loads(out)["file"] == a


def test_table_has_a_title_and_five_sections_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--format table`` writes, per file, its name and a section for each kind of record."""
    a = write(tmp_path, "a.txt", STORY)
    b = write(tmp_path, "b.txt", "Nothing diplomatic happened today.\n")
    code, out, err = run(["extract", "--format", "table", "--published", "2025-05-26", a, b], capsys)
    assert (code, err) == (0, "")
    assert out.startswith(f"{a}  (published 2025-05-26")
    assert f"\n\n{b}  (published 2025-05-26" in out
    for section in ("Officials", "Visits", "Statements", "Agreements", "Delegations"):
        assert out.count(f"  {section}") == 2
    assert "{" not in out


def test_table_columns_are_aligned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each section's header row and its rows start every column at the same place."""
    report = diplomacy.Report(
        officials=[
            diplomacy.Official(name="Vikram Misri", title="Foreign Secretary", country=diplomacy.Country("IN")),
            diplomacy.Official(name="Marco Rubio", title="Secretary of State", country=diplomacy.Country("US")),
        ],
        statements=[diplomacy.Statement(speaker=None, text=" ".join(["word"] * 100))],
    )
    stream = io.StringIO()
    _cli.TableWriter(stream, many=False).write("x.txt", report)
    lines = stream.getvalue().splitlines()
    assert lines[:5] == [
        "x.txt",
        "  Officials (2)",
        "    NAME          TITLE               COUNTRY",
        "    Vikram Misri  Foreign Secretary   India",
        "    Marco Rubio   Secretary of State  United States",
    ]
    assert "  Visits: none" in lines
    text_row = lines[lines.index("  Statements (1)") + 2]
    assert text_row.startswith("    -        -     word word")
    assert text_row.endswith("…")
    assert len(text_row) < 200  # the text is shortened to the terminal's width


def test_table_is_the_default_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without ``--format``, output to a terminal is the table."""
    path = write(tmp_path, "story.txt", STORY)
    tty = FakeTTY()
    monkeypatch.setattr(sys, "stdout", tty)
    assert main(["extract", path]) == 0
    assert tty.getvalue().startswith(path)
    assert "  Officials" in tty.getvalue()


# --- inputs ------------------------------------------------------------------------------------


def test_dash_reads_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """``-`` reads the text from stdin (as UTF-8 bytes) and is named ``-`` in the output."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CASE.encode("utf-8"))))
    code, out, err = run(["extract", "--format", "jsonl", "-"], capsys)
    assert (code, err) == (0, "")
    item = json.loads(out)
    assert item["file"] == "-"
    assert item["report"]["source"]["published"] == "2025-05-26"


def test_header_form_gives_the_published_date_and_is_not_read_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The evaluation-case header is stripped; its ``published:`` date and ``source:`` URL are used."""
    path = write(tmp_path, "case.txt", CASE)
    code, out, _ = run(["extract", "--format", "json", path], capsys)
    assert code == 0
    data = assert_report(json.loads(out))
    expected = diplomacy.to_dict(diplomacy.extract(STORY, published=dt.date(2025, 5, 26)))
    assert data["source"] == {**expected["source"], "url": "https://example.org/story"}
    assert {k: v for k, v in data.items() if k != "source"} == {k: v for k, v in expected.items() if k != "source"}


def test_published_option_wins_over_the_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--published`` overrides the header's date."""
    path = write(tmp_path, "case.txt", CASE)
    code, out, _ = run(["extract", "--format", "json", "--published", "2024-01-31", path], capsys)
    assert code == 0
    assert json.loads(out)["source"]["published"] == "2024-01-31"


def test_published_unknown_in_the_header_means_no_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``published: unknown`` gives a report without a publication date."""
    path = write(tmp_path, "case.txt", CASE.replace("2025-05-26", "unknown"))
    code, out, err = run(["extract", "--format", "json", path], capsys)
    assert (code, err) == (0, "")
    assert json.loads(out)["source"]["published"] is None


def test_a_bad_header_date_skips_the_file_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A header ``published:`` that is not YYYY-MM-DD is reported, and the file skipped (exit 1)."""
    path = write(tmp_path, "case.txt", CASE.replace("2025-05-26", "May 2025"))
    code, out, err = run(["extract", "--format", "jsonl", path], capsys)
    assert (code, out) == (1, "")
    assert err == (
        f"diplomacy: cannot read {path}: header 'published: May 2025': "
        "'May 2025' is not a date in the form YYYY-MM-DD (or 'unknown')\n"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("published: 2025-05-26\n---\nbody\n", ({"published": "2025-05-26"}, "body\n")),
        ("Source: x\r\nKind: visit\r\n---\r\nbody", ({"source": "x", "kind": "visit"}, "body")),
        ("New Delhi: talks went well.\n---\nmore\n", ({}, "New Delhi: talks went well.\n---\nmore\n")),
        ("---\nbody\n", ({}, "---\nbody\n")),
        ("published: 2025-05-26\nno dashes\n", ({}, "published: 2025-05-26\nno dashes\n")),
        ("", ({}, "")),
    ],
)
def test_split_header(text: str, expected: tuple[dict[str, str], str]) -> None:
    """Only ``key: value`` lines closed by ``---`` are a header; anything else is all text."""
    assert _cli.split_header(text) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-13-01", "'2025-13-01' is not a valid date: month must be in 1..12"),
        ("2025-02-30", "'2025-02-30' is not a valid date: day is out of range for month"),
        ("26/05/2025", "'26/05/2025' is not a date in the form YYYY-MM-DD"),
        ("20250526", "'20250526' is not a date in the form YYYY-MM-DD"),
    ],
)
def test_published_option_is_validated(value: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad ``--published`` is a usage error (exit 2) saying what is wrong, and nothing is read."""
    code, out, err = run(["extract", "--published", value, "missing.txt"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("usage: diplomacy extract ")
    assert err.endswith(f"\ndiplomacy extract: error: argument --published: {message}\n")


# --- unreadable input --------------------------------------------------------------------------


def test_a_missing_file_is_reported_and_the_others_still_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing FILE gives a message on stderr and exit 1, after the other files are written."""
    a = write(tmp_path, "a.txt", STORY)
    missing = str(tmp_path / "missing.txt")
    b = write(tmp_path, "b.txt", STORY)
    code, out, err = run(["extract", "--format", "json", a, missing, b], capsys)
    assert code == 1
    assert err == f"diplomacy: cannot read {missing}: no such file or directory\n"
    assert [item["file"] for item in json.loads(out)] == [a, b]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (it holds NUL bytes), not UTF-8 text"),
        ("Café".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 3)"),
    ],
)
def test_binary_and_non_utf8_files_are_reported(
    content: bytes, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A binary or non-UTF-8 FILE is skipped with the reason; the exit status is 1."""
    bad = tmp_path / "bad.bin"
    bad.write_bytes(content)
    good = write(tmp_path, "good.txt", STORY)
    code, out, err = run(["extract", "--format", "jsonl", str(bad), good], capsys)
    assert code == 1
    assert err == f"diplomacy: cannot read {bad}: {reason}\n"
    assert [json.loads(line)["file"] for line in out.splitlines()] == [good]


def test_a_directory_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory named as FILE is skipped with the reason; the exit status is 1."""
    code, out, err = run(["extract", "--format", "jsonl", str(tmp_path)], capsys)
    assert (code, out) == (1, "")
    assert err == f"diplomacy: cannot read {tmp_path}: is a directory\n"


def test_a_utf8_bom_is_not_part_of_the_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A leading UTF-8 byte order mark is dropped, so a header after it is still recognised."""
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + CASE.encode("utf-8"))
    code, out, _ = run(["extract", "--format", "json", str(path)], capsys)
    assert code == 0
    assert json.loads(out)["source"]["published"] == "2025-05-26"


# --- the command itself ------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``--version`` prints the program name and the package version, and exits 0."""
    assert run(["--version"], capsys) == (0, f"diplomacy {diplomacy.__version__}\n", "")


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    """``--help`` lists the extract command; ``extract --help`` its options and formats."""
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    assert out.startswith("usage: diplomacy [-h] [--version] COMMAND")
    assert "extract" in out
    code, out, _ = run(["extract", "--help"], capsys)
    assert code == 0
    assert out.startswith("usage: diplomacy extract [-h] [--published YYYY-MM-DD]")
    for word in ("--format", "{table,json,jsonl}", "jsonl  one line", "exit status"):
        assert word in out


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """``diplomacy`` alone is a usage error naming the missing command."""
    code, out, err = run([], capsys)
    assert (code, out) == (2, "")
    assert err.endswith("diplomacy: error: the following arguments are required: COMMAND\n")


def test_python_dash_m_runs_the_command() -> None:
    """``python -m diplomacy --version`` runs the same command in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-m", "diplomacy", "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, f"diplomacy {diplomacy.__version__}\n", "")


# --- progress ----------------------------------------------------------------------------------


def many_files(tmp_path: Path, n: int) -> list[str]:
    return [write(tmp_path, f"f{i}.txt", "Nothing diplomatic happened today.\n") for i in range(n)]


def test_progress_bar_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """More than five files and a terminal on stderr: a ``\\r[###  ] i/n name`` bar, cleared at the end."""
    files = many_files(tmp_path, 6)
    tty = FakeTTY()
    monkeypatch.setattr(sys, "stderr", tty)
    monkeypatch.setenv("COLUMNS", "60")
    code, out, _ = run(["extract", "--format", "jsonl", *files], capsys)
    assert code == 0
    assert len(out.splitlines()) == 6
    bar = tty.getvalue()
    assert bar.startswith("\r[                    ] 0/6 ")
    assert "\r[################    ] 5/6 " in bar
    assert "…" in bar  # a long path is shortened from the left, to fit the line
    assert all(len(line) < 60 for line in bar.split("\r"))  # never wraps
    assert bar.count("f5.txt") == 1
    assert "\n" not in bar
    assert bar.endswith("\r")  # the last line is blanked out and the cursor back at its start


def test_progress_bar_does_not_hide_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message written during the bar starts on a cleared line and ends its own line."""
    files = [*many_files(tmp_path, 5), str(tmp_path / "missing.txt")]
    tty = FakeTTY()
    monkeypatch.setattr(sys, "stderr", tty)
    code, _, _ = run(["extract", "--format", "jsonl", *files], capsys)
    assert code == 1
    assert f" \rdiplomacy: cannot read {files[-1]}: no such file or directory\n" in tty.getvalue()


@pytest.mark.parametrize(("n", "tty"), [(6, False), (5, True)])
def test_no_progress_bar_for_few_files_or_no_terminal(
    n: int, tty: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five files or fewer, or stderr not a terminal: nothing at all on stderr."""
    stream = FakeTTY() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    code, _, _ = run(["extract", "--format", "jsonl", *many_files(tmp_path, n)], capsys)
    assert code == 0
    assert stream.getvalue() == ""


# --- interruption ------------------------------------------------------------------------------


def test_ctrl_c_exits_130_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C during extraction returns 130 with no traceback or message."""

    def interrupt(doc: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(_cli, "extract_document", interrupt)
    code, _, err = run(["extract", write(tmp_path, "a.txt", STORY)], capsys)
    assert (code, err) == (130, "")


def test_broken_pipe_exits_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader that goes away (``| head``) ends the command with 141 and no message."""

    class ClosedPipe(io.StringIO):
        def write(self, s: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    code = main(["extract", "--format", "jsonl", write(tmp_path, "a.txt", STORY)])
    assert code == 141
    assert capsys.readouterr().err == ""


def test_an_extractor_failure_is_reported_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception inside the extractor skips that file with its type and message (exit 1)."""
    api = importlib.import_module("diplomacy._text.api")
    real: Callable[..., diplomacy.Report] = api.extract

    def flaky(text: str, **kwargs: object) -> diplomacy.Report:
        if "boom" in text:
            raise RuntimeError("boom")
        return real(text, **kwargs)

    monkeypatch.setattr(api, "extract", flaky)
    bad = write(tmp_path, "bad.txt", "boom\n")
    good = write(tmp_path, "good.txt", STORY)
    code, out, err = run(["extract", "--format", "jsonl", bad, good], capsys)
    assert code == 1
    assert err == f"diplomacy: cannot extract {bad}: RuntimeError: boom\n"
    assert [json.loads(line)["file"] for line in out.splitlines()] == [good]
