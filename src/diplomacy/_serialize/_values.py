"""Value types on the wire: countries, EDTF dates, enums, publication dates (internal).

Two kinds of reader live here.  The fast ones (``country_table``, ``parse_date``, ...) raise
whatever they raise on bad input: the fast decoder only needs to know that something failed.
The checking ones (``check_*``) raise :class:`ProblemsError` carrying the exact message a user
reads; the checking decoder prefixes each with its JSON path.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from typing import Any, NoReturn

from .._model import _countries
from .._model.dates import Day, FuzzyDate, Interval, Month, Season, Year, parse_edtf
from .._model.places import Country
from ..errors import ParseError

SCHEMA_VERSION = "diplomacy/1"
CURRENT_VERSIONS = frozenset({"diplomacy/1", "diplomacy/1.0"})
_VERSION_RE = re.compile(r"diplomacy/(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?\Z")
_PUBLISHED_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")

_DATE_NAMES: dict[type, str] = {
    Day: "a day",
    Month: "a month",
    Season: "a season",
    Year: "a year",
    Interval: "an interval",
}


class ProblemsError(Exception):
    """ProblemsError found at and below one point of the input: ``(path suffix, message)`` pairs.

    The suffix is relative (``""``, ``".start"``, ``"[2].name"``); each container that catches
    a :class:`ProblemsError` prefixes its own step, and the entry point adds the ``$``.
    """

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(problems)
        self.problems = problems


def problem(message: str) -> NoReturn:
    raise ProblemsError([("", message)])


def show(value: object) -> str:
    """A short, JSON-flavoured rendering of a bad value for a message."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "an array"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def step(key: object) -> str:
    """The JSON path step to an object's key: ``.name``, or ``['odd key']``."""
    if isinstance(key, str) and key.isidentifier():
        return f".{key}"
    return f"[{key!r}]"


# --- countries -------------------------------------------------------------------------------


@functools.cache
def country_table() -> dict[str, Country]:
    """Every known code -> its (shared, immutable) :class:`Country`."""
    return {code: Country(code) for code in sorted(_countries.codes())}


def check_country(value: object) -> Country:
    if not isinstance(value, str):
        problem(f"expected a country code (a string), got {show(value)}")
    country = country_table().get(value)
    if country is None:
        problem(f"{show(value)} is not an ISO 3166-1 alpha-2 code we know")
    return country


# --- EDTF dates ------------------------------------------------------------------------------

#: Parsed EDTF strings.  Dates are immutable, so equal strings can share one value; real data
#: repeats its dates a great deal.  Cleared when full rather than evicted one by one.
DATE_CACHE: dict[str, FuzzyDate] = {}
_DATE_CACHE_SIZE = 1 << 16


def parse_date(text: str) -> FuzzyDate:
    """``parse_edtf`` through :data:`DATE_CACHE` (raises on anything but a valid EDTF string)."""
    value = DATE_CACHE.get(text)
    if value is None:
        if text.__class__ is not str:
            raise TypeError(text)
        value = parse_edtf(text)
        if len(DATE_CACHE) >= _DATE_CACHE_SIZE:
            DATE_CACHE.clear()
        DATE_CACHE[text] = value
    return value


def check_date(value: object, classes: tuple[type, ...]) -> FuzzyDate:
    """An EDTF string as one of ``classes``, or :class:`ProblemsError` with the reason."""
    if not isinstance(value, str):
        problem(f"expected an EDTF date (a string), got {show(value)}")
    try:
        date = parse_date(value if value.__class__ is str else str.__str__(value))  # a str subclass: its text
    except ParseError as e:
        if e.message.startswith(f"{value!r} is not an EDTF date"):
            problem(f"{value!r} is not an EDTF date")
        problem(f"{value!r} is not a valid EDTF date: {e.message}")
    if date.__class__ not in classes:
        expected = ", ".join(_DATE_NAMES[c] for c in classes)
        head, _, last = expected.rpartition(", ")
        expected = f"{head} or {last}" if head else last
        problem(f"{value!r} is {_DATE_NAMES[date.__class__]}, expected {expected}")
    return date


@functools.cache
# --- Source.published: a plain calendar date -------------------------------------------------


def parse_published(text: str) -> dt.date:
    """``YYYY-MM-DD`` (exactly that form) as a :class:`datetime.date`."""
    m = _PUBLISHED_RE.match(text)
    if m is None:
        raise ValueError(text)
    return dt.date(int(m[1]), int(m[2]), int(m[3]))


def check_published(value: object) -> dt.date:
    if not isinstance(value, str):
        problem(f"expected a date (a 'YYYY-MM-DD' string), got {show(value)}")
    if _PUBLISHED_RE.match(value) is None:
        problem(f"{value!r} is not a date in the form YYYY-MM-DD")
    try:
        return parse_published(value)
    except ValueError as e:
        problem(f"{value!r} is not a date: {e}")


# --- enums -----------------------------------------------------------------------------------


@functools.cache
def enum_table(cls: type[enum.Enum]) -> dict[object, Any]:
    """value -> member."""
    return {m.value: m for m in cls}


def check_enum(value: object, cls: type[enum.Enum]) -> Any:
    member = enum_table(cls).get(value) if isinstance(value, str) else None
    if member is None:
        choices = ", ".join(repr(m.value) for m in cls)
        problem(f"{show(value)} is not one of {choices}")
    return member


# --- plain JSON values -----------------------------------------------------------------------


def check_text(value: object) -> str:
    """The model's rule for a text field: a non-empty string with no surrounding white space."""
    if not isinstance(value, str):
        problem(f"expected a string, got {show(value)}")
    if not value or value != value.strip():
        problem(f"{value!r} must be non-empty, with no leading or trailing white space")
    return value


def check_str(value: object) -> str:
    if not isinstance(value, str):
        problem(f"expected a string, got {show(value)}")
    return value


def check_int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        problem(f"expected an integer, got {show(value)}")
    return value


def check_bool(value: object) -> bool:  # pragma: no cover - no bool field today
    if not isinstance(value, bool):
        problem(f"expected true or false, got {show(value)}")
    return value


# --- the version gate ------------------------------------------------------------------------


def schema_mode(value: object) -> bool:
    """Whether a report's ``"schema"`` is a newer minor version (``False``: the current one).

    Raises :class:`ProblemsError` (at ``.schema``) for anything this library cannot read.
    """
    if not isinstance(value, str):
        raise ProblemsError([(".schema", f"expected a string such as {SCHEMA_VERSION!r}, got {show(value)}")])
    if value in CURRENT_VERSIONS:
        return False
    m = _VERSION_RE.match(value)
    if m is None:
        raise ProblemsError(
            [(".schema", f"{value!r} is not a schema version (expected {SCHEMA_VERSION!r} or 'diplomacy/1.N')")]
        )
    if m[1] != "1":
        raise ProblemsError(
            [(".schema", f"{value!r} is not supported: this library reads {SCHEMA_VERSION!r} and its minor versions")]
        )
    return True
