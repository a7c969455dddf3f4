"""Statements: quotations and who said them (internal).

A quotation of four words or more is attributed by the speech verb next to it, before
(``Jaishankar said: "..."``) or after (``"...," the EAM noted``, ``"...," said Congressman
Gonzales``), to the person its subject refers to (a name, a surname, a title, a pronoun).  The
quotations of one speaker in one paragraph form one statement (a quotation split by its
attribution is joined); a paragraph that opens with an unattributed quotation continues the
previous paragraph's speaker.  Scare quotes and quoted names (fewer than four words) are not
statements.

Reported speech ("X said that ...") is read only on request (``reported=True``): the annotation
guidelines count direct quotations alone.
"""

from __future__ import annotations

import re

import attrs

from .._model.dates import FuzzyDate
from .._model.events import StatementMode
from .document import Quote
from .officials import Person, Ref
from .pipeline import Context
from .places import find_places
from .timex import find_timexes

__all__ = ["StatementDraft", "find_statements"]

_SPEECH = (
    r"said|says|say|stated|states|noted|notes|added|adds|remarked|remarks|told|tells|declared|declares|"
    r"affirmed|affirms|asserted|asserts|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|"
    r"underscored|observed|observes|explained|explains|wrote|writes|commented|recalled|insisted|"
    r"announced|announces|mentioned|highlighted|highlights|pointed out|continued|concluded|replied|"
    r"responded|warned|urged|tweeted|posted|reiterated|reiterates|acknowledged|argued|argues|"
    r"expressed|welcomed|according to"
)
_SPEECH_RE = re.compile(rf"\b(?:{_SPEECH})\b", re.IGNORECASE)
_REPORTED = re.compile(rf"\b(?:{_SPEECH})\s+that\b", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+")


@attrs.define
class StatementDraft:
    person: Person | None
    parts: list[str]
    spans: list[tuple[int, int]]
    block: int
    mode: StatementMode = StatementMode.DIRECT
    date: FuzzyDate | None = None
    place: str | None = None

    @property
    def text(self) -> str:
        return " ".join(self.parts)


def _clean(quote: str) -> str:
    return quote.strip().rstrip(",").strip()


def _speaker_after(ctx: Context, refs: list[Ref], q: Quote, limit: int) -> tuple[Ref | None, int]:
    """Attribution right after a quotation: `,” the EAM noted` / `,” said Congressman Gonzales`."""
    text = ctx.text
    start = q.end + 1
    window_end = min(limit, start + 90)
    nxt = text.find("“", start, window_end)
    if nxt != -1:
        window_end = nxt
    window = text[start:window_end]
    verb = _SPEECH_RE.search(window)
    if verb is None:
        return None, start
    # the attribution must be the next thing: no other clause between the mark and the verb
    if len(window[: verb.start()].split()) > 7:
        return None, start
    stop = min(window_end, start + verb.end() + 60)
    candidates = [r for r in refs if start <= r.start < stop and r.kind != "pronoun" or (start <= r.start < start + verb.start() + 2 and r.kind == "pronoun")]
    near = [r for r in candidates if r.start < start + verb.start() + 60]
    if not near:
        return None, start
    # prefer the reference closest to the verb
    best = min(near, key=lambda r: abs(r.start - (start + verb.start())))
    return best, max(best.end, start + verb.end())


def _speaker_before(ctx: Context, refs: list[Ref], q: Quote, block_start: int) -> Ref | None:
    """Attribution before a quotation: `X said: “...”`, `According to X, “...”`."""
    text = ctx.text
    open_mark = q.start - 1
    s0 = max(block_start, ctx.doc.sentences[ctx.doc.sentence_index(open_mark)].start)
    lead = text[s0:open_mark]
    if not re.search(r"[:,]\s*\Z", lead):
        return None
    verb = None
    for verb in _SPEECH_RE.finditer(lead):
        pass
    if verb is None:
        return None
    inside = [r for r in refs if s0 <= r.start and r.end <= open_mark]
    if not inside:
        return None
    return min(inside, key=lambda r: abs(r.start - (s0 + verb.start())))


def find_statements(ctx: Context, refs: list[Ref], *, reported: bool = False) -> list[StatementDraft]:
    text = ctx.text
    doc = ctx.doc
    drafts: list[StatementDraft] = []
    last_speaker_by_block: dict[int, Person] = {}
    for q in doc.quotes:
        body = _clean(text[q.start : q.end])
        if len(_WORD.findall(body)) < 4:
            continue
        si = doc.sentence_index(q.start)
        block = doc.sentences[si].block
        b0, b1 = doc.blocks[block]
        ref, attribution_end = _speaker_after(ctx, refs, q, b1)
        if ref is None:
            ref = _speaker_before(ctx, refs, q, b0)
            attribution_end = q.end
        person = ref.person if ref is not None else None
        if person is None:
            person = last_speaker_by_block.get(block)
        if person is None and q.start - 1 <= b0 and block - 1 in last_speaker_by_block:
            person = last_speaker_by_block[block - 1]  # a paragraph that opens a quotation continues
        if person is None:
            continue
        last_speaker_by_block[block] = person
        date = None
        place = None
        if ref is not None and attribution_end > q.end:
            tail_end = min(b1, attribution_end + 60)
            sentence_end = doc.sentences[doc.sentence_index(attribution_end)].end
            tail_end = min(tail_end, sentence_end)
            span_text = text[q.end + 1 : tail_end]
            for t in find_timexes(span_text, ctx.anchor):
                if t.value is not None:
                    date = t.value
                    break
            m = re.search(r"\bin\s+", span_text)
            if m is not None:
                hits = find_places(span_text, m.end(), len(span_text))
                if hits and hits[0].start == m.end():
                    place = span_text[hits[0].start : hits[0].end]
        same = next((d for d in drafts if d.block == block and d.person is person), None)
        if same is not None:
            same.parts.append(body)
            same.spans.append((q.start, q.end))
            same.date = same.date or date
            same.place = same.place or place
            continue
        drafts.append(StatementDraft(person, [body], [(q.start, q.end)], block, date=date, place=place))
    if reported:
        drafts.extend(_reported(ctx, refs))
    return drafts


def _reported(ctx: Context, refs: list[Ref]) -> list[StatementDraft]:
    """`X said that ...`: the clause after "that", up to the end of its sentence."""
    text = ctx.text
    out: list[StatementDraft] = []
    for m in _REPORTED.finditer(text):
        if ctx.doc.in_quote(m.start()) is not None:
            continue
        si = ctx.doc.sentence_index(m.start())
        sent = ctx.doc.sentences[si]
        before = [r for r in refs if sent.start <= r.start and r.end <= m.start()]
        if not before:
            continue
        body = text[m.end() : sent.end].strip().rstrip(".").strip()
        if len(_WORD.findall(body)) < 4:
            continue
        out.append(
            StatementDraft(before[-1].person, [body], [(m.start(), sent.end)], sent.block, StatementMode.REPORTED)
        )
    return out
