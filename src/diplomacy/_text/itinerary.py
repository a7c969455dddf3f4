"""When a trip happens and where it stops: its dates, its itinerary, its departure and return
(internal; :mod:`.visits` reads who travels where and decides a trip's status).

* :func:`trip_dates`: a trip's start and end from the temporal expressions of its clause, leaving out
  the days of reports ("said on Friday"), of events during it ("to attend ... on December 3") and
  of other periods ("since 2005", "ahead of the Feb. 24 anniversary").
* :func:`dated_stops` and :func:`further_legs`: stops each with its own days ("Benin, from 22 to
  23 October; the Republic of Guinea, from 23 to 24"; "to Egypt on 15-16 March and to Jordan on
  17 March").
* :func:`stop_days`: days later sentences give a tour's stops ("In Athens on March 15, ...").
* :func:`departures`: "left Ghana on Sunday", "will return on Tuesday".
* :func:`apart`: whether two dated mentions of trips to one country are two trips.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from .._model.dates import Day, FuzzyDate, Interval, Month
from .._model.events import VisitStatus
from .pipeline import Context
from .places import PlaceHit, classify
from .references import Refs
from .timex import Timex, apply_duration

if TYPE_CHECKING:
    from .visits import VisitDraft

__all__ = [
    "apart",
    "before_anchor",
    "dated_stops",
    "departures",
    "further_legs",
    "list_start",
    "spans_anchor",
    "stop_days",
    "trip_dates",
]


_REPORTING = re.compile(r"\b(?:announced|said|stated|told|noted|informed|reported|confirmed|added|indicated)\b", re.I)


_PURPOSE = re.compile(
    r"\b(?:to|in order to)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:take part|attend|join|participate|meet|hold|discuss|sign|address|open|lead|represent|deliver|hand|"
    r"invite|extend|present|inaugurate|launch|mark|celebrate|witness|co-chair|chair)\b"
    r"|\bwhere\b"
)


_ENDED = re.compile(r"\b(?:conclud\w*|ended|ends|ending|wrapp?\w* up|complet\w*|finish\w*)\b", re.IGNORECASE)


def spans_anchor(ctx: Context, start: FuzzyDate | None, end: FuzzyDate | None) -> bool:
    """Whether the trip's days include the day the text was published."""
    last = end if end is not None else start
    if start is None or last is None or ctx.anchor is None:
        return False
    if getattr(start, "approximate", False) or getattr(last, "approximate", False):
        return False  # "early this month" is not known to reach the day of writing
    lo, hi = start.earliest, last.latest
    return lo is not None and hi is not None and lo <= ctx.anchor <= hi


def before_anchor(ctx: Context, value: FuzzyDate | None) -> bool:
    """Whether ``value`` ends before the day the text was published."""
    latest = None if value is None else value.latest
    return latest is not None and ctx.anchor is not None and latest < ctx.anchor


# arriving, and leaving for a place: the day told is the trip's start alone
_ARRIVAL = re.compile(
    r"\b(?:(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?)\s+(?:in|at|here)|reach(?:es|ed|ing)?|"
    r"(?:left|leaves|leaving|depart(?:s|ed|ing)?|head(?:s|ed|ing)?|set(?:s|ting)? off)"
    r"(?:\s+(?:on\s+)?[A-Za-z]+)?\s+(?:for|to))\Z",
    re.IGNORECASE,
)


# "ahead of the ...", "before hosting the ...": the date of what the trip comes before
_AHEAD_OF = re.compile(
    r"\b(?:ahead of|in the run-up to|before|since)\s+(?:[a-z]+ing\s+)?(?:the\s+|its\s+|his\s+|her\s+)?\Z",
    re.IGNORECASE,
)


_SINCE = re.compile(r"\bsince\b[^,.;:]{0,50}\Z", re.IGNORECASE)  # "since she took office in February 2013"


_TAKE_TO = re.compile(r"\b(?:take|takes|taking|took)\s+(?:him|her|them)\s+to\s+", re.IGNORECASE)


_DIGIT = re.compile(r"\d")


_ITEM_NEXT = re.compile(r"\s*[;,]|\s+and\b")


_ITEM_LEAD = re.compile(r"\s*[;,]?\s*(?:and\s+)?(?:then\s+)?(?:to\s+)?(?:the\s+)?")


_ITEM_DATE_GAP = re.compile(r",?\s*(?:from\s+|on\s+)?(?:(\d{1,2})\s*(?:and|to|-|–)\s*)?")


_BARE_DAYS = re.compile(r",?\s*(?:from\s+|on\s+)?(\d{1,2})\s*(?:and|to|-|–)\s*(\d{1,2})\b(?![\s-]*[A-Za-z]{3})")


def list_start(text: str, at: int, limit: int) -> int:
    """Where a trip's list of stops starts: after "that will take him to", else at the verb."""
    m = _TAKE_TO.search(text, at, min(limit, at + 80))
    return at if m is None else m.end()


def dated_stops(
    ctx: Context, hits: list[PlaceHit], after: int, limit: int
) -> list[tuple[PlaceHit, FuzzyDate | None, FuzzyDate | None]]:
    """Stops each followed by its own days ("Benin, from 22 to 23 October; the Republic of Guinea,
    from 23 to 24; and Nigeria, on 25 and 26 October"), a month left out carried over from the
    stop that states it; empty unless two stops or more are dated so."""
    text = ctx.text
    tail = text[after:limit]
    if (";" not in tail and tail.count(",") < 2) or _DIGIT.search(tail) is None:
        return []  # (no list of dated stops: the common case, decided without a scan)
    lead = _ITEM_LEAD.match(text, after, limit)
    first = lead.end() if lead is not None else after
    if not any(h.start == first for h in hits):
        return []
    items: list[list[Any]] = []
    pos = after
    while len(items) < 8:
        lead = _ITEM_LEAD.match(text, pos, limit)
        p = lead.end() if lead is not None else pos
        place = next((h for h in hits if h.start == p and h.kind in {"city", "country"}), None)
        if place is None:
            break
        q = place.end
        start: FuzzyDate | None = None
        end: FuzzyDate | None = None
        days: tuple[int, int] | None = None
        found = [t for t in ctx.timexes(q, min(limit, q + 40)) if t.value is not None and not t.duration_days]
        gap = _ITEM_DATE_GAP.fullmatch(text, q, found[0].start) if found else None
        if found and gap is not None:
            value = found[0].value
            start, end = (value.start, value.end) if isinstance(value, Interval) else (value, value)
            if gap.group(1) and isinstance(value, Day) and value.month is not None:
                with contextlib.suppress(ValueError):  # "on 25 and 26 October": from the 25th
                    start = Day(value.year, value.month, int(gap.group(1)))
            q = found[0].end
        else:
            bare = _BARE_DAYS.match(text, q, limit)
            if bare is not None:
                days = (int(bare.group(1)), int(bare.group(2)))
                q = bare.end()
        items.append([place, start, end, days])
        pos = q
        if not _ITEM_NEXT.match(text, pos, limit):
            break
    # a bare "from 23 to 24" takes the month of the nearest stop that states one
    for n, item in enumerate(items):
        if item[3] is None:
            continue
        near = [i for i in items[n + 1 :] + items[:n][::-1] if isinstance(i[1], Day) and i[1].month is not None]
        if near:
            ref = near[0][1]
            with contextlib.suppress(ValueError):  # (an impossible day: the stop stays undated)
                item[1], item[2] = Day(ref.year, ref.month, item[3][0]), Day(ref.year, ref.month, item[3][1])
    if sum(1 for i in items if i[1] is not None) < 2:
        return []
    return [(i[0], i[1], i[2]) for i in items]


def trip_dates(
    ctx: Context, timexes: list[Timex], trig_end: int, clause: str, c0: int, *, places_end: int | None = None
) -> tuple[FuzzyDate | None, FuzzyDate | None]:
    """Start and end of the trip from the timexes of its clause.  A date after the trip's purpose
    ("to take part in the OSCE Ministerial Council on December 3") is the date of an event during
    the visit, not the visit's."""
    durations = [t for t in timexes if t.duration_days]
    values = [t for t in timexes if t.value is not None and not t.duration_days]
    good: list[Timex] = []
    # the reporting verbs of the clause, found once: a date on their side is the report's
    c1 = c0 + len(clause)
    reports = [m.start() for m in _REPORTING.finditer(ctx.text, c0, c1)]
    for t in values:
        lo, hi = sorted((trig_end, t.start))
        k = bisect_left(reports, lo)
        if (k < len(reports) and reports[k] < hi) or _REPORTING.search(ctx.text, max(c0, t.start - 25), t.start):
            continue
        if places_end is not None and t.start > places_end and _PURPOSE.search(ctx.text, places_end, t.start):
            continue
        if isinstance(t.value, Interval) and "week" in t.text.lower():
            continue  # "next week" names no day of the trip: its days stay unknown
        lead = ctx.text[max(c0, t.start - 60) : t.start].lower()  # (a substring test spares regex scans)
        if (
            ("ahead" in lead or "before" in lead or "run-up" in lead)
            and _AHEAD_OF.search(ctx.text, max(c0, t.start - 32), t.start)
        ) or ("since" in lead and _SINCE.search(ctx.text, max(c0, t.start - 60), t.start)):
            continue  # "ahead of the Feb. 24 anniversary", "the first visit since 2005": not the trip's day
        good.append(t)
    if not good:
        return None, None
    after = [t for t in good if t.start >= trig_end]
    t = after[0] if after else good[-1]
    value = t.value
    assert value is not None
    if durations and isinstance(value, Day):
        days = durations[0].duration_days or 1
        if _ENDED.search(ctx.text, c0, trig_end):
            # "concluded his two-day visit on Sunday": the day named is the last one
            first = value.earliest
            if first is not None:
                start_day = Day.from_date(first - dt.timedelta(days=days - 1))
                return start_day, value
        span = apply_duration(value, days)
        if span is not None:
            value = span
    if isinstance(value, Interval):
        return value.start, value.end
    if isinstance(value, Day):
        if re.search(r"\b(?:from|back from)\s*\Z", ctx.text[max(c0, trig_end - 12) : trig_end]):
            return None, value  # "returned from Finland on Saturday": the day of return
        if re.search(
            r"\b(?:beginning|starting|from|departs?|departing|leaves|leaving)\s+(?:on\s+)?\Z",
            ctx.text[max(0, t.start - 20) : t.start],
        ) or _ARRIVAL.search(ctx.text, max(c0, trig_end - 30), trig_end):
            return value, None  # "beginning on May 3", "arrived in Tbilisi on July 3": the start alone
        return value, value
    if isinstance(value, Month) and value.approximate is False:
        return value, None
    return value, None


_IN_PLACE_ON = re.compile(r",?\s+on\s+|,\s+(?:from\s+)?")
#: "27 and 28 April": the first of two days a stop is given
_DAY_AND = re.compile(r"\b([0-3]?\d)\s+and\s+\Z")


_ON_DAY_IN = re.compile(r",?\s+in\s+")


def _stop_day(ctx: Context, s0: int, s1: int) -> tuple[PlaceHit, Day, Day] | None:
    """The stop and days (first, last) a sentence opens on: "In Athens on March 15, ...", "On
    March 12 in Pristina, ...", "In Viet Nam, 27 and 28 April, ...", "In Australia, 30 April to
    2 May, ..."."""
    text = ctx.text
    head = min(s1, s0 + 80)
    if text[s0 : s0 + 3] not in ("In ", "On "):
        return None
    places = [h for h in ctx.places(s0, head) if h.kind in {"city", "country"}]
    days = [
        t
        for t in ctx.timexes(s0, head)
        if (isinstance(t.value, Day) or (isinstance(t.value, Interval) and isinstance(t.value.start, Day)))
        and not t.duration_days
    ]
    if not places or not days:
        return None
    place, day = places[0], days[0]
    value = day.value
    two = None
    if isinstance(value, Interval):
        first, last = value.start, value.end
        if not isinstance(first, Day) or not isinstance(last, Day):
            return None
    else:
        assert isinstance(value, Day)
        first = last = value
        two = _DAY_AND.search(text, max(s0, day.start - 8), day.start)
        lo = value.earliest
        if two is not None and lo is not None and int(two.group(1)) < lo.day:
            first = Day.from_date(lo.replace(day=int(two.group(1))))  # (a smaller day of the same month)
        else:
            two = None
    opening = two.start() if two is not None else day.start
    if text.startswith("In ", s0) and place.start == s0 + 3 and _IN_PLACE_ON.fullmatch(text, place.end, opening):
        return place, first, last
    if text.startswith("On ", s0) and day.start == s0 + 3 and _ON_DAY_IN.fullmatch(text, day.end, place.start):
        return place, first, last
    return None


def stop_days(ctx: Context, refs: Refs, visits: list[VisitDraft]) -> None:
    """The days of a tour's stops, where sentences give them ("In Athens on March 15, he will
    meet ..."): each such stop takes its own day instead of a share of the tour's span, and the
    span's bounds go to the earliest and latest stops so dated.  A one-country trip keeps its
    dates: a day in it is the day of an event during the visit."""
    if len(visits) < 2:
        return
    tours: dict[tuple[int, tuple[int, int]], list[VisitDraft]] = {}
    for v in visits:
        tours.setdefault((id(v.person), v.spans[0]), []).append(v)
    tours = {k: vs for k, vs in tours.items() if len(vs) > 1}
    if not tours:
        return
    days: dict[int, tuple[Day, Day]] = {}
    for sent in ctx.doc.sentences:
        got = _stop_day(ctx, sent.start, sent.end)
        if got is None:
            continue
        place, day, until = got
        here = {r.person for r in refs.starting_in(sent.start, sent.end)}
        for group in tours.values():
            for v in group:
                if v.person in here and v.code == place.code and (place.city is None or v.city in (None, place.city)):
                    days.setdefault(id(v), (day, until))
    for group in tours.values():
        dated = [v for v in group if id(v) in days]
        if not dated:
            continue
        first, last = group[0].start, group[-1].end
        for v in group:
            own = days.get(id(v))
            v.start, v.end = own if own is not None else (None, None)
        dated.sort(key=lambda v: days[id(v)][0].earliest or dt.date.min)
        # the tour's first and last days: its first and last stops' when no day of their own is
        # told and the list follows the travel ("... and New Zealand from 27 April to 3 May"; "In
        # Australia, 30 April to 2 May"), else the earliest and latest stops so dated reach them
        in_order = [v for v in group if id(v) in days] == dated  # the list follows the travel
        lo = group[0] if in_order and id(group[0]) not in days else dated[0]
        hi = group[-1] if in_order and id(group[-1]) not in days else dated[-1]
        if first is not None and (lo.start is None or first < lo.start):
            lo.start = first
        if last is not None and (hi.end is None or hi.end < last):
            hi.end = last


# "departs on Monday", "departs New Zealand on Thursday 13 March"
_DEPART = re.compile(
    r"\b(?:departs?|departing|departed|leaves|leaving|left|sets? off|set off|will leave)"
    r"(?:\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))?\s+on\b"
)


# "will return on 31 March", "arrives back on Friday 21 March"
_RETURN = re.compile(
    r"\b(?:returns?|returning|will return|is due back|comes? back|arrives? back|arriving back|gets? back|"
    r"flies back)\b(?:\s+(?:home|to\s+[A-Z][\w-]*))?\s+on\b",
    re.I,
)


_LEG = re.compile(
    r"[^.;:]{0,40}?(?:\s(?:and|then|before|after that)|,)\s+(?:then\s+)?"
    r"(?:(?:travel|go|head|continue|proceed|fly)(?:s|ing)?\s+(?:on\s+)?)?(?:on\s+)?to\s+(?:the\s+)?"
)


def further_legs(
    ctx: Context, hits: list[PlaceHit], after: int, limit: int
) -> list[tuple[str, str | None, FuzzyDate | None, FuzzyDate | None, tuple[int, int]]]:
    """The legs a trip goes on to after its first places: "to Egypt on 15-16 March and to Jordan on
    17 March" gives Jordan its own day."""
    out: list[tuple[str, str | None, FuzzyDate | None, FuzzyDate | None, tuple[int, int]]] = []
    text = ctx.text
    pos = after
    while len(out) < 8:
        m = _LEG.match(text, pos, limit)
        if m is None:
            break
        place = next((h for h in hits if h.start == m.end() and h.kind != "adjective"), None)
        if place is None:
            break
        nxt = _LEG.match(text, place.end, limit)
        stop = limit if nxt is None else nxt.start() + len(nxt.group()) - len(nxt.group().lstrip(" ,"))
        found = [t for t in ctx.timexes(place.end, min(stop, place.end + 60)) if t.value is not None]
        start: FuzzyDate | None = None
        end: FuzzyDate | None = None
        if found:
            value = found[0].value
            if isinstance(value, Interval):
                start, end = value.start, value.end
            elif isinstance(value, Day):
                start, end = value, value
            else:
                start = value
        out.append((place.code, place.city, start, end, (m.start(), place.end)))
        pos = place.end
    return out


def departures(ctx: Context, refs: Refs, visits: list[VisitDraft]) -> None:
    """ "X departs on Monday ... and will return on 31 March": the trip's first and last days."""
    text = ctx.text
    checks = (
        (_DEPART, "start", ("depart", "Depart", "leav", "Leav", "left", "Left", "set off", "sets off")),
        (_RETURN, "end", ("return", "back")),
    )
    for pattern, which, words in checks:
        if not ctx.mentions_any(*words):
            continue
        for m in pattern.finditer(text):
            sent = ctx.doc.sentences[ctx.doc.sentence_index(m.start())]
            who = refs.starting_in(sent.start, m.start())
            if not who:
                continue
            person = who[0].person
            trips = [v for v in visits if v.person is person]
            if len(trips) != 1:
                continue
            found = ctx.timexes(m.end(), min(sent.end, m.end() + 40))
            if not found or found[0].start > m.end() + 2 or not isinstance(found[0].value, Day):
                continue
            day = found[0].value
            left = m.group(1) if which == "start" else None
            place = classify(left) if left else None
            # "leaves Kenya on Friday": the last day there
            side = "end" if place is not None and place[0] == trips[0].code else which
            if side == "start":
                trips[0].start = day
            else:
                trips[0].end = day
                if (
                    m.group().lower().startswith(("will", "is due"))
                    and trips[0].status is VisitStatus.COMPLETED
                    and before_anchor(ctx, trips[0].start)
                ):
                    # "left Ghana on Sunday ... will return on Tuesday": away now
                    trips[0].status = VisitStatus.ONGOING


def apart(a: VisitDraft, b: VisitDraft) -> bool:
    """Whether two dated mentions of trips to one country are two trips: their days lie months
    apart ("in 2003 ..., and in 2005"; "his last visit, in March" and "next week")."""
    a0, a1 = a.start or a.end, a.end or a.start
    b0, b1 = b.start or b.end, b.end or b.start
    if a0 is None or b0 is None or a1 is None or b1 is None:
        return False
    lo_a, hi_a, lo_b, hi_b = a0.earliest, a1.latest, b0.earliest, b1.latest
    if lo_a is None or hi_a is None or lo_b is None or hi_b is None:
        return False
    # days a trip's own mentions may disagree by (a departure, a stop, a meeting during it)
    gap = dt.timedelta(days=60)
    return hi_a + gap < lo_b or hi_b + gap < lo_a
