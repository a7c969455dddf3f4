"""The JSON Schema of the canonical format: valid itself, accepts what to_json writes, refuses what it must."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diplomacy
from diplomacy import (
    AgreementStatus,
    Country,
    Day,
    Official,
    ParseError,
    Report,
    StatementMode,
    Visit,
    VisitKind,
    VisitStatus,
    json_schema,
    parse_edtf,
    to_dict,
)
from diplomacy import strategies as ds
from diplomacy._model import _countries
from diplomacy._serialize import _types

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
MISRI = Official(name="Vikram Misri", title="Foreign Secretary", country=Country("IN"))
VISIT = Visit(traveler=MISRI, destination=Country("US"), status=VisitStatus.PLANNED, start=Day(2025, 5, 27))
REPORT = to_dict(Report(officials=[MISRI], visits=[VISIT]))


def validator_for(name: str) -> jsonschema.Draft202012Validator:
    """A validator of one type of the schema's $defs."""
    return jsonschema.Draft202012Validator({**SCHEMA, "$ref": f"#/$defs/{name}"})


def errors(document: Any) -> list[str]:
    """The schema's error messages for a report document, those under ``anyOf`` included."""
    out = []
    pending = list(VALIDATOR.iter_errors(document))
    while pending:
        error = pending.pop()
        out.append(error.message)
        pending.extend(error.context or ())
    return sorted(out)


def test_schema_is_valid_draft_2020_12() -> None:
    """The schema is itself a valid JSON Schema 2020-12, states its draft and is plain JSON."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$ref"] == "#/$defs/Report"
    assert json.loads(json.dumps(SCHEMA)) == SCHEMA


def test_one_definition_per_type() -> None:
    """$defs has every record class, every enum, Country, FuzzyDate, Date and Text."""
    names = {cls.__name__ for cls in (*_types.RECORD_CLASSES, *_types.ENUMS)}
    assert set(SCHEMA["$defs"]) == names | {"Country", "FuzzyDate", "Date", "Text"}


def test_records_are_closed_objects_in_field_order() -> None:
    """Every record is an object allowing no other keys, its properties the fields in order."""
    for cls in _types.RECORD_CLASSES:
        definition = SCHEMA["$defs"][cls.__name__]
        assert definition["type"] == "object"
        assert definition["additionalProperties"] is False
        fields = [f.name for f in _types.fields(cls)]
        assert list(definition["properties"]) == (["schema", *fields] if cls is Report else fields)
        assert definition["required"] == (["schema"] if cls is Report else []) + [
            f.name for f in _types.fields(cls) if f.required
        ]


def test_enums_and_countries_are_enumerations() -> None:
    """Enums list their values; countries every code the library knows."""
    for enum in (VisitStatus, VisitKind, StatementMode, AgreementStatus):
        assert SCHEMA["$defs"][enum.__name__]["enum"] == [m.value for m in enum]
    assert SCHEMA["$defs"]["Country"]["enum"] == sorted(_countries.codes())
    assert SCHEMA["$defs"]["Report"]["properties"]["schema"] == {"enum": ["diplomacy/1", "diplomacy/1.0"]}


def test_each_call_returns_a_new_dict() -> None:
    """Changing a returned schema does not change the next one."""
    first = json_schema()
    first["$defs"]["Visit"]["required"].append("nothing")
    assert json_schema() == SCHEMA


def test_a_written_report_is_valid() -> None:
    """A report as to_dict writes it passes the schema."""
    VALIDATOR.validate(REPORT)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(ds.reports())
def test_generated_reports_are_valid(report: Report) -> None:
    """Every report the strategies generate, written by to_dict, is valid against the schema."""
    VALIDATOR.validate(to_dict(report))


@pytest.mark.parametrize(
    ("name", "strategy"),
    [
        ("Place", ds.places()),
        ("Span", ds.spans()),
        ("Source", ds.sources()),
        ("Tenure", ds.tenures()),
        ("Agreement", ds.agreements()),
        ("Delegation", ds.delegations()),
        ("Statement", ds.statements()),
        ("Country", ds.countries()),
        ("FuzzyDate", ds.fuzzy_dates()),
    ],
)
def test_every_definition_accepts_generated_values(name: str, strategy: st.SearchStrategy[Any]) -> None:
    """Each type's definition accepts that type's generated values (Place too, which no report holds)."""
    validator = validator_for(name)

    @settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow])
    @given(strategy)
    def check(value: Any) -> None:
        validator.validate(to_dict(value))

    check()


@given(st.text(alphabet="0123456789X-/.?~%", max_size=24))
def test_edtf_pattern_accepts_everything_parse_edtf_reads(text: str) -> None:
    """Any string parse_edtf reads matches the FuzzyDate pattern (the schema is never the stricter)."""
    pattern = re.compile(SCHEMA["$defs"]["FuzzyDate"]["pattern"])
    try:
        parse_edtf(text)
    except ParseError:
        return
    assert pattern.search(text)


@pytest.mark.parametrize(
    "text",
    ["May 32", "2025-13", "2025-02-30", "2025-04-31", "0000", "XXXX", "../..", "2025/2026/2027", "2025-21-01",
     "9999-24", "25", "2025-5", "٢٠٢٥", "2025-05-27 ", "/2025"],
)  # fmt: skip
def test_edtf_pattern_refuses_bad_dates(text: str) -> None:
    """Strings that are not EDTF dates the library reads fail the pattern."""
    assert not re.search(SCHEMA["$defs"]["FuzzyDate"]["pattern"], text)


def _visit(**changes: Any) -> dict[str, Any]:
    doc = json.loads(json.dumps(REPORT))
    doc["visits"][0].update(changes)
    return doc


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({**REPORT, "tone": "cordial"}, "Additional properties are not allowed ('tone' was unexpected)"),
        (_visit(nmae="x"), "Additional properties are not allowed ('nmae' was unexpected)"),
        ({k: v for k, v in REPORT.items() if k != "schema"}, "'schema' is a required property"),
        ({**REPORT, "schema": "diplomacy/2"}, "'diplomacy/2' is not one of ['diplomacy/1', 'diplomacy/1.0']"),
        (_visit(destination="ZZ"), "'ZZ' is not one of"),
        (_visit(status="maybe"), "'maybe' is not one of ['planned', 'ongoing', 'completed', 'possible', 'cancelled']"),
        (_visit(start="May 32"), "'May 32' does not match"),
        (_visit(city=""), "'' does not match"),
        (_visit(city=" Doha"), "' Doha' does not match"),
        (_visit(traveler="Vikram Misri"), "'Vikram Misri' is not of type 'object'"),
        (_visit(places="Doha"), "'Doha' is not of type 'array'"),
        (_visit(spans=[{"start": -1, "end": 2, "text": "abc"}]), "-1 is less than the minimum of 0"),
        ({**REPORT, "delegations": [{**to_dict(diplomacy.Delegation()), "size": 0}]},
         "0 is less than the minimum of 1"),
        ({**REPORT, "agreements": [{"name": "BTA", "status": "agreed", "parties": ["IN", "IN"]}]},
         "['IN', 'IN'] has non-unique elements"),
        ({**REPORT, "source": {"published": "2025-5-1"}}, "'2025-5-1' does not match"),
    ],
)  # fmt: skip
def test_invalid_documents_fail(document: dict[str, Any], message: str) -> None:
    """Documents that break the format fail the schema, with the expected complaint."""
    found = errors(document)
    assert any(m.startswith(message) for m in found), found
