"""The ``diplomacy`` command line (``diplomacy extract FILE...``, or ``python -m diplomacy``).

``extract`` reads news texts, runs :func:`diplomacy.extract` on each and writes the reports: a
table for a person at a terminal, JSON for a program.  One unreadable file is reported on
stderr and skipped; the exit status is 1 when any file was skipped, 2 for a usage error, 130
after Ctrl-C and 141 when the reader of the output went away (``diplomacy extract *.txt | head``).

A file may carry the evaluation-case header: ``key: value`` lines, a line ``---``, then the
text.  The header is not read as news; its ``published:`` date (``unknown`` for none) is used
unless ``--published`` is given, and a ``source:`` URL becomes the report's ``source.url``.
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import io
import json
import os
import re
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

if TYPE_CHECKING:
    from ._model.events import Agreement, Delegation, Statement, Visit
    from ._model.officials import Official
    from ._model.places import Country
    from ._model.report import Report

__all__ = ["main", "split_header"]

#: A progress bar is drawn for more files than this (and only when stderr is a terminal).
PROGRESS_MIN_FILES = 5

EXIT_OK = 0
EXIT_SKIPPED = 1  # some input could not be read or extracted
EXIT_USAGE = 2  # argparse's own code for a bad command line
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a writer whose reader left

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_HEADER_LINE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*:(?:[ \t].*)?\Z")
_HEADER_MAX_LINES = 50
_URL = re.compile(r"https?://\S+\Z")
_SPACE = re.compile(r"\s+")

_FORMATS = ("table", "json", "jsonl")
_STDIN = "-"


class InputError(Exception):
    """A file that cannot be read; the message is the reason."""

    verb = "read"


class ExtractionError(InputError):
    """A file the extractor failed on; the message is the exception it raised."""

    verb = "extract"


class Document(NamedTuple):
    """One input, ready for the extractor: its body, and what its header says."""

    name: str
    text: str
    published: dt.date | None
    url: str | None


# --- arguments ---------------------------------------------------------------------------------


def _date(text: str) -> dt.date:
    """``YYYY-MM-DD`` and nothing else, as a date (``ValueError`` with the reason otherwise)."""
    if _DATE.match(text) is None:
        raise ValueError(f"{text!r} is not a date in the form YYYY-MM-DD")
    try:
        return dt.date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except ValueError as e:
        raise ValueError(f"{text!r} is not a valid date: {e}") from e


def _published_arg(text: str) -> dt.date:
    try:
        return _date(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from e


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="diplomacy",
        description="Turn news text about diplomacy into typed records.",
        epilog="Run 'diplomacy extract --help' for the options of extract.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    extract = commands.add_parser(
        "extract",
        help="read news texts into officials, visits, statements, agreements and delegations",
        description=(
            "Read each FILE (- for standard input) and write what it reports: officials,\n"
            "visits, statements, agreements and delegations."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=textwrap.dedent(
            """\
            A FILE may start with header lines ('key: value'), a line '---', then the text.
            The header is not read as news; its 'published:' date is used unless --published
            is given ('published: unknown' means none).

            output formats:
              table  aligned columns per file (the default when stdout is a terminal)
              json   one document: the report for one FILE, else an array of
                     {"file": FILE, "report": {...}} (the default otherwise)
              jsonl  one line {"file": FILE, "report": {...}} per FILE

            exit status: 0 ok, 1 some FILE could not be read, 2 bad usage,
            130 interrupted (Ctrl-C), 141 output closed early (| head).

            example:
              diplomacy extract --published 2025-05-26 story.txt
              diplomacy extract --format jsonl cases/*.txt > reports.jsonl
            """
        ),
    )
    extract.add_argument("files", nargs="+", metavar="FILE", help="a text file, or - for standard input")
    extract.add_argument(
        "--published",
        type=_published_arg,
        metavar="YYYY-MM-DD",
        help="the publication date, which anchors relative dates ('Tuesday', 'next month')",
    )
    extract.add_argument(
        "--format",
        choices=_FORMATS,
        help="table, json or jsonl (default: table on a terminal, json otherwise)",
    )
    return parser


# --- reading -----------------------------------------------------------------------------------


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split the evaluation-case form (``key: value`` lines, a line ``---``, the text).

    Returns the header (keys lower-cased, values stripped) and the text after ``---``; a text
    that does not start with such a header is returned whole, with an empty header.

    >>> split_header("published: 2025-05-26\\nkind: visit\\n---\\nMisri will visit the US.\\n")
    ({'published': '2025-05-26', 'kind': 'visit'}, 'Misri will visit the US.\\n')
    >>> split_header("Washington: the talks went well.\\n")
    ({}, 'Washington: the talks went well.\\n')
    """
    header: dict[str, str] = {}
    pos = 0
    for _ in range(_HEADER_MAX_LINES + 1):
        end = text.find("\n", pos)
        line = text[pos : len(text) if end == -1 else end].rstrip("\r")
        if line.rstrip() == "---":
            return (header, text[end + 1 :] if end != -1 else "") if header else ({}, text)
        if end == -1 or _HEADER_LINE.match(line) is None:
            return {}, text
        key, _, value = line.partition(":")
        header[key.lower()] = value.strip()
        pos = end + 1
    return {}, text


def _read_bytes(name: str, stdin: TextIO | None) -> bytes | str:
    if name == _STDIN:
        if stdin is None:
            raise InputError("no standard input")
        buffer = getattr(stdin, "buffer", None)
    try:
        if name == _STDIN:
            return buffer.read() if buffer is not None else stdin.read()  # type: ignore[union-attr]
        with open(name, "rb") as f:
            return f.read()
    except (OSError, ValueError) as e:  # ValueError: a name with a NUL character
        reason = getattr(e, "strerror", None) or str(e)
        raise InputError(reason[:1].lower() + reason[1:]) from e


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        text = data
    else:
        if b"\x00" in data:
            raise InputError("binary data (it holds NUL bytes), not UTF-8 text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start})") from e
    return text.removeprefix("\ufeff")


def read_document(name: str, published: dt.date | None, stdin: TextIO | None) -> Document:
    """Read one input (``-`` is standard input) and apply its header; :class:`InputError` if unreadable."""
    text = _decode(_read_bytes(name, stdin))
    header, text = split_header(text)
    if published is None:
        value = header.get("published", "")
        if value and value.lower() != "unknown":
            try:
                published = _date(value)
            except ValueError as e:
                raise InputError(f"header 'published: {value}': {e} (or 'unknown')") from e
    source = header.get("source", "")
    return Document(name, text, published, source if _URL.match(source) else None)


def extract_document(doc: Document) -> Report:
    """:func:`diplomacy.extract` on one document; :class:`ExtractionError` if the extractor fails."""
    import attrs

    from ._text.api import extract

    try:
        report = extract(doc.text, published=doc.published)
        if doc.url is not None and report.source is not None and report.source.url is None:
            report = attrs.evolve(report, source=attrs.evolve(report.source, url=doc.url))
    except Exception as e:  # a bug in the extractor must not stop a batch: report it and go on
        raise ExtractionError(f"{type(e).__name__}: {e}") from e
    return report


# --- progress ----------------------------------------------------------------------------------


class Progress:
    """``\\r[####    ] 12/40 file.txt`` on a terminal, redrawn in place; cleared when done."""

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = total
        self.shown = 0  # characters on the line now

    def show(self, done: int, name: str) -> None:
        """Draw the bar for ``done`` files of :attr:`total`, ``name`` being the one under way."""
        columns = shutil.get_terminal_size().columns
        filled = 20 * done // self.total
        head = f"[{'#' * filled}{' ' * (20 - filled)}] {done}/{self.total} "
        room = columns - 1 - len(head)  # never wrap: a wrapped line cannot be redrawn with \r
        if len(name) > room:  # keep the end of a long path: the file's own name
            name = "…" + name[len(name) - room + 1 :] if room > 1 else ""
        line = head + name
        self.stream.write("\r" + line + " " * max(0, self.shown - len(line)))
        self.stream.flush()
        self.shown = len(line)

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0


# --- output ------------------------------------------------------------------------------------


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if isatty is not None else False
    except (OSError, ValueError):
        return False


def _ascii_only(stream: TextIO) -> bool:
    """Whether JSON should escape non-ASCII text: the stream cannot write all of Unicode."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return not codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return True


class Writer:
    """Writes reports in one format; ``many`` is whether several files were named."""

    def __init__(self, stream: TextIO, many: bool) -> None:
        self.stream = stream
        self.many = many
        self.count = 0

    def begin(self) -> None:
        """Called once before the first report."""

    def write(self, name: str, report: Report) -> None:
        raise NotImplementedError

    def end(self) -> None:
        """Called once after the last report."""

    def _dumps(self, data: Any, indent: int | None) -> str:
        separators = None if indent is not None else (",", ":")
        return json.dumps(data, indent=indent, ensure_ascii=_ascii_only(self.stream), separators=separators)


class JsonWriter(Writer):
    """One document: the report for one file, else ``[{"file": ..., "report": ...}, ...]``.

    The array is written as it grows, one element per file, and equals ``json.dumps(array, indent=2)``.
    """

    def begin(self) -> None:
        if self.many:
            self.stream.write("[")

    def write(self, name: str, report: Report) -> None:
        from ._serialize.json import to_dict

        if not self.many:
            self.stream.write(self._dumps(to_dict(report), 2) + "\n")
            return
        element = self._dumps({"file": name, "report": to_dict(report)}, 2)
        self.stream.write(("\n" if self.count == 0 else ",\n") + textwrap.indent(element, "  "))
        self.count += 1

    def end(self) -> None:
        if self.many:
            self.stream.write("\n]\n" if self.count else "]\n")


class JsonLinesWriter(Writer):
    """One line per file: ``{"file": ..., "report": ...}``."""

    def write(self, name: str, report: Report) -> None:
        from ._serialize.json import to_dict

        self.stream.write(self._dumps({"file": name, "report": to_dict(report)}, None) + "\n")


class TableWriter(Writer):
    """Per file, a title line and one aligned table per kind of record."""

    def write(self, name: str, report: Report) -> None:
        width = shutil.get_terminal_size().columns
        lines = [""] if self.count else []
        lines.append(_title(name, report))
        for section, headers, rows, caps in _sections(report):
            if not rows:
                lines.append(f"  {section}: none")
                continue
            lines.append(f"  {section} ({len(rows)})")
            lines.extend(_table(headers, rows, width, caps))
        self.stream.write("\n".join(lines) + "\n")
        self.count += 1


_WRITERS: dict[str, type[Writer]] = {"table": TableWriter, "json": JsonWriter, "jsonl": JsonLinesWriter}


# --- the table ---------------------------------------------------------------------------------

_NONE = "-"
_CELL_MAX = 32  # widest column but the last, unless a section says otherwise
_LAST_MIN = 16  # the last column keeps at least this much, even on a narrow terminal
_INDENT = "    "
_GAP = "  "


def _title(name: str, report: Report) -> str:
    facts = []
    source = report.source
    if source is not None:
        if source.published is not None:
            facts.append(f"published {source.published.isoformat()}")
        facts.extend(x for x in (source.dateline, source.publisher, source.title) if x)
    title = "<stdin>" if name == _STDIN else name
    return f"{title}  ({'; '.join(facts)})" if facts else title


def _person(official: Official | None) -> str:
    return _NONE if official is None else official.name


def _country(country: Country | None) -> str:
    return _NONE if country is None else country.name


def _text(value: object) -> str:
    return _NONE if value is None else str(value)


def _dates(start: object, end: object) -> str:
    """``start – end``; one date when they are equal or only the start is known."""
    if start is None and end is None:
        return _NONE
    if start is None:
        return f"– {end}"
    if end is None or end == start:
        return str(start)
    return f"{start} – {end}"


def _official_row(o: Official) -> list[str]:
    return [o.name, _text(o.title or o.organisation), _country(o.country)]


def _visit_row(v: Visit) -> list[str]:
    return [_person(v.traveler), _country(v.destination), _text(v.city), _dates(v.start, v.end), v.status.value]


def _statement_row(s: Statement) -> list[str]:
    return [_person(s.speaker), _text(s.date), s.text]


def _agreement_row(a: Agreement) -> list[str]:
    parties = ", ".join(c.code for c in a.parties) or _NONE
    date = _text(a.date) if a.date is not None or a.target_date is None else f"by {a.target_date}"
    return [a.name, parties, a.status.value, date]


def _delegation_row(d: Delegation) -> list[str]:
    members = ", ".join(m.name for m in d.members) or _NONE
    itinerary = " → ".join(c.code for c in d.itinerary) or _NONE
    return [_person(d.leader), _text(d.size), members, itinerary]


def _sections(report: Report) -> list[tuple[str, list[str], list[list[str]], list[int] | None]]:
    return [
        ("Officials", ["NAME", "TITLE", "COUNTRY"], [_official_row(o) for o in report.officials], None),
        (
            "Visits",
            ["TRAVELER", "DESTINATION", "CITY", "DATES", "STATUS"],
            [_visit_row(v) for v in report.visits],
            None,
        ),
        ("Statements", ["SPEAKER", "DATE", "TEXT"], [_statement_row(s) for s in report.statements], None),
        (
            "Agreements",
            ["NAME", "PARTIES", "STATUS", "DATE"],
            [_agreement_row(a) for a in report.agreements],
            [48, 24, 12, 24],
        ),
        (
            "Delegations",
            ["LEADER", "SIZE", "MEMBERS", "ITINERARY"],
            [_delegation_row(d) for d in report.delegations],
            [_CELL_MAX, 6, 48, 40],
        ),
    ]


def _fit(cell: str, width: int) -> str:
    return cell if len(cell) <= width else cell[: max(0, width - 1)] + "…"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, caps: Sequence[int] | None) -> list[str]:
    """Aligned columns: each capped (``caps``, else :data:`_CELL_MAX`), the last fitted to ``width``."""
    cells = [[_SPACE.sub(" ", c).strip() or _NONE for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    limits = list(caps) if caps is not None else [_CELL_MAX] * len(headers)
    widths = [min(w, cap) for w, cap in zip(widths[:-1], limits[:-1], strict=True)] + [widths[-1]]
    room = width - len(_INDENT) - sum(widths[:-1]) - len(_GAP) * (len(widths) - 1) - 1
    widths[-1] = max(min(widths[-1], room), min(widths[-1], _LAST_MIN), len(headers[-1]))
    return [
        (_INDENT + _GAP.join(_fit(c, w).ljust(w) for c, w in zip(row, widths, strict=True))).rstrip()
        for row in [list(headers), *cells]
    ]


# --- the command -------------------------------------------------------------------------------


def _tolerant(stream: TextIO) -> None:
    """Let a stream that cannot encode all of Unicode write ``\\u2026``-style escapes, not fail."""
    if isinstance(stream, io.TextIOWrapper) and not codecs.lookup(stream.encoding).name.startswith("utf"):
        stream.reconfigure(errors="backslashreplace")


def _extract_command(args: argparse.Namespace) -> int:
    stdin, stdout, stderr = sys.stdin, sys.stdout, sys.stderr
    files: list[str] = args.files
    fmt: str = args.format or ("table" if _isatty(stdout) else "json")
    writer = _WRITERS[fmt](stdout, many=len(files) > 1)
    progress = Progress(stderr, len(files)) if len(files) > PROGRESS_MIN_FILES and _isatty(stderr) else None
    shared_terminal = progress is not None and _isatty(stdout)  # output and bar on one screen
    status = EXIT_OK
    try:
        writer.begin()
        for done, name in enumerate(files):
            if progress is not None:
                progress.show(done, name)
            try:
                report = extract_document(read_document(name, args.published, stdin))
            except InputError as e:
                if progress is not None:
                    progress.clear()
                stderr.write(f"diplomacy: cannot {e.verb} {name}: {e}\n")
                stderr.flush()
                status = EXIT_SKIPPED
                continue
            if shared_terminal and progress is not None:
                progress.clear()
            writer.write(name, report)
            stdout.flush()
        writer.end()
        stdout.flush()
    finally:
        if progress is not None:
            progress.clear()
    return status


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at the null device, so the exit's flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture): nothing to do
        pass


def main(argv: list[str] | None = None) -> int:
    """Run the ``diplomacy`` command with ``argv`` (default ``sys.argv[1:]``); return the exit status.

    Output goes to :data:`sys.stdout`, messages to :data:`sys.stderr`; nothing is raised for
    bad input or usage (``--help`` and ``--version`` return 0, a usage error 2).

    >>> main(["--version"])  # doctest: +ELLIPSIS
    diplomacy ...
    0

    A usage error is written to stderr, as argparse writes it::

        $ diplomacy extract --published 2025-13-01 story.txt
        usage: diplomacy extract [-h] [--published YYYY-MM-DD]
                                 [--format {table,json,jsonl}]
                                 FILE [FILE ...]
        diplomacy extract: error: argument --published: '2025-13-01' is not a valid date: month must be in 1..12
    """
    try:
        _tolerant(sys.stdout)
        _tolerant(sys.stderr)
        try:
            args = _parser().parse_args(argv)
        except SystemExit as e:  # --help, --version, or a usage error: argparse has written its piece
            return e.code if isinstance(e.code, int) else EXIT_USAGE if e.code else EXIT_OK
        return _extract_command(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
