"""The public micro-parsers: ``parse_official``, ``parse_country``, ``parse_date``, ``parse_dateline``.

Happy paths read one phrase each; every error test asserts the whole message, the offending line
and the caret under the problem included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

import diplomacy
from diplomacy import (
    Country,
    Day,
    FuzzyDate,
    Interval,
    Month,
    Official,
    ParseError,
    Season,
    Span,
    Year,
    parse_country,
    parse_date,
    parse_dateline,
    parse_official,
)

MONDAY = dt.date(2025, 5, 26)


def message(call: Callable[[], object]) -> str:
    """The rendered message of the ParseError ``call`` raises (also a ValueError)."""
    with pytest.raises(ParseError) as info:
        call()
    assert isinstance(info.value, ValueError)
    return str(info.value)


# --- parse_official ----------------------------------------------------------------------------


def test_parse_official_title_before_name() -> None:
    """A title then a name; no country stated, so none; the span is the whole phrase."""
    assert parse_official("Foreign Minister Ana Ruiz") == Official(
        name="Ana Ruiz", title="Foreign Minister", spans=[Span(0, 25, "Foreign Minister Ana Ruiz")]
    )


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        ("Kenyan President William Odede", "William Odede", "President", "KE"),
        ("Prime Minister of Norway Lars Holm", "Lars Holm", "Prime Minister", "NO"),
        ("Ghana's Foreign Minister Kofi Mensah", "Kofi Mensah", "Foreign Minister", "GH"),
        ("EAM Rohan Varma", "Rohan Varma", "External Affairs Minister", "IN"),
        ("U.S. Senator Paul Whitcombe", "Paul Whitcombe", "Senator", "US"),
        ("Secretary of State Jane Park", "Jane Park", "Secretary of State", "US"),
        ("Chancellor Anna Vogel", "Anna Vogel", "Chancellor", "DE"),
        ("Kofi Mensah, Ghana's foreign minister", "Kofi Mensah", "Foreign Minister", "GH"),
        (
            "Minister for Foreign Affairs, Trade and Development of Ireland Niamh Brennan",
            "Niamh Brennan",
            "Minister for Foreign Affairs, Trade and Development",
            "IE",
        ),
        ("Deputy Prime Minister and Foreign Minister Ivana Kovac", "Ivana Kovac", "Deputy Prime Minister", None),
        ("Queen Elizabeth II", "Elizabeth II", "Queen", "GB"),  # a well-known monarch: her state is known
        ("Ana Ruiz\nForeign Minister", "Ana Ruiz", "Foreign Minister", None),
    ],
)
def test_parse_official_constructions(text: str, name: str, title: str, country: str | None) -> None:
    """Each construction of a title and a name gives the name, the long title and the country."""
    o = parse_official(text)
    assert (o.name, o.title, None if o.country is None else o.country.code) == (name, title, country)
    assert [s.text for s in o.spans] == [text]


def test_parse_official_organisation_officer() -> None:
    """An international organisation's officer: organisation kept, country None."""
    o = parse_official("NATO Secretary General Piet de Wit")
    assert (o.name, o.title, o.country, o.organisation) == ("Piet de Wit", "Secretary General", None, "NATO")


def test_parse_official_surrounding_space_and_final_punctuation() -> None:
    """Spaces around the phrase and a final stop or comma are allowed; the span stays on the words."""
    assert parse_official("  Foreign Minister Ana Ruiz  ").spans == (Span(2, 27, "Foreign Minister Ana Ruiz"),)
    assert parse_official("Foreign Minister Ana Ruiz.").spans == (Span(0, 25, "Foreign Minister Ana Ruiz"),)
    assert parse_official("Foreign Minister Ana Ruiz, ").name == "Ana Ruiz"


def test_parse_official_no_office_holder() -> None:
    """Text with no title and name is an error underlining all of it."""
    assert message(lambda: parse_official("the weather")) == (
        "no office-holder found: expected a title and a name, like 'President Jane Doe'\n"
        "    the weather\n"
        "    ^^^^^^^^^^^"
    )


def test_parse_official_name_without_title() -> None:
    """A name alone is no office-holder."""
    assert message(lambda: parse_official("Ana Ruiz")) == (
        "no office-holder found: expected a title and a name, like 'President Jane Doe'\n    Ana Ruiz\n    ^^^^^^^^"
    )


def test_parse_official_title_without_name() -> None:
    """A title alone is no office-holder."""
    assert message(lambda: parse_official("Foreign Minister")) == (
        "no office-holder found: expected a title and a name, like 'President Jane Doe'\n"
        "    Foreign Minister\n"
        "    ^^^^^^^^^^^^^^^^"
    )


def test_parse_official_honorifics_without_title() -> None:
    """Honorifics are not a title: "H.E. Mr. X" names no office."""
    assert message(lambda: parse_official("H.E. Mr. Tomas Lindqvist")) == (
        "no office-holder found: expected a title and a name, like 'President Jane Doe'\n"
        "    H.E. Mr. Tomas Lindqvist\n"
        "    ^^^^^^^^^^^^^^^^^^^^^^^^"
    )


def test_parse_official_empty() -> None:
    """The empty string has no line to show: the message alone."""
    assert message(lambda: parse_official("")) == (
        "no office-holder found: expected a title and a name, like 'President Jane Doe'"
    )


def test_parse_official_text_before() -> None:
    """Words before the official are underlined."""
    assert message(lambda: parse_official("Yesterday Foreign Minister Ana Ruiz")) == (
        "unexpected text before the official\n    Yesterday Foreign Minister Ana Ruiz\n    ^^^^^^^^^^"
    )


def test_parse_official_text_after() -> None:
    """Words after the official are underlined."""
    assert message(lambda: parse_official("Foreign Minister Ana Ruiz said hello")) == (
        "unexpected text after the official\n"
        "    Foreign Minister Ana Ruiz said hello\n"
        "                             ^^^^^^^^^^^"
    )


def test_parse_official_two_officials() -> None:
    """Two officials are not one: the second is unexpected text."""
    assert message(lambda: parse_official("Foreign Minister Ana Ruiz and President Omar Haddad")) == (
        "unexpected text after the official\n"
        "    Foreign Minister Ana Ruiz and President Omar Haddad\n"
        "                             ^^^^^^^^^^^^^^^^^^^^^^^^^^"
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [(42, "42 (int)"), (None, "None (NoneType)"), (b"PM Dev Arun", "b'PM Dev Arun' (bytes)"), (["x"], "['x'] (list)")],
)
def test_parse_official_not_a_str(value: object, shown: str) -> None:
    """A non-str is a ParseError naming its value and type, not a TypeError."""
    assert message(lambda: parse_official(value)) == f"expected a str naming an official, got {shown}"  # type: ignore[arg-type]


# --- parse_country -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenya", "KE"),
        ("Kenyan", "KE"),
        ("Ghanaian", "GH"),
        ("Norwegian", "NO"),
        ("GH", "GH"),
        ("GHA", "GH"),
        ("the Netherlands", "NL"),
        ("U.S.", "US"),
        ("Britain", "GB"),
        ("Côte d'Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Türkiye", "TR"),
        ("Czechia", "CZ"),
        ("Burma", "MM"),
        ("Kosovo", "XK"),
        ("Palestine", "PS"),
        ("south korea", "KR"),
        ("Soviet Union", "SU"),
    ],
)
def test_parse_country(text: str, code: str) -> None:
    """Names, short forms, adjectives, alpha-2 and alpha-3 codes give the country (Kosovo XK, Palestine PS)."""
    assert parse_country(text) == Country(code)


def test_parse_country_unknown() -> None:
    """An unknown name is underlined."""
    assert (
        message(lambda: parse_country("Atlantis")) == "'Atlantis' is not a country we know\n    Atlantis\n    ^^^^^^^^"
    )


def test_parse_country_unknown_with_spaces() -> None:
    """The caret skips leading space and covers the stripped name."""
    assert message(lambda: parse_country("  Narnia ")) == (
        "'  Narnia ' is not a country we know\n      Narnia \n      ^^^^^^"
    )


def test_parse_country_two_names() -> None:
    """Two names joined by "and" are not one country."""
    assert message(lambda: parse_country("Gondor and Mordor")) == (
        "'Gondor and Mordor' is not a country we know\n    Gondor and Mordor\n    ^^^^^^^^^^^^^^^^^"
    )


def test_parse_country_empty() -> None:
    """The empty string: the message alone."""
    assert message(lambda: parse_country("")) == "'' is not a country we know"


@pytest.mark.parametrize(("value", "shown"), [(3, "3 (int)"), (None, "None (NoneType)"), (b"KE", "b'KE' (bytes)")])
def test_parse_country_not_a_str(value: object, shown: str) -> None:
    """A non-str is a ParseError naming its value and type."""
    assert message(lambda: parse_country(value)) == f"expected a country name or code, got {shown}"  # type: ignore[arg-type]


# --- parse_date --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("June 3", None, Day(None, 6, 3)),
        ("June 3", MONDAY, Day(2025, 6, 3)),
        ("3 June", MONDAY, Day(2025, 6, 3)),
        ("the 3rd of June", MONDAY, Day(2025, 6, 3)),
        ("Nov. 29, 2025", None, Day(2025, 11, 29)),
        ("26 May 2023", MONDAY, Day(2023, 5, 26)),
        ("Feb 29, 2024", None, Day(2024, 2, 29)),
        ("2025-05-27", None, Day(2025, 5, 27)),
        ("  on May 26  ", MONDAY, Day(2025, 5, 26)),
        ("May 7-10", MONDAY, Interval(Day(2025, 5, 7), Day(2025, 5, 10))),
        ("May 7-10", None, Interval(Day(None, 5, 7), Day(None, 5, 10))),
        ("April 30 – May 2, 2016", MONDAY, Interval(Day(2016, 4, 30), Day(2016, 5, 2))),
        ("May-June 2025", None, Interval(Month(2025, 5), Month(2025, 6))),
        ("in February", None, Month(None, 2)),
        ("mid-May", MONDAY, Month(2025, 5, approximate=True)),
        ("fall 2025", None, Season(2025, 23)),
        ("summer 2024", MONDAY, Season(2024, 22)),
        ("the first half of 2026", None, Interval(Month(2026, 1), Month(2026, 6))),
        ("H2 2026", None, Interval(Month(2026, 7), Month(2026, 12))),
        ("Q1 2025", None, Interval(Month(2025, 1), Month(2025, 3))),
        ("by 2030", None, Year(2030)),
        ("2025", None, Year(2025)),
        ("the end of 2025", None, Year(2025, approximate=True)),
        ("tomorrow", MONDAY, Day(2025, 5, 27)),
        ("Tuesday", MONDAY, Day(2025, 5, 27)),
        ("Tuesday to Thursday", MONDAY, Interval(Day(2025, 5, 27), Day(2025, 5, 29))),
        ("last week", MONDAY, Interval(Day(2025, 5, 19), Day(2025, 5, 25))),
        ("three days ago", MONDAY, Day(2025, 5, 23)),
        ("early next year", MONDAY, Year(2026, approximate=True)),
    ],
)
def test_parse_date(text: str, anchor: dt.date | None, expected: FuzzyDate) -> None:
    """News-style dates, ranges, months, seasons, parts of years and relative expressions."""
    assert parse_date(text, anchor=anchor) == expected


def test_parse_date_relative_needs_anchor() -> None:
    """A relative expression without an anchor is an error saying so."""
    assert message(lambda: parse_date("next Tuesday")) == (
        "'next Tuesday' is relative: an anchor date is needed to resolve it (pass anchor=...)\n"
        "    next Tuesday\n"
        "    ^^^^^^^^^^^^"
    )


def test_parse_date_day_out_of_range() -> None:
    """An impossible day is underlined, with the month's range."""
    assert message(lambda: parse_date("June 31")) == "day 31 is out of range for June (1-30)\n    June 31\n         ^^"


def test_parse_date_not_a_leap_year() -> None:
    """February 29 of a common year names the year in the message."""
    assert message(lambda: parse_date("Feb 29, 2025", anchor=MONDAY)) == (
        "day 29 is out of range for February 2025 (1-28)\n    Feb 29, 2025\n        ^^"
    )


def test_parse_date_reversed_range() -> None:
    """A range that ends before it starts: the caret under its end."""
    assert message(lambda: parse_date("May 10-7")) == "the range ends before it starts\n    May 10-7\n           ^"


def test_parse_date_edtf_month_out_of_range() -> None:
    """An EDTF string with month 13 is read by the EDTF parser and its error kept."""
    assert message(lambda: parse_date("2025-13")) == (
        "month 13 is out of range (1-12, or 21-24 for a season)\n    2025-13\n         ^^"
    )


def test_parse_date_not_a_date() -> None:
    """A word that is no date: the message gives examples."""
    assert message(lambda: parse_date("blue")) == (
        "expected a date, such as 'May 26', 'fall 2025', 'next week' or '2025-05-26'\n    blue\n    ^^^^"
    )


def test_parse_date_text_after() -> None:
    """Text after a date is underlined, and the date read so far is named."""
    assert message(lambda: parse_date("May 26 and more")) == (
        "unexpected text after the date 'May 26'\n    May 26 and more\n           ^^^^^^^^"
    )


def test_parse_date_empty() -> None:
    """The empty string: the message alone."""
    assert message(lambda: parse_date("")) == "an empty string is not a date"


@pytest.mark.parametrize(
    ("value", "shown"), [(5, "5 (int)"), (None, "None (NoneType)"), (b"May 26", "b'May 26' (bytes)")]
)
def test_parse_date_not_a_str(value: object, shown: str) -> None:
    """A non-str is a ParseError naming its value and type."""
    assert message(lambda: parse_date(value)) == f"expected a date string, got {shown}"  # type: ignore[arg-type]


# --- parse_dateline ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "place", "date", "publisher"),
    [
        ("OSLO, June 3 (NTB) —", None, "Oslo", Day(None, 6, 3), "NTB"),
        ("OSLO, June 3 (NTB) —", MONDAY, "Oslo", Day(2025, 6, 3), "NTB"),
        ("Oslo, 3 June 2025 -", None, "Oslo", Day(2025, 6, 3), None),
        ("ACCRA —", None, "Accra", None, None),
        ("GENEVA (AP) —", MONDAY, "Geneva", None, "AP"),
        ("DEL RIO, TX –", None, "Del Rio, TX", None, None),
        ("Accra, Ghana\nJune 3, 2025", None, "Accra, Ghana", Day(2025, 6, 3), None),
        ("Thursday, SEPTEMBER 25, 2014", None, None, Day(2014, 9, 25), None),
        (
            "June 25, 2024 - Ottawa, Ontario - Global Affairs Canada",
            None,
            "Ottawa, Ontario",
            Day(2024, 6, 25),
            "Global Affairs Canada",
        ),
        ("Posted On: 19 MAY 2023 8:49AM by PIB Delhi", None, None, Day(2023, 5, 19), "PIB Delhi"),
        ("WASHINGTON, Jan. 3 (Reuters) -", dt.date(2024, 12, 30), "Washington", Day(2025, 1, 3), "Reuters"),
    ],
)
def test_parse_dateline(
    text: str, anchor: dt.date | None, place: str | None, date: FuzzyDate | None, publisher: str | None
) -> None:
    """Place (capitals put in title case), date (year nearest the anchor) and publisher."""
    d = parse_dateline(text, anchor=anchor)
    assert (d.place, d.date, d.publisher) == (place, date, publisher)
    assert (d.start, d.end) == (0, len(text))


def test_parse_dateline_offsets_skip_surrounding_space() -> None:
    """White space around a dateline is allowed; start and end bound the dateline itself."""
    d = parse_dateline("  OSLO (NTB) —  ")
    assert (d.place, d.publisher, d.start, d.end) == ("Oslo", "NTB", 2, 14)


def test_parse_dateline_is_a_public_type() -> None:
    """The result is a ``diplomacy.Dateline``."""
    assert isinstance(parse_dateline("ACCRA —"), diplomacy.Dateline)


def test_parse_dateline_impossible_date() -> None:
    """An impossible date in a dateline is underlined where it stands."""
    assert message(lambda: parse_dateline("Oslo, June 31 (NTB) —")) == (
        "day 31 is out of range for June (1-30)\n    Oslo, June 31 (NTB) —\n               ^^"
    )


def test_parse_dateline_unclosed_publisher() -> None:
    """An unclosed publisher bracket is unexpected text."""
    assert message(lambda: parse_dateline("Oslo, June 3 (NTB")) == (
        "unexpected text after the dateline\n    Oslo, June 3 (NTB\n                 ^^^^"
    )


def test_parse_dateline_place_alone() -> None:
    """A place with nothing after it: the caret where a date, publisher or dash was expected."""
    assert message(lambda: parse_dateline("OSLO")) == (
        "expected ', ' and a date, '(publisher)' or a dash after the place 'Oslo'\n    OSLO\n        ^"
    )


def test_parse_dateline_title_case_place_with_colon() -> None:
    """ "Oslo: talks" is not read as a dateline (a title-case place needs a comma, bracket or dash)."""
    assert message(lambda: parse_dateline("Oslo: talks")) == (
        "expected ', ' and a date, '(publisher)' or a dash after the place 'Oslo'\n    Oslo: talks\n        ^"
    )


def test_parse_dateline_empty() -> None:
    """The empty string: the message alone."""
    assert message(lambda: parse_dateline("")) == "an empty string is not a dateline"


@pytest.mark.parametrize(
    ("value", "shown"),
    [(7, "7 (int)"), (None, "None (NoneType)"), (b"OSLO \xe2\x80\x94", "b'OSLO \\xe2\\x80\\x94' (bytes)")],
)
def test_parse_dateline_not_a_str(value: object, shown: str) -> None:
    """A non-str is a ParseError naming its value and type."""
    assert message(lambda: parse_dateline(value)) == f"expected a dateline string, got {shown}"  # type: ignore[arg-type]
