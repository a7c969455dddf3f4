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

from .._model.dates import Day, FuzzyDate
from .._model.events import StatementMode
from .context import story_event
from .document import Quote
from .people import Person
from .pipeline import WINDOW, Context
from .references import Ref, Refs

__all__ = ["StatementDraft", "find_statements"]

_SPEECH = (
    r"said|says|say|as saying|stated|states|noted|notes|added|adds|remarked|remarks|told|tells|declared|declares|"
    r"affirmed|affirms|asserted|asserts|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|"
    r"underscored|observed|observes|explained|explains|wrote|writes|commented|recalled|insisted|"
    r"announced|announces|mentioned|highlighted|highlights|pointed out|continued|concluded|replied|"
    r"responded|warned|urged|tweeted|posted|reiterated|reiterates|acknowledged|argued|argues|"
    r"expressed|welcomed|according to|calling|called it|describing|described it"
)
_PLAIN = re.compile(r"[\s\w,:]*")  # words up to the next quotation, nothing closing a clause
_SPEECH_RE = re.compile(rf"\b(?:{_SPEECH})\b", re.IGNORECASE)
_REPORTED = re.compile(rf"\b(?:{_SPEECH})\s+that\b", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+")
# a determiner or a naming word right before the opening mark: what is quoted is a name
_NAMING = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|these|those|so-called|called|dubbed|termed|named|entitled)\s*\Z",
    re.IGNORECASE,
)


def _name_like(quoted: str) -> bool:
    """Whether words quoted after a determiner read as a name ("the “meeting at Annenberg
    Estate”": short, or capitalised), not as words said ("a “frank and clear dialogue between
    both countries”")."""
    words = _WORD.findall(quoted)
    return len(words) <= 5 or 2 * sum(w[:1].isupper() for w in words) >= len(words)


@attrs.define
class StatementDraft:
    person: Person | None
    parts: list[str]
    spans: list[tuple[int, int]]
    block: int
    mode: StatementMode = StatementMode.DIRECT
    date: FuzzyDate | None = None
    place: str | None = None
    attribution: tuple[int, int] | None = None  # where the words that attribute it stand

    @property
    def text(self) -> str:
        return " ".join(self.parts)


def _clean(quote: str) -> str:
    return quote.strip().rstrip(",").strip()


_QUOTED_AS = re.compile(r"\bquoted\s+(.{2,60}?)\s+as\s+saying\b")


def _speaker_after(ctx: Context, refs: Refs, q: Quote, limit: int) -> tuple[Ref | None, int]:
    """Attribution right after a quotation: `,” the EAM noted` / `,” said Congressman Gonzales`."""
    text = ctx.text
    start = q.end + 1
    window_end = min(limit, start + 90)
    # the attribution stands in the quotation's own sentence: a sentence that ends inside the
    # marks ("... chapter.”) may be followed by one more clause, but a full stop after the
    # closing mark ends the attribution's reach
    stop_at = re.compile(r"[.!?]\s").search(text, start, window_end)
    if stop_at is not None:
        window_end = stop_at.start() + 1
    nxt = text.find("“", start, window_end)
    if nxt != -1:
        window_end = nxt
    window = text[start:window_end]
    verb = _SPEECH_RE.search(window)
    if verb is None:
        return None, start
    if nxt != -1 and text[q.end - 1 : q.end] in {".", "!", "?"} and _PLAIN.fullmatch(window, verb.end()):
        # “...others.” He also added that “...”: the verb introduces the next quotation
        return None, start
    # the attribution must be the next thing: no other clause between the mark and the verb, save
    # a few words that finish the quoted sentence ("” to accomplish such communications, Foreign
    # Minister Fumio Kishida told ...")
    lead = window[: verb.start()].split()
    if len(lead) > 7 and not (len(lead) <= 12 and "," in window[: verb.start()]):
        return None, start
    stop = min(window_end, start + verb.end() + 60)
    candidates = [
        r
        for r in refs.starting_in(start, stop)
        if (r.kind != "pronoun") or (start <= r.start < start + verb.start() + 2 and r.kind == "pronoun")
    ]
    near = [r for r in candidates if r.start < start + verb.start() + 60]
    if not near:
        return None, start
    quoted = _QUOTED_AS.search(window)
    if quoted is not None:
        # "“...,” he quoted Osinbajo as saying": the one quoted, not the one quoting
        inner = [r for r in near if start + quoted.start() <= r.start < start + quoted.end() and r.kind != "pronoun"]
        if inner:
            return inner[0], start + quoted.end()
    # prefer the reference closest to the verb
    best = min(near, key=lambda r: abs(r.start - (start + verb.start())))
    return best, max(best.end, start + verb.end())


def _speaker_before(ctx: Context, refs: Refs, q: Quote, block_start: int) -> Ref | None:
    """Attribution before a quotation: `X said: “...”`, `According to X, “...”`."""
    text = ctx.text
    open_mark = q.start - 1
    s0 = max(block_start, ctx.doc.sentences[ctx.doc.sentence_index(open_mark)].start, open_mark - WINDOW)
    lead = text[s0:open_mark]
    embedded = not re.search(r"[:,]\s*\Z", lead)
    if embedded and not q.closed:
        return None
    verbs = list(_SPEECH_RE.finditer(lead)) or list(_FOLLOWING.finditer(lead))
    verb = verbs[-1] if verbs else None
    if verb is None:
        return None
    inside = refs.within(s0, open_mark)
    if embedded:
        # a quotation inside the sentence ("said he hoped to “open a new chapter”"): the
        # sentence's subject said it
        inside = [r for r in inside if r.end <= s0 + verb.start()]
        # (a name before a pronoun: "For his part, U.S. Secretary of State, Rex Tillerson, expressed")
        named = [r for r in inside if r.kind != "pronoun"]
        return (named or inside)[0] if inside else None
    if not inside:
        return None
    # the subject before the verb ("Modi said in his statement, “...”": not "his"), else the
    # one nearest after it ("said Prime Minister Modi: “...”")
    subjects = [r for r in inside if r.end <= s0 + verb.start()]
    if subjects:
        return subjects[-1]
    return min(inside, key=lambda r: abs(r.start - (s0 + verb.start())))


#: The plain verbs of saying, shared by the readers below that look for someone speaking.
_SAYING = r"said|says|told|tells|stated|states|added|remarked|noted"
_SPOKE = re.compile(rf"\b(?:{_SAYING}|spoke|speaks|addressed)\b")


def _speaker_of_previous(ctx: Context, refs: Refs, block: int) -> Person | None:
    """A quotation standing alone in its paragraph, after a paragraph whose last sentence tells
    someone speaking ("Meanwhile, Biden spoke about his intention to ..."): that speaker's."""
    doc = ctx.doc
    b0, b1 = doc.blocks[block - 1]
    last = doc.sentences[doc.sentence_index(max(b0, b1 - 1))]
    if doc.in_quote(last.start) is not None:
        return None
    verb = _SPOKE.search(ctx.text, last.start, last.end)
    if verb is None:
        return None
    who = [r for r in refs.starting_in(last.start, verb.start()) if r.kind != "pronoun"]
    return who[0].person if who else None  # the subject, not one it names ("gratitude to Obasanjo")


_FOLLOWING = re.compile(
    r"\b(?:issued|released|made|gave|delivered|provided|shared)\s+(?:the\s+following|a)\s+(?:statement|remarks|comments)"
    rf"|\b(?:{_SPEECH})\s*:\s*\Z",  # "the Latvian Foreign Minister underlined:" (a paragraph's end)
    re.IGNORECASE,
)


def _chains(ctx: Context) -> list[list[Quote]]:
    """Quotations joined across paragraphs: an unclosed quotation runs on into the next paragraph
    when that paragraph opens with a quotation mark (news style)."""
    doc = ctx.doc
    starts = {b0 for b0, _ in doc.blocks}
    out: list[list[Quote]] = []
    for q in doc.quotes:
        if out and not out[-1][-1].closed and q.start - 1 in starts:
            out[-1].append(q)
        else:
            out.append([q])
    return out


def find_statements(ctx: Context, refs: Refs, *, reported: bool = False) -> list[StatementDraft]:
    text = ctx.text
    doc = ctx.doc
    drafts: list[StatementDraft] = []
    speaker_by_block: dict[int, Person] = {}
    announced: tuple[int, Person] | None = None  # (block, person) of "X issued the following statement:"
    for b, (b0, b1) in enumerate(doc.blocks):
        if ":" not in text[b0:b1] and "following" not in text[b0:b1]:
            continue  # both forms end on a colon or name "the following": skip the scan
        m = _FOLLOWING.search(text, b0, b1)
        if m is not None:
            who = [r for r in refs.starting_in(b0, m.start()) if r.kind != "pronoun"]
            if who:
                announced = (b, who[0].person)
    for chain in _chains(ctx):
        first, last = chain[0], chain[-1]
        parts = [_clean(text[q.start : q.end]) for q in chain]
        body = " ".join(p for p in parts if p)
        if len(_WORD.findall(body)) < 4:
            continue
        if _NAMING.search(text, max(0, first.start - 20), first.start - 1) and _name_like(body):
            continue  # 'after the "meeting at Annenberg Estate"': a quoted name, not words said
        block = doc.sentences[doc.sentence_index(first.start)].block
        last_block = doc.sentences[doc.sentence_index(last.start)].block
        b0, _ = doc.blocks[block]
        _, lb1 = doc.blocks[last_block]
        ref, attribution_end = (None, last.end) if not last.closed else _speaker_after(ctx, refs, last, lb1)
        if ref is None:
            ref = _speaker_before(ctx, refs, first, b0)
            attribution_end = last.end
        person = ref.person if ref is not None else None
        opens_block = first.start - 1 <= b0
        if person is None:
            person = speaker_by_block.get(block)
        if person is None and opens_block and block - 1 in speaker_by_block:
            person = speaker_by_block[block - 1]  # a paragraph that opens a quotation continues
        if person is None and opens_block and announced is not None and 0 < block - announced[0] <= 2:
            person = announced[1]  # "X issued the following statement:"
        if person is None and opens_block and block > 0 and last.closed:
            person = _speaker_of_previous(ctx, refs, block)
        if person is None:
            continue
        for k in range(block, last_block + 1):
            speaker_by_block[k] = person
        if announced is not None and person is announced[1]:
            announced = (last_block, person)
        date, place = _when_where(ctx, ref, last, attribution_end)
        if date is None and ref is not None and ref.end <= first.start:
            # "Kask said on Friday: “...”": the date stands between the speaker and the quotation
            date = next((t.value for t in ctx.timexes(ref.end, first.start) if t.value is not None), None)
        # a quotation joins the speaker's statement in the paragraph when nothing attributes it
        # anew: no attribution of its own, or the one it shares with the part before it ("“A,”
        # he said, “B.”"); a second attributed quotation is a second statement
        said = None if ref is None else (ref.start, ref.end)
        same = next((d for d in reversed(drafts) if d.block == block and d.person is person), None)
        if same is not None and _said_anew(text, same, first.start):
            same = None  # “A,” X stated, in addition to highlighting the need for “B”: two statements
        if same is not None and _narrated_between(text, same.spans[-1][1], first.start):
            same = None  # expressed “A” and how “B”: two pieces quoted in one's narration
        if same is not None and (said is None or said == same.attribution):
            same.parts.append(body)
            same.spans.extend((q.start, q.end) for q in chain)
            same.date = same.date or date
            same.place = same.place or place
            continue
        drafts.append(
            StatementDraft(
                person, [body], [(q.start, q.end) for q in chain], block, date=date, place=place, attribution=said
            )
        )
    if any(d.date is None for d in drafts):
        _dates_from_speech(ctx, refs, drafts)
    event = story_event(ctx, refs) if any(d.date is None for d in drafts) else None
    if event is not None:
        # a story that opens on a dated meeting reports what was said around it that day, by
        # those there and by their spokesmen ("... said in announcing the state visits")
        day = event[0]
        for d in drafts:
            if d.date is None:
                d.date = day
    if reported:
        drafts.extend(_reported(ctx, refs))
    return drafts


_SPEECH_VERB = re.compile(
    rf"\b(?:{_SAYING}|declared|press statements?|press conference|news conference|briefing)\b",
    re.IGNORECASE,
)


def _dates_from_speech(ctx: Context, refs: Refs, drafts: list[StatementDraft]) -> None:
    """A quotation no attribution dates takes the day its speaker last spoke on, as told before
    it: "Akbaruddin said on Friday: “...” ... “...,” he said" (both on Friday); "In press
    statements Wednesday, Ghandour said ... “...,” he said"."""
    spoke: list[tuple[int, Person | None, FuzzyDate]] = []
    for d in drafts:
        if d.date is not None:
            spoke.append((d.spans[0][0], d.person, d.date))
    for verb in ctx.scan(_SPEECH_VERB):
        sent = ctx.doc.sentences[ctx.doc.sentence_index(verb.start())]
        if ctx.doc.in_quote(verb.start()) is not None:
            continue
        days = [
            t.value
            for t in ctx.timexes(max(sent.start, verb.start() - 40), min(sent.end, verb.end() + 40))
            if isinstance(t.value, Day)
        ]
        speakers = [r for r in refs.starting_in(sent.start, verb.start()) if r.kind != "pronoun"]
        if days and speakers:
            spoke.append((verb.start(), speakers[-1].person, days[0]))
    # one sweep in text order: each undated quotation takes its speaker's latest day so far
    events: list[tuple[int, int, Person | None, FuzzyDate | None, StatementDraft | None]] = [
        (at, 0, who, day, None) for at, who, day in spoke
    ]
    events.extend((d.spans[0][0], 1, d.person, None, d) for d in drafts if d.date is None)
    events.sort(key=lambda e: (e[0], e[1]))
    latest: dict[int, FuzzyDate] = {}
    for _, kind, who, day, draft in events:
        if kind == 0 and day is not None:
            latest[id(who)] = day
        elif draft is not None and id(who) in latest:
            draft.date = latest[id(who)]


_SPEECH_ING = re.compile(
    r"\b(?:highlighting|stressing|emphasi[sz]ing|underlining|underscoring|noting|adding|saying|stating|"
    r"calling for|urging|warning|insisting|reiterating|pointing out)\b",
    re.IGNORECASE,
)


def _narrated_between(text: str, a: int, b: int) -> bool:
    """Whether the words between two quoted pieces of one sentence are narration, not an
    attribution that splits one quotation ("“A” and how “B”", "“A”, as well as the legal
    impossibility of “B”"; but "“A,” he said, “B”" is one)."""
    gap = text[a + 1 : b - 1]
    if len(gap) > WINDOW or re.search(r"[.!?]\s", gap):
        return False  # another sentence between: the paragraph's statement goes on
    return len(_WORD.findall(gap)) >= 2 and _SPEECH_RE.search(gap) is None


def _said_anew(text: str, before: StatementDraft, at: int) -> bool:
    """Whether a speech verb of its own, not the shared attribution, introduces the quotation at
    ``at`` after the statement ``before`` ("..., in addition to highlighting the need for “B”")."""
    last = before.spans[-1][1]
    shared_end = before.attribution[1] if before.attribution is not None else last
    gap_start = max(last, shared_end + 12)  # past the attribution's own verb ("Faurie stated")
    return gap_start < at and _SPEECH_ING.search(text, gap_start, at) is not None


def _when_where(ctx: Context, ref: Ref | None, q: Quote, attribution_end: int) -> tuple[FuzzyDate | None, str | None]:
    """The date and place an attribution gives: "Trump stated earlier this month in Doha"."""
    if ref is None or attribution_end <= q.end:
        return None, None
    text = ctx.text
    doc = ctx.doc
    sentence_end = doc.sentences[doc.sentence_index(attribution_end)].end
    tail_end = min(sentence_end, attribution_end + 60)
    a = q.end + 1
    date = next((t.value for t in ctx.timexes(a, tail_end) if t.value is not None), None)
    place = None
    m = re.compile(r"\bin\s+").search(text, a, tail_end)
    if m is not None:
        hits = ctx.places(m.end(), tail_end)
        if hits and hits[0].start == m.end():
            place = text[hits[0].start : hits[0].end]
    return date, place


def _reported(ctx: Context, refs: Refs) -> list[StatementDraft]:
    """`X said that ...`: the clause after "that", up to the end of its sentence."""
    text = ctx.text
    out: list[StatementDraft] = []
    for m in _REPORTED.finditer(text):
        if ctx.doc.in_quote(m.start()) is not None:
            continue
        si = ctx.doc.sentence_index(m.start())
        sent = ctx.doc.sentences[si]
        before = refs.within(sent.start, m.start())
        if not before:
            continue
        body = text[m.end() : sent.end].strip().rstrip(".").strip()
        if len(_WORD.findall(body)) < 4:
            continue
        out.append(
            StatementDraft(before[-1].person, [body], [(m.start(), sent.end)], sent.block, StatementMode.REPORTED)
        )
    return out
