"""The country an official serves, when the words around their name do not say (internal).

After the events are read, four rules a careful reader uses fill in what the title alone left
open, each only where nothing better is known (a stated adjective, an "of X" phrase or a
country-specific office always wins):

1. Someone met abroad serves the place of the meeting: "In Jerusalem, Secretary Kerry will meet
   with Prime Minister Netanyahu" (Israel), "arrived in Athens for talks with Prime Minister
   Mitsotakis" (Greece).
2. A traveller serves the country the story speaks for, which is not where they travel to: the
   country the document names most, their destinations aside.
3. The members of a delegation serve the country of its leader.
4. In a story whose trips all go to one country, someone no rule placed, named beside a
   traveller, is a host there.

The document's home (its dateline, its issuer) is the last resort, applied by the resolver.

:func:`story_event` reads the other piece of story context the stages share: the meeting a story
opens on, with its day and the people there (statements said there, arrangements signed there).
"""

from __future__ import annotations

import re
from collections import Counter

from .._model.dates import FuzzyDate
from .._model.events import VisitStatus
from .delegations import DelegationDraft
from .document import Sentence
from .people import Person
from .pipeline import WINDOW, Context
from .references import Refs
from .visits import VisitDraft, dateline_place

__all__ = ["date_visits_by_story", "fill_countries", "story_event"]

_MEETING = re.compile(
    r"\b(?:meet(?:s|ing)?|met|talks|talk|call(?:ed)? on|courtesy call on|invitation of|hosted by|received by|"
    r"host(?:s|ed)?|welcomed|with)\b[^.;:]{0,40}\Z",
    re.IGNORECASE,
)
_VERB_AFTER = re.compile(
    r"\s+(?:will|would|shall|is|was|has|had|also|then|paid|pays|made|makes|arrived|arrives|left|leaves|said|says|told|"
    r"visited|visits|travell?ed|travels|began|begins|embarked|embarks)\b"
)
_FIRST_CUE = re.compile(
    r"\b(?:meet(?:s|ing|ings)?|met|talks|call(?:ed)? on|invitation of|hosted by|received by|host(?:s|ed)?|welcomed)\b",
    re.IGNORECASE,
)
_LOCATION = re.compile(
    r"(?:^|\b[Ii]n|\bat|arrived in|arrives in|while in|While in|visit to|trip to|travel to|travels to|"
    r"travelling to|traveling to|visit|visits|visiting)\s+\Z"
)


def _sentence_place(ctx: Context, s0: int, s1: int) -> str | None:
    """The country where a sentence happens: "In Hanoi, ...", "arrived in Athens", "while in Fiji"."""
    text = ctx.text
    for h in ctx.places(s0, s1):
        if h.kind not in {"city", "country"}:
            continue
        before = text[max(s0, h.start - 14) : h.start]
        if h.start == s0 or _LOCATION.search(before):
            return h.code
    return None


#: How far back a list of people met may begin ("meetings with President A, Prime Minister B,
#: ..., and Minister of Defence E": E is met too).
MET_LIST_REACH = 320
_LIST_GAP = re.compile(r"[^.;:()]*\Z")


def _in_met_list(text: str, a: int, b: int) -> bool:
    """Whether ``b`` stands in a list that a meeting word opens within text[a:b], with no full
    stop, semicolon or colon between."""
    last = None
    for m in _FIRST_CUE.finditer(text, a, b):
        last = m
    return last is not None and _LIST_GAP.match(text, last.end(), b) is not None


def fill_countries(ctx: Context, refs: Refs, visits: list[VisitDraft], delegations: list[DelegationDraft]) -> None:
    """Apply the four rules of this module to the people of ``ctx`` (in place)."""
    text = ctx.text
    doc = ctx.doc
    # 1. met abroad
    places: dict[int, str | None] = {}  # sentence index -> where it happens
    for r in refs:
        p = r.person
        if p.trust > 1 or p.organisation is not None or p.kind == "international" or r.kind == "pronoun":
            continue
        sent = doc.sentences[doc.sentence_index(r.start)]
        if not _MEETING.search(text, max(sent.start, r.start - 60), r.start) and not _in_met_list(
            text, max(sent.start, r.start - MET_LIST_REACH), r.start
        ):
            continue
        if _VERB_AFTER.match(text, r.end):
            continue  # "at the invitation of X, Y will pay a visit": Y is a subject, not met
        # the people before the cue are the visitors; the met one is not one of them
        si = doc.sentence_index(r.start)
        if si not in places:
            places[si] = _sentence_place(ctx, sent.start, sent.end)
        place = places[si]
        if place is None:
            # the visit this sentence tells of, else the one trip its subjects make
            here = {v.code for v in visits if any(sent.start <= a < sent.end for a, _ in v.spans)}
            near = refs.starting_in(max(sent.start, r.start - WINDOW), r.start)
            subjects = {x.person for x in near if x.person is not p}
            if len(here) == 1:
                place = next(iter(here))
            elif not here:
                # the subjects' trip told last before this sentence: "will travel to Papua New
                # Guinea ... During the visit he will meet ..." (a tour's later legs come after)
                told = [(a, v.code) for v in visits if v.person in subjects for a, _ in v.spans if a < sent.start]
                place = max(told)[1] if told else None
        if place is None:
            continue
        # the visitors are the subjects before the sentence's first meeting word, not others met
        w0 = max(sent.start, r.start - WINDOW)
        cue = _FIRST_CUE.search(text, w0, r.start)
        upto = cue.start() if cue is not None else r.start
        visitors = [x.person for x in refs.starting_in(w0, upto) if x.person is not p]
        if any(v.country == place and v.trust >= 2 for v in visitors):
            continue
        p.country, p.trust = place, 1
    # 2. travellers: the country the story names most, their destinations aside
    counts: Counter[str] = Counter(h.code for h in ctx.places() if h.kind in {"country", "adjective", "city"})
    for person in ctx.people:
        if person.trust >= 2 or person.organisation is not None or person.kind == "international":
            continue
        dests = {v.code for v in visits if v.person is person}
        dests |= {c for d in delegations if d.leader is person for c in d.itinerary}
        if not dests:
            continue
        home = next((code for code, _ in counts.most_common() if code not in dests), None)
        if home is not None and (person.country is None or person.country in dests):
            person.country, person.trust = home, 1
    # 3. delegation members
    for d in delegations:
        if d.leader is None or d.leader.country is None:
            continue
        for m in d.members:
            if m.trust < 2 and m.organisation is None:
                m.country, m.trust = d.leader.country, 1
    # 4. in a story of trips to one country, those no rule placed are its hosts
    unplaced = [p for p in ctx.people if p.country is None and p.organisation is None and p.kind != "international"]
    visited = {v.code for v in visits} | {c for d in delegations for c in d.itinerary} if unplaced else set()
    if len(visited) == 1:
        (there,) = visited
        travellers = {id(v.person) for v in visits} | {id(p) for d in delegations for p in (d.leader, *d.members)}
        # the sentences where a traveller is named: a host is one met there, not a spokesman
        # of the traveller's side speaking on his own
        beside = {doc.sentence_index(r.start) for r in refs if id(r.person) in travellers}
        for person in unplaced:
            if id(person) in travellers:
                continue  # a traveller is no host
            if any(doc.sentence_index(a) in beside for a, _ in person.spans):
                person.country, person.trust = there, 1


_EVENT = re.compile(
    r"\b(?:met|meets|held talks|holds talks|(?:held|holds) (?:an? )?(?:[\w-]+ ){0,2}meetings?|"
    r"visited|visits|arrived|"
    r"arrives|hosted|hosts|received|welcomed|"
    r"signed|sealed|witnessed|paid|concluded|began|opened|"
    r"(?:after|ended|during|at|in)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|summit))\b"
)


def story_event(ctx: Context, refs: Refs) -> tuple[FuzzyDate, set[Person]] | None:
    """The meeting a story reports, if its opening names the day: "Stoltenberg met with Orbán in
    Budapest on Wednesday (12 June 2024)" gives that day and the people there."""
    got = _story_event(ctx, refs)
    return None if got is None else (got[0], got[1])


def _story_event(ctx: Context, refs: Refs) -> tuple[FuzzyDate, set[Person], Sentence] | None:
    """:func:`story_event` with the sentence that tells it."""
    doc = ctx.doc
    for sent in doc.sentences[:6]:
        if not _EVENT.search(ctx.text, sent.start, sent.end):
            continue
        for t in ctx.timexes(sent.start, sent.end):
            v = t.value
            if v is None or v.earliest is None or v.earliest != v.latest:
                continue
            if ctx.anchor is not None and v.earliest > ctx.anchor:
                continue
            present = {r.person for r in refs.starting_in(sent.start, sent.end) if r.kind != "pronoun"}
            if present:
                return v, present, sent
    return None


_ONE_DAY = re.compile(r"\b(?:one-day|day-long|daylong|a one day)\b", re.IGNORECASE)


def date_visits_by_story(ctx: Context, refs: Refs, visits: list[VisitDraft]) -> None:
    """A one-day trip under way or over with no day of its own, in a story that opens on a dated
    event its traveller attends in the country visited ("President Kagame and his Equatorial
    Guinean counterpart, Teodoro Obiang, yesterday witnessed the signing ... in Kigali. President
    Obiang was in the country for a one-day official visit"): that day (in place)."""
    undated = [
        v
        for v in visits
        if v.start is None and v.end is None and v.status in (VisitStatus.ONGOING, VisitStatus.COMPLETED)
    ]
    if not undated:
        return
    event = _story_event(ctx, refs)
    if event is None:
        return
    day, present, sent = event
    doc = ctx.doc
    # where the event may be: the places its sentence names, and the dateline's
    where = {h.code for h in ctx.places(sent.start, sent.end) if h.kind in {"city", "country"}}
    here = dateline_place(ctx)
    if here is not None:
        where.add(here.code)
    for v in undated:
        if v.person not in present or v.code not in where:
            continue
        # only a one-day trip: a meeting's day is otherwise a day of the trip, not its start
        sentences = {doc.sentence_index(a) for a, _ in v.spans}
        if any(_ONE_DAY.search(ctx.text, doc.sentences[i].start, doc.sentences[i].end) for i in sentences):
            v.start = v.end = day
