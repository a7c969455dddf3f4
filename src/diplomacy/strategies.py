"""Hypothesis strategies for every type of the :mod:`diplomacy` model.

Install the extra (``pip install diplomacy[hypothesis]``) and draw valid values in your tests::

    from hypothesis import given, strategies as st
    from diplomacy import Country, strategies as ds

    @given(ds.visits(destinations=st.just(Country("US"))))
    def test_visits_to_the_us(visit):
        assert visit.destination.code == "US"

Every value drawn constructs without error, and the draws reach the corners of the model:
names in many scripts, every date precision with its approximate and uncertain flags, unknown
years, open intervals, leap days, historic country codes, empty and long collections, and every
optional field both ``None`` and set.

Strategies take keyword arguments only.  Those named after a field, in the plural
(``travelers=``, ``destinations=``), are strategies for that field's values and replace the
default; the date strategies take plain bounds (``min_year=``, ``max_year=``), like
:func:`hypothesis.strategies.dates`.  Arguments are checked when the strategy is built and a bad
one raises :class:`hypothesis.errors.InvalidArgument`:

>>> from diplomacy import strategies as ds
>>> ds.visits(travelers="Vikram Misri")
Traceback (most recent call last):
...
hypothesis.errors.InvalidArgument: visits(travelers=...) must be a strategy, got 'Vikram Misri' (str)

With Hypothesis installed, ``st.from_type(diplomacy.Visit)`` also works, through the plugin this
package registers (no import of :mod:`diplomacy.strategies` needed).

``import diplomacy`` never imports Hypothesis; only ``import diplomacy.strategies`` does.
"""

from __future__ import annotations

import calendar
from typing import TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ._model import _countries
from ._model.dates import SEASONS, Day, FuzzyDate, Interval, Month, Point, Season, Year
from ._model.events import (
    Agreement,
    AgreementStatus,
    Delegation,
    Statement,
    StatementMode,
    Visit,
    VisitKind,
    VisitStatus,
)
from ._model.officials import Official, Tenure
from ._model.places import Country, Place, Source, Span
from ._model.report import Report

__all__ = [
    "agreements",
    "countries",
    "days",
    "delegations",
    "fuzzy_dates",
    "intervals",
    "months",
    "officials",
    "places",
    "points",
    "reports",
    "seasons",
    "sources",
    "spans",
    "statements",
    "tenures",
    "visits",
    "years",
]

T = TypeVar("T")

# Readable values first: sampled_from shrinks to its first element, so failures show these.
_PERSON_NAMES = (
    "Vikram Misri",
    "Narendra Modi",
    "Donald Trump",
    "Shashi Tharoor",
    "Recep Tayyip Erdoğan",
    "Nguyễn Phú Trọng",
    "José Raúl Mulino",
    "Sergey Lavrov",
    "Сергей Лавров",
    "王毅",
    "李在明",
    "アントニオ・グテーレス",
    "عباس عراقچی",
    "יצחק הרצוג",
    "नरेन्द्र मोदी",
    "Ἀλέξανδρος",
)
_OFFICES = (
    "Foreign Secretary",
    "Prime Minister",
    "President",
    "External Affairs Minister",
    "Secretary of State",
    "Ambassador",
    "Member of Parliament",
    "Président de la République",
    "Bundeskanzler",
    "外交部长",
)
_PLACE_NAMES = ("Washington", "New Delhi", "Doha", "São Paulo", "Zürich", "Kraków", "北京", "القاهرة", "Москва")
_WORDS = ("trade", "talks", "all-party", "security cooperation", "Bilateral Trade Agreement", "BTA", "coopération")
_COMMON_CODES = ("US", "IN", "GB", "FR", "DE", "CN", "RU", "JP", "QA", "XK")


# --- argument checks -------------------------------------------------------------------------


def _check_strategy(func: str, name: str, value: object) -> None:
    if value is not None and not isinstance(value, st.SearchStrategy):
        raise InvalidArgument(f"{func}({name}=...) must be a strategy, got {value!r} ({type(value).__name__})")


def _check_bool(func: str, name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidArgument(f"{func}({name}=...) must be True or False, got {value!r} ({type(value).__name__})")


def _check_years(func: str, min_year: object, max_year: object) -> tuple[int, int]:
    for name, value in (("min_year", min_year), ("max_year", max_year)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidArgument(f"{func}({name}=...) must be an int, got {value!r} ({type(value).__name__})")
        if not 1 <= value <= 9999:
            raise InvalidArgument(f"{func}({name}=...) must be between 1 and 9999, got {value!r}")
    assert isinstance(min_year, int)
    assert isinstance(max_year, int)
    if min_year > max_year:
        raise InvalidArgument(f"{func}(min_year={min_year}, max_year={max_year}): min_year is after max_year")
    return min_year, max_year


def _or(given: st.SearchStrategy[T] | None, default: st.SearchStrategy[T]) -> st.SearchStrategy[T]:
    return default if given is None else given


# --- building blocks -------------------------------------------------------------------------


def _texts(samples: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Non-empty text with no surrounding white space: a readable sample, or any Unicode."""
    anything = st.text(st.characters(codec="utf-8"), min_size=1, max_size=60).map(str.strip).filter(bool)
    return st.sampled_from(samples) | anything


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def _tuples(elements: st.SearchStrategy[T], max_size: int, *, long: bool = False) -> st.SearchStrategy[tuple[T, ...]]:
    """Tuples, empty first; with ``long``, now and then a long one (up to 30 elements).

    Only collections of cheap values (names, spans, countries) are drawn long: records nest
    officials, and long lists of them at every level make each draw slow.
    """
    short = st.lists(elements, max_size=max_size)
    if long:
        short |= st.lists(elements, min_size=max_size + 1, max_size=30)
    return short.map(tuple)


def _distinct(items: tuple[T, ...]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(items))


def _year_numbers(min_year: int, max_year: int) -> st.SearchStrategy[int]:
    """Years near 2000 first (readable when shrunk), then any in range."""
    near = min(max(2000, min_year), max_year)
    return st.integers(near, min(near + 30, max_year)) | st.integers(min_year, max_year)


def _flags() -> st.SearchStrategy[tuple[bool, bool]]:
    return st.tuples(st.booleans(), st.booleans())


@st.composite
def _ordered(draw: st.DrawFn, dates: st.SearchStrategy[FuzzyDate]) -> tuple[FuzzyDate | None, FuzzyDate | None]:
    """A start and an end, either possibly ``None``, with the start not after the end."""
    start, end = draw(_optional(dates)), draw(_optional(dates))
    if start is not None and end is not None and end.sort_key() < start.sort_key():
        start, end = end, start
    if start is not None and end is not None:
        lo, hi = start.earliest, end.latest
        if lo is not None and hi is not None and lo > hi:  # e.g. a user's strategy of open intervals
            return start, None
    return start, end


# --- places ----------------------------------------------------------------------------------


def countries() -> st.SearchStrategy[Country]:
    """Countries: common ones first, then any ISO 3166-1 code we know, historic ones included.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.countries()  # Country('US'), Country('SU'), Country('XK'), ...
    """
    codes = sorted(_countries.codes())
    historic = [c for c in codes if _countries.records()[c].historic]
    return st.sampled_from([*_COMMON_CODES, *codes]).map(Country) | st.sampled_from(historic).map(Country)


def places(
    *, names: st.SearchStrategy[str] | None = None, countries: st.SearchStrategy[Country | None] | None = None
) -> st.SearchStrategy[Place]:
    """Places, with a country or without.

    ``names`` draws :attr:`~diplomacy.Place.name`; ``countries`` the ``country`` field (give
    ``ds.countries()`` to always have one).

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.places(countries=ds.countries())
    """
    _check_strategy("places", "names", names)
    _check_strategy("places", "countries", countries)
    return st.builds(
        Place,
        _or(names, _texts(_PLACE_NAMES)),
        _or(countries, _optional(_countries_strategy())),
    )


_countries_strategy = countries


def spans() -> st.SearchStrategy[Span]:
    """Provenance spans: any text (empty too) at any offset, with ``end - start == len(text)``.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.spans()
    """

    @st.composite
    def build(draw: st.DrawFn) -> Span:
        text = draw(st.sampled_from(("Misri", "")) | st.text(max_size=80))
        start = draw(st.integers(0, 10_000) | st.integers(0, 10**9))
        return Span(start, start + len(text), text)

    return build()


def sources() -> st.SearchStrategy[Source]:
    """Sources, each optional field drawn both ``None`` and set.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.sources()
    """
    return st.builds(
        Source,
        title=_optional(_texts(("Foreign Secretary to visit Washington",))),
        publisher=_optional(_texts(("NationPress", "Reuters"))),
        url=_optional(_texts(("https://example.org/news/1",))),
        dateline=_optional(_texts(_PLACE_NAMES)),
        published=_optional(st.dates()),
    )


# --- dates -----------------------------------------------------------------------------------


def years(*, min_year: int = 1, max_year: int = 9999) -> st.SearchStrategy[Year]:
    """Years (always known) between ``min_year`` and ``max_year``, with any qualifier.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.years(min_year=1990, max_year=2030)
    """
    lo, hi = _check_years("years", min_year, max_year)
    return st.builds(lambda y, f: Year(y, *f), _year_numbers(lo, hi), _flags())


def _maybe_year(min_year: int, max_year: int, allow_unknown_year: bool) -> st.SearchStrategy[int | None]:
    known = _year_numbers(min_year, max_year)
    return known | st.none() if allow_unknown_year else known


def days(*, min_year: int = 1, max_year: int = 9999, allow_unknown_year: bool = True) -> st.SearchStrategy[Day]:
    """Days, leap days included; the year may be unknown (``XXXX-05-21``) unless disallowed.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.days(min_year=2020, max_year=2030, allow_unknown_year=False)
    """
    lo, hi = _check_years("days", min_year, max_year)
    _check_bool("days", "allow_unknown_year", allow_unknown_year)
    year_numbers = _maybe_year(lo, hi, allow_unknown_year)

    @st.composite
    def build(draw: st.DrawFn) -> Day:
        year = draw(year_numbers)
        month = draw(st.integers(1, 12))
        last = calendar.monthrange(2000 if year is None else year, month)[1]
        day = draw(st.integers(1, last) | st.just(last))
        return Day(year, month, day, *draw(_flags()))

    leap_years = [y for y in range(lo, hi + 1) if calendar.isleap(y)]
    if not leap_years:
        return build()
    leap_days = st.builds(lambda y, f: Day(y, 2, 29, *f), st.sampled_from(leap_years), _flags())
    return build() | leap_days


def months(*, min_year: int = 1, max_year: int = 9999, allow_unknown_year: bool = True) -> st.SearchStrategy[Month]:
    """Months; the year may be unknown (``XXXX-05``) unless disallowed.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.months(allow_unknown_year=False)
    """
    lo, hi = _check_years("months", min_year, max_year)
    _check_bool("months", "allow_unknown_year", allow_unknown_year)
    return st.builds(
        lambda y, m, f: Month(y, m, *f), _maybe_year(lo, hi, allow_unknown_year), st.integers(1, 12), _flags()
    )


def seasons(*, min_year: int = 1, max_year: int = 9999, allow_unknown_year: bool = True) -> st.SearchStrategy[Season]:
    """Seasons (winter crossing into the next year included); the year may be unknown.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.seasons(min_year=2025, max_year=2025)
    """
    lo, hi = _check_years("seasons", min_year, max_year)
    _check_bool("seasons", "allow_unknown_year", allow_unknown_year)
    year_numbers = _maybe_year(lo, hi, allow_unknown_year)

    @st.composite
    def build(draw: st.DrawFn) -> Season:
        year = draw(year_numbers)
        codes = [c for c in SEASONS if not (year == 9999 and c == 24)]  # winter 9999 ends in 10000
        return Season(year, draw(st.sampled_from(codes)), *draw(_flags()))

    return build()


def points(*, min_year: int = 1, max_year: int = 9999, allow_unknown_year: bool = True) -> st.SearchStrategy[Point]:
    """Dates of one precision: a :class:`~diplomacy.Day`, ``Month``, ``Season`` or ``Year``.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.points(min_year=2000, max_year=2030)
    """
    lo, hi = _check_years("points", min_year, max_year)
    _check_bool("points", "allow_unknown_year", allow_unknown_year)
    return st.one_of(
        days(min_year=lo, max_year=hi, allow_unknown_year=allow_unknown_year),
        months(min_year=lo, max_year=hi, allow_unknown_year=allow_unknown_year),
        seasons(min_year=lo, max_year=hi, allow_unknown_year=allow_unknown_year),
        years(min_year=lo, max_year=hi),
    )


def intervals(
    *, min_year: int = 1, max_year: int = 9999, allow_unknown_year: bool = True, allow_open: bool = True
) -> st.SearchStrategy[Interval]:
    """Intervals between points of any (mixed) precision; open at one end unless disallowed.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.intervals(allow_open=False)
    """
    lo, hi = _check_years("intervals", min_year, max_year)
    _check_bool("intervals", "allow_unknown_year", allow_unknown_year)
    _check_bool("intervals", "allow_open", allow_open)
    ends = points(min_year=lo, max_year=hi, allow_unknown_year=allow_unknown_year)

    @st.composite
    def build(draw: st.DrawFn) -> Interval:
        start, end = sorted([draw(ends), draw(ends)], key=lambda p: p.sort_key())
        if allow_open:
            which = draw(st.sampled_from(("closed", "open start", "open end")))
            if which == "open start":
                return Interval(None, end)
            if which == "open end":
                return Interval(start, None)
        return Interval(start, end)

    return build()


def fuzzy_dates(
    *, min_year: int = 1, max_year: int = 9999, allow_unknown_year: bool = True, allow_open: bool = True
) -> st.SearchStrategy[FuzzyDate]:
    """Any date the model holds: a point of any precision or an interval.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.fuzzy_dates(min_year=2000, max_year=2030)
    """
    lo, hi = _check_years("fuzzy_dates", min_year, max_year)
    _check_bool("fuzzy_dates", "allow_unknown_year", allow_unknown_year)
    _check_bool("fuzzy_dates", "allow_open", allow_open)
    return st.one_of(
        points(min_year=lo, max_year=hi, allow_unknown_year=allow_unknown_year),
        intervals(min_year=lo, max_year=hi, allow_unknown_year=allow_unknown_year, allow_open=allow_open),
    )


# --- officials -------------------------------------------------------------------------------


def tenures(
    *,
    offices: st.SearchStrategy[str] | None = None,
    countries: st.SearchStrategy[Country | None] | None = None,
    dates: st.SearchStrategy[FuzzyDate] | None = None,
) -> st.SearchStrategy[Tenure]:
    """Tenures of office; start and end each drawn from ``dates`` or left unknown, in order.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.tenures(dates=ds.days(min_year=1990, max_year=2030))
    """
    for name, value in (("offices", offices), ("countries", countries), ("dates", dates)):
        _check_strategy("tenures", name, value)
    office_names = _or(offices, _texts(_OFFICES))
    country_values = _or(countries, _optional(_countries_strategy()))
    bounds = _ordered(_or(dates, fuzzy_dates()))

    @st.composite
    def build(draw: st.DrawFn) -> Tenure:
        start, end = draw(bounds)
        return Tenure(office=draw(office_names), country=draw(country_values), start=start, end=end)

    return build()


def officials(
    *,
    names: st.SearchStrategy[str] | None = None,
    titles: st.SearchStrategy[str | None] | None = None,
    countries: st.SearchStrategy[Country | None] | None = None,
    tenures: st.SearchStrategy[Tenure] | None = None,
) -> st.SearchStrategy[Official]:
    """Officials, with or without title, country, organisation, aliases, tenures and spans.

    >>> from diplomacy import Country, strategies as ds
    >>> from hypothesis import strategies as st
    >>> strategy = ds.officials(countries=st.just(Country("IN")))
    """
    for name, value in (("names", names), ("titles", titles), ("countries", countries), ("tenures", tenures)):
        _check_strategy("officials", name, value)
    return st.builds(
        Official,
        name=_or(names, _texts(_PERSON_NAMES)),
        title=_or(titles, _optional(_texts(_OFFICES))),
        country=_or(countries, _optional(_countries_strategy())),
        organisation=_optional(_texts(("United Nations", "European Union", "ASEAN"))),
        aliases=_tuples(_texts(_PERSON_NAMES), max_size=3, long=True),
        tenures=_tuples(_or(tenures, _tenures_strategy()), max_size=2),
        spans=_tuples(spans(), max_size=3, long=True),
    )


_tenures_strategy = tenures
_officials_strategy = officials


# --- events ----------------------------------------------------------------------------------


def visits(
    *,
    travelers: st.SearchStrategy[Official] | None = None,
    destinations: st.SearchStrategy[Country] | None = None,
    statuses: st.SearchStrategy[VisitStatus] | None = None,
    dates: st.SearchStrategy[FuzzyDate] | None = None,
    hosts: st.SearchStrategy[Official | None] | None = None,
    companions: st.SearchStrategy[Official] | None = None,
) -> st.SearchStrategy[Visit]:
    """Visits with every optional field both unset and set, and officials nested throughout.

    ``travelers`` draws the traveler, ``hosts`` the host (give ``ds.officials()`` to always have
    one), ``companions`` each official in ``accompanying`` and ``met``; ``dates`` draws the start
    and the end, either of which may be left unknown, and they are put in order.

    >>> from diplomacy import Country, strategies as ds
    >>> from hypothesis import strategies as st
    >>> strategy = ds.visits(travelers=ds.officials(), destinations=st.just(Country("US")))
    """
    args = {
        "travelers": travelers,
        "destinations": destinations,
        "statuses": statuses,
        "dates": dates,
        "hosts": hosts,
        "companions": companions,
    }
    for name, value in args.items():
        _check_strategy("visits", name, value)
    traveler_values = _or(travelers, _officials_strategy())
    destination_values = _or(destinations, _countries_strategy())
    status_values = _or(statuses, st.sampled_from(VisitStatus))
    bounds = _ordered(_or(dates, fuzzy_dates()))
    host_values = _or(hosts, _optional(_officials_strategy()))
    others = _tuples(_or(companions, _officials_strategy()), max_size=2)
    cities = _optional(_texts(_PLACE_NAMES))
    more_places = _tuples(_texts(_PLACE_NAMES), max_size=3, long=True)
    kinds = _optional(st.sampled_from(VisitKind))
    remarks = _optional(_texts(_WORDS))
    record_ids = _optional(_texts(("v-0001", "2025/17")))
    span_values = _tuples(spans(), max_size=3, long=True)

    @st.composite
    def build(draw: st.DrawFn) -> Visit:
        start, end = draw(bounds)
        return Visit(
            traveler=draw(traveler_values),
            destination=draw(destination_values),
            status=draw(status_values),
            city=draw(cities),
            places=draw(more_places),
            start=start,
            end=end,
            kind=draw(kinds),
            purpose=draw(remarks),
            host=draw(host_values),
            accompanying=draw(others),
            met=draw(others),
            notes=draw(remarks),
            record_id=draw(record_ids),
            spans=draw(span_values),
        )

    return build()


def statements(
    *,
    speakers: st.SearchStrategy[Official | None] | None = None,
    dates: st.SearchStrategy[FuzzyDate | None] | None = None,
) -> st.SearchStrategy[Statement]:
    """Statements, direct and reported, with or without speaker, date and place.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.statements(speakers=ds.officials())
    """
    _check_strategy("statements", "speakers", speakers)
    _check_strategy("statements", "dates", dates)
    return st.builds(
        Statement,
        speaker=_or(speakers, _optional(_officials_strategy())),
        text=_texts(("They are offering us a deal",)),
        mode=st.sampled_from(StatementMode),
        date=_or(dates, _optional(fuzzy_dates())),
        place=_optional(_texts(_PLACE_NAMES)),
        spans=_tuples(spans(), max_size=3, long=True),
    )


def agreements(
    *,
    parties: st.SearchStrategy[Country] | None = None,
    statuses: st.SearchStrategy[AgreementStatus] | None = None,
    dates: st.SearchStrategy[FuzzyDate | None] | None = None,
) -> st.SearchStrategy[Agreement]:
    """Agreements between distinct parties (none, two, many), at any stage.

    ``parties`` draws each party; duplicates are dropped, so it needs to draw varied countries.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.agreements(dates=ds.fuzzy_dates(min_year=2000, max_year=2030))
    """
    for name, value in (("parties", parties), ("statuses", statuses), ("dates", dates)):
        _check_strategy("agreements", name, value)
    party_values = _or(parties, _countries_strategy())
    date_values = _or(dates, _optional(fuzzy_dates()))
    return st.builds(
        Agreement,
        name=_texts(("Bilateral Trade Agreement",)),
        status=_or(statuses, st.sampled_from(AgreementStatus)),
        short_name=_optional(_texts(("BTA",))),
        parties=_tuples(party_values, max_size=3, long=True).map(_distinct),
        date=date_values,
        target_date=date_values,
        spans=_tuples(spans(), max_size=3, long=True),
    )


def delegations(
    *,
    leaders: st.SearchStrategy[Official | None] | None = None,
    members: st.SearchStrategy[Official] | None = None,
    itineraries: st.SearchStrategy[Country] | None = None,
) -> st.SearchStrategy[Delegation]:
    """Delegations with or without a leader and a size; itineraries may revisit a country.

    ``members`` draws each member and ``itineraries`` each stop of the itinerary.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.delegations(leaders=ds.officials())
    """
    for name, value in (("leaders", leaders), ("members", members), ("itineraries", itineraries)):
        _check_strategy("delegations", name, value)
    return st.builds(
        Delegation,
        leader=_or(leaders, _optional(_officials_strategy())),
        members=_tuples(_or(members, _officials_strategy()), max_size=3),
        size=_optional(st.integers(1, 50) | st.integers(min_value=1)),
        composition=_optional(_texts(("all-party",))),
        purpose=_optional(_texts(_WORDS)),
        itinerary=_tuples(_or(itineraries, _countries_strategy()), max_size=4, long=True),
        spans=_tuples(spans(), max_size=3, long=True),
    )


def reports(
    *,
    officials: st.SearchStrategy[Official] | None = None,
    visits: st.SearchStrategy[Visit] | None = None,
    statements: st.SearchStrategy[Statement] | None = None,
    agreements: st.SearchStrategy[Agreement] | None = None,
    delegations: st.SearchStrategy[Delegation] | None = None,
) -> st.SearchStrategy[Report]:
    """Reports: a source or none, and collections of every record type, empty or not.

    >>> from diplomacy import strategies as ds
    >>> strategy = ds.reports(visits=ds.visits(dates=ds.days(min_year=2025, max_year=2025)))
    """
    args = {
        "officials": officials,
        "visits": visits,
        "statements": statements,
        "agreements": agreements,
        "delegations": delegations,
    }
    for name, value in args.items():
        _check_strategy("reports", name, value)
    return st.builds(
        Report,
        source=_optional(sources()),
        officials=_tuples(_or(officials, _officials_strategy()), max_size=3),
        visits=_tuples(_or(visits, _visits_strategy()), max_size=2),
        statements=_tuples(_or(statements, _statements_strategy()), max_size=2),
        agreements=_tuples(_or(agreements, _agreements_strategy()), max_size=2),
        delegations=_tuples(_or(delegations, _delegations_strategy()), max_size=2),
    )


_visits_strategy = visits
_statements_strategy = statements
_agreements_strategy = agreements
_delegations_strategy = delegations
