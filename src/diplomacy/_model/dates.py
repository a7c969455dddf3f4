"""Dates as a careful reader knows them: a day, a month, a season, a year, or a span of them.

Each precision is its own frozen type (:class:`Day`, :class:`Month`, :class:`Season`,
:class:`Year`, :class:`Interval`); :data:`FuzzyDate` names their union.  ``str()`` gives the
EDTF form (ISO 8601-2, level 1) and :func:`parse_edtf` reads it back to an equal value.  Every
value knows its :attr:`~Day.earliest` and :attr:`~Day.latest` possible day, and values compare by
those bounds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TypeAlias

import attrs

from ..errors import ParseError
from ._check import fail, fail_type

__all__ = ["Day", "FuzzyDate", "Interval", "Month", "Point", "Season", "Year", "parse_edtf"]

#: EDTF season codes (level 1) and the months each covers.  Seasons are the northern
#: hemisphere's meteorological ones; winter runs from December into the next year's February.
SEASONS: dict[int, tuple[str, int, int]] = {
    21: ("spring", 3, 5),
    22: ("summer", 6, 8),
    23: ("autumn", 9, 11),
    24: ("winter", 12, 14),
}

_QUALIFIERS = {"": (False, False), "?": (False, True), "~": (True, False), "%": (True, True)}


def _qualifier(approximate: bool, uncertain: bool) -> str:
    if approximate and uncertain:
        return "%"
    if approximate:
        return "~"
    return "?" if uncertain else ""


class _Bounded:
    """Ordering by bounds, shared by every date type.

    ``a < b`` compares ``(earliest, latest)``; an unknown bound sorts as the widest possible.
    """

    __slots__ = ()

    #: The EDTF text, written once by each class's post-init (a field that takes no part in
    #: equality, hashing or ``repr``): ``str()`` and the JSON encoder read it.
    _text: str

    def _set_text(self, text: str) -> None:
        object.__setattr__(self, "_text", text)

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._text!r})"

    @property
    def earliest(self) -> dt.date | None:  # pragma: no cover - overridden
        raise NotImplementedError

    @property
    def latest(self) -> dt.date | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def sort_key(self) -> tuple[dt.date, dt.date]:
        """``(earliest, latest)`` with unknown bounds as :data:`datetime.date.min` / ``max``.

        >>> Month(2025, 5).sort_key()
        (datetime.date(2025, 5, 1), datetime.date(2025, 5, 31))
        """
        return (self.earliest or dt.date.min, self.latest or dt.date.max)

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` lies within the bounds.

        >>> Season(2025, 23).contains(dt.date(2025, 10, 2))
        True
        """
        lo, hi = self.sort_key()
        return lo <= day <= hi

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, _Bounded):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, _Bounded):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, _Bounded):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, _Bounded):
            return NotImplemented
        return self.sort_key() >= other.sort_key()


def _check_year(cls: str, year: object, *, optional: bool) -> None:
    if year is None and optional:
        return
    if not isinstance(year, int) or isinstance(year, bool):
        fail_type(f"{cls}.year", "int or None" if optional else "int", year)
    if not 1 <= year <= 9999:
        fail(f"{cls}.year", f"{year!r} is out of range (1-9999)")


def _check_flags(cls: str, approximate: object, uncertain: object) -> None:
    if not isinstance(approximate, bool):
        fail_type(f"{cls}.approximate", bool, approximate)
    if not isinstance(uncertain, bool):
        fail_type(f"{cls}.uncertain", bool, uncertain)


def _year_text(year: int | None) -> str:
    return "XXXX" if year is None else f"{year:04d}"


@attrs.frozen(order=False, repr=False)
class Day(_Bounded):
    """A calendar day, perhaps of an unknown year.

    >>> Day(2025, 5, 27)
    Day('2025-05-27')
    >>> str(Day(None, 5, 21))
    'XXXX-05-21'
    >>> Day(2025, 5, 27).earliest
    datetime.date(2025, 5, 27)
    >>> Day.from_date(dt.date(2025, 2, 1), approximate=True)
    Day('2025-02-01~')
    """

    year: int | None
    month: int
    day: int
    approximate: bool = False
    uncertain: bool = False

    _text: str = attrs.field(init=False, repr=False, eq=False, order=False)

    def __attrs_post_init__(self) -> None:
        _check_year("Day", self.year, optional=True)
        if not isinstance(self.month, int) or isinstance(self.month, bool):
            fail_type("Day.month", int, self.month)
        if not 1 <= self.month <= 12:
            fail("Day.month", f"{self.month!r} is out of range (1-12)")
        if not isinstance(self.day, int) or isinstance(self.day, bool):
            fail_type("Day.day", int, self.day)
        last = calendar.monthrange(2000 if self.year is None else self.year, self.month)[1]
        if not 1 <= self.day <= last:
            fail("Day.day", f"{self.day!r} is out of range for {_year_text(self.year)}-{self.month:02d} (1-{last})")
        _check_flags("Day", self.approximate, self.uncertain)
        q = _qualifier(self.approximate, self.uncertain)
        self._set_text(f"{_year_text(self.year)}-{self.month:02d}-{self.day:02d}{q}")

    @classmethod
    def from_date(cls, date: dt.date, *, approximate: bool = False, uncertain: bool = False) -> Day:
        """The :class:`Day` of a :class:`datetime.date`."""
        return cls(date.year, date.month, date.day, approximate, uncertain)

    @property
    def earliest(self) -> dt.date | None:
        """The day itself, or ``None`` if its year is unknown."""
        return None if self.year is None else dt.date(self.year, self.month, self.day)

    @property
    def latest(self) -> dt.date | None:
        """The day itself, or ``None`` if its year is unknown."""
        return self.earliest


@attrs.frozen(order=False, repr=False)
class Month(_Bounded):
    """A calendar month, perhaps of an unknown year.

    >>> Month(2025, 2)
    Month('2025-02')
    >>> Month(2024, 2).latest
    datetime.date(2024, 2, 29)
    """

    year: int | None
    month: int
    approximate: bool = False
    uncertain: bool = False

    _text: str = attrs.field(init=False, repr=False, eq=False, order=False)

    def __attrs_post_init__(self) -> None:
        _check_year("Month", self.year, optional=True)
        if not isinstance(self.month, int) or isinstance(self.month, bool):
            fail_type("Month.month", int, self.month)
        if not 1 <= self.month <= 12:
            fail("Month.month", f"{self.month!r} is out of range (1-12)")
        _check_flags("Month", self.approximate, self.uncertain)
        self._set_text(f"{_year_text(self.year)}-{self.month:02d}{_qualifier(self.approximate, self.uncertain)}")

    @property
    def earliest(self) -> dt.date | None:
        """The first day of the month, or ``None`` if its year is unknown."""
        return None if self.year is None else dt.date(self.year, self.month, 1)

    @property
    def latest(self) -> dt.date | None:
        """The last day of the month, or ``None`` if its year is unknown."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])


@attrs.frozen(order=False, repr=False)
class Season(_Bounded):
    """A season of a year, by its EDTF code: 21 spring, 22 summer, 23 autumn, 24 winter.

    Bounds are the northern meteorological seasons (autumn: September to November; winter:
    December to the next February).

    >>> Season(2025, 23)
    Season('2025-23')
    >>> Season(2025, 23).name
    'autumn'
    >>> Season(2025, 24).latest
    datetime.date(2026, 2, 28)
    """

    year: int | None
    season: int
    approximate: bool = False
    uncertain: bool = False

    _text: str = attrs.field(init=False, repr=False, eq=False, order=False)

    def __attrs_post_init__(self) -> None:
        _check_year("Season", self.year, optional=True)
        if not isinstance(self.season, int) or isinstance(self.season, bool):
            fail_type("Season.season", int, self.season)
        if self.season not in SEASONS:
            fail("Season.season", f"{self.season!r} is not a season code (21 spring, 22 summer, 23 autumn, 24 winter)")
        if self.year == 9999 and self.season == 24:
            fail("Season.year", "winter 9999 ends after the last representable day")
        _check_flags("Season", self.approximate, self.uncertain)
        self._set_text(f"{_year_text(self.year)}-{self.season}{_qualifier(self.approximate, self.uncertain)}")

    @property
    def name(self) -> str:
        """``'spring'``, ``'summer'``, ``'autumn'`` or ``'winter'``."""
        return SEASONS[self.season][0]

    @property
    def earliest(self) -> dt.date | None:
        """The season's first day, or ``None`` if its year is unknown."""
        return None if self.year is None else dt.date(self.year, SEASONS[self.season][1], 1)

    @property
    def latest(self) -> dt.date | None:
        """The season's last day, or ``None`` if its year is unknown."""
        if self.year is None:
            return None
        last = SEASONS[self.season][2]
        year, month = self.year + (last - 1) // 12, (last - 1) % 12 + 1
        return dt.date(year, month, calendar.monthrange(year, month)[1])


@attrs.frozen(order=False, repr=False)
class Year(_Bounded):
    """A calendar year.

    >>> Year(2025)
    Year('2025')
    >>> str(Year(2025, approximate=True))
    '2025~'
    """

    year: int
    approximate: bool = False
    uncertain: bool = False

    _text: str = attrs.field(init=False, repr=False, eq=False, order=False)

    def __attrs_post_init__(self) -> None:
        _check_year("Year", self.year, optional=False)
        _check_flags("Year", self.approximate, self.uncertain)
        self._set_text(f"{self.year:04d}{_qualifier(self.approximate, self.uncertain)}")

    @property
    def earliest(self) -> dt.date:
        """1 January."""
        return dt.date(self.year, 1, 1)

    @property
    def latest(self) -> dt.date:
        """31 December."""
        return dt.date(self.year, 12, 31)


#: A date of one precision: what an :class:`Interval` runs between.
Point: TypeAlias = Day | Month | Season | Year
_POINTS = (Day, Month, Season, Year)


@attrs.frozen(order=False, repr=False)
class Interval(_Bounded):
    """A span between two dates of any precision; ``None`` at either end means open (``..``).

    >>> Interval(Day(2025, 5, 7), Day(2025, 5, 10))
    Interval('2025-05-07/2025-05-10')
    >>> str(Interval(None, Season(2025, 23)))
    '../2025-23'
    >>> Interval(Month(2026, 1), Month(2026, 6)).latest
    datetime.date(2026, 6, 30)
    """

    start: Point | None
    end: Point | None

    _text: str = attrs.field(init=False, repr=False, eq=False, order=False)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and not isinstance(self.start, _POINTS):
            fail_type("Interval.start", "Day, Month, Season, Year or None", self.start)
        if self.end is not None and not isinstance(self.end, _POINTS):
            fail_type("Interval.end", "Day, Month, Season, Year or None", self.end)
        if self.start is None and self.end is None:
            fail("Interval", "an interval needs at least one known end ('../..' says nothing)")
        lo = None if self.start is None else self.start.earliest
        hi = None if self.end is None else self.end.latest
        if lo is not None and hi is not None and lo > hi:
            fail("Interval", f"start {self.start} is after end {self.end}")
        start = ".." if self.start is None else self.start._text
        end = ".." if self.end is None else self.end._text
        self._set_text(f"{start}/{end}")

    @property
    def earliest(self) -> dt.date | None:
        """The start's earliest day; ``None`` if open or unknown."""
        return None if self.start is None else self.start.earliest

    @property
    def latest(self) -> dt.date | None:
        """The end's latest day; ``None`` if open or unknown."""
        return None if self.end is None else self.end.latest


#: Any date the model holds: :class:`Day`, :class:`Month`, :class:`Season`, :class:`Year` or
#: :class:`Interval`.
FuzzyDate: TypeAlias = Day | Month | Season | Year | Interval
FUZZY_DATE_TYPES: tuple[type, ...] = (Day, Month, Season, Year, Interval)

# ASCII: \d would also match other scripts' digits ("٢٠٢٥")
_POINT_RE = re.compile(r"(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?([?~%]?)\Z", re.ASCII)


def _parse_point(text: str, whole: str, offset: int) -> Point:
    m = _POINT_RE.match(text)
    if m is None:
        bad = next((i for i, c in enumerate(text) if not (c.isascii() and (c.isdigit() or c in "X-?~%"))), 0)
        raise ParseError(
            f"{text!r} is not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS, XXXX-MM-DD, "
            "with an optional ?, ~ or %)",
            whole,
            offset + bad,
            max(1, len(text) - bad),
        )
    year_s, month_s, day_s, q = m.groups()
    year = None if year_s == "XXXX" else int(year_s)
    approximate, uncertain = _QUALIFIERS[q]
    if year == 0:
        raise ParseError("year 0000 is out of range (0001-9999)", whole, offset, 4)
    if month_s is None:
        if year is None:
            raise ParseError("an unknown year alone ('XXXX') says nothing", whole, offset, 4)
        return Year(year, approximate, uncertain)
    month = int(month_s)
    if day_s is None:
        if 21 <= month <= 24:
            if year == 9999 and month == 24:
                raise ParseError("winter 9999 ends after the last representable day", whole, offset, 7)
            return Season(year, month, approximate, uncertain)
        if not 1 <= month <= 12:
            raise ParseError(f"month {month} is out of range (1-12, or 21-24 for a season)", whole, offset + 5, 2)
        return Month(year, month, approximate, uncertain)
    if not 1 <= month <= 12:
        raise ParseError(f"month {month} is out of range (1-12)", whole, offset + 5, 2)
    day = int(day_s)
    last = calendar.monthrange(2000 if year is None else year, month)[1]
    if not 1 <= day <= last:
        raise ParseError(f"day {day} is out of range for {year_s}-{month_s} (1-{last})", whole, offset + 8, 2)
    return Day(year, month, day, approximate, uncertain)


def parse_edtf(text: str) -> FuzzyDate:
    """Read an EDTF (ISO 8601-2 level 1) date or interval, the form ``str()`` of a date gives.

    >>> parse_edtf("2025-05-27")
    Day('2025-05-27')
    >>> parse_edtf("2025-23")
    Season('2025-23')
    >>> parse_edtf("../2025-23")
    Interval('../2025-23')
    >>> parse_edtf("2025-05-07/2025-05-10").latest
    datetime.date(2025, 5, 10)

    Raises :class:`~diplomacy.ParseError`, with a caret under the problem, for anything else.
    Not supported (documented in the design page): years before 1 or after 9999, unspecified
    digits other than a whole unknown year (``XXXX``), and an interval end left blank.
    """
    if not isinstance(text, str):
        raise ParseError(f"expected an EDTF string, got {text!r} ({type(text).__name__})")
    if not text:
        raise ParseError("an empty string is not an EDTF date")
    if "/" not in text:
        return _parse_point(text, text, 0)
    left, _, right = text.partition("/")
    if "/" in right:
        raise ParseError("an interval has one '/'", text, len(left) + 1 + right.index("/"))
    start = None if left == ".." else _parse_point(left, text, 0)
    end = None if right == ".." else _parse_point(right, text, len(left) + 1)
    if start is None and end is None:
        raise ParseError("an interval needs at least one known end ('../..' says nothing)", text, 0, len(text))
    lo = None if start is None else start.earliest
    hi = None if end is None else end.latest
    if lo is not None and hi is not None and lo > hi:
        raise ParseError(f"start {left} is after end {right}", text, 0, len(text))
    return Interval(start, end)
