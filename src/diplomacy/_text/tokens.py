"""Word tokens with offsets (internal)."""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["Tokens", "tokenize"]

# "U.S." and "J.D." are one token; "Ki-Moon", "O'Brien" one token; a possessive "'s" its own.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-‐]\w+)*(?:['’](?![sS]\b)\w+)*|['’][sS]\b|\S")


class Tokens:
    """The tokens of a text as three parallel lists (no object per token: the hot path of the
    extractor reads a few tokens around each title, not all of them)."""

    __slots__ = ("ends", "starts", "texts")

    def __init__(self, starts: list[int], ends: list[int], texts: list[str]) -> None:
        self.starts = starts
        self.ends = ends
        self.texts = texts

    def __len__(self) -> int:
        return len(self.starts)

    def index_at(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def text(self, i: int) -> str:
        """The token's text, or '' past either end."""
        return self.texts[i] if 0 <= i < len(self.texts) else ""

    def newline_before(self, i: int, source: str) -> bool:
        """Whether a line break separates token i-1 from token i."""
        if i <= 0 or i >= len(self.starts):
            return True
        return "\n" in source[self.ends[i - 1] : self.starts[i]]


def tokenize(text: str) -> Tokens:
    starts: list[int] = []
    ends: list[int] = []
    texts = _TOKEN.findall(text)
    pos = 0
    find = text.find
    for t in texts:
        at = find(t, pos)
        starts.append(at)
        pos = at + len(t)
        ends.append(pos)
    return Tokens(starts, ends, texts)
