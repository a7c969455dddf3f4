"""The canonical JSON format: to_dict/from_dict, to_json/from_json, errors, the version gate, speed paths."""

from __future__ import annotations

import datetime as dt
import gc
import json
import warnings
from collections.abc import Callable
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diplomacy
from diplomacy import (
    SCHEMA_VERSION,
    Agreement,
    AgreementStatus,
    Country,
    Day,
    Delegation,
    DiplomacyError,
    FieldTypeError,
    FuzzyDate,
    Interval,
    Month,
    Official,
    Place,
    Report,
    SchemaVersionWarning,
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
    from_dict,
    from_json,
    to_dict,
    to_json,
    to_json_bytes,
)
from diplomacy import strategies as ds
from diplomacy._serialize import _checked, _fast, _types, _values
from diplomacy._serialize import json as sjson

IN, US = Country("IN"), Country("US")
MISRI = Official(name="Vikram Misri", title="Foreign Secretary", country=IN)
VISIT = Visit(
    traveler=MISRI,
    destination=US,
    status=VisitStatus.PLANNED,
    city="Washington",
    start=Day(2025, 5, 27),
    end=Day(2025, 5, 29),
)
MISRI_DICT = {
    "name": "Vikram Misri",
    "title": "Foreign Secretary",
    "country": "IN",
    "organisation": None,
    "aliases": [],
    "tenures": [],
    "spans": [],
}
VISIT_DICT = {
    "traveler": MISRI_DICT,
    "destination": "US",
    "status": "planned",
    "city": "Washington",
    "places": [],
    "start": "2025-05-27",
    "end": "2025-05-29",
    "kind": None,
    "purpose": None,
    "host": None,
    "accompanying": [],
    "met": [],
    "notes": None,
    "record_id": None,
    "spans": [],
}


def problems(data: Any, cls: Any) -> list[str]:
    """The lines of the ValidationError that reading ``data`` as ``cls`` raises."""
    with pytest.raises(ValidationError) as info:
        from_dict(data, cls)
    return list(info.value.errors)


def _outcome(func: Callable[[], Any]) -> tuple[str, Any]:
    """("ok", value) or ("error", the ValidationError's lines)."""
    try:
        return "ok", func()
    except ValidationError as e:
        return "error", e.errors


def visit_dict(**changes: Any) -> dict[str, Any]:
    """VISIT_DICT with ``changes`` on top (a value of ``...`` deletes the key)."""
    out = {**VISIT_DICT, **changes}
    return {k: v for k, v in out.items() if v is not ...}


def report_dict(**changes: Any) -> dict[str, Any]:
    """The canonical dict of an empty report, with ``changes`` on top."""
    return {**to_dict(Report()), **changes}


# --- the canonical form ------------------------------------------------------------------------


def test_official_canonical_dict() -> None:
    """A record is a dict of its field names in field order, every key present, [] and None where empty."""
    assert to_dict(MISRI) == MISRI_DICT
    assert list(to_dict(MISRI)) == list(MISRI_DICT)


def test_visit_canonical_dict_embeds_the_traveler() -> None:
    """A visit's traveler is an embedded Official object; countries, dates and enums are strings."""
    assert to_dict(VISIT) == VISIT_DICT
    assert list(to_dict(VISIT)) == list(VISIT_DICT)


def test_report_starts_with_the_schema_version() -> None:
    """A report's dict starts with "schema": "diplomacy/1", then its fields in order."""
    out = to_dict(Report(visits=[VISIT]))
    assert SCHEMA_VERSION == "diplomacy/1"
    assert list(out) == ["schema", "source", "officials", "visits", "statements", "agreements", "delegations"]
    assert out["schema"] == "diplomacy/1"
    assert out["visits"] == [VISIT_DICT]
    assert out["source"] is None


def test_value_types_are_strings() -> None:
    """Countries are alpha-2 codes, dates EDTF strings, enums their values, Source.published YYYY-MM-DD."""
    assert to_dict(IN) == "IN"
    assert to_dict(Day(None, 5, 21)) == "XXXX-05-21"
    assert to_dict(Month(2025, 5, approximate=True)) == "2025-05~"
    assert to_dict(Season(2025, 23)) == "2025-23"
    assert to_dict(Year(2025, uncertain=True)) == "2025?"
    assert to_dict(Day(2025, 5, 27, True, True)) == "2025-05-27%"
    assert to_dict(Interval(None, Season(2025, 23))) == "../2025-23"
    assert to_dict(VisitStatus.ONGOING) == "ongoing"
    assert to_dict(AgreementStatus.IN_FORCE) == "in_force"
    assert type(to_dict(AgreementStatus.IN_FORCE)) is str
    assert [type(x) for x in to_dict([IN, Day(2025, 1, 1), VisitKind.STATE])] == [str, str, str]
    assert to_dict(Source(published=dt.date(5, 1, 2))) == {
        "title": None,
        "publisher": None,
        "url": None,
        "dateline": None,
        "published": "0005-01-02",
    }


def test_place_span_agreement_delegation_forms() -> None:
    """Place is {name, country}; Span {start, end, text}; parties sorted; itineraries keep their order."""
    assert to_dict(Place("Doha", Country("QA"))) == {"name": "Doha", "country": "QA"}
    assert to_dict(Place("Doha")) == {"name": "Doha", "country": None}
    assert to_dict(Span(3, 8, "Misri")) == {"start": 3, "end": 8, "text": "Misri"}
    bta = Agreement(name="BTA", parties=[US, IN], status=AgreementStatus.PROPOSED, target_date=Season(2025, 23))
    assert to_dict(bta) == {
        "name": "BTA",
        "status": "proposed",
        "short_name": None,
        "parties": ["IN", "US"],
        "date": None,
        "target_date": "2025-23",
        "spans": [],
    }
    delegation = Delegation(leader=MISRI, size=8, itinerary=[US, Country("GY"), US])
    assert to_dict(delegation)["itinerary"] == ["US", "GY", "US"]
    assert to_dict(delegation)["leader"] == MISRI_DICT


def test_sequences_become_lists() -> None:
    """A list or tuple of model values becomes a list of their forms, nested lists included."""
    assert to_dict((IN, US)) == ["IN", "US"]
    assert to_dict([[MISRI], (Day(2025, 1, 1),)]) == [[MISRI_DICT], ["2025-01-01"]]
    assert to_dict([]) == []
    assert to_dict(None) is None


def test_to_json_compact_and_indented() -> None:
    """to_json is compact (no spaces) by default, two-space indented with indent=True, keys in field order."""
    assert to_json(Span(0, 5, "Misri")) == '{"start":0,"end":5,"text":"Misri"}'
    assert to_json(Place("Doha", Country("QA")), indent=True) == '{\n  "name": "Doha",\n  "country": "QA"\n}'
    assert to_json([IN, Day(2025, 5, 27), VisitStatus.PLANNED, None]) == '["IN","2025-05-27","planned",null]'


def test_to_json_writes_unicode_as_is() -> None:
    """Non-ASCII text is written as UTF-8 characters, not \\u escapes."""
    erdogan = Official(name="Recep Tayyip Erdoğan", country=Country("TR"))
    assert '"Recep Tayyip Erdoğan"' in to_json(erdogan)


def test_to_json_handles_what_orjson_cannot() -> None:
    """Integers beyond 64 bits and lone surrogates are valid values: written exactly and read back."""
    big = Delegation(size=10**30)
    assert to_json(big) == json.dumps(to_dict(big), separators=(",", ":"))
    assert from_json(to_json(big), Delegation) == big
    assert from_json(to_json(big).encode(), Delegation) == big
    assert from_json(to_json(big, indent=True), Delegation) == big
    assert to_json_bytes(big) == to_json(big).encode()
    assert from_json(to_json_bytes(big, indent=True), Delegation) == big
    odd = Span(0, 1, "\ud800")
    assert from_json(to_json(odd), Span) == odd


def test_to_json_bytes_escapes_lone_surrogates() -> None:
    """UTF-8 cannot hold a lone surrogate: to_json_bytes writes its JSON escape, which reads back the same."""
    odd = Span(0, 3, "é\ud800\U0001f600")
    written = to_json_bytes(odd)
    assert written == '{"start":0,"end":3,"text":"é\\ud800\U0001f600"}'.encode()
    assert from_json(written, Span) == odd
    assert from_json(to_json_bytes([odd, odd], indent=True), list[Span]) == [odd, odd]
    big = Delegation(size=10**30, composition="\udfff")
    assert from_json(to_json_bytes(big), Delegation) == big


@pytest.mark.parametrize("value", [3, "IN", {"name": "x"}, dt.date(2025, 1, 1), object()])
def test_foreign_values_are_refused(value: object) -> None:
    """to_dict and to_json take model values only; anything else is a FieldTypeError (a TypeError)."""
    for func in (to_dict, to_json, to_json_bytes):
        with pytest.raises(FieldTypeError) as info:
            func(value)
        assert str(info.value) == f"expected a diplomacy model value, got {value!r} ({type(value).__name__})"


def test_foreign_values_inside_lists_are_named_by_index() -> None:
    """A foreign value inside a (nested) list is refused with its index, by to_dict and to_json alike."""
    for func in (to_dict, to_json, to_json_bytes):
        with pytest.raises(FieldTypeError, match=r"^\[1\]: expected a diplomacy model value, got 3 \(int\)$"):
            func([MISRI, 3])
        with pytest.raises(FieldTypeError, match=r"^\[1\]\[0\]: expected a diplomacy model value, got 'x' \(str\)$"):
            func([[MISRI], ["x"]])


def test_subclasses_encode_as_their_model_class() -> None:
    """A subclass of a model class is written in its base class's form."""

    class Trip(Span):
        pass

    assert to_dict(Trip(0, 1, "a")) == {"start": 0, "end": 1, "text": "a"}
    assert to_json([Trip(0, 1, "a")]) == '[{"start":0,"end":1,"text":"a"}]'


# --- round trips -------------------------------------------------------------------------------

STRATEGIES: list[tuple[str, st.SearchStrategy[Any]]] = [
    ("countries", ds.countries()),
    ("days", ds.days()),
    ("months", ds.months()),
    ("seasons", ds.seasons()),
    ("years", ds.years()),
    ("intervals", ds.intervals()),
    ("places", ds.places()),
    ("spans", ds.spans()),
    ("sources", ds.sources()),
    ("tenures", ds.tenures()),
    ("officials", ds.officials()),
    ("visits", ds.visits()),
    ("statements", ds.statements()),
    ("agreements", ds.agreements()),
    ("delegations", ds.delegations()),
    ("reports", ds.reports()),
    ("enums", st.sampled_from([*VisitStatus, *VisitKind, *StatementMode, *AgreementStatus])),
]


@pytest.mark.parametrize(("name", "strategy"), STRATEGIES, ids=[n for n, _ in STRATEGIES])
def test_round_trip_every_type(name: str, strategy: st.SearchStrategy[Any]) -> None:
    """from_dict(to_dict(x)) == x and from_json(to_json(x)) == x, for every value of every type."""

    @settings(max_examples=40 if name in {"reports", "visits", "delegations"} else 100)
    @given(strategy)
    def check(value: Any) -> None:
        cls = type(value)
        assert from_dict(to_dict(value), cls) == value
        text = to_json(value)
        assert from_json(text, cls) == value
        assert to_json_bytes(value) == text.encode()
        assert from_json(to_json_bytes(value), cls) == value
        assert from_json(to_json(value, indent=True), cls) == value
        assert to_json_bytes(value, indent=True) == to_json(value, indent=True).encode()

    check()


@pytest.mark.parametrize(("name", "strategy"), STRATEGIES, ids=[n for n, _ in STRATEGIES])
def test_json_text_is_the_dict_written_by_orjson(name: str, strategy: st.SearchStrategy[Any]) -> None:
    """to_json (orjson with a generated default) writes exactly orjson's text of to_dict: one canonical form."""

    @settings(max_examples=30 if name in {"reports", "visits", "delegations"} else 60)
    @given(strategy)
    def check(value: Any) -> None:
        data = to_dict(value)
        try:
            expected = orjson.dumps(data).decode()
        except orjson.JSONEncodeError:  # a huge integer: the standard library writes it
            expected = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        assert to_json(value) == expected
        assert json.loads(to_json(value)) == data

    check()


@given(ds.fuzzy_dates())
def test_fuzzy_date_union_picks_the_class(date: FuzzyDate) -> None:
    """Read as FuzzyDate, an EDTF string becomes the class it names; the text is str(date)."""
    assert to_dict(date) == str(date)
    assert from_dict(str(date), FuzzyDate) == date
    assert type(from_json(to_json(date), FuzzyDate)) is type(date)
    assert from_dict(str(date), type(date)) == date


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ds.visits(), max_size=4), st.lists(ds.officials(), max_size=4))
def test_bulk_lists_and_tuples(visits: list[Visit], officials: list[Official]) -> None:
    """list[X] reads back a list and tuple[X, ...] a tuple, equal to what was written."""
    assert from_json(to_json(visits), list[Visit]) == visits
    assert from_dict(to_dict(tuple(officials)), tuple[Official, ...]) == tuple(officials)
    assert from_dict(to_dict(visits), list[Visit] | None) == visits
    assert from_dict(None, list[Visit] | None) is None
    assert from_json(to_json([visits, visits]), list[list[Visit]]) == [visits, visits]


def test_bulk_json_errors_after_valid_items() -> None:
    """A bulk from_json that fails late (after valid items were decoded) still reports exact paths."""
    text = json.dumps([VISIT_DICT, VISIT_DICT, visit_dict(destination="ZZ"), visit_dict(status="gone")])
    for cls in (list[Visit], tuple[Visit, ...]):
        with pytest.raises(ValidationError) as info:
            from_json(text, cls)
        assert info.value.errors == (
            "$[2].destination: 'ZZ' is not an ISO 3166-1 alpha-2 code we know",
            "$[3].status: 'gone' is not one of 'planned', 'ongoing', 'completed', 'possible', 'cancelled'",
        )
    assert from_json(json.dumps([VISIT_DICT] * 3), tuple[Visit, ...]) == (VISIT,) * 3


def test_keys_left_out_take_defaults() -> None:
    """A missing key with a default takes it (as the constructor does); canonical output still has them all."""
    assert from_dict({"name": "Vikram Misri"}, Official) == Official(name="Vikram Misri")
    small = {"traveler": {"name": "Vikram Misri"}, "destination": "US", "status": "planned"}
    assert from_dict(small, Visit) == Visit(
        traveler=Official(name="Vikram Misri"), destination=US, status=VisitStatus.PLANNED
    )
    assert from_dict({"speaker": None, "text": "We agree on this"}, Statement).mode is StatementMode.DIRECT
    assert from_dict({"schema": "diplomacy/1"}, Report) == Report()


def test_parties_are_sorted_on_reading() -> None:
    """Agreement parties read in any order come back sorted, as the model keeps them."""
    read = from_dict({"name": "BTA", "status": "agreed", "parties": ["US", "IN"]}, Agreement)
    assert read.parties == (IN, US)


def test_str_subclasses_in_python_input() -> None:
    """from_dict takes str subclasses (built in Python) wherever JSON has strings, and keeps their text."""

    class Name(str):
        pass

    doc = visit_dict(start=Name("2025-05-27"), destination=Name("US"), status=Name("planned"), city=Name("Washington"))
    assert from_dict(doc, Visit) == VISIT
    assert from_dict(Name("2025-23"), FuzzyDate) == Season(2025, 23)


def test_arrays_may_be_tuples_in_python_input() -> None:
    """from_dict takes tuples where JSON has arrays (dicts built in Python), never strings."""
    assert from_dict({"name": "X", "aliases": ("Y",)}, Official).aliases == ("Y",)
    assert problems({"name": "X", "aliases": "Y"}, Official) == ["$.aliases: expected an array, got 'Y'"]


# --- errors ------------------------------------------------------------------------------------

ERRORS: list[tuple[Any, Any, list[str]]] = [
    (visit_dict(start="May 32"), Visit, ["$.start: 'May 32' is not an EDTF date"]),
    (
        visit_dict(start="2025-05-32"),
        Visit,
        ["$.start: '2025-05-32' is not a valid EDTF date: day 32 is out of range for 2025-05 (1-31)"],
    ),
    (visit_dict(end=20250529), Visit, ["$.end: expected an EDTF date (a string), got 20250529"]),
    (visit_dict(destination="ZZ"), Visit, ["$.destination: 'ZZ' is not an ISO 3166-1 alpha-2 code we know"]),
    (visit_dict(destination="in"), Visit, ["$.destination: 'in' is not an ISO 3166-1 alpha-2 code we know"]),
    (visit_dict(destination={"code": "IN"}), Visit,
     ["$.destination: expected a country code (a string), got an object"]),
    (
        visit_dict(status="maybe"),
        Visit,
        ["$.status: 'maybe' is not one of 'planned', 'ongoing', 'completed', 'possible', 'cancelled'"],
    ),
    (
        visit_dict(kind=1),
        Visit,
        ["$.kind: 1 is not one of 'state', 'official', 'working', 'private', 'informal', 'transit'"],
    ),
    (visit_dict(traveler=3), Visit, ["$.traveler: expected an object, got 3"]),
    (visit_dict(traveler="Vikram Misri"), Visit, ["$.traveler: expected an object, got 'Vikram Misri'"]),
    (visit_dict(traveler=...), Visit, ["$: missing required key 'traveler'"]),
    (visit_dict(nmae="x"), Visit, ["$.nmae: unknown key"]),
    (visit_dict(**{"odd key": 1}), Visit, ["$['odd key']: unknown key"]),
    (visit_dict(city=""), Visit, ["$.city: '' must be non-empty, with no leading or trailing white space"]),
    (visit_dict(city=" Doha"), Visit, ["$.city: ' Doha' must be non-empty, with no leading or trailing white space"]),
    (visit_dict(city=5), Visit, ["$.city: expected a string, got 5"]),
    (visit_dict(places=["Doha", None]), Visit, ["$.places[1]: expected a string, got null"]),
    (visit_dict(accompanying={}), Visit, ["$.accompanying: expected an array, got an object"]),
    (visit_dict(met=[[]]), Visit, ["$.met[0]: expected an object, got an array"]),
    (visit_dict(spans=[{"start": 0, "end": 3}]), Visit, ["$.spans[0]: missing required key 'text'"]),
    (visit_dict(spans=[{"start": -1, "end": 2, "text": "abc"}]), Visit,
     ["$.spans[0]: offsets must satisfy 0 <= start <= end, got start=-1, end=2"]),
    (visit_dict(spans=[{"start": 0, "end": 3, "text": "Misri"}]), Visit,
     ["$.spans[0].text: 'Misri' is 5 characters, but end - start is 3"]),
    (visit_dict(spans=[{"start": True, "end": 1, "text": "a"}]), Visit,
     ["$.spans[0].start: expected an integer, got true"]),
    (visit_dict(start="2025-06-01"), Visit, ["$: start 2025-06-01 is after end 2025-05-29"]),
    (visit_dict(traveler={"name": "Vikram Misri", "tenures": [{"office": "PM", "start": "2025", "end": "2024"}]}),
     Visit, ["$.traveler.tenures[0]: start 2025 is after end 2024"]),
    ({"name": "BTA", "status": "agreed", "parties": ["IN", "IN"]}, Agreement,
     ["$.parties: a country is named twice in ['IN', 'IN']"]),
    ({"size": 0}, Delegation, ["$.size: 0 must be at least 1"]),
    ({"size": 2.0}, Delegation, ["$.size: expected an integer, got 2.0"]),
    ({"published": "2025-02-30"}, Source, ["$.published: '2025-02-30' is not a date: day is out of range for month"]),
    ({"published": "2025-5-1"}, Source, ["$.published: '2025-5-1' is not a date in the form YYYY-MM-DD"]),
    ({"published": 20250501}, Source, ["$.published: expected a date (a 'YYYY-MM-DD' string), got 20250501"]),
    ("U5", Country, ["$: 'U5' is not an ISO 3166-1 alpha-2 code we know"]),
    ("2025-05", Day, ["$: '2025-05' is a month, expected a day"]),
    ("2025", Interval, ["$: '2025' is a year, expected an interval"]),
    ("2025-05-07/2025-05-10", diplomacy.Point, [
        "$: '2025-05-07/2025-05-10' is an interval, expected a day, a month, a season or a year"]),
    ("2025-06/2025-05", FuzzyDate,
     ["$: '2025-06/2025-05' is not a valid EDTF date: start 2025-06 is after end 2025-05"]),
    (3, Official, ["$: expected an object, got 3"]),
    ({"name": "Misri"}, list[Official], ["$: expected an array, got an object"]),
    ([{"name": "A"}, {"nmae": "B"}, 3], list[Official],
     ["$[1]: missing required key 'name'", "$[1].nmae: unknown key", "$[2]: expected an object, got 3"]),
    ("planned ", VisitStatus,
     ["$: 'planned ' is not one of 'planned', 'ongoing', 'completed', 'possible', 'cancelled'"]),
]  # fmt: skip


@pytest.mark.parametrize(("data", "cls", "expected"), ERRORS)
def test_each_error_kind_has_an_exact_message(data: Any, cls: Any, expected: list[str]) -> None:
    """Every kind of bad input is a ValidationError whose lines are '<JSON path>: <message>'."""
    assert problems(data, cls) == expected


def test_every_problem_is_reported_together() -> None:
    """One ValidationError lists every problem of the document, in document order, with a count."""
    data = report_dict(
        officials=[{"nmae": "Vikram Misri"}],
        visits=[
            visit_dict(start="May 32", status="maybe", traveler=3),
            visit_dict(destination="ZZ", traveler={**MISRI_DICT, "spans": [{"start": 0, "end": 1, "text": "ab"}]}),
        ],
    )
    with pytest.raises(ValidationError) as info:
        from_dict(data, Report)
    assert info.value.errors == (
        "$.officials[0]: missing required key 'name'",
        "$.officials[0].nmae: unknown key",
        "$.visits[0].traveler: expected an object, got 3",
        "$.visits[0].status: 'maybe' is not one of 'planned', 'ongoing', 'completed', 'possible', 'cancelled'",
        "$.visits[0].start: 'May 32' is not an EDTF date",
        "$.visits[1].traveler.spans[0].text: 'ab' is 2 characters, but end - start is 1",
        "$.visits[1].destination: 'ZZ' is not an ISO 3166-1 alpha-2 code we know",
    )
    assert str(info.value).splitlines()[0] == "7 problems:"
    assert str(info.value).splitlines()[1] == "  $.officials[0]: missing required key 'name'"


def test_several_problems_in_one_object_all_reported() -> None:
    """Problems of one object's fields are all listed, not just the first the model would raise."""
    assert problems({"name": " x", "title": "", "aliases": ["a", 3, " b"], "tenures": {}}, Official) == [
        "$.name: ' x' must be non-empty, with no leading or trailing white space",
        "$.title: '' must be non-empty, with no leading or trailing white space",
        "$.aliases[1]: expected a string, got 3",
        "$.aliases[2]: ' b' must be non-empty, with no leading or trailing white space",
        "$.tenures: expected an array, got an object",
    ]


def test_validation_error_is_a_value_error_and_a_diplomacy_error() -> None:
    """Reading errors can be caught as ValueError or DiplomacyError."""
    with pytest.raises(ValueError, match="unknown key"):
        from_dict({"x": 1}, Place)
    with pytest.raises(DiplomacyError):
        from_json("{", Place)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1,}', "$: not valid JSON: trailing comma is not allowed at line 1, column 8"),
        (
            '{"name": "Doha" "country": null}',
            "$: not valid JSON: unexpected character, expected ',' or '}' at line 1, column 17",
        ),
        ("", "$: not valid JSON: Input is a zero-length, empty document at line 1, column 1"),
        ('\n\n  {"name": tru}', "$: not valid JSON: invalid literal, expected 'true' at line 3, column 12"),
        ('{"name": NaN}', "$: not valid JSON: unexpected character, expected a JSON value at line 1, column 10"),
        (b"\xff", "$: not valid JSON: the text is not UTF-8 (invalid start byte at byte 0)"),
        (3, "$: expected JSON text (str or bytes), got 3 (int)"),
        (None, "$: expected JSON text (str or bytes), got null (NoneType)"),
    ],
)
def test_text_that_is_not_json(text: Any, expected: str) -> None:
    """Text that is not JSON (or not text) is a ValidationError at $, with line and column."""
    with pytest.raises(ValidationError) as info:
        from_json(text, Place)
    assert info.value.errors == (expected,)


def test_from_json_reports_paths_like_from_dict() -> None:
    """from_json reports the same lines as from_dict on the parsed document."""
    text = json.dumps(visit_dict(destination="ZZ", nmae=1))
    with pytest.raises(ValidationError) as info:
        from_json(text, Visit)
    assert info.value.errors == (
        "$.destination: 'ZZ' is not an ISO 3166-1 alpha-2 code we know",
        "$.nmae: unknown key",
    )


@pytest.mark.parametrize("cls", [dict, int, str, "Visit", list, list[int], dict[str, Visit], Visit | int])
def test_unsupported_target_types(cls: Any) -> None:
    """Asking for a type that is not a model type is a FieldTypeError naming it, before any data is read."""
    for func in (from_dict, from_json):
        with pytest.raises(FieldTypeError) as info:
            func("{}", cls)
        assert str(info.value) == (
            f"{func.__name__}: cannot read {cls!r}; expected a diplomacy model type (Visit, Report, Country, Day, "
            "FuzzyDate...), or list[...] / tuple[..., ...] / ... | None of one"
        )


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
TARGETS = [Report, Visit, Official, Agreement, Delegation, Statement, Source, Span, Place, Country, FuzzyDate, Day,
           VisitStatus, list[Visit], tuple[Span, ...]]  # fmt: skip


@settings(max_examples=300)
@given(JSON_VALUES, st.sampled_from(TARGETS))
def test_any_json_value_reads_or_raises_validation_error(data: Any, cls: Any) -> None:
    """Whatever the input, reading either succeeds or raises ValidationError: nothing else escapes."""
    kind, result = _outcome(lambda: from_dict(data, cls))
    if kind == "error":
        assert result
        assert all(line.startswith("$") and ": " in line for line in result)


@settings(max_examples=200)
@given(st.text(max_size=40) | st.binary(max_size=40), st.sampled_from(TARGETS))
def test_any_text_reads_or_raises_validation_error(text: str | bytes, cls: Any) -> None:
    """Whatever the text, from_json either succeeds or raises ValidationError."""
    kind, result = _outcome(lambda: from_json(text, cls))
    assert kind == "ok" or result


# --- the fast path and the checking pass agree --------------------------------------------------

_DECODED_TYPES = {"places": Place, "spans": Span, "sources": Source, "tenures": Tenure, "officials": Official,
                  "visits": Visit, "statements": Statement, "agreements": Agreement, "delegations": Delegation,
                  "reports": Report}  # fmt: skip
RECORD_STRATEGIES = [(n, s) for n, s in STRATEGIES if n in _DECODED_TYPES]
ODD_VALUES = st.sampled_from(
    [None, True, False, 0, -1, 1, 2.5, "", " ", "x ", "x", "IN", "ZZ", "planned", "2025", "2025-13", "../..", [], {},
     ["x"], [""], {"name": "x"}, ["IN", "IN"], 10**20]
)  # fmt: skip


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of every value inside a JSON document (containers included)."""
    out = [path]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _leaves(v, (*path, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _leaves(v, (*path, i))
    return out


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, head: _replace(data[head], rest, value)}
    out = list(data)
    out[head] = _replace(data[head], rest, value)
    return out


@pytest.mark.parametrize(("name", "strategy"), RECORD_STRATEGIES, ids=[n for n, _ in RECORD_STRATEGIES])
def test_fast_decoder_accepts_only_what_the_model_accepts(name: str, strategy: st.SearchStrategy[Any]) -> None:
    """On valid documents with one value replaced, the fast decoder and the model's checks agree.

    The fast decoder runs inline copies of the model's checks; the checking pass builds every
    object through the model's own constructor.  Whenever the fast decoder accepts a document,
    the model must accept it too, with an equal value; and from_dict agrees with the model.
    """
    cls = _DECODED_TYPES[name]

    @settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
    @given(strategy, st.data())
    def check(value: Any, data: st.DataObject) -> None:
        doc = to_dict(value)
        path = data.draw(st.sampled_from(_leaves(doc)))
        mutated = _replace(doc, path, data.draw(ODD_VALUES))
        model = _outcome(lambda: _checked.structure(mutated, cls))
        try:
            fast = sjson._decoder().structure(mutated, cls)
        except Exception:  # any failure sends the input to the checking pass
            pass
        else:
            assert model == ("ok", fast)
        assert _outcome(lambda: from_dict(mutated, cls)) == model

    check()


def test_inline_checks_match_the_model_code() -> None:
    """The fast decoder's inline checks were written against the model code as it is now.

    If this fails, a model class's __attrs_post_init__ (or a helper or converter it uses) has
    changed: its decoder falls back to running __attrs_post_init__ (correct, slower).  Review the
    inline checks in diplomacy/_serialize/_fast.py (_plain_checks, _RULES) against the new code,
    then update that class's fingerprint in _CHECKED_AGAINST to the value shown here.
    """
    current = {cls.__name__: _fast.model_fingerprint(cls) for cls in _types.RECORD_CLASSES}
    assert current == _fast._CHECKED_AGAINST


def test_fast_decoder_takes_valid_documents() -> None:
    """Valid canonical documents are decoded by the generated hooks, without the checking pass."""
    report = Report(officials=[MISRI], visits=[VISIT])
    assert sjson._decoder().structure(to_dict(report), Report) == report
    assert sjson._decoder().structure(to_dict([VISIT, VISIT]), list[Visit]) == [VISIT, VISIT]


# --- the version gate --------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["diplomacy/1", "diplomacy/1.0"])
def test_current_versions_read_silently(version: str) -> None:
    """'diplomacy/1' and 'diplomacy/1.0' are the current version: no warning (warnings are errors here)."""
    assert from_dict(report_dict(schema=version, visits=[VISIT_DICT]), Report) == Report(visits=[VISIT])


def test_newer_minor_version_warns_and_ignores_unknown_keys() -> None:
    """'diplomacy/1.N' (N > 0) reads with a SchemaVersionWarning, dropping unknown keys at every level."""
    doc = report_dict(schema="diplomacy/1.3", tone="cordial", visits=[visit_dict(mood="warm")])
    doc["visits"][0]["traveler"] = {**MISRI_DICT, "twitter": "@misri"}
    with pytest.warns(SchemaVersionWarning) as caught:
        read = from_json(json.dumps(doc), Report)
    assert read == Report(visits=[VISIT])
    assert caught[0].filename == __file__  # the warning points at the caller's line
    assert [str(w.message) for w in caught] == [
        "$.schema: 'diplomacy/1.3' is a newer minor version than this library's 'diplomacy/1'; "
        "keys it does not know are ignored"
    ]


def test_newer_minor_version_still_checks_known_keys() -> None:
    """A newer minor version's known keys are still checked, every problem reported."""
    doc = report_dict(schema="diplomacy/1.1", visits=[visit_dict(destination="ZZ", extra=1)])
    with pytest.warns(SchemaVersionWarning), pytest.raises(ValidationError) as info:
        from_dict(doc, Report)
    assert info.value.errors == ("$.visits[0].destination: 'ZZ' is not an ISO 3166-1 alpha-2 code we know",)


def test_one_warning_for_many_newer_reports() -> None:
    """Bulk reading warns once, naming the first report and counting the others."""
    docs = [report_dict(), report_dict(schema="diplomacy/1.2"), report_dict(schema="diplomacy/1.2")]
    with pytest.warns(SchemaVersionWarning) as caught:
        assert from_dict(docs, list[Report]) == [Report()] * 3
    assert [str(w.message) for w in caught] == [
        "$[1].schema: 'diplomacy/1.2' is a newer minor version than this library's 'diplomacy/1'; "
        "keys it does not know are ignored (and 1 more reports)"
    ]


UNSUPPORTED = "is not supported: this library reads 'diplomacy/1' and its minor versions"
MALFORMED = "is not a schema version (expected 'diplomacy/1' or 'diplomacy/1.N')"


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ("diplomacy/2", f"$.schema: 'diplomacy/2' {UNSUPPORTED}"),
        ("diplomacy/0.9", f"$.schema: 'diplomacy/0.9' {UNSUPPORTED}"),
        ("diplomacy/1.01", f"$.schema: 'diplomacy/1.01' {MALFORMED}"),
        ("diplomacy", f"$.schema: 'diplomacy' {MALFORMED}"),
        ("Diplomacy/1", f"$.schema: 'Diplomacy/1' {MALFORMED}"),
        (1, "$.schema: expected a string such as 'diplomacy/1', got 1"),
        (None, "$.schema: expected a string such as 'diplomacy/1', got null"),
    ],
)
def test_other_versions_are_errors(schema: Any, expected: str) -> None:
    """Another major version, or a malformed schema, is an error (and the report is not read further)."""
    assert problems(report_dict(schema=schema, visits=[{"bad": 1}]), Report) == [expected]


def test_missing_schema_is_an_error() -> None:
    """A report without "schema" is refused: its version is unknown."""
    doc = report_dict()
    del doc["schema"]
    assert problems(doc, Report) == ["$: missing required key 'schema'"]
    assert problems([report_dict(), doc], list[Report]) == ["$[1]: missing required key 'schema'"]


# --- speed machinery ---------------------------------------------------------------------------


@pytest.mark.parametrize("enabled", [True, False])
def test_gc_state_is_restored(enabled: bool) -> None:
    """Bulk calls pause the garbage collector and restore its previous state, on errors too."""
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        to_json([VISIT])
        to_dict([VISIT])
        from_json(to_json([VISIT]), list[Visit])
        with pytest.raises(ValidationError):
            from_json("[1]", list[Visit])
        with pytest.raises(FieldTypeError):
            to_json(3)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_date_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsed dates are shared through a cache that is emptied when full, never grown without bound."""
    monkeypatch.setattr(_values, "_DATE_CACHE_SIZE", 3)
    _values.DATE_CACHE.clear()
    for day in range(1, 8):
        assert from_dict(f"2025-01-{day:02d}", Day) == Day(2025, 1, day)
        assert len(_values.DATE_CACHE) <= 3
    _values.DATE_CACHE.clear()


def test_warnings_do_not_leak_from_current_documents() -> None:
    """Reading current documents emits no warning at all."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from_json(to_json([Report(visits=[VISIT])]), list[Report])


@pytest.mark.parametrize("odd", [[], {}, ["diplomacy/1"], {"v": 1}])
def test_an_unhashable_schema_value_is_a_validation_error(odd: object) -> None:
    """A list or object as a report's "schema" is named at $.schema (it once raised a bare
    TypeError from a set lookup)."""
    data = to_dict(diplomacy.Report())
    data["schema"] = odd
    with pytest.raises(diplomacy.ValidationError, match=r"\$\.schema"):
        from_dict(data, diplomacy.Report)
