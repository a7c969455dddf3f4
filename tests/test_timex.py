"""Temporal expressions: finding them in news text, resolving them, reading one as a date."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy import Day, FuzzyDate, Interval, Month, ParseError, Season, Year
from diplomacy._text.timex import Timex, apply_duration, find_timexes, parse_date
from diplomacy.errors import FieldTypeError, ValidationError

MONDAY = dt.date(2025, 5, 26)  # the seed article's publication day, a Monday


def found(text: str, anchor: dt.date | None = MONDAY) -> list[tuple[str, str | None]]:
    """``(text, EDTF value)`` of every timex found."""
    return [(t.text, None if t.value is None else str(t.value)) for t in find_timexes(text, anchor)]


def only(text: str, anchor: dt.date | None = MONDAY) -> Timex:
    timexes = find_timexes(text, anchor)
    assert len(timexes) == 1, timexes
    return timexes[0]


def message(call: Callable[[], object]) -> str:
    with pytest.raises(ParseError) as info:
        call()
    return str(info.value)


# --- days ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 26", "2025-05-26"),
        ("26 May", "2025-05-26"),
        ("May 26, 2025", "2025-05-26"),
        ("May 26 2024", "2024-05-26"),
        ("26 May 2023", "2023-05-26"),
        ("26 May, 2023", "2023-05-26"),
        ("Nov. 29", "2024-11-29"),
        ("Sept. 3", "2025-09-03"),
        ("Sep 3, 2024", "2024-09-03"),
        ("May 26th", "2025-05-26"),
        ("26th May", "2025-05-26"),
        ("31st of May", "2025-05-31"),
        ("the 3rd of June", "2025-06-03"),
        ("19 MAY 2023", "2023-05-19"),
        ("SEPTEMBER 25, 2014", "2014-09-25"),
        ("30 May. 2023", "2023-05-30"),
        ("2025-05-27", "2025-05-27"),
    ],
)
def test_day_forms(text: str, expected: str) -> None:
    """Each way of writing a day is one timex over the whole form, with its value."""
    t = only(text)
    assert (t.text, str(t.value)) == (text, expected)


def test_day_of_the_month_alone() -> None:
    """'the 21st' is a day of the anchor's month, or of the month before or after (nearest)."""
    assert found("They met on the 21st, officials said.") == [("the 21st", "2025-05-21")]
    assert found("They will meet on the 3rd.") == [("the 3rd", "2025-06-03")]
    assert found("They will meet on the 21st.") == [("the 21st", "2025-06-21")]


def test_ordinal_before_a_noun_is_not_a_day() -> None:
    """'the 21st Century', 'the 3rd Division' are not dates."""
    assert found("aimed at the 21st Century and the 3rd Division") == []


def test_month_and_weekday_names_need_capitals_in_running_text() -> None:
    """'may' is a verb, and 'May' alone is a surname or a verb unless a preposition makes it a month."""
    assert found("officials may 26 times") == []
    assert found("Theresa May said") == []
    assert found("May I add") == []
    assert found("He visited in May.") == [("May", "2025-05")]


# --- ranges ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("May 7-10", MONDAY, "2025-05-07/2025-05-10"),
        ("May 7 to 10", MONDAY, "2025-05-07/2025-05-10"),
        ("7-10 May", MONDAY, "2025-05-07/2025-05-10"),
        ("May 1-2", MONDAY, "2025-05-01/2025-05-02"),
        ("May 7 until 10", MONDAY, "2025-05-07/2025-05-10"),
        ("May 7 till 10", MONDAY, "2025-05-07/2025-05-10"),
        ("between May 7 and 10", MONDAY, "2025-05-07/2025-05-10"),
        ("between 7 and 10 May", MONDAY, "2025-05-07/2025-05-10"),
        ("from Nov 30 to Dec 4", dt.date(2015, 11, 24), "2015-11-30/2015-12-04"),
        ("31st of May to the 3rd of June", MONDAY, "2025-05-31/2025-06-03"),
        ("from the 31st of May to the 3rd of June this year", dt.date(2023, 5, 27), "2023-05-31/2023-06-03"),
        ("April 30 – May 2, 2016", None, "2016-04-30/2016-05-02"),
        ("April 30 — May 2, 2016", None, "2016-04-30/2016-05-02"),
        ("April 30 through May 2, 2016", None, "2016-04-30/2016-05-02"),
        ("30 April - 2 May 2016", None, "2016-04-30/2016-05-02"),
        ("from Dec. 11-18, 2013", None, "2013-12-11/2013-12-18"),
        ("from 4 to 8 June 2017", None, "2017-06-04/2017-06-08"),
        ("29-30 September 2014", None, "2014-09-29/2014-09-30"),
        ("February 13 to 18, 2025", None, "2025-02-13/2025-02-18"),
        ("December 30, 2024 - January 2, 2025", None, "2024-12-30/2025-01-02"),
        ("December 30 - January 2, 2025", None, "2024-12-30/2025-01-02"),
        ("Dec 30 - Jan 2", dt.date(2025, 1, 2), "2024-12-30/2025-01-02"),
        ("May-June 2025", None, "2025-05/2025-06"),
        ("from May to July 2025", None, "2025-05/2025-07"),
        ("2025-26", None, "2025/2026"),
        ("2019–2021", None, "2019/2021"),
        ("between 2019 and 2020", None, "2019/2020"),
        ("from Tuesday to Thursday", MONDAY, "2025-05-27/2025-05-29"),
    ],
)
def test_range_forms(text: str, anchor: dt.date | None, expected: str) -> None:
    """A range is one timex whose value is an Interval; a year written once applies to both ends."""
    t = only(text, anchor)
    assert (t.text, str(t.value)) == (text, expected)
    assert isinstance(t.value, Interval)


def test_longest_match_wins() -> None:
    """'May 7-10' is one range, not the day 'May 7' and a stray number."""
    assert found("India between May 7-10.") == [("May 7-10", "2025-05-07/2025-05-10")]


def test_range_without_year_and_without_anchor() -> None:
    """With no anchor both ends keep an unknown year."""
    assert found("May 7-10", None) == [("May 7-10", "XXXX-05-07/XXXX-05-10")]


def test_reversed_range_is_not_a_range() -> None:
    """'May 10-7' ends before it starts: only 'May 10' is read."""
    assert found("May 10-7", None) == [("May 10", "XXXX-05-10")]


# --- months, seasons, parts of years, years ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "value"),
    [
        ("in February 2025", "February 2025", Month(2025, 2)),
        ("in February", "February", Month(2025, 2)),
        ("since March", "March", Month(2025, 3)),
        ("mid-May", "mid-May", Month(2025, 5, approximate=True)),
        ("in early June", "early June", Month(2025, 6, approximate=True)),
        ("late June", "late June", Month(2025, 6, approximate=True)),
        ("the end of May", "the end of May", Month(2025, 5, approximate=True)),
        ("fall 2025", "fall 2025", Season(2025, 23)),
        ("autumn 2025", "autumn 2025", Season(2025, 23)),
        ("spring 2026", "spring 2026", Season(2026, 21)),
        ("winter 2025", "winter 2025", Season(2025, 24)),
        ("the autumn of 2025", "autumn of 2025", Season(2025, 23)),
        ("in the summer", "summer", Season(2025, 22)),
        ("this summer", "this summer", Season(2025, 22)),
        ("next spring", "next spring", Season(2026, 21)),
        ("last winter", "last winter", Season(2024, 24)),
        ("last May", "last May", Month(2024, 5)),
        ("next February", "next February", Month(2026, 2)),
        ("the first half of 2026", "the first half of 2026", Interval(Month(2026, 1), Month(2026, 6))),
        ("the second half of 2025", "the second half of 2025", Interval(Month(2025, 7), Month(2025, 12))),
        ("the first quarter of 2025", "the first quarter of 2025", Interval(Month(2025, 1), Month(2025, 3))),
        ("the fourth quarter of 2024", "the fourth quarter of 2024", Interval(Month(2024, 10), Month(2024, 12))),
        ("Q1 2025", "Q1 2025", Interval(Month(2025, 1), Month(2025, 3))),
        ("H2 2026", "H2 2026", Interval(Month(2026, 7), Month(2026, 12))),
        ("the first half of next year", "the first half of next year", Interval(Month(2026, 1), Month(2026, 6))),
        ("in 2025", "2025", Year(2025)),
        ("early 2026", "early 2026", Year(2026, approximate=True)),
        ("mid-2026", "mid-2026", Year(2026, approximate=True)),
        ("early next year", "early next year", Year(2026, approximate=True)),
    ],
)
def test_month_season_part_and_year_forms(text: str, expected: str, value: FuzzyDate) -> None:
    """Months, seasons (winter 2025 is December 2025 to February 2026), halves, quarters, years."""
    t = only(text)
    assert (t.text, t.value) == (expected, value)


@pytest.mark.parametrize(
    "text",
    [
        "2025 troops",
        "Resolution 2118",
        "UN Security Council Resolution 2254",
        "$2025",
        "2,025 people",
        "12025",
        "the 1990s",
        "COP-2025",
        "G20",
        "at 10:30",
        "1750",
        "The fall of Kabul",
        "the Arab Spring",
        "prices fall",
    ],
)
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    """Four digits are a year only when nothing says they count or label something; 'fall' and
    'spring' are seasons only with a year or a preposition."""
    assert found(text) == []


# --- deadlines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("by fall 2025", Season(2025, 23)),
        ("by the end of 2025", Year(2025, approximate=True)),
        ("by 2030", Year(2030)),
        ("by May 3", Day(2025, 5, 3)),
        ("by next week", Interval(Day(2025, 6, 2), Day(2025, 6, 8))),
    ],
)
def test_deadlines_keep_their_date_and_set_target(text: str, value: FuzzyDate) -> None:
    """'by …' forms are one timex over the whole text, with the date and ``target`` set."""
    t = only(f"to be signed {text}.")
    assert (t.text, t.value, t.target) == (text, value, True)


def test_other_dates_are_not_targets() -> None:
    """Only 'by' makes a deadline."""
    assert only("signed in 2030").target is False


# --- relative expressions ---------------------------------------------------------------------------

RELATIVE = [
    ("today", Day(2025, 5, 26)),
    ("tonight", Day(2025, 5, 26)),
    ("this morning", Day(2025, 5, 26)),
    ("tomorrow", Day(2025, 5, 27)),
    ("tomorrow morning", Day(2025, 5, 27)),
    ("yesterday", Day(2025, 5, 25)),
    ("last night", Day(2025, 5, 25)),
    ("the day after tomorrow", Day(2025, 5, 28)),
    ("this week", Interval(Day(2025, 5, 26), Day(2025, 6, 1))),
    ("last week", Interval(Day(2025, 5, 19), Day(2025, 5, 25))),
    ("next week", Interval(Day(2025, 6, 2), Day(2025, 6, 8))),
    ("earlier this week", Interval(Day(2025, 5, 26), Day(2025, 6, 1))),
    ("later this week", Interval(Day(2025, 5, 26), Day(2025, 6, 1))),
    ("this weekend", Interval(Day(2025, 5, 31), Day(2025, 6, 1))),
    ("this month", Month(2025, 5)),
    ("last month", Month(2025, 4)),
    ("next month", Month(2025, 6)),
    ("earlier this month", Month(2025, 5)),
    ("later this month", Month(2025, 5)),
    ("this year", Year(2025)),
    ("last year", Year(2024)),
    ("next year", Year(2026)),
    ("earlier this year", Year(2025)),
    ("later this year", Year(2025)),
    ("the end of the year", Year(2025, approximate=True)),
    ("three days ago", Day(2025, 5, 23)),
    ("two weeks ago", Day(2025, 5, 12, approximate=True)),
    ("a year ago", Year(2024)),
    ("Tuesday next week", Day(2025, 6, 3)),
]


@pytest.mark.parametrize(("text", "value"), RELATIVE)
def test_relative_expressions_resolve_against_the_anchor(text: str, value: FuzzyDate) -> None:
    """Weeks are Monday-Sunday ISO weeks; 'earlier/later this month/year' is the anchor's month/year."""
    t = only(text)
    assert (t.text, t.value) == (text, value)


@pytest.mark.parametrize(("text", "value"), RELATIVE)
def test_relative_expressions_without_anchor_have_no_value(text: str, value: FuzzyDate) -> None:
    """Without an anchor a relative expression is found but not resolved."""
    t = only(text, None)
    assert (t.text, t.value) == (text, None)


def test_relative_expressions_across_year_ends() -> None:
    """Weeks and months carry over into the previous or next year."""
    assert only("last week", dt.date(2025, 1, 1)).value == Interval(Day(2024, 12, 23), Day(2024, 12, 29))
    assert only("next month", dt.date(2024, 12, 5)).value == Month(2025, 1)
    assert only("last month", dt.date(2025, 1, 5)).value == Month(2024, 12)


def test_datetime_anchor_is_read_as_its_date() -> None:
    """A datetime anchor counts as its day."""
    assert only("tomorrow", dt.datetime(2025, 5, 26, 23, 59)).value == Day(2025, 5, 27)


# --- weekdays and tense ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met the minister on Tuesday.", "2025-05-20"),
        ("The talks were held Wednesday.", "2025-05-21"),
        ("He will meet the minister on Tuesday.", "2025-05-27"),
        ("The ministers are scheduled to meet on Wednesday.", "2025-05-28"),
        ("She is to travel to Paris on Thursday.", "2025-05-29"),
        ("He plans to visit on Friday.", "2025-05-30"),
        ("The ministry announced the visit on Monday.", "2025-05-26"),
        ("He said on Monday that talks had stalled.", "2025-05-26"),
        ("The delegation will arrive on Monday.", "2025-06-02"),
        ("He said he would visit on Thursday.", "2025-05-29"),
        ("He visited on Friday and will return on Thursday.", "2025-05-23"),
    ],
)
def test_bare_weekday_follows_the_tense_of_its_clause(text: str, expected: str) -> None:
    """Past clause: the latest such weekday on or before the anchor (the anchor itself on its own
    weekday); future clause: the first after the anchor (a week on, on its own weekday)."""
    assert str(find_timexes(text, MONDAY)[0].value) == expected


def test_weekdays_in_the_seed_sentence() -> None:
    """'starting Tuesday' is the next Tuesday; 'announced … on Monday' is the Monday of the story."""
    text = (
        "Foreign Secretary Vikram Misri is set to embark on a three-day visit to the United States "
        "starting Tuesday, as officially announced by the Ministry of External Affairs (MEA) on Monday."
    )
    assert found(text) == [("three-day", None), ("Tuesday", "2025-05-27"), ("Monday", "2025-05-26")]
    assert find_timexes(text, MONDAY)[0].duration_days == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday", "2025-05-27"),
        ("Sunday", "2025-05-25"),
        ("Monday", "2025-05-26"),
        ("last Friday", "2025-05-23"),
        ("last Monday", "2025-05-19"),
        ("next Monday", "2025-06-02"),
        ("next Tuesday", "2025-05-27"),
        ("this Thursday", "2025-05-29"),
        ("this past Sunday", "2025-05-25"),
        ("Friday night", "2025-05-23"),
    ],
)
def test_weekday_with_a_modifier_or_no_cue(text: str, expected: str) -> None:
    """'last'/'next' are the latest before / first after the anchor, 'this' the one in its ISO week;
    with no tense cue a bare weekday is the nearer of the two."""
    t = only(text)
    assert (t.text, str(t.value)) == (text, expected)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("last Friday, March 31", dt.date(2023, 4, 4), "2023-03-31"),
        ("last Friday, March 31", None, "XXXX-03-31"),
        ("Monday (19 November 2018)", None, "2018-11-19"),
        ("Thursday, SEPTEMBER 25, 2014", None, "2014-09-25"),
        ("Mon, Apr 27, 2015", None, "2015-04-27"),
        ("Friday 14 June 2024", None, "2024-06-14"),
        ("today (6 February)", dt.date(2020, 2, 6), "2020-02-06"),
    ],
)
def test_weekday_with_a_date_is_the_date(text: str, anchor: dt.date | None, expected: str) -> None:
    """A weekday followed by a date is one expression; the explicit date wins."""
    t = only(text, anchor)
    assert (t.text, str(t.value)) == (text, expected)


def test_weekday_given_with_a_date_picks_the_year_it_fits() -> None:
    """Among the years near the anchor, the one where the date falls on the stated weekday."""
    assert only("Friday, March 31", dt.date(2023, 10, 1)).value == Day(2023, 3, 31)


def test_weekday_without_anchor_has_no_value() -> None:
    """A weekday cannot be resolved without an anchor."""
    assert found("He met on Tuesday.", None) == [("Tuesday", None)]


# --- years of yearless dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Dec 30", dt.date(2025, 1, 2), "2024-12-30"),
        ("Jan 3", dt.date(2024, 12, 29), "2025-01-03"),
        ("He will arrive on Dec 30.", dt.date(2025, 1, 2), "2024-12-30"),
        ("He will travel on Jan 3.", dt.date(2024, 12, 29), "2025-01-03"),
        ("He visited in February.", MONDAY, "2025-02"),
        ("He will visit in February.", MONDAY, "2026-02"),
        ("He visited in August.", MONDAY, "2024-08"),
        ("He will visit in August.", MONDAY, "2025-08"),
        ("It was signed in November.", MONDAY, "2024-11"),
        ("It will be signed in November.", MONDAY, "2025-11"),
        ("May 26 this year", MONDAY, "2025-05-26"),
        ("in March next year", MONDAY, "2026-03"),
    ],
)
def test_year_nearest_the_anchor_moved_by_tense(text: str, anchor: dt.date, expected: str) -> None:
    """A yearless date takes the year nearest the anchor; a clear tense moves it to the tense's
    side if that occurrence is at most 300 days away."""
    assert str(find_timexes(text, anchor)[0].value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 26", "XXXX-05-26"),
        ("He visited in February.", "XXXX-02"),
        ("in the summer", "XXXX-22"),
        ("mid-May", "XXXX-05~"),
        ("February 29", "XXXX-02-29"),
    ],
)
def test_no_anchor_gives_an_unknown_year(text: str, expected: str) -> None:
    """Without an anchor the year is unknown, never guessed."""
    assert str(find_timexes(text)[0].value) == expected


@pytest.mark.parametrize("text", ["the 21st", "next May", "this summer", "the first half of next year"])
def test_no_anchor_leaves_relative_forms_unresolved(text: str) -> None:
    """Forms relative to the anchor have no value without one."""
    assert only(text, None).value is None


# --- durations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "days"),
    [
        ("a three-day visit", "three-day", 3),
        ("a two-day trip", "two-day", 2),
        ("a 3-day visit", "3-day", 3),
        ("a 5 day visit", "5 day", 5),
        ("a seven-day trip", "seven-day", 7),
        ("will stay for three days", "for three days", 3),
        ("three days of talks", "three days", 3),
        ("two weeks", "two weeks", 14),
        ("a two-week tour", "two-week", 14),
        ("for a week", "for a week", 7),
        ("for a fortnight", "for a fortnight", 14),
        ("a week-long trip", "week-long", 7),
        ("a weeklong trip", "weeklong", 7),
    ],
)
def test_durations(text: str, span: str, days: int) -> None:
    """A length of time is a timex with ``duration_days`` and no date."""
    t = only(text)
    assert (t.text, t.value, t.duration_days) == (span, None, days)


@pytest.mark.parametrize("text", ["twice a day", "day by day", "a week", "on day 5"])
def test_not_durations(text: str) -> None:
    """Days and weeks that do not measure a stay are not durations."""
    assert found(text) == []


def test_apply_duration() -> None:
    """A three-day visit starting Tuesday 27 May runs 27-29 May."""
    assert apply_duration(Day(2025, 5, 27), 3) == Interval(Day(2025, 5, 27), Day(2025, 5, 29))
    assert apply_duration(Day(2025, 12, 31), 2) == Interval(Day(2025, 12, 31), Day(2026, 1, 1))
    assert apply_duration(Day(2025, 5, 27), 1) == Interval(Day(2025, 5, 27), Day(2025, 5, 27))


@pytest.mark.parametrize("start", [Day(None, 5, 27), Month(2025, 5), Year(2025), Season(2025, 23), Day(9999, 12, 31)])
def test_apply_duration_needs_a_day_of_a_known_year(start: FuzzyDate) -> None:
    """No span from a day of unknown year, a coarser date, or past the last representable day."""
    assert apply_duration(start, 3) is None


def test_apply_duration_rejects_bad_lengths() -> None:
    """A duration is a positive int."""
    with pytest.raises(ValidationError) as info:
        apply_duration(Day(2025, 5, 27), 0)
    assert str(info.value) == "apply_duration.days: a duration is at least 1 day, got 0"
    with pytest.raises(FieldTypeError) as type_info:
        apply_duration(Day(2025, 5, 27), "3")  # type: ignore[arg-type]
    assert str(type_info.value) == "apply_duration.days: expected int, got '3' (str)"


# --- find_timexes as a whole --------------------------------------------------------------------


def test_timexes_of_a_paragraph_in_order() -> None:
    """Every expression of a paragraph, in order, with offsets into it."""
    text = (
        "The visit follows the COMPACT launched earlier this year. Jaishankar said last week that "
        "several countries had approached India between May 7-10. A trade deal is to be agreed by fall 2025."
    )
    timexes = find_timexes(text, MONDAY)
    assert [(t.text, str(t.value), t.target) for t in timexes] == [
        ("earlier this year", "2025", False),
        ("last week", "2025-05-19/2025-05-25", False),
        ("May 7-10", "2025-05-07/2025-05-10", False),
        ("by fall 2025", "2025-23", True),
    ]
    assert all(text[t.start : t.end] == t.text for t in timexes)


def test_find_timexes_rejects_non_str() -> None:
    """The text must be a str; the anchor a date or None."""
    assert message(lambda: find_timexes(b"May 26")) == "expected a str, got b'May 26' (bytes)"  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError) as info:
        find_timexes("May 26", "2025-05-26")  # type: ignore[arg-type]
    assert str(info.value) == "anchor: expected datetime.date or None, got '2025-05-26' (str)"


# --- parse_date ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("fall 2025", None, Season(2025, 23)),
        ("Tuesday", MONDAY, Day(2025, 5, 27)),
        ("May 7-10", MONDAY, Interval(Day(2025, 5, 7), Day(2025, 5, 10))),
        ("26 May 2023", None, Day(2023, 5, 26)),
        ("May 26", None, Day(None, 5, 26)),
        ("may 26", None, Day(None, 5, 26)),
        ("  19 MAY 2023 ", None, Day(2023, 5, 19)),
        ("in February", MONDAY, Month(2025, 2)),
        ("February", None, Month(None, 2)),
        ("summer", None, Season(None, 22)),
        ("next week", MONDAY, Interval(Day(2025, 6, 2), Day(2025, 6, 8))),
        ("by 2030", None, Year(2030)),
        ("Q1 2025", None, Interval(Month(2025, 1), Month(2025, 3))),
        ("2025-26", None, Interval(Year(2025), Year(2026))),
        ("2025", None, Year(2025)),
        ("2025-23", None, Season(2025, 23)),
        ("XXXX-05-26", None, Day(None, 5, 26)),
        ("../2025-23", None, Interval(None, Season(2025, 23))),
        ("Dec 30", dt.date(2025, 1, 2), Day(2024, 12, 30)),
        ("Jan 3", dt.date(2024, 12, 29), Day(2025, 1, 3)),
    ],
)
def test_parse_date(text: str, anchor: dt.date | None, value: FuzzyDate) -> None:
    """One whole string, in news style (names in any case) or EDTF, read to its value."""
    assert parse_date(text, anchor) == value


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "May 26 and more",
            None,
            "unexpected text after the date 'May 26'\n    May 26 and more\n           ^^^^^^^^",
        ),
        ("February 30", None, "day 30 is out of range for February (1-29)\n    February 30\n             ^^"),
        ("May 32", None, "day 32 is out of range for May (1-31)\n    May 32\n        ^^"),
        ("  May 32", None, "day 32 is out of range for May (1-31)\n      May 32\n          ^^"),
        (
            "February 29, 2025",
            None,
            "day 29 is out of range for February 2025 (1-28)\n    February 29, 2025\n             ^^",
        ),
        (
            "next week",
            None,
            "'next week' is relative: an anchor date is needed to resolve it (pass anchor=...)\n"
            "    next week\n    ^^^^^^^^^",
        ),
        (
            "Tuesday",
            None,
            "'Tuesday' is relative: an anchor date is needed to resolve it (pass anchor=...)\n    Tuesday\n    ^^^^^^^",
        ),
        (
            "hello world",
            None,
            "expected a date, such as 'May 26', 'fall 2025', 'next week' or '2025-05-26'\n    hello world\n    ^^^^^",
        ),
        ("three days", None, "'three days' is a length of time, not a date\n    three days\n    ^^^^^^^^^^"),
        ("May 10-7", None, "the range ends before it starts\n    May 10-7\n           ^"),
        ("2025-13", None, "month 13 is out of range (1-12, or 21-24 for a season)\n    2025-13\n         ^^"),
        ("", None, "an empty string is not a date"),
        ("   ", None, "an empty string is not a date"),
    ],
)
def test_parse_date_errors(text: str, anchor: dt.date | None, expected: str) -> None:
    """Anything but one date is a ParseError whose message shows the line and a caret under the problem."""
    assert message(lambda: parse_date(text, anchor)) == expected


def test_parse_date_rejects_non_str() -> None:
    """A non-str is a ParseError, not a TypeError."""
    assert message(lambda: parse_date(42)) == "expected a date string, got 42 (int)"  # type: ignore[arg-type]


def test_parse_date_is_public() -> None:
    """``diplomacy.parse_date`` is this function."""
    import diplomacy

    assert diplomacy.parse_date("fall 2025") == Season(2025, 23)


# --- properties ------------------------------------------------------------------------------------

_VOCABULARY = [
    "May",
    "may",
    "26",
    "7",
    "-",
    "–",
    "to",
    "and",
    "between",
    "from",
    "2025",
    "1-",
    ",",
    ".",
    "the",
    "21st",
    "of",
    "June",
    "Tuesday",
    "last",
    "next",
    "this",
    "week",
    "by",
    "fall",
    "first",
    "half",
    "Q1",
    "three-day",
    "days",
    "ago",
    "will",
    "said",
    "(",
    ")",
    "\n",
    "end",
    "early",
    "mid-",
    "Feb.",
    "31",
    "29",
    "February",
    "2025-05-27",
    "year",
]

_ANCHORS = st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


def _check_spans(text: str, timexes: list[Timex]) -> None:
    last = 0
    for t in timexes:
        assert last <= t.start < t.end <= len(text)
        assert t.text == text[t.start : t.end]
        last = t.end


@given(st.text(), _ANCHORS)
def test_find_timexes_never_raises_on_any_text(text: str, anchor: dt.date | None) -> None:
    """Any str gives ordered, non-overlapping timexes whose text is the span they cover."""
    _check_spans(text, find_timexes(text, anchor))


@given(st.lists(st.sampled_from(_VOCABULARY), max_size=25).map(" ".join), _ANCHORS)
def test_find_timexes_on_date_like_word_salad(text: str, anchor: dt.date | None) -> None:
    """Text made of date words (where the parser does most) never breaks it either."""
    _check_spans(text, find_timexes(text, anchor))


def _fuzzy_dates() -> st.SearchStrategy[FuzzyDate]:
    try:
        from diplomacy.strategies import fuzzy_dates
    except ImportError:  # pragma: no cover - the public strategies are optional here
        days = st.builds(Day.from_date, st.dates(min_value=dt.date(1, 1, 1)))
        return days | st.builds(Month, st.integers(1, 9999), st.integers(1, 12)) | st.builds(Year, st.integers(1, 9999))
    return fuzzy_dates()


@given(_fuzzy_dates())
def test_parse_date_reads_edtf_back(value: FuzzyDate) -> None:
    """``parse_date(str(x)) == x`` for any date of the model."""
    assert parse_date(str(value)) == value


# --- time -------------------------------------------------------------------------------------------


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        find_timexes(text, MONDAY)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize(
    "unit",
    [
        "May ",
        "1-",
        "the first half of ",
        "Tuesday ",
        "from May 7 to ",
        "between May 7 and ",
        "by the end of ",
        "the 21st ",
        "2025-",
        "Q1 ",
        "three-day ",
        ". ",
        "last Friday, ",
    ],
)
def test_time_is_linear_in_the_input(unit: str) -> None:
    """Adversarial repetitions of ~200 KB finish in seconds, and ten times the input takes about
    ten times as long (quadratic behaviour would take a hundred times)."""
    big = unit * (200_000 // len(unit))
    small = big[: len(big) // 10]
    t_big, t_small = _seconds(big), _seconds(small)
    assert t_big < 10.0
    assert t_big < 30 * max(t_small, 0.005)
