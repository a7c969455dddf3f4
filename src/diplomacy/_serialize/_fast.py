"""Generated encode and decode functions for the record classes: the hot path (internal).

Each function is written as source text from its class's fields and compiled once: no
per-field hook lookups, plain values read and written inline, nested records called directly.

* ``make_encoders``: ``obj -> dict`` per class, for :func:`~diplomacy.to_dict`.
* ``make_json_default``: one ``default`` function for :func:`orjson.dumps`, which hands it every
  record it meets; it returns the record's dict with nested records, tuples and enums left for
  orjson to write natively (the fastest way found to text, see ``benchmarks/``).
* ``make_decoders``: ``dict -> obj`` per class.  A decoder checks the JSON shapes it relies on,
  parses value types (countries, dates, enums), and builds the object the way attrs'
  ``__init__`` does (``object.__new__``, the slots, the field converters) but without its
  per-call overhead, then runs the class's own ``__attrs_post_init__``: the model's checks, all
  of them, unchanged.  On bad input it raises *something*, with no path; the checking decoder
  (``_checked``) then runs to say exactly what and where.
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import inspect
import textwrap
import types
from collections.abc import Callable
from typing import Any

import attrs

from .._model._check import as_tuple
from .._model.events import Agreement, Delegation, Statement, Visit
from .._model.officials import Official, Tenure
from .._model.places import Country, Place, Source, Span
from .._model.report import Report
from . import _types, _values

Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]


class MissError(Exception):
    """The fast decoder cannot take this input; the checking decoder will say why."""


def _fn_name(prefix: str, cls: type) -> str:
    return f"{prefix}_{cls.__name__}"


def _compile(source: str, namespace: dict[str, Any], name: str) -> Any:
    exec(compile(source, f"<diplomacy generated {name}>", "exec"), namespace)
    return namespace[name]


def _date_text(var: str) -> str:
    """``str(date)``: the EDTF text every date type keeps from its construction."""
    return f"{var}._text"


# --- encoders ----------------------------------------------------------------------------------


def _encode_expr(tp: Any, src: str, tmp: str, *, for_json: bool) -> str:
    """An expression giving the JSON form of ``src``, a field of type ``tp``.

    ``for_json`` leaves what orjson writes by itself (records, tuples) as it is.
    """
    inner = _types.optional_of(tp)
    if inner is not None:
        value = _encode_expr(inner, tmp, tmp + "_", for_json=for_json)
        return src if value == tmp else f"(None if ({tmp} := {src}) is None else {value})"
    if tp in (str, int, bool):
        return src
    if tp is Country:
        return f"{src}.code"
    if _types.date_classes(tp) is not None:
        return _date_text(src)
    if tp in _types.ENUMS:
        return f"{src}._value_"
    if tp is dt.date:
        return f"{src}.isoformat()"
    if tp in _types.RECORD_CLASSES:
        return src if for_json else f"{_fn_name('u', tp)}({src})"
    seq = _types.sequence_of(tp)
    if seq is not None:
        item = seq[1]
        if item in (str, int):
            return src if for_json else f"(list({tmp}) if ({tmp} := {src}) else [])"
        if item is Country:
            return f"([c.code for c in {tmp}] if ({tmp} := {src}) else {'()' if for_json else '[]'})"
        if item in _types.RECORD_CLASSES:
            return src if for_json else f"(list(map({_fn_name('u', item)}, {tmp})) if ({tmp} := {src}) else [])"
    raise NotImplementedError(f"no JSON form for fields of type {tp!r}")  # pragma: no cover


def _dict_display(cls: type, *, for_json: bool) -> str:
    items = [f"'schema': {_values.SCHEMA_VERSION!r}"] if cls is Report else []
    for i, f in enumerate(_types.fields(cls)):
        items.append(f"{f.name!r}: {_encode_expr(f.type, 'o.' + f.name, f'_t{i}', for_json=for_json)}")
    return "{\n            " + ",\n            ".join(items) + ",\n        }"


def make_encoders() -> dict[type, Encoder]:
    """``cls -> function(obj) -> dict`` for every record class (nested values as lists and dicts)."""
    ns: dict[str, Any] = {}
    for cls in _types.RECORD_CLASSES:
        name = _fn_name("u", cls)
        _compile(f"def {name}(o):\n    return {_dict_display(cls, for_json=False)}\n", ns, name)
    return {cls: ns[_fn_name("u", cls)] for cls in _types.RECORD_CLASSES}


#: The order ``default`` tests classes in: the most numerous first.
_JSON_ORDER = (Span, Official, Visit, Statement, Agreement, Delegation, Tenure, Place, Source, Report)


def make_json_default(fallback: Encoder) -> Encoder:
    """orjson's ``default``: a record's dict (nested records left to orjson), a value's text.

    ``fallback`` handles anything else (subclasses; it raises ``TypeError`` for foreign types).
    """
    ns: dict[str, Any] = {}
    ns.update(_fallback=fallback, _Country=Country)
    lines = ["def default(o):", "    c = type(o)"]  # measured: 5% faster than o.__class__ (3.11 inlines type(x))
    for cls in _JSON_ORDER:
        ns[f"_cls_{cls.__name__}"] = cls
        lines += [f"    if c is _cls_{cls.__name__}:", f"        return {_dict_display(cls, for_json=True)}"]
    lines += ["    if c is _Country:", "        return o.code", "    return _fallback(o)"]
    return _compile("\n".join(lines) + "\n", ns, "default")  # type: ignore[no-any-return]


# --- decoders ----------------------------------------------------------------------------------


def _decode_lines(tp: Any, var: str, ns: dict[str, Any], indent: str) -> list[str]:
    """Statements turning the raw value in ``var`` into the field's value, in place."""
    inner = _types.optional_of(tp)
    if inner is not None:
        body = _decode_lines(inner, var, ns, indent + "    ")
        return [f"{indent}if {var} is not None:", *body] if body else []
    if tp in (str, int, bool):
        return []  # __attrs_post_init__ checks the type
    if tp is Country:
        ns["_C"] = _values.country_table()
        return [f"{indent}{var} = _C[{var}]"]
    classes = _types.date_classes(tp)
    if classes is not None:
        ns["_DC"], ns["_date"] = _values.DATE_CACHE, _values.parse_date
        lines = [f"{indent}{var} = _DC.get({var}) or _date({var})"]
        if classes != _types.DATE_CLASSES:  # pragma: no cover - every date field is a FuzzyDate today
            key = "_D" + "".join(c.__name__ for c in classes)
            ns[key] = classes
            lines.append(f"{indent}if {var}.__class__ not in {key}: raise _Miss")
        return lines
    if tp in _types.ENUMS:
        key = f"_E_{tp.__name__}"
        ns[key] = _values.enum_table(tp)
        return [f"{indent}{var} = {key}[{var}]"]
    if tp is dt.date:
        ns["_published"] = _values.parse_published
        return [f"{indent}{var} = _published({var})"]
    if tp in _types.RECORD_CLASSES:
        return [f"{indent}{var} = {_fn_name('s', tp)}({var})"]
    seq = _types.sequence_of(tp)
    if seq is not None:
        item = seq[1]
        lines = [f"{indent}if {var}.__class__ is not list and {var}.__class__ is not tuple: raise _Miss"]
        if item in (str, int):
            return [*lines, f"{indent}{var} = tuple({var})"]  # __attrs_post_init__ checks the items
        if item is Country:
            ns["_C"] = _values.country_table()
            return [*lines, f"{indent}{var} = tuple(map(_C.__getitem__, {var}))"]
        if item in _types.RECORD_CLASSES:
            return [*lines, f"{indent}{var} = tuple(map({_fn_name('s', item)}, {var})) if {var} else ()"]
    raise NotImplementedError(f"no JSON form for fields of type {tp!r}")  # pragma: no cover


def _builds_like_attrs(cls: type) -> bool:
    """Whether building ``cls`` from its slots is what its ``__init__`` does (bar the post-init).

    True for a slotted attrs class with no validators, no pre-init and no slots beyond its
    fields (no cached hash); anything else is built by calling the class.
    """
    fields = attrs.fields(cls)
    slots = {s for klass in cls.__mro__ for s in klass.__dict__.get("__slots__", ())}
    return (
        "__slots__" in cls.__dict__
        and slots <= {f.name for f in fields} | {"__weakref__"}
        and all(f.validator is None and f.init and f.alias == f.name for f in fields)
        and not hasattr(cls, "__attrs_pre_init__")
    )


# --- the model's checks, inline ------------------------------------------------------------------
#
# ``__attrs_post_init__`` costs more than everything else a decoder does (measured: 55% of a bulk
# decode), mostly in calls to the generic check helpers.  For the JSON a decoder reads, the same
# checks fit in a few inline comparisons: a decoder builds countries, dates, enums and nested
# records itself, so only the plain values (texts, integers) and the rules across fields remain.
# They are written against the model code whose fingerprint is in _CHECKED_AGAINST; if that code
# changes, the class's own __attrs_post_init__ runs instead (correct, slower) until the inline
# checks are reviewed and the fingerprint updated (tests/test_json.py fails meanwhile).

_ORDER = (
    "    if {start} is not None and {end} is not None:\n"
    "        lo = {start}.earliest\n"
    "        hi = {end}.latest\n"
    "        if lo is not None and hi is not None and lo > hi: raise _Miss"
)

#: Checks across fields, by class; ``{field}`` names the field's decoded value.
_RULES: dict[type, str] = {
    Span: "    if not 0 <= {start} <= {end} or len({text}) != {end} - {start}: raise _Miss",
    Tenure: _ORDER,
    Visit: _ORDER,
    Agreement: "    if len(set({parties})) != len({parties}): raise _Miss",
    Delegation: "    if {size} is not None and {size} < 1: raise _Miss",
}

#: Fingerprints (see :func:`model_fingerprint`) of the model code the inline checks implement.
#: Update a class's entry only after checking its inline checks against its model code.
_CHECKED_AGAINST: dict[str, str] = {
    "Span": "c81bbb02b0161a83",
    "Place": "5791d4a2aa3391b6",
    "Source": "efcb27cbe9a10118",
    "Tenure": "cf3290984599b36f",
    "Official": "ee2a7c6572322647",
    "Visit": "8a518ae90cc40b68",
    "Statement": "facf7bb3617e2a72",
    "Agreement": "1cab139680a523b6",
    "Delegation": "44f7f8646e0703d3",
    "Report": "12423b1a09e70bd1",
}


def _is_text(v: str) -> str:
    return f"{v}.__class__ is str and {v} and {v} == {v}.strip()"


def _plain_checks(cls: type, spec: _types.FieldSpec, var: str) -> list[str]:
    """Inline checks of a plain value (the types the decoder does not build itself)."""
    tp, inner = spec.type, _types.optional_of(spec.type)
    if (cls, spec.name) in _types.RAW_TEXT_FIELDS:
        return [f"    if {var}.__class__ is not str: raise _Miss"]
    if tp is str:
        return [f"    if not ({_is_text(var)}): raise _Miss"]
    if inner is str:
        return [f"    if {var} is not None and not ({_is_text(var)}): raise _Miss"]
    if tp in (int, bool):
        return [f"    if {var}.__class__ is not {tp.__name__}: raise _Miss"]
    if inner in (int, bool):
        return [f"    if {var} is not None and {var}.__class__ is not {inner.__name__}: raise _Miss"]
    seq = _types.sequence_of(tp)
    if seq is not None and seq[1] is str:
        return ["    for x in " + var + ":", f"        if not ({_is_text('x')}): raise _Miss"]
    return []  # values the decoder builds: countries, dates, enums, records


def _sources(fn: Any, seen: set[Any]) -> list[str]:
    """The source of ``fn`` and of the model functions it calls, docstrings and comments dropped."""
    if fn in seen:
        return []
    seen.add(fn)
    tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            body[0] = ast.Pass()
    out = [ast.unparse(tree)]
    for name in fn.__code__.co_names:
        called = fn.__globals__.get(name)
        if isinstance(called, types.FunctionType) and called.__module__.startswith("diplomacy._model"):
            out += _sources(called, seen)
    return out


def model_fingerprint(cls: type) -> str | None:
    """A digest of the model code behind ``cls``'s checks: its post-init, the helpers it calls,
    and its field converters (``None`` if a source cannot be read)."""
    seen: set[Any] = set()
    try:
        parts = _sources(cls.__attrs_post_init__, seen)  # type: ignore[attr-defined]
        for f in attrs.fields(cls):
            if f.converter is not None:
                parts += _sources(f.converter, seen)
    except (OSError, TypeError):  # pragma: no cover - no source (a frozen or stripped install)
        return None
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def inline_checks_apply(cls: type) -> bool:
    """Whether the inline checks of ``cls`` implement its model code as it is now."""
    return _builds_like_attrs(cls) and model_fingerprint(cls) == _CHECKED_AGAINST.get(cls.__name__)


def _build_lines(cls: type, specs: tuple[_types.FieldSpec, ...], args: list[str], ns: dict[str, Any]) -> list[str]:
    """Statements checking the field values in ``args``, building ``cls`` and returning it."""
    name = cls.__name__
    ns[f"_cls_{name}"] = cls
    fields = attrs.fields(cls)
    if not _builds_like_attrs(cls):  # pragma: no cover - every model class qualifies today
        return [f"    return _cls_{name}({', '.join(f'{f.name}={a}' for f, a in zip(fields, args, strict=True))})"]
    inline = inline_checks_apply(cls)
    lines = []
    values = {}
    for f, arg in zip(fields, args, strict=True):
        if f.converter is not None and f.converter is not as_tuple:  # as_tuple: the decoder makes tuples
            ns[f"_conv_{name}_{f.name}"] = f.converter
            lines.append(f"    {arg} = _conv_{name}_{f.name}({arg})")
        values[f.name] = arg
    if inline:
        for spec, arg in zip(specs, args, strict=True):
            lines += _plain_checks(cls, spec, arg)
        if cls in _RULES:
            lines += _RULES[cls].format(**values).splitlines()
    ns["_new"] = object.__new__
    lines.append(f"    o = _new(_cls_{name})")
    for f, arg in zip(fields, args, strict=True):
        setter = f"_set_{name}_{f.name}"
        ns[setter] = cls.__dict__[f.name].__set__
        lines.append(f"    {setter}(o, {arg})")
    post_init = getattr(cls, "__attrs_post_init__", None)
    if post_init is not None and not inline:
        ns[f"_post_{name}"] = post_init
        lines.append(f"    _post_{name}(o)")
    lines.append("    return o")
    return lines


def make_decoders(encoders: dict[type, Encoder], *, lenient: bool) -> dict[type, Decoder]:
    """``cls -> function(dict) -> obj`` for every record class.

    ``lenient`` ignores keys the class does not know (a newer minor version's additions);
    otherwise such a key fails.  A missing key with a default takes the default.  For
    :class:`Report` this is the body only; :func:`report_decoder` adds the version gate.
    """
    ns: dict[str, Any] = {"_Miss": MissError}
    for cls in _types.RECORD_CLASSES:
        name = _fn_name("s", cls)
        specs = _types.fields(cls)
        keys = [f.name for f in specs] + (["schema"] if cls is Report else [])
        ns[f"_K_{cls.__name__}"] = frozenset(keys)
        ns[f"_R_{cls.__name__}"] = {f.name: _raw(f.default, encoders) for f in specs if not f.required}
        lines = [
            f"def {name}(d):",
            "    if d.__class__ is not dict: raise _Miss",
            f"    if len(d) != {len(keys)}:",
        ]
        if not lenient:
            lines.append(f"        if not d.keys() <= _K_{cls.__name__}: raise _Miss")
        lines.append(f"        d = {{**_R_{cls.__name__}, **d}}")
        args = []
        for i, f in enumerate(specs):
            var = f"a{i}"
            lines.append(f"    {var} = d[{f.name!r}]")
            lines.extend(_decode_lines(f.type, var, ns, "    "))
            args.append(var)
        lines.extend(_build_lines(cls, specs, args, ns))
        _compile("\n".join(lines) + "\n", ns, name)
    return {cls: ns[_fn_name("s", cls)] for cls in _types.RECORD_CLASSES}


def _raw(default: Any, encoders: dict[type, Encoder]) -> Any:
    """A default value in its JSON form (what the key would hold had it been written)."""
    if isinstance(default, tuple):
        return [_raw(x, encoders) for x in default]
    if hasattr(default, "_value_"):
        return default._value_
    if default is None or isinstance(default, (str, int, bool)):
        return default
    if attrs.has(type(default)):  # pragma: no cover - no record defaults in the model today
        return encoders[type(default)](default)
    return str(default)  # pragma: no cover - dates, countries: no such defaults today


def report_decoder(strict: Decoder, lenient: Decoder) -> Decoder:
    """The :class:`Report` decoder: the version picks the strict or the lenient body."""

    def decode_report(d: Any) -> Report:
        if d.__class__ is not dict:
            raise MissError
        newer = _values.schema_mode(d.get("schema"))
        return lenient(d) if newer else strict(d)  # type: ignore[no-any-return]

    return decode_report
