"""Construction-time checks shared by the model classes.

Each check raises :class:`~diplomacy.errors.ValidationError` (or its ``TypeError`` twin
:class:`~diplomacy.errors.FieldTypeError`) naming ``Class.field`` and the bad value.  They are
plain functions called from one ``__attrs_post_init__`` per class: measured here, that costs a
fifth of what per-field attrs validators cost (``../shared/PERFORMANCE.md``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NoReturn

from ..errors import FieldTypeError, ValidationError


def _type_name(t: type | tuple[type, ...]) -> str:
    if isinstance(t, tuple):
        return " or ".join(x.__name__ for x in t)
    return t.__name__


def fail_type(where: str, expected: type | tuple[type, ...] | str, value: object) -> NoReturn:
    exp = expected if isinstance(expected, str) else _type_name(expected)
    raise FieldTypeError(f"{where}: expected {exp}, got {value!r} ({type(value).__name__})")


def fail(where: str, message: str) -> NoReturn:
    raise ValidationError(f"{where}: {message}")


def check_type(where: str, value: object, t: type | tuple[type, ...]) -> None:
    if not isinstance(value, t) or (isinstance(value, bool) and t is int):
        fail_type(where, t, value)


def check_optional(where: str, value: object, t: type | tuple[type, ...]) -> None:
    if value is not None and not isinstance(value, t):
        fail_type(where, f"{_type_name(t)} or None", value)


def check_text(where: str, value: object, *, optional: bool = False) -> None:
    """A non-empty string with no surrounding white space."""
    if value is None and optional:
        return
    if not isinstance(value, str):
        fail_type(where, "str or None" if optional else "str", value)
    if not value or value != value.strip():
        fail(where, f"{value!r} must be non-empty, with no leading or trailing white space")


def check_tuple(where: str, value: object, t: type | tuple[type, ...]) -> None:
    if not isinstance(value, tuple):
        fail_type(where, "tuple", value)
    for i, item in enumerate(value):
        if not isinstance(item, t):
            fail_type(f"{where}[{i}]", t, item)


def check_texts(where: str, value: object) -> None:
    if not isinstance(value, tuple):
        fail_type(where, "tuple", value)
    for i, item in enumerate(value):
        check_text(f"{where}[{i}]", item)


def check_enum(where: str, value: object, enum: Any, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, enum):
        choices = ", ".join(repr(m.value) for m in enum)
        fail_type(where, f"{enum.__name__} (one of {choices})", value)


def as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """attrs converter: accept any iterable but a string, keep a tuple.

    Not generic on purpose: the attrs mypy plugin copies a converter's parameter type into
    ``__init__``, and an unsolved ``Iterable[T]`` there rejects every argument.
    """
    if isinstance(value, tuple):
        return value
    if isinstance(value, (str, bytes)):
        return value  # type: ignore[return-value]  # rejected by check_tuple with a clear message
    try:
        return tuple(value)
    except TypeError:
        return value  # type: ignore[return-value]  # rejected by check_tuple
