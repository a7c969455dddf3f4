"""Countries, places, provenance spans and sources."""

from __future__ import annotations

import datetime as dt

import attrs

from ..errors import ParseError
from . import _countries
from ._check import check_optional, check_text, check_type, fail, fail_type

__all__ = ["Country", "Place", "Source", "Span"]


@attrs.frozen(repr=False, order=True)
class Country:
    """A state, by its ISO 3166-1 alpha-2 code (historic states by their ISO 3166-3 one).

    Kosovo is ``XK`` (user-assigned, in common use); the Soviet Union ``SU``, Yugoslavia ``YU``.

    >>> Country("IN")
    Country('IN')
    >>> Country("IN").name, Country("IN").alpha3
    ('India', 'IND')
    >>> Country.parse("U.S."), Country.parse("USA"), Country.parse("Britain")
    (Country('US'), Country('US'), Country('GB'))
    >>> str(Country.parse("Republic of Korea"))
    'KR'
    """

    code: str

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.code, str):
            fail_type("Country.code", str, self.code)
        if self.code not in _countries.codes():
            fail("Country.code", f"{self.code!r} is not an ISO 3166-1 alpha-2 code we know")

    @property
    def alpha2(self) -> str:
        """The two-letter code (the same as :attr:`code`)."""
        return self.code

    @property
    def alpha3(self) -> str:
        """The three-letter code: ``'USA'``."""
        return _countries.records()[self.code].alpha3

    @property
    def name(self) -> str:
        """The common English name: ``'United States'``, ``'South Korea'``."""
        return _countries.records()[self.code].name

    @property
    def historic(self) -> bool:
        """Whether the state no longer exists (ISO 3166-3): ``Country('SU').historic``."""
        return _countries.records()[self.code].historic

    @classmethod
    def parse(cls, text: str) -> Country:
        """A country from a code (``'US'``, ``'USA'``), a name or a common short form.

        >>> Country.parse("United States")
        Country('US')
        >>> Country.parse("Narnia")
        Traceback (most recent call last):
        ...
        diplomacy.errors.ParseError: 'Narnia' is not a country we know
            Narnia
            ^^^^^^
        """
        if not isinstance(text, str):
            raise ParseError(f"expected a country name or code, got {text!r} ({type(text).__name__})")
        stripped = text.strip()
        if stripped.isascii() and stripped.isalpha() and stripped.isupper():
            if len(stripped) == 2 and stripped in _countries.codes():
                return cls(stripped)
            if len(stripped) == 3 and stripped in _countries.alpha3_index():
                return cls(_countries.alpha3_index()[stripped])
        key = _countries.fold(stripped)
        if key.startswith("the "):
            key = key[4:]
        code = _countries.name_index().get(key)
        if code is None:
            start = len(text) - len(text.lstrip())
            raise ParseError(f"{text!r} is not a country we know", text, start, max(1, len(stripped)))
        return cls(code)

    def __str__(self) -> str:
        return self.code

    def __repr__(self) -> str:
        return f"Country({self.code!r})"


@attrs.frozen(repr=False)
class Place:
    """A named place (a city, a venue, a region), with its country when known.

    ``str()`` is ``"Name, CC"`` (or the bare name) and :meth:`parse` reads it back.

    >>> Place("Washington", Country("US"))
    Place('Washington, US')
    >>> Place.parse("Doha, QA").country
    Country('QA')
    """

    name: str
    country: Country | None = None

    def __attrs_post_init__(self) -> None:
        check_type("Place.name", self.name, str)
        check_text("Place.name", self.name)
        check_optional("Place.country", self.country, Country)

    @classmethod
    def parse(cls, text: str) -> Place:
        """Read ``"Name, CC"`` or ``"Name"`` (the form ``str()`` gives).

        >>> Place.parse("New York")
        Place('New York')
        """
        if not isinstance(text, str):
            raise ParseError(f"expected a place, got {text!r} ({type(text).__name__})")
        head, sep, tail = text.rpartition(", ")
        if sep and len(tail) == 2 and tail.isupper() and tail in _countries.codes():
            name, country = head, Country(tail)
        else:
            name, country = text, None
        if not name.strip() or name != name.strip():
            raise ParseError("a place needs a name with no surrounding white space", text, 0, len(text))
        return cls(name, country)

    def __str__(self) -> str:
        return self.name if self.country is None else f"{self.name}, {self.country.code}"

    def __repr__(self) -> str:
        return f"Place({str(self)!r})"


@attrs.frozen(order=True)
class Span:
    """Provenance: where in the source text a record was read, by character offsets.

    >>> text = "Misri will visit the US."
    >>> Span.of(text, 0, 5)
    Span(start=0, end=5, text='Misri')
    """

    start: int
    end: int
    text: str

    def __attrs_post_init__(self) -> None:
        check_type("Span.start", self.start, int)
        check_type("Span.end", self.end, int)
        check_type("Span.text", self.text, str)
        if not 0 <= self.start <= self.end:
            fail("Span", f"offsets must satisfy 0 <= start <= end, got start={self.start}, end={self.end}")
        if len(self.text) != self.end - self.start:
            fail(
                "Span.text", f"{self.text!r} is {len(self.text)} characters, but end - start is {self.end - self.start}"
            )

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``."""
        return cls(start, end, source[start:end])


@attrs.frozen
class Source:
    """The document a :class:`~diplomacy.Report` was read from.

    >>> Source(publisher="NationPress", dateline="New Delhi", published=dt.date(2025, 5, 26))
    Source(title=None, publisher='NationPress', url=None, dateline='New Delhi', published=datetime.date(2025, 5, 26))
    """

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    dateline: str | None = None
    published: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        check_text("Source.title", self.title, optional=True)
        check_text("Source.publisher", self.publisher, optional=True)
        check_text("Source.url", self.url, optional=True)
        check_text("Source.dateline", self.dateline, optional=True)
        if self.published is not None and (
            not isinstance(self.published, dt.date) or isinstance(self.published, dt.datetime)
        ):
            fail_type("Source.published", "datetime.date or None", self.published)
