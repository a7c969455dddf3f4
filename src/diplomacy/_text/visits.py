"""Visits: who travels where, when, and whether the trip is planned, under way or done (internal).

A visit is read from a travel word ("visit", "trip", "travel", "leave for", "arrive in"...),
its actor (the subject, a possessive "Misri's trip", a pronoun, a title "the Secretary's
travel"), the places after it ("to Jerusalem, Ramallah, Hanoi and Manila"), the dates of its
clause, and the status its verb tells (will/is set to: planned; may: possible; postponed:
cancelled; is visiting/arrived: ongoing; visited/during his visit: completed).  Mentions of
one trip are merged by traveller and destination; "X may join Y on this trip" gives X the trip
of Y.  When a trip happens and where it stops, day by day, is read by :mod:`.itinerary`.
"""

from __future__ import annotations

import re
from collections import Counter

import attrs

from .._model.dates import Day, FuzzyDate, Month
from .._model.events import VisitKind, VisitStatus
from . import gazetteer as gz
from .itinerary import (
    apart,
    before_anchor,
    dated_stops,
    departures,
    further_legs,
    list_start,
    spans_anchor,
    stop_days,
    trip_dates,
)
from .people import Person
from .pipeline import WINDOW, Context
from .places import PlaceHit, classify
from .references import Ref, Refs
from .timex import apply_duration

__all__ = ["VisitDraft", "dateline_place", "find_visits"]

_TRIGGER = re.compile(
    r"\b(?:(?:state |official |working |private |bilateral |maiden |first )?visit(?:s|ed|ing)?"
    r"|trips?|travel(?:s|ed|led|ing|ling)?|journey|tour(?:s|ed|ing)?"
    r"|(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|set(?:s|ting)? off|head(?:s|ed|ing)?|bound) for"
    r"|depart(?:s|ed|ing)?(?:\s+(?:on\s+)?[A-Za-z]+)?\s+to|leav(?:e|es|ing)\s+to(?=\s+(?-i:[A-Z]))"
    r"|arriv(?:e|es|ed|ing|al) (?:in|here)|arriv(?:e|es|ed|ing) at|land(?:s|ed|ing)? in"
    r"|reach(?:es|ed|ing)?(?= (?:the )?(?-i:[A-Z]))|arriv(?:es|ed)(?= (?-i:[A-Z]))"
    r"|arriv(?:es|ed)(?=\s*[.,;]|\s+(?:on|yesterday|today|tonight|late|early|this|last)\b)"
    r"|embark(?:s|ed|ing)? on|head(?:s|ed|ing)? to|on (?:his|her|their) way to"
    r"|fl(?:y|ies|ew|ying|own) to"
    r"|return(?:s|ed|ing)? (?:to|from)|(?:came|comes|coming) back from|go(?:es|ing)? to|went to|stop(?:s|ped)? in"
    r"|will be in|is in|was in|to be in|will be here|is here|(?:has|have|had) (?:already )?been in"
    r"|spen(?:t|ding|ds?) (?:(?:a|one|two|three|four|five|several|\d+) )?(?:days?|nights?|weeks?) in)\b",
    re.IGNORECASE,
)
#: A travel verb in the past tense (not "arrived": a traveller who arrived is still there).
_PAST_TRIGGER = re.compile(
    r"(?:has|have|had) (?:already )?been in|visited|travell?ed|toured|went to|flew to|returned (?:to|from)"
    r"|came back from",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|should|may|might|could|must|to)\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE)
_EARLIER_VISIT = re.compile(r"\b(?:recent|last|previous|earlier|past|landmark|historic)\s+(?:[\w-]+\s+){0,2}\Z", re.I)
_CANCELLED = re.compile(
    r"\b(?:postpone[ds]?|postponement|cancel(?:l?ed|s)?|cancell?ation|call(?:ed|s)? off|scrap(?:ped|s)?|deferred)\b",
    re.I,
)
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
    r"\b(?:is visiting|are visiting|is on an? [\w\s-]{0,30}visit|is paying|are paying|is making|are making|"
    r"is undertaking|arrived|arrives|landed|landing|reached(?= (?:the )?(?-i:[A-Z]))|is in|are in|currently|"
    r"(?:left|departed|headed|has left|have left) (?:\w+ ){0,3}?(?:for|to)(?! home\b)|on (?:his|her|their) way to|"
    r"ongoing|under way|underway|is touring)\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:visited|travell?ed|went|was|were|had|concluded|returned|made|paid|held|met|undertook|"
    r"discussed|during (?:his|her|their) (?:[\w-]+ )?(?:visit|trip))\b",
    re.I,
)
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
    explicit: bool = True  # whether the status was told by a word, not guessed
    city_at: int | None = None  # where the city was read, when a later mention gave it
    days: int | None = None  # a length the text gives without dates ("will be here for four days")


def _refs_in(refs: Refs, a: int, b: int) -> list[Ref]:
    return refs.within(a, b)


def _named_after(ctx: Context, refs: Refs, trig: re.Match[str], s1: int) -> Ref | None:
    """The traveller named right after a visit noun: "the visit of Egyptian President el-Sisi to
    Russia", "a trip by Secretary Kerry" (not "by any Indian Prime Minister")."""
    if not _VISIT_NOUN.fullmatch(trig.group()):
        return None
    by = _VISIT_BY.match(ctx.text, trig.end(), s1)
    if by is None:
        # "a trip to Seoul by Chinese President Xi Jinping": the place, then the traveller
        to = _TO_PLACE.match(ctx.text, trig.end(), s1)
        by = None if to is None else _VISIT_BY_ONLY.match(ctx.text, to.end(), s1)
    if by is None:
        return None
    return next((r for r in refs.starting_at(by.end()) if r.kind != "pronoun"), None)


def _actor(
    ctx: Context, refs: Refs, trig: re.Match[str], s0: int, s1: int, *, named: Ref | None = None
) -> Person | None:
    """Who travels: a possessive, a cataphoric pronoun, the subject before the verb, the one
    ``named`` after a visit noun (:func:`_named_after`), or after the verb."""
    text = ctx.text
    before = text[s0 : trig.start()]
    # possessive right before: "Misri's trip", "the Prime Minister’s journey", "his recent visit"
    poss = re.search(r"(['’]s|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:[\w-]+\s+){0,3}\Z", before)
    if poss is not None:
        at = s0 + poss.start()
        word = poss.group(1)
        if word in {"'s", "’s"}:
            owner = refs.ending_at(at)
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
            pron = refs.starting_at(at)
            if pron:
                return pron[0].person
    # "After visiting Palestine, Amorim will ...": a participle opening the sentence; its subject
    # follows the comma
    if _PARTICIPLE_LEAD.fullmatch(before):
        comma = text.find(",", trig.end(), s1)
        after = [r for r in _refs_in(refs, comma, s1) if r.kind != "pronoun"] if comma != -1 else []
        if after and after[0].start - comma < 4:
            return after[0].person
    # a person inside "led by X" or "headed by X" is not the subject: the group travels
    inside = [
        r
        for r in _refs_in(refs, s0, trig.start())
        if not re.search(
            r"\b(?:led|headed|accompanied|joined)\s+by\s+(?:the\s+)?\Z", text[max(s0, r.start - 20) : r.start]
        )
    ]
    first_ref = min((r.start for r in _refs_in(refs, s0, trig.start())), default=trig.start())
    if re.search(r"\b(?:delegation|entourage|mission|team)\b", text[s0:first_ref], re.I):
        return None  # "The delegation – which includes X – will visit": the group travels
    if re.search(
        r"\b(?:lead|leads|led|leading|head|heads|headed)\b[^.;]{0,60}\b(?:delegation|mission)\b",
        text[s0 : trig.end() + 40],
        re.I,
    ):
        return None  # "X will lead the delegation on a tour": recorded as the delegation's travel
    if named is not None:
        return named.person
    if inside:
        # the subject: the first reference in the clause before the verb, unless a later one is
        # the subject of a relative or coordinated clause closer to the verb
        return inside[-1].person if len(inside) == 1 else _subject(ctx, inside, trig.start())
    return None


_VISIT_BY = re.compile(r"\s+(?:of|by)\s+(?:the\s+)?")
_VISIT_BY_ONLY = re.compile(r"\s+(?:by|of)\s+(?:the\s+)?")  # "a trip to Seoul by X", "the visit to Chile of X"
_TO_PLACE = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}")


_COORDINATION = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s+(?:the|a|an)\s+[^,;.()]{1,80})?\s*(?:,|and|, and|&)\s*(?:the\s+)?"
)


def _coordinated(ctx: Context, refs: Refs, person: Person, s0: int, verb: int) -> list[Person]:
    """The traveller and those joined to them as subjects: "Lena Brandt (TX-07) and Carl Osgood
    (OH-11) will travel to Mexico" sends both."""
    before = [r for r in refs.within(s0, verb) if r.kind != "pronoun"]
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].person is person), None)
    if at is None:
        return [person]
    group = [person]
    i = at
    while i > 0 and _COORDINATION.fullmatch(ctx.text, before[i - 1].end, before[i].start):
        i -= 1
        if _in_object(ctx.text, before[i]):
            # "at the invitation of President X, President Y will visit": X stays home, and so
            # does everyone joined to X ("of King X and Queen W, President Y will pay ...")
            group = [p for p in group if p is person or p not in {r.person for r in before[i:at]}]
            break
        if before[i].person not in group:
            group.insert(0, before[i].person)
    i = at
    while i + 1 < len(before) and _COORDINATION.fullmatch(ctx.text, before[i].end, before[i + 1].start):
        i += 1
        if before[i].person not in group:
            group.append(before[i].person)
    return group


_OBJECT_BEFORE = re.compile(
    r"\b(?:with|by|to|met|meet|meeting|invitation of|hosted by|guest of)\s+"
    r"(?:the\s+|their\s+Majesties\s+|(?:His|Her)\s+(?:Majesty|Excellency|Highness)\s+)?\Z"
)
_WHO = re.compile(r"\s*,?\s*who\s+(?:[\w-]+\s+){0,3}\Z")
_OBJECT_AND = re.compile(r"\band\s+(?:the\s+)?\Z")


def _in_object(text: str, r: Ref) -> bool:
    """Whether a reference is the object of a preposition ("at the invitation of X", "with X")."""
    return _OBJECT_BEFORE.search(text, max(0, r.start - 40), r.start) is not None


def _subject(ctx: Context, refs: list[Ref], verb: int) -> Person:
    """Among references before a verb, the one that is its subject: the nearest one not inside
    an object phrase ("with X", "by X", "to X")."""
    text = ctx.text
    for r in reversed(refs):
        gap = text[r.end : verb]
        if _WHO.match(gap):
            return r.person  # "... met Secretary Marcelo Ebrard, who will visit Korea": Ebrard
        if _in_object(text, r) or _OBJECT_AND.search(text, max(0, r.start - 20), r.start):
            continue
        if len(gap) < 200:
            return r.person
    return refs[0].person


def _clause_end(text: str, at: int, limit: int) -> int:
    """Where the clause holding ``at`` ends: "Kask's trip to Canada has been cancelled." reads on
    past the place to its verb."""
    m = _CLAUSE_END.search(text, at, limit)
    return m.start() if m is not None else limit


_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|where|which|who)\b|\.\s")


_VISIT_NOUN = re.compile(r"(?:(?:state|official|working|private|bilateral|maiden|first) )?visit|trip|tour", re.I)


_DEFINITE_VISIT = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,2}\Z")


def _told_again(ctx: Context, trig: re.Match[str], s0: int, s1: int, drafts: list[VisitDraft]) -> VisitDraft | None:
    """ "... Peters visits Rarotonga next week. The one-day visit programme on 7 February will
    include ...": a definite visit noun naming nobody and no place is the trip just told, and
    a day its sentence gives is that trip's."""
    if not _VISIT_NOUN.fullmatch(trig.group()) or not _DEFINITE_VISIT.search(
        ctx.text, max(s0, trig.start() - 30), trig.start()
    ):
        return None
    si = ctx.doc.sentence_index(trig.start())
    lo = ctx.doc.sentences[max(0, si - 2)].start
    recent = [d for d in drafts if lo <= d.spans[0][0] < trig.start()]
    if len({(id(d.person), d.code) for d in recent}) != 1:
        return None  # no trip, or several: which one is not clear
    days = [t for t in ctx.timexes(s0, s1) if isinstance(t.value, Day) and not t.duration_days]
    if len(days) != 1:
        return None
    d = recent[-1]
    return VisitDraft(
        d.person, d.code, d.city, days[0].value, days[0].value, d.status, d.kind, [(trig.start(), trig.end())]
    )


def dateline_place(ctx: Context) -> PlaceHit | None:
    """Where the story was filed, as a place (a city of a known country), if its dateline says."""
    line = ctx.dateline
    if line is None or line.place is None:
        return None
    place = line.place
    got = classify(place)
    if (got is None or got[1] != "city") and "," in place:
        # "Nairobi, Kenya": the city before its country
        first = place.split(",")[0].strip()
        city = classify(first)
        if city is not None and city[1] == "city":
            place, got = first, city
    if got is None:
        return None
    code, kind = got
    return PlaceHit(line.start, line.start + len(place), code, kind, place if kind == "city" else None)


_MAYBE_TRIP = re.compile(
    r"\b(?:talk (?:of|about)|talks (?:of|about)|speculation (?:about|over|of)|possible|potential|proposed|mooted|"
    r"prospective)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\bafter\s+\Z", re.IGNORECASE)
_CALLED_OFF = re.compile(
    r"^[^.;:]*?,\s+(?:has|have|had)\s+been\s+(?:postponed|cancell?ed|called off|deferred|put off)\b"
    r"|^[^.;:]*?,\s+(?:was|were|is|are)\s+(?:postponed|cancell?ed|called off|deferred|put off)\b",
    re.IGNORECASE,
)


def _trip_status(
    ctx: Context,
    trig: re.Match[str],
    s0: int,
    clause_end: int,
    *,
    start: FuzzyDate | None,
    end: FuzzyDate | None,
    s1: int | None = None,
) -> tuple[VisitStatus, bool]:
    """The status of the trip a trigger tells, and whether words told it (else it is guessed).

    The clause's wording first (:func:`_status`), then what the trip's own phrase says against
    it: the travel verb's past tense ("but he visited Japan", unless a modal governs it: "is
    expected to have visited"), an earlier visit ("after his recent visit to India"), or dates
    wholly before publication, inside a sentence about plans.
    """
    text = ctx.text
    status, explicit = _status(ctx, text[s0:clause_end], start)
    if _CANCELLED.search(text, s0, clause_end):
        return status, explicit
    if _MAYBE_TRIP.search(text, max(s0, trig.start() - 40), trig.start()):
        return VisitStatus.POSSIBLE, True  # "amid talk of a trip to Seoul by President Xi"
    gerund = trig.group().lower().endswith("ing") or trig.group().lower().startswith("spen")
    if gerund and _AFTER.search(text, max(s0, trig.start() - 8), trig.start()):
        # "arrived in Seoul after spending two days in Tokyo", "after touring Egypt, Ghana ..."
        return VisitStatus.COMPLETED, True
    if s1 is not None and _CALLED_OFF.search(text[clause_end:s1]):
        # "The visit of EAM to Ethiopia, which was scheduled for 19 November, has been postponed":
        # the main verb after a relative clause
        return VisitStatus.CANCELLED, True
    if _PAST_TRIGGER.fullmatch(trig.group()):
        if not _MODAL_BEFORE.search(text[max(s0, trig.start() - 30) : trig.start()]):
            return VisitStatus.COMPLETED, True
        return status, explicit
    if _EARLIER_VISIT.search(text, max(s0, trig.start() - 40), trig.start()):
        return VisitStatus.COMPLETED, True
    if before_anchor(ctx, end if end is not None else start) and not _just_arrived(ctx, status, start, end):
        return VisitStatus.COMPLETED, True
    if status is VisitStatus.COMPLETED and spans_anchor(ctx, start, end) and not _OVER.search(text, s0, clause_end):
        # "a visit to Tbilisi on September 24, where he met ...", told on the 24th: still there
        return VisitStatus.ONGOING, True
    return status, explicit


def _just_arrived(ctx: Context, status: VisitStatus, start: FuzzyDate | None, end: FuzzyDate | None) -> bool:
    """ "arrived in Manila yesterday", told with no end: a stay that began in the days before the
    writing is still under way."""
    if status is not VisitStatus.ONGOING or end is not None or start is None or ctx.anchor is None:
        return False
    lo = start.earliest
    return lo is not None and 0 < (ctx.anchor - lo).days <= 3


_OVER = re.compile(r"\b(?:concluded|concludes|wrapped up|ended|returned|left|departed|completed|after)\b", re.I)


def _status(ctx: Context, clause: str, value: FuzzyDate | None) -> tuple[VisitStatus, bool]:
    """The status a clause tells, and whether a word told it (else it is guessed from the date)."""
    if _CANCELLED.search(clause):
        return VisitStatus.CANCELLED, True
    if _POSSIBLE.search(clause):
        return VisitStatus.POSSIBLE, True
    if _ONGOING.search(clause):
        return VisitStatus.ONGOING, True
    if _PLANNED.search(clause):
        return VisitStatus.PLANNED, True
    if _PAST.search(clause):
        return VisitStatus.COMPLETED, True
    if before_anchor(ctx, value):
        return VisitStatus.COMPLETED, True
    lo = None if value is None else value.earliest
    if lo is not None and ctx.anchor is not None and lo > ctx.anchor:
        return VisitStatus.PLANNED, True
    return VisitStatus.COMPLETED, False


_GAP_WORDS = frozenset(
    """city town port resort seaside coastal capital island islands region province village border northern
    southern eastern western central north south east west historic ancient
    to for in into across around through via at the a an his her their its our my this that official state
    working bilateral multilateral maiden first second third next short brief two-day three-day four-day five-day
    week-long day-long visit trip tour journey on of""".split()
)
_MONTHS = frozenset(
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug "
    "Sep Sept Oct Nov Dec".split()
)


_PARTICIPLE_LEAD = re.compile(r"\s*(?:After|Before|While|Following|Since|Upon|On)\s+")
_TAKES_HIM = re.compile(r"\s+(?:will\s+)?take[s]?\s+(?:him|her)\s+to\b")
_INCLUDES = re.compile(
    r"\b(?:that|which)\s+(?:will\s+)?(?:includes?|take[s]? in|cover[s]?)\b"
    r"|\b(?:(?:that|which)\s+)?(?:will\s+)?take[s]?\s+(?:him|her|them|the\s+\w+)\s+to\b"  # "will take him to"
)


def _gap_ok(gap: str) -> bool:
    """Whether the words between a travel verb and a place keep them together ("will travel May 1-2 to")."""
    gap = _INCLUDES.sub(" ", gap)  # "a trip that includes Singapore": the stops follow
    if re.search(r"[;:]|\.\s|\b(?:from|with|by|said|that|which|who|where|while|and discuss)\b", gap):
        return False
    others = 0
    for w in re.findall(r"[\w’'-]+", gap):
        if (
            w.lower() in _GAP_WORDS
            or w in _MONTHS
            or w[:1].isdigit()
            or w.endswith(("-day", "-nation", "-country", "-leg"))
            or w in gz.country_adjectives()  # "the Egyptian seaside resort of Sharm el-Sheikh"
        ):
            continue
        others += 1
    return others <= 1


_RETURN_TO = re.compile(r"return(?:s|ed|ing)? to", re.IGNORECASE)
_TO_SOMEWHERE = re.compile(r"\s+to\s+(?:the\s+)?[\w-]")
_THE_COUNTRY = re.compile(r"\s+(?:(?:to|in)\s+)?the\s+country\b")
_THE_COUNTRY_BEFORE = re.compile(
    r"\b(?:in|to)\s+the\s+country\s+(?:for\s+)?(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}\Z"
)


_COUNT_WORDS = {w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), start=2)}
_THE_N_COUNTRIES = re.compile(
    r"\s+to\s+the\s+(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[A-Z][\w-]*\s+)?(?:countries|nations|states)\b",
    re.IGNORECASE,
)


def _countries_named(ctx: Context, person: Person, sent_start: int, at: int, n: int) -> list[PlaceHit]:
    """The last ``n`` different countries named before ``at`` (in its sentence and the two before),
    in the order named, if the text names that many."""
    doc = ctx.doc
    si = doc.sentence_index(sent_start)
    lo = doc.sentences[max(0, si - 2)].start
    seen: dict[str, PlaceHit] = {}
    for h in reversed(ctx.places(lo, at)):
        if h.kind == "country" and h.code != person.country and h.code not in seen:
            seen[h.code] = h
            if len(seen) == n:
                return [PlaceHit(at, at, c.code, "country") for c in sorted(seen.values(), key=lambda x: x.start)]
    return []


_THE_CITY = re.compile(r"\s+(?:(?:to|in)\s+)?the\s+city\b")


def _city_named(ctx: Context, person: Person, sent_start: int, at: int) -> PlaceHit | None:
    """The city "the city" means at ``at``: the latest one named in the four sentences before,
    else where the story is filed."""
    doc = ctx.doc
    si = doc.sentence_index(sent_start)
    lo = doc.sentences[max(0, si - 4)].start
    before = [h for h in ctx.places(lo, at) if h.kind == "city" and h.code != person.country]
    if before:
        return before[-1]
    here = dateline_place(ctx)
    return here if here is not None and here.kind == "city" and here.code != person.country else None


def _country_named(ctx: Context, person: Person, sent_start: int, at: int) -> PlaceHit | None:
    """The country "the country" means at ``at``: the latest one named before in its sentence or
    the one before (the traveller's own aside), else the first named after, in the next two
    sentences, else where the story is filed."""
    doc = ctx.doc
    si = doc.sentence_index(sent_start)
    lo = doc.sentences[max(0, si - 1)].start
    before = [h for h in ctx.places(lo, at) if h.code != person.country]
    if before:
        return before[-1]
    hi = doc.sentences[min(len(doc.sentences) - 1, si + 2)].end
    after = [h for h in ctx.places(at, hi) if h.code != person.country and h.kind in {"city", "country"}]
    if after:
        return after[0]
    here = dateline_place(ctx)
    return here if here is not None and here.code != person.country else None


#: What one arrives at on a trip ("arrived at Al Bateen Executive Airport"), not "at a decision".
_FACILITY = re.compile(
    r"(?:\s+[\w'’.-]+){0,6}?\s+(?:[Aa]irport|[Aa]ir [Bb]ase|[Aa]irbase|[Aa]irfield|[Pp]alace|[Tt]erminal)\b"
)
_AIRPORT_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}\s+(?:airport|Airport|airbase|Air Base)\b")


def _stops(ctx: Context, hits: list[PlaceHit], after: int, limit: int) -> list[PlaceHit]:
    """The places a trip goes to: the first run of places after the verb, in list form."""
    text = ctx.text
    out: list[PlaceHit] = []
    for h in hits:
        if h.start < after or h.start >= limit or h.kind == "adjective":
            continue
        if text[h.end : h.end + 2] in {"'s", "’s"}:
            if not out and _AIRPORT_AFTER.match(text, h.end + 2):
                out.append(h)  # "arrived at Stockholm's international Arlanda airport"
                break
            if out:
                break
            continue  # "New Zealand’s approach": a possessive, not a destination
        if not out:
            gap = text[after : h.start]
            if len(gap) > 60 or not _gap_ok(gap):
                break
            out.append(h)
            continue
        gap = text[out[-1].end : h.start]
        if re.fullmatch(
            r"\s*(?:\([A-Z]{2,6}\))?\s*(?:,|;|and|, and|; and|&|as well as|then|before|and then|, then)\s*(?:the\s+)?",
            gap,
        ):
            out.append(h)
            continue
        break
    return out


def find_visits(ctx: Context, refs: Refs) -> list[VisitDraft]:
    text = ctx.text
    drafts: list[VisitDraft] = []
    doc = ctx.doc
    for trig in ctx.scan(_TRIGGER):
        quote = doc.in_quote(trig.start())
        si = doc.sentence_index(trig.start())
        sent = doc.sentences[si]
        if not sent.start <= trig.start() < sent.end:
            continue
        # the sentence, clipped to a window around the trigger: per-trigger work stays bounded
        s0, s1 = max(sent.start, trig.start() - WINDOW), min(sent.end, trig.end() + WINDOW)
        if quote is not None:
            # inside a quotation, only a trip the speaker names by its traveller: "We will have a
            # part linked to the visit of Egyptian President el-Sisi to Russia"
            s0, s1 = max(s0, quote.start), min(s1, quote.end)
        named = _named_after(ctx, refs, trig, s1)
        person = _actor(ctx, refs, trig, s0, s1, named=named)
        if person is None and _TAKES_HIM.match(text, trig.end(), s1):
            # "... is set to embark on a visit to Africa. The visit will take him to Eswatini": the
            # traveller just told of
            earlier = [r for r in refs.starting_in(max(0, sent.start - WINDOW), sent.start) if r.kind != "pronoun"]
            person = earlier[-1].person if earlier else None
        if person is None:
            again = _told_again(ctx, trig, s0, s1, drafts) if quote is None else None
            if again is not None:
                drafts.append(again)
            continue
        if quote is not None and not any(r.person is person and r.kind != "pronoun" for r in refs.within(s0, s1)):
            continue
        travellers = _coordinated(ctx, refs, person, s0, trig.start())
        hits = ctx.places(s0, s1)
        # "the visit of President el-Sisi to Russia": the stops follow the traveller
        stops = _stops(ctx, hits, named.end if named is not None and named.person is person else trig.end(), s1)
        if not stops and named is not None and named.person is person:
            stops = _stops(ctx, hits, trig.end(), named.start)  # "a trip to Seoul by President Xi"
        # "a visit to West Africa that will take him to Benin, from 22 to 23 October; the Republic of
        # Guinea, from 23 to 24; and Nigeria, on 25 and 26 October": each stop with its own days
        listed = dated_stops(ctx, hits, list_start(text, trig.end(), s1), s1)
        if listed:
            stops = [h for h, _, _ in listed]
        if not stops and _VISIT_NOUN.fullmatch(trig.group()):
            # "a US visit": an adjective or country right before the word
            prev = [h for h in hits if h.end <= trig.start() and not text[h.end : trig.start()].strip()]
            if prev:
                stops = [prev[-1]]
        if not stops:
            hosted = _hosted(ctx, refs, s0, trig.start())
            if hosted is not None:
                # "Biden will host Kenyan President William Ruto for a state visit": the guest
                # visits the host's country
                person, code = hosted
                travellers = [person]
                stops = [PlaceHit(trig.start(), trig.end(), code, "country")]
        filed_there = False
        facility = _FACILITY.match(text, trig.end(), s1) if trig.group().lower().endswith(" at") else None
        if not stops and facility is not None:
            # "arrived at the Presidential Wing of the Malabo International Airport": its city
            inside = [
                h
                for h in hits
                if trig.end() <= h.start < facility.end() and h.kind in {"city", "country"} and h.code != person.country
            ]
            stops = inside[:1]
        if not stops and (
            trig.group().lower().endswith(" here")
            or trig.group().lower() in ("arrived", "arrives")  # "one day after Moon arrived."
            or (trig.group().lower().endswith(" at") and _FACILITY.match(text, trig.end(), s1))
        ):
            # "Islamabad, Oct. 2: ... Natwar Singh arrived here this evening", "arrived at Al Bateen
            # Executive Airport": the dateline's place
            here = dateline_place(ctx)
            if here is not None and here.code != person.country:
                stops = [PlaceHit(trig.start(), trig.end(), here.code, here.kind, here.city)]
        if not stops:
            counted = _THE_N_COUNTRIES.match(text, trig.end(), s1)
            if counted is not None:
                # "his visit to the four European countries": the four the story just named
                stops = _countries_named(ctx, person, sent.start, trig.start(), _COUNT_WORDS[counted.group(1).lower()])
        if not stops:
            the_country = _THE_COUNTRY.match(text, trig.end(), s1) or _THE_COUNTRY_BEFORE.search(
                text, max(s0, trig.start() - 40), trig.start()
            )
            if the_country is not None:
                # "paid his first state visit to the country", "was in the country for a visit":
                # the country the story last named, else the one it goes on to name
                there = _country_named(ctx, person, sent.start, trig.start())
                if there is not None:
                    stops = [PlaceHit(trig.start(), trig.end(), there.code, "country")]
            elif _THE_CITY.match(text, trig.end(), s1):
                # "the Indian leader's visit to the city": the city the story last named
                the_city = _city_named(ctx, person, sent.start, trig.start())
                if the_city is not None:
                    stops = [PlaceHit(trig.start(), trig.end(), the_city.code, "city", the_city.city)]
        if (
            not stops
            and person.country is not None
            and _VISIT_NOUN.fullmatch(trig.group())
            and not _EARLIER_VISIT.search(text, max(s0, trig.start() - 40), trig.start())
            and not _TO_SOMEWHERE.match(text, trig.end())  # "his visit to the four European countries"
        ):
            # "RIYADH: Chinese President Xi ... met Thursday on an Arab outreach visit": a visit
            # that names no place, by a foreigner, in a story filed where it happens
            here = dateline_place(ctx)
            if here is not None and here.code != person.country:
                stops = [PlaceHit(trig.start(), trig.end(), here.code, here.kind, here.city)]
                filed_there = True
        if not stops:
            continue
        if person.country is None and len(stops) == 1 and _RETURN_TO.fullmatch(trig.group()):
            # "The President will return to Ghana on Tuesday": going home, which says where home is
            person.country, person.trust = stops[0].code, 1
            continue
        timexes = ctx.timexes(s0, s1)
        clause = text[s0:s1]
        start, end = trip_dates(ctx, timexes, trig.end(), clause, s0, places_end=stops[-1].end)
        days = None
        if start is None and end is None:
            days = next((t.duration_days for t in timexes if t.duration_days), None)
        clause_end = _clause_end(text, stops[-1].end, s1)
        status, explicit = _trip_status(ctx, trig, s0, clause_end, start=start, end=end, s1=s1)
        if status is VisitStatus.COMPLETED and ctx.anchor is not None:
            # a trip already made has no days after the writing: "after spending two days in Tokyo
            # ... will meet his counterpart on Thursday" (that day is the meeting's)
            if start is not None and start.earliest is not None and start.earliest > ctx.anchor:
                start = None
            if end is not None and end.earliest is not None and end.earliest > ctx.anchor:
                end = None
        if filed_there:
            # the reporter files from there while the visit goes on; a day in the sentence is
            # the day of what happened there ("met Thursday"), not the visit's
            start = end = None
            if status in (VisitStatus.COMPLETED, VisitStatus.ONGOING):
                # (told by a word only if the clause had one: a headline's "Trip" tells nothing,
                # and the story's own "is scheduled to arrive" then says)
                status = VisitStatus.ONGOING
        kind_m = _KIND_RE.search(text, max(s0, trig.start() - 20), min(s1, trig.end() + 10))
        kind = _KINDS.get(kind_m.group(1).lower()) if kind_m else None
        # one visit per country, in order; the first stop gets the start, the last the end
        if person.country is not None and len(stops) > 1:
            # "will travel to Hawaii, Vietnam, ... October 27-November 8": a leg in a region of the
            # traveller's own country is no visit, and the tour's first day is that leg's
            abroad = [h for h in stops if not (h.kind == "region" and h.code == person.country)]
            if abroad and abroad[0] is not stops[0]:
                start = None
            stops = abroad or stops
        if person.country is not None and len(stops) > 1 and any(h.code == person.country for h in stops):
            continue  # a trip through the traveller's own country is someone else's ("his visit to Japan, ...")
        by_country: list[tuple[str, str | None]] = []
        for h in stops:
            if by_country and by_country[-1][0] == h.code:
                continue
            if any(c == h.code for c, _ in by_country):
                continue
            by_country.append((h.code, h.city))
        if len(by_country) > 1 and end is None and isinstance(start, Month):
            end = start  # "her August travel to Samoa, Tonga and Solomon Islands": one month, the whole tour
        span = (min(trig.start(), stops[0].start), max(trig.end(), stops[-1].end))
        for traveller in travellers:
            for n, (code, city) in enumerate(by_country):
                first, last = n == 0, n == len(by_country) - 1
                own = next(((a, b) for h, a, b in listed if h.code == code), None) if listed else None
                drafts.append(
                    VisitDraft(
                        traveller,
                        code,
                        city,
                        own[0] if own is not None else start if first else None,
                        own[1] if own is not None else end if last else None,
                        status,
                        kind,
                        [span],
                        explicit=explicit,
                        days=days if len(by_country) == 1 else None,
                    )
                )
        for leg_code, leg_city, leg_start, leg_end, leg_span in further_legs(ctx, hits, stops[-1].end, s1):
            if leg_code != person.country and all(c != leg_code for c, _ in by_country):
                for traveller in travellers:
                    drafts.append(
                        VisitDraft(
                            traveller,
                            leg_code,
                            leg_city,
                            leg_start,
                            leg_end,
                            status,
                            None,
                            [leg_span],
                            explicit=explicit,
                        )
                    )
    drafts.extend(_joiners(ctx, refs, drafts))
    merged = _merge(drafts)
    _activity_cities(ctx, merged)
    stop_days(ctx, refs, merged)
    departures(ctx, refs, merged)
    _guess_statuses(merged)
    return merged


#: How far after a visit's first mention its city may be told ("During his stay in Washington").
CITY_REACH = 1500
_CITY_CUE = re.compile(
    r"\b(?:in|at|visit|visits|visiting|stay in)\s+(?:the\s+)?(?:downtown\s+|central\s+)?\Z", re.IGNORECASE
)
# "at Hyderabad House", "the Delhi Declaration": a city's name opening another name
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")


def _activity_cities(ctx: Context, visits: list[VisitDraft]) -> None:
    """A visit's city is the first city of its country where the story puts the visitor after it
    first tells of the trip: "an official visit to India [...] will also be visiting Ujjain", "will
    address business leaders in New Delhi [...] also scheduled to visit Varanasi" (New Delhi)."""
    text = ctx.text
    for v in visits:
        if v.city is not None and v.city_at is None:
            continue  # the first mention named it
        after = v.spans[0][1]
        limit = v.city_at if v.city_at is not None else min(len(text), after + CITY_REACH)
        for h in ctx.places(after, limit):
            if (
                h.kind == "city"
                and h.code == v.code
                and _CITY_CUE.search(text, max(0, h.start - 12), h.start)
                and not _NAME_GOES_ON.match(text, h.end)
            ):
                v.city = h.city
                break
    # "Kathmandu, Jan. 1: ... will pay a state visit to the Kingdom of Nepal": a visit to the
    # country a story is filed from, with no city of its own, is to the dateline's city
    here = dateline_place(ctx)
    if here is not None and here.kind == "city":
        for v in visits:
            if v.city is None and v.code == here.code:
                v.city = here.city


def _guess_statuses(visits: list[VisitDraft]) -> None:
    """A visit no word dates in time ("Secretary Kerry Travel to Colombo, Nairobi...", a headline)
    shares the status the story tells of the traveller's other stops, else of its other visits."""
    told = [v for v in visits if v.explicit]
    for v in visits:
        if v.explicit:
            continue
        own = Counter(o.status for o in told if o.person is v.person)
        pool = own or Counter(o.status for o in told)
        if pool:
            v.status = pool.most_common(1)[0][0]


_HOSTING = re.compile(r"\b(?:host|hosts|hosted|hosting|welcome|welcomes|welcomed|receive|receives|received)\b")


def _hosted(ctx: Context, refs: Refs, s0: int, trigger: int) -> tuple[Person, str] | None:
    """(guest, host's country) when the clause before a visit word hosts someone: "X will host
    Y for a state visit", "X welcomed Y on an official visit"."""
    verb = _HOSTING.search(ctx.text, s0, trigger)
    if verb is None:
        return None
    hosts = [r for r in refs.within(s0, verb.start()) if r.kind != "pronoun"]
    guests = [r for r in refs.within(verb.end(), trigger) if r.kind != "pronoun"]
    if not hosts or not guests:
        return None
    host, guest = hosts[0].person, guests[0].person
    if host is guest or host.country is None or guest.country == host.country:
        return None
    return guest, host.country


def _joiners(ctx: Context, refs: Refs, drafts: list[VisitDraft]) -> list[VisitDraft]:
    """ "Kapoor may join the Foreign Secretary on this trip": the joiner shares the trip."""
    text = ctx.text
    out: list[VisitDraft] = []
    if not ctx.mentions_any("join", "accompan"):
        return out
    for m in _JOIN.finditer(text):
        si = ctx.doc.sentence_index(m.start())
        sent = ctx.doc.sentences[si]
        tail = text[m.end() : sent.end]
        if m.group().lower() == "accompanied" and text.startswith(" by", m.end()):
            continue  # "X, accompanied by Y": read with the visit it qualifies
        if not re.search(r"\b(?:trip|visit|journey|tour)\b", tail):
            out.extend(_joined_in(ctx, refs, m, sent.start, sent.end))
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
                if joiner not in d.accompanying:
                    d.accompanying.append(joiner)
                out.append(
                    VisitDraft(
                        joiner, d.code, d.city, d.start, d.end, status or d.status, d.kind, [(m.start(), m.end())]
                    )
                )
    return out


def _joined_in(ctx: Context, refs: Refs, m: re.Match[str], s0: int, s1: int) -> list[VisitDraft]:
    """ "X will join Minister Wong and Minister Conroy in Vanuatu": all of them are there."""
    text = ctx.text
    where = next(
        (
            h
            for h in ctx.places(m.end(), s1)
            if h.kind != "adjective" and re.search(r"\bin\s+\Z", text[h.start - 4 : h.start])
        ),
        None,
    )
    if where is None:
        return []
    joiner = _refs_in(refs, s0, m.start())[-1:]
    joined = [r for r in _refs_in(refs, m.end(), where.start) if r.kind != "pronoun"]
    gap = text[joined[-1].end : where.start] if joined else ""
    if not joiner or not joined or not re.fullmatch(r"\s*in\s+(?:the\s+)?", gap):
        return []
    status, explicit = _status(ctx, text[s0:s1], None)
    people = [joiner[0].person] + [r.person for r in joined if r.person is not joiner[0].person]
    return [
        VisitDraft(p, where.code, where.city, None, None, status, None, [(m.start(), where.end)], explicit=explicit)
        for p in dict.fromkeys(people)
    ]


_POSTED = re.compile(
    r"\b(?:Ambassador|High Commissioner|Envoy|Consul(?:-General| General)?|Charg[eé] d'Affaires|Representative)\b"
    r".*?\bto\s+(?:the\s+)?(.+)\Z"
)


def _posted_to(person: Person) -> str | None:
    """The country a diplomat is posted to, from the title ("Acting High Commissioner to the
    Solomon Islands")."""
    m = _POSTED.search(person.title or "")
    if m is None:
        return None
    got = classify(m.group(1))
    return got[0] if got is not None else None


def _merge(drafts: list[VisitDraft]) -> list[VisitDraft]:
    """One visit per traveller and destination, each field from its first mention that has it;
    trips whose dates cannot be the same trip ("in 2003 ..., and in 2005") stay apart."""
    out: list[VisitDraft] = []
    for d in drafts:
        if d.person.country is not None and d.person.country == d.code and d.person.trust >= 2:
            # travel at home is not a visit abroad (a country only guessed from where the story is
            # filed is no home: "BERLIN -- ... Chen told Xinhua after he landed in Berlin")
            continue
        if _posted_to(d.person) == d.code:
            continue  # the High Commissioner to the Solomon Islands lives there: "his visit" is another's
        same = next((o for o in out if o.person is d.person and o.code == d.code and not apart(o, d)), None)
        if same is None:
            out.append(d)
            continue
        if same.city is None and d.city is not None:
            same.city, same.city_at = d.city, d.spans[0][0]
        if same.start is None and same.end is None:
            same.start, same.end = d.start, d.end
        else:
            # a stop of a dated tour, dated again on its own ("On Wednesday, he will be in
            # Sarajevo"): the missing end of the span takes the stop's day, if in order
            if same.start is None and d.start is not None and (same.end is None or d.start <= same.end):
                same.start = d.start
            if same.end is None and d.end is not None and (same.start is None or same.start <= d.end):
                same.end = d.end
        same.kind = same.kind or d.kind
        same.days = same.days or d.days
        if not same.explicit and d.explicit:
            same.status, same.explicit = d.status, True
        same.spans.extend(d.spans)
    for v in out:
        if v.days and isinstance(v.start, Day) and (v.end is None or v.end == v.start):
            # "arrived here this evening ... will be here for four days"
            span = apply_duration(v.start, v.days)
            v.end = None if span is None else span.end
    return out
