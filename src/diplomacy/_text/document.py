"""Document structure: blocks (lines and paragraphs), sentences and quotations (internal).

Everything here works on character offsets into the original text, so every record the
extractor makes can keep the span it was read from.  Each scan is one pass of a simple regex
over the text: time is linear in the input.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import attrs

__all__ = ["Document", "Quote", "Sentence", "segment"]

# Words whose trailing period does not end a sentence.  Single capitals (initials) are handled
# separately; multi-period forms ("U.S.", "J.D.") are matched by _DOTTED.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx dr st jr sr no nos gen lt col capt cmdr maj sgt adm rep reps sen sens gov prof hon rt
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    etc vs inc ltd co corp dept govt est approx fig op vol art para sec ph mt ft pres amb
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
# after a dotted abbreviation ("U.S."), these words show that a new sentence began
_STARTERS = frozenset(
    "The A An He She It They We I This That These Those In On At But And However Meanwhile Earlier "
    "Later Also His Her Their Its Our".split()
)

_BLOCK = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\Z")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([A-Z0-9][\w’']*)")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}\Z")

_OPEN_CLOSE = {"“": "”", "‘": "’", '"': '"', "«": "»", "„": "“"}


@attrs.frozen
class Sentence:
    """A sentence (or a heading line) as offsets into the text."""

    start: int
    end: int
    block: int


@attrs.frozen
class Quote:
    """A quotation: ``start``/``end`` bound the words inside the marks.

    ``closed`` is False when the paragraph ended before a closing mark (news style for a
    quotation that runs on into the next paragraph).
    """

    start: int
    end: int
    closed: bool


@attrs.frozen
class Document:
    """A text cut into blocks, sentences and quotations."""

    text: str
    blocks: tuple[tuple[int, int], ...]
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    _sentence_starts: tuple[int, ...] = attrs.field(repr=False)
    _quote_starts: tuple[int, ...] = attrs.field(repr=False)

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence holding ``offset`` (the nearest one before it)."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def in_quote(self, offset: int) -> Quote | None:
        """The quotation holding ``offset``, if any (quotations are sorted and disjoint)."""
        i = bisect_right(self._quote_starts, offset) - 1
        if i >= 0 and offset < self.quotes[i].end:
            return self.quotes[i]
        return None


def _is_boundary(text: str, dot_start: int, dot_end: int) -> bool:
    """Whether the punctuation at text[dot_start:dot_end] ends a sentence."""
    if text[dot_start] != ".":
        return True
    m = _WORD_BEFORE.search(text, max(0, dot_start - 20), dot_start)
    nxt = _NEXT_WORD.match(text, dot_end)
    if nxt is None:  # the next word is not capitalised: no new sentence
        return False
    if m is None:
        return True
    word = m.group(1)
    if _DOTTED.search(word + "."):
        return nxt.group(1) in _STARTERS
    if len(word) == 1 and word.isupper():  # an initial: "S. Jaishankar"
        return False
    return word.lower() not in ABBREVIATIONS


def _sentences(text: str, start: int, end: int, block: int) -> list[Sentence]:
    out: list[Sentence] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_boundary(text, m.start(), m.end()):
            out.append(Sentence(s, m.end(), block))
            s = m.end()
            while s < end and text[s].isspace():
                s += 1
    if s < end and text[s:end].strip():
        out.append(Sentence(s, end, block))
    return out


_QUOTE_MARK = re.compile('[“‘"«„”]')


def _quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotations in one block: curly marks pair by direction, straight ones in turn."""
    out: list[Quote] = []
    i = start
    reversed_ok = True
    while True:
        m = _QUOTE_MARK.search(text, i, end)
        if m is None:
            break
        i = m.start()
        c = m.group()
        if c == "”":
            # marks typed the wrong way round (”...“): a closing mark where a quotation opens;
            # once no close follows, none follows a later mark either (the scan stays linear)
            j = _reversed_close(text, i, end) if reversed_ok and _opens_single(text, i) else -1
            reversed_ok = reversed_ok and (j != -1 or not _opens_single(text, i))
            if j != -1:
                out.append(Quote(i + 1, j, closed=True))
                i = j + 1
            else:
                i += 1
            continue
        close = _OPEN_CLOSE[c]
        if c == "‘" and not _opens_single(text, i):
            i += 1
            continue
        j = _find_close(text, i + 1, end, close)
        if j == -1 and c == '"':
            j = text.find("”", i + 1, end)  # mixed marks: "We look forward ...,” he said.
        if j == -1:
            opens_paragraph = i == start or text[start:i].rstrip().endswith(":")
            if c in "“«„" or (c == '"' and opens_paragraph):
                # an opening double mark with no close runs to the end of the paragraph
                out.append(Quote(i + 1, end, closed=False))
                break
            i += 1
            continue
        out.append(Quote(i + 1, j, closed=True))
        i = j + 1
    return out


def _reversed_close(text: str, i: int, end: int) -> int:
    """The mark closing a quotation opened by a ” at ``i``: the next “ or ” not followed by a letter."""
    m = re.compile("[“”](?![^\\W_])").search(text, i + 1, end)
    return -1 if m is None else m.start()


def _opens_single(text: str, i: int) -> bool:
    """A ‘ opens a quotation only at a word start (not the apostrophe of ‘90s)."""
    return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalpha()


def _find_close(text: str, i: int, end: int, close: str) -> int:
    if close == "’":  # skip apostrophes inside words: don’t, Kerry’s
        while True:
            j = text.find(close, i, end)
            if j == -1 or j + 1 >= end or not text[j + 1].isalpha():
                return j
            i = j + 1
    return text.find(close, i, end)


#: How a line that was wrapped mid-sentence ends (a hard-wrapped wire story): not with
#: punctuation that closes a sentence, a heading or a quotation.
_OPEN_END = re.compile(r"(?:,|\b(?:the|a|an|of|and|or|to|in|on|at|for|with|by|from|his|her|their|its))\Z")
_WRAP_MIN = 50  # a wrapped line is a long one: headings and list items are shorter
_WRAP_MAX = 100  # ... and a short one for a paragraph: fixed-width copy wraps before this


def _lines(text: str) -> list[tuple[int, int]]:
    """The non-empty lines of ``text``, trimmed, with the lines of a hard-wrapped paragraph
    joined: a long line that does not close its sentence, followed at once by a line starting
    in lower case or after a comma or a function word ("... after touring Egypt, Ghana, the" /
    "Republic of the Congo, ...")."""
    out: list[tuple[int, int]] = []
    wrapped = False  # whether the last line may continue on the next
    for m in _BLOCK.finditer(text):
        b0, b1 = m.start(), m.end()
        while b0 < b1 and text[b0].isspace():
            b0 += 1
        while b1 > b0 and text[b1 - 1].isspace():
            b1 -= 1
        if b0 == b1:
            wrapped = False
            continue
        if (
            wrapped
            and out
            and text.count("\n", out[-1][1], b0) == 1  # (no blank line between)
            and (
                text[b0].islower()
                or _OPEN_END.search(text, max(out[-1][0], out[-1][1] - 8), out[-1][1])
                # lines of a fixed width, both: wire copy wrapped at 60-100 characters (a heading
                # above a paragraph written as one long line is not joined to it)
                or (_WRAP_MIN <= b1 - b0 <= _WRAP_MAX and _WRAP_MIN <= out[-1][1] - out[-1][0] <= _WRAP_MAX)
            )
        ):
            out[-1] = (out[-1][0], b1)
            wrapped = b1 - b0 >= _WRAP_MIN and text[b1 - 1] not in _CLOSERS
            continue
        out.append((b0, b1))
        wrapped = b1 - b0 >= _WRAP_MIN and text[b1 - 1] not in _CLOSERS
    return out


_CLOSERS = frozenset('.!?:;"”’)]|')


def segment(text: str) -> Document:
    """Cut ``text`` into blocks (non-empty lines, a hard-wrapped paragraph's joined), sentences
    and quotations."""
    blocks: list[tuple[int, int]] = []
    sentences: list[Sentence] = []
    quotes: list[Quote] = []
    for b0, b1 in _lines(text):
        blocks.append((b0, b1))
        sentences.extend(_sentences(text, b0, b1, len(blocks) - 1))
        quotes.extend(_quotes(text, b0, b1))
    return Document(
        text=text,
        blocks=tuple(blocks),
        sentences=tuple(sentences),
        quotes=tuple(quotes),
        sentence_starts=tuple(s.start for s in sentences),
        quote_starts=tuple(q.start for q in quotes),
    )
