"""What the serializers know about the model's types (internal).

The model annotates its fields as strings (``from __future__ import annotations``) and names
its date unions with string aliases (``FuzzyDate``, ``Point``), which :func:`typing.get_type_hints`
cannot evaluate on its own.  :func:`fields` resolves them against real unions, without touching
the model classes, and every codec reads the field list from here.
"""

from __future__ import annotations

import functools
import types
import typing
from typing import Any, Union

import attrs

from .._model import dates
from .._model.dates import Day, Interval, Month, Season, Year
from .._model.events import (
    Agreement,
    AgreementStatus,
    Delegation,
    Statement,
    StatementMode,
    Visit,
    VisitKind,
    VisitStatus,
)
from .._model.officials import Official, Tenure
from .._model.places import Country, Place, Source, Span
from .._model.report import Report

#: The real unions behind the model's string aliases.
FUZZY: Any = Union[Day, Month, Season, Year, Interval]  # noqa: UP007 - a runtime value, not an annotation
POINT: Any = Union[Day, Month, Season, Year]  # noqa: UP007

DATE_CLASSES: tuple[type, ...] = (Day, Month, Season, Year, Interval)
ENUMS: tuple[type, ...] = (VisitStatus, VisitKind, StatementMode, AgreementStatus)
#: Classes written as JSON objects, in dependency order (a class after the classes it holds).
RECORD_CLASSES: tuple[type, ...] = (
    Span,
    Place,
    Source,
    Tenure,
    Official,
    Visit,
    Statement,
    Agreement,
    Delegation,
    Report,
)
#: Fields of type ``str`` that hold any text (everywhere else a text is non-empty and trimmed).
RAW_TEXT_FIELDS: frozenset[tuple[type, str]] = frozenset({(Span, "text")})

_NONE = type(None)


@attrs.frozen
class FieldSpec:
    """One attrs field, its resolved type, and its default (``attrs.NOTHING`` if required)."""

    name: str
    type: Any
    default: Any

    @property
    def required(self) -> bool:
        return self.default is attrs.NOTHING


@functools.cache
def fields(cls: type) -> tuple[FieldSpec, ...]:
    """The fields of a record class, in declaration order, with resolved types."""
    hints = typing.get_type_hints(cls, localns={"FuzzyDate": FUZZY, "Point": POINT})
    out = []
    for a in attrs.fields(cls):
        default = a.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # pragma: no cover - none in the model today
            default = default.factory()
        out.append(FieldSpec(a.name, hints[a.name], default))
    return tuple(out)


def is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (Union, types.UnionType)


def optional_of(tp: Any) -> Any | None:
    """``X`` for ``X | None`` (``X`` itself a union if there are several), else ``None``."""
    if not is_union(tp):
        return None
    args = typing.get_args(tp)
    if _NONE not in args:
        return None
    rest = tuple(a for a in args if a is not _NONE)
    return rest[0] if len(rest) == 1 else Union[rest]  # noqa: UP007


def date_classes(tp: Any) -> tuple[type, ...] | None:
    """The date classes a date type accepts (``Day`` -> ``(Day,)``), or ``None`` for other types."""
    if tp in DATE_CLASSES:
        return (tp,)
    if is_union(tp):
        args = typing.get_args(tp)
        if args and all(a in DATE_CLASSES for a in args):
            return tuple(a for a in DATE_CLASSES if a in args)  # in canonical order
    return None


def sequence_of(tp: Any) -> tuple[type, Any] | None:
    """``(list, X)`` for ``list[X]``, ``(tuple, X)`` for ``tuple[X, ...]``, else ``None``."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is list and len(args) == 1:
        return list, args[0]
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return tuple, args[0]
    return None


def normalize(tp: Any) -> Any:
    """The type a caller names, with the model's string aliases replaced by real unions."""
    if isinstance(tp, str):
        if tp == dates.FuzzyDate:
            return FUZZY
        if tp == dates.Point:
            return POINT
    return tp


def supported(tp: Any) -> bool:
    """Whether :func:`~diplomacy.from_dict` can read values of type ``tp``."""
    if tp in RECORD_CLASSES or tp in ENUMS or tp is Country or date_classes(tp) is not None:
        return True
    inner = optional_of(tp)
    if inner is not None:
        return supported(inner)
    seq = sequence_of(tp)
    return seq is not None and supported(seq[1])


def holds_report(tp: Any) -> bool:
    """Whether values of ``tp`` may hold a :class:`Report` (only then is the version gate run)."""
    if tp is Report:
        return True
    inner = optional_of(tp)
    if inner is not None:
        return holds_report(inner)
    seq = sequence_of(tp)
    return seq is not None and holds_report(seq[1])


__all__ = [
    "DATE_CLASSES",
    "ENUMS",
    "FUZZY",
    "POINT",
    "RAW_TEXT_FIELDS",
    "RECORD_CLASSES",
    "FieldSpec",
    "date_classes",
    "fields",
    "holds_report",
    "normalize",
    "optional_of",
    "sequence_of",
    "supported",
]
