"""A JSON Schema (draft 2020-12) of the canonical JSON format (see :mod:`._serialize.json`).

Built from the same field list the serializers use (``_types.fields``), so it follows the model.
It states what JSON Schema can: keys and types, which keys are required, enumeration values,
known country codes, the shape of EDTF dates.  Some rules only the library checks (a day that
exists in a non-leap February, a start not after its end, a span's text length): a document the
schema accepts may still be refused by ``from_json``; one ``to_json`` wrote is always valid.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
from typing import Any

from .._model import _countries
from .._model.events import Agreement, Delegation
from .._model.places import Country, Span
from .._model.report import Report
from . import _types
from ._values import CURRENT_VERSIONS

__all__ = ["json_schema"]

DRAFT = "https://json-schema.org/draft/2020-12/schema"

_MONTH_DAY = (
    "(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9])"
)
_YEAR = "(?!0000)[0-9]{4}"
_REST = f"(?:{_MONTH_DAY}|0[1-9]|1[0-2]|2[1-4])"  # a day, a month or a season
_POINT = f"(?!9999-24)(?:{_YEAR}(?:-{_REST})?|XXXX-{_REST})[?~%]?"
#: An EDTF date as ``parse_edtf`` reads it: a point, or an interval with at most one open end.
EDTF_PATTERN = f"^(?:{_POINT}|(?!\\.\\./\\.\\.$)(?:{_POINT}|\\.\\.)/(?:{_POINT}|\\.\\.))$"
DATE_PATTERN = f"^{_YEAR}-(?:{_MONTH_DAY})$"
#: A text field: non-empty, no white space at either end.
TEXT_PATTERN = r"^\S(?:[\s\S]*\S)?$"

#: Bounds the model puts on its integers and collections.
_EXTRA: dict[tuple[type, str], dict[str, Any]] = {
    (Span, "start"): {"minimum": 0},
    (Span, "end"): {"minimum": 0},
    (Delegation, "size"): {"minimum": 1},
    (Agreement, "parties"): {"uniqueItems": True},
}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _field_schema(cls: type, name: str, tp: Any) -> dict[str, Any]:
    inner = _types.optional_of(tp)
    if inner is not None:
        return {"anyOf": [_field_schema(cls, name, inner), {"type": "null"}]}
    seq = _types.sequence_of(tp)
    if seq is not None:
        return {"type": "array", "items": _field_schema(cls, name, seq[1]), **_EXTRA.get((cls, name), {})}
    if tp is str:
        return {"type": "string"} if (cls, name) in _types.RAW_TEXT_FIELDS else _ref("Text")
    if tp is int:
        return {"type": "integer", **_EXTRA.get((cls, name), {})}
    if tp is bool:  # pragma: no cover - no such field today
        return {"type": "boolean"}
    if tp is Country:
        return _ref("Country")
    if _types.date_classes(tp) is not None:
        return _ref("FuzzyDate")
    if tp is dt.date:
        return _ref("Date")
    if tp in _types.ENUMS or tp in _types.RECORD_CLASSES:
        return _ref(tp.__name__)
    raise NotImplementedError(f"no schema for fields of type {tp!r}")  # pragma: no cover


def _record_schema(cls: type) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required = []
    if cls is Report:
        properties["schema"] = {"enum": sorted(CURRENT_VERSIONS)}
        required.append("schema")
    for f in _types.fields(cls):
        properties[f.name] = _field_schema(cls, f.name, f.type)
        if f.required:
            required.append(f.name)
    doc = (cls.__doc__ or "").strip().splitlines()
    return {
        "title": cls.__name__,
        "description": doc[0] if doc else cls.__name__,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


@functools.cache
def _schema() -> dict[str, Any]:
    defs: dict[str, Any] = {cls.__name__: _record_schema(cls) for cls in reversed(_types.RECORD_CLASSES)}
    for e in _types.ENUMS:
        defs[e.__name__] = {"title": e.__name__, "type": "string", "enum": [m.value for m in e]}  # type: ignore[attr-defined]
    defs["Country"] = {
        "title": "Country",
        "description": "An ISO 3166-1 alpha-2 code (historic states by their ISO 3166-3 one; Kosovo XK).",
        "type": "string",
        "enum": sorted(_countries.codes()),
    }
    defs["FuzzyDate"] = {
        "title": "FuzzyDate",
        "description": "An EDTF (ISO 8601-2 level 1) date: 2025-05-27, 2025-05, 2025-23 (a season), "
        "2025, XXXX-05-21 (unknown year), 2025-05~ (approximate), 2025-05-07/2025-05-10, ../2025.",
        "type": "string",
        "pattern": EDTF_PATTERN,
    }
    defs["Date"] = {"title": "Date", "type": "string", "format": "date", "pattern": DATE_PATTERN}
    defs["Text"] = {
        "title": "Text",
        "description": "A non-empty text with no white space at either end.",
        "type": "string",
        "pattern": TEXT_PATTERN,
    }
    return {
        "$schema": DRAFT,
        "title": "diplomacy/1 report",
        "description": "A Report in the canonical JSON format of the diplomacy library, version diplomacy/1.",
        "$ref": "#/$defs/Report",
        "$defs": defs,
    }


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of a :class:`~diplomacy.Report` in the canonical JSON format.

    ``$defs`` holds one schema per type (every record, every enum, ``Country``, ``FuzzyDate``),
    objects allow no keys but their own, and EDTF dates and country codes are checked by
    pattern and enumeration.  Each call returns a new dict.

    >>> import diplomacy
    >>> schema = diplomacy.json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["$defs"]["Visit"]["required"]
    ['traveler', 'destination', 'status']
    >>> schema["$defs"]["VisitStatus"]["enum"]
    ['planned', 'ongoing', 'completed', 'possible', 'cancelled']
    """
    return copy.deepcopy(_schema())
