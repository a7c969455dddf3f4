"""``diplomacy.extract`` on any text: it never raises on a ``str``, keeps honest spans, and runs in
time linear in the input.

Three kinds of test:

* properties (Hypothesis): any ``str``, and text built from fragments of news-like words, quotes,
  dashes, digits and newlines, gives a :class:`~diplomacy.Report` whose every
  :class:`~diplomacy.Span` (on every record, nested officials included) is a slice of the text;
* hostile inputs (huge, degenerate, binary-looking): each finishes within a budget proportional
  to its length and does not raise;
* growth: the time for ``8n`` repetitions of a pattern over the time for ``n`` stays below
  ``GROWTH_LIMIT`` (a linear scan gives about 8, a quadratic one about 64).  Relative growth,
  not wall time, so a slow or busy machine does not fail it.
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import sys
import time
from collections.abc import Callable, Iterator

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplomacy
from diplomacy import ParseError, Report, Span

PUBLISHED = dt.date(2025, 5, 26)
GROWTH_LIMIT = 30.0


# --- helpers ------------------------------------------------------------------------------------


def spans_of(value: object) -> Iterator[Span]:
    """Every Span reachable from ``value`` through attrs fields, tuples and lists."""
    if isinstance(value, Span):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from spans_of(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]  # has() narrows at run time only
            yield from spans_of(getattr(value, field.name))


def check_report(text: str, report: Report) -> None:
    """The report is a Report and each of its spans is ``text[start:end]``, within the text."""
    assert isinstance(report, Report)
    for span in spans_of(report):
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span


def seconds(call: Callable[[], object]) -> float:
    """CPU seconds of ``call()``: on a shared machine, wall time measures the neighbours too.

    The collector is paused while it runs (after a collection): late in a test session the heap
    is large, and its collections would be timed along with the extractor."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        call()
        return time.process_time() - start
    finally:
        gc.enable()


def best_time(text: str, repeat: int) -> float:
    """The least of ``repeat`` timings of extracting ``text`` (the least is the least disturbed)."""
    return min(seconds(lambda: diplomacy.extract(text, published=PUBLISHED)) for _ in range(repeat))


def budget(text: str) -> float:
    """CPU seconds a hostile input may take: one, plus five microseconds per character (a hang guard:
    a superlinear stage takes minutes on these inputs), three times that under a line tracer (the
    coverage run: every line of the extractor is recorded, measured here at 2.5x)."""
    traced = sys.gettrace() is not None or _coverage_active()
    return (1.0 + 5e-6 * len(text)) * (3.0 if traced else 1.0)


def _coverage_active() -> bool:
    """Whether coverage.py measures this run (it may use sys.monitoring instead of a tracer)."""
    try:
        import coverage
    except ImportError:  # pragma: no cover - coverage is installed with the test extras
        return False
    return coverage.Coverage.current() is not None


def random_text(alphabet: str, length: int, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(length))


def lorem(words: int, seed: int = 7) -> str:
    """Prose of common news words, with sentence stops and paragraph breaks."""
    rng = random.Random(seed)
    vocabulary = (
        "the minister said that talks on trade and security would continue next week in the capital "
        "where officials met with their counterparts to discuss cooperation energy climate"
    ).split()
    out = []
    for i in range(words):
        out.append(rng.choice(vocabulary))
        if i % 17 == 16:
            out.append(".\n\n" if i % 85 == 84 else ".")
    return " ".join(out)


def test_span_walker_reaches_nested_records() -> None:
    """The span check sees the spans of officials nested in visits, statements and delegations."""
    text = (
        "Chilean Foreign Minister Rosa Quintana will visit Peru next week. “We expect a great deal from these "
        "talks,” she said. A delegation led by Senator Joan Pruitt will visit Kenya."
    )
    report = diplomacy.extract(text, published=PUBLISHED)
    found = {s.text for s in spans_of(report)}
    assert {"Chilean Foreign Minister Rosa Quintana", "Senator Joan Pruitt"} <= found
    nested = {s.text for v in report.visits for s in spans_of(v.traveler)}
    # the traveller keeps every mention, the pronoun that refers to her included
    assert nested == {"Chilean Foreign Minister Rosa Quintana", "she"}
    check_report(text, report)


# --- properties ---------------------------------------------------------------------------------

FRAGMENTS = [
    "Foreign Minister ",
    "Prime Minister ",
    "President ",
    "Secretary of State ",
    "EAM ",
    "PM ",
    "MP ",
    "Senators ",
    "Ambassador ",
    "H.E. ",
    "Mr. ",
    "Dr. ",
    "the ",
    "of ",
    "and ",
    ", ",
    ". ",
    "; ",
    ": ",
    "Ana Ruiz",
    "Kofi Mensah",
    "Lars Holm",
    "Ruiz",
    "he ",
    "she ",
    "Norway",
    "Ghana's ",
    "Kenyan ",
    "India",
    "the United States",
    "Washington",
    "Paris",
    "(R-Ohio)",
    "(TX-07)",
    "(NSA) ",
    "will visit ",
    "visited ",
    "is visiting ",
    "may join ",
    "on the trip",
    "will travel to ",
    "a three-day visit ",
    "starting Tuesday",
    "from Nov 30 to Dec 4",
    "May 7-10",
    "by fall 2026",
    "next week",
    "last month",
    "2025",
    "26",
    "31st",
    "May ",
    "June ",
    "said",
    " said: ",
    "told reporters",
    "issued the following statement:",
    '"',
    "“",
    "”",
    "'",
    "‘",
    "’",
    "—",
    "–",
    "-",
    "(",
    ")",
    "[",
    "]",
    "agreement",
    "Free Trade Agreement (FTA)",
    "ceasefire between ",
    "signed ",
    "MoU ",
    "delegation ",
    "led by ",
    "eight-member ",
    "all-party ",
    "includes ",
    "Members of the delegation:",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "0",
    "7",
    "42",
    "1,000",
    "New Delhi, May 26 (NationPress) ",
    "WASHINGTON —",
    "GENEVA (AP) —",
]
news_like = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)


@given(st.text())
def test_any_text_gives_a_report_with_honest_spans(text: str) -> None:
    """Any str (any code point) gives a Report, never an exception; every span is a slice of it."""
    check_report(text, diplomacy.extract(text))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400), st.dates())
def test_any_text_with_any_anchor(text: str, published: dt.date) -> None:
    """Any str with any publication day (relative dates resolved near year 1 or 9999) never raises."""
    check_report(text, diplomacy.extract(text, published=published))


@given(news_like)
def test_news_like_fragments_give_honest_spans(text: str) -> None:
    """Text built from titles, names, quotes, dashes, dates and newlines never makes extract raise."""
    check_report(text, diplomacy.extract(text, published=PUBLISHED))


@settings(max_examples=50)
@given(news_like, st.sampled_from([None, PUBLISHED, dt.date(1, 1, 1), dt.date(9999, 12, 31)]))
def test_news_like_fragments_at_the_ends_of_the_calendar(text: str, published: dt.date | None) -> None:
    """Publication days at the ends of the calendar (dt.date.min/max) do not overflow date arithmetic."""
    check_report(text, diplomacy.extract(text, published=published))


@given(news_like)
def test_extract_is_deterministic(text: str) -> None:
    """The same text gives the same report twice."""
    assert diplomacy.extract(text, published=PUBLISHED) == diplomacy.extract(text, published=PUBLISHED)


@given(news_like, st.sampled_from(["\x00", "\u200b", "\ufeff", "\u202e", "\r\n", "\x0c", "\U0001f600"]))
def test_odd_characters_inside_news_like_text(text: str, odd: str) -> None:
    """NUL, zero-width, BOM, bidi override, CRLF, form feed and emoji between fragments never make it raise."""
    mixed = odd.join(text.split(" "))
    check_report(mixed, diplomacy.extract(mixed, published=PUBLISHED))


# --- hostile inputs ----------------------------------------------------------------------------

HOSTILE: dict[str, Callable[[], str]] = {
    "1 MB of lorem-like prose": lambda: lorem(175_000)[:1_000_000],
    "50,000 quotation marks, straight and curly mixed": lambda: random_text("\"“”'‘’", 50_000, 1),
    "200 KB of one letter, no spaces": lambda: "a" * 200_000,
    "control characters": lambda: "".join(chr(i) for i in range(32)) * 1_000 + "\x7f\x85" * 1_000,
    "Arabic and Hebrew": lambda: (
        ("وزير الخارجية محمد قال إن المحادثات ستستمر. " * 1_000) + ("שר החוץ אמר כי השיחות יימשכו. " * 1_000)
    ),
    "emoji": lambda: "🇺🇸🇮🇳 🙂 👍🏽 👨‍👩‍👧 🔥 🕊️ " * 5_000,
    "'Minister ' * 20000": lambda: "Minister " * 20_000,
    "'May 1-' * 20000": lambda: "May 1-" * 20_000,
    "'Prime Minister ' * 10000": lambda: "Prime Minister " * 10_000,
    "a title on every line": lambda: "Foreign Minister\n" * 10_000,
    "unbalanced quotes": lambda: "“He said that " * 3_000 + '" and ' * 3_000 + "‘" * 3_000,
    "NUL bytes": lambda: "\x00" * 50_000 + "Foreign Minister Ana Ruiz\x00 will visit\x00 France." + "\x00" * 50_000,
    "100,000 newlines": lambda: "\n" * 100_000,
    "datelines on every line": lambda: "WASHINGTON, May 3 (AP) —\n" * 5_000,
    "one 100 KB word of capitals": lambda: "A" * 100_000,
    "closing marks that open, never closed": lambda: "”Minister said " * 20_000,
    "lone surrogates": lambda: "\ud800 Minister \udfff said “\ud83d hello there my friend”" * 1_000,
    "5,000 counterparts met": lambda: "He met with the Speaker and his counterpart Jo Lee. " * 5_000,
    "an itinerary without end": lambda: "President Jo Lee will visit Benin, from 22 to 23 October; " * 2_500,
    "'the head of the ' chains": lambda: "The head of the " + "Policy Department of the " * 5_000 + "x, Jo Lee.",
    "topic lists without end": lambda: "They signed accords on " + "border demarcation, " * 20_000 + "and banking.",
    "6,000 quotations, half undated": lambda: (
        "Minister Jo Lee said on Friday: “We will talk more about it.” “And we will meet again soon,” he said. " * 3_000
    ),
    "20,000 hard-wrapped lines of one paragraph": lambda: (
        "The minister said the talks with Kenya were useful, and the\n" * 20_000
    ),
    "a tour's stop dated 5,000 times": lambda: (
        "Minister Jo Lee will travel to Athens, Greece; Nicosia, Cyprus and Skopje March 12-17. "
        + "In Athens on March 15, he will meet officials. " * 5_000
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_finishes_quickly(name: str) -> None:
    """A hostile input gives a report with honest spans within one CPU second plus 5 µs per character."""
    text = HOSTILE[name]()
    found: list[Report] = []
    elapsed = seconds(lambda: found.append(diplomacy.extract(text, published=PUBLISHED)))
    report = found[0]
    check_report(text, report)
    assert elapsed < budget(text), f"{name}: {elapsed:.2f} s for {len(text)} characters"


def test_nul_bytes_do_not_hide_the_official() -> None:
    """NUL runs around a sentence leave the official in it readable."""
    text = HOSTILE["NUL bytes"]()
    report = diplomacy.extract(text, published=PUBLISHED)
    assert [o.title for o in report.officials] == ["Foreign Minister"]


# --- growth ------------------------------------------------------------------------------------

GROWTH: dict[str, tuple[Callable[[int], str], int]] = {
    # pattern of n units, and n: about 8 KB of text, so that 8n is about 64 KB
    "lorem-like prose": (lorem, 1_400),
    "quotation marks, straight and curly": (lambda n: random_text("\"“”'‘’", n, 2), 8_000),
    "'Minister '": (lambda n: "Minister " * n, 900),
    "'May 1-'": (lambda n: "May 1-" * n, 1_400),
    "'Prime Minister '": (lambda n: "Prime Minister " * n, 550),
    "a title and a newline": (lambda n: "Foreign Minister\n" * n, 470),
    "a visit sentence": (
        lambda n: "Foreign Minister Ana Ruiz will visit France, Spain and Italy from May 1 to May 4. " * n,
        100,
    ),
    "datelines": (lambda n: "WASHINGTON, May 3 (AP) —\n" * n, 320),
    "short sentences": (lambda n: "He said it. " * n, 700),
    "a title per line": (lambda n: "Minister\n" * n, 900),
    "a quotation attributed before it": (lambda n: 'Foreign Minister Ana Ruiz said: "we will go on and on." ' * n, 150),
    "a quotation attributed after it": (lambda n: "“We will go on and on,” Foreign Minister Ana Ruiz said. " * n, 140),
    "a delegation sentence": (lambda n: "A delegation led by MP Ana Ruiz will visit France. " * n, 160),
    "an agreement sentence": (
        lambda n: "The India-US Trade Agreement (ITA) was signed between India and the US. " * n,
        110,
    ),
    "countries in one long sentence": (lambda n: "France, " * n, 1_000),
    "hard-wrapped lines of one endless paragraph": (
        lambda n: "The minister said the talks with Kenya were useful, and the\n" * n,
        140,
    ),
    "names in one long sentence": (lambda n: "Ana Ruiz, " * n, 800),
}


@pytest.mark.parametrize("name", list(GROWTH))
def test_time_grows_linearly(name: str) -> None:
    """Eight times the input takes less than GROWTH_LIMIT times as long (linear: about 8)."""
    make, n = GROWTH[name]
    small, large = make(n), make(8 * n)
    diplomacy.extract(small, published=PUBLISHED)  # warm the gazetteers and regex caches
    ratio = best_time(large, 2) / best_time(small, 5)
    assert ratio < GROWTH_LIMIT, f"{name}: 8x the input took {ratio:.1f}x the time"


# --- not a str ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (b"Foreign Minister Ana Ruiz", "extract() reads a str, got bytes"),
        (None, "extract() reads a str, got NoneType"),
        (42, "extract() reads a str, got int"),
        (["Foreign Minister Ana Ruiz"], "extract() reads a str, got list"),
    ],
)
def test_extract_rejects_non_str(value: object, message: str) -> None:
    """Anything but a str is a ParseError naming the type it got (and a ValueError)."""
    with pytest.raises(ParseError) as info:
        diplomacy.extract(value)  # type: ignore[arg-type]
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)


def test_empty_text_gives_empty_report() -> None:
    """The empty string gives a report with no records."""
    r = diplomacy.extract("")
    assert (r.officials, r.visits, r.statements, r.agreements, r.delegations) == ((), (), (), (), ())


@settings(max_examples=40, deadline=None)
@given(text=news_like)
def test_extract_officials_finds_what_extract_finds(text: str) -> None:
    """The officials-only reading (the bulk loaders') gives exactly the report's officials."""
    from diplomacy._text.api import extract_officials

    assert extract_officials(text, published=PUBLISHED) == diplomacy.extract(text, published=PUBLISHED).officials
