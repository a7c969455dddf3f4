"""Visits: who travels where, when, and whether the trip is planned, under way or done (internal).

A visit is read from a travel word ("visit", "trip", "travel", "leave for", "arrive in"...),
its actor (the subject, a possessive "Misri's trip", a pronoun, a title "the Secretary's
travel"), the places after it ("to Jerusalem, Ramallah, Hanoi and Manila"), the dates of its
clause, and the status its verb tells (will/is set to: planned; may: possible; postponed:
cancelled; is visiting/arrived: ongoing; visited/during his visit: completed).  Mentions of
one trip are merged by traveller and destination; "X may join Y on this trip" gives X the trip
of Y.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .._model.dates import Day, FuzzyDate, Interval, Month
from .._model.events import VisitKind, VisitStatus
from .officials import Person, Ref
from .pipeline import Context
from .places import PlaceHit, find_places
from .timex import Timex, apply_duration, find_timexes

__all__ = ["VisitDraft", "find_visits"]

_TRIGGER = re.compile(
    r"\b(?:(?:state |official |working |private |bilateral |maiden |first )?visit(?:s|ed|ing)?"
    r"|trips?|travel(?:s|ed|led|ing|ling)?|journey|tour"
    r"|(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|set(?:s|ting)? off|head(?:s|ed|ing)?|bound) for"
    r"|arriv(?:e|es|ed|ing) in|embark(?:s|ed|ing)? on|head(?:s|ed|ing)? to|fl(?:y|ies|ew|ying|own) to"
    r"|return(?:s|ed|ing)? to|go(?:es|ing)? to|went to|stop(?:s|ped)? in)\b",
    re.IGNORECASE,
)
_CANCELLED = re.compile(r"\b(?:postpone[ds]?|cancel(?:l?ed|s)?|call(?:ed|s)? off|scrap(?:ped|s)?|deferred)\b", re.I)
# "may" is a modal only in lower case ("May 1-2" is a date)
_POSSIBLE = re.compile(r"\b(?:may|[Mm]ight|[Cc]ould|[Pp]ossibl[ey]|[Ll]ikely|considering|mulling|weighing)\b")
_PLANNED = re.compile(
    r"\b(?:will|shall|is set to|are set to|set to|is to|are to|plans?|planning|planned|scheduled|slated|"
    r"expected to|would|to embark|upcoming|forthcoming|next|is due|are due|intends?|ahead of|'ll|"
    r"is leaving|are leaving|is travelling|is traveling|will be|"
    r"to (?:travel|visit|tour|embark|head|leave|attend|make|pay|undertake))\b",
    re.I,
)
_ONGOING = re.compile(
    r"\b(?:is visiting|are visiting|is on an? [\w\s-]{0,30}visit|arrived|arrives|is in|are in|currently|"
    r"ongoing|under way|underway|is touring)\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:visited|travell?ed|went|was|were|had|concluded|returned|made|paid|held|met|undertook|"
    r"discussed|during (?:his|her|their) (?:[\w-]+ )?(?:visit|trip))\b",
    re.I,
)
_REPORTING = re.compile(r"\b(?:announced|said|stated|told|noted|informed|reported|confirmed|added|indicated)\b", re.I)
_KINDS = {
    "state": VisitKind.STATE,
    "official": VisitKind.OFFICIAL,
    "working": VisitKind.WORKING,
    "private": VisitKind.PRIVATE,
}
_KIND_RE = re.compile(r"\b(state|official|working|private)\s+visit", re.I)
_JOIN = re.compile(r"\b(?:join|joins|joined|joining|accompany|accompanies|accompanied|accompanying)\b", re.I)
_FROM_WORDS = frozenset({"from", "of"})


@attrs.define
class VisitDraft:
    """A visit as read, before merging."""

    person: Person
    code: str
    city: str | None
    start: FuzzyDate | None
    end: FuzzyDate | None
    status: VisitStatus
    kind: VisitKind | None
    spans: list[tuple[int, int]]
    accompanying: list[Person] = attrs.Factory(list)


def _refs_in(refs: list[Ref], a: int, b: int) -> list[Ref]:
    return [r for r in refs if a <= r.start and r.end <= b]


def _actor(ctx: Context, refs: list[Ref], trig: re.Match[str], s0: int, s1: int) -> Person | None:
    """Who travels: a possessive, a cataphoric pronoun, the subject before the verb, or after it."""
    text = ctx.text
    before = text[s0 : trig.start()]
    # possessive right before: "Misri's trip", "the Prime Minister’s journey", "his recent visit"
    poss = re.search(r"(['’]s|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:[\w-]+\s+){0,3}\Z", before)
    if poss is not None:
        at = s0 + poss.start()
        word = poss.group(1)
        if word in {"'s", "’s"}:
            owner = [r for r in refs if r.end == at]
            if owner:
                return owner[-1].person
        else:
            # "During his visit to Washington in February, Prime Minister Narendra Modi discussed"
            comma = text.find(",", trig.end(), s1)
            lead = re.match(r"\s*(?:During|After|Before|On|Following|Ahead of|Since|In)\b", text[s0:at])
            if lead is not None and comma != -1:
                after = [r for r in _refs_in(refs, comma, s1) if r.kind != "pronoun"]
                if after:
                    return after[0].person
            pron = [r for r in refs if r.start == at]
            if pron:
                return pron[0].person
    # a person inside "led by X" or "headed by X" is not the subject: the group travels
    inside = [
        r
        for r in _refs_in(refs, s0, trig.start())
        if not re.search(r"\b(?:led|headed|accompanied|joined)\s+by\s+(?:the\s+)?\Z", text[max(s0, r.start - 20) : r.start])
    ]
    if re.search(r"\b(?:delegation|entourage|mission)\b", text[s0 : trig.start()], re.I) and not inside:
        return None
    if inside:
        # the subject: the first reference in the clause before the verb, unless a later one is
        # the subject of a relative or coordinated clause closer to the verb
        return inside[-1].person if len(inside) == 1 else _subject(ctx, inside, trig.start())
    return None


def _subject(ctx: Context, refs: list[Ref], verb: int) -> Person:
    """Among references before a verb, the one that is its subject: the nearest one not inside
    an object phrase ("with X", "by X", "to X")."""
    text = ctx.text
    for r in reversed(refs):
        gap = text[r.end : verb]
        prefix = text[max(0, r.start - 12) : r.start]
        if re.search(r"\b(?:with|by|to|met|meet|invitation of|and)\s+(?:the\s+)?\Z", prefix):
            continue
        if len(gap) < 200:
            return r.person
    return refs[0].person


def _status(ctx: Context, clause: str, value: FuzzyDate | None) -> VisitStatus:
    if _CANCELLED.search(clause):
        return VisitStatus.CANCELLED
    if _POSSIBLE.search(clause):
        return VisitStatus.POSSIBLE
    if _ONGOING.search(clause):
        return VisitStatus.ONGOING
    if _PLANNED.search(clause):
        return VisitStatus.PLANNED
    if _PAST.search(clause):
        return VisitStatus.COMPLETED
    if value is not None and ctx.anchor is not None:
        lo, hi = value.earliest, value.latest
        if hi is not None and hi < ctx.anchor:
            return VisitStatus.COMPLETED
        if lo is not None and lo > ctx.anchor:
            return VisitStatus.PLANNED
    return VisitStatus.COMPLETED


def _stops(ctx: Context, hits: list[PlaceHit], after: int, limit: int) -> list[PlaceHit]:
    """The places a trip goes to: the first run of places after the verb, in list form."""
    text = ctx.text
    out: list[PlaceHit] = []
    for h in hits:
        if h.start < after or h.start >= limit or h.kind == "adjective":
            continue
        if not out:
            gap = text[after : h.start]
            if len(gap) > 60 or re.search(r"[.;:]|\b(?:from|with|by|and discuss|said)\b", gap):
                break
            prev_word = gap.split()[-1].lower() if gap.split() else ""
            if prev_word in _FROM_WORDS:
                continue
            out.append(h)
            continue
        gap = text[out[-1].end : h.start]
        if re.fullmatch(r"\s*(?:,|and|, and|&|as well as|then|before|and then|, then)\s*(?:the\s+)?", gap):
            out.append(h)
            continue
        break
    return out


def _dates(ctx: Context, timexes: list[Timex], trig_end: int, clause: str, c0: int) -> tuple[FuzzyDate | None, FuzzyDate | None]:
    """Start and end of the trip from the timexes of its clause."""
    durations = [t for t in timexes if t.duration_days]
    values = [t for t in timexes if t.value is not None and not t.duration_days]
    good: list[Timex] = []
    for t in values:
        lo, hi = sorted((trig_end, t.start))
        between = ctx.text[lo:hi]
        if _REPORTING.search(between) or _REPORTING.search(ctx.text[max(c0, t.start - 25) : t.start]):
            continue
        good.append(t)
    if not good:
        return None, None
    after = [t for t in good if t.start >= trig_end]
    t = after[0] if after else good[-1]
    value = t.value
    assert value is not None
    if durations and isinstance(value, Day):
        span = apply_duration(value, durations[0].duration_days or 1)
        if span is not None:
            value = span
    if isinstance(value, Interval):
        return value.start, value.end
    if isinstance(value, Day):
        return value, value
    if isinstance(value, Month) and value.approximate is False:
        return value, None
    return value, None


def find_visits(ctx: Context, refs: list[Ref]) -> list[VisitDraft]:
    text = ctx.text
    drafts: list[VisitDraft] = []
    doc = ctx.doc
    places_by_sentence: dict[int, list[PlaceHit]] = {}
    timex_by_sentence: dict[int, list[Timex]] = {}
    for trig in _TRIGGER.finditer(text):
        if doc.in_quote(trig.start()) is not None:
            continue
        si = doc.sentence_index(trig.start())
        sent = doc.sentences[si]
        s0, s1 = sent.start, sent.end
        if not s0 <= trig.start() < s1:
            continue
        person = _actor(ctx, refs, trig, s0, s1)
        if person is None:
            continue
        if si not in places_by_sentence:
            places_by_sentence[si] = find_places(text, s0, s1)
        hits = places_by_sentence[si]
        stops = _stops(ctx, hits, trig.end(), s1)
        if not stops:
            # "a US visit": an adjective or country right before the word
            prev = [h for h in hits if h.end <= trig.start() and not text[h.end : trig.start()].strip()]
            if prev:
                stops = [prev[-1]]
        if not stops:
            continue
        if si not in timex_by_sentence:
            timex_by_sentence[si] = find_timexes(text[s0:s1], ctx.anchor)
        timexes = [attrs.evolve(t, start=t.start + s0, end=t.end + s0) for t in timex_by_sentence[si]]
        clause = text[s0:s1]
        start, end = _dates(ctx, timexes, trig.end(), clause, s0)
        status = _status(ctx, text[s0 : stops[-1].end], start)
        kind_m = _KIND_RE.search(text, max(s0, trig.start() - 20), min(s1, trig.end() + 10))
        kind = _KINDS.get(kind_m.group(1).lower()) if kind_m else None
        # one visit per country, in order; the first stop gets the start, the last the end
        by_country: list[tuple[str, str | None]] = []
        for h in stops:
            if by_country and by_country[-1][0] == h.code:
                continue
            if any(c == h.code for c, _ in by_country):
                continue
            by_country.append((h.code, h.city))
        span = (min(trig.start(), stops[0].start), max(trig.end(), stops[-1].end))
        for n, (code, city) in enumerate(by_country):
            first, last = n == 0, n == len(by_country) - 1
            drafts.append(
                VisitDraft(
                    person,
                    code,
                    city,
                    start if first else None,
                    end if last else None,
                    status,
                    kind,
                    [span],
                )
            )
    drafts.extend(_joiners(ctx, refs, drafts))
    return _merge(drafts)


def _joiners(ctx: Context, refs: list[Ref], drafts: list[VisitDraft]) -> list[VisitDraft]:
    """"Kapoor may join the Foreign Secretary on this trip": the joiner shares the trip."""
    text = ctx.text
    out: list[VisitDraft] = []
    for m in _JOIN.finditer(text):
        si = ctx.doc.sentence_index(m.start())
        sent = ctx.doc.sentences[si]
        tail = text[m.end() : sent.end]
        if not re.search(r"\b(?:trip|visit|journey|tour)\b", tail) or m.group().lower() == "accompanied":
            continue
        before = _refs_in(refs, sent.start, m.start())
        after = _refs_in(refs, m.end(), sent.end)
        if not before or not after:
            continue
        joiner, host = before[-1].person, after[0].person
        if joiner is host:
            continue
        status = VisitStatus.POSSIBLE if _POSSIBLE.search(text[sent.start : m.start()]) else None
        for d in drafts:
            if d.person is host:
                out.append(
                    VisitDraft(joiner, d.code, d.city, d.start, d.end, status or d.status, d.kind, [(m.start(), m.end())])
                )
    return out


def _merge(drafts: list[VisitDraft]) -> list[VisitDraft]:
    """One visit per traveller and destination, each field from its first mention that has it."""
    out: list[VisitDraft] = []
    for d in drafts:
        if d.person.country is not None and d.person.country == d.code:
            continue  # travel at home is not a visit abroad
        same = next((o for o in out if o.person is d.person and o.code == d.code), None)
        if same is None:
            out.append(d)
            continue
        same.city = same.city or d.city
        if same.start is None and same.end is None:
            same.start, same.end = d.start, d.end
        same.kind = same.kind or d.kind
        same.spans.extend(d.spans)
    return out


def anchor_of(ctx: Context) -> dt.date | None:
    return ctx.anchor
