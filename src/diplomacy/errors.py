"""The exception and warning hierarchy of :mod:`diplomacy`.

Every error the library raises on purpose is a :class:`DiplomacyError`, and also the builtin
exception a Python programmer would expect (:class:`ValueError` for bad values, :class:`TypeError`
for values of the wrong type), so both ``except diplomacy.DiplomacyError`` and
``except ValueError`` work.

>>> import diplomacy
>>> try:
...     diplomacy.Country("ZZ")
... except diplomacy.ValidationError as e:
...     print(e)
Country.code: 'ZZ' is not an ISO 3166-1 alpha-2 code we know
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "DiplomacyError",
    "DiplomacyWarning",
    "FieldTypeError",
    "ParseError",
    "SchemaVersionWarning",
    "ValidationError",
]


class DiplomacyError(Exception):
    """The base of every error :mod:`diplomacy` raises on purpose.

    >>> import diplomacy
    >>> issubclass(diplomacy.ParseError, diplomacy.DiplomacyError)
    True
    """


class ValidationError(DiplomacyError, ValueError):
    """Data that does not fit the model.

    ``errors`` holds one line per problem, each starting with the place of the problem: a field
    of a class (``Visit.destination``) when a value is constructed directly, or a JSON path
    (``$.visits[0].start``) when structured input is read.

    >>> import diplomacy
    >>> try:
    ...     diplomacy.from_dict("U5", diplomacy.Country)
    ... except diplomacy.ValidationError as e:
    ...     print(e.errors)
    ("$: 'U5' is not an ISO 3166-1 alpha-2 code we know",)
    """

    errors: tuple[str, ...]

    def __init__(self, errors: str | Iterable[str]) -> None:
        self.errors = (errors,) if isinstance(errors, str) else tuple(errors)
        if len(self.errors) == 1:
            message = self.errors[0]
        else:
            message = f"{len(self.errors)} problems:\n" + "\n".join(f"  {e}" for e in self.errors)
        super().__init__(message)


class FieldTypeError(ValidationError, TypeError):
    """A value of the wrong type given to a model class (a :class:`ValidationError` too).

    >>> import diplomacy
    >>> try:
    ...     diplomacy.Place(name=3)
    ... except TypeError as e:
    ...     print(e)
    Place.name: expected str, got 3 (int)
    """


class ParseError(DiplomacyError, ValueError):
    """Text that a parser cannot read, with the place it stopped.

    ``str(error)`` shows the message, the offending line and a caret under the problem.

    >>> import diplomacy
    >>> try:
    ...     diplomacy.parse_edtf("2025-13")
    ... except diplomacy.ParseError as e:
    ...     print(e)
    month 13 is out of range (1-12, or 21-24 for a season)
        2025-13
             ^^
    """

    message: str
    text: str
    offset: int
    length: int

    def __init__(self, message: str, text: str = "", offset: int = 0, length: int = 1) -> None:
        self.message = message
        self.text = text
        self.offset = max(0, min(offset, len(text)))
        self.length = max(1, length)
        super().__init__(self._render())

    @property
    def line(self) -> str:
        """The line of ``text`` that holds the problem."""
        start = self.text.rfind("\n", 0, self.offset) + 1
        end = self.text.find("\n", self.offset)
        return self.text[start : end if end != -1 else len(self.text)]

    @property
    def column(self) -> int:
        """The problem's 0-based column within :attr:`line`."""
        return self.offset - (self.text.rfind("\n", 0, self.offset) + 1)

    def _render(self) -> str:
        if not self.text:
            return self.message
        line, column = self.line, self.column
        if len(line) > 120:  # keep a long line readable: a window around the caret
            lo = max(0, column - 60)
            line, column = line[lo : lo + 120], column - lo
        width = max(1, min(self.length, len(line) - column))
        return f"{self.message}\n    {line}\n    {' ' * column}{'^' * width}"


class DiplomacyWarning(UserWarning):
    """The base of every warning :mod:`diplomacy` emits.

    >>> import diplomacy
    >>> issubclass(diplomacy.SchemaVersionWarning, diplomacy.DiplomacyWarning)
    True
    """


class SchemaVersionWarning(DiplomacyWarning):
    """Input written by a newer minor version of the JSON format: read, but possibly lossy.

    >>> import diplomacy
    >>> diplomacy.SCHEMA_VERSION
    'diplomacy/1'
    """
