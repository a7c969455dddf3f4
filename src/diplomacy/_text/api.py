"""The public entry points of the text layer: :func:`extract` and the micro-parsers."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .._model.officials import Official
from .._model.places import Country, Source, Span
from .._model.report import Report
from ..errors import ParseError
from . import gazetteer as gz
from .dateline import Dateline, find_dateline, parse_dateline
from .document import Document, segment
from .officials import find_mentions
from .people import Person, resolve
from .pipeline import Context, run
from .timex import parse_date
from .tokens import tokenize

__all__ = [
    "Dateline",
    "extract",
    "extract_officials",
    "parse_country",
    "parse_date",
    "parse_dateline",
    "parse_official",
]


def extract(
    text: str, *, published: dt.date | None = None, source: Source | None = None, reported_speech: bool = False
) -> Report:
    """Read a news story or press release into a :class:`~diplomacy.Report`.

    ``published`` anchors relative dates ("Tuesday", "earlier this month"), or rather the
    dateline's day when the dateline names one up to a week before it: a story filed on Oct. 2
    and published on Oct. 3 says "this evening" of Oct. 2.  Without ``published``, the
    dateline's date is used when it has a year, else relative dates stay unresolved and dates
    without a year get an unknown year (``XXXX-05-26``).  ``source`` is kept on the report
    (its ``published`` date is used when ``published`` is not given).

    Statements are direct quotations; ``reported_speech=True`` adds indirect ones ("X said that
    ...") as :attr:`~diplomacy.StatementMode.REPORTED` statements.  They are off by default
    because the annotation conventions this library is measured against count quotations only.

    Never raises on a ``str``: text it cannot read gives an empty report.

    >>> import datetime, diplomacy
    >>> r = diplomacy.extract(
    ...     "New Delhi, May 26 (NationPress) Foreign Secretary Vikram Misri is set to embark on a "
    ...     "three-day visit to the United States starting Tuesday.", published=datetime.date(2025, 5, 26))
    >>> [(o.name, o.title, str(o.country)) for o in r.officials]
    [('Vikram Misri', 'Foreign Secretary', 'IN')]
    >>> said = diplomacy.extract("Foreign Minister Ana Ruiz said that the talks would resume in June.",
    ...                          reported_speech=True)
    >>> [(s.mode.value, s.text) for s in said.statements]
    [('reported', 'the talks would resume in June')]
    """
    if not isinstance(text, str):
        raise ParseError(f"extract() reads a str, got {type(text).__name__}")
    if published is None and source is not None:
        published = source.published
    ctx = _context(text, published)
    officials, visits, statements, agreements, delegations = run(ctx, reported=reported_speech)
    dateline = ctx.dateline
    if source is None:
        source = Source(
            publisher=dateline.publisher if dateline is not None else None,
            dateline=dateline.place if dateline is not None else None,
            published=published,
        )
    return Report(
        source=source,
        officials=officials,
        visits=visits,
        statements=statements,
        agreements=agreements,
        delegations=delegations,
    )


def extract_officials(text: str, *, published: dt.date | None = None) -> tuple[Official, ...]:
    """The officials :func:`extract` finds in ``text``, and only them: the stages that read
    statements and agreements (which no official's record depends on) are left out.  For bulk
    loaders that want the people alone (``diplomacy.io.hsg`` with ``met=True``)."""
    officials, *_ = run(_context(text, published), officials_only=True)
    return tuple(officials)


def _context(text: str, published: dt.date | None) -> Context:
    """The document read once, for the stages: dateline, home, layout, tokens and people."""
    dateline = find_dateline(text, published)
    anchor = published
    if dateline is not None and dateline.date is not None:
        # the dateline's day is when the story was written: "this evening", "on Tuesday" count
        # from it (a story filed on Oct. 2 may be published on Oct. 3)
        lo, hi = dateline.date.earliest, dateline.date.latest
        if lo is not None and lo == hi and (published is None or 0 <= (published - lo).days <= 7):
            anchor = lo
    home = _home_country(text, dateline)
    original = text
    doc = segment(text)
    text = _unwrapped(text, doc)
    if text is not original:
        doc = attrs.evolve(doc, text=text)  # the same blocks, sentences and quotations
    toks = tokenize(text)
    year = None if anchor is None else anchor.year
    mentions = find_mentions(doc, toks, year)
    people = resolve(mentions, home, year)
    return Context(
        text=text,
        doc=doc,
        toks=toks,
        anchor=anchor,
        home=home,
        people=people,
        mentions=mentions,
        dateline=dateline,
        original=None if text is original else original,
    )


def _unwrapped(text: str, doc: Document) -> str:
    """``text`` with the line breaks inside a hard-wrapped paragraph read as spaces ("Egyptian
    Foreign Minister\nAhmed Abul Gheit" is one title and name); the same text when there are
    none."""
    parts: list[str] = []
    done = 0
    for b0, b1 in doc.blocks:
        if text.find("\n", b0, b1) != -1:
            parts += [text[done:b0], text[b0:b1].replace("\n", " ")]
            done = b1
    return text if not parts else "".join(parts) + text[done:]


def _home_country(text: str, dateline: Dateline | None) -> str | None:
    """The country a document speaks from: its dateline's place, else an issuer in its first lines."""
    if dateline is not None and dateline.place:
        place = dateline.place
        for candidate in (place, place.split(",")[0].strip()):
            code = gz.cities().get(candidate) or gz.country_names().get(candidate)
            if code:
                return code
    for m in gz.organisation_pattern().finditer(text, 0, 400):
        org = gz.organisations().get(m.group())
        if org is not None and org.country is not None and org.kind == "government" and len(m.group()) >= 3:
            before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            state = before is not None and (
                before.group(1) in gz.country_adjectives() or before.group(1) in gz.country_names()
            )
            if state or _NAME_GOES_ON.match(text, m.end()):
                continue  # "Foreign Office Consultations", "the Pakistan Foreign Office": not that office
            return org.country
    # an issuer named in the header: "Ministry of Foreign Affairs of the Republic of Korea"
    head = text[:400]
    if " of " not in head or not any(w in head for w in _ISSUER_WORDS):
        return None  # (most texts: no issuer to read, decided without a regex scan)
    names = gz.country_names()
    for m in _ISSUER.finditer(text, 0, 400):
        if _INVITED.search(text, max(0, m.start() - 30), m.start()):
            continue  # "at the invitation of the Government of India": the host, not the issuer
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            code = names.get(" ".join(words[:k])) or names.get("the " + " ".join(words[:k]))
            if code is not None:
                return code
    return None


_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")
_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)[ \t]+\Z")

_ISSUER_WORDS = ("Ministry", "Department", "Government", "Embassy", "Office", "Presidency")
# "Ministry of Foreign Affairs of the Republic of Korea", "Embassy of India", on one line
_ISSUER = re.compile(
    rf"\b(?:{'|'.join(_ISSUER_WORDS)})"
    r"(?: (?:of|for)(?: the)? [A-Z][\w'’-]*(?: (?:and |of |the )*[A-Z][\w'’-]*){0,4})?"
    r" of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4})"
)
_INVITED = re.compile(r"\b(?:invitation of|hosted by|guest of|invited by)\s+(?:the\s+)?\Z", re.IGNORECASE)


def to_official(p: Person, text: str) -> Official:
    """The :class:`~diplomacy.Official` of a resolved person, with every mention's span."""
    return Official(
        name=p.name,
        title=p.title,
        country=Country(p.country) if p.country else None,
        organisation=p.organisation,
        aliases=tuple(a for a in dict.fromkeys(p.aliases) if a != p.name),
        spans=tuple(Span(a, b, text[a:b]) for a, b in sorted(set(p.spans))),
    )


def parse_official(text: str) -> Official:
    """Read one office-holder from a phrase naming them with their title.

    >>> misri = parse_official("Foreign Secretary Vikram Misri")
    >>> misri.name, misri.title, str(misri.country)
    ('Vikram Misri', 'Foreign Secretary', 'IN')

    The country is the one the phrase states, else the one a well-known officeholder serves
    (Misri is India's); a title alone does not say it:

    >>> print(parse_official("Foreign Secretary Ana Ruiz").country)
    None
    >>> misri.spans
    (Span(start=0, end=30, text='Foreign Secretary Vikram Misri'),)
    >>> str(parse_official("US Secretary of State Marco Rubio").country)
    'US'
    >>> parse_official("EAM S Jaishankar").title
    'External Affairs Minister'
    >>> parse_official("the weather")
    Traceback (most recent call last):
    ...
    diplomacy.errors.ParseError: no office-holder found: expected a title and a name, like 'President Jane Doe'
        the weather
        ^^^^^^^^^^^
    """
    if not isinstance(text, str):
        raise ParseError(f"expected a str naming an official, got {text!r} ({type(text).__name__})")
    doc = segment(text)
    toks = tokenize(text)
    mentions = [m for m in find_mentions(doc, toks) if m.name is not None]
    if not mentions:
        raise ParseError(
            "no office-holder found: expected a title and a name, like 'President Jane Doe'",
            text,
            0,
            len(text),
        )
    first = min(mentions, key=lambda m: m.start)
    lead = _after_honorifics(text, len(text) - len(text.lstrip()), first.start)
    tail = text.rstrip(" .,;\t\r\n")
    if first.start > lead:
        raise ParseError("unexpected text before the official", text, lead, first.start - lead)
    if first.end < len(tail):
        raise ParseError("unexpected text after the official", text, first.end, len(tail) - first.end)
    people = resolve([first], None)
    return to_official(people[0], text)


def _after_honorifics(text: str, at: int, limit: int) -> int:
    """Skip honorifics before a name ("Dr. Amara Obi, ..."): where the official may begin."""
    hon = gz.honorifics()
    while at < limit:
        word = text[at:limit].split(" ", 1)[0]
        if word in hon or word.rstrip(".") in hon:
            at += len(word)
            while at < limit and text[at] == " ":
                at += 1
            continue
        break
    return at


def parse_country(text: str) -> Country:
    """A country from its code, name, short form or adjective.

    >>> parse_country("U.S."), parse_country("Indian"), parse_country("the Russian Federation")
    (Country('US'), Country('IN'), Country('RU'))
    >>> parse_country("Atlantis")
    Traceback (most recent call last):
    ...
    diplomacy.errors.ParseError: 'Atlantis' is not a country we know
        Atlantis
        ^^^^^^^^
    """
    if not isinstance(text, str):
        raise ParseError(f"expected a country name or code, got {text!r} ({type(text).__name__})")
    stripped = text.strip()
    code = gz.country_adjectives().get(stripped) or gz.country_names().get(stripped)
    if code is not None:
        return Country(code)
    return Country.parse(text)
