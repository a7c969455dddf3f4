"""The checking decoder: every problem of an input, each at its JSON path (internal).

Run only when the fast decoder fails, so it is written for exact messages, not speed.  Its
hooks live on private :class:`cattrs.Converter` instances (one that rejects unknown keys, one
that ignores them for newer minor versions) and raise :class:`~._values.ProblemsError`; containers
catch their children's problems and prefix their own path step, so one pass collects them all.

Each field's value is parsed and checked in the hook for its type, so its problems carry the
field's path.  Checks that span fields (a visit's start after its end, a span's text length)
live in the model's ``__attrs_post_init__``; when it fails, its ``Class.field: message`` lines
are moved to the object's JSON path.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Callable
from typing import Any

import cattrs

from .._model.places import Country
from .._model.report import Report
from ..errors import ValidationError
from . import _types, _values
from ._values import ProblemsError, problem, show, step

Hook = Callable[[Any, Any], Any]


def _unsupported(tp: Any) -> Hook:
    def hook(value: Any, _: Any) -> Any:  # pragma: no cover - entry points check the type first
        raise TypeError(f"no JSON form for {tp!r}")

    return hook


def _make(lenient: bool) -> cattrs.Converter:
    conv = cattrs.Converter(detailed_validation=True, structure_fallback_factory=_unsupported)
    conv.register_structure_hook(str, lambda v, _: _values.check_text(v))
    conv.register_structure_hook(int, lambda v, _: _values.check_int(v))
    conv.register_structure_hook(bool, lambda v, _: _values.check_bool(v))
    conv.register_structure_hook(Country, lambda v, _: _values.check_country(v))
    conv.register_structure_hook(dt.date, lambda v, _: _values.check_published(v))
    for e in _types.ENUMS:
        conv.register_structure_hook(e, _values.check_enum)
    conv.register_structure_hook_factory(lambda t: _types.date_classes(t) is not None, _date_hook)
    conv.register_structure_hook_factory(lambda t: _types.optional_of(t) is not None, lambda t: _optional_hook(t, conv))
    conv.register_structure_hook_factory(lambda t: _types.sequence_of(t) is not None, lambda t: _sequence_hook(t, conv))
    for cls in _types.RECORD_CLASSES:
        if cls is not Report:
            # by predicate: registering an attrs class directly makes cattrs resolve its
            # annotations, which fails on the model's string aliases (see _types)
            conv.register_structure_hook_func(functools.partial(operator.is_, cls), _record_hook(cls, conv, lenient))
    return conv


def _date_hook(tp: Any) -> Hook:
    classes = _types.date_classes(tp)
    assert classes is not None
    return lambda v, _: _values.check_date(v, classes)


def _optional_hook(tp: Any, conv: cattrs.Converter) -> Hook:
    inner = _types.optional_of(tp)
    hook = conv.get_structure_hook(inner)
    return lambda v, _: None if v is None else hook(v, inner)


def _sequence_hook(tp: Any, conv: cattrs.Converter) -> Hook:
    seq = _types.sequence_of(tp)
    assert seq is not None
    kind, item = seq
    hook = conv.get_structure_hook(item)

    def structure_sequence(value: Any, _: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            problem(f"expected an array, got {show(value)}")
        out: list[Any] = []
        problems: list[tuple[str, str]] = []
        for i, x in enumerate(value):
            try:
                out.append(hook(x, item))
            except ProblemsError as p:
                problems.extend((f"[{i}]{where}", message) for where, message in p.problems)
        if problems:
            raise ProblemsError(problems)
        return kind(out)

    return structure_sequence


def _raw_str(value: Any, _: Any) -> str:
    return _values.check_str(value)


def _record_hook(cls: type, conv: cattrs.Converter, lenient: bool) -> Hook:
    specs = _types.fields(cls)
    known = {f.name for f in specs} | ({"schema"} if cls is Report else set())
    hooks = [
        (f, _raw_str if (cls, f.name) in _types.RAW_TEXT_FIELDS else conv.get_structure_hook(f.type)) for f in specs
    ]

    def structure_record(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            problem(f"expected an object, got {show(value)}")
        problems: list[tuple[str, str]] = []
        kwargs = {}
        for f, hook in hooks:
            if f.name not in value:
                if f.required:
                    problems.append(("", f"missing required key {f.name!r}"))
                continue
            try:
                kwargs[f.name] = hook(value[f.name], f.type)
            except ProblemsError as p:
                problems.extend((step(f.name) + where, message) for where, message in p.problems)
        if not lenient:
            problems.extend((step(key), "unknown key") for key in value if key not in known)
        if problems:
            raise ProblemsError(problems)
        try:
            return cls(**kwargs)
        except ValidationError as e:
            raise ProblemsError([_relocate(cls, line) for line in e.errors]) from None
        except Exception as e:  # pragma: no cover - the model raises ValidationError only
            problem(f"{type(e).__name__}: {e}")

    return structure_record


def _relocate(cls: type, line: str) -> tuple[str, str]:
    """``"Visit: start ... is after end ..."`` -> ``("", "start ...")``; ``"Span.text: ..."`` -> ``(".text", ...)``."""
    name = cls.__name__
    if line.startswith(name) and line[len(name) : len(name) + 1] in (".", "[", ":"):
        where, sep, message = line[len(name) :].partition(": ")
        if sep:
            return where, message
    return "", line  # pragma: no cover - every model message starts with its class


@functools.cache
def converters() -> tuple[cattrs.Converter, cattrs.Converter]:
    """The strict and the lenient checking converters, sharing one :class:`Report` hook."""
    strict, lenient = _make(lenient=False), _make(lenient=True)
    bodies = (_record_hook(Report, strict, False), _record_hook(Report, lenient, True))

    def structure_report(value: Any, tp: Any) -> Report:
        if not isinstance(value, dict):
            problem(f"expected an object, got {show(value)}")
        if "schema" not in value:
            problem("missing required key 'schema'")
        newer = _values.schema_mode(value["schema"])
        return bodies[newer](value, tp)  # type: ignore[no-any-return]

    for conv in (strict, lenient):
        conv.register_structure_hook_func(functools.partial(operator.is_, Report), structure_report)
    return strict, lenient


def structure(data: Any, tp: Any) -> Any:
    """``data`` as a ``tp``, or :class:`~diplomacy.ValidationError` listing every problem."""
    try:
        return converters()[0].structure(data, tp)
    except ProblemsError as p:
        raise ValidationError([f"${where}: {message}" for where, message in p.problems]) from None
