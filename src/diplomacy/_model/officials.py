"""People who hold office, and the offices they hold over time."""

from __future__ import annotations

import datetime as dt

import attrs

from ._check import as_tuple, check_optional, check_text, check_texts, check_tuple, fail
from .dates import FUZZY_DATE_TYPES, FuzzyDate
from .places import Country, Span

__all__ = ["Official", "Tenure"]


@attrs.frozen(kw_only=True)
class Tenure:
    """An office held over a span of dates (either end may be unknown).

    >>> from diplomacy import Day
    >>> Tenure(office="Prime Minister", country=Country("IN"), start=Day(2014, 5, 26))
    Tenure(office='Prime Minister', country=Country('IN'), start=Day('2014-05-26'), end=None)
    """

    office: str
    country: Country | None = None
    start: FuzzyDate | None = None
    end: FuzzyDate | None = None

    def __attrs_post_init__(self) -> None:
        check_text("Tenure.office", self.office)
        check_optional("Tenure.country", self.country, Country)
        check_optional("Tenure.start", self.start, FUZZY_DATE_TYPES)
        check_optional("Tenure.end", self.end, FUZZY_DATE_TYPES)
        if self.start is not None and self.end is not None:
            lo, hi = self.start.earliest, self.end.latest
            if lo is not None and hi is not None and lo > hi:
                fail("Tenure", f"start {self.start} is after end {self.end}")

    def covers(self, day: dt.date) -> bool:
        """Whether the office may have been held on ``day`` (unknown ends are open).

        >>> from diplomacy import Day
        >>> Tenure(office="Prime Minister", start=Day(2014, 5, 26)).covers(dt.date(2020, 1, 1))
        True
        """
        lo = None if self.start is None else self.start.earliest
        hi = None if self.end is None else self.end.latest
        return (lo is None or lo <= day) and (hi is None or day <= hi)


@attrs.frozen(kw_only=True)
class Official:
    """A named person who holds or held a public office.

    ``title`` is the office in its canonical long form, without the country adjective
    ("External Affairs Minister", not "Indian EAM"); ``country`` the state the person serves
    (``None`` for an officer of an international organisation, named in ``organisation``).
    ``spans`` keeps every mention of the person in the source text.

    >>> misri = Official(name="Vikram Misri", title="Foreign Secretary", country=Country("IN"))
    >>> misri.name, misri.country
    ('Vikram Misri', Country('IN'))
    >>> from diplomacy import Day
    >>> modi = Official(name="Narendra Modi", tenures=[
    ...     Tenure(office="Chief Minister of Gujarat", start=Day(2001, 10, 7), end=Day(2014, 5, 22)),
    ...     Tenure(office="Prime Minister", country=Country("IN"), start=Day(2014, 5, 26))])
    >>> modi.office_on(dt.date(2010, 1, 1)).office
    'Chief Minister of Gujarat'
    """

    name: str
    title: str | None = None
    country: Country | None = None
    organisation: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    tenures: tuple[Tenure, ...] = attrs.field(default=(), converter=as_tuple)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=as_tuple, eq=True)

    def __attrs_post_init__(self) -> None:
        check_text("Official.name", self.name)
        check_text("Official.title", self.title, optional=True)
        check_optional("Official.country", self.country, Country)
        check_text("Official.organisation", self.organisation, optional=True)
        check_texts("Official.aliases", self.aliases)
        check_tuple("Official.tenures", self.tenures, Tenure)
        check_tuple("Official.spans", self.spans, Span)

    def office_on(self, day: dt.date) -> Tenure | None:
        """The first tenure that covers ``day``, or ``None``."""
        return next((t for t in self.tenures if t.covers(day)), None)
