"""The extraction pipeline: officials first, then the events that involve them (internal)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

import attrs

from .._model.events import Agreement, Delegation, Statement, Visit
from .._model.officials import Official
from .._model.places import Country, Span
from ._index import Coverage
from .dateline import Dateline
from .document import Document
from .people import STYLES, Mention, Person, known_of
from .places import PlaceHit, find_places
from .references import build_refs
from .timex import Timex, find_timexes
from .tokens import Tokens

#: How far (in characters) a stage looks around a trigger word within its sentence: enough for
#: any real sentence, and a bound on the work per trigger in a pathological one.
WINDOW = 300


@functools.cache
def _lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive, lower-case copy of a case-insensitive pattern (None where the source has
    escapes whose meaning changes with case, such as \\W or \\S)."""
    if not pattern.flags & re.IGNORECASE or re.search(r"\\[A-Z]", pattern.pattern):
        return None
    return re.compile(pattern.pattern.lower(), pattern.flags & ~re.IGNORECASE)


@attrs.define
class Context:
    """What every stage of the pipeline reads."""

    text: str
    doc: Document
    toks: Tokens
    anchor: dt.date | None
    home: str | None
    people: list[Person]
    mentions: list[Mention]
    dateline: Dateline | None
    #: the text as given, where ``text`` reads a hard-wrapped paragraph's line breaks as spaces
    #: (same length, same offsets): the spans quote it
    original: str | None = None
    officials: dict[int, Official] = attrs.Factory(dict)  # id(person) -> Official
    memo: dict[str, Any] = attrs.Factory(dict)  # per-document caches shared by the stages

    def official(self, person: Person) -> Official:
        from .api import to_official

        got = self.officials.get(id(person))
        if got is None:
            got = self.officials[id(person)] = to_official(person, self.original or self.text)
        return got

    @property
    def lower(self) -> str:
        """The text in lower case, for cheap substring checks before a regex scan."""
        low: str | None = self.memo.get("lower")
        if low is None:
            low = self.memo["lower"] = self.text.lower()
        return low

    def mentions_any(self, *words: str) -> bool:
        """Whether the text holds any of ``words`` (lower case): a C-speed test that lets a stage
        skip a whole-text regex scan."""
        low = self.lower
        return any(w in low for w in words)

    def scan(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` for a case-insensitive pattern, several times faster: the
        lower-cased text is scanned by a case-sensitive copy of the pattern, and each hit is
        matched again, anchored, on the original text (so groups keep their case)."""
        low = self.lower
        fast = _lowered(pattern)
        if fast is None or len(low) != len(self.text):  # a few characters change length in lower()
            yield from pattern.finditer(self.text)
            return
        for m in fast.finditer(low):
            hit = pattern.match(self.text, m.start())
            if hit is not None:
                yield hit

    def places(self, start: int = 0, end: int | None = None) -> list[PlaceHit]:
        """The place names within text[start:end], read once per document."""
        hits: list[PlaceHit] | None = self.memo.get("places")
        if hits is None:
            names = self._names()
            hits = self.memo["places"] = [h for h in find_places(self.text) if not names.overlaps(h.start, h.end)]
            self.memo["place_starts"] = [h.start for h in hits]
        end = len(self.text) if end is None else end
        lo = bisect_left(self.memo["place_starts"], start)
        out = []
        for h in hits[lo:]:
            if h.start >= end:
                break
            if h.end <= end:
                out.append(h)
        return out

    def _names(self) -> Coverage:
        """Where people's names stand: a place word there ("Sofia Lind") is not a place."""
        cover = Coverage()
        for m in self.mentions:
            if m.name:
                at = self.text.find(m.name, m.start, m.end)
                if at != -1:
                    cover.add(at, at + len(m.name))
        return cover

    def timexes(self, start: int = 0, end: int | None = None) -> list[Timex]:
        """The temporal expressions within text[start:end] (absolute offsets), read per sentence
        on first need (most sentences never need them)."""
        end = len(self.text) if end is None else end
        cache: dict[int, tuple[list[int], list[Timex]]] = self.memo.setdefault("timexes", {})
        out: list[Timex] = []
        i = self.doc.sentence_index(start)
        while i < len(self.doc.sentences):
            sent = self.doc.sentences[i]
            if sent.start >= end:
                break
            got = cache.get(i)
            if got is None:
                found = [
                    attrs.evolve(t, start=t.start + sent.start, end=t.end + sent.start)
                    for t in find_timexes(self.text[sent.start : sent.end], self.anchor)
                ]
                got = cache[i] = ([t.start for t in found], found)
            starts, found = got
            for t in found[bisect_left(starts, start) :]:
                if t.start >= end:
                    break
                if t.end <= end and not self._in_dateline(t.start):
                    out.append(t)
            i += 1
        return out

    def _in_dateline(self, offset: int) -> bool:
        """The dateline's date is when the story was filed, not when anything in it happens."""
        d = self.dateline
        return d is not None and d.start <= offset < d.end

    def spans(self, pairs: list[tuple[int, int]]) -> tuple[Span, ...]:
        source = self.original or self.text
        return tuple(Span(a, b, source[a:b]) for a, b in sorted(set(pairs)))


def holds_office(p: Person) -> bool:
    """Whether a person read is an officeholder: not one known only by a style ("Prince Charles",
    a royal with no office the text states), unless a well-known officeholder."""
    return p.title not in STYLES or known_of(p.name) is not None


def run(
    ctx: Context, *, reported: bool = False, officials_only: bool = False
) -> tuple[list[Official], list[Visit], list[Statement], list[Agreement], list[Delegation]]:
    """Every stage over one document, in order; ``officials_only`` stops once the officials are
    settled (their countries lean on visits and delegations, not on statements or agreements)."""
    from .agreements import find_agreements
    from .context import date_visits_by_story, fill_countries
    from .delegations import drop_foreign_members, find_delegations
    from .statements import find_statements
    from .visits import find_visits

    refs = build_refs(ctx.text, ctx.mentions, ctx.people, ctx.doc, ctx.toks)
    visit_drafts = find_visits(ctx, refs)
    date_visits_by_story(ctx, refs, visit_drafts)
    statement_drafts = [] if officials_only else find_statements(ctx, refs, reported=reported)
    delegation_drafts = find_delegations(ctx, refs, visit_drafts)
    fill_countries(ctx, refs, visit_drafts, delegation_drafts)
    # every reference (a surname, "the Foreign Secretary", "he") is a mention the record keeps
    for r in refs:
        r.person.spans.append((r.start, r.end))
    if officials_only:
        return [ctx.official(p) for p in ctx.people if holds_office(p)], [], [], [], []
    drop_foreign_members(delegation_drafts)
    # the two sides of each trip, for the parties of agreements the trips' sentences leave open
    ctx.memo["trip_sides"] = [(v.person.country, v.code) for v in visit_drafts if v.person.country]
    agreement_drafts = find_agreements(ctx, refs)  # after the countries: parties lean on them
    # the records, now that every person's country is settled
    officials = [ctx.official(p) for p in ctx.people if holds_office(p)]
    visits = []
    for v in visit_drafts:
        start, end = v.start, v.end
        if start is not None and end is not None:
            lo, hi = start.earliest, end.latest
            if lo is not None and hi is not None and lo > hi:
                end = None  # a later mention's end before an earlier start: keep the start alone
        visits.append(
            Visit(
                traveler=ctx.official(v.person),
                destination=Country(v.code),
                status=v.status,
                city=v.city,
                start=start,
                end=end,
                kind=v.kind,
                accompanying=tuple(ctx.official(p) for p in v.accompanying),
                spans=ctx.spans(v.spans),
            )
        )
    statements = [
        Statement(
            speaker=ctx.official(s.person) if s.person is not None else None,
            text=s.text,
            mode=s.mode,
            date=s.date,
            place=s.place,
            spans=ctx.spans(s.spans),
        )
        for s in statement_drafts
        if s.text
    ]
    agreements = [
        Agreement(
            name=a.name,
            short_name=a.short_name,
            status=a.status,
            parties=tuple(Country(c) for c in sorted(a.parties)),
            date=a.date,
            target_date=a.target,
            spans=ctx.spans(a.spans),
        )
        for a in agreement_drafts
    ]
    delegations = [
        Delegation(
            leader=ctx.official(d.leader) if d.leader is not None else None,
            members=tuple(ctx.official(p) for p in d.members),
            size=d.size,
            composition=d.composition,
            itinerary=tuple(Country(c) for c in d.itinerary),
            spans=ctx.spans(d.spans),
        )
        for d in delegation_drafts
    ]
    return officials, visits, statements, agreements, delegations
