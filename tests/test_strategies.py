"""The public Hypothesis strategies and the plugin that registers them for ``st.from_type``."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import unicodedata
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import diplomacy
from diplomacy import (
    Agreement,
    Country,
    Day,
    Delegation,
    Interval,
    Month,
    Official,
    Place,
    Report,
    Season,
    Source,
    Span,
    Statement,
    Tenure,
    Visit,
    Year,
)
from diplomacy import strategies as ds

STRATEGIES: dict[str, tuple[type, ...]] = {
    "countries": (Country,),
    "places": (Place,),
    "spans": (Span,),
    "sources": (Source,),
    "days": (Day,),
    "months": (Month,),
    "seasons": (Season,),
    "years": (Year,),
    "points": (Day, Month, Season, Year),
    "intervals": (Interval,),
    "fuzzy_dates": (Day, Month, Season, Year, Interval),
    "tenures": (Tenure,),
    "officials": (Official,),
    "visits": (Visit,),
    "statements": (Statement,),
    "agreements": (Agreement,),
    "delegations": (Delegation,),
    "reports": (Report,),
}

MODEL_TYPES = [
    Country,
    Place,
    Span,
    Source,
    Day,
    Month,
    Season,
    Year,
    Interval,
    Tenure,
    Official,
    Visit,
    Statement,
    Agreement,
    Delegation,
    Report,
]


def test_every_strategy_is_public() -> None:
    """__all__ lists exactly one strategy per model type (and points and fuzzy_dates for the unions)."""
    assert sorted(ds.__all__) == sorted(STRATEGIES)


@pytest.mark.parametrize("name", sorted(STRATEGIES))
def test_strategies_draw_valid_values(name: str) -> None:
    """Each strategy draws values of its type that survive re-validation (attrs.evolve runs the checks)."""
    strategy = getattr(ds, name)()

    @settings(max_examples=50 if name in {"reports", "visits", "delegations"} else 100)
    @given(strategy)
    def check(value: Any) -> None:
        assert isinstance(value, STRATEGIES[name])
        assert attrs.evolve(value) == value

    check()


@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
def test_from_type_works_for_every_model_type(cls: type) -> None:
    """st.from_type(T) draws valid values of every model type, through the plugin's registration."""

    @settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
    @given(st.from_type(cls))
    def check(value: Any) -> None:
        assert isinstance(value, cls)
        assert attrs.evolve(value) == value

    check()


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True, timeout=120
    )
    return result.stdout.strip()


def test_entry_point_registers_without_importing_the_strategies_module() -> None:
    """Importing Hypothesis alone (no import of diplomacy.strategies) makes st.from_type(Visit) work, and
    the strategies module loads only on the first draw."""
    out = _run(
        """
        import sys
        from hypothesis import given, settings, strategies as st
        import diplomacy
        before = "diplomacy.strategies" in sys.modules
        seen = []
        @settings(max_examples=5, database=None)
        @given(st.from_type(diplomacy.Visit))
        def check(v):
            seen.append(type(v).__name__)
        check()
        print(before, set(seen), "diplomacy.strategies" in sys.modules)
        """
    )
    assert out == "False {'Visit'} True"


def test_import_diplomacy_does_not_import_hypothesis() -> None:
    """Hypothesis is an optional extra: `import diplomacy` must not import it."""
    assert _run("import sys, diplomacy; print('hypothesis' in sys.modules)") == "False"


# --- the corners the strategies reach --------------------------------------------------------------


def _non_latin(text: str) -> bool:
    return any(c.isalpha() and "LATIN" not in unicodedata.name(c, "LATIN") for c in text)


CORNERS: list[tuple[str, Callable[[], st.SearchStrategy[Any]], Callable[[Any], bool]]] = [
    ("a name in a non-Latin script", ds.officials, lambda o: _non_latin(o.name)),
    ("an accented name", ds.officials, lambda o: any(unicodedata.decomposition(c) for c in o.name)),
    ("a historic country", ds.countries, lambda c: c.historic),
    ("Kosovo", ds.countries, lambda c: c.code == "XK"),
    ("a day of unknown year", ds.days, lambda d: d.year is None),
    ("a leap day", ds.days, lambda d: (d.month, d.day) == (2, 29) and d.year is not None),
    ("an unknown year's 29 February", ds.days, lambda d: (d.year, d.month, d.day) == (None, 2, 29)),
    ("an approximate and uncertain day", ds.days, lambda d: d.approximate and d.uncertain),
    ("a month of unknown year", ds.months, lambda m: m.year is None),
    ("an uncertain month", ds.months, lambda m: m.uncertain and not m.approximate),
    ("a winter", ds.seasons, lambda s: s.season == 24 and s.year is not None),
    ("a season of unknown year", ds.seasons, lambda s: s.year is None),
    ("an approximate year", ds.years, lambda y: y.approximate and not y.uncertain),
    ("an interval open at the start", ds.intervals, lambda i: i.start is None),
    ("an interval open at the end", ds.intervals, lambda i: i.end is None),
    ("an interval of mixed precision", ds.intervals, lambda i: i.start and i.end and type(i.start) is not type(i.end)),
    ("an interval as a fuzzy date", ds.fuzzy_dates, lambda d: isinstance(d, Interval)),
    ("a place without a country", ds.places, lambda p: p.country is None),
    ("a place with a country", ds.places, lambda p: p.country is not None),
    ("an empty span", ds.spans, lambda s: s.text == ""),
    ("a source with nothing set", ds.sources, lambda s: s == Source()),
    ("a source with everything set", ds.sources, lambda s: None not in attrs.astuple(s)),
    ("a tenure with both ends", ds.tenures, lambda t: t.start is not None and t.end is not None),
    ("a tenure with no dates", ds.tenures, lambda t: t.start is None and t.end is None),
    ("an official with nothing optional", ds.officials, lambda o: o == Official(name=o.name)),
    ("an official with tenures and long aliases", ds.officials, lambda o: o.tenures and len(o.aliases) > 3),
    ("a visit with a host", ds.visits, lambda v: v.host is not None),
    ("a visit without a host", ds.visits, lambda v: v.host is None),
    ("a visit with companions and people met", ds.visits, lambda v: v.accompanying and v.met),
    ("a visit with both dates", ds.visits, lambda v: v.start is not None and v.end is not None),
    ("a visit with many places", ds.visits, lambda v: len(v.places) > 3),
    ("a statement with no speaker", ds.statements, lambda s: s.speaker is None),
    ("a reported statement with a date", ds.statements, lambda s: s.mode.value == "reported" and s.date),
    ("an agreement with no parties", ds.agreements, lambda a: a.parties == ()),
    ("an agreement with many parties", ds.agreements, lambda a: len(a.parties) > 3),
    ("a delegation revisiting a country", ds.delegations, lambda d: len(set(d.itinerary)) < len(d.itinerary)),
    ("a delegation with a size", ds.delegations, lambda d: d.size is not None),
    ("an empty report", ds.reports, lambda r: r == Report()),
    ("a report with visits and a source", ds.reports, lambda r: r.visits and r.source),
]


@pytest.mark.parametrize(("corner", "strategy", "condition"), CORNERS, ids=[c for c, _, _ in CORNERS])
def test_strategies_reach_the_corners(
    corner: str, strategy: Callable[[], st.SearchStrategy[Any]], condition: Callable[[Any], bool]
) -> None:
    """Each edge case of the model is drawn: scripts, accents, unknown years, leap days, open intervals,
    historic codes, empty and long collections, optional fields both unset and set."""
    find(
        strategy(),
        lambda v: bool(condition(v)),
        settings=settings(
            max_examples=3000, database=None, phases=[Phase.generate], suppress_health_check=list(HealthCheck)
        ),
    )


# --- keyword arguments -----------------------------------------------------------------------------


@given(
    ds.visits(
        travelers=ds.officials(countries=st.just(Country("IN"))),
        destinations=st.just(Country("US")),
        hosts=st.none(),
        dates=ds.days(min_year=2025, max_year=2025, allow_unknown_year=False),
    )
)
def test_visits_use_the_given_strategies(visit: Visit) -> None:
    """visits() draws each field from the strategy given for it, and keeps start before end."""
    assert visit.traveler.country == Country("IN")
    assert visit.destination == Country("US")
    assert visit.host is None
    for date in (visit.start, visit.end):
        assert date is None or (isinstance(date, Day) and date.year == 2025)
    if visit.start is not None and visit.end is not None:
        assert visit.start <= visit.end


@given(ds.visits(dates=ds.intervals()))
def test_visits_keep_intervals_in_order(visit: Visit) -> None:
    """Even with dates drawn from open intervals, a drawn visit never starts after it ends."""
    assert attrs.evolve(visit) == visit


@given(ds.intervals(min_year=2020, max_year=2030, allow_unknown_year=False, allow_open=False))
def test_intervals_honour_their_options(interval: Interval) -> None:
    """allow_open=False gives both ends; allow_unknown_year=False and the year bounds give known years in range."""
    assert interval.earliest is not None
    assert interval.latest is not None
    assert interval.earliest >= diplomacy.Day(2020, 1, 1).earliest  # type: ignore[operator]
    assert interval.latest.year <= 2031  # a winter of 2030 ends in 2031


@given(ds.seasons(min_year=9999, max_year=9999))
def test_seasons_of_9999_skip_the_unrepresentable_winter(season: Season) -> None:
    """The last year draws spring to autumn, or an unknown year, never the winter that ends in 10000."""
    assert season.season != 24 or season.year is None


@given(ds.days(min_year=2021, max_year=2023, allow_unknown_year=False))
def test_days_in_a_range_without_leap_years(day: Day) -> None:
    """A year range with no leap year still draws days, all within it."""
    assert day.year is not None
    assert 2021 <= day.year <= 2023


@given(ds.agreements(parties=st.sampled_from([Country("IN"), Country("US")])))
def test_agreements_drop_duplicate_parties(agreement: Agreement) -> None:
    """Parties drawn twice are kept once."""
    assert set(agreement.parties) <= {Country("IN"), Country("US")}


# --- bad arguments ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: ds.visits(travelers="Vikram Misri"),
            "visits(travelers=...) must be a strategy, got 'Vikram Misri' (str)",
        ),
        (
            lambda: ds.visits(destinations=Country("US")),
            "visits(destinations=...) must be a strategy, got Country('US') (Country)",
        ),
        (
            lambda: ds.places(countries=[Country("US")]),
            "places(countries=...) must be a strategy, got [Country('US')] (list)",
        ),
        (lambda: ds.officials(names="x"), "officials(names=...) must be a strategy, got 'x' (str)"),
        (
            lambda: ds.tenures(dates=Day(2025, 1, 1)),
            "tenures(dates=...) must be a strategy, got Day('2025-01-01') (Day)",
        ),
        (lambda: ds.statements(speakers=1), "statements(speakers=...) must be a strategy, got 1 (int)"),
        (
            lambda: ds.agreements(parties=ds.countries),
            f"agreements(parties=...) must be a strategy, got {ds.countries!r} (function)",
        ),
        (lambda: ds.delegations(members=()), "delegations(members=...) must be a strategy, got () (tuple)"),
        (lambda: ds.reports(visits=[]), "reports(visits=...) must be a strategy, got [] (list)"),
        (lambda: ds.days(min_year="2020"), "days(min_year=...) must be an int, got '2020' (str)"),
        (lambda: ds.years(max_year=True), "years(max_year=...) must be an int, got True (bool)"),
        (lambda: ds.months(min_year=0), "months(min_year=...) must be between 1 and 9999, got 0"),
        (lambda: ds.seasons(max_year=10000), "seasons(max_year=...) must be between 1 and 9999, got 10000"),
        (
            lambda: ds.intervals(min_year=2030, max_year=2020),
            "intervals(min_year=2030, max_year=2020): min_year is after max_year",
        ),
        (
            lambda: ds.points(allow_unknown_year=None),
            "points(allow_unknown_year=...) must be True or False, got None (NoneType)",
        ),
        (lambda: ds.fuzzy_dates(allow_open=1), "fuzzy_dates(allow_open=...) must be True or False, got 1 (int)"),
    ],
)
def test_bad_arguments_raise_invalid_argument_at_once(build: Callable[[], object], message: str) -> None:
    """A bad argument raises InvalidArgument (a TypeError) when the strategy is built, naming the function,
    the argument and the value."""
    with pytest.raises(InvalidArgument) as info:
        build()
    assert str(info.value) == message
