"""Temporal expressions in English news text: finding them and resolving them against an anchor.

The anchor is the day a text was published.  :func:`find_timexes` finds every temporal
expression of a sentence or paragraph ("May 7-10", "starting Tuesday", "the first half of 2026",
"a three-day visit"); :func:`parse_date` reads one whole string as a date; :func:`apply_duration`
turns a start day and a length into a span.

How it works: one regular expression cuts the text into tokens (runs of letters, runs of ASCII
digits, single other characters), and a small recursive-descent parser, one ``_rule_*`` method per
form, tries the forms at each token that can start one.  Every rule reads a bounded number of
tokens, so a scan is linear in the length of the text whatever the input (no regular expression
here can backtrack).

Conventions (the gold's, ``shared/eval/GUIDELINES.md``):

* A day or month without a year takes the year that puts it nearest the anchor ("Dec 30" in a
  story of 2 January is last year's).  When the clause's tense is known and the nearest
  occurrence lies on the other side of the anchor, the occurrence on the tense's side is taken
  instead if it is at most 300 days away ("will visit in February", written in May, is next
  February).  Without an anchor the year is unknown (``XXXX-05-26``), never guessed.
* A relative expression ("next week", "Tuesday", "the 21st") without an anchor has no value.
* The tense of a clause is read from the cue word nearest the expression in its clause (between
  commas, semicolons, colons and dashes), else in its sentence: *will, shall, would, is to, set
  to, scheduled, plans, expected, upcoming, next, starting, tomorrow, later...* point forward;
  *said, was, were, had, met, held, last, earlier, ago, yesterday* and other past-tense verbs
  (``-ed`` words not used as adjectives) point back.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import TypeAlias

import attrs

from .._model.dates import Day, FuzzyDate, Interval, Month, Point, Season, Year, parse_edtf
from ..errors import FieldTypeError, ParseError, ValidationError

__all__ = ["Timex", "apply_duration", "count_word", "find_timexes", "match_at", "parse_date"]


@attrs.frozen
class Timex:
    """One temporal expression found in a text.

    ``start`` and ``end`` are offsets into the scanned text and ``text`` is ``text[start:end]``.
    ``value`` is ``None`` when the expression is relative and no anchor was given, and for a
    pure duration; ``duration_days`` is set for a duration ("a three-day visit" gives 3, "week-long"
    7); ``target`` is set for a deadline ("by fall 2025", "by the end of 2025").

    >>> import datetime
    >>> find_timexes("He left last week.", datetime.date(2025, 5, 26))[0]
    Timex(start=8, end=17, text='last week', value=Interval('2025-05-19/2025-05-25'), duration_days=None, target=False)
    """

    start: int
    end: int
    text: str
    value: FuzzyDate | None
    duration_days: int | None = None
    target: bool = False


# --------------------------------------------------------------------------------------------
# Word lists (data, not code)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _numbered(text: str, first: int) -> dict[str, int]:
    return {word: n for n, word in enumerate(text.split(), first)}


_MONTHS = _numbered("january february march april may june july august september october november december", 1)
_MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_NAMES = {n: name.capitalize() for name, n in _MONTHS.items()}
_WEEKDAYS = _numbered("monday tuesday wednesday thursday friday saturday sunday", 0)
_WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4}
_WEEKDAY_ABBREVIATIONS |= {"sat": 5, "sun": 6}
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_NUMBER_WORDS = _numbered(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty",
    1,
)
_NUMBER_WORDS |= {"thirty": 30, "single": 1}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def count_word(word: str) -> int | None:
    """The small count a word writes: "7", "seven" (``None`` for any other word)."""
    w = word.lower()
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    return int(w) if w.isdigit() and len(w) <= 2 else None


_ORDINAL_SUFFIXES = _words("st nd rd th")
_DASHES = frozenset("-‐‑‒–—−")
_RANGE_WORDS = _words("to through thru until till til")
_PARTS_OF_DAY = _words("morning afternoon evening night")
_SHIFTS = {"this": 0, "next": 1, "coming": 1, "upcoming": 1, "last": -1, "past": -1}
_DAY_WORDS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
#: A number of one or two digits starts a date or a length of time only if one of these follows it.
_DIGIT_PARTNERS = (
    frozenset(_MONTHS)
    | frozenset(_MONTH_ABBREVIATIONS)
    | _ORDINAL_SUFFIXES
    | _words("day days week weeks month months year years fortnight")
)

#: Words before a bare month or season name ("in May", "during the summer") that make it a date:
#: alone, "May" is as often a modal verb or a surname.
_MONTH_CUES = _words("in since until till til by from during through throughout before after of between around for")
_MONTH_CUES |= _words("early late mid")
_MONTH_CUES |= _words("his her their its our")  # "her August travel", "his June visit"
#: Words that may follow "the 21st" when it is a day of the month (not "the 21st Century").
_NTH_FOLLOWERS = _words(
    "and or to at in on when where with for as this that which he she they we it i the a an will would was is "
    "were are had has after before until till through while but so by last next"
)
#: A four-digit number after one of these is a number, not a year ("Resolution 2118").
_NUMBER_LABELS = _words(
    "no nos number resolution resolutions article articles section rule flight route room page pages chapter "
    "paragraph para decree order item code model vol volume issue edition unit batch hall gate highway seat ref "
    "file case id level platform hill height altitude over about nearly almost some approximately roughly least "
    "than"
)
#: A four-digit number before one of these counts things ("2025 troops").
_COUNTED = _words(
    "troops soldiers people persons members delegates officials votes km kilometres kilometers miles metres "
    "meters feet tonnes tons dollars euros pounds rupees yuan yen units cases deaths refugees migrants athletes "
    "businesses companies participants staff workers jobs students children women men families homes houses "
    "acres hectares barrels vehicles aircraft ships missiles drones rockets points seats hours minutes days weeks "
    "months years percent per million billion thousand crore lakh times words signatures prisoners hostages "
    "civilians casualties applications visas projects items meetings delegations countries gmt utc hrs local"
)

# Tense cues.  A cue is a word; the cue nearest a weekday or a yearless date decides.
_FUTURE_WORDS = _words(
    "will shall would scheduled slated expected expects planned plans plan planning intends intend upcoming "
    "forthcoming next coming tomorrow later starting beginning soon leaves leaving departs departing embark "
    "embarks embarking ahead aims"
)
#: "... to" after these points forward ("is set to", "is to visit", "going to").
_FUTURE_BEFORE_TO = _words("set going is are am")
_PAST_WORDS = _words(
    "said told was were had did met held spoke left came went took gave made began saw led sent won lost wrote "
    "paid flew chose became stood knew got found kept struck rose fell broke spent built felt heard brought "
    "sought thought ran sat drew grew threw sold ago earlier last yesterday previously recently"
)
#: Words ending in "-ed" that are not past-tense cues.
_NOT_PAST_ED = _words(
    "need indeed proceed exceed succeed speed feed seed breed bleed united limited related based detailed "
    "advanced armed allied concerned interested involved dedicated sophisticated alleged renowned talented "
    "beloved sacred hundred kindred naked wicked proposed anticipated intended supposed designed aimed committed "
    "determined prepared pleased honored honoured delighted excited engaged worried scheduled expected planned "
    "slated red shed"
)
#: An "-ed" word after these is a participle or an adjective ("will be held", "the armed forces").
_NOT_PAST_AFTER = _words("be been being is are am will to the a an get")
_ABBREVIATIONS = (
    _words("mr mrs ms dr st gen lt col sen rep gov prof hon rt no vs jr sr")
    | frozenset(_MONTH_ABBREVIATIONS)
    | frozenset(_WEEKDAY_ABBREVIATIONS)
)

#: Tokens at which some form can start; the parser is not tried elsewhere.
_STARTERS = (
    frozenset(_MONTHS)
    | frozenset(_MONTH_ABBREVIATIONS)
    | frozenset(_WEEKDAYS)
    | frozenset(_WEEKDAY_ABBREVIATIONS)
    | frozenset(_SEASONS)
    | frozenset(_NUMBER_WORDS)
    | frozenset(_ORDINAL_WORDS)
    | frozenset(_SHIFTS)
    | frozenset(_DAY_WORDS)
    | _words("the by from between for a an early late mid end earlier later q h final week day fortnight")
    | _words("weeklong daylong")
)

_TOKEN_RE = re.compile(r"[0-9]+|[^\W\d_]+|\S")
_EDTF_CHARS_RE = re.compile(r"[0-9X.][0-9X./~?%-]*")

_PAST, _NONE, _FUTURE = -1, 0, 1
_PAD = 12
#: How far (days) the tense may move a yearless date from its nearest occurrence.
_TENSE_WINDOW = 300


# --------------------------------------------------------------------------------------------
# Parse results: what was read, before resolution against the anchor


@attrs.frozen
class _Cal:
    """A calendar date read from the text, perhaps without its year.

    ``unit`` is ``day``, ``month``, ``season``, ``year``, ``nth`` ("the 21st": a day of an unknown
    month) or ``bare`` (a day number that only a range can complete: the "7" of "7-10 May").
    """

    unit: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: int | None = None
    approx: bool = False
    shift: int | None = None  # "this/next/last May": relative to the anchor
    year_offset: int | None = None  # "May 26 this year"
    weekday: int | None = None  # "Friday, March 31": the weekday given with the date
    hint: int = _NONE  # tense given by the expression itself ("last Friday, March 31")
    at: int = -1  # token of the day number, for error messages


@attrs.frozen
class _Weekday:
    weekday: int
    shift: int | None = None  # None, or "this" 0, "next" 1, "last" -1
    week: int | None = None  # "Tuesday next week": the ISO week's offset


@attrs.frozen
class _Rel:
    """``today``, ``next week``, ``this weekend``, ``early next year``..."""

    unit: str  # day, week, weekend, month, year
    offset: int
    approx: bool = False


@attrs.frozen
class _Ago:
    unit: str  # day, week, month, year
    count: int


@attrs.frozen
class _Part:
    """Months ``first``-``last`` of a year: a half or a quarter."""

    first: int
    last: int
    year: int | None
    year_offset: int | None


@attrs.frozen
class _Range:
    start: _Cal | _Weekday
    end: _Cal | _Weekday


@attrs.frozen
class _Duration:
    days: int


_Node: TypeAlias = "_Cal | _Weekday | _Rel | _Ago | _Part | _Range | _Duration"
_Match: TypeAlias = "tuple[int, _Node]"


class _InvalidDateError(Exception):
    """An impossible date ("May 32"): raised only when reading a whole string."""

    def __init__(self, message: str, offset: int, length: int) -> None:
        super().__init__(message)
        self.message, self.offset, self.length = message, offset, length


# --------------------------------------------------------------------------------------------
# The parser


class _Parser:
    """Tokens of ``text[pos:endpos]`` and one ``_rule_*`` method per form.

    ``loose`` is for a string known to be a date (:func:`parse_date`, a dateline): names may be
    of any case, a bare month or season needs no preposition, and an impossible date raises
    :class:`_InvalidDateError` instead of not matching.
    """

    def __init__(self, text: str, pos: int = 0, endpos: int | None = None, *, loose: bool = False) -> None:
        self.text = text
        self.loose = loose
        toks: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for m in _TOKEN_RE.finditer(text, pos, len(text) if endpos is None else endpos):
            toks.append(m.group())
            starts.append(m.start())
            ends.append(m.end())
        n = len(toks)
        # Lists run _PAD entries past the last token ("", False, None), so that a rule may look
        # ahead (or at i - 1, i - 2, which wrap to the padding) without bounds checks.
        self.n = n
        self.s = starts
        self.e = ends
        self.tok = toks + [""] * _PAD
        self.low = [t.lower() for t in toks] + [""] * _PAD
        #: whether token i touches token i - 1
        self.g = [False] + [ends[i - 1] == starts[i] for i in range(1, n)] + [False] * _PAD
        #: whether token i is a run of letters or digits
        self.an = [t[0].isalnum() for t in toks] + [False] * _PAD
        #: whether token i is a run of ASCII digits
        self.dg = ["0" <= t[0] <= "9" for t in toks] + [False] * _PAD
        self._cues: tuple[list[int], list[int], list[int], list[int], list[int]] | None = None
        self._points: dict[tuple[int, bool], _Match | None] = {}
        self._partner: list[int] | None = None
        #: the tokens of the end of the last range found to end before it starts
        self.reversed: tuple[int, int] | None = None

    # ---- token helpers

    def viable(self, i: int) -> bool:
        """Whether a number of one or two digits at ``i`` can start a date or a length of time: a
        month name, a unit ("days") or an ordinal suffix must come soon after it."""
        if self._partner is None:
            nxt = [-1] * (self.n + _PAD)
            last = -1
            for j in range(self.n - 1, -1, -1):
                if self.low[j] in _DIGIT_PARTNERS:
                    last = j
                nxt[j] = last
            self._partner = nxt
        j = self._partner[i]
        return j >= 0 and j - i <= 6

    def cap(self, i: int) -> bool:
        """Whether a name at ``i`` is written as a name (capitalised), or case does not matter."""
        return self.loose or self.tok[i][0].isupper()

    def free_right(self, i: int) -> bool:
        """No letter or digit glued after token ``i``."""
        return not (self.g[i + 1] and self.an[i + 1])

    def integer(self, i: int, max_digits: int = 4) -> int | None:
        """The number at ``i``, if it is a whole number of at most ``max_digits`` digits."""
        if not self.dg[i] or len(self.tok[i]) > max_digits:
            return None
        if self.g[i] and self.an[i - 1]:  # "G20"
            return None
        if self.g[i] and self.tok[i - 1] in (",", ".") and self.g[i - 1] and self.dg[i - 2]:  # "1,000": "000"
            return None
        return int(self.tok[i])

    def number_continues(self, i: int) -> bool:
        """Whether the number at ``i`` goes on ("26,000", "8:30", "2.5", "50%")."""
        if not self.g[i + 1]:
            return False
        t = self.tok[i + 1]
        return t == "%" or (t in (",", ".", ":") and self.g[i + 2] and self.dg[i + 2])

    def day_number(self, i: int) -> tuple[int, int, bool] | None:
        """``(day, next token, has ordinal suffix)`` for "26" or "26th"."""
        v = self.integer(i, 2)
        if v is None:
            return None
        if self.g[i + 1] and self.low[i + 1] in _ORDINAL_SUFFIXES:
            return (v, i + 2, True) if self.free_right(i + 1) else None
        if not self.free_right(i) or self.number_continues(i):
            return None
        return v, i + 1, False

    def year(self, i: int) -> int | None:
        """A four-digit year at ``i`` (1800-2199 in running text)."""
        if not self.dg[i] or len(self.tok[i]) != 4:
            return None
        v = self.integer(i)
        if v is None or not self.free_right(i) or self.number_continues(i):
            return None
        lo, hi = (1000, 9999) if self.loose else (1800, 2199)
        return v if lo <= v <= hi else None

    def year_after(self, i: int) -> tuple[int, int] | None:
        """``(year, next token)`` for "2025" or ", 2025" at ``i``."""
        j = i + 1 if self.low[i] == "," else i
        y = self.year(j)
        return None if y is None else (y, j + 1)

    def month(self, i: int, *, abbreviations: bool = True) -> tuple[int, int, bool] | None:
        """``(month, next token, abbreviated)`` for "May", "Nov.", "SEPTEMBER"."""
        w = self.low[i]
        m = _MONTHS.get(w)
        abbreviated = False
        if m is None and abbreviations:
            m = _MONTH_ABBREVIATIONS.get(w)
            abbreviated = True
        if m is None or not self.cap(i) or (self.g[i] and self.an[i - 1]):
            return None
        j = i + 1
        if self.g[j] and self.tok[j] == "." and (abbreviated or self.dg[j + 1]):  # "Nov.", "30 May. 2023"
            j += 1
        return m, j, abbreviated

    def cue_before(self, i: int, cues: frozenset[str]) -> bool:
        j = i - 1
        if self.low[j] == "the":
            j -= 1
        if self.low[j] in _DASHES and self.g[j + 1]:  # "mid-May"
            j -= 1
        return self.low[j] in cues

    def dash(self, i: int) -> bool:
        return self.tok[i] in _DASHES

    def bad(self, message: str, i: int) -> None:
        """An impossible date at token ``i``: an error for a whole string, no match in running text."""
        if self.loose:
            raise _InvalidDateError(message, self.s[i], self.e[i] - self.s[i])

    def make_day(self, year: int | None, month: int, day: int, at: int) -> _Cal | None:
        last = calendar.monthrange(2000 if year is None else year, month)[1]
        if not 1 <= day <= last:
            where = _MONTH_NAMES[month] + ("" if year is None else f" {year}")
            self.bad(f"day {day} is out of range for {where} (1-{last})", at)
            return None
        return _Cal("day", year=year, month=month, day=day, at=at)

    # ---- the entry point

    def parse_at(self, i: int) -> tuple[int, _Node, bool] | None:
        """The longest expression starting at token ``i``: ``(end token, node, is a deadline)``."""
        if self.low[i] == "by":
            inner = self.core(i + 1)
            return None if inner is None else (inner[0], inner[1], True)
        m = self.core(i)
        return None if m is None else (m[0], m[1], False)

    def core(self, i: int) -> _Match | None:
        """The longest of the forms that can start with token ``i``."""
        if i >= self.n:
            return None
        if self.dg[i]:
            rules: tuple[_RuleFn, ...] | None = _DIGIT_RULES if len(self.tok[i]) == 4 or self.viable(i) else None
        else:
            rules = _RULES.get(self.low[i])
        if rules is None:
            return None
        best: _Match | None = None
        for rule in rules:
            m = rule(self, i)
            if m is not None and (best is None or m[0] > best[0]):
                best = m
        return best

    # ---- calendar points

    def _rule_point(self, i: int) -> _Match | None:
        return self.point(i, in_range=False)

    def point(self, i: int, *, in_range: bool) -> _Match | None:
        key = (i, in_range)
        if key not in self._points:
            self._points[key] = self._point(i, in_range)
        return self._points[key]

    def _point(self, i: int, in_range: bool) -> _Match | None:
        if self.dg[i]:
            if len(self.tok[i]) == 4:
                iso = self._iso(i)
                return iso if iso is not None else self._year_alone(i, in_range)
            return self._day_first(i, in_range)
        w = self.low[i]
        if w == "the":
            return self._day_first(i, in_range)
        if w in _SEASONS:
            return self._season(i)
        return self._month_first(i, in_range)

    def _iso(self, i: int) -> _Match | None:
        """``2025-05-27``."""
        g, tok = self.g, self.tok
        if tok[i + 1] != "-" or tok[i + 3] != "-" or not (g[i + 1] and g[i + 2] and g[i + 3] and g[i + 4]):
            return None
        y = self.year(i)
        if y is None:
            return None
        if len(self.tok[i + 2]) != 2 or len(self.tok[i + 4]) != 2 or not (self.dg[i + 2] and self.dg[i + 4]):
            return None
        time_after = tok[i + 5] == "T" and g[i + 5] and g[i + 6] and self.dg[i + 6]  # "2025-05-27T10:00"
        if not (time_after or self.free_right(i + 4)) or self.number_continues(i + 4):
            return None
        month, day = int(self.tok[i + 2]), int(self.tok[i + 4])
        if not 1 <= month <= 12:
            self.bad(f"month {month} is out of range (1-12)", i + 2)
            return None
        d = self.make_day(y, month, day, i + 4)
        return None if d is None else (i + 5, d)

    def trail_year(self, end: int, node: _Cal) -> tuple[int, _Cal]:
        """A yearless date followed by "this year", "next year" or "last year"."""
        if node.year is None and self.low[end + 1] == "year":
            offset = {"this": 0, "next": 1, "last": -1}.get(self.low[end])
            if offset is not None:
                return end + 2, attrs.evolve(node, year_offset=offset)
        return end, node

    def _month_first(self, i: int, in_range: bool) -> _Match | None:
        """``May 26``, ``Nov. 29, 2025``, ``February 2025``, ``May of 2025``, ``in February``."""
        mm = self.month(i)
        if mm is None:
            return None
        m, j, abbreviated = mm
        dn = self.day_number(j)
        if dn is not None:
            d, k, _ = dn
            ya = self.year_after(k)
            year, end = (None, k) if ya is None else ya
            node = self.make_day(year, m, d, j)
            return None if node is None else self.trail_year(end, node)
        k = j + 1 if self.low[j] in (",", "of") else j
        y = self.year(k)
        if y is not None:
            return k + 1, _Cal("month", year=y, month=m)
        if abbreviated and not self.loose:
            return None
        if in_range or self.loose or self.cue_before(i, _MONTH_CUES):
            return self.trail_year(j, _Cal("month", month=m))
        return None

    def _day_first(self, i: int, in_range: bool) -> _Match | None:
        """``26 May 2023``, ``31st of May``, ``the 3rd of June``, ``the 21st``."""
        the = self.low[i] == "the"
        j = i + 1 if the else i
        dn = self.day_number(j)
        if dn is None:
            return None
        d, k, ordinal = dn
        of = self.low[k] == "of"
        mm = self.month(k + 1 if of else k)
        if mm is not None:
            m, k2, _ = mm
            ya = self.year_after(k2)
            year, end = (None, k2) if ya is None else ya
            node = self.make_day(year, m, d, j)
            return None if node is None else self.trail_year(end, node)
        if not 1 <= d <= 31:
            return None
        if in_range:
            return k, _Cal("bare", day=d, at=j)
        if the and ordinal and (self.loose or k >= self.n or not self.an[k] or self.low[k] in _NTH_FOLLOWERS):
            return k, _Cal("nth", day=d, at=j)
        return None

    def _season(self, i: int) -> _Match | None:
        """``fall 2025``, ``the autumn of 2025``, ``in the summer``."""
        code = _SEASONS.get(self.low[i])
        if code is None:
            return None
        j = i + 1
        of = self.low[j] == "of"
        y = self.year(j + 1 if of else j)
        if y is not None:
            return (j + 2 if of else j + 1), _Cal("season", year=y, season=code)
        if of and not self.loose:  # "the fall of Kabul"
            return None
        if self.loose or self.cue_before(i, _MONTH_CUES):
            return self.trail_year(j, _Cal("season", season=code))
        return None

    def _year_alone(self, i: int, in_range: bool) -> _Match | None:
        """``2025``: a year only where nothing says it is a count or a number."""
        y = self.year(i)
        if y is None:
            return None
        if not (self.loose or in_range):
            prev = self.tok[i - 1] if i > 0 else ""
            if prev in ("$", "€", "£", "¥", "#", "№", "+") or self.low[i - 1] in _NUMBER_LABELS:
                return None
            if self.g[i] and self.dash(i - 1) and self.an[i - 2] and self.g[i - 1]:  # "COP-2025"
                return None
            if self.low[i + 1] in _COUNTED:
                return None
        return i + 1, _Cal("year", year=y)

    # ---- ranges

    def range_point(self, i: int) -> _Match | None:
        a = self._weekday_only(i)
        b = self.point(i, in_range=True)
        if a is not None and (b is None or a[0] >= b[0]):
            return a
        return b

    def _rule_range(self, i: int) -> _Match | None:
        """``May 7-10``, ``7-10 May``, ``from Nov 30 to Dec 4``, ``between May 7 and 10``,
        ``April 30 – May 2, 2016``, ``May-June 2025``, ``2025-26``, ``Tuesday to Thursday``."""
        prefix = self.low[i] if self.low[i] in ("from", "between") else None
        j = i + 1 if prefix else i
        x = self.range_point(j)
        if x is None:
            return None
        k, a = x
        sep = self.low[k]
        if prefix == "between":
            if sep != "and":
                return None
        elif not (self.dash(k) or sep in _RANGE_WORDS):
            return None
        if isinstance(a, _Cal) and a.unit == "year" and self.dash(k):  # "2025-26"
            yy = self.integer(k + 1, 2)
            if yy is not None and len(self.tok[k + 1]) == 2 and self.free_right(k + 1):
                assert a.year is not None
                end_year = a.year // 100 * 100 + yy
                if end_year > a.year and not self.number_continues(k + 1):
                    return k + 2, _Range(a, _Cal("year", year=end_year))
        y = self.range_point(k + 1)
        if y is None:
            return None
        end, b = y
        if isinstance(a, _Weekday) and isinstance(b, _Weekday):
            return end, _Range(a, b)
        if not (isinstance(a, _Cal) and isinstance(b, _Cal)):
            return None
        return self.combine(a, b, (k + 1, end))

    def combine(self, a: _Cal, b: _Cal, span: tuple[int, int]) -> _Match | None:
        """Complete the two ends of a range from each other; ``None`` if they do not make one.

        ``span`` is the end's first token and the token after it.  A range that ends before it
        starts is remembered in :attr:`reversed`, for :func:`parse_date`'s message.
        """
        end = span[1]
        if a.unit == "bare" and b.unit == "day":
            assert a.day is not None
            assert b.day is not None
            assert b.month is not None
            if a.day > b.day:
                self.reversed = span
                return None
            na = self.make_day(None, b.month, a.day, a.at)
            if na is None:
                return None
            a = attrs.evolve(na, year=b.year, year_offset=b.year_offset)
        elif a.unit == "day" and b.unit == "bare":
            assert a.day is not None
            assert b.day is not None
            assert a.month is not None
            if b.day < a.day:
                self.reversed = span
                return None
            ya = self.year_after(end) if a.year is None else None
            year = a.year
            if ya is not None:
                year, end = ya
            nb = self.make_day(None, a.month, b.day, b.at)
            if nb is None:
                return None
            end, nb = self.trail_year(end, nb)
            a = attrs.evolve(a, year=year, year_offset=nb.year_offset)
            b = attrs.evolve(nb, year=year)
        elif not (a.unit == b.unit and a.unit in ("day", "month", "year")):
            return None
        if a.shift is not None or b.shift is not None:
            return None
        key_a, key_b = (a.month or 0, a.day or 0), (b.month or 0, b.day or 0)
        if a.year is None and b.year is not None:
            a = attrs.evolve(a, year=b.year - (key_a > key_b))
        elif b.year is None and a.year is not None:
            b = attrs.evolve(b, year=a.year + (key_b < key_a))
        if a.year_offset is None and b.year_offset is not None:
            a = attrs.evolve(a, year_offset=b.year_offset - (key_a > key_b))
        elif b.year_offset is None and a.year_offset is not None:
            b = attrs.evolve(b, year_offset=a.year_offset + (key_b < key_a))
        for c in (a, b):  # 29 February of a year now known
            if c.unit == "day" and c.year is not None:
                assert c.month is not None
                assert c.day is not None
                if self.make_day(c.year, c.month, c.day, c.at) is None:
                    return None
        if a.year is not None and b.year is not None and (a.year, *key_a) > (b.year, *key_b):
            self.reversed = span
            return None
        return end, _Range(a, b)

    # ---- weekdays and relative words

    def _weekday_only(self, i: int) -> _Match | None:
        """A full weekday name, alone (range ends)."""
        wd = _WEEKDAYS.get(self.low[i])
        if wd is None or not self.cap(i):
            return None
        return i + 1, _Weekday(wd)

    def explicit_after(self, k: int) -> tuple[int, _Cal] | None:
        """A full date after a weekday: ``, March 31``, ``(19 November 2018)``, `` 14 June 2024``."""
        paren = self.low[k] == "("
        j = k + 1 if paren or self.low[k] == "," else k
        best: tuple[int, _Cal] | None = None
        for m in (self._iso(j), self._month_first(j, False), self._day_first(j, False)):
            if m is not None and isinstance(m[1], _Cal) and m[1].unit == "day" and (best is None or m[0] > best[0]):
                best = (m[0], m[1])
        if best is None:
            return None
        end, cal = best
        if paren:
            if self.low[end] != ")":
                return None
            end += 1
        return end, cal

    def _rule_weekday(self, i: int) -> _Match | None:
        """``Tuesday``, ``last Friday``, ``this Thursday``, ``Monday morning``, ``Tuesday next week``,
        ``Thursday, September 25, 2014``, ``Mon, Apr 27, 2015``, ``Monday (19 November 2018)``."""
        shift = _SHIFTS.get(self.low[i])
        j = i
        if shift is not None:
            j = i + 1
            if self.low[i] == "this" and self.low[j] == "past":
                shift, j = -1, j + 1
        wd = _WEEKDAYS.get(self.low[j])
        abbreviated = wd is None
        if abbreviated:
            wd = _WEEKDAY_ABBREVIATIONS.get(self.low[j])
        if wd is None or not self.cap(j):
            return None
        k = j + 1
        if abbreviated and self.g[k] and self.tok[k] == ".":
            k += 1
        explicit = self.explicit_after(k)
        if explicit is not None:
            end, cal = explicit
            hint = _NONE if shift in (None, 0) else (_PAST if shift < 0 else _FUTURE)
            return end, attrs.evolve(cal, weekday=wd, hint=hint)
        if abbreviated:
            return None
        if self.low[k] in _PARTS_OF_DAY:
            k += 1
        if shift is None and self.low[k + 1] == "week" and self.low[k] in ("this", "next", "last"):
            return k + 2, _Weekday(wd, week=_SHIFTS[self.low[k]])
        return k, _Weekday(wd, shift=shift)

    def _rule_relative(self, i: int) -> _Match | None:
        """``today``, ``tomorrow morning``, ``last night``, ``this week``, ``earlier this month``,
        ``next year``, ``this weekend``, ``the day after tomorrow``, ``today (6 February)``."""
        w = self.low[i]
        if w in _DAY_WORDS:
            k = i + 1
            if w != "tonight" and self.low[k] in _PARTS_OF_DAY:
                k += 1
            explicit = self.explicit_after(k)
            if explicit is not None:
                return explicit
            return k, _Rel("day", _DAY_WORDS[w])
        if w == "last" and self.low[i + 1] == "night":
            return i + 2, _Rel("day", -1)
        if w == "this" and self.low[i + 1] in ("morning", "afternoon", "evening"):
            return i + 2, _Rel("day", 0)
        if w == "the" and self.low[i + 1] == "day" and self.low[i + 2] in ("after", "before"):
            if (self.low[i + 2], self.low[i + 3]) in (("after", "tomorrow"), ("before", "yesterday")):
                return i + 4, _Rel("day", 2 if self.low[i + 2] == "after" else -2)
            return None
        j = i + 1 if w in ("earlier", "later") else i
        offset = {"this": 0, "next": 1, "last": -1}.get(self.low[j])
        unit = self.low[j + 1]
        if offset is None or unit not in ("week", "weekend", "month", "year"):
            return None
        return j + 2, _Rel(unit, offset)

    def _rule_shifted(self, i: int) -> _Match | None:
        """``last May``, ``next spring``, ``this summer``."""
        shift = _SHIFTS.get(self.low[i])
        if shift is None:
            return None
        j = i + 1
        if self.low[i] == "this" and self.low[j] == "past":
            shift, j = -1, j + 1
        mm = self.month(j, abbreviations=False)
        if mm is not None:
            return mm[1], _Cal("month", month=mm[0], shift=shift)
        code = _SEASONS.get(self.low[j])
        if code is not None:
            return j + 1, _Cal("season", season=code, shift=shift)
        return None

    def _rule_approximate(self, i: int) -> _Match | None:
        """``mid-May``, ``early June``, ``late 2025``, ``the end of 2025``, ``early next year``,
        ``the end of the month``, ``late spring 2026``."""
        w = self.low[i]
        if w in ("early", "late", "mid") or (w == "end" and self.dash(i + 1) and self.g[i + 1]):  # "end-May"
            j = i + 1
        else:
            k = i + 1 if w == "the" else i
            if self.low[k] not in ("end", "beginning", "start", "middle") or self.low[k + 1] != "of":
                return None
            j = k + 2
        if self.dash(j) and self.g[j] and self.g[j + 1]:
            j += 1
        mm = self.month(j)
        if mm is not None:
            m, k, abbreviated = mm
            kk = k + 1 if self.low[k] in (",", "of") else k
            y = self.year(kk)
            if y is not None:
                return kk + 1, _Cal("month", year=y, month=m, approx=True)
            if abbreviated and not self.loose:
                return None
            return self.trail_year(k, _Cal("month", month=m, approx=True))
        code = _SEASONS.get(self.low[j])
        if code is not None:
            y = self.year(j + 1)
            if y is not None:
                return j + 2, _Cal("season", year=y, season=code, approx=True)
            return self.trail_year(j + 1, _Cal("season", season=code, approx=True))
        y = self.year(j)
        if y is not None:
            return j + 1, _Cal("year", year=y, approx=True)
        offset = {"this": 0, "next": 1, "last": -1, "the": 0}.get(self.low[j])
        unit = self.low[j + 1]
        if offset is not None and unit in ("week", "month", "year"):
            return j + 2, _Rel(unit, offset, approx=True)
        return None

    def year_ref(self, k: int) -> tuple[int, int | None, int | None] | None:
        """``(next token, year, year offset)`` for "2026", "this year", "the year", "next year"."""
        y = self.year(k)
        if y is not None:
            return k + 1, y, None
        offset = {"this": 0, "next": 1, "last": -1, "the": 0}.get(self.low[k])
        if offset is not None and self.low[k + 1] == "year":
            return k + 2, None, offset
        if self.low[k] == "the" and self.low[k + 1] == "current" and self.low[k + 2] == "year":
            return k + 3, None, 0
        return None

    def _rule_part(self, i: int) -> _Match | None:
        """``the first half of 2026``, ``the second half of next year``, ``the first quarter of
        2025``, ``Q1 2025``, ``H2 2026``."""
        w = self.low[i]
        if w in ("q", "h") and self.g[i + 1] and self.dg[i + 1] and (self.loose or self.tok[i].isupper()):
            index = int(self.tok[i + 1]) if len(self.tok[i + 1]) == 1 else None
            if self.g[i] and self.an[i - 1]:
                return None
            size = 3 if w == "q" else 6
            if index is None or not 1 <= index <= 12 // size or not self.free_right(i + 1):
                return None
            k = i + 2
            if self.low[k] == "of" or (self.dash(k) and self.dg[k + 1]):
                k += 1
        else:
            j = i + 1 if w == "the" else i
            index = _ORDINAL_WORDS.get(self.low[j])
            k = j + 1
            if index is None and self.low[j] in ("last", "final"):
                index = -1
            if index is None:
                dn = self.day_number(j)
                if dn is None or not dn[2]:
                    return None
                index, k = dn[0], dn[1]
            size = {"half": 6, "quarter": 3}.get(self.low[k], 0)
            if not size:
                return None
            if index == -1:
                index = 12 // size
            if not 1 <= index <= 12 // size:
                return None
            k += 1
            if self.low[k] == "of":
                k += 1
        ref = self.year_ref(k)
        if ref is None:
            return None
        end, year, offset = ref
        return end, _Part(size * (index - 1) + 1, size * index, year, offset)

    def _rule_ago(self, i: int) -> _Match | None:
        """``three days ago``, ``a week ago``, ``two years ago``."""
        count = self.count(i, articles=True)
        unit = self.low[i + 1]
        if count is None or self.low[i + 2] != "ago":
            return None
        base = unit[:-1] if unit.endswith("s") else unit
        if base not in ("day", "week", "month", "year"):
            return None
        return i + 3, _Ago(base, count)

    def count(self, i: int, *, articles: bool) -> int | None:
        """A small count: "3", "three", and with ``articles`` "a" or "an"."""
        w = self.low[i]
        if w in ("a", "an"):
            return 1 if articles else None
        if w in _NUMBER_WORDS:
            return _NUMBER_WORDS[w]
        v = self.integer(i, 2)
        if v is None or not 1 <= v <= 99 or self.number_continues(i):
            return None
        return v

    def _rule_duration(self, i: int) -> _Match | None:
        """``three-day``, ``3-day``, ``a 5 day visit``, ``two weeks``, ``for three days``,
        ``for a week``, ``week-long``, ``weeklong``, ``for a fortnight``."""
        has_for = self.low[i] == "for"
        j = i + 1 if has_for else i
        w = self.low[j]
        if w in ("weeklong", "daylong"):
            return j + 1, _Duration(7 if w == "weeklong" else 1)
        if w in ("week", "day", "fortnight"):
            days = {"week": 7, "day": 1, "fortnight": 14}[w]
            k = j + 1
            if self.dash(k) and self.g[k] and self.g[k + 1]:
                k += 1
            if self.low[k] == "long":
                return k + 1, _Duration(days)
            return None
        count = self.count(j, articles=has_for)
        if count is None:
            return None
        k = j + 1
        hyphen = self.dash(k) and self.g[k] and self.g[k + 1]
        if hyphen:
            k += 1
        unit = self.low[k]
        if unit == "fortnight" and has_for and w in ("a", "one"):
            return k + 1, _Duration(14)
        per = _UNIT_DAYS.get(unit)
        if per is None:
            return None
        plural = unit.endswith("s")
        after = self.low[k + 1]
        if plural and (hyphen or after in ("ago", "later", "earlier", "before", "after", "since")):
            return None
        if not plural and not hyphen and not has_for and not (k + 1 < self.n and self.tok[k + 1][0].isalpha()):
            return None  # "5 day visit" is adjectival; a lone "5 day" is not a duration
        if w in ("a", "an") and plural:
            return None
        end = k + 1
        if self.dash(end) and self.g[end] and self.low[end + 1] == "long":
            end += 2
        return end, _Duration(count * per)

    # ---- tense

    def _cue_arrays(self) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
        """Per token: its cue, its clause, its sentence, and the nearest cue at or before/after it."""
        if self._cues is not None:
            return self._cues
        n, low, tok = self.n, self.low, self.tok
        cue = [0] * n
        clause = [0] * n
        sentence = [0] * n
        c = s = 0
        for i in range(n):
            if i:
                p = tok[i - 1]
                gap = self.text[self.e[i - 1] : self.s[i]]
                if (
                    "\n" in gap
                    or p in ("!", "?")
                    or (
                        p == "."
                        and gap
                        and (tok[i][0].isupper() or tok[i][0] in ('"', "“", "'", "‘"))
                        and not (i >= 2 and self.g[i - 1] and (len(tok[i - 2]) == 1 or low[i - 2] in _ABBREVIATIONS))
                    )
                ):
                    c, s = c + 1, s + 1
                elif (
                    p in (",", ";", ":", "—", "–")
                    or (p == "-" and gap and not self.g[i - 1])
                    or low[i] in _CLAUSE_OPENERS
                ):
                    c += 1  # a relative clause has a tense of its own: "signed on Monday that will allow"
            clause[i], sentence[i] = c, s
            w = low[i]
            nxt = low[i + 1] if i + 1 < n else ""
            if (
                w in _FUTURE_WORDS
                or (w in _FUTURE_BEFORE_TO and nxt == "to")
                or (w == "set" and nxt == "for")
                or (w == "due" and nxt in ("on", "in", "at", "for"))
                or (w == "ll" and i and tok[i - 1] in ("'", "’"))
            ):
                cue[i] = _FUTURE
            elif w in _PAST_WORDS or (
                len(w) >= 5
                and w.endswith("ed")
                and tok[i] == w
                and w not in _NOT_PAST_ED
                and (i == 0 or low[i - 1] not in _NOT_PAST_AFTER)
            ):
                cue[i] = _PAST
        before = [-1] * n
        last = -1
        for i in range(n):
            if cue[i]:
                last = i
            before[i] = last
        after = [-1] * n
        last = -1
        for i in range(n - 1, -1, -1):
            if cue[i]:
                last = i
            after[i] = last
        self._cues = (cue, clause, sentence, before, after)
        return self._cues

    def tense(self, a: int, b: int) -> int:
        """The tense of the clause around tokens ``a``..``b - 1``: the nearest cue's."""
        cue, clause, sentence, before, after = self._cue_arrays()
        left = before[a - 1] if a > 0 else -1
        right = after[b] if b < self.n else -1
        for ids in (clause, sentence):
            found: list[tuple[int, int, int]] = []
            if left >= 0 and ids[left] == ids[a]:
                found.append((a - left, 0, cue[left]))
            if right >= 0 and ids[right] == ids[b - 1]:
                found.append((right - b + 1, 1, cue[right]))
            if found:
                return min(found)[2]
        return _NONE


_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "where", "while", "whereas"})

_RuleFn: TypeAlias = "Callable[[_Parser, int], _Match | None]"
_DIGIT_RULES: tuple[_RuleFn, ...] = (
    _Parser._rule_range,
    _Parser._rule_point,
    _Parser._rule_ago,
    _Parser._rule_duration,
)


def _rules_for(word: str) -> tuple[_RuleFn, ...]:
    """The rules that can match at a token ``word``, longest forms first."""
    month = word in _MONTHS or word in _MONTH_ABBREVIATIONS
    weekday = word in _WEEKDAYS or word in _WEEKDAY_ABBREVIATIONS
    count = word in _NUMBER_WORDS or word in ("a", "an")
    table: list[tuple[bool, _RuleFn]] = [
        (month or word in _WEEKDAYS or word in ("from", "between", "the"), _Parser._rule_range),
        (weekday or word in _SHIFTS, _Parser._rule_weekday),
        (word in _DAY_WORDS or word in ("this", "last", "next", "the", "earlier", "later"), _Parser._rule_relative),
        (word in ("early", "late", "mid", "end", "the"), _Parser._rule_approximate),
        (word in _ORDINAL_WORDS or word in ("the", "q", "h", "last", "final"), _Parser._rule_part),
        (word in _SHIFTS, _Parser._rule_shifted),
        (month or word in _SEASONS or word == "the", _Parser._rule_point),
        (count, _Parser._rule_ago),
        (count or word in ("for", "week", "day", "fortnight", "weeklong", "daylong"), _Parser._rule_duration),
    ]
    return tuple(rule for wanted, rule in table if wanted)


#: The rules to try at each word that can start a form; no other word starts one.
_RULES = {word: rules for word in _STARTERS if (rules := _rules_for(word))}


# --------------------------------------------------------------------------------------------
# Resolution against the anchor


def _signed_distance(value: FuzzyDate, anchor: dt.date) -> int:
    """Days from the anchor to ``value``: positive ahead, negative behind, 0 if it holds it."""
    lo, hi = value.earliest, value.latest
    assert lo is not None
    assert hi is not None
    if lo > anchor:
        return (lo - anchor).days
    if hi < anchor:
        return -(anchor - hi).days
    return 0


def _choose(candidates: list[Point], anchor: dt.date, tense: int, window: int) -> Point | None:
    """The candidate nearest the anchor, moved to the tense's side if that one is within ``window``."""
    if not candidates:
        return None
    best = min(candidates, key=lambda v: (abs(_signed_distance(v, anchor)), _signed_distance(v, anchor) > 0))
    d = _signed_distance(best, anchor)
    if tense == _PAST and d > 0:
        behind = [v for v in candidates if _signed_distance(v, anchor) <= 0]
        if behind:
            alt = max(behind, key=lambda v: _signed_distance(v, anchor))
            if -_signed_distance(alt, anchor) <= window:
                return alt
    if tense == _FUTURE and d < 0:
        ahead = [v for v in candidates if _signed_distance(v, anchor) >= 0]
        if ahead:
            alt = min(ahead, key=lambda v: _signed_distance(v, anchor))
            if _signed_distance(alt, anchor) <= window:
                return alt
    return best


def _point(cal: _Cal, year: int | None) -> Point | None:
    """The model value of ``cal`` in ``year``; ``None`` if there is no such date."""
    try:
        if cal.unit == "day":
            assert cal.month is not None
            assert cal.day is not None
            return Day(year, cal.month, cal.day, approximate=cal.approx)
        if cal.unit == "month":
            assert cal.month is not None
            return Month(year, cal.month, approximate=cal.approx)
        if cal.unit == "season":
            assert cal.season is not None
            return Season(year, cal.season, approximate=cal.approx)
        if cal.unit == "year" and year is not None:
            return Year(year, approximate=cal.approx)
    except ValidationError:
        pass
    return None


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    total = year * 12 + month - 1 + k
    return total // 12, total % 12 + 1


def _in_range(year: int) -> bool:
    return 1 <= year <= 9999


def _resolve_cal(cal: _Cal, anchor: dt.date | None, tense: Callable[[], int]) -> Point | None:
    if cal.year is not None:
        return _point(cal, cal.year)
    if cal.unit == "nth":
        if anchor is None:
            return None
        assert cal.day is not None
        days: list[Point] = []
        for k in (-1, 0, 1):
            y, m = _add_months(anchor.year, anchor.month, k)
            if _in_range(y) and cal.day <= calendar.monthrange(y, m)[1]:
                days.append(Day(y, m, cal.day))
        return _choose(days, anchor, tense(), 31)
    if cal.year_offset is not None:
        if anchor is None:
            return _point(cal, None)
        y = anchor.year + cal.year_offset
        return _point(cal, y) if _in_range(y) else None
    if anchor is None:
        return None if cal.shift is not None else _point(cal, None)
    found = [_point(cal, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _in_range(y)]
    candidates = [v for v in found if v is not None]
    if cal.weekday is not None:  # "Friday, March 31": the years where it is a Friday, if any
        same = [v for v in candidates if v.earliest is not None and v.earliest.weekday() == cal.weekday]
        candidates = same or candidates
    if cal.shift is None:
        t = cal.hint or tense()
        return _choose(candidates, anchor, t, _TENSE_WINDOW)
    ahead = [v for v in candidates if _signed_distance(v, anchor) > 0]
    behind = [v for v in candidates if _signed_distance(v, anchor) < 0]
    nxt = min(ahead, key=lambda v: _signed_distance(v, anchor)) if ahead else None
    last = max(behind, key=lambda v: _signed_distance(v, anchor)) if behind else None
    if cal.shift > 0:
        return nxt
    if cal.shift < 0:
        return last
    holding = [v for v in candidates if _signed_distance(v, anchor) == 0]
    if holding:
        return holding[0]
    return last if tense() == _PAST else nxt


def _resolve_weekday(node: _Weekday, anchor: dt.date | None, tense: Callable[[], int]) -> Day | None:
    if anchor is None:
        return None
    today = anchor.weekday()
    monday = anchor - dt.timedelta(days=today)
    back = (today - node.weekday) % 7  # days since the latest such weekday (0: the anchor itself)
    ahead = (node.weekday - today) % 7 or 7  # days to the next one after the anchor
    try:
        if node.week is not None:
            return Day.from_date(monday + dt.timedelta(days=7 * node.week + node.weekday))
        if node.shift == 0:
            return Day.from_date(monday + dt.timedelta(days=node.weekday))
        if node.shift is not None:
            days = -(back or 7) if node.shift < 0 else ahead
            return Day.from_date(anchor + dt.timedelta(days=days))
        t = tense()
        if t == _NONE:
            t = _PAST if back <= ahead else _FUTURE
        return Day.from_date(anchor + dt.timedelta(days=-back if t == _PAST else ahead))
    except (OverflowError, ValidationError):
        return None


def _resolve_rel(node: _Rel, anchor: dt.date | None) -> FuzzyDate | None:
    if anchor is None:
        return None
    try:
        if node.unit == "day":
            return Day.from_date(anchor + dt.timedelta(days=node.offset))
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=node.offset)
        if node.unit == "week":
            return Interval(Day.from_date(monday), Day.from_date(monday + dt.timedelta(days=6)))
        if node.unit == "weekend":
            return Interval(Day.from_date(monday + dt.timedelta(days=5)), Day.from_date(monday + dt.timedelta(days=6)))
        if node.unit == "month":
            y, m = _add_months(anchor.year, anchor.month, node.offset)
            return Month(y, m, approximate=node.approx)
        return Year(anchor.year + node.offset, approximate=node.approx)
    except (OverflowError, ValidationError):
        return None


def _resolve_ago(node: _Ago, anchor: dt.date | None) -> FuzzyDate | None:
    if anchor is None:
        return None
    try:
        if node.unit == "day":
            return Day.from_date(anchor - dt.timedelta(days=node.count))
        if node.unit == "week":
            return Day.from_date(anchor - dt.timedelta(weeks=node.count), approximate=True)
        if node.unit == "month":
            y, m = _add_months(anchor.year, anchor.month, -node.count)
            return Month(y, m)
        return Year(anchor.year - node.count)
    except (OverflowError, ValidationError):
        return None


def _resolve_range(node: _Range, anchor: dt.date | None, tense: Callable[[], int]) -> FuzzyDate | None:
    a, b = node.start, node.end
    if isinstance(a, _Weekday) and isinstance(b, _Weekday):
        first = _resolve_weekday(a, anchor, tense)
        if first is None or first.earliest is None:
            return None
        try:
            last = first.earliest + dt.timedelta(days=(b.weekday - a.weekday) % 7 or 7)
            return Interval(first, Day.from_date(last))
        except (OverflowError, ValidationError):
            return None
    assert isinstance(a, _Cal)
    assert isinstance(b, _Cal)
    start = _resolve_cal(a, anchor, tense)
    if start is None:
        return None
    if b.year is None and b.year_offset is None and start.earliest is not None:
        # the end follows the start: same year, or the next if it wraps ("Dec 30 - Jan 2")
        year = start.earliest.year
        later = (b.month or 0, b.day or 0) < (a.month or 0, a.day or 0)
        end = _point(b, year + later) if _in_range(year + later) else None
    else:
        end = _resolve_cal(b, anchor, tense)
    if end is None:
        return None
    try:
        return Interval(start, end)
    except ValidationError:
        return None


def _resolve(node: _Node, anchor: dt.date | None, tense: Callable[[], int]) -> FuzzyDate | None:
    if isinstance(node, _Cal):
        return _resolve_cal(node, anchor, tense)
    if isinstance(node, _Weekday):
        return _resolve_weekday(node, anchor, tense)
    if isinstance(node, _Rel):
        return _resolve_rel(node, anchor)
    if isinstance(node, _Ago):
        return _resolve_ago(node, anchor)
    if isinstance(node, _Range):
        return _resolve_range(node, anchor, tense)
    if isinstance(node, _Part):
        year = node.year
        if year is None:
            if anchor is None or node.year_offset is None:
                return None
            year = anchor.year + node.year_offset
        if not _in_range(year):
            return None
        return Interval(Month(year, node.first), Month(year, node.last))
    return None  # a duration has no date


def _check_anchor(anchor: object) -> dt.date | None:
    if anchor is None:
        return None
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if isinstance(anchor, dt.date):
        return anchor
    raise FieldTypeError(f"anchor: expected datetime.date or None, got {anchor!r} ({type(anchor).__name__})")


def _timex(p: _Parser, span: tuple[int, int], node: _Node, target: bool, anchor: dt.date | None) -> Timex:
    i, end = span
    start, stop = p.s[i], p.e[end - 1]
    value = _resolve(node, anchor, lambda: p.tense(i, end))
    duration = node.days if isinstance(node, _Duration) else None
    return Timex(start, stop, p.text[start:stop], value, duration, target)


# --------------------------------------------------------------------------------------------
# Public functions


def find_timexes(text: str, anchor: dt.date | None = None) -> list[Timex]:
    """Every temporal expression in ``text``, in order, not overlapping, the longest winning.

    ``anchor`` is the day the text was published; relative expressions resolve against it.

    >>> import datetime
    >>> [(t.text, str(t.value)) for t in find_timexes(
    ...     "Misri is set to embark on a visit starting Tuesday, as announced on Monday.",
    ...     datetime.date(2025, 5, 26))]
    [('Tuesday', '2025-05-27'), ('Monday', '2025-05-26')]
    >>> [(t.text, t.duration_days) for t in find_timexes("a three-day visit")]
    [('three-day', 3)]

    Forms and the choices made:

    * Days: ``May 26``, ``26 May``, ``May 26, 2025``, ``26 May 2023``, ``Nov. 29``, ``31st of
      May``, ``the 3rd of June``, ``19 MAY 2023``, ``2025-05-27``; ``the 21st`` is a day of the
      anchor's month or the one before or after (nearest, moved by the tense within 31 days).
      Month and weekday names must be capitalised in running text ("may" is a verb).  Numeric
      forms such as ``5/6/2025`` are not read: month-first and day-first writers disagree.
    * Ranges (an :class:`~diplomacy.Interval`): ``May 7-10``, ``7-10 May``, ``May 7 to 10``,
      ``from Nov 30 to Dec 4``, ``31st of May to the 3rd of June``, ``between May 7 and 10``,
      ``April 30 – May 2, 2016`` (hyphen, en or em dash, *to*, *through*, *until*, *till*),
      ``May-June 2025``, ``2025-26``, ``from Tuesday to Thursday``.  A year written once applies to
      both ends; an end without a year follows the start ("Dec 30 - Jan 2" crosses the year).
    * Months and seasons: ``February 2025``; a bare ``February`` only after a preposition ("in",
      "since", "by"...); ``mid-May``, ``early June``, ``late June``, ``the end of May`` are
      approximate months; ``fall 2025``/``autumn 2025`` → ``Season(2025, 23)``; ``winter 2025`` →
      ``Season(2025, 24)`` (December 2025 to February 2026).  ``this May``/``this summer`` is the
      one holding the anchor, else the next (the last in a past clause); ``next``/``last`` the
      first after / before the anchor.
    * Parts of years: ``the first half of 2026`` → months 1-6, ``the second half``, ``the first
      quarter of 2025``, ``Q1 2025``, ``H2 2026``, ``the first half of next year``.
    * Years: ``2025`` alone only when it reads as a year: four digits 1800-2199, not part of a
      larger number, not after a label ("Resolution 2118") and not before a counted noun ("2025
      troops"); ``early 2025``, ``the end of 2025`` are approximate.
    * Deadlines: ``by fall 2025``, ``by the end of 2025``, ``by 2030`` keep their date and set
      :attr:`Timex.target`; the span includes "by".
    * Relative (``None`` without an anchor): ``today``/``tonight`` the anchor, ``tomorrow``,
      ``yesterday``, ``last night``; ``this week``, ``last week``, ``next week``, ``earlier this
      week``, ``later this week`` are Monday-Sunday ISO weeks; ``this weekend`` its Saturday and
      Sunday; ``this month``, ``earlier this month``, ``later this month`` the anchor's month (not
      narrowed); ``this year``, ``earlier this year``, ``later this year`` the anchor's year;
      ``three days ago`` a day, ``two weeks ago`` an approximate day, ``a year ago`` a year.
    * Weekdays: ``last Friday`` the latest before the anchor, ``next Monday`` the first after it,
      ``this Thursday`` the one in the anchor's ISO week, ``Tuesday next week`` in the next week.
      A bare weekday follows the clause's tense: in a past clause the latest on or before the
      anchor (the anchor itself if it is that weekday: "announced on Monday" in a Monday story),
      in a future clause the first after the anchor (a week on if it is the anchor's weekday),
      with no cue the nearer of the two.  A weekday with a date ("last Friday, March 31",
      "Monday (19 November 2018)") is one expression whose value is the date.
    * Durations (``value`` ``None``, :attr:`Timex.duration_days` set): ``three-day``, ``3-day``,
      ``5 day`` (before a noun), ``two weeks``, ``for three days``, ``for a week``, ``week-long``,
      ``weeklong``, ``for a fortnight``.
    """
    if not isinstance(text, str):
        raise ParseError(f"expected a str, got {text!r} ({type(text).__name__})")
    anchor = _check_anchor(anchor)
    p = _Parser(text)
    out: list[Timex] = []
    i = 0
    while i < p.n:
        m = p.parse_at(i)
        if m is None:
            i += 1
            continue
        end, node, target = m
        out.append(_timex(p, (i, end), node, target, anchor))
        i = end
    return out


def match_at(text: str, pos: int = 0, endpos: int | None = None, anchor: dt.date | None = None) -> Timex | None:
    """The longest date starting at the first token at or after ``pos``, read loosely (any case).

    For callers that know a date is expected there (a dateline).  Raises
    :class:`~diplomacy.ParseError` for an impossible date ("May 32"); ``None`` if no date starts
    there.

    >>> match_at("New Delhi, MAY 26 (NationPress)", 11).value
    Day('XXXX-05-26')
    """
    p = _Parser(text, pos, endpos, loose=True)
    try:
        m = p.parse_at(0)
    except _InvalidDateError as e:
        raise ParseError(e.message, text, e.offset, e.length) from None
    if m is None:
        return None
    end, node, target = m
    return _timex(p, (0, end), node, target, _check_anchor(anchor))


def parse_date(text: str, anchor: dt.date | None = None) -> FuzzyDate:
    """Read one date written the way news text writes it, or in EDTF.

    The whole string (leading and trailing white space aside; a leading "in", "on" or "during"
    is skipped) must be one temporal expression or an EDTF string (read by
    :func:`~diplomacy.parse_edtf`).  Expressions: a day ("May 26", "26 May 2023", "Nov. 29",
    "the 3rd of June", "2025-05-27"), a range ("May 7-10", "from Nov 30 to Dec 4", "April 30 –
    May 2, 2016"), a month ("February 2025", "mid-May"), a season ("fall 2025"), part of a year
    ("the first half of 2026", "Q1 2025"), a year, a deadline ("by 2030"), or an expression relative
    to ``anchor`` ("next week", "Tuesday", "earlier this month", "the 21st").  Names may be in any
    case.

    ``anchor``, the day the text was published, resolves relative expressions and gives a day or
    month written without a year the year that puts it nearest the anchor ("Dec 30" read on 2
    January is last year's).  Without an anchor that year is unknown (``XXXX-05-26``) and a
    relative expression is an error.

    >>> from datetime import date
    >>> parse_date("fall 2025")
    Season('2025-23')
    >>> parse_date("Tuesday", anchor=date(2025, 5, 26))
    Day('2025-05-27')
    >>> parse_date("May 7-10", anchor=date(2025, 5, 26))
    Interval('2025-05-07/2025-05-10')
    >>> parse_date("26 May 2023")
    Day('2023-05-26')
    >>> parse_date("May 26")
    Day('XXXX-05-26')
    >>> parse_date("the first half of 2026")
    Interval('2026-01/2026-06')

    Raises :class:`~diplomacy.ParseError`, with a caret under the problem, for anything else:

    >>> parse_date("May 26 and more")
    Traceback (most recent call last):
    ...
    diplomacy.errors.ParseError: unexpected text after the date 'May 26'
        May 26 and more
               ^^^^^^^^
    """
    if not isinstance(text, str):
        raise ParseError(f"expected a date string, got {text!r} ({type(text).__name__})")
    anchor = _check_anchor(anchor)
    stripped = text.strip()
    if not stripped:
        raise ParseError("an empty string is not a date")
    lead = len(text) - len(text.lstrip())
    edtf_error: ParseError | None = None
    if _EDTF_CHARS_RE.fullmatch(stripped):
        try:
            return parse_edtf(stripped)
        except ParseError as e:
            edtf_error = ParseError(e.message, text, e.offset + lead, e.length)
    p = _Parser(text, loose=True)
    i = 1 if p.n > 1 and p.low[0] in ("in", "on", "during") else 0
    try:
        m = p.parse_at(i)
    except _InvalidDateError as e:
        if edtf_error is not None:
            raise edtf_error from None
        raise ParseError(e.message, text, e.offset, e.length) from None
    if m is None or m[0] < p.n:
        if edtf_error is not None:
            raise edtf_error
        if m is None:
            raise ParseError(
                "expected a date, such as 'May 26', 'fall 2025', 'next week' or '2025-05-26'",
                text,
                p.s[i],
                p.e[i] - p.s[i],
            )
        if p.reversed is not None and p.reversed[0] == m[0] + 1:
            lo, hi = p.s[p.reversed[0]], p.e[p.reversed[1] - 1]
            raise ParseError("the range ends before it starts", text, lo, hi - lo)
        span = text[p.s[i] : p.e[m[0] - 1]]
        rest = p.s[m[0]]
        raise ParseError(f"unexpected text after the date {span!r}", text, rest, lead + len(stripped) - rest)
    end, node, _ = m
    start, stop = p.s[i], p.e[end - 1]
    span = text[start:stop]
    if isinstance(node, _Duration):
        raise ParseError(f"{span!r} is a length of time, not a date", text, start, stop - start)
    value = _resolve(node, anchor, lambda: _NONE)
    if value is None:
        if anchor is None:
            raise ParseError(
                f"{span!r} is relative: an anchor date is needed to resolve it (pass anchor=...)",
                text,
                start,
                stop - start,
            )
        raise ParseError(f"{span!r} cannot be resolved against {anchor.isoformat()}", text, start, stop - start)
    return value


def apply_duration(start: FuzzyDate, days: int) -> Interval | None:
    """The span of ``days`` days from ``start``: "a three-day visit starting Tuesday".

    ``None`` when ``start`` is not a :class:`~diplomacy.Day` of a known year.

    >>> apply_duration(Day(2025, 5, 27), 3)
    Interval('2025-05-27/2025-05-29')
    >>> apply_duration(Day(None, 5, 27), 3) is None
    True
    """
    if isinstance(days, bool) or not isinstance(days, int):
        raise FieldTypeError(f"apply_duration.days: expected int, got {days!r} ({type(days).__name__})")
    if days < 1:
        raise ValidationError(f"apply_duration.days: a duration is at least 1 day, got {days}")
    if not isinstance(start, Day) or start.earliest is None:
        return None
    try:
        last = start.earliest + dt.timedelta(days=days - 1)
        return Interval(start, Day.from_date(last, approximate=start.approximate, uncertain=start.uncertain))
    except (OverflowError, ValidationError):
        return None
