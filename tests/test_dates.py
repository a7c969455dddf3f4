"""Dates: the EDTF round trip, the bounds of every precision, ordering, and parse errors."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy import Day, Interval, Month, ParseError, Season, Year, parse_edtf
from diplomacy import strategies as ds
from diplomacy._model.dates import FuzzyDate

D = dt.date


# --- round trip --------------------------------------------------------------------------------


@given(ds.fuzzy_dates())
def test_parse_edtf_reads_back_str_of_every_date(value: FuzzyDate) -> None:
    """parse_edtf(str(x)) == x for days, months, seasons, years and intervals, qualifiers included."""
    assert parse_edtf(str(value)) == value


@given(ds.fuzzy_dates())
def test_str_is_stable_through_the_round_trip(value: FuzzyDate) -> None:
    """The canonical form is a fixed point: str(parse_edtf(str(x))) == str(x)."""
    assert str(parse_edtf(str(value))) == str(value)


@given(ds.fuzzy_dates())
def test_the_kept_text_survives_copy_and_pickle(value: FuzzyDate) -> None:
    """The EDTF text a date keeps from its construction comes along through copy and pickle."""
    for other in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert other == value
        assert str(other) == str(value)
        assert repr(other) == repr(value)


def test_the_kept_text_follows_evolve_and_takes_no_part_in_equality() -> None:
    """attrs.evolve writes the new value's own text; the text is neither compared nor shown as a field."""
    day = Day(2025, 5, 27)
    assert str(attrs.evolve(day, day=29, approximate=True)) == "2025-05-29~"
    assert str(attrs.evolve(Interval(Month(2025, 1), None), end=Season(2025, 23))) == "2025-01/2025-23"
    assert day == Day(2025, 5, 27)
    assert hash(day) == hash(Day(2025, 5, 27))
    assert repr(day) == "Day('2025-05-27')"
    with pytest.raises(TypeError):
        Day(2025, 5, 27, _text="2025-05-28")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025", Year(2025)),
        ("2025~", Year(2025, approximate=True)),
        ("2025-05", Month(2025, 5)),
        ("2025-05?", Month(2025, 5, uncertain=True)),
        ("XXXX-05", Month(None, 5)),
        ("2025-05-27", Day(2025, 5, 27)),
        ("2025-05-27%", Day(2025, 5, 27, approximate=True, uncertain=True)),
        ("XXXX-02-29", Day(None, 2, 29)),
        ("2024-02-29", Day(2024, 2, 29)),
        ("2025-21", Season(2025, 21)),
        ("2025-24~", Season(2025, 24, approximate=True)),
        ("XXXX-23", Season(None, 23)),
        ("2025-05-07/2025-05-10", Interval(Day(2025, 5, 7), Day(2025, 5, 10))),
        ("../2025-23", Interval(None, Season(2025, 23))),
        ("2025-05/..", Interval(Month(2025, 5), None)),
        ("2025~/2026-03-01?", Interval(Year(2025, approximate=True), Day(2026, 3, 1, uncertain=True))),
        ("0001", Year(1)),
        ("9999-12-31", Day(9999, 12, 31)),
    ],
)
def test_parse_edtf_known_values(text: str, expected: FuzzyDate) -> None:
    """Each EDTF form reads to the value of its precision, and str() gives the text back."""
    assert parse_edtf(text) == expected
    assert str(expected) == text


# --- bounds ------------------------------------------------------------------------------------


@given(ds.fuzzy_dates())
def test_earliest_is_not_after_latest(value: FuzzyDate) -> None:
    """Whenever both bounds are known, earliest <= latest."""
    if value.earliest is not None and value.latest is not None:
        assert value.earliest <= value.latest


@given(ds.points(allow_unknown_year=False))
def test_a_known_point_contains_its_bounds(value: Day | Month | Season | Year) -> None:
    """A point with a known year has both bounds, contains each of them and not the days just outside."""
    assert value.earliest is not None
    assert value.latest is not None
    assert value.contains(value.earliest)
    assert value.contains(value.latest)
    if value.earliest > D.min:
        assert not value.contains(value.earliest - dt.timedelta(days=1))
    if value.latest < D.max:
        assert not value.contains(value.latest + dt.timedelta(days=1))


@given(ds.days(allow_unknown_year=False))
def test_a_day_lies_in_its_month_and_year(day: Day) -> None:
    """The bounds of a day fall within the bounds of its month and of its year."""
    assert day.year is not None
    assert Month(day.year, day.month).contains(day.earliest or D.min)
    assert Year(day.year).contains(day.earliest or D.min)


@pytest.mark.parametrize(
    ("value", "earliest", "latest"),
    [
        (Day(2025, 5, 27), D(2025, 5, 27), D(2025, 5, 27)),
        (Day(2024, 2, 29), D(2024, 2, 29), D(2024, 2, 29)),
        (Month(2025, 5), D(2025, 5, 1), D(2025, 5, 31)),
        (Month(2025, 2), D(2025, 2, 1), D(2025, 2, 28)),
        (Month(2024, 2), D(2024, 2, 1), D(2024, 2, 29)),
        (Month(2000, 2), D(2000, 2, 1), D(2000, 2, 29)),
        (Month(1900, 2), D(1900, 2, 1), D(1900, 2, 28)),
        (Month(2025, 12), D(2025, 12, 1), D(2025, 12, 31)),
        (Season(2025, 21), D(2025, 3, 1), D(2025, 5, 31)),
        (Season(2025, 22), D(2025, 6, 1), D(2025, 8, 31)),
        (Season(2025, 23), D(2025, 9, 1), D(2025, 11, 30)),
        (Season(2025, 24), D(2025, 12, 1), D(2026, 2, 28)),
        (Season(2023, 24), D(2023, 12, 1), D(2024, 2, 29)),
        (Season(9998, 24), D(9998, 12, 1), D(9999, 2, 28)),
        (Year(2025), D(2025, 1, 1), D(2025, 12, 31)),
        (Year(1), D(1, 1, 1), D(1, 12, 31)),
        (Interval(Day(2025, 5, 7), Day(2025, 5, 10)), D(2025, 5, 7), D(2025, 5, 10)),
        (Interval(Month(2026, 1), Month(2026, 6)), D(2026, 1, 1), D(2026, 6, 30)),
        (Interval(Season(2025, 24), Year(2026)), D(2025, 12, 1), D(2026, 12, 31)),
        (Interval(None, Season(2025, 23)), None, D(2025, 11, 30)),
        (Interval(Year(2025), None), D(2025, 1, 1), None),
        (Day(None, 5, 21), None, None),
        (Month(None, 5), None, None),
        (Season(None, 24), None, None),
    ],
    ids=str,
)
def test_bounds_of_each_precision(value: FuzzyDate, earliest: dt.date | None, latest: dt.date | None) -> None:
    """Known bounds for each precision: month lengths, leap years, winter crossing into the next year,
    open interval ends and unknown years (None)."""
    assert (value.earliest, value.latest) == (earliest, latest)


def test_sort_key_treats_unknown_bounds_as_widest() -> None:
    """sort_key() stands in date.min / date.max for an unknown bound."""
    assert Day(None, 5, 21).sort_key() == (D.min, D.max)
    assert Interval(None, Year(2025)).sort_key() == (D.min, D(2025, 12, 31))
    assert Interval(Year(2025), None).sort_key() == (D(2025, 1, 1), D.max)


# --- ordering ----------------------------------------------------------------------------------


def test_sorted_mixed_precisions_is_by_earliest_then_latest() -> None:
    """Values of different precisions sort by (earliest, latest): a wider value with the same start
    comes after a narrower one."""
    values = [
        Year(2025),
        Month(2025, 5),
        Day(2025, 1, 1),
        Season(2024, 24),
        Interval(Day(2025, 1, 1), Day(2025, 1, 3)),
        Month(2025, 1),
    ]
    assert sorted(values) == [
        Season(2024, 24),
        Day(2025, 1, 1),
        Interval(Day(2025, 1, 1), Day(2025, 1, 3)),
        Month(2025, 1),
        Year(2025),
        Month(2025, 5),
    ]


@given(st.lists(ds.fuzzy_dates(), max_size=8))
def test_sorted_agrees_with_sort_key(values: list[FuzzyDate]) -> None:
    """sorted() of any dates is sorted(key=sort_key): the comparison operators follow the bounds."""
    assert sorted(values) == sorted(values, key=lambda v: v.sort_key())


@given(ds.fuzzy_dates(), ds.fuzzy_dates())
def test_comparisons_are_consistent(a: FuzzyDate, b: FuzzyDate) -> None:
    """<, <=, > and >= agree with each other and with the sort keys."""
    assert (a < b) == (a.sort_key() < b.sort_key()) == (b > a)
    assert (a <= b) == (a.sort_key() <= b.sort_key()) == (b >= a)


def test_comparing_with_another_type_is_a_type_error() -> None:
    """Dates do not order against plain dates or strings."""
    with pytest.raises(TypeError, match="'<' not supported between instances of 'Day' and 'str'"):
        _ = Day(2025, 5, 1) < "2025-05-02"  # type: ignore[operator]


# --- parse errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "2025-13",
            "month 13 is out of range (1-12, or 21-24 for a season)\n    2025-13\n         ^^",
        ),
        (
            "2025-02-30",
            "day 30 is out of range for 2025-02 (1-28)\n    2025-02-30\n            ^^",
        ),
        (
            "2023-02-29",
            "day 29 is out of range for 2023-02 (1-28)\n    2023-02-29\n            ^^",
        ),
        (
            "May 32",
            "'May 32' is not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS, XXXX-MM-DD, "
            "with an optional ?, ~ or %)\n    May 32\n    ^^^^^^",
        ),
        ("", "an empty string is not an EDTF date"),
        (
            "2025-05-10/2025-05-07",
            "start 2025-05-10 is after end 2025-05-07\n    2025-05-10/2025-05-07\n    ^^^^^^^^^^^^^^^^^^^^^",
        ),
        (
            "../..",
            "an interval needs at least one known end ('../..' says nothing)\n    ../..\n    ^^^^^",
        ),
        ("XXXX", "an unknown year alone ('XXXX') says nothing\n    XXXX\n    ^^^^"),
        ("0000", "year 0000 is out of range (0001-9999)\n    0000\n    ^^^^"),
        ("9999-24", "winter 9999 ends after the last representable day\n    9999-24\n    ^^^^^^^"),
        ("2025-21-05", "month 21 is out of range (1-12)\n    2025-21-05\n         ^^"),
        ("2025/2026/2027", "an interval has one '/'\n    2025/2026/2027\n             ^"),
        (
            "2025-05-07/2025-13",
            "month 13 is out of range (1-12, or 21-24 for a season)\n    2025-05-07/2025-13\n                    ^^",
        ),
        (
            "2025-05-07/x",
            "'x' is not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS, XXXX-MM-DD, "
            "with an optional ?, ~ or %)\n    2025-05-07/x\n               ^",
        ),
        (
            "٢٠٢٥",
            "'٢٠٢٥' is not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS, XXXX-MM-DD, "
            "with an optional ?, ~ or %)\n    ٢٠٢٥\n    ^^^^",
        ),
    ],
    ids=repr,
)
def test_parse_edtf_error_messages(text: str, message: str) -> None:
    """Bad EDTF raises ParseError (a ValueError) whose message shows the text and a caret under the problem."""
    with pytest.raises(ParseError) as info:
        parse_edtf(text)
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (20250527, "expected an EDTF string, got 20250527 (int)"),
        (None, "expected an EDTF string, got None (NoneType)"),
        (b"2025", "expected an EDTF string, got b'2025' (bytes)"),
        (D(2025, 5, 27), "expected an EDTF string, got datetime.date(2025, 5, 27) (date)"),
    ],
    ids=repr,
)
def test_parse_edtf_rejects_non_strings_with_parse_error(value: object, message: str) -> None:
    """Input that is not a str gets the same public ParseError, never a stray TypeError."""
    with pytest.raises(ParseError) as info:
        parse_edtf(value)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_parse_error_locates_the_problem() -> None:
    """ParseError keeps the text, the offset and the problem's line and column."""
    with pytest.raises(ParseError) as info:
        parse_edtf("2025-05-07/2025-13")
    error = info.value
    assert (error.message, error.text, error.offset, error.length) == (
        "month 13 is out of range (1-12, or 21-24 for a season)",
        "2025-05-07/2025-13",
        16,
        2,
    )
    assert (error.line, error.column) == ("2025-05-07/2025-13", 16)


@given(st.text(max_size=30))
def test_parse_edtf_raises_only_parse_error(text: str) -> None:
    """Any string either parses to a date that prints back to it, or raises ParseError: nothing else escapes."""
    try:
        value = parse_edtf(text)
    except ParseError:
        return
    assert str(value) == text
