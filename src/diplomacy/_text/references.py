"""References to resolved people: full mentions, names and surnames standing alone, titles
alone ("the Secretary", "the Tunisian premier"), pronouns, and the first person of a labelled
transcript turn (internal; :mod:`.officials` finds and resolves the people).

:func:`build_refs` gives them all, in text order, as an :class:`~._index.OffsetIndex` the event
stages query by position.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TypeAlias

import attrs

from . import gazetteer as gz
from ._index import Coverage, OffsetIndex
from .document import Document
from .people import Mention, Person, family_first, patronymic, surname
from .tokens import Tokens, tokenize

__all__ = ["Ref", "Refs", "build_refs"]


@attrs.frozen
class Ref:
    """A stretch of text that refers to a person: a mention, a surname, a title or a pronoun."""

    start: int
    end: int
    person: Person
    kind: str  # "mention", "name", "title", "pronoun"


Refs: TypeAlias = "OffsetIndex[Ref]"

_TITLE_SUBJECT = re.compile(
    r"(?<![\w.])(Secretary|Minister|President|Premier|Chancellor|Ambassador|Senator)(?=\s+(?:will|would|is|was|has|had|also|then|said|says)\b)"
)


_STATE_TITLE = re.compile(
    r"\b[Tt]he\s+(?:visiting\s+)?([A-Z][\w’'-]+)\s+((?:[Ff]oreign\s+|[Pp]rime\s+|[Dd]efen[cs]e\s+)?"
    r"(?:[Mm]inister|[Pp]remier|[Pp]resident|[Ll]eader|[Cc]hancellor|[Ss]ecretary|[Ee]nvoy|[Aa]mbassador))\b"
)
_TITLE_SYNONYMS = {"premier": "prime minister", "leader": ""}


def _state_title(code: str, word: str, p: Person) -> bool:
    return p.country == code and p.title is not None and word in p.title.casefold()


def _has_title_word(word: str, p: Person) -> bool:
    return p.title is not None and not p.echo and word in p.title.casefold()


def _foreign_minister_of(code: str | None, p: Person) -> bool:
    return (
        p.title is not None
        and not p.echo
        and _FOREIGN_MINISTER.search(p.title) is not None
        and (code is None or p.country == code)
    )


_TOP_DIPLOMAT = re.compile(
    r"\b(?:[Tt]he|([A-Z][\w.]*)['’]s)\s+(?:([A-Z][\w.]*)\s+)?top\s+(?:([A-Z][\w.]*)\s+)?diplomat\b"
)
_FOREIGN_MINISTER = re.compile(r"Foreign|Secretary of State|External Affairs", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself)\b")
_AND_BEFORE = re.compile(r"\s+and\s+\Z")
_BARE_TITLE = re.compile(
    r"\b(?:the|The)\s+(?:visiting\s+)?(?:(Secretary|Minister|Premier|President|Chancellor|Ambassador|Senator|Congressman|"
    r"Congresswoman|Envoy|Governor|Foreign Secretary|Prime Minister|Secretary-General|Secretary General)|"
    r"(secretary|minister|premier|president|chancellor|ambassador|senator|envoy))\b"
)


@functools.lru_cache(maxsize=4096)
def _form_words(form: str) -> list[str]:
    """The tokens of a name as written (cached: the same names recur across documents)."""
    return tokenize(form).texts


_LABEL = re.compile(r"[^\n:“”\"]{2,120}?:\s")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")


def _first_person(text: str, doc: Document, refs: list[Ref]) -> list[Ref]:
    """ "I", "me", "my" in the turns of a transcript or a statement: the speaker its label names.

    A paragraph opening with a label ("Mr. IWAYA Takeshi, Minister for Foreign Affairs: I have
    two announcements", "Minister Iwaya:", "Foreign Minister Ana Ruiz said: I am glad") starts a
    turn; the paragraphs after it continue the turn until another label.  A label that names no
    one ("Question:", "Reporter:") ends it.  Quotations keep their own speakers.
    """
    if ":" not in text or _FIRST_PERSON.search(text) is None:
        return []  # no label or no first person: most texts, at the cost of two scans
    index = OffsetIndex(refs)
    out: list[Ref] = []
    speaker: Person | None = None
    for b0, b1 in doc.blocks:
        label = _LABEL.match(text, b0, b1)
        if label is not None:
            named = [r for r in index.within(b0, label.end()) if r.kind != "pronoun"]
            speaker = named[0].person if named else None
        if speaker is None:
            continue
        for m in _FIRST_PERSON.finditer(text, label.end() if label is not None else b0, b1):
            if doc.in_quote(m.start()) is None:
                out.append(Ref(m.start(), m.end(), speaker, "pronoun"))
    return out


def build_refs(
    text: str, mentions: list[Mention], people: list[Person], doc: Document | None = None, toks: Tokens | None = None
) -> Refs:
    """Every reference to a resolved person, in text order (pronouns resolved to the latest person)."""
    refs: list[Ref] = [Ref(m.start, m.end, m.person, "mention") for m in mentions if m.person is not None]
    covered = Coverage((r.start, r.end) for r in refs)
    # names and surnames standing alone: "Misri's trip", "Trump stated"
    forms: dict[str, Person] = {}
    for p in people:
        forms.setdefault(p.name, p)
        for alias in p.aliases:
            forms.setdefault(alias, p)
        words = p.name.split()
        if patronymic(words):
            forms.setdefault(words[0], p)  # "Faisal bin Farhan": "Faisal", never "Farhan"
        elif len(words) > 1:
            forms.setdefault(surname(p.name), p)
            if family_first(words):
                forms.setdefault(words[0], p)
    if forms and toks is not None:
        # found by token, last word first: no per-document regex to compile
        by_last: dict[str, list[tuple[list[str], Person]]] = {}
        for form, p in forms.items():
            words = _form_words(form)
            if words:
                by_last.setdefault(words[-1], []).append((words, p))
        for group in by_last.values():
            group.sort(key=lambda c: -len(c[0]))
        texts = toks.texts
        for i, word in enumerate(texts):
            found = by_last.get(word)
            if not found:
                continue
            for words, p in found:
                a = i - len(words) + 1
                if a >= 0 and texts[a : i + 1] == words:
                    start, end = toks.starts[a], toks.ends[i]
                    if not covered.overlaps(start, end):
                        refs.append(Ref(start, end, p, "name"))
                    break
    refs.sort(key=lambda r: r.start)
    starts = [r.start for r in refs]
    titled: list[Ref] = []

    def refer_back(m: re.Match[str], fits: Callable[[Person], bool]) -> None:
        """``m`` names the latest person before it that ``fits`` (looking back a bounded way)."""
        i = bisect_left(starts, m.start()) - 1
        for k in range(i, max(-1, i - 200), -1):
            if fits(refs[k].person):
                titled.append(Ref(m.start(), m.end(), refs[k].person, "title"))
                return

    # "the Secretary", "the minister"; "On Dec 2, Secretary will then travel...": a title alone,
    # with or without its article, names the latest person before it whose title has that word
    for pattern in (_BARE_TITLE, _TITLE_SUBJECT):
        for m in pattern.finditer(text):
            if not covered.overlaps(m.start(), m.end()):
                word = next(g for g in m.groups() if g).casefold()
                refer_back(m, functools.partial(_has_title_word, word))
    # "the top US diplomat", "China's top diplomat": the latest foreign minister (of that state)
    for m in _TOP_DIPLOMAT.finditer(text):
        if not covered.overlaps(m.start(), m.end()):
            owner = m.group(1) or m.group(2) or m.group(3)
            code = None if owner is None else gz.country_adjectives().get(owner) or gz.country_names().get(owner)
            refer_back(m, functools.partial(_foreign_minister_of, code))
    # "the Tunisian premier", "the visiting Japanese Foreign Minister": the latest person of that
    # state whose title has the word
    for m in _STATE_TITLE.finditer(text):
        if covered.overlaps(m.start(), m.end()):
            continue
        code = gz.country_adjectives().get(m.group(1))
        if code is not None:
            word = m.group(2).casefold().split()[-1]
            refer_back(m, functools.partial(_state_title, code, _TITLE_SYNONYMS.get(word, word)))
    refs.extend(titled)
    refs.sort(key=lambda r: r.start)
    if doc is None:
        return OffsetIndex(refs)
    ends: list[tuple[int, int]] = []  # (end, index) of every reference, sorted on first need
    # pronouns: the subject of their own sentence if it has one before them, else of the latest
    # sentence that names someone; people named inside quotations are not antecedents
    # (a resolved pronoun counts as a reference of its sentence: "he will head to the DRC where
    # he will meet President Kabila. He will then go to Bukavu" sends Ban, not Kabila)
    opening: dict[int, Ref] = {}  # sentence index -> its earliest reference
    for r in refs:
        if doc.in_quote(r.start) is None:
            opening.setdefault(doc.sentence_index(r.start), r)
    out = list(refs)
    for m in _PRONOUN.finditer(text):
        if doc.in_quote(m.start()) is not None or covered.overlaps(m.start(), m.end()):
            continue
        si = doc.sentence_index(m.start())
        here = opening.get(si)
        person = here.person if here is not None and here.end <= m.start() else None
        joined = _AND_BEFORE.search(text, max(0, m.start() - 6), m.start())
        if joined is not None and not ends:
            ends = sorted((r.end, n) for n, r in enumerate(refs))
        if joined is not None:
            # "welcomed the visiting Foreign Minister and her delegation": the one just named
            k = bisect_left(ends, (joined.start(), -1))
            if k < len(ends) and ends[k][0] == joined.start():
                person = refs[ends[k][1]].person
        k = si - 1
        while person is None and k >= 0 and si - k <= 4:
            if k in opening:
                person = opening[k].person
            k -= 1
        if person is not None:
            ref = Ref(m.start(), m.end(), person, "pronoun")
            out.append(ref)
            if here is None or ref.start < here.start:
                opening[si] = ref
    out.extend(_first_person(text, doc, refs))
    return OffsetIndex(out)
