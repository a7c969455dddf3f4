"""Trie-shaped regular expressions over a set of literal words (internal).

One alternation of thousands of gazetteer words scans text about as fast as a single word when it is
shaped as a trie: shared prefixes are factored out, so at each position the engine follows one path
instead of trying every word in turn (see ``shared/PERFORMANCE.md``).

>>> import re
>>> trie_pattern(["India", "Indian", "Indonesia"])
'Ind(?:ia(?:n|)|onesia)'
>>> [m.group() for m in compile_trie(["U.S.", "US", "UK"]).finditer("US and U.S. troops, USA, UK.")]
['US', 'U.S.', 'UK']

The pattern has no quantifier at all, only literals, alternation and (for boundaries) lookarounds,
so the work at each start position is bounded by the length of the longest word: matching is linear
in the length of the text, whatever the text.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable

__all__ = ["compile_trie", "trie_pattern"]

_BOUNDARY = r"(?!(?<=\w)\w)"


def _common_prefix_length(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _emit(words: list[str]) -> str:
    """The regex for ``words``: sorted, distinct suffixes below one trie node ("" = a word ends here).

    Sorted input makes the trie implicit: the words below one child are a contiguous run sharing a
    first character, and the run's common prefix is the common prefix of its first and last word.
    """
    has_end = words[0] == ""
    branches: list[str] = []
    for _, run in itertools.groupby(words[1:] if has_end else words, key=operator.itemgetter(0)):
        group = list(run)
        cut = _common_prefix_length(group[0], group[-1])
        branches.append(re.escape(group[0][:cut]) + _emit([w[cut:] for w in group]))
    if has_end:
        branches.append("")  # the word ending here comes last: the engine tries every longer word first
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _fold_case(word: str) -> str:
    """Lower-case character by character (so lengths stay put), as ``re.IGNORECASE`` compares."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def trie_pattern(words: Iterable[str], *, boundary: bool = False, ignore_case: bool = False) -> str:
    """A regex source matching exactly the given literal words, shaped as a trie.

    Alternatives are ordered so that, at any position, the longest word that matches is the one the
    engine returns. With ``boundary``, a word must not start inside or end inside a longer run of
    word characters ("Indian" does not match in "Indiana"); the check is only made on a side where
    the word itself has a word character. With ``ignore_case`` the trie is built over lower-cased
    words, so that the longest match still wins when the pattern is compiled with
    ``re.IGNORECASE``. Empty words are ignored; no words give a pattern that never matches.
    """
    if ignore_case:
        words = (_fold_case(w) if isinstance(w, str) else w for w in words)
    distinct: set[str] = set()
    for word in words:
        if not isinstance(word, str):
            raise TypeError(f"trie words must be str, got {word!r} ({type(word).__name__})")
        if word:
            distinct.add(word)
    if not distinct:
        return "(?!)"  # no words: never match
    body = _emit(sorted(distinct))
    if not boundary:
        return body
    # One lookaround serves both ends: "not between two word characters". A word that starts or ends
    # with a non-word character ("U.S.", "(R-Iowa)") passes on that side whatever stands beyond it;
    # when the end check fails, the engine backtracks into the trie and tries the next shorter word.
    return f"{_BOUNDARY}(?:{body}){_BOUNDARY}"


def compile_trie(words: Iterable[str], *, flags: int = 0, boundary: bool = True) -> re.Pattern[str]:
    """:func:`trie_pattern` compiled, by default with word boundaries.

    The boundaries are lookarounds rather than ``\\b`` so that words which begin or end with a
    non-word character ("U.S.", "H.E.", "(R-Iowa)") still match where they stand: a boundary is only
    required on a side where the word itself has a word character.
    """
    return re.compile(trie_pattern(words, boundary=boundary, ignore_case=bool(flags & re.IGNORECASE)), flags)
