"""Datelines: where, when and by whom a story was filed ("New Delhi, May 26 (NationPress) —").

:func:`parse_dateline` reads a string that is a dateline; :func:`find_dateline` looks for one at
the start of the lines of a document's first 600 characters.  The forms read:

* ``PLACE, DATE [(PUBLISHER)] [—]``: "New Delhi, May 26 (NationPress) —", "WASHINGTON, Jan. 3
  (Reuters) -", "Tokyo, 12 March 2024";
* ``PLACE (PUBLISHER) [—]``: "GENEVA (AP) —";
* ``PLACE —`` with the place in capitals: "WASHINGTON —", "DEL RIO, TX –", "ALBUQUERQUE, N.M.—";
* a place alone on its line, then (after at most one blank line) a date alone on its line:
  "Washington, DC\\nApril 30, 2016" (State Department press statements, UN readouts);
* a date alone on its line, perhaps with a weekday, a time, a label and a publisher: "Thursday,
  SEPTEMBER 25, 2014", "Friday, 25 March 2022, 3:04 pm", "Posted On: 19 MAY 2023 8:49AM by PIB
  Delhi";
* ``DATE - PLACE - PUBLISHER``: "June 25, 2024 - Ottawa, Ontario - Global Affairs Canada"; and a
  date then a dash before the story: "18 April 2016 - Prime Minister John Key today met ...".

A place is one to five capitalised words (particles such as "of", "es" may sit inside: "Dar es
Salaam"), perhaps followed by a comma and one to three more ("Washington, DC"), none of them a
word that names a document or an office ("Press Statement", "Department of State").  Without a
gazetteer a title-case place followed only by a colon or a dash ("New Delhi: ...") cannot be told
from a label or the start of a sentence, so that form is read only in capitals.  A place in
capitals is put in title case ("WASHINGTON" → "Washington"); state codes and abbreviations after
the comma keep theirs ("DEL RIO, TX" → "Del Rio, TX").  The year of a date is the text's, else
the one nearest the anchor, else unknown.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .._model.dates import Day, FuzzyDate
from ..errors import ParseError
from .timex import match_at

__all__ = ["Dateline", "find_dateline", "parse_dateline"]


@attrs.frozen
class Dateline:
    """The dateline of a story: where and when it was filed, and by whom.

    ``start`` and ``end`` are the offsets of the dateline in the text it was read from.

    >>> parse_dateline("New Delhi, May 26 (NationPress) —")
    Dateline(place='New Delhi', date=Day('XXXX-05-26'), publisher='NationPress', start=0, end=33)
    """

    place: str | None
    date: FuzzyDate | None
    publisher: str | None
    start: int
    end: int


#: How far into a document :func:`find_dateline` looks for the start of a dateline.
WINDOW = 600


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DATE_START_RE = re.compile(
    r"\s*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|the\b))"
)
_WORD_RE = re.compile(r"[^\W\d_](?:[\w.'’]|-(?=[^\W\d_]))*")
_SPACES_RE = re.compile(r"[ \t]+")
_PUBLISHER_RE = re.compile(r"[ \t]*\(\s*([^\W\d_][^()\n\d]{0,59})\)")
_PUBLISHER_DATE_RE = re.compile(r",?[ \t]*\(\s*([^\W\d_][^()\n]{0,79}?)[ \t]+(?:-|–|—)[ \t]+([^()\n]{4,30}?)\s*\)")
_DASH_RE = re.compile(r"[ \t]*(?:—|–|--?)[ \t]*")
_COLON_RE = re.compile(r"[ \t]*:[ \t]*")
_TIME_RE = re.compile(
    r",?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+(?:[A-Z]{2,4}|\(\w{2,4}\))\b)?"
)
_LABEL_RE = re.compile(r"(?:posted|published|updated|released|issued|dated|date)(?:[ \t]+on)?[ \t]*:[ \t]*", re.I)
_BY_RE = re.compile(r"[ \t]+by[ \t]+([^\W\d_][^\n]{0,59})", re.I)
_BULLET_RE = re.compile(r"[ \t]*[•·*▪‣◦][ \t]*")

_PARTICLES = _words("of de du des la le el es da do dos das di del y al au aux en sur")
_NOT_PLACE = _words(
    "statement statements press release releases readout remarks transcript news media note notes update "
    "updated posted published source photo photos video category tags home menu search share print email contact "
    "advisory notice announcement communique declaration briefing speech letter report office ministry "
    "department government embassy minister ministers president secretary spokesperson prime foreign affairs "
    "joint key takeaways synopsis summary highlights related read more will would general council summit "
    "meeting visit visits travel travels trip conference agenda feature chancellor king queen senator "
    "congressman congresswoman representative ambassador deputy chief director chair chairman spokesman "
    "spokeswoman page by and or to for with on at in from is are was were has have said says today yesterday "
    "tomorrow january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec"
)


def _line_end(text: str, pos: int) -> int:
    i = text.find("\n", pos)
    return len(text) if i < 0 else i


def _is_place_word(word: str, *, edge: bool) -> bool:
    if word.rstrip(".").lower() in _NOT_PLACE:
        return False
    if word[0].isupper():
        return True
    return not edge and word in _PARTICLES


def _title(word: str, *, first: bool) -> str:
    """One word of a place in capitals, in title case ("PORT-AU-PRINCE" → "Port-au-Prince")."""
    parts = word.split("-")
    out = []
    for k, part in enumerate(parts):
        low = part.lower()
        if low in _PARTICLES and not (first and k == 0):
            out.append(low)
        else:
            out.append(part[:1].upper() + low[1:])
    return "-".join(out)


def _capitals(words: str) -> bool:
    return not any(c.islower() for c in words)


def _normalise(place: str) -> str:
    """Title case for the parts of a place written in capitals; other parts are kept as written.

    After the comma, codes of two letters and abbreviations keep their capitals ("DEL RIO, TX" →
    "Del Rio, TX"; "WASHINGTON, D.C." → "Washington, D.C.").
    """
    head, sep, tail = place.partition(",")
    if _capitals(head):
        head = " ".join(_title(w, first=k == 0) for k, w in enumerate(head.split()))
    if not sep:
        return head
    quals = []
    for w in tail.split():
        keep = not _capitals(w) or len(w.replace(".", "")) <= 2 or "." in w
        quals.append(w if keep else _title(w, first=True))
    return f"{head}, {' '.join(quals)}"


class _Reader:
    """Reads the dateline forms at one position; remembers the furthest failure for the error."""

    def __init__(self, text: str, anchor: dt.date | None, *, whole: bool) -> None:
        self.text = text
        self.anchor = anchor
        self.whole = whole
        self.fail_at = -1
        self.fail_message = ""
        self.fail_length = 1

    def fail(self, at: int, message: str, length: int = 1) -> None:
        if at > self.fail_at:
            self.fail_at, self.fail_message, self.fail_length = at, message, length

    def blank(self, q: int, end: int) -> bool:
        return not self.text[q:end].strip()

    def finished(self, q: int, le: int) -> bool:
        """Nothing but white space after ``q`` (the whole text, or the rest of the line)."""
        end = len(self.text) if self.whole else le
        if self.blank(q, end):
            return True
        rest = q + len(self.text[q:end]) - len(self.text[q:end].lstrip())
        self.fail(rest, "unexpected text after the dateline", len(self.text[rest:end].rstrip()))
        return False

    def story_may_follow(self, q: int, le: int) -> bool:
        return not self.whole or self.finished(q, le)

    # ---- parts

    def places(self, p: int, le: int) -> list[tuple[int, str, bool]]:
        """Place candidates at ``p``, longest first: ``(end, place, written in capitals)``."""
        text = self.text
        words: list[re.Match[str]] = []
        q = p
        while len(words) < 5:
            m = _WORD_RE.match(text, q, le)
            if m is None:
                break
            words.append(m)
            sp = _SPACES_RE.match(text, m.end(), le)
            if sp is None:
                break
            q = sp.end()
        out: list[tuple[int, str, bool]] = []
        for k in range(len(words), 0, -1):
            main = [m.group() for m in words[:k]]
            if not all(_is_place_word(w, edge=j in (0, k - 1)) for j, w in enumerate(main)):
                continue
            end = words[k - 1].end()
            head = " ".join(main)
            capitals = _capitals(head)
            for q_end, qual in self.qualifiers(end, le):
                out.append((q_end, f"{head}, {qual}", capitals))
            out.append((end, head, capitals))
        return out

    def qualifiers(self, end: int, le: int) -> list[tuple[int, str]]:
        """ ", DC", ", Ontario", ", N.M." after a place: ``(end, words)``, longest first."""
        text = self.text
        if not text.startswith(",", end):
            return []
        sp = _SPACES_RE.match(text, end + 1, le)
        q = end + 1 if sp is None else sp.end()
        words: list[re.Match[str]] = []
        while len(words) < 3:
            m = _WORD_RE.match(text, q, le)
            if m is None or not _is_place_word(m.group(), edge=True):
                break
            words.append(m)
            sp = _SPACES_RE.match(text, m.end(), le)
            if sp is None:
                break
            q = sp.end()
        return [(words[k - 1].end(), " ".join(m.group() for m in words[:k])) for k in range(len(words), 0, -1)]

    def date(self, q: int, le: int, *, expected: bool = True) -> tuple[int, Day] | None:
        """A calendar day at ``q`` (white space skipped), with a time after it.  ``expected``: its
        absence is the error to report."""
        t = match_at(self.text, q, min(le, q + 60), self.anchor)  # a date is short: read no further
        if t is None or not isinstance(t.value, Day) or t.target:
            if expected:
                self.fail(q + len(self.text[q:le]) - len(self.text[q:le].lstrip()), "expected a date")
            return None
        end = t.end
        m = _TIME_RE.match(self.text, end, le)
        return (m.end() if m else end), t.value

    def publisher(self, q: int, le: int) -> tuple[int, str] | None:
        m = _PUBLISHER_RE.match(self.text, q, le)
        return None if m is None else (m.end(), m.group(1).strip())

    def dash(self, q: int, le: int) -> int | None:
        m = _DASH_RE.match(self.text, q, le)
        return None if m is None else m.end()

    # ---- the forms

    def at(self, p: int) -> Dateline | None:
        """A dateline starting at ``p`` (the start of a line), or ``None``."""
        text = self.text
        le = _line_end(text, p)
        bullet = _BULLET_RE.match(text, p, le)
        if bullet is not None:
            p = bullet.end()
        sp = _SPACES_RE.match(text, p, le)
        if sp is not None:
            p = sp.end()
        found = self.date_first(p, le)
        if found is not None:
            return found
        for end, place, capitals in self.places(p, le):
            found = self.place_first(p, end, le, _normalise(place), capitals)
            if found is not None:
                return found
        return None

    def place_first(self, p: int, q: int, le: int, place: str, capitals: bool) -> Dateline | None:
        text = self.text
        # PLACE, DATE [(PUBLISHER)] [—]
        if text.startswith(",", q):
            d = self.date(q + 1, le)
            if d is not None:
                end, day = d
                pub = self.publisher(end, le)
                publisher = None
                if pub is not None:
                    end, publisher = pub
                dash = self.dash(end, le)
                if dash is None:
                    colon = _COLON_RE.match(text, end, le)  # "Islamabad, Oct. 2: Choosing ..."
                    dash = None if colon is None else colon.end()
                if dash is not None:
                    if self.story_may_follow(dash, le):
                        return Dateline(place, day, publisher, p, end + len(text[end:dash].rstrip()))
                elif publisher is not None:
                    if self.story_may_follow(end, le):
                        return Dateline(place, day, publisher, p, end)
                elif self.finished(end, le):
                    return Dateline(place, day, None, p, end)
        # PLACE, (PUBLISHER - DATE): "ABU DHABI, (UrduPoint / WAM - 02nd May, 2021)"
        found = self.publisher_and_date(p, q, le, place)
        if found is not None:
            return found
        # PLACE (PUBLISHER) —, or the place in capitals, or nothing after (a name may be followed by
        # a parenthesis too: "Josep Borrell (pictured), High Representative ...")
        pub = self.publisher(q, le)
        if pub is not None:
            end, publisher = pub
            dash = self.dash(end, le)
            if dash is not None:
                if self.story_may_follow(dash, le):
                    return Dateline(place, None, publisher, p, end + len(text[end:dash].rstrip()))
            elif (capitals and self.story_may_follow(end, le)) or self.finished(end, le):
                return Dateline(place, None, publisher, p, end)
        # PLACE — (in capitals)
        if capitals:
            sep = self.dash(q, le)
            if sep is None:
                colon = _COLON_RE.match(text, q, le)
                sep = None if colon is None else colon.end()
            if sep is not None and self.story_may_follow(sep, le):
                return Dateline(place, None, None, p, q + len(text[q:sep].rstrip()))
        # PLACE on its line, then a date on the next (after at most one blank line)
        if self.blank(q, le) and le < len(text):
            nxt = le + 1
            for _ in range(2):
                nle = _line_end(text, nxt)
                if not self.blank(nxt, nle) or nle >= len(text):
                    break
                nxt = nle + 1
            nle = _line_end(text, nxt)
            d = self.date(nxt, nle)
            if d is not None and self.finished(d[0], nle):
                return Dateline(place, d[1], None, p, d[0])
        self.fail(q, f"expected ', ' and a date, '(publisher)' or a dash after the place {place!r}")
        return None

    def publisher_and_date(self, p: int, q: int, le: int, place: str) -> Dateline | None:
        text = self.text
        m = _PUBLISHER_DATE_RE.match(text, q, le)
        if m is None:
            return None
        d = self.date(m.start(2), m.end(2), expected=False)
        if d is None or d[0] != m.end(2):
            return None
        if not self.story_may_follow(m.end(), le):
            return None
        return Dateline(place, d[1], m.group(1).strip(), p, m.end())

    def date_first(self, p: int, le: int) -> Dateline | None:
        text = self.text
        q = p
        label = _LABEL_RE.match(text, q, le)
        if label is not None:
            q = label.end()
        elif not _DATE_START_RE.match(text, q, le):
            return None  # a date starts with a digit, a month or a weekday: skip building a parser
        d = self.date(q, le, expected=label is not None)
        if d is None:
            return None
        end, day = d
        by = _BY_RE.match(text, end, le)
        if by is not None and self.blank(by.end(), le):
            publisher = by.group(1).strip()
            if self.finished(by.end(), le):
                return Dateline(None, day, publisher, p, end + len(text[end : by.end()].rstrip()))
            return None
        dash = self.dash(end, le)
        if dash is not None:
            # DATE - PLACE - PUBLISHER
            for place_end, place, _ in self.places(dash, le):
                sep = self.dash(place_end, le)
                if sep is not None and sep < le and text[sep].isupper():
                    pub_end = len(text[:le].rstrip())
                    if pub_end - sep <= 60 and self.finished(pub_end, le):
                        return Dateline(_normalise(place), day, text[sep:pub_end], p, pub_end)
            if self.story_may_follow(dash, le):
                return Dateline(None, day, None, p, end + len(text[end:dash].rstrip()))
            return None
        if self.finished(end, le):
            return Dateline(None, day, None, p, end)
        return None


def _check(text: object, anchor: object) -> dt.date | None:
    if not isinstance(text, str):
        raise ParseError(f"expected a dateline string, got {text!r} ({type(text).__name__})")
    if anchor is None:
        return None
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if isinstance(anchor, dt.date):
        return anchor
    raise ParseError(f"anchor: expected datetime.date or None, got {anchor!r} ({type(anchor).__name__})")


def parse_dateline(text: str, anchor: dt.date | None = None) -> Dateline:
    """Read a string that is a dateline (white space around it aside).

    ``anchor`` (the publication day) gives the year of a date written without one: the year that
    puts it nearest the anchor; without an anchor that year is unknown.

    >>> parse_dateline("WASHINGTON, Jan. 3 (Reuters) -")
    Dateline(place='Washington', date=Day('XXXX-01-03'), publisher='Reuters', start=0, end=30)
    >>> import datetime
    >>> parse_dateline("WASHINGTON, Jan. 3 (Reuters) -", anchor=datetime.date(2024, 12, 30)).date
    Day('2025-01-03')
    >>> parse_dateline("Washington, DC\\nApril 30, 2016")
    Dateline(place='Washington, DC', date=Day('2016-04-30'), publisher=None, start=0, end=29)

    Raises :class:`~diplomacy.ParseError`, with a caret under the problem, for anything else:

    >>> parse_dateline("Washington has said")
    Traceback (most recent call last):
    ...
    diplomacy.errors.ParseError: expected ', ' and a date, '(publisher)' or a dash after the place 'Washington'
        Washington has said
                  ^
    """
    anchor = _check(text, anchor)
    if not text.strip():
        raise ParseError("an empty string is not a dateline")
    p = len(text) - len(text.lstrip())
    reader = _Reader(text, anchor, whole=True)
    found = reader.at(p)
    if found is not None:
        return found
    if reader.fail_at >= 0:
        raise ParseError(reader.fail_message, text, reader.fail_at, reader.fail_length)
    raise ParseError(
        "expected a dateline: a place, a date or both, as in 'New Delhi, May 26 (NationPress)' or 'WASHINGTON —'",
        text,
        p,
        _line_end(text, p) - p,
    )


_SEPARATORS = frozenset(",—–-:(")


def _may_start_dateline(text: str, p: int, le: int) -> bool:
    """A cheap test that spares the full reading of most lines: a dateline has a separator (a
    comma, a dash, a colon, a bracket) in its first 80 characters, or is a short line of its
    own (a place above its date), or starts with a date."""
    if le - p <= 40:
        return True
    return not _SEPARATORS.isdisjoint(text[p : min(le, p + 80)]) or _DATE_START_RE.match(text, p, le) is not None


def find_dateline(text: str, anchor: dt.date | None = None) -> Dateline | None:
    """The dateline of a document: the first line, among those starting in its first 600
    characters, that starts with a dateline (the story may follow it on the same line).

    >>> find_dateline("Misri to visit US\\n\\nNew Delhi, May 26 (NationPress) Foreign Secretary Vikram Misri ...")
    Dateline(place='New Delhi', date=Day('XXXX-05-26'), publisher='NationPress', start=19, end=50)
    >>> find_dateline("Washington has said it will respond.") is None
    True
    """
    anchor = _check(text, anchor)
    reader = _Reader(text, anchor, whole=False)
    p = 0
    while p < min(len(text), WINDOW):
        le = _line_end(text, p)
        if not reader.blank(p, le) and _may_start_dateline(text, p, le):
            try:
                found = reader.at(p)
            except ParseError:  # an impossible date: not a dateline
                found = None
            if found is not None:
                return found
        p = le + 1
    return None
