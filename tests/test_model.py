"""The domain model: construction checks, immutability, named constructors and value semantics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy import (
    Agreement,
    AgreementStatus,
    Country,
    Day,
    Delegation,
    DiplomacyError,
    FieldTypeError,
    Interval,
    Month,
    Official,
    ParseError,
    Place,
    Report,
    Season,
    Source,
    Span,
    Statement,
    StatementMode,
    Tenure,
    ValidationError,
    Visit,
    VisitKind,
    VisitStatus,
    Year,
)
from diplomacy import strategies as ds

D = dt.date
MISRI = Official(name="Vikram Misri", title="Foreign Secretary", country=Country("IN"))
US, IN = Country("US"), Country("IN")


def visit(**kw: Any) -> Visit:
    """A planned visit of Misri to the US, with ``kw`` on top."""
    return Visit(**{"traveler": MISRI, "destination": US, "status": VisitStatus.PLANNED, **kw})


# --- construction: wrong types -------------------------------------------------------------------

TYPE_ERRORS: list[tuple[Callable[[], object], str]] = [
    (lambda: Country(5), "Country.code: expected str, got 5 (int)"),
    (lambda: Place(3), "Place.name: expected str, got 3 (int)"),
    (lambda: Place("Doha", "QA"), "Place.country: expected Country or None, got 'QA' (str)"),
    (lambda: Span(True, 1, "a"), "Span.start: expected int, got True (bool)"),
    (lambda: Span(0, "1", "a"), "Span.end: expected int, got '1' (str)"),
    (lambda: Span(0, 1, b"a"), "Span.text: expected str, got b'a' (bytes)"),
    (lambda: Source(url=3), "Source.url: expected str or None, got 3 (int)"),
    (
        lambda: Source(published=dt.datetime(2025, 5, 26)),
        "Source.published: expected datetime.date or None, got datetime.datetime(2025, 5, 26, 0, 0) (datetime)",
    ),
    (
        lambda: Source(published="2025-05-26"),
        "Source.published: expected datetime.date or None, got '2025-05-26' (str)",
    ),
    (lambda: Day("2025", 1, 1), "Day.year: expected int or None, got '2025' (str)"),
    (lambda: Day(2025, 1.0, 1), "Day.month: expected int, got 1.0 (float)"),
    (lambda: Day(2025, 1, True), "Day.day: expected int, got True (bool)"),
    (lambda: Day(2025, 1, 1, approximate=1), "Day.approximate: expected bool, got 1 (int)"),
    (lambda: Day(2025, 1, 1, uncertain=None), "Day.uncertain: expected bool, got None (NoneType)"),
    (lambda: Month(2025, "5"), "Month.month: expected int, got '5' (str)"),
    (lambda: Season(2025, 21.0), "Season.season: expected int, got 21.0 (float)"),
    (lambda: Year(None), "Year.year: expected int, got None (NoneType)"),
    (lambda: Year(True), "Year.year: expected int, got True (bool)"),
    (
        lambda: Interval("2025", None),
        "Interval.start: expected Day, Month, Season, Year or None, got '2025' (str)",
    ),
    (
        lambda: Interval(None, Interval(Year(2025), None)),
        "Interval.end: expected Day, Month, Season, Year or None, got Interval('2025/..') (Interval)",
    ),
    (
        lambda: Interval(D(2025, 1, 1), None),
        "Interval.start: expected Day, Month, Season, Year or None, got datetime.date(2025, 1, 1) (date)",
    ),
    (lambda: Tenure(office=None), "Tenure.office: expected str, got None (NoneType)"),
    (lambda: Tenure(office="PM", country="IN"), "Tenure.country: expected Country or None, got 'IN' (str)"),
    (
        lambda: Tenure(office="PM", start="2014"),
        "Tenure.start: expected Day or Month or Season or Year or Interval or None, got '2014' (str)",
    ),
    (lambda: Official(name=1), "Official.name: expected str, got 1 (int)"),
    (lambda: Official(name="x", country="IN"), "Official.country: expected Country or None, got 'IN' (str)"),
    (lambda: Official(name="x", aliases="abc"), "Official.aliases: expected tuple, got 'abc' (str)"),
    (lambda: Official(name="x", aliases=5), "Official.aliases: expected tuple, got 5 (int)"),
    (lambda: Official(name="x", tenures=["PM"]), "Official.tenures[0]: expected Tenure, got 'PM' (str)"),
    (
        lambda: Official(name="x", spans=[(0, 1, "a")]),
        "Official.spans[0]: expected Span, got (0, 1, 'a') (tuple)",
    ),
    (lambda: visit(traveler="Misri"), "Visit.traveler: expected Official, got 'Misri' (str)"),
    (lambda: visit(destination="US"), "Visit.destination: expected Country, got 'US' (str)"),
    (
        lambda: visit(status="planned"),
        "Visit.status: expected VisitStatus (one of 'planned', 'ongoing', 'completed', 'possible', "
        "'cancelled'), got 'planned' (str)",
    ),
    (
        lambda: visit(kind="state"),
        "Visit.kind: expected VisitKind (one of 'state', 'official', 'working', 'private', 'informal', "
        "'transit'), got 'state' (str)",
    ),
    (lambda: visit(places="NY"), "Visit.places: expected tuple, got 'NY' (str)"),
    (lambda: visit(host="Rubio"), "Visit.host: expected Official or None, got 'Rubio' (str)"),
    (lambda: visit(met=[MISRI, "Rubio"]), "Visit.met[1]: expected Official, got 'Rubio' (str)"),
    (lambda: visit(accompanying=["Rubio"]), "Visit.accompanying[0]: expected Official, got 'Rubio' (str)"),
    (
        lambda: visit(start=D(2025, 5, 27)),
        "Visit.start: expected Day or Month or Season or Year or Interval or None, "
        "got datetime.date(2025, 5, 27) (date)",
    ),
    (lambda: visit(spans=[None]), "Visit.spans[0]: expected Span, got None (NoneType)"),
    (lambda: Statement(speaker="Trump", text="x"), "Statement.speaker: expected Official or None, got 'Trump' (str)"),
    (
        lambda: Statement(speaker=None, text="x", mode="direct"),
        "Statement.mode: expected StatementMode (one of 'direct', 'reported'), got 'direct' (str)",
    ),
    (
        lambda: Agreement(name="BTA", status=AgreementStatus.PROPOSED, parties=["US", "IN"]),
        "Agreement.parties[0]: expected Country, got 'US' (str)",
    ),
    (
        lambda: Agreement(name="BTA", status="signed"),
        "Agreement.status: expected AgreementStatus (one of 'proposed', 'negotiating', 'agreed', 'signed', "
        "'launched', 'in_force', 'ended'), got 'signed' (str)",
    ),
    (lambda: Delegation(size=True), "Delegation.size: expected int or None, got True (bool)"),
    (lambda: Delegation(size="8"), "Delegation.size: expected int or None, got '8' (str)"),
    (lambda: Delegation(itinerary=["US"]), "Delegation.itinerary[0]: expected Country, got 'US' (str)"),
    (lambda: Delegation(leader="Tharoor"), "Delegation.leader: expected Official or None, got 'Tharoor' (str)"),
    (lambda: Report(source="NationPress"), "Report.source: expected Source or None, got 'NationPress' (str)"),
    (
        lambda: Report(visits=[MISRI]),
        "Report.visits[0]: expected Visit, got Official(name='Vikram Misri', title='Foreign Secretary', "
        "country=Country('IN'), organisation=None, aliases=(), tenures=(), spans=()) (Official)",
    ),
]


@pytest.mark.parametrize(("build", "message"), TYPE_ERRORS, ids=[m.partition(":")[0] for _, m in TYPE_ERRORS])
def test_wrong_types_raise_field_type_error(build: Callable[[], object], message: str) -> None:
    """A value of the wrong type raises FieldTypeError, which is both a ValidationError and a TypeError,
    with 'Class.field: expected ..., got ... (type)'."""
    with pytest.raises(FieldTypeError) as info:
        build()
    assert str(info.value) == message
    assert isinstance(info.value, ValidationError)
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, DiplomacyError)
    assert info.value.errors == (message,)


# --- construction: bad values --------------------------------------------------------------------

VALUE_ERRORS: list[tuple[Callable[[], object], str]] = [
    (lambda: Country("ZZ"), "Country.code: 'ZZ' is not an ISO 3166-1 alpha-2 code we know"),
    (lambda: Country("us"), "Country.code: 'us' is not an ISO 3166-1 alpha-2 code we know"),
    (lambda: Place(""), "Place.name: '' must be non-empty, with no leading or trailing white space"),
    (lambda: Place(" Doha"), "Place.name: ' Doha' must be non-empty, with no leading or trailing white space"),
    (lambda: Span(2, 1, ""), "Span: offsets must satisfy 0 <= start <= end, got start=2, end=1"),
    (lambda: Span(-1, 0, "x"), "Span: offsets must satisfy 0 <= start <= end, got start=-1, end=0"),
    (lambda: Span(0, 2, "a"), "Span.text: 'a' is 1 characters, but end - start is 2"),
    (lambda: Source(title=""), "Source.title: '' must be non-empty, with no leading or trailing white space"),
    (
        lambda: Source(dateline="Doha\n"),
        "Source.dateline: 'Doha\\n' must be non-empty, with no leading or trailing white space",
    ),
    (lambda: Day(2025, 13, 1), "Day.month: 13 is out of range (1-12)"),
    (lambda: Day(2025, 2, 29), "Day.day: 29 is out of range for 2025-02 (1-28)"),
    (lambda: Day(1900, 2, 29), "Day.day: 29 is out of range for 1900-02 (1-28)"),
    (lambda: Day(None, 2, 30), "Day.day: 30 is out of range for XXXX-02 (1-29)"),
    (lambda: Day(2025, 4, 0), "Day.day: 0 is out of range for 2025-04 (1-30)"),
    (lambda: Day(0, 1, 1), "Day.year: 0 is out of range (1-9999)"),
    (lambda: Month(2025, 0), "Month.month: 0 is out of range (1-12)"),
    (lambda: Month(10000, 1), "Month.year: 10000 is out of range (1-9999)"),
    (
        lambda: Season(2025, 25),
        "Season.season: 25 is not a season code (21 spring, 22 summer, 23 autumn, 24 winter)",
    ),
    (
        lambda: Season(2025, 3),
        "Season.season: 3 is not a season code (21 spring, 22 summer, 23 autumn, 24 winter)",
    ),
    (lambda: Season(9999, 24), "Season.year: winter 9999 ends after the last representable day"),
    (lambda: Year(0), "Year.year: 0 is out of range (1-9999)"),
    (lambda: Year(-44), "Year.year: -44 is out of range (1-9999)"),
    (
        lambda: Interval(None, None),
        "Interval: an interval needs at least one known end ('../..' says nothing)",
    ),
    (
        lambda: Interval(Day(2025, 5, 10), Day(2025, 5, 7)),
        "Interval: start 2025-05-10 is after end 2025-05-07",
    ),
    (lambda: Interval(Year(2027), Season(2025, 24)), "Interval: start 2027 is after end 2025-24"),
    (lambda: Tenure(office=""), "Tenure.office: '' must be non-empty, with no leading or trailing white space"),
    (
        lambda: Tenure(office="PM", start=Year(2020), end=Year(2019)),
        "Tenure: start 2020 is after end 2019",
    ),
    (lambda: Official(name=" x"), "Official.name: ' x' must be non-empty, with no leading or trailing white space"),
    (
        lambda: Official(name="x", title=""),
        "Official.title: '' must be non-empty, with no leading or trailing white space",
    ),
    (
        lambda: Official(name="x", aliases=["a", ""]),
        "Official.aliases[1]: '' must be non-empty, with no leading or trailing white space",
    ),
    (
        lambda: visit(start=Day(2025, 5, 29), end=Day(2025, 5, 27)),
        "Visit: start 2025-05-29 is after end 2025-05-27",
    ),
    (
        lambda: visit(places=["New York", " "]),
        "Visit.places[1]: ' ' must be non-empty, with no leading or trailing white space",
    ),
    (lambda: visit(record_id=""), "Visit.record_id: '' must be non-empty, with no leading or trailing white space"),
    (
        lambda: visit(city="Washington "),
        "Visit.city: 'Washington ' must be non-empty, with no leading or trailing white space",
    ),
    (
        lambda: Statement(speaker=None, text=""),
        "Statement.text: '' must be non-empty, with no leading or trailing white space",
    ),
    (
        lambda: Agreement(name="BTA", status=AgreementStatus.PROPOSED, parties=[US, IN, US]),
        "Agreement.parties: a country is named twice in ['IN', 'US', 'US']",
    ),
    (
        lambda: Agreement(name="", status=AgreementStatus.SIGNED),
        "Agreement.name: '' must be non-empty, with no leading or trailing white space",
    ),
    (lambda: Delegation(size=0), "Delegation.size: 0 must be at least 1"),
    (lambda: Delegation(size=-3), "Delegation.size: -3 must be at least 1"),
]


@pytest.mark.parametrize(("build", "message"), VALUE_ERRORS, ids=[m.partition(":")[0] for _, m in VALUE_ERRORS])
def test_bad_values_raise_validation_error(build: Callable[[], object], message: str) -> None:
    """A value of the right type but outside the model raises ValidationError (a ValueError, not a
    TypeError) naming the field and the value."""
    with pytest.raises(ValidationError) as info:
        build()
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)
    assert not isinstance(info.value, TypeError)


def test_validation_error_with_several_problems_lists_them() -> None:
    """A ValidationError made of several lines counts them and indents each."""
    error = ValidationError(["$.visits[0].start: bad", "$.visits[1].end: worse"])
    assert str(error) == "2 problems:\n  $.visits[0].start: bad\n  $.visits[1].end: worse"
    assert error.errors == ("$.visits[0].start: bad", "$.visits[1].end: worse")


# --- immutability and slots ----------------------------------------------------------------------

SAMPLES: list[object] = [
    US,
    Place("Doha", Country("QA")),
    Span(0, 5, "Misri"),
    Source(publisher="NationPress"),
    Day(2025, 5, 27),
    Month(2025, 5),
    Season(2025, 23),
    Year(2025),
    Interval(None, Year(2025)),
    Tenure(office="Prime Minister"),
    MISRI,
    visit(),
    Statement(speaker=None, text="They are offering us a deal"),
    Agreement(name="BTA", status=AgreementStatus.PROPOSED),
    Delegation(size=8),
    Report(),
]


@pytest.mark.parametrize("value", SAMPLES, ids=lambda v: type(v).__name__)
def test_model_values_are_frozen(value: object) -> None:
    """Assigning to a field of any model value raises FrozenInstanceError (an AttributeError)."""
    field = attrs.fields(type(value))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, field, None)


@pytest.mark.parametrize("value", SAMPLES, ids=lambda v: type(v).__name__)
def test_model_values_use_slots(value: object) -> None:
    """Model values have __slots__ and no per-instance __dict__, so no stray attribute can be added."""
    assert hasattr(type(value), "__slots__")
    assert not hasattr(value, "__dict__")
    with pytest.raises(AttributeError):
        object.__setattr__(value, "stray", 1)


@pytest.mark.parametrize("value", SAMPLES, ids=lambda v: type(v).__name__)
def test_model_values_are_hashable_and_equal_to_a_copy(value: object) -> None:
    """Every model value equals and hashes like a re-validated copy of itself."""
    copy = attrs.evolve(value)  # type: ignore[misc]
    assert copy == value
    assert hash(copy) == hash(value)


# --- collections ---------------------------------------------------------------------------------


def test_collections_accept_any_iterable_and_keep_tuples() -> None:
    """Collection fields take lists and generators and store tuples."""
    official = Official(name="Narendra Modi", aliases=(a for a in ["Modi", "PM Modi"]), spans=[Span(0, 4, "Modi")])
    assert official.aliases == ("Modi", "PM Modi")
    assert official.spans == (Span(0, 4, "Modi"),)
    assert visit(places=["New York"], met=[MISRI]).met == (MISRI,)
    assert Report(officials=[MISRI]).officials == (MISRI,)


# --- Country -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("US", "US"),
        ("IN", "IN"),
        ("us", "US"),
        ("USA", "US"),
        ("IND", "IN"),
        ("U.S.", "US"),
        (" U.S. ", "US"),
        ("United States", "US"),
        ("the United States", "US"),
        ("United States of America", "US"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("Republic of Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("ROK", "KR"),
        ("DPRK", "KP"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("Turkey", "TR"),
        ("Côte d'Ivoire", "CI"),
        ("Bosnia & Herzegovina", "BA"),
        ("Viet Nam", "VN"),
        ("XK", "XK"),
        ("Kosovo", "XK"),
        ("SU", "SU"),
        ("SUN", "SU"),
        ("USSR", "SU"),
        ("Soviet Union", "SU"),
        ("Yugoslavia", "YU"),
        ("German Democratic Republic", "DD"),
    ],
)
def test_country_parse_reads_codes_names_and_short_forms(text: str, code: str) -> None:
    """Country.parse reads alpha-2 and alpha-3 codes, names, common short forms and historic states,
    ignoring case, accents, punctuation and a leading 'the'."""
    assert Country.parse(text) == Country(code)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Narnia", "'Narnia' is not a country we know\n    Narnia\n    ^^^^^^"),
        ("  Narnia ", "'  Narnia ' is not a country we know\n      Narnia \n      ^^^^^^"),
        ("in", "'in' is not a country we know\n    in\n    ^^"),
        ("", "'' is not a country we know"),
        (5, "expected a country name or code, got 5 (int)"),
        (None, "expected a country name or code, got None (NoneType)"),
    ],
    ids=repr,
)
def test_country_parse_errors_show_a_caret(text: object, message: str) -> None:
    """An unknown country raises ParseError with a caret under the name; non-str input too, without one."""
    with pytest.raises(ParseError) as info:
        Country.parse(text)  # type: ignore[arg-type]
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("code", "name", "alpha3", "historic"),
    [
        ("US", "United States", "USA", False),
        ("KR", "South Korea", "KOR", False),
        ("TR", "Türkiye", "TUR", False),
        ("XK", "Kosovo", "XKX", False),
        ("SU", "Soviet Union", "SUN", True),
        ("YU", "Yugoslavia", "YUG", True),
    ],
)
def test_country_properties(code: str, name: str, alpha3: str, historic: bool) -> None:
    """A Country knows its common name, alpha-3 code and whether it is historic (ISO 3166-3)."""
    country = Country(code)
    assert (country.name, country.alpha3, country.alpha2, country.historic) == (name, alpha3, code, historic)


@given(ds.countries())
def test_country_parse_reads_its_own_code_name_and_alpha3(country: Country) -> None:
    """Every country we know parses back from str() (its code), its name and its alpha-3 code; a historic
    state's name or alpha-3 code that a current state took over ('East Timor', ATF) reads as the current one."""
    assert Country.parse(str(country)) == country
    by_name = Country.parse(country.name)
    assert by_name == country or (country.historic and not by_name.historic)
    by_alpha3 = Country.parse(country.alpha3)
    assert by_alpha3 == country or (country.historic and not by_alpha3.historic and by_alpha3.alpha3 == country.alpha3)


def test_countries_order_by_code() -> None:
    """Countries sort by code, so sets of them have one stable order."""
    assert sorted([US, IN, Country("GB")]) == [Country("GB"), IN, US]


# --- Place and Span ------------------------------------------------------------------------------


@given(ds.places(countries=ds.countries()))
def test_place_with_a_country_round_trips_through_str(place: Place) -> None:
    """Place.parse(str(p)) == p for every place with a country."""
    assert Place.parse(str(place)) == place


@given(ds.places(countries=st.none()))
def test_place_without_a_country_round_trips_unless_its_name_ends_in_a_code(place: Place) -> None:
    """Place.parse(str(p)) == p for a place without a country, unless its name itself ends in ', CC'."""
    _head, sep, tail = place.name.rpartition(", ")
    if sep and len(tail) == 2 and tail.isupper() and tail.isascii() and tail.isalpha():
        return  # "Paris, FR" with no country reads back as Paris in France: the known ambiguity
    assert Place.parse(str(place)) == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doha, QA", Place("Doha", Country("QA"))),
        ("New York", Place("New York")),
        ("Washington, D.C.", Place("Washington, D.C.")),
        ("Washington, D.C., US", Place("Washington, D.C.", US)),
        ("Foo, ZZ", Place("Foo, ZZ")),
        ("Paris, FR", Place("Paris", Country("FR"))),
    ],
)
def test_place_parse_known_values(text: str, expected: Place) -> None:
    """A trailing ', CC' with a known code is the country; anything else is part of the name."""
    assert Place.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (" Doha", "a place needs a name with no surrounding white space\n     Doha\n    ^^^^^"),
        (", QA", "a place needs a name with no surrounding white space\n    , QA\n    ^^^^"),
        ("", "a place needs a name with no surrounding white space"),
        (3, "expected a place, got 3 (int)"),
    ],
    ids=repr,
)
def test_place_parse_errors(text: object, message: str) -> None:
    """Place.parse rejects a blank or padded name, and non-str input, with ParseError."""
    with pytest.raises(ParseError) as info:
        Place.parse(text)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_span_of_takes_the_text_from_the_source() -> None:
    """Span.of(source, start, end) keeps source[start:end]; an end past the source is rejected."""
    source = "Misri will visit the US."
    assert Span.of(source, 0, 5) == Span(0, 5, "Misri")
    assert Span.of(source, 21, 23) == Span(21, 23, "US")
    with pytest.raises(ValidationError) as info:
        Span.of(source, 21, 40)
    assert str(info.value) == "Span.text: 'US.' is 3 characters, but end - start is 19"


@given(st.text(max_size=50), st.data())
def test_span_of_any_slice(source: str, data: st.DataObject) -> None:
    """Span.of works for every in-range slice of any text."""
    start = data.draw(st.integers(0, len(source)))
    end = data.draw(st.integers(start, len(source)))
    span = Span.of(source, start, end)
    assert (span.start, span.end, span.text) == (start, end, source[start:end])


# --- officials -----------------------------------------------------------------------------------

MODI = Official(
    name="Narendra Modi",
    tenures=[
        Tenure(office="Chief Minister of Gujarat", start=Day(2001, 10, 7), end=Day(2014, 5, 22)),
        Tenure(office="Prime Minister", country=IN, start=Day(2014, 5, 26)),
    ],
)


@pytest.mark.parametrize(
    ("day", "office"),
    [
        (D(2000, 1, 1), None),
        (D(2001, 10, 7), "Chief Minister of Gujarat"),
        (D(2014, 5, 22), "Chief Minister of Gujarat"),
        (D(2014, 5, 24), None),
        (D(2014, 5, 26), "Prime Minister"),
        (D(2025, 5, 27), "Prime Minister"),
    ],
)
def test_office_on_finds_the_tenure_covering_a_day(day: dt.date, office: str | None) -> None:
    """Official.office_on gives the tenure covering the day, both ends included, or None between tenures."""
    tenure = MODI.office_on(day)
    assert (tenure.office if tenure else None) == office


def test_tenure_covers_with_open_and_fuzzy_ends() -> None:
    """An unknown end is open; a fuzzy end covers its whole span (a month end covers the month)."""
    assert Tenure(office="President").covers(D(1, 1, 1))
    assert Tenure(office="President", start=Month(2020, 1), end=Month(2020, 3)).covers(D(2020, 3, 31))
    assert not Tenure(office="President", start=Month(2020, 1), end=Month(2020, 3)).covers(D(2020, 4, 1))
    assert Tenure(office="President", start=Day(None, 1, 20)).covers(D(1999, 1, 1))


@given(ds.tenures(), st.dates())
def test_tenure_covers_matches_its_bounds(tenure: Tenure, day: dt.date) -> None:
    """covers(day) is true exactly when day lies between the start's earliest and the end's latest day."""
    lo = tenure.start.earliest if tenure.start else None
    hi = tenure.end.latest if tenure.end else None
    assert tenure.covers(day) == ((lo is None or lo <= day) and (hi is None or day <= hi))


# --- events --------------------------------------------------------------------------------------


def test_agreement_parties_are_sorted() -> None:
    """Agreement parties are stored sorted by code, so equal sets of parties give equal agreements."""
    a = Agreement(name="BTA", status=AgreementStatus.PROPOSED, parties=[US, IN])
    b = Agreement(name="BTA", status=AgreementStatus.PROPOSED, parties=(IN, US))
    assert a.parties == (IN, US)
    assert a == b


@given(ds.agreements())
def test_drawn_agreements_have_sorted_distinct_parties(agreement: Agreement) -> None:
    """Whatever the input order, parties are sorted by code and distinct."""
    codes = [c.code for c in agreement.parties]
    assert codes == sorted(set(codes))


def test_visit_dates_of_mixed_precision_and_unknown_years() -> None:
    """A visit may start and end at different precisions, and unknown years are never out of order."""
    assert visit(start=Month(2025, 5), end=Day(2025, 5, 1)).end == Day(2025, 5, 1)
    assert visit(start=Day(None, 12, 30), end=Day(2025, 1, 2)).start == Day(None, 12, 30)
    assert visit(start=Season(2025, 24), end=Day(2026, 1, 5)).start == Season(2025, 24)


def test_enums_have_their_wire_values() -> None:
    """Enum members are strings with stable values, as written in JSON."""
    assert [s.value for s in VisitStatus] == ["planned", "ongoing", "completed", "possible", "cancelled"]
    assert VisitKind("state") is VisitKind.STATE
    assert StatementMode.REPORTED.value == "reported"
    assert AgreementStatus.IN_FORCE == "in_force"


# --- repr ----------------------------------------------------------------------------------------


@given(st.one_of(ds.fuzzy_dates(), ds.countries(), ds.places()))
def test_value_types_repr_as_a_call_with_their_canonical_form(value: object) -> None:
    """Dates, countries and places repr as ClassName('<str form>')."""
    assert repr(value) == f"{type(value).__name__}({str(value)!r})"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Day(2025, 5, 27), "Day('2025-05-27')"),
        (Day(None, 5, 21, approximate=True), "Day('XXXX-05-21~')"),
        (Month(2025, 2, uncertain=True), "Month('2025-02?')"),
        (Season(2025, 23), "Season('2025-23')"),
        (Year(2025, approximate=True, uncertain=True), "Year('2025%')"),
        (Interval(None, Season(2025, 23)), "Interval('../2025-23')"),
        (Country("IN"), "Country('IN')"),
        (Place("Washington", US), "Place('Washington, US')"),
        (Span(0, 5, "Misri"), "Span(start=0, end=5, text='Misri')"),
    ],
    ids=repr,
)
def test_repr_known_values(value: object, text: str) -> None:
    """repr of value types shows the constructor call with the canonical form."""
    assert repr(value) == text


@given(st.one_of(ds.countries(), ds.spans(), ds.sources()))
def test_repr_of_plain_records_evaluates_back(value: object) -> None:
    """Country, Span and Source reprs are real constructor calls: eval(repr(x)) == x."""
    namespace = {"Country": Country, "Span": Span, "Source": Source, "datetime": dt}
    assert eval(repr(value), namespace) == value
