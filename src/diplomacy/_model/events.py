"""What officials do: visits, statements, agreements and delegations."""

from __future__ import annotations

import enum

import attrs

from ._check import (
    as_tuple,
    check_enum,
    check_optional,
    check_text,
    check_tuple,
    check_type,
    fail,
    fail_type,
)
from .dates import FUZZY_DATE_TYPES, FuzzyDate
from .officials import Official
from .places import Country, Span

__all__ = [
    "Agreement",
    "AgreementStatus",
    "Delegation",
    "Statement",
    "StatementMode",
    "Visit",
    "VisitKind",
    "VisitStatus",
]


class VisitStatus(str, enum.Enum):
    """Where a visit stands as the text tells it.

    >>> VisitStatus("planned")
    <VisitStatus.PLANNED: 'planned'>
    """

    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    POSSIBLE = "possible"
    CANCELLED = "cancelled"


class VisitKind(str, enum.Enum):
    """The protocol kind of a visit, where the text or record states it.

    >>> VisitKind.STATE.value
    'state'
    """

    STATE = "state"
    OFFICIAL = "official"
    WORKING = "working"
    PRIVATE = "private"
    INFORMAL = "informal"
    TRANSIT = "transit"


class StatementMode(str, enum.Enum):
    """``direct``: words inside quotation marks; ``reported``: indirect speech.

    >>> StatementMode.DIRECT.value
    'direct'
    """

    DIRECT = "direct"
    REPORTED = "reported"


class AgreementStatus(str, enum.Enum):
    """The stage an agreement has reached, in the usual order of its life.

    >>> [s.value for s in AgreementStatus][:3]
    ['proposed', 'negotiating', 'agreed']
    """

    PROPOSED = "proposed"
    NEGOTIATING = "negotiating"
    AGREED = "agreed"
    SIGNED = "signed"
    LAUNCHED = "launched"
    IN_FORCE = "in_force"
    ENDED = "ended"


def _check_order(where: str, start: FuzzyDate | None, end: FuzzyDate | None) -> None:
    if start is not None and end is not None:
        lo, hi = start.earliest, end.latest
        if lo is not None and hi is not None and lo > hi:
            fail(where, f"start {start} is after end {end}")


def _sorted_countries(value: object) -> object:
    """attrs converter: parties are a set, kept as a sorted tuple (invalid input left to the check)."""
    items: object = as_tuple(value)  # type: ignore[arg-type]
    if isinstance(items, tuple) and all(isinstance(c, Country) for c in items):
        return tuple(sorted(items, key=lambda c: c.code))
    return items


@attrs.frozen(kw_only=True)
class Visit:
    """A trip of an official to another country, past, under way, planned or possible.

    ``city`` is the main place visited; ``places`` any further ones in the same country.
    ``accompanying`` are officials travelling with the traveler, ``met`` those met on the trip,
    ``notes`` free remarks (a data set's own comments).  ``record_id`` keeps the identifier of a
    source record (a data set's id), ``spans`` the text the visit was read from.

    >>> from diplomacy import Day
    >>> misri = Official(name="Vikram Misri", title="Foreign Secretary", country=Country("IN"))
    >>> v = Visit(traveler=misri, destination=Country("US"), city="Washington",
    ...           start=Day(2025, 5, 27), end=Day(2025, 5, 29), status=VisitStatus.PLANNED)
    >>> v.destination.name, str(v.start), str(v.end)
    ('United States', '2025-05-27', '2025-05-29')
    """

    traveler: Official
    destination: Country
    status: VisitStatus
    city: str | None = None
    places: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    start: FuzzyDate | None = None
    end: FuzzyDate | None = None
    kind: VisitKind | None = None
    purpose: str | None = None
    host: Official | None = None
    accompanying: tuple[Official, ...] = attrs.field(default=(), converter=as_tuple)
    met: tuple[Official, ...] = attrs.field(default=(), converter=as_tuple)
    notes: str | None = None
    record_id: str | None = None
    spans: tuple[Span, ...] = attrs.field(default=(), converter=as_tuple)

    def __attrs_post_init__(self) -> None:
        check_type("Visit.traveler", self.traveler, Official)
        check_type("Visit.destination", self.destination, Country)
        check_enum("Visit.status", self.status, VisitStatus)
        check_text("Visit.city", self.city, optional=True)
        if not isinstance(self.places, tuple):
            fail_type("Visit.places", tuple, self.places)
        for i, p in enumerate(self.places):
            check_text(f"Visit.places[{i}]", p)
        check_optional("Visit.start", self.start, FUZZY_DATE_TYPES)
        check_optional("Visit.end", self.end, FUZZY_DATE_TYPES)
        _check_order("Visit", self.start, self.end)
        check_enum("Visit.kind", self.kind, VisitKind, optional=True)
        check_text("Visit.purpose", self.purpose, optional=True)
        check_optional("Visit.host", self.host, Official)
        check_tuple("Visit.accompanying", self.accompanying, Official)
        check_tuple("Visit.met", self.met, Official)
        check_text("Visit.notes", self.notes, optional=True)
        check_text("Visit.record_id", self.record_id, optional=True)
        check_tuple("Visit.spans", self.spans, Span)


@attrs.frozen(kw_only=True)
class Statement:
    """Words attributed to an official: a ``direct`` quotation or ``reported`` speech.

    >>> trump = Official(name="Donald Trump", title="President", country=Country("US"))
    >>> s = Statement(speaker=trump, text="They are offering us a deal")
    >>> s.mode
    <StatementMode.DIRECT: 'direct'>
    """

    speaker: Official | None
    text: str
    mode: StatementMode = StatementMode.DIRECT
    date: FuzzyDate | None = None
    place: str | None = None
    spans: tuple[Span, ...] = attrs.field(default=(), converter=as_tuple)

    def __attrs_post_init__(self) -> None:
        check_optional("Statement.speaker", self.speaker, Official)
        check_text("Statement.text", self.text)
        check_enum("Statement.mode", self.mode, StatementMode)
        check_optional("Statement.date", self.date, FUZZY_DATE_TYPES)
        check_text("Statement.place", self.place, optional=True)
        check_tuple("Statement.spans", self.spans, Span)


@attrs.frozen(kw_only=True)
class Agreement:
    """An agreement between states: a treaty, MoU, trade deal, ceasefire, framework...

    ``parties`` are kept sorted by code; ``date`` is the date of ``status``; ``target_date``
    the date it is meant to be reached by.

    >>> from diplomacy import Season
    >>> bta = Agreement(name="Bilateral Trade Agreement", parties=[Country("US"), Country("IN")],
    ...                 status=AgreementStatus.PROPOSED, target_date=Season(2025, 23))
    >>> bta.parties
    (Country('IN'), Country('US'))
    """

    name: str
    status: AgreementStatus
    short_name: str | None = None
    parties: tuple[Country, ...] = attrs.field(default=(), converter=_sorted_countries)
    date: FuzzyDate | None = None
    target_date: FuzzyDate | None = None
    spans: tuple[Span, ...] = attrs.field(default=(), converter=as_tuple)

    def __attrs_post_init__(self) -> None:
        check_text("Agreement.name", self.name)
        check_enum("Agreement.status", self.status, AgreementStatus)
        check_text("Agreement.short_name", self.short_name, optional=True)
        check_tuple("Agreement.parties", self.parties, Country)
        if len(set(self.parties)) != len(self.parties):
            fail("Agreement.parties", f"a country is named twice in {[c.code for c in self.parties]}")
        check_optional("Agreement.date", self.date, FUZZY_DATE_TYPES)
        check_optional("Agreement.target_date", self.target_date, FUZZY_DATE_TYPES)
        check_tuple("Agreement.spans", self.spans, Span)


@attrs.frozen(kw_only=True)
class Delegation:
    """A group that travels for or represents a state.

    ``itinerary`` lists countries in the order travelled; a country left and entered again
    appears twice.  ``size`` is the number of members when the text states it.

    >>> tharoor = Official(name="Shashi Tharoor", title="Member of Parliament", country=Country("IN"))
    >>> d = Delegation(leader=tharoor, size=8, composition="all-party",
    ...                itinerary=[Country("US"), Country("GY"), Country("US")])
    >>> [c.code for c in d.itinerary]
    ['US', 'GY', 'US']
    """

    leader: Official | None = None
    members: tuple[Official, ...] = attrs.field(default=(), converter=as_tuple)
    size: int | None = None
    composition: str | None = None
    purpose: str | None = None
    itinerary: tuple[Country, ...] = attrs.field(default=(), converter=as_tuple)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=as_tuple)

    def __attrs_post_init__(self) -> None:
        check_optional("Delegation.leader", self.leader, Official)
        check_tuple("Delegation.members", self.members, Official)
        if self.size is not None:
            if not isinstance(self.size, int) or isinstance(self.size, bool):
                fail_type("Delegation.size", "int or None", self.size)
            if self.size < 1:
                fail("Delegation.size", f"{self.size!r} must be at least 1")
        check_text("Delegation.composition", self.composition, optional=True)
        check_text("Delegation.purpose", self.purpose, optional=True)
        check_tuple("Delegation.itinerary", self.itinerary, Country)
        check_tuple("Delegation.spans", self.spans, Span)
