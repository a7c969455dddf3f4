"""Agreements between states: named or described, with parties, status and dates (internal).

An agreement is found from its head noun (agreement, accord, treaty, MoU, deal, pact, ceasefire,
framework, initiative, partnership, alliance, compact...).  Its name is the title-case phrase
that ends in the noun ("NZ-China Free Trade Agreement"), with an acronym's expansion in brackets
kept beside it ("COMPACT (Catalysing Opportunities for ...)"), or the description a reader
would use ("bilateral trade agreement", "ceasefire between India and Pakistan").  Parties come
from the name ("India-US"), a "between X and Y" phrase, or "with X" and the speaker's side; the
status from the nearest verb (signed, launched, agreed, negotiating, proposed, in force, ended).
"""

from __future__ import annotations

import re
from collections import Counter

import attrs

from .._model.dates import FuzzyDate
from .._model.events import AgreementStatus
from .officials import Ref
from .pipeline import Context
from .places import find_places
from .timex import find_timexes

__all__ = ["AgreementDraft", "find_agreements"]

_HEAD = (
    r"agreements?|accords?|treaty|treaties|MoUs?|MOUs?|memorand(?:um|a) of understanding|deal|pact|"
    r"cease-?fire|truce|armistice|framework|initiative|partnership|alliance|compact|COMPACT|FTA|"
    r"convention|protocol|arrangement|understanding"
)
_HEAD_RE = re.compile(rf"\b(?:{_HEAD})\b", re.IGNORECASE)
# title-case words (and joiners) that may make up an agreement's name before its head noun
_NAME_WORD = re.compile(r"(?:[A-Z][\w’'.-]*|[A-Z]{2,}|of|and|for|on|the|–|-|&)\Z")
_DESCRIPTIVE = frozenset(
    "bilateral trilateral multilateral free trade economic security defence defense nuclear peace "
    "comprehensive strategic investment maritime military civil civilian energy climate partnership "
    "cooperation co-operation framework interim final preferential digital mutual landmark historic "
    "new first-ever long-term multi-sector mutually beneficial".split()
)
_STATUS: list[tuple[re.Pattern[str], AgreementStatus]] = [
    (re.compile(r"\b(?:entered into force|in force|ratified|came into effect|took effect|has been a (?:real )?success|implemented)\b", re.I), AgreementStatus.IN_FORCE),
    (re.compile(r"\b(?:signed|sign|signing|inked|initialled|initialed)\b", re.I), AgreementStatus.SIGNED),
    (re.compile(r"\b(?:launched|launch|launching|initiated|unveiled|inaugurated|established|announced)\b", re.I), AgreementStatus.LAUNCHED),
    (re.compile(r"\b(?:agreed|reached|concluded|brokered|facilitated|struck|sealed|clinched|negotiated)\b", re.I), AgreementStatus.AGREED),
    (re.compile(r"\b(?:negotiations?|negotiating|talks on|talks for|under negotiation)\b", re.I), AgreementStatus.NEGOTIATING),
    (re.compile(r"\b(?:proposed|propose|proposal|proposing|offer(?:ed|ing)?|potential|would|explore|exploring|upgrade|pursue|seek|seeking|to be established|planned)\b", re.I), AgreementStatus.PROPOSED),
    (re.compile(r"\b(?:ended|terminated|withdr[ae]w|collapsed|expired|scrapped|suspended|abandoned)\b", re.I), AgreementStatus.ENDED),
]
_GENERIC = frozenset({"agreement", "agreements", "deal", "understanding", "initiative", "framework", "arrangement", "partnership", "alliance", "protocol", "convention"})


@attrs.define
class AgreementDraft:
    name: str
    short_name: str | None
    parties: set[str]
    status: AgreementStatus
    date: FuzzyDate | None
    target: FuzzyDate | None
    spans: list[tuple[int, int]]


_CONCRETE = frozenset(
    "agreement agreements accord accords treaty treaties mou mous memorandum memoranda deal pact ceasefire "
    "cease-fire truce armistice fta".split()
)


def _name(text: str, s0: int, head: re.Match[str], s1: int) -> tuple[int, int, str | None] | None:
    """(start, end, acronym) of the agreement's name around its head noun, or None if bare."""
    start, end = head.start(), head.end()
    # walk left over title-case words: "India-US", "Bilateral Trade", "Downing Street"
    words = list(re.finditer(r"[^\s(),;:“”\"]+", text[s0:start]))
    title_start = start
    for w in reversed(words):
        if not _NAME_WORD.match(w.group()) or w.group() in {"The", "the", "A"}:
            break
        if w.group() in {"of", "and", "for", "on", "–", "-", "&"} and title_start == start:
            break
        title_start = s0 + w.start()
    # drop leading joiners
    while True:
        m = re.match(r"(?:of|and|for|on|the|–|-|&)\s+", text[title_start:start])
        if m is None:
            break
        title_start += m.end()
    acronym = None
    # an acronym with its expansion: "COMPACT (Catalysing Opportunities for ...)", "FTA"
    paren = re.match(r"\s*\(([^()]{2,160})\)", text[end:])
    if paren is not None:
        inner = paren.group(1)
        head_word = head.group()
        if head_word.isupper() or inner.isupper():
            acronym = head_word if head_word.isupper() else inner
            end += paren.end()
    if title_start == start:
        # lowercase description: "a bilateral trade agreement", "the ceasefire between India and Pakistan"
        lead = list(re.finditer(r"[\w-]+", text[max(s0, start - 60) : start]))
        desc_start = start
        for w in reversed(lead):
            if w.group().lower() not in _DESCRIPTIVE:
                break
            desc_start = max(s0, start - 60) + w.start()
        if head.group().split()[0].lower() not in _CONCRETE and not head.group().isupper():
            return None  # "a new partnership", "the framework": a relationship, not an agreement
        between = re.match(
            r"\s+between\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+and\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*",
            text[end:s1],
        )
        if between is not None:
            end += between.end()
        elif desc_start == start and head.group().lower() in _GENERIC:
            return None  # "the agreement", "a deal": a reference, not a name
        return desc_start, end, acronym
    return title_start, end, acronym


def find_agreements(ctx: Context, refs: list[Ref]) -> list[AgreementDraft]:
    text = ctx.text
    doc = ctx.doc
    drafts: list[AgreementDraft] = []
    for head in _HEAD_RE.finditer(text):
        si = doc.sentence_index(head.start())
        sent = doc.sentences[si]
        if not sent.start <= head.start() < sent.end:
            continue
        got = _name(text, sent.start, head, sent.end)
        if got is None:
            continue
        n0, n1, acronym = got
        name = " ".join(text[n0:n1].split())
        parties = {h.code for h in find_places(text, n0, n1) if h.kind in {"country", "adjective"}}
        sentence = text[sent.start : sent.end]
        between = re.search(r"\bbetween\s+(.{3,80}?)\s+and\s+(.{2,60}?)(?=[\s,.;]|$)", text[n1 - 1 : sent.end]) if len(parties) < 2 else None
        if len(parties) < 2:
            hits = [h for h in find_places(text, max(sent.start, n0 - 120), min(sent.end, n1 + 120)) if h.kind in {"country", "adjective"}]
            near_between = re.search(r"\bbetween\b", text[max(sent.start, n0 - 120) : min(sent.end, n1 + 120)])
            if near_between or between:
                parties |= {h.code for h in hits[:2]}
            else:
                with_m = re.search(r"\bwith\s+(?:the\s+)?", text[n1 : sent.end])
                if with_m is not None:
                    later = find_places(text, n1 + with_m.end(), sent.end)
                    if later and later[0].start == n1 + with_m.end():
                        parties.add(later[0].code)
        if len(parties) < 2:
            parties |= _sides(ctx, refs, sent.start, sent.end, parties)
        status = _status(sentence, head.start() - sent.start, named=name[:1].isupper())
        date = None
        target = None
        for t in find_timexes(sentence, ctx.anchor):
            if t.value is None or t.duration_days:
                continue
            if getattr(t, "target", False):
                target = target or t.value
            elif date is None:
                date = t.value
        if status is AgreementStatus.PROPOSED:
            date = None if target is None else date
        drafts.append(AgreementDraft(name, acronym, parties, status, date, target, [(n0, n1)]))
    return _merge(drafts)


def _status(sentence: str, at: int, *, named: bool = False) -> AgreementStatus:
    """The status told by the cue nearest the head noun; with no cue, a named agreement exists
    (in force) and a described one is proposed."""
    best: tuple[int, AgreementStatus] | None = None
    for pattern, status in _STATUS:
        for m in pattern.finditer(sentence):
            d = abs(m.start() - at)
            if best is None or d < best[0]:
                best = (d, status)
    if best is None:
        return AgreementStatus.IN_FORCE if named else AgreementStatus.PROPOSED
    return best[1]


def _sides(ctx: Context, refs: list[Ref], s0: int, s1: int, have: set[str]) -> set[str]:
    """The two sides of a story when the sentence does not name them: the officials' countries and
    the places of the sentence, then the document's most named countries."""
    counts: Counter[str] = Counter()
    for h in find_places(ctx.text, s0, s1):
        if h.kind in {"country", "adjective"}:
            counts[h.code] += 3
    for r in refs:
        if s0 <= r.start < s1 and r.person.country:
            counts[r.person.country] += 2
    for p in ctx.people:
        if p.country:
            counts[p.country] += 1
    if ctx.home:
        counts[ctx.home] += 1
    for h in _doc_places(ctx):
        counts[h] += 1
    out = set(have)
    for code, _ in counts.most_common():
        if len(out) >= 2:
            break
        out.add(code)
    return out


def _doc_places(ctx: Context) -> list[str]:
    cached: list[str] | None = ctx.memo.get("country_mentions")
    if cached is None:
        cached = ctx.memo["country_mentions"] = [
            h.code for h in find_places(ctx.text) if h.kind in {"country", "adjective"}
        ]
    return cached


def _key(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", name).casefold().replace("–", "-")


def _narrower(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Whether ``a`` lies within ``b`` and is shorter: February 2025 within 2025."""
    la, ha, lb, hb = a.earliest, a.latest, b.earliest, b.latest
    if None in (la, ha, lb, hb):
        return False
    assert la is not None and ha is not None and lb is not None and hb is not None
    return lb <= la and ha <= hb and (ha - la) < (hb - lb)


def _merge(drafts: list[AgreementDraft]) -> list[AgreementDraft]:
    out: list[AgreementDraft] = []
    for d in drafts:
        key = _key(d.name)
        same = next(
            (o for o in out if _key(o.name) == key or (o.short_name and o.short_name == d.short_name) or key in _key(o.name) or _key(o.name) in key),
            None,
        )
        if same is None:
            out.append(d)
            continue
        if len(d.name) > len(same.name) and d.name[:1].isupper():
            same.name = d.name
        same.short_name = same.short_name or d.short_name
        if len(same.parties) < 2:
            same.parties |= d.parties
        if same.date is None or (d.date is not None and _narrower(d.date, same.date)):
            same.date = d.date
        same.target = same.target or d.target
        same.spans.extend(d.spans)
    return out
