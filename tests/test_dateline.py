"""Datelines: reading one, and finding one at the top of a document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy import Day, ParseError
from diplomacy._text.dateline import Dateline, find_dateline, parse_dateline

MONDAY = dt.date(2025, 5, 26)


def message(call: Callable[[], object]) -> str:
    with pytest.raises(ParseError) as info:
        call()
    return str(info.value)


@pytest.mark.parametrize(
    ("text", "place", "date", "publisher"),
    [
        ("New Delhi, May 26 (NationPress)", "New Delhi", Day(None, 5, 26), "NationPress"),
        ("New Delhi, May 26 (NationPress) —", "New Delhi", Day(None, 5, 26), "NationPress"),
        ("WASHINGTON, Jan. 3 (Reuters) -", "Washington", Day(None, 1, 3), "Reuters"),
        ("ABU DHABI, (WAM - 02nd May, 2021)", "Abu Dhabi", Day(2021, 5, 2), "WAM"),
        (
            "ISLAMABAD, (APP / Pakistan Point News - 3rd Jan, 2020)",
            "Islamabad",
            Day(2020, 1, 3),
            "APP / Pakistan Point News",
        ),
        ("WASHINGTON —", "Washington", None, None),
        ("Posted On: 19 MAY 2023 8:49AM by PIB Delhi", None, Day(2023, 5, 19), "PIB Delhi"),
        ("GENEVA (AP) —", "Geneva", None, "AP"),
        ("Tokyo, 12 March 2024", "Tokyo", Day(2024, 3, 12), None),
        ("Washington, DC\nApril 30, 2016", "Washington, DC", Day(2016, 4, 30), None),
        ("Washington, DC\n\nApril 27, 2015", "Washington, DC", Day(2015, 4, 27), None),
        ("New York\n\n23 February 2024", "New York", Day(2024, 2, 23), None),
        ("Thursday, SEPTEMBER 25, 2014", None, Day(2014, 9, 25), None),
        ("Friday, 25 March 2022, 3:04 pm", None, Day(2022, 3, 25), None),
        ("Nov. 12, 2024", None, Day(2024, 11, 12), None),
        (
            "June 25, 2024 - Ottawa, Ontario - Global Affairs Canada",
            "Ottawa, Ontario",
            Day(2024, 6, 25),
            "Global Affairs Canada",
        ),
        ("DEL RIO, TX –", "Del Rio, TX", None, None),
        ("ALBUQUERQUE, N.M.—", "Albuquerque, N.M.", None, None),
        ("WASHINGTON, D.C. —", "Washington, D.C.", None, None),
        ("DAR ES SALAAM, Tanzania —", "Dar es Salaam, Tanzania", None, None),
        ("PORT-AU-PRINCE, Haiti (AP) —", "Port-au-Prince, Haiti", None, "AP"),
        ("The Hague, 3 May 2024", "The Hague", Day(2024, 5, 3), None),
        ("NEW DELHI:", "New Delhi", None, None),
    ],
)
def test_parse_dateline_forms(text: str, place: str | None, date: Day | None, publisher: str | None) -> None:
    """Each dateline form gives its place (capitals put in title case), date and publisher, and
    spans the whole string."""
    assert parse_dateline(text) == Dateline(place, date, publisher, 0, len(text))


def test_dateline_year_comes_from_the_text_else_the_anchor() -> None:
    """A year written wins; else the year nearest the anchor; else an unknown year."""
    assert parse_dateline("WASHINGTON, Jan. 3 (Reuters) -", dt.date(2024, 12, 30)).date == Day(2025, 1, 3)
    assert parse_dateline("WASHINGTON, Dec. 30 (Reuters) -", dt.date(2025, 1, 2)).date == Day(2024, 12, 30)
    assert parse_dateline("Tokyo, 12 March 2024", MONDAY).date == Day(2024, 3, 12)
    assert parse_dateline("New Delhi, May 26 (NationPress)").date == Day(None, 5, 26)


def test_parse_dateline_offsets_skip_surrounding_space() -> None:
    """``start`` and ``end`` are offsets into the string given, white space around excluded."""
    d = parse_dateline("  GENEVA (AP) —  \n")
    assert (d.start, d.end) == (2, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington has said",
            "expected ', ' and a date, '(publisher)' or a dash after the place 'Washington'\n"
            "    Washington has said\n"
            "              ^",
        ),
        (
            "Tokyo, 12 March 2024 and more",
            "unexpected text after the dateline\n    Tokyo, 12 March 2024 and more\n                         ^^^^^^^^",
        ),
        (
            "New Delhi, May 32 (NationPress)",
            "day 32 is out of range for May (1-31)\n    New Delhi, May 32 (NationPress)\n                   ^^",
        ),
        (
            "hello there",
            "expected a dateline: a place, a date or both, as in 'New Delhi, May 26 (NationPress)' or "
            "'WASHINGTON —'\n    hello there\n    ^^^^^^^^^^^",
        ),
        ("", "an empty string is not a dateline"),
    ],
)
def test_parse_dateline_errors(text: str, expected: str) -> None:
    """Anything but a dateline is a ParseError with a caret under the problem."""
    assert message(lambda: parse_dateline(text)) == expected


def test_parse_dateline_rejects_non_str() -> None:
    """A non-str is a ParseError, not a TypeError."""
    assert message(lambda: parse_dateline(None)) == "expected a dateline string, got None (NoneType)"  # type: ignore[arg-type]


def test_find_dateline_before_the_story() -> None:
    """A dateline at the start of a paragraph, the story following on the same line."""
    text = (
        "Will Foreign Secretary Vikram Misri's US Visit Strengthen Ties?\n\nSynopsis\nKey Takeaways\n"
        "- Foreign Secretary Vikram Misri will visit the US for three days.\n"
        "New Delhi, May 26 (NationPress) Foreign Secretary Vikram Misri is set to embark on a visit."
    )
    d = find_dateline(text, MONDAY)
    assert d is not None
    assert (d.place, d.date, d.publisher) == ("New Delhi", Day(2025, 5, 26), "NationPress")
    assert text[d.start : d.end] == "New Delhi, May 26 (NationPress)"


@pytest.mark.parametrize(
    ("text", "place", "date", "covered"),
    [
        (
            "Press Statement\nJohn Kerry\nWashington, DC\nApril 30, 2016\n\nU.S. Secretary of State John Kerry "
            "will travel May 1-2 to Geneva.",
            "Washington, DC",
            Day(2016, 4, 30),
            "Washington, DC\nApril 30, 2016",
        ),
        (
            "Foreign Minister To Visit Fiji\n\nFriday, 25 March 2022, 3:04 pm\nPress Release: New Zealand Government",
            None,
            Day(2022, 3, 25),
            "Friday, 25 March 2022, 3:04 pm",
        ),
        (
            "PM meets China Premier Li Keqiang\n18 April 2016 - Prime Minister John Key today met Premier Li.",
            None,
            Day(2016, 4, 18),
            "18 April 2016 -",
        ),
        ("WASHINGTON — U.S. Senators today announced a meeting.", "Washington", None, "WASHINGTON —"),
        (
            "Rep. Stansbury Statement on the CODEL:\nALBUQUERQUE, N.M.—Today, the Representative said.",
            "Albuquerque, N.M.",
            None,
            "ALBUQUERQUE, N.M.—",
        ),
        ("  • 30 May. 2023 -\n  • Last updated: 30 May. 2023 18:18", None, Day(2023, 5, 30), "30 May. 2023 -"),
    ],
)
def test_find_dateline_in_documents(text: str, place: str | None, date: Day | None, covered: str) -> None:
    """The first line starting with a dateline; titles and labels above it are not taken for places."""
    d = find_dateline(text)
    assert d is not None
    assert (d.place, d.date, text[d.start : d.end]) == (place, date, covered)


@pytest.mark.parametrize(
    "text",
    [
        "Washington has said it will respond.",
        "Washington, which hosts the talks, said on Monday it will respond.",
        "Josep Borrell (pictured), High Representative, will travel to the United States today.",
        "Lord (Tariq) Ahmad of Wimbledon visited Egypt.",
        "Press Statement\nJohn Kirby\nAssistant Secretary",
        "PRESS RELEASE : Lord Ahmad reaffirms UK-Egypt ties",
        "Source: NATO\n\nThe Secretary General met the Prime Minister.",
        "The Prime Minister met President Biden in Italy today.",
        "",
    ],
)
def test_find_dateline_does_not_fire_on_sentences(text: str) -> None:
    """Ordinary sentences, names followed by a parenthesis and labels are not datelines."""
    assert find_dateline(text) is None


def test_find_dateline_looks_only_at_the_top() -> None:
    """Only lines starting in the first 600 characters are looked at."""
    story = "The minister spoke.\n" * 40
    assert find_dateline(story + "WASHINGTON —") is None
    assert find_dateline("WASHINGTON —\n" + story) == Dateline("Washington", None, None, 0, 12)


def test_dateline_is_public() -> None:
    """``diplomacy.Dateline`` and ``diplomacy.parse_dateline`` are these."""
    import diplomacy

    assert diplomacy.Dateline is Dateline
    assert diplomacy.parse_dateline("GENEVA (AP) —") == Dateline("Geneva", None, "AP", 0, 13)


@given(st.text(), st.none() | st.dates())
def test_find_dateline_never_raises(text: str, anchor: dt.date | None) -> None:
    """Any str gives a dateline inside the text, starting in its first 600 characters, or None."""
    d = find_dateline(text, anchor)
    if d is not None:
        assert 0 <= d.start < d.end <= len(text)
        assert d.start < 600


@given(
    st.lists(
        st.sampled_from(
            ["WASHINGTON", "New Delhi", ",", "May 26", "(AP)", "—", "\n", "2016", "Posted On:", "DC", "by"]
        ),
        max_size=12,
    ).map(" ".join)
)
def test_parse_dateline_raises_only_parse_errors(text: str) -> None:
    """Dateline-like word salad is read or refused with a ParseError, nothing else."""
    try:
        d = parse_dateline(text)
    except ParseError:
        return
    assert text[d.start : d.end].strip() == text.strip()


def test_find_dateline_skips_lines_that_cannot_start_one() -> None:
    """A long line with no separator in its first 80 characters is passed over at once; a dateline
    on a later line is still found."""
    text = (
        "Prime Minister Ana Ruiz met the visiting delegation of business leaders for talks today\n"
        "LIMA, May 3 (Reuters) - More talks are planned."
    )
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.publisher) == ("Lima", "Reuters")
