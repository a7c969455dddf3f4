"""Word tokens with offsets (internal)."""

from __future__ import annotations

import re
from bisect import bisect_left

import attrs

__all__ = ["Token", "Tokens", "tokenize"]

# "U.S." and "J.D." are one token; "Ki-Moon", "O'Brien" one token; a possessive "'s" its own.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-‐]\w+)*(?:['’](?![sS]\b)\w+)*|['’][sS]\b|\S")


@attrs.frozen
class Token:
    start: int
    end: int
    text: str

    @property
    def is_cap(self) -> bool:
        """Starts with an upper-case letter."""
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@attrs.frozen
class Tokens:
    """The tokens of a text, with a lookup from offset to token index."""

    items: tuple[Token, ...]
    starts: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> Token:
        return self.items[i]

    def index_at(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def text(self, i: int) -> str:
        """The token's text, or '' past either end."""
        return self.items[i].text if 0 <= i < len(self.items) else ""


    def newline_before(self, i: int, source: str) -> bool:
        """Whether a line break separates token i-1 from token i."""
        if i <= 0 or i >= len(self.items):
            return True
        return "\n" in source[self.items[i - 1].end : self.items[i].start]


def tokenize(text: str) -> Tokens:
    items = tuple(Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text))
    return Tokens(items, tuple(t.start for t in items))
