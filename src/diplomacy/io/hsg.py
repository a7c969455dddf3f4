"""The U.S. Office of the Historian's travel and visit records, read as :class:`~diplomacy.Visit` values.

The Office of the Historian (history.state.gov) publishes, in the public domain, every foreign
trip of a U.S. President or Secretary of State since 1866 (the HistoryAtState ``travels``
repository: ``<trips>`` files of ``<trip>`` records) and every visit of a foreign leader to the
U.S. since 1874 (the ``visits`` repository: ``<visits>`` files of ``<visit>`` records).
:func:`read_travels` and :func:`read_visits` read either from one file or from a folder (every
``*.xml`` file under it whose root element is the right one; other XML files, such as
``presidents.xml`` or the code tables, are passed over) and yield one :class:`~diplomacy.Visit`
per record, lazily, in file order.

How a record becomes a :class:`~diplomacy.Visit` (``<trip>`` for :func:`read_travels`,
``<visit>`` for :func:`read_visits`):

- ``traveler``: for a trip, ``name`` with the title ``President`` (``President-elect`` when the
  remarks say "[Visit made as President-elect.]") or ``Secretary of State`` and the country
  ``US``; a parenthesis in the name is dropped from it and the name as written kept as an alias.
  For a visit, ``visitor`` split into title and name ("Prime Minister Ewa Nowicka"),
  with the country from ``from``.
- ``destination``: ``country/@id`` for a trip; ``US`` for a visit.
- ``city`` and ``places``: a trip's ``locale``, "London, Cornwall" being city London and places
  ("Cornwall",); "Mexico, D.F." stays one place.  A visit has none.
- ``start``, ``end``: ``start-date``, ``end-date``.
- ``kind``: the first kind phrase of the remarks or description ("Official Working Visit" is
  working, "State Visit" state, "Private visit" or "Vacation" private, "Unofficial visit"
  informal, "Stopped en route" transit...), else ``None``.
- ``notes``: ``remarks`` or ``description``, markup dropped and white space collapsed.
- ``accompanying``: further people named in ``visitor`` ("President X and Prime Minister Y"),
  then officials the traveler went with ("Accompanied President Nixon", met pass).
- ``met``: the officials named in the notes (met pass, below).
- ``record_id``: ``hsg:travels:<id>`` or ``hsg:visits:<id>``, so the ids of the two data sets
  never collide.
- ``status``: ``completed`` if the record ended before ``as_of`` (today by default),
  ``planned`` if it starts after it, else ``ongoing``.

Country ids are slugs (``korea-south``); ``_data/hsg_countries.json`` maps every slug in the
data to an ISO 3166 code.  A state that was renamed keeps its current code (``burma`` is ``MM``,
``swaziland`` ``SZ``); a state that dissolved has its ISO 3166-3 code while it existed: the
``russia`` slug is ``SU`` before 26 December 1991, ``serbia`` is ``YU`` (the Federal Republic
of Yugoslavia) before 4 February 2003, ``yugoslavia`` is ``YU``, ``czechoslovakia`` ``CS``,
``german-democratic-republic`` ``DD``, ``netherlands-antilles`` ``AN``.  Kosovo is ``XK``;
``holy-see`` ``VA``; ``west-bank`` and ``palestinian-authority`` ``PS``.  The Kingdom and
Republic of Hawaii (``hawaii``, three visits 1874-1898) have no code: those records are reported
as bad records.

**Bad records** do not stop a load.  By default each one is reported as a
:class:`HsgRecordWarning` (file, record id, field and reason) and skipped; with
``strict=True`` the first one raises :class:`HsgRecordError` with the same detail.
**Duplicates** (same person, dates and country as an earlier record of the same load) are
yielded like any record and reported as :class:`HsgDuplicateWarning`, in both modes.  Pass a
:class:`LoadSummary` as ``summary`` to collect the counts and every problem as the load runs.

**Officials met** (``met=True``, the default) are read from the remarks by the text layer,
:func:`diplomacy.extract`, with the record's start date as the publication date (the officials
it finds, read without the stages for statements and agreements, which no official depends on);
their spans are offsets into :attr:`~diplomacy.Visit.notes`.  That pass costs far more than the
rest of the load: ``met=False`` skips it.

>>> from pathlib import Path
>>> from diplomacy.io import hsg
>>> record = '''<trips><trip role="secretary" who="holloway-margaret-e">
...   <id>90001</id><role>secretary</role><name>Margaret E. Holloway</name>
...   <start-date>1998-10-16</start-date><end-date>1998-10-17</end-date>
...   <country id="india">India</country><locale>New Delhi</locale>
...   <remarks>Official visit. Met with Prime Minister Arun Sethi.</remarks></trip></trips>'''
>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = Path(tmp, "holloway.xml")
...     _ = path.write_text(record, encoding="utf-8")
...     [v] = hsg.read_travels(path, met=False)
>>> v.traveler.name, v.traveler.title, v.destination.code, v.city, v.kind.value, v.record_id
('Margaret E. Holloway', 'Secretary of State', 'IN', 'New Delhi', 'official', 'hsg:travels:90001')
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import re
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

import attrs

from .._data import load_json
from .._model.dates import Day
from .._model.events import Visit, VisitKind, VisitStatus
from .._model.officials import Official
from .._model.places import Country
from ..errors import DiplomacyWarning, ValidationError

__all__ = [
    "HsgDuplicateWarning",
    "HsgRecordError",
    "HsgRecordWarning",
    "LoadSummary",
    "read_travels",
    "read_visits",
]

#: How many records are parsed, with the garbage collector paused (``../shared/PERFORMANCE.md``),
#: before they are handed out: the consumer's own code never runs with GC paused.  (At the size
#: of the HSG data, 7,535 records, the pause saves nothing measurable; it is there for larger
#: files and for consumers holding many objects.)
_CHUNK: Final = 1024


# --- problems ----------------------------------------------------------------------------------


def _describe(file: str, record_id: str | None, position: int | None, field: str | None, reason: str) -> str:
    if position is None:
        return f"{file}: {reason}"
    where = f"record {record_id}" if record_id else f"record #{position} (no id)"
    return f"{file}: {where}: {field}: {reason}"


class _RecordDetail:
    """What a bad record's warning and error both carry: file, record id, position, field, reason."""

    file: str
    record_id: str | None
    position: int | None
    field: str | None
    reason: str

    def _detail(self, file: str, record_id: str | None, field: str | None, reason: str, position: int | None) -> str:
        """Keep the detail on the instance; return the message."""
        self.file, self.record_id, self.field, self.reason, self.position = file, record_id, field, reason, position
        return _describe(file, record_id, position, field, reason)


class HsgRecordWarning(_RecordDetail, DiplomacyWarning):
    """A record (or a whole file) that could not be read, skipped by a load.

    ``file`` is the path of the file, ``record_id`` the record's ``<id>`` as written (``None``
    when it has none), ``position`` the record's 1-based position in the file (``None`` for a
    problem with the whole file), ``field`` the element at fault and ``reason`` what is wrong.

    >>> w = HsgRecordWarning("visits/data/1870.xml", "91003", "from", "'hawaii' has no code", position=1)
    >>> print(w)
    visits/data/1870.xml: record 91003: from: 'hawaii' has no code
    >>> w.record_id, w.field
    ('91003', 'from')
    """

    def __init__(
        self, file: str, record_id: str | None, field: str | None, reason: str, *, position: int | None = None
    ) -> None:
        super().__init__(self._detail(file, record_id, field, reason, position))


class HsgRecordError(_RecordDetail, ValidationError):
    """A bad record met by a ``strict=True`` load: the same detail as :class:`HsgRecordWarning`.

    A :class:`~diplomacy.ValidationError`, so also a :class:`ValueError`.

    >>> e = HsgRecordError("trips.xml", "7", "start-date", "'2021-13-01' is not a date (YYYY-MM-DD)", position=3)
    >>> print(e)
    trips.xml: record 7: start-date: '2021-13-01' is not a date (YYYY-MM-DD)
    >>> isinstance(e, ValueError), e.field
    (True, 'start-date')
    """

    def __init__(
        self, file: str, record_id: str | None, field: str | None, reason: str, *, position: int | None = None
    ) -> None:
        super().__init__(self._detail(file, record_id, field, reason, position))


class HsgDuplicateWarning(DiplomacyWarning):
    """A record with the same person, dates and country as an earlier record of the same load.

    Both records are yielded; this names the later one (``file``, ``record_id``) and the
    earlier one (``first_file``, ``first_record_id``).

    >>> w = HsgDuplicateWarning("b.xml", "90012", "b.xml", "90011", "Holloway, 1999-03-15/1999-03-17, JP")
    >>> print(w)
    b.xml: record 90012: duplicate of record 90011: same person, dates and country (Holloway, 1999-03-15/1999-03-17, JP)
    >>> w.first_record_id, w.record_id
    ('90011', '90012')
    """

    file: str
    record_id: str
    first_file: str
    first_record_id: str
    key: str

    def __init__(self, file: str, record_id: str, first_file: str, first_record_id: str, key: str) -> None:
        self.file, self.record_id, self.first_file, self.first_record_id, self.key = (
            file,
            record_id,
            first_file,
            first_record_id,
            key,
        )
        where = "" if first_file == file else f" in {first_file}"
        super().__init__(
            f"{file}: record {record_id}: duplicate of record {first_record_id}{where}: "
            f"same person, dates and country ({key})"
        )


@attrs.define
class LoadSummary:
    """What a load read, filled in as it runs: pass one as ``summary=`` to a reader.

    ``records`` counts the records met, ``loaded`` those yielded and ``skipped`` the bad ones,
    so ``records == loaded + skipped`` once the load is done.  ``problems`` holds every
    :class:`HsgRecordWarning` (file-level ones too), ``duplicates`` every
    :class:`HsgDuplicateWarning`, ``files`` the paths of the files read.

    >>> s = LoadSummary()
    >>> s.records, s.loaded, s.problems
    (0, 0, [])
    >>> print(s)
    0 records in 0 files: 0 loaded, 0 skipped, 0 duplicates
    """

    files: list[str] = attrs.field(factory=list)
    records: int = 0
    loaded: int = 0
    skipped: int = 0
    problems: list[HsgRecordWarning] = attrs.field(factory=list)
    duplicates: list[HsgDuplicateWarning] = attrs.field(factory=list)

    def __str__(self) -> str:
        return (
            f"{self.records} records in {len(self.files)} files: {self.loaded} loaded, "
            f"{self.skipped} skipped, {len(self.duplicates)} duplicates"
        )


class _FieldError(Exception):
    """A record field that cannot be read (internal: it becomes a warning or an error)."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(field, reason)
        self.field, self.reason = field, reason


# --- the data: countries, titles, kinds, places ------------------------------------------------

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INTEGER = re.compile(r"[+-]?\d+")
_US: Final = "US"


@attrs.frozen
class _Countries:
    codes: dict[str, str | None]
    before: dict[str, tuple[tuple[dt.date, str], ...]]
    no_code: dict[str, str]


def _countries() -> _Countries:
    raw = load_json("hsg_countries.json")
    before = {
        slug: tuple((dt.date.fromisoformat(day), code) for day, code in rules) for slug, rules in raw["before"].items()
    }
    return _Countries(dict(raw["codes"]), before, dict(raw["no_code"]))


# Titles a ``visitor`` may start with, as written (typos included) -> the canonical title.
_TITLE_FORMS: Final = {
    "Prime Minister": "Prime Minister",
    "Prime Minster": "Prime Minister",
    "Prime Ministere": "Prime Minister",
    "Acting Prime Minister": "Acting Prime Minister",
    "Interim Prime Minister": "Interim Prime Minister",
    "Deputy Prime Minister": "Deputy Prime Minister",
    "President": "President",
    "President-elect": "President-elect",
    "President-designate": "President-designate",
    "Acting President": "Acting President",
    "Interim President": "Interim President",
    "Provisional President": "Provisional President",
    "Vice President": "Vice President",
    "President of the Council of Ministers": "President of the Council of Ministers",
    "Chairman of the Presidency": "Chairman of the Presidency",
    "Chairman": "Chairman",
    "Chief of State": "Chief of State",
    "Head of State": "Head of State",
    "Junta Member": "Junta Member",
    "General Secretary": "General Secretary",
    "First Secretary": "First Secretary",
    "Premier": "Premier",
    "Vice Premier": "Vice Premier",
    "Chancellor": "Chancellor",
    "Federal Chancellor": "Federal Chancellor",
    "Chancellor-elect": "Chancellor-elect",
    "Taoiseach": "Taoiseach",
    "Governor General": "Governor General",
    "Governor-General": "Governor General",
    "King": "King",
    "Queen": "Queen",
    "Emperor": "Emperor",
    "Empress": "Empress",
    "Crown Prince": "Crown Prince",
    "Prince": "Prince",
    "Princess": "Princess",
    "Regent": "Regent",
    "Grand Duke": "Grand Duke",
    "Grand Duchess": "Grand Duchess",
    "Shah": "Shah",
    "Amir": "Amir",
    "Emir": "Emir",
    "Sheikh": "Sheikh",
    "Sultan": "Sultan",
    "Pope": "Pope",
    "General": "General",
    "Brigadier General": "Brigadier General",
    "Lieutenant General": "Lieutenant General",
    "Generalissimo": "Generalissimo",
}


def _form_pattern(form: str) -> str:
    """A written title as a regex: any run of spaces, and spaces around a hyphen, allowed."""
    words = [re.escape(w) for w in form.split()]
    return r"\s+".join(words).replace(r"\-", r"\s*-\s*")


def _fold_title(text: str) -> str:
    return re.sub(r"\s*-\s*", "-", " ".join(text.split())).casefold()


_CANONICAL_TITLE: Final = {_fold_title(k): v for k, v in _TITLE_FORMS.items()}
_TITLE_ALT: Final = "|".join(_form_pattern(f) for f in sorted(_TITLE_FORMS, key=len, reverse=True))
# Where a name may start after a title: after white space, after a hyphen ("Prime
# Minister-Prince ..."), straight after the title when a capital follows ("Prime MinisterHaidar"),
# or nowhere, at the end of the text (a title with no name, reported as such).
_AFTER_TITLE: Final = r"(?:\s+|\s*-\s*(?=[A-Z])|(?=[A-Z])|$)"
# A title, then perhaps a second one joined by "and", "&" or a hyphen ("Premier and Prince").
_HEAD: Final = re.compile(rf"(?P<title>(?i:{_TITLE_ALT}))(?:\s*(?:\band\b|&|-)\s*(?i:{_TITLE_ALT}))?{_AFTER_TITLE}")
# Where one visitor ends and the next begins: ", " / " and " / " & " before a title.
_NEXT_PERSON: Final = re.compile(rf"\s*(?:,|\band\b|&)\s*(?=(?i:{_TITLE_ALT}){_AFTER_TITLE}\S)")
_HONORIFIC: Final = re.compile(r"(?:Dr\.?|H\.\s?E\.)\s+(?=\S)")
_PARENTHESES: Final = re.compile(r"\s*\([^()]*\)")
_PRESIDENT_ELECT: Final = re.compile(r"\[\s*Visit made as President-elect\.?\s*\]", re.IGNORECASE)


def _people(text: str) -> list[tuple[str | None, str]]:
    """``visitor`` text -> (title, name) per person; a name may come without a title."""
    people: list[tuple[str | None, str]] = []
    pos, end = 0, len(text)
    while pos < end:
        head = _HEAD.match(text, pos)
        title = _CANONICAL_TITLE[_fold_title(head.group("title"))] if head else None
        start = head.end() if head else pos
        nxt = _NEXT_PERSON.search(text, start)
        stop = nxt.start() if nxt else end
        name = text[start:stop].strip(" ,;")
        honorific = _HONORIFIC.match(name)
        if honorific:
            name = name[honorific.end() :]
        if title or name:
            people.append((title, name))
        pos = nxt.end() if nxt else end
    return people


# The kind of a visit: the first of these phrases in the text decides.
_KIND: Final = re.compile(
    r"""
      (?P<working>\b(?:official\s+)?working\s+visit)
    | (?P<state>\bstate\s+visit)
    | (?P<official>\b(?:official|offical)(?:\s+select)?\s+visit)
    | (?P<private>\b(?:(?:personal\s+and\s+)?private\s+visit|vacation))
    | (?P<informal>\b(?:informal|unofficial)\s+visit)
    | (?P<transit>\b(?:stopped\b|(?:refuell?ing|overnight)\s+stop\b|stop-?over))
    """,
    re.IGNORECASE | re.VERBOSE,
)
_KINDS: Final = {
    "working": VisitKind.WORKING,
    "state": VisitKind.STATE,
    "official": VisitKind.OFFICIAL,
    "private": VisitKind.PRIVATE,
    "informal": VisitKind.INFORMAL,
    "transit": VisitKind.TRANSIT,
}

# Commas that separate places: not inside parentheses ("Sydney (Nova Scotia), Campobello").
_PLACE_SEP: Final = re.compile(r"\s*[,;]\s*(?![^()]*\))")
# An abbreviation that belongs to the place before it: "Mexico, D.F.", "Washington, D.C.".
_ABBREVIATION: Final = re.compile(r"(?:[A-Z]\.){2,3}")
# Someone the traveler went with, not someone met: "Accompanied President Nixon on ...".
_WENT_WITH: Final = re.compile(r"\b(?:Accompanied|Joined)\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,5}$")


def _split_places(locale: str) -> tuple[str, ...]:
    places: list[str] = []
    for piece in _PLACE_SEP.split(locale):
        if not piece:
            continue
        if places and _ABBREVIATION.fullmatch(piece):
            places[-1] = f"{places[-1]}, {piece}"
        else:
            places.append(piece)
    return tuple(places)


def _text(element: ET.Element | None) -> str:
    """An element's text, markup dropped and white space collapsed ("" when absent)."""
    if element is None:
        return ""
    raw = element.text if len(element) == 0 else "".join(element.itertext())
    return " ".join(raw.split()) if raw else ""


# --- the loader --------------------------------------------------------------------------------

#: Reads the officials a text names (:func:`diplomacy._text.api.extract_officials`: what
#: :func:`diplomacy.extract` finds, without the stages officials do not depend on).
Extract = Callable[..., Any]


class _Load:
    """The state of one call of a reader: caches, duplicate keys and the summary."""

    def __init__(self, strict: bool, extract: Extract | None, as_of: dt.date, summary: LoadSummary) -> None:
        self.strict = strict
        self.extract = extract
        self.as_of = as_of
        self.summary = summary
        self.map = _countries()
        self.countries: dict[str, Country] = {}
        self.days: dict[str, tuple[dt.date, Day]] = {}
        self.officials: dict[tuple[str, str | None, str, tuple[str, ...]], Official] = {}
        self.places: dict[str, tuple[str, ...]] = {}
        self.kinds: dict[str, VisitKind | None] = {}
        self.people: dict[str, list[tuple[str | None, str]]] = {}
        self.extracted: dict[
            tuple[str, dt.date, Country, Country | None], tuple[tuple[Official, ...], tuple[Official, ...]]
        ] = {}
        self.seen: dict[str, tuple[str, str]] = {}  # duplicate key -> (file, record id)

    # -- values, cached

    def country(self, code: str) -> Country:
        country = self.countries.get(code)
        if country is None:
            country = self.countries[code] = Country(code)
        return country

    def day(self, fields: dict[str, ET.Element], name: str) -> tuple[dt.date, Day]:
        text = _text(fields.get(name))
        hit = self.days.get(text)
        if hit is None:
            if not text:
                raise _FieldError(name, "missing")
            try:
                if not _DATE.fullmatch(text):
                    raise ValueError(text)
                date = dt.date.fromisoformat(text)
            except ValueError:
                raise _FieldError(name, f"{text!r} is not a date (YYYY-MM-DD)") from None
            hit = self.days[text] = (date, Day(date.year, date.month, date.day))
        return hit

    def destination(self, element: ET.Element | None, name: str, start: dt.date) -> Country:
        if element is None:
            raise _FieldError(name, "missing")
        slug = element.get("id")
        if not slug:
            raise _FieldError(name, f"no id attribute (text {_text(element)!r})")
        if slug not in self.map.codes:
            raise _FieldError(name, f"unknown country id {slug!r} ({_text(element)})")
        code = self.map.codes[slug]
        if code is None:
            raise _FieldError(name, f"country id {slug!r} ({_text(element)}): {self.map.no_code[slug]}")
        for until, historic in self.map.before.get(slug, ()):
            if start < until:
                code = historic
                break
        return self.country(code)

    def official(self, name: str, title: str | None, country: Country, aliases: tuple[str, ...] = ()) -> Official:
        key = (name, title, country.code, aliases)
        official = self.officials.get(key)
        if official is None:
            official = self.officials[key] = Official(name=name, title=title, country=country, aliases=aliases)
        return official

    def kind(self, text: str) -> VisitKind | None:
        if text in self.kinds:
            return self.kinds[text]
        folded = text.lower()  # most texts name no kind: skip the regex for them (8x faster)
        match = _KIND.search(text) if "visit" in folded or "vacation" in folded or "stop" in folded else None
        kind = self.kinds[text] = _KINDS[match.lastgroup] if match and match.lastgroup else None
        return kind

    def status(self, start: dt.date, end: dt.date) -> VisitStatus:
        if end < self.as_of:
            return VisitStatus.COMPLETED
        if start > self.as_of:
            return VisitStatus.PLANNED
        return VisitStatus.ONGOING

    def met(
        self, notes: str | None, start: dt.date, traveler: Official, host: Country
    ) -> tuple[tuple[Official, ...], tuple[Official, ...]]:
        """(officials met, officials gone with) named in ``notes``, by the text layer.

        Whom the remarks name with no country of their own serves the host country if met
        there, the traveller's if they went along ("Met with Prime Minister X" on a trip to
        the United Kingdom: X serves the United Kingdom).
        """
        if self.extract is None or not notes:
            return (), ()
        key = (notes, start, host, traveler.country)
        hit = self.extracted.get(key)
        if hit is None:
            met: list[Official] = []
            went_with: list[Official] = []
            for official in self.extract(notes, published=start):
                if official.name == traveler.name:
                    continue
                first = min((s.start for s in official.spans), default=None)
                unplaced = official.country is None and official.organisation is None
                if first is not None and _WENT_WITH.search(notes, max(0, first - 80), first):
                    went_with.append(attrs.evolve(official, country=traveler.country) if unplaced else official)
                else:
                    met.append(attrs.evolve(official, country=host) if unplaced else official)
            hit = self.extracted[key] = (tuple(met), tuple(went_with))
        return hit

    # -- records

    def record_id(self, fields: dict[str, ET.Element]) -> str:
        rid = _text(fields.get("id"))
        if not rid:
            raise _FieldError("id", "missing")
        if not _INTEGER.fullmatch(rid):
            raise _FieldError("id", f"{rid!r} is not an integer")
        return rid

    def trip(self, element: ET.Element, fields: dict[str, ET.Element], rid: str) -> tuple[Visit, str]:
        role = _text(fields.get("role")) or element.get("role", "")
        attribute = element.get("role")
        if attribute is not None and role != attribute:
            raise _FieldError("role", f"the element says {role!r}, the attribute {attribute!r}")
        remarks = _text(fields.get("remarks"))
        if role == "president":
            elect = "elect" in remarks and _PRESIDENT_ELECT.search(remarks)
            title = "President-elect" if elect else "President"
        elif role == "secretary":
            title = "Secretary of State"
        elif not role:
            raise _FieldError("role", "missing")
        else:
            raise _FieldError("role", f"{role!r} is not 'president' or 'secretary'")
        written = _text(fields.get("name"))
        name = " ".join(_PARENTHESES.sub("", written).split())
        if not name:
            raise _FieldError("name", "missing" if not written else f"{written!r} holds no name")
        start, start_day = self.day(fields, "start-date")
        end, end_day = self.day(fields, "end-date")
        if end < start:
            raise _FieldError("end-date", f"{end} is before the start date {start}")
        destination = self.destination(fields.get("country"), "country", start)
        traveler = self.official(name, title, self.country(_US), (written,) if written != name else ())
        locale = _text(fields.get("locale"))
        places = self.places.get(locale)
        if places is None:
            places = self.places[locale] = _split_places(locale)
        notes = remarks or None
        met, went_with = self.met(notes, start, traveler, destination)
        visit = Visit(
            traveler=traveler,
            destination=destination,
            status=self.status(start, end),
            city=places[0] if places else None,
            places=places[1:],
            start=start_day,
            end=end_day,
            kind=self.kind(remarks),
            accompanying=went_with,
            met=met,
            notes=notes,
            record_id=f"hsg:travels:{rid}",
        )
        return visit, f"{name}, {start}/{end}, {destination.code}"

    def visit(self, element: ET.Element, fields: dict[str, ET.Element], rid: str) -> tuple[Visit, str]:
        written = _text(fields.get("visitor"))
        if not written:
            raise _FieldError("visitor", "missing")
        people = self.people.get(written)
        if people is None:
            people = self.people[written] = _people(written)
        if not people:
            raise _FieldError("visitor", f"no person named in {written!r}")
        for title, name in people:
            if not any(c.isalpha() for c in name):
                if title:
                    raise _FieldError("visitor", f"no name after the title {title!r} in {written!r}")
                raise _FieldError("visitor", f"{name!r} is not a name")
        start, start_day = self.day(fields, "start-date")
        end, end_day = self.day(fields, "end-date")
        if end < start:
            raise _FieldError("end-date", f"{end} is before the start date {start}")
        country = self.destination(fields.get("from"), "from", start)
        traveler, *others = (self.official(name, title, country) for title, name in people)
        description = _text(fields.get("description"))
        notes = description or None
        met, went_with = self.met(notes, start, traveler, self.country(_US))
        visit = Visit(
            traveler=traveler,
            destination=self.country(_US),
            status=self.status(start, end),
            start=start_day,
            end=end_day,
            kind=self.kind(description),
            accompanying=(*others, *went_with),
            met=met,
            notes=notes,
            record_id=f"hsg:visits:{rid}",
        )
        return visit, f"{traveler.name}, {start}/{end}, {country.code}"


@attrs.frozen
class _Spec:
    source: str  # "travels" / "visits"
    root: str  # the root element of a file of records
    record: str  # the record element


_TRAVELS: Final = _Spec("travels", "trips", "trip")
_VISITS: Final = _Spec("visits", "visits", "visit")

# One outcome of parsing a record: a Visit (and its duplicate key), or a problem.
_Outcome = tuple[Visit, str, str] | HsgRecordWarning


def _files(path: str | os.PathLike[str]) -> tuple[list[Path], bool]:
    """The XML files to read and whether ``path`` named a file (rather than a folder)."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"expected a path to a file or folder, got {path!r} ({type(path).__name__})")
    root = Path(path)
    if root.is_dir():
        return sorted(p for p in root.rglob("*.xml") if p.is_file()), False
    if root.is_file():
        return [root], True
    raise FileNotFoundError(f"no such file or folder: {str(root)!r}")


def _parse(file: Path, explicit: bool, spec: _Spec, load: _Load) -> Iterator[list[_Outcome]]:
    """The outcomes of one file, in chunks, each parsed with the garbage collector paused."""
    name = str(file)
    build = load.trip if spec is _TRAVELS else load.visit
    with open(file, "rb") as handle:
        events = ET.iterparse(handle, events=("start", "end"))
        position = 0
        done = False
        root: ET.Element | None = None
        while not done:
            chunk: list[_Outcome] = []
            collecting = gc.isenabled()
            gc.disable()
            try:
                for event, element in events:
                    if root is None:
                        root = element
                        if element.tag != spec.root:
                            if explicit:
                                reason = (
                                    f"not a file of {spec.source}: the root element is <{element.tag}>, "
                                    f"not <{spec.root}>"
                                )
                                chunk.append(HsgRecordWarning(name, None, None, reason))
                            done = True
                            break
                        load.summary.files.append(name)
                        continue
                    if event != "end" or element.tag != spec.record:
                        continue
                    position += 1
                    rid: str | None = None
                    try:
                        fields = {child.tag: child for child in element}
                        rid = load.record_id(fields)
                        visit, key = build(element, fields, rid)
                        chunk.append((visit, key, rid))
                    except _FieldError as bad:
                        chunk.append(HsgRecordWarning(name, rid, bad.field, bad.reason, position=position))
                    except ValidationError as error:  # a value the model refuses, not foreseen above
                        chunk.append(HsgRecordWarning(name, rid, spec.record, str(error), position=position))
                    root.clear()
                    if len(chunk) >= _CHUNK:
                        break
                else:
                    done = True
            except ET.ParseError as error:
                line, column = error.position
                reason = f"not well-formed XML at line {line}, column {column + 1}: {_parse_message(error)}"
                chunk.append(HsgRecordWarning(name, None, None, reason))
                done = True
            finally:
                if collecting:
                    gc.enable()
            yield chunk


def _parse_message(error: ET.ParseError) -> str:
    """expat's message without its own ": line 1, column 2" suffix."""
    return re.sub(r": line \d+, column \d+$", "", str(error))


def _read(
    path: str | os.PathLike[str],
    spec: _Spec,
    *,
    strict: bool,
    met: bool,
    as_of: dt.date | None,
    summary: LoadSummary | None,
) -> Iterator[Visit]:
    files, explicit = _files(path)
    if not isinstance(strict, bool) or not isinstance(met, bool):
        raise TypeError(f"strict and met must be True or False, got strict={strict!r}, met={met!r}")
    if as_of is not None and (not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime)):
        raise TypeError(f"as_of must be a datetime.date or None, got {as_of!r} ({type(as_of).__name__})")
    if summary is not None and not isinstance(summary, LoadSummary):
        raise TypeError(f"summary must be a LoadSummary or None, got {summary!r} ({type(summary).__name__})")
    extract = _extractor() if met else None
    load = _Load(strict, extract, as_of or dt.date.today(), LoadSummary() if summary is None else summary)
    return _generate(files, explicit, spec, load)


def _can_extract() -> bool:
    """Whether :func:`diplomacy.extract` can be imported (the docs' examples ask)."""
    try:
        _extractor()
    except ImportError:
        return False
    return True


def _extractor() -> Extract:
    try:
        from .. import extract  # noqa: F401 - the text layer's entry point must be importable
        from .._text.api import extract_officials
    except (ImportError, AttributeError) as error:
        raise ImportError(
            "met=True reads the officials met with diplomacy.extract, which cannot be imported here "
            "(the cause is chained below); pass met=False to load without them"
        ) from error
    return extract_officials


def _generate(files: list[Path], explicit: bool, spec: _Spec, load: _Load) -> Iterator[Visit]:
    summary = load.summary
    for file in files:
        for chunk in _parse(file, explicit, spec, load):
            for outcome in chunk:
                if isinstance(outcome, HsgRecordWarning):
                    summary.problems.append(outcome)
                    if outcome.position is not None:
                        summary.records += 1
                        summary.skipped += 1
                    if load.strict:
                        raise HsgRecordError(
                            outcome.file, outcome.record_id, outcome.field, outcome.reason, position=outcome.position
                        )
                    warnings.warn(outcome, stacklevel=2)
                    continue
                visit, key, rid = outcome
                summary.records += 1
                first = load.seen.setdefault(key, (str(file), rid))
                if first[1] != rid or first[0] != str(file):
                    duplicate = HsgDuplicateWarning(str(file), rid, first[0], first[1], key)
                    summary.duplicates.append(duplicate)
                    warnings.warn(duplicate, stacklevel=2)
                summary.loaded += 1
                yield visit


def read_travels(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    met: bool = True,
    as_of: dt.date | None = None,
    summary: LoadSummary | None = None,
) -> Iterator[Visit]:
    """Yield a :class:`~diplomacy.Visit` per ``<trip>`` record in ``path`` (a file or a folder).

    The traveler is the U.S. President or Secretary of State; ``record_id`` is
    ``"hsg:travels:<id>"``.  ``strict=True`` raises :class:`HsgRecordError` at the first bad
    record instead of warning; ``met=False`` skips reading the officials met from the remarks;
    ``as_of`` (default: today) is the day ``status`` is judged from; ``summary`` collects the
    counts and problems.  The path is checked at once, the files are read as the result is
    iterated.

    >>> import tempfile
    >>> from pathlib import Path
    >>> trips = '''<trips>
    ... <trip role="president" who="whitfield-nora-j"><id>90002</id><role>president</role>
    ...   <name>Nora J. Whitfield</name><start-date>2019-06-09</start-date><end-date>2019-06-13</end-date>
    ...   <country id="united-kingdom">United Kingdom</country><locale>London, Cornwall</locale>
    ...   <remarks>Met with Prime Minister Edmund Gray and King Alfred IV. Attended the G7
    ...     Summit.</remarks></trip>
    ... </trips>'''
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = Path(folder, "whitfield-nora-j.xml").write_text(trips, encoding="utf-8")
    ...     summary = LoadSummary()
    ...     [v] = read_travels(folder, met=False, summary=summary)
    >>> v.traveler.name, v.traveler.title, v.destination, v.city, v.places
    ('Nora J. Whitfield', 'President', Country('GB'), 'London', ('Cornwall',))
    >>> str(v.start), str(v.end), v.status.value, v.record_id
    ('2019-06-09', '2019-06-13', 'completed', 'hsg:travels:90002')
    >>> v.notes
    'Met with Prime Minister Edmund Gray and King Alfred IV. Attended the G7 Summit.'
    >>> print(summary)
    1 records in 1 files: 1 loaded, 0 skipped, 0 duplicates
    """
    return _read(path, _TRAVELS, strict=strict, met=met, as_of=as_of, summary=summary)


def read_visits(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    met: bool = True,
    as_of: dt.date | None = None,
    summary: LoadSummary | None = None,
) -> Iterator[Visit]:
    """Yield a :class:`~diplomacy.Visit` per ``<visit>`` record in ``path`` (a file or a folder).

    The traveler is the foreign visitor, title and name split out of ``visitor``, country from
    ``from``; further people in ``visitor`` are ``accompanying``; the destination is the U.S.;
    ``record_id`` is ``"hsg:visits:<id>"``.  The options are those of :func:`read_travels`.

    >>> import tempfile
    >>> from pathlib import Path
    >>> visits = '''<visits>
    ... <visit><id>91001</id><start-date>2018-03-12</start-date><end-date>2018-03-12</end-date>
    ...   <visitor>President Jan Kowal and Prime Minister Ewa Nowicka</visitor>
    ...   <from id="poland">Poland</from><description>Official <em>working</em> visit.</description></visit>
    ... </visits>'''
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder, "2020.xml")
    ...     _ = path.write_text(visits, encoding="utf-8")
    ...     [v] = read_visits(path, met=False)
    >>> v.traveler.title, v.traveler.name, v.traveler.country, v.destination
    ('President', 'Jan Kowal', Country('PL'), Country('US'))
    >>> [(o.title, o.name) for o in v.accompanying], v.kind, v.notes
    ([('Prime Minister', 'Ewa Nowicka')], <VisitKind.WORKING: 'working'>, 'Official working visit.')
    """
    return _read(path, _VISITS, strict=strict, met=met, as_of=as_of, summary=summary)
