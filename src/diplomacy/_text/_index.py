"""Ordered indexes over offsets, so that every stage stays linear in its input (internal).

The extractor asks two kinds of question many times per document: "is this stretch already
covered by something found?" and "which references lie between these offsets?".  A list scan
answers each in time proportional to what was found, which turns quadratic on hostile input (a
title on every line of a megabyte); these indexes answer in logarithmic time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import Generic, Protocol, TypeVar

__all__ = ["Coverage", "OffsetIndex"]


class Coverage:
    """A set of character offsets, kept as sorted disjoint [start, end) intervals."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for a, b in spans:
            self.add(a, b)

    def overlaps(self, a: int, b: int) -> bool:
        """Whether [a, b) shares a character with the covered offsets."""
        i = bisect_left(self._starts, b) - 1
        return i >= 0 and self._ends[i] > a

    def last_end_before(self, b: int) -> int | None:
        """The end of the last covered interval that starts before ``b`` (None if none does)."""
        i = bisect_left(self._starts, b) - 1
        return self._ends[i] if i >= 0 else None

    def add(self, a: int, b: int) -> None:
        """Cover [a, b), merging with what it touches."""
        if b <= a:
            return
        i = bisect_right(self._starts, a)
        if i > 0 and self._ends[i - 1] >= a:  # joins the interval before
            i -= 1
            a = self._starts[i]
            b = max(b, self._ends[i])
            del self._starts[i], self._ends[i]
        while i < len(self._starts) and self._starts[i] <= b:  # swallows the ones after
            b = max(b, self._ends[i])
            del self._starts[i], self._ends[i]
        self._starts.insert(i, a)
        self._ends.insert(i, b)


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Spanned)


class OffsetIndex(Generic[S]):
    """Items with ``start`` and ``end``, sorted by start, with range queries."""

    __slots__ = ("_by_end", "_ends", "_items", "_starts")

    def __init__(self, items: Iterable[S] = ()) -> None:
        self._items: list[S] = sorted(items, key=lambda x: x.start)
        self._starts = [x.start for x in self._items]
        by_end = sorted(self._items, key=lambda x: x.end)
        self._by_end = by_end
        self._ends = [x.end for x in by_end]

    def __iter__(self) -> Iterator[S]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def starting_in(self, a: int, b: int) -> list[S]:
        """Items whose start lies in [a, b)."""
        return self._items[bisect_left(self._starts, a) : bisect_left(self._starts, b)]

    def within(self, a: int, b: int) -> list[S]:
        """Items lying wholly inside [a, b)."""
        return [x for x in self.starting_in(a, b) if x.end <= b]

    def starting_at(self, offset: int) -> list[S]:
        return self.starting_in(offset, offset + 1)

    def ending_at(self, offset: int) -> list[S]:
        return self._by_end[bisect_left(self._ends, offset) : bisect_right(self._ends, offset)]
