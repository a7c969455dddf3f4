"""Delegations: who leads them, who is in them, how many, and where they go (internal).

A delegation is found from its noun (delegation, entourage, mission) or from "accompanied by
officials/a delegation".  Its leader is the person it is "led by"/"headed by", the subject of
"will lead the delegation", the owner of an "entourage of X", or the traveller a delegation
accompanies.  Members are the officials its sentences list ("includes", "comprise", a
"Members of the delegation:" heading).  The itinerary is built from every sentence about the
delegation, each in travel order ("after concluding its trip to A and B" puts A and B first),
merged on the countries they share.  A delegation that never leaves home is not recorded.
"""

from __future__ import annotations

import re

import attrs

from .people import Person
from .pipeline import WINDOW, Context
from .places import PlaceHit
from .references import Ref, Refs
from .visits import VisitDraft

__all__ = ["DelegationDraft", "drop_foreign_members", "find_delegations"]

_TRIGGER = re.compile(
    r"\b(?:delegation|entourage|(?:trade |business |political |diplomatic |goodwill |fact-finding )?mission)\b"
    r"|\baccompanied by (?:a |an |the )?(?:[\w-]+ ){0,3}(?:delegation|officials|ministers|team)\b"
    r"|\baccompanied(?:\s+(?:on|during|in)\s+(?:his|her|their|the)\s+[\w-]+|\s+to\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+by\b",
    re.IGNORECASE,
)
_OWNER = re.compile(r"(?:(['’]s)|\b([Hh]is|[Hh]er|[Tt]heir))\s+(?:[\w-]+\s+){0,2}\Z")
_WITH = re.compile(r"\b(?:with|and)\s+(?:a|an|the|his|her|their)?\s*(?:[\w-]+\s+){0,3}\Z")
_PART_OF = re.compile(
    r"\b(?:was|were|is|are|will be)\s+(?:also\s+)?(?:part of|a member of|members of|among|in)\s+(?:the\s+)?"
    r"(?:[\w.’'-]+\s+){0,4}\Z"
)
_CLAUSE_END = re.compile(r"[;:]|\b(?:who|which|where|to|for|on|in)\b|\band\s+(?!(?:the|a|an)\b)[a-z]")
_LEAD_AFTER = re.compile(r"\b(?:led|headed|chaired)\s+by\s+", re.I)
_LEAD_VERB = re.compile(r"\b(?:will lead|to lead|leads|led|is leading|leading|heads|heading|will head|headed)\b", re.I)
_SIZE = re.compile(
    r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)[- ](?:member|strong|person)\b"
    r"|\b(?:of|by)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"twenty)\s+(?:[\w-]+\s+){0,2}?(?:members|leaders|officials|people|delegates|executives|lawmakers|ministers|"
    r"parliamentarians|legislators|businesspeople|representatives|senators|MPs)\b",
    re.IGNORECASE,
)
_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}
_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50})
_COMPOSITION = re.compile(
    r"\b(all-party|cross-party|bipartisan|multi-party|multiparty|parliamentary|congressional|high-level|"
    r"presidential|business|trade|political|ministerial|official)\b",
    re.I,
)
_MEMBERS = re.compile(r"\b(?:includ(?:e|es|ed|ing)|compris(?:e|es|ed|ing)|members?\b|consist(?:s|ed|ing)? of)", re.I)
_HEADING = re.compile(r"\b(?:members|delegation)\b", re.IGNORECASE)
_TRAVEL = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|trips?|travel(?:s|ed|led|ing|ling)?|tour|journey|head(?:s|ed|ing)? (?:to|for)|"
    r"return(?:s|ed|ing)? to|leav(?:e|es|ing) for|arriv(?:e|es|ed|ing) in|mission to|delegation to|go(?:es|ing)? to|"
    r"(?:will be|to be|is|are|was|were) in)\b",
    re.I,
)


@attrs.define
class DelegationDraft:
    leader: Person | None
    members: list[Person]
    size: int | None
    composition: str | None
    itinerary: list[str]
    spans: list[tuple[int, int]]
    sentences: list[int]


def _led_by(refs: Refs, lead: re.Match[str] | None, limit: int) -> Person | None:
    """The person named right after a "led by" / "headed by" match (within 40 characters)."""
    if lead is None:
        return None
    r = _ref_after(refs, lead.end(), limit)
    return r.person if r is not None and r.start - lead.end() < 40 else None


def _ref_after(refs: Refs, at: int, limit: int) -> Ref | None:
    return next((r for r in refs.starting_in(at, limit) if r.kind != "pronoun"), None)


def _stops(ctx: Context, s0: int, s1: int, own: str | None) -> list[str]:
    """The countries a sentence sends the delegation to, in travel order."""
    text = ctx.text
    hits = [h for h in ctx.places(s0, s1) if h.kind != "adjective" and text[h.end : h.end + 2] not in {"'s", "’s"}]
    legs: list[tuple[int, list[PlaceHit]]] = []
    for t in _TRAVEL.finditer(text, s0, s1):
        run: list[PlaceHit] = []
        for h in hits:
            if h.start < t.end():
                continue
            gap = text[(run[-1].end if run else t.end()) : h.start]
            if not run:
                if len(gap) > 40 or re.search(r"[.;:]|\b(?:from|with|by)\b", gap):
                    break
                run.append(h)
                continue
            if re.fullmatch(r"\s*(?:\([A-Z]{2,6}\))?\s*(?:,|and|, and|&)\s*(?:the\s+)?", gap):
                run.append(h)
                continue
            break
        if run:
            legs.append((t.start(), run))
    # "after (concluding) its trip to A, B": those legs come first
    after = re.search(r"\bafter\b", text[s0:s1])
    ordered: list[PlaceHit] = []
    if after is not None:
        cut = s0 + after.start()
        late = [leg for at, leg in legs if at > cut]
        early = [leg for at, leg in legs if at < cut]
        for leg in late + early:
            ordered.extend(leg)
    else:
        for _, leg in legs:
            ordered.extend(leg)
    out: list[str] = []
    for h in ordered:
        if h.code == own:
            continue
        if out and out[-1] == h.code:
            continue
        out.append(h.code)
    return out


def _merge_routes(a: list[str], b: list[str]) -> list[str]:
    """Merge two travel orders on their longest common subsequence."""
    if not a:
        return list(b)
    if not b:
        return list(a)
    n, m = len(a), len(b)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            lcs[i][j] = lcs[i + 1][j + 1] + 1 if a[i] == b[j] else max(lcs[i + 1][j], lcs[i][j + 1])
    out: list[str] = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif lcs[i + 1][j] >= lcs[i][j + 1]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def find_delegations(ctx: Context, refs: Refs, visits: list[VisitDraft]) -> list[DelegationDraft]:
    text = ctx.text
    doc = ctx.doc
    drafts: list[DelegationDraft] = []
    if not ctx.mentions_any("delegation", "entourage", "mission", "accompan"):
        return []
    for trig in ctx.scan(_TRIGGER):
        if doc.in_quote(trig.start()) is not None:
            continue
        word = trig.group().lower()
        si = doc.sentence_index(trig.start())
        sent = doc.sentences[si]
        # the sentence, clipped to a window around the trigger: per-trigger work stays bounded
        s0, s1 = max(sent.start, trig.start() - WINDOW), min(sent.end, trig.end() + WINDOW)
        if (
            "mission" in word
            and not re.match(r"\s+(?:to|in|led by|headed by)\b", text[trig.end() : trig.end() + 12])
            and not re.search(r"\bled\b", text[s0 : trig.start()])
        ):
            continue
        lead = _LEAD_AFTER.match(text, trig.end(), s1) or _LEAD_AFTER.search(text, trig.end(), min(s1, trig.end() + 40))
        leader = _led_by(refs, lead, s1)
        if leader is None:
            # "The mediation team of ECOWAS led by X left Ghana on a mission to Mali"
            led = list(_LEAD_AFTER.finditer(text, s0, trig.start()))
            leader = _led_by(refs, led[-1] if led else None, trig.start())
        if leader is None:
            verbs = list(_LEAD_VERB.finditer(text, s0, trig.start()))
            verb = verbs[-1] if verbs else None
            if verb is None:
                verb = _LEAD_VERB.search(text, trig.end(), s1)
            if verb is not None and verb.start() < trig.start():
                before = refs.within(s0, verb.start())
                if before:
                    leader = before[-1].person
        if leader is None:
            # "Ms. Swaraj's delegation", "his delegation": the owner leads it
            poss = _OWNER.search(text, max(s0, trig.start() - 40), trig.start())
            if poss is not None:
                owners = refs.ending_at(poss.start(1)) if poss.group(1) else refs.starting_at(poss.start(2))
                if owners:
                    leader = owners[-1].person
        if leader is None and _WITH.search(text, max(s0, trig.start() - 60), trig.start()):
            # "President Park will visit Washington with a delegation of 166 business leaders"
            subject = [r for r in refs.within(s0, trig.start()) if r.kind != "pronoun"][:1]
            if subject:
                leader = subject[0].person
        if leader is None and word.startswith("entourage"):
            r = _ref_after(refs, trig.end(), s1)
            if r is not None and re.match(r"\s+of\b", text[trig.end() :]):
                leader = r.person
        if leader is None and word.startswith("accompanied"):
            before = refs.within(s0, trig.start())
            if before:
                leader = before[-1].person
        size = None
        window = text[max(s0, trig.start() - 40) : min(s1, trig.end() + 30)]
        sm = _SIZE.search(window)
        if sm is not None:
            raw = (sm.group(1) or sm.group(2)).lower()
            size = int(raw) if raw.isdigit() else _NUMBERS.get(raw)
        comp = _COMPOSITION.search(text, max(s0, trig.start() - 40), trig.start())
        composition = comp.group(1).lower() if comp else None
        members = _members(ctx, refs, trig.start(), leader)
        if word.startswith("accompanied") and word.endswith("by") and "delegation" not in word:
            # "The President was accompanied by the Minister for Foreign Affairs, Hon. Jane Doe":
            # the officials named after it, up to the clause's end, travel with the leader
            stop = _CLAUSE_END.search(text, trig.end(), s1)
            for r in refs.starting_in(trig.end(), s1 if stop is None else stop.start()):
                if r.kind != "pronoun" and r.person is not leader and r.person not in members:
                    members.append(r.person)
        part = _PART_OF.search(text, max(s0, trig.start() - 60), trig.start())
        if part is not None:
            # "Mr. Jaishankar, who was then foreign secretary, was part of Ms. Swaraj's delegation"
            subject = [r for r in refs.within(s0, part.start()) if r.kind != "pronoun"][:1]
            if subject and subject[0].person is not leader and subject[0].person not in members:
                members.append(subject[0].person)
        own = leader.country if leader is not None else None
        itinerary = _stops(ctx, s0, s1, own)
        drafts.append(
            DelegationDraft(leader, members, size, composition, itinerary, [(trig.start(), trig.end())], [si])
        )
    drafts.extend(_lead_sentences(ctx, refs, drafts))
    drafts.extend(_accompanying_lists(ctx, refs))
    merged = _merge(drafts)
    out = []
    for d in merged:
        if d.leader is not None and not d.itinerary:
            d.itinerary = [v.code for v in visits if v.person is d.leader]
        if d.leader is None and not d.members and d.size is None:
            continue
        if not d.itinerary:
            continue  # a delegation that never leaves home
        out.append(d)
    return out


def _members(ctx: Context, refs: Refs, at: int, leader: Person | None) -> list[Person]:
    """Officials listed as members near ``at`` ("includes", "comprise"...: in its sentence, within
    the window, or the next), or under a "Members of the ... Delegation:" heading after it."""
    text = ctx.text
    doc = ctx.doc
    out: list[Person] = []
    si = doc.sentence_index(at)
    for k in (si, si + 1):
        if k >= len(doc.sentences):
            break
        s = doc.sentences[k]
        a, b = max(s.start, at - WINDOW), min(s.end, at + 2 * WINDOW)
        m = _MEMBERS.search(text, a, b)
        if m is None:
            continue
        for r in refs.starting_in(m.start(), b):
            if r.kind != "pronoun" and r.person is not leader and r.person not in out:
                out.append(r.person)
    block_start = doc.blocks[doc.sentences[si].block][0]
    for start, listed in _headed_lists(ctx, refs):
        if start >= block_start:
            out.extend(p for p in listed if p is not leader and p not in out)
            break
    return out


def _headed_lists(ctx: Context, refs: Refs) -> list[tuple[int, list[Person]]]:
    """Each heading "Members of the ... Delegation:" with the officials listed one per line under
    it (read once per document)."""
    got: list[tuple[int, list[Person]]] | None = ctx.memo.get("delegation_lists")
    if got is not None:
        return got
    text = ctx.text
    blocks = ctx.doc.blocks
    got = []
    for b, (b0, b1) in enumerate(blocks):
        if text[b1 - 1 : b1] != ":" or not _HEADING.search(text, b0, b1):
            continue
        listed: list[Person] = []
        for c0, c1 in blocks[b + 1 :]:
            found = [r for r in refs.starting_in(c0, c1) if r.kind != "pronoun"]
            if not found:
                break
            if found[0].person not in listed:
                listed.append(found[0].person)
        got.append((b0, listed))
    ctx.memo["delegation_lists"] = got
    return got


#: "Accompanying the President on his visit to China are ...", "Among those accompanying
#: President Tinubu are ...": the one accompanied, then (after the verb) the entourage
_ACCOMPANYING = re.compile(r"\b(?:[Aa]ccompanying|[Tt]hose accompanying)\s+(?:the\s+)?")
_LIST_VERB = re.compile(r"\b(?:are|were|include|included|includes)\b")


def _accompanying_lists(ctx: Context, refs: Refs) -> list[DelegationDraft]:
    """An entourage listed after "Accompanying X ... are": X leads it, the officials listed are
    its members."""
    out = []
    text = ctx.text
    for m in _ACCOMPANYING.finditer(text):
        sent = ctx.doc.sentences[ctx.doc.sentence_index(m.start())]
        leader = next((r for r in refs.starting_at(m.end()) if r.kind != "pronoun"), None)
        if leader is None:
            continue
        verb = _LIST_VERB.search(text, leader.end, min(sent.end, leader.end + 120))
        if verb is None:
            continue
        members: list[Person] = []
        for r in refs.starting_in(verb.end(), min(sent.end, verb.end() + 2 * WINDOW)):
            if r.kind != "pronoun" and r.person is not leader.person and r.person not in members:
                members.append(r.person)
        if members:
            si = ctx.doc.sentence_index(m.start())
            out.append(DelegationDraft(leader.person, members, None, None, [], [(m.start(), m.end())], [si]))
    return out


def _lead_sentences(ctx: Context, refs: Refs, drafts: list[DelegationDraft]) -> list[DelegationDraft]:
    """ "X will lead the delegation" in a later sentence names the leader of an earlier delegation."""
    out = []
    for m in re.finditer(
        r"\b(?:will lead|leads|led|heads|will head)\s+the\s+(?:[\w-]+\s+){0,2}(?:delegation|mission)\b", ctx.text
    ):
        si = ctx.doc.sentence_index(m.start())
        sent = ctx.doc.sentences[si]
        before = [r for r in refs.within(sent.start, m.start()) if r.kind != "pronoun"]
        if before:
            out.append(DelegationDraft(before[0].person, [], None, None, [], [(m.start(), m.end())], [si]))
    return out


def _merge(drafts: list[DelegationDraft]) -> list[DelegationDraft]:
    """Delegations of one leader are one; mentions with no leader join the document's first."""
    drafts = sorted(drafts, key=lambda d: d.spans[0][0])
    out: list[DelegationDraft] = []
    for d in drafts:
        same = next((o for o in out if d.leader is not None and o.leader is d.leader), None)
        if same is None and (d.leader is None or any(o.leader is None for o in out)):
            same = next((o for o in out if o.leader is None or d.leader is None), None)
        if same is None:
            out.append(d)
            continue
        same.leader = same.leader or d.leader
        for p in d.members:
            if p not in same.members and p is not same.leader:
                same.members.append(p)
        same.size = same.size or d.size
        same.composition = same.composition or d.composition
        if not set(d.sentences) <= set(same.sentences):
            same.itinerary = _merge_routes(same.itinerary, d.itinerary)
        same.sentences.extend(d.sentences)
        same.spans.extend(d.spans)
    for d in out:
        d.members = [p for p in d.members if p is not d.leader]
    return out


def drop_foreign_members(drafts: list[DelegationDraft]) -> None:
    """Once countries are settled: a "member" told to serve another state than the leader's is
    someone the delegation meets, not one of it (in place)."""
    for d in drafts:
        d.members = [p for p in d.members if not _serves_another(p, d.leader)]


def _serves_another(p: Person, leader: Person | None) -> bool:
    """Whether ``p`` is told to serve a state other than the leader's ("Kazakh President X",
    met by an Azerbaijani delegation): a host, not a member."""
    if leader is None or leader.country is None or p.country is None or p.country == leader.country:
        return False
    # a state stated outright ("Kazakh President") outweighs the leader's, however it was found
    return p.trust >= 3 or (p.trust >= 2 and leader.trust >= 2)
