"""Trie-shaped regexes: exact words, longest match first, boundaries, escaping and linear matching."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy._text._trie import compile_trie, trie_pattern

try:  # Python >= 3.11
    from re import _constants as sre_constants
    from re import _parser as sre_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse as sre_parser  # type: ignore[no-redef]

_WORD = re.compile(r"\w")


def _is_word(ch: str) -> bool:
    return bool(_WORD.match(ch))


def _reference(words: set[str], text: str) -> list[tuple[int, str]]:
    """What finditer must return: left to right, the longest word at each position whose both ends
    do not stand between two word characters; the scan resumes after each match."""
    out: list[tuple[int, str]] = []
    p = 0
    n = len(text)

    def between_words(i: int) -> bool:
        return 0 < i < n and _is_word(text[i - 1]) and _is_word(text[i])

    while p < n:
        best = ""
        if not between_words(p):
            for w in words:
                if len(w) > len(best) and text.startswith(w, p) and not between_words(p + len(w)):
                    best = w
        if best:
            out.append((p, best))
            p += len(best)
        else:
            p += 1
    return out


def _opcodes(tree: object) -> set[str]:
    """Every opcode name in a parsed pattern, recursively."""
    names: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (list, tuple)) or type(node).__name__ == "SubPattern":
            stack.extend(list(node))  # type: ignore[call-overload]
        elif isinstance(node, sre_constants._NamedIntConstant):
            names.add(str(node))
    return names


def _depth(tree: object) -> int:
    """How deeply subpatterns nest in a parsed pattern."""
    best = 0
    stack: list[tuple[object, int]] = [(tree, 0)]
    while stack:
        node, d = stack.pop()
        if type(node).__name__ == "SubPattern":
            best = max(best, d + 1)
            stack.extend((child, d + 1) for child in node)  # type: ignore[attr-defined]
        elif isinstance(node, (list, tuple)):
            stack.extend((child, d) for child in node)
    return best


# ---------------------------------------------------------------- examples


def test_every_word_matches_exactly() -> None:
    """Each given word is matched whole, and nothing that is not one of the words is."""
    words = ["India", "Indian", "Indonesia", "U.S.", "US", "UK", "H.E.", "Prime Minister", "PM"]
    pattern = compile_trie(words)
    for word in words:
        assert pattern.fullmatch(word), word
    for other in ["Indi", "Ind", "U.S", "Prime", "Minister", "P", "Indonesian", "USA"]:
        assert not pattern.fullmatch(other), other


def test_the_longest_word_wins() -> None:
    """Where words share a prefix, the longest that fits is matched ("Deputy National Security Advisor",
    not "Deputy National"); a shorter one is found when the longer does not fit."""
    pattern = compile_trie(["Deputy National", "Deputy National Security Advisor", "National Security Advisor"])
    text = "Deputy National Security Advisor Pavan Kapoor met the Deputy National team."
    assert [m.group() for m in pattern.finditer(text)] == ["Deputy National Security Advisor", "Deputy National"]


def test_words_do_not_match_inside_longer_words() -> None:
    """A word that begins or ends with a letter is not found inside a longer word ("US" in "BUS",
    "India" in "Indiana", "Oman" in "Romania")."""
    pattern = compile_trie(["US", "India", "Oman", "Indian"])
    assert pattern.findall("BUS USA Indiana Romania Omani") == []
    assert pattern.findall("US, India and Oman; Indian.") == ["US", "India", "Oman", "Indian"]


def test_boundaries_follow_the_words_own_edges() -> None:
    """A word that begins or ends with a non-word character needs no boundary on that side: "U.S."
    matches in "U.S.-led" and "(U.S.)", and "H.E." before a name."""
    pattern = compile_trie(["U.S.", "H.E.", "(R-Iowa)"])
    text = "the U.S.-led talks (U.S.) with H.E.Mr. Lavrov and Ernst (R-Iowa)x"
    assert pattern.findall(text) == ["U.S.", "U.S.", "H.E.", "(R-Iowa)"]


def test_a_failed_end_boundary_falls_back_to_a_shorter_word() -> None:
    """When the longest word ends inside a longer word, the next shorter word that ends cleanly wins."""
    pattern = compile_trie(["New", "New York", "New Yorker"])
    assert pattern.findall("New Yorkers in New York") == ["New", "New York"]


def test_regex_metacharacters_are_literal() -> None:
    """Words are escaped: dots, parentheses, plus signs and brackets match only themselves."""
    pattern = compile_trie(["a.b", "C++", "Secretary (East)", "[x]", "OPEC+"])
    assert pattern.findall("axb a.b C++ Secretary (East) [x] OPEC+ OPECC") == [
        "a.b",
        "C++",
        "Secretary (East)",
        "[x]",
        "OPEC+",
    ]


def test_shape_is_a_trie() -> None:
    """Shared prefixes are factored once and a word that ends inside another comes after its longer
    continuations."""
    assert trie_pattern(["India", "Indian", "Indonesia"]) == "Ind(?:ia(?:n|)|onesia)"
    assert trie_pattern(["ab", "abc", "abd"]) == "ab(?:c|d|)"


def test_no_words_never_match_and_empty_words_are_ignored() -> None:
    """An empty word list gives a pattern that matches nothing; empty strings in the list are skipped."""
    assert compile_trie([]).search("anything at all") is None
    assert compile_trie(["", "x"]).findall("x y") == ["x"]


def test_non_string_words_are_rejected() -> None:
    """A word that is not a str raises TypeError naming it."""
    with pytest.raises(TypeError, match=r"trie words must be str, got 3 \(int\)"):
        trie_pattern(["a", 3])  # type: ignore[list-item]


def test_ignore_case_still_prefers_the_longest_word() -> None:
    """Compiled with re.IGNORECASE, words that differ only in case share one trie, so the longest
    match still wins whatever the case of the text."""
    pattern = compile_trie(["army chief", "Army Chief of Staff", "ARMY"], flags=re.IGNORECASE)
    assert pattern.findall("ARMY CHIEF OF STAFF, Army chief, army") == ["ARMY CHIEF OF STAFF", "Army chief", "army"]


def test_without_boundaries_words_match_anywhere() -> None:
    """With boundary=False the pattern is the bare trie: words are found inside longer words too."""
    assert compile_trie(["US"], boundary=False).findall("BUS USA") == ["US", "US"]


# ---------------------------------------------------------------- properties

_ALPHABET = "ab .-é"
_words = st.sets(st.text(alphabet=_ALPHABET, min_size=1, max_size=6), min_size=1, max_size=12)


@given(words=_words, text=st.text(alphabet=_ALPHABET + "c", max_size=60))
def test_finditer_agrees_with_a_longest_match_scan(words: set[str], text: str) -> None:
    """For any word set and text, the compiled trie finds exactly what a brute-force scan for the
    longest bounded word at each position finds."""
    found = [(m.start(), m.group()) for m in compile_trie(words).finditer(text)]
    assert found == _reference(words, text)


@given(words=_words)
def test_each_word_fullmatches_its_own_pattern(words: set[str]) -> None:
    """Every word of any set fullmatches the pattern built from the set."""
    pattern = compile_trie(words)
    for word in words:
        assert pattern.fullmatch(word)


@given(words=st.sets(st.text(min_size=1, max_size=12), min_size=1, max_size=30))
def test_pattern_has_no_quantifier_and_bounded_nesting(words: set[str]) -> None:
    """The pattern has no repetition at all (no *, +, ?, {m,n}) and nests no deeper than the longest
    word is long: at each start position the engine does at most O(longest word) steps, so a scan is
    linear in the text whatever the text (no catastrophic backtracking)."""
    source = trie_pattern(words, boundary=True)
    tree = sre_parser.parse(source)
    assert not {name for name in _opcodes(tree) if "REPEAT" in name}
    assert _depth(tree) <= 3 * max(map(len, words)) + 4


def test_a_megabyte_of_adversarial_text_scans_fast() -> None:
    """1 MB built to make a naive alternation backtrack (every position starts a near-miss 39
    characters long) scans within a generous bound; a catastrophic pattern would never finish."""
    dots = compile_trie(["." * i + "-" for i in range(1, 40)])
    letters = compile_trie(["a" * i + "b" for i in range(1, 40)], boundary=False)
    for pattern, text in ((dots, "." * 1_000_000), (letters, "a" * 1_000_000)):
        start = time.perf_counter()
        assert pattern.search(text) is None
        assert time.perf_counter() - start < 30.0
