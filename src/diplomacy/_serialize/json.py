"""Canonical JSON for every model type: ``to_dict`` / ``from_dict``, ``to_json`` / ``from_json``.

The canonical form, version :data:`SCHEMA_VERSION`:

* a record is an object whose keys are its attrs field names, in field order, every key always
  present (``null`` or ``[]`` where empty); a :class:`~diplomacy.Report` starts with
  ``"schema": "diplomacy/1"``;
* a country is its alpha-2 code (``"IN"``); a date its EDTF string (``"2025-05-27"``,
  ``"2025-23"``, ``"2025-05-07/2025-05-10"``); an enum its value (``"planned"``);
  ``Source.published`` is ``"YYYY-MM-DD"``; a person inside a record is an embedded
  :class:`~diplomacy.Official` object.

Reading is exact: every key must be known and every value valid, and a
:class:`~diplomacy.ValidationError` lists every problem at its JSON path.  A key left out takes
its field's default (a required one is an error).  Reports written by a newer minor version
(``"diplomacy/1.N"``) are read with a :class:`~diplomacy.SchemaVersionWarning`, ignoring keys
this version does not know; another major version is an error.

The work is done by private :mod:`cattrs` converters whose hooks for the record classes are
generated per class (``_fast``); when that fast decoder fails, a second, checking pass
(``_checked``) finds every problem.  Bulk calls pause the garbage collector while they run.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import operator
import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import cattrs
import orjson

from .._model.places import Country
from .._model.report import Report
from ..errors import FieldTypeError, SchemaVersionWarning, ValidationError
from . import _checked, _fast, _types, _values
from ._values import ProblemsError, show

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "to_dict", "to_json", "to_json_bytes"]

#: The version of the JSON format this library writes (``"schema"`` of a Report).
SCHEMA_VERSION = _values.SCHEMA_VERSION

_NONE = type(None)
_BIG_INT = re.compile(r"[0-9]{20}")
# No value the encoder meets is a dataclass (foreign values are refused before orjson runs), so
# orjson may skip its dataclass test on every record and call ``default`` at once (~2%).
_COMPACT = orjson.OPT_PASSTHROUGH_DATACLASS
_INDENTED = orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_INDENT_2
_BIG_INT_BYTES = re.compile(rb"[0-9]{20}")


# --- converters --------------------------------------------------------------------------------


@functools.cache
def _encoders() -> dict[type, Callable[[Any], Any]]:
    """``class -> function(obj) -> JSON-ready value`` for every type :func:`to_dict` takes."""
    table: dict[type, Callable[[Any], Any]] = dict(_fast.make_encoders())
    table[Country] = _country_code
    for cls in _types.DATE_CLASSES:
        table[cls] = str
    for cls in _types.ENUMS:
        table[cls] = _enum_value

    def unstructure_sequence(seq: Any) -> list[Any]:
        try:
            return [table[x.__class__](x) for x in seq]
        except (KeyError, FieldTypeError):
            pass
        out = []
        for i, x in enumerate(seq):  # something not ours, or a subclass of ours
            encode = _encoder_for(x.__class__, table)
            if encode is None:
                raise FieldTypeError(f"[{i}]: expected a diplomacy model value, got {x!r} ({type(x).__name__})")
            try:
                out.append(encode(x))
            except FieldTypeError as e:  # in a nested list
                raise FieldTypeError(f"[{i}]{e}") from None
        return out

    table[list] = table[tuple] = unstructure_sequence
    table[_NONE] = _none
    return table


def _country_code(c: Country) -> str:
    return c.code


def _enum_value(e: Any) -> Any:
    return e._value_


def _none(_: None) -> None:
    return None


def _encoder_for(cls: type, table: dict[type, Callable[[Any], Any]]) -> Callable[[Any], Any] | None:
    for base in cls.__mro__:
        if base in table:
            return table[base]
    return None


@functools.cache
def _encoder() -> cattrs.Converter:
    conv = cattrs.Converter()
    for cls, encode in _encoders().items():
        if attrs.has(cls):
            # by predicate: registering an attrs class directly makes cattrs resolve its
            # annotations, which fails on the model's string aliases (see _types)
            conv.register_unstructure_hook_func(functools.partial(operator.is_, cls), encode)
        else:  # directly: a predicate would lose to cattrs' own hook for str (the enums' base)
            conv.register_unstructure_hook(cls, encode)
    return conv


def _two_args(decode: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    return lambda value, _: decode(value)


@functools.cache
def _record_decoders() -> dict[type, Callable[[Any], Any]]:
    """``cls -> function(dict) -> obj`` for every record class (generated, see ``_fast``)."""
    encoders = _encoders()
    strict = _fast.make_decoders(encoders, lenient=False)
    lenient = _fast.make_decoders(encoders, lenient=True)
    records = dict(strict)
    records[Report] = _fast.report_decoder(strict[Report], lenient[Report])
    return records


@functools.cache
def _decoder() -> cattrs.Converter:
    """The fast converter: generated hooks, strict types, no paths (``MissError`` or any error on bad input)."""
    records = _record_decoders()
    conv = cattrs.Converter(detailed_validation=False)
    countries = _values.country_table()
    conv.register_structure_hook(Country, lambda v, _: countries[v])
    for e in _types.ENUMS:
        conv.register_structure_hook(e, lambda v, t: _values.enum_table(t)[v])
    for cls, decode in records.items():
        conv.register_structure_hook_func(functools.partial(operator.is_, cls), _two_args(decode))

    def date_hook(tp: Any) -> Callable[[Any, Any], Any]:
        classes = _types.date_classes(tp)

        def structure_date(value: Any, _: Any) -> Any:
            date = _values.parse_date(value)
            if classes is None or date.__class__ not in classes:
                raise _fast.MissError
            return date

        return structure_date

    def optional_hook(tp: Any) -> Callable[[Any, Any], Any]:
        inner = _types.optional_of(tp)
        hook = conv.get_structure_hook(inner)
        return lambda v, _: None if v is None else hook(v, inner)

    def sequence_hook(tp: Any) -> Callable[[Any, Any], Any]:
        seq = _types.sequence_of(tp)
        assert seq is not None
        kind, item = seq
        decode = records.get(item)
        if decode is None:
            hook = conv.get_structure_hook(item)

            def decode(x: Any) -> Any:
                return hook(x, item)

        def structure_sequence(value: Any, _: Any) -> Any:
            if value.__class__ is not list and value.__class__ is not tuple:
                raise _fast.MissError
            return kind(map(decode, value))

        return structure_sequence

    conv.register_structure_hook_factory(lambda t: _types.date_classes(t) is not None, date_hook)
    conv.register_structure_hook_factory(lambda t: _types.optional_of(t) is not None, optional_hook)
    conv.register_structure_hook_factory(lambda t: _types.sequence_of(t) is not None, sequence_hook)
    return conv


# --- helpers -----------------------------------------------------------------------------------


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused for one bulk call, then as it was before.

    Bulk encoding and decoding allocate millions of objects that die young or live on; the
    collections they trigger walk them for nothing (``shared/PERFORMANCE.md``).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _target(cls: Any, func: str) -> Any:
    tp = _types.normalize(cls)
    if not _types.supported(tp):
        raise FieldTypeError(
            f"{func}: cannot read {cls!r}; expected a diplomacy model type (Visit, Report, Country, Day, "
            "FuzzyDate...), or list[...] / tuple[..., ...] / ... | None of one"
        )
    return tp


def _newer_reports(data: Any, tp: Any, path: str, out: list[tuple[str, str]]) -> None:
    """Collect ``(path, version)`` of every report in ``data`` written by a newer minor version."""
    if tp is Report:
        if isinstance(data, dict):
            try:
                if _values.schema_mode(data.get("schema")):
                    out.append((path, data["schema"]))
            except ProblemsError:
                pass  # the decoder reports it, with the report's other problems
        return
    inner = _types.optional_of(tp)
    if inner is not None:
        _newer_reports(data, inner, path, out)
        return
    seq = _types.sequence_of(tp)
    if seq is not None and isinstance(data, (list, tuple)):
        for i, x in enumerate(data):
            _newer_reports(x, seq[1], f"{path}[{i}]", out)


def _consume(items: list[Any], decode: Callable[[Any], Any], kind: type) -> Any:
    """Decode every item of a list this call owns, dropping each raw item once it is read.

    The memory of the raw dicts is then reused for the objects instead of both being alive at
    once (measured: 10-15% faster on a bulk decode).  ``items`` is empty afterwards.
    """
    items.reverse()  # pop() from the end is cheap: the first item comes out first
    pop = items.pop
    out = [decode(pop()) for _ in range(len(items))]
    return out if kind is list else kind(out)


def _decode(data: Any, tp: Any, reload: Callable[[], Any] | None = None, *, warn: bool = True) -> Any:
    """``data`` as a ``tp``: the fast decoder, else the checking pass.

    ``reload`` (given when ``data`` was parsed for this call alone) lets a top-level list be
    consumed as it is read; it gives the data again if the checking pass needs it.  ``warn``
    emits the warning for reports of a newer minor version.
    """
    if warn and _types.holds_report(tp):
        newer: list[tuple[str, str]] = []
        _newer_reports(data, tp, "$", newer)
        if newer:
            path, version = newer[0]
            more = f" (and {len(newer) - 1} more reports)" if len(newer) > 1 else ""
            warnings.warn(
                f"{path}.schema: {version!r} is a newer minor version than this library's {SCHEMA_VERSION!r}; "
                f"keys it does not know are ignored{more}",
                SchemaVersionWarning,
                stacklevel=3,  # the caller of from_dict / from_json
            )
    seq = _types.sequence_of(tp)
    decode = None if seq is None or reload is None else _record_decoders().get(seq[1])
    if decode is not None and data.__class__ is list:
        try:
            return _consume(data, decode, seq[0])  # type: ignore[index]
        except Exception:  # any failure: the checking pass says exactly what and where
            data = reload()  # type: ignore[misc]
    else:
        try:
            return _decoder().structure(data, tp)
        except Exception:  # any failure: the checking pass says exactly what and where
            pass
    return _checked.structure(data, tp)


def _loads(text: str | bytes) -> Any:
    if not isinstance(text, (str, bytes, bytearray, memoryview)):
        raise ValidationError(f"$: expected JSON text (str or bytes), got {show(text)} ({type(text).__name__})")
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as e:
        error = e
    # orjson refuses a few things JSON allows: lone surrogate escapes ("\ud800"), and text that is
    # not UTF-8 has to be reported as such.  The standard library settles these cases.
    if not isinstance(text, str):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as u:
            raise ValidationError(f"$: not valid JSON: the text is not UTF-8 ({u.reason} at byte {u.start})") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        pass
    raise ValidationError(f"$: not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None


def _exact_loads(text: str | bytes) -> Any:
    """The standard library's reading of text with a 20-digit number in it, else ``None``."""
    if isinstance(text, str) and _BIG_INT.search(text) is None:
        return None
    if not isinstance(text, str) and _BIG_INT_BYTES.search(text) is None:
        return None
    try:
        return json.loads(text if isinstance(text, str) else bytes(text), parse_constant=_reject_constant)
    except (ValueError, RecursionError):  # pragma: no cover - orjson read it already
        return None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _unstructure(obj: Any) -> Any:
    if _encoder_for(obj.__class__, _encoders()) is None:
        raise FieldTypeError(f"expected a diplomacy model value, got {obj!r} ({type(obj).__name__})")
    return _encoder().unstructure(obj)


@functools.cache
def _json_default() -> Callable[[Any], Any]:
    table = _encoders()

    def fallback(obj: Any) -> Any:
        encode = _encoder_for(obj.__class__, table)
        if encode is None:
            raise TypeError(obj)
        return encode(obj)

    return _fast.make_json_default(fallback)


def _encodable(obj: Any) -> bool:
    """Whether ``obj`` is a model value, or a list or tuple of them (orjson would write an ``int``)."""
    table = _encoders()
    cls = obj.__class__
    if cls is list or cls is tuple:
        for c in {x.__class__ for x in obj}:
            if c is list or c is tuple:
                if not all(_encodable(x) for x in obj if x.__class__ is c):
                    return False
            elif _encoder_for(c, table) is None:
                return False
        return True
    return _encoder_for(cls, table) is not None


def _dumps(obj: Any, indent: bool) -> bytes | str:
    """The canonical JSON of ``obj``: UTF-8 bytes from orjson, or text where orjson cannot write it."""
    if not _encodable(obj):
        _unstructure(obj)  # raises FieldTypeError naming the foreign value
    try:
        return orjson.dumps(obj, default=_json_default(), option=_INDENTED if indent else _COMPACT)
    except orjson.JSONEncodeError:
        # integers beyond 64 bits, strings with lone surrogates: valid values orjson cannot write
        data = _unstructure(obj)
        if indent:
            return json.dumps(data, ensure_ascii=False, indent=2)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


# --- public API --------------------------------------------------------------------------------


def to_dict(obj: Any) -> Any:
    """The canonical JSON-ready form of a model value, or of a list or tuple of them.

    Records become dicts keyed by field name in field order, countries their alpha-2 codes,
    dates their EDTF strings, enums their values; tuples become lists.

    >>> import diplomacy, pprint
    >>> misri = diplomacy.Official(name="Vikram Misri", title="Foreign Secretary", country=diplomacy.Country("IN"))
    >>> pprint.pprint(diplomacy.to_dict(misri), sort_dicts=False)
    {'name': 'Vikram Misri',
     'title': 'Foreign Secretary',
     'country': 'IN',
     'organisation': None,
     'aliases': [],
     'tenures': [],
     'spans': []}
    >>> diplomacy.to_dict([diplomacy.Country("US"), diplomacy.parse_edtf("2025-23")])
    ['US', '2025-23']
    >>> diplomacy.to_dict(diplomacy.Report())["schema"]
    'diplomacy/1'

    Anything else raises :class:`~diplomacy.FieldTypeError` (a ``TypeError``).
    """
    with _collector_paused():
        return _unstructure(obj)


def from_dict(data: Any, cls: Any) -> Any:
    """Read the canonical form (as :func:`to_dict` writes it) back into a value of type ``cls``.

    ``cls`` is a model class, an enum, :data:`~diplomacy.FuzzyDate`, or ``list[X]``,
    ``tuple[X, ...]`` or ``X | None`` of one.  Raises :class:`~diplomacy.ValidationError`
    listing every problem at its JSON path.

    >>> import diplomacy
    >>> misri = diplomacy.from_dict({"name": "Vikram Misri", "country": "IN"}, diplomacy.Official)
    >>> misri == diplomacy.Official(name="Vikram Misri", country=diplomacy.Country("IN"))
    True
    >>> diplomacy.from_dict("2025-05-07/2025-05-10", diplomacy.FuzzyDate)
    Interval('2025-05-07/2025-05-10')
    >>> try:
    ...     diplomacy.from_dict({"name": "Vikram Misri", "country": "ZZ", "titel": "FS"}, diplomacy.Official)
    ... except diplomacy.ValidationError as e:
    ...     print(e)
    2 problems:
      $.country: 'ZZ' is not an ISO 3166-1 alpha-2 code we know
      $.titel: unknown key
    """
    tp = _target(cls, "from_dict")
    with _collector_paused():
        return _decode(data, tp)


def to_json(obj: Any, *, indent: bool = False) -> str:
    """The canonical JSON text of a model value (compact, or indented by two spaces).

    >>> import diplomacy
    >>> print(diplomacy.to_json(diplomacy.Span(0, 5, "Misri")))
    {"start":0,"end":5,"text":"Misri"}
    >>> print(diplomacy.to_json(diplomacy.Place("Doha", diplomacy.Country("QA")), indent=True))
    {
      "name": "Doha",
      "country": "QA"
    }
    """
    with _collector_paused():
        out = _dumps(obj, indent)
        return out if isinstance(out, str) else out.decode()


def to_json_bytes(obj: Any, *, indent: bool = False) -> bytes:
    """The canonical JSON of a model value as UTF-8 bytes: :func:`to_json`'s text, encoded.

    For files and sockets, which take bytes: it skips the copy into a ``str`` (about a tenth of
    :func:`to_json`'s time on a large list).  :func:`from_json` reads bytes as well as text.

    >>> import diplomacy
    >>> diplomacy.to_json_bytes(diplomacy.Place("Doha", diplomacy.Country("QA")))
    b'{"name":"Doha","country":"QA"}'

    The one difference from ``to_json(obj).encode()``: a lone surrogate (``"\\ud800"``), which
    UTF-8 cannot hold, is written as its JSON escape, and reads back as the same character.
    """
    with _collector_paused():
        out = _dumps(obj, indent)
        if isinstance(out, str):
            # lone surrogates: "backslashreplace" writes each as \udXXX, its JSON escape (a
            # surrogate can only stand inside a JSON string, the only place text goes)
            return out.encode("utf-8", "backslashreplace")
        return out


def from_json(text: str | bytes, cls: Any) -> Any:
    """Read JSON text (``str`` or UTF-8 ``bytes``) into a value of type ``cls`` (see :func:`from_dict`).

    ``from_json(to_json(x), type(x)) == x`` for every value ``x`` of every model type.

    >>> import diplomacy
    >>> diplomacy.from_json('["IN", "US"]', list[diplomacy.Country])
    [Country('IN'), Country('US')]
    >>> try:
    ...     diplomacy.from_json('{"start": 0, "end": 5,', diplomacy.Span)
    ... except diplomacy.ValidationError as e:
    ...     print(e)
    $: not valid JSON: unexpected end of data at line 1, column 23
    """
    tp = _target(cls, "from_json")
    with _collector_paused():
        data = _loads(text)
        try:
            return _decode(data, tp, reload=lambda: _loads(text))
        except ValidationError:
            # orjson reads integers beyond 64 bits as floats: read text that has one again, exactly
            exact = _exact_loads(text)
            if exact is None:
                raise
            return _decode(exact, tp, warn=False)
