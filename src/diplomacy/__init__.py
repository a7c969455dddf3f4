"""diplomacy: the record of diplomacy as typed, checked, exchangeable data.

>>> import diplomacy
>>> v = diplomacy.parse_edtf("2025-05-27/2025-05-29")
>>> v.earliest, v.latest
(datetime.date(2025, 5, 27), datetime.date(2025, 5, 29))

The serializers and the text extractor are imported on first use, so ``import diplomacy`` stays
light.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._model.dates import Day, FuzzyDate, Interval, Month, Point, Season, Year, parse_edtf
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
from .errors import (
    DiplomacyError,
    DiplomacyWarning,
    FieldTypeError,
    ParseError,
    SchemaVersionWarning,
    ValidationError,
)

if TYPE_CHECKING:
    from ._serialize.json import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json, to_json_bytes
    from ._serialize.schema import json_schema
    from ._text.api import Dateline, extract, parse_country, parse_date, parse_dateline, parse_official

from ._version import __version__

# name -> module that defines it, imported on first access (PEP 562)
_LAZY = {
    "SCHEMA_VERSION": "._serialize.json",
    "to_dict": "._serialize.json",
    "from_dict": "._serialize.json",
    "to_json": "._serialize.json",
    "to_json_bytes": "._serialize.json",
    "from_json": "._serialize.json",
    "json_schema": "._serialize.schema",
    "Dateline": "._text.api",
    "extract": "._text.api",
    "parse_country": "._text.api",
    "parse_date": "._text.api",
    "parse_dateline": "._text.api",
    "parse_official": "._text.api",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'diplomacy' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "SCHEMA_VERSION",
    "Agreement",
    "AgreementStatus",
    "Country",
    "Dateline",
    "Day",
    "Delegation",
    "DiplomacyError",
    "DiplomacyWarning",
    "FieldTypeError",
    "FuzzyDate",
    "Interval",
    "Month",
    "Official",
    "ParseError",
    "Place",
    "Point",
    "Report",
    "SchemaVersionWarning",
    "Season",
    "Source",
    "Span",
    "Statement",
    "StatementMode",
    "Tenure",
    "ValidationError",
    "Visit",
    "VisitKind",
    "VisitStatus",
    "Year",
    "__version__",
    "extract",
    "from_dict",
    "from_json",
    "json_schema",
    "parse_country",
    "parse_date",
    "parse_dateline",
    "parse_edtf",
    "parse_official",
    "to_dict",
    "to_json",
    "to_json_bytes",
]
