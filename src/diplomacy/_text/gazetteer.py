"""The gazetteers the extractor reads: offices, organisations, places and name prefixes (internal).

The data are JSON files in ``diplomacy/_data`` (their sources and the choices on ambiguous entries
are in ``_data/SOURCES.md``). Nothing is read at import time: each accessor loads and indexes its
file on first call and caches the result, so the dictionaries returned are shared and must not be
mutated.

Keys are the forms as written in text and are case-sensitive; the loaders add the typographic
variants a writer may use for the same form:

- a straight apostrophe also as a curly one ("Côte d’Ivoire", "Chargé d’Affaires");
- a name listed with its article ("the Netherlands") also with a capital "The" (the bare form,
  where it is right, is listed in the data itself: "Netherlands", but not "Emirates");
- an office alias also in lower case and in sentence case ("foreign secretary", "Foreign
  secretary"), unless it holds an abbreviation ("PM", "Deputy NSA", "Rep."), and with a hyphen
  between words also written as a space ("Vice-President" -> "Vice President").

A form the data list explicitly always wins over a generated variant of another entry.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from .._data import load_json

__all__ = [
    "Known",
    "KnownOffice",
    "Office",
    "Organisation",
    "ambiguous_honorifics",
    "ambiguous_organisations",
    "ambiguous_places",
    "capitals",
    "cities",
    "country_adjectives",
    "country_names",
    "family_first_names",
    "generic_titles",
    "honorifics",
    "office_pattern",
    "offices",
    "organisation_pattern",
    "organisations",
    "people",
    "people_pattern",
    "place_pattern",
    "ranks",
    "regions",
]

OFFICE_KINDS = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "monarch",
        "minister",
        "diplomat",
        "legislator",
        "official",
        "military",
        "party",
        "judicial",
        "international",
    }
)
ORGANISATION_KINDS = frozenset({"international", "government", "party", "legislature", "media"})


@attrs.frozen
class Office:
    """An office as the gazetteer knows it: the canonical title and what the title alone tells.

    ``country`` is the state the office belongs to when the title alone says so (``"IN"`` for
    "External Affairs Minister"), else None; ``organisation`` is the acronym (or name) of the
    international organisation or body whose office it is (``"UN"``), else None.
    """

    title: str
    country: str | None
    organisation: str | None
    kind: str


@attrs.frozen
class Organisation:
    """An organisation: its full name, acronym (or None), kind and country (None if international)."""

    name: str
    acronym: str | None
    kind: str
    country: str | None


# ---------------------------------------------------------------- written-form variants

_ABBREVIATION = re.compile(r"\.|\b[A-Z]{2,}\b|\b[A-Z][a-z]?[A-Z]")  # "Rep.", "NSA", "MoS", "LoP"
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _typographic(form: str) -> Iterator[str]:
    """``form`` and its spelling with curly apostrophes, if it has a straight one."""
    yield form
    if "'" in form:
        yield form.replace("'", "\u2019")


def _article_forms(name: str) -> Iterator[str]:
    """``name``; for "the X" also "The X" (at the start of a sentence)."""
    yield name
    if name.startswith("the "):
        yield "The " + name[4:]


def _add(index: dict[str, Any], forms: Iterable[str], value: Any) -> None:
    for form in forms:
        index.setdefault(form, value)


# ---------------------------------------------------------------- offices


@functools.cache
def _office_data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("offices.json")
    return data


def _office_variants(alias: str, *, case: bool) -> Iterator[str]:
    """``alias`` with its generated variants; with ``case``, also lower and sentence case."""
    forms = [alias]
    if _HYPHEN.search(alias):
        forms.append(_HYPHEN.sub(" ", alias))
    if case and not _ABBREVIATION.search(alias) and any(c.isupper() for c in alias):
        for form in list(forms):
            lower = form.lower()
            forms += [lower, lower[:1].upper() + lower[1:]]
    for form in forms:
        yield from _typographic(form)


@functools.cache
def _office_index(case: bool) -> dict[str, Office]:
    entries = [
        (Office(e["title"], e["country"], e["organisation"], e["kind"]), list(e["aliases"]))
        for e in _office_data()["offices"]
    ]
    generic = generic_titles()
    index: dict[str, Office] = {}
    # explicit aliases first, then titles, then generated variants: the more explicit form wins
    for office, aliases in entries:
        _add(index, aliases, office)
    for office, _ in entries:
        if office.title not in generic:
            _add(index, [office.title], office)
    for office, aliases in entries:
        for alias in [office.title, *aliases]:
            if alias not in generic:
                _add(index, _office_variants(alias, case=case), office)
    return index


def offices() -> dict[str, Office]:
    """Office alias as written, the canonical title itself and their generated variants -> Office."""
    return _office_index(True)


@functools.cache
def generic_titles() -> frozenset[str]:
    """Bare title words ("Secretary", "Minister", "Director") that are a title only before a name."""
    return frozenset(_office_data()["generic"])


@functools.cache
def office_pattern() -> re.Pattern[str]:
    """One case-sensitive trie regex over every alias and title as written, longest first.

    The lower- and sentence-case variants in :func:`offices` are left out (they would double the
    pattern): match those with a case-insensitive pattern. Every match is a key of :func:`offices`.
    """
    from ._trie import compile_trie

    return compile_trie(office_pattern_aliases())


def office_pattern_aliases() -> list[str]:
    """The aliases and titles as written that :func:`office_pattern` matches."""
    return list(_office_index(False))


# ---------------------------------------------------------------- organisations


@functools.cache
def _organisation_data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("organisations.json")
    return data


@functools.cache
def _organisation_records() -> dict[str, Organisation]:
    """Full name -> Organisation, in file order."""
    return {
        e["name"]: Organisation(e["name"], e["acronym"], e["kind"], e["country"])
        for e in _organisation_data()["organisations"]
    }


@functools.cache
def organisations() -> dict[str, Organisation]:
    """Name, acronym and every alias as written (with article and apostrophe variants) -> Organisation.

    A form shared by several organisations ("PTI", "Congress") maps to the one listed first in
    :func:`ambiguous_organisations`.
    """
    records = _organisation_records()
    index: dict[str, Organisation] = {}
    for form, names in _organisation_data()["ambiguous"].items():
        _add(index, _typographic(form), records[names[0]])
    for e in _organisation_data()["organisations"]:
        org = records[e["name"]]
        for form in [e["name"], e["acronym"], *e["aliases"]]:
            if form:
                for variant in _article_forms(form):
                    _add(index, _typographic(variant), org)
    return index


@functools.cache
def ambiguous_organisations() -> dict[str, tuple[Organisation, ...]]:
    """Forms that name several organisations -> all of them, the likeliest first ("PTI", "Congress")."""
    records = _organisation_records()
    return {form: tuple(records[n] for n in names) for form, names in _organisation_data()["ambiguous"].items()}


@functools.cache
def organisation_pattern() -> re.Pattern[str]:
    """One case-sensitive trie regex over every key of :func:`organisations`."""
    from ._trie import compile_trie

    return compile_trie(organisations())


# ---------------------------------------------------------------- places


@functools.cache
def _countries() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = load_json("countries.json")
    return data


def _place_index(*fields: str) -> dict[str, str]:
    """Every form listed under ``fields`` (with article and apostrophe variants) -> alpha-2 code.

    Countries come in file order (states, then territories, then historic states), and the first
    country to list a form keeps it.
    """
    index: dict[str, str] = {}
    for code, entry in _countries().items():
        for field in fields:
            value = entry.get(field)
            forms = [value] if isinstance(value, str) else value or []
            for form in forms:
                for variant in _article_forms(form):
                    _add(index, _typographic(variant), code)
    return index


@functools.cache
def country_names() -> dict[str, str]:
    """Country name, short form or metonym as written ("India", "the United States", "U.S.", "Washington") -> code."""
    index = _place_index("name", "names")
    for form, code in _place_index("metonyms").items():
        index.setdefault(form, code)
    return index


@functools.cache
def country_adjectives() -> dict[str, str]:
    """Demonym or attributive form as written ("Indian", "US", "U.S.", "Emirati") -> code, with
    the plural of each demonym that takes one ("Palestinians", "Israelis")."""
    index = _place_index("adjectives")
    for form, code in list(index.items()):
        if form[-1:].isalpha() and form[-1:].islower() and not form.endswith(("s", "sh", "ese", "ch", "x", "z")):
            index.setdefault(form + "s", code)
    return index


@functools.cache
def cities() -> dict[str, str]:
    """City as written (capitals included, with their other spellings: "Kyiv", "Kiev") -> code."""
    return _place_index("capital", "cities")


@functools.cache
def metonyms() -> frozenset[str]:
    """Capitals written for their governments ("Washington", "Beijing"), as written."""
    return frozenset(_place_index("metonyms"))


@functools.cache
def capitals() -> dict[str, str]:
    """Code -> the capital's usual English spelling (the seat of government where it differs)."""
    return {code: entry["capital"] for code, entry in _countries().items() if entry.get("capital")}


@functools.cache
def regions() -> dict[str, str]:
    """State, province or other named region as written ("Texas", "West Bengal", "Crimea") -> code."""
    return _place_index("regions")


@functools.cache
def ambiguous_places() -> frozenset[str]:
    """Place forms that are also common words, people's names or places elsewhere ("Chad", "Victoria")."""
    forms: set[str] = set()
    for entry in _countries().values():
        for form in entry.get("ambiguous", []):
            forms.update(_typographic(form))
    return frozenset(forms)


@functools.cache
def place_pattern() -> re.Pattern[str]:
    """One case-sensitive trie regex over country names, adjectives, cities and regions."""
    from ._trie import compile_trie

    return compile_trie({**regions(), **cities(), **country_adjectives(), **country_names()})


# ---------------------------------------------------------------- people


@functools.cache
def _honorific_data() -> dict[str, list[str]]:
    data: dict[str, list[str]] = load_json("honorifics.json")
    return data


@functools.cache
def honorifics() -> frozenset[str]:
    """Forms of address dropped before a name ("H.E.", "Mr.", "Dr", "Shri", "His Excellency")."""
    return frozenset(f for h in _honorific_data()["honorifics"] for f in _typographic(h))


@functools.cache
def ambiguous_honorifics() -> frozenset[str]:
    """Honorific-like words often kept as part of a name ("Sheikh Hasina", "Ayatollah", "Begum")."""
    return frozenset(_honorific_data()["name_titles"])


@functools.cache
def ranks() -> frozenset[str]:
    """Military and police ranks that belong to a title ("General", "Lt. Gen.", "Admiral", "Col.")."""
    return frozenset(_honorific_data()["ranks"])


# ---------------------------------------------------------------- well-known officeholders


#: Words in the title of an international organisation's office ("Secretary-General of NATO").
_INTERNATIONAL_TITLE = re.compile(
    r"United Nations|NATO|Europe|African Union|ASEAN|International|World|IAEA|OSCE|Arab League|Commonwealth|"
    r"Gulf Cooperation|Francophonie|High Representative|Organization|Organisation"
)


@attrs.frozen
class KnownOffice:
    """An office a well-known person held, over whole years (``end`` None: still held)."""

    title: str
    start: int
    end: int | None

    @property
    def international(self) -> bool:
        """Whether it is an international organisation's office."""
        return _INTERNATIONAL_TITLE.search(self.title) is not None


@attrs.frozen
class Known:
    """A well-known officeholder: the state served and/or the international organisation, and the
    offices held, from ``_data/people.json``.  What a careful reader knows without being told:
    "Xi Jinping" serves China, "Guterres" the UN."""

    name: str
    country: str | None
    organisation: str | None
    offices: tuple[KnownOffice, ...]

    def serves(self, year: int | None) -> tuple[str | None, str | None]:
        """``(country, organisation)`` the person served in ``year``, one of them None.

        Someone who served both a state and an organisation ("Ban Ki-moon") is read by the office
        held that year, else by the latest office before it; with no year, by neither.
        """
        if self.organisation is None or self.country is None:
            return self.country, self.organisation
        if year is None:
            return None, None  # which of the two, the text must tell
        held = [o for o in self.offices if o.start <= year and (o.end is None or year <= o.end)]
        if not held:
            held = sorted((o for o in self.offices if o.start <= year), key=lambda o: o.start)[-1:]
        if any(o.international for o in held):
            return None, self.organisation
        return self.country, None


def _plain(form: str) -> str:
    """``form`` without diacritics ("Erdoğan" -> "Erdogan"), as news often writes names."""
    return "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))


@functools.cache
def family_first_names() -> frozenset[str]:
    """Family names usually written first ("Wang Yi", "Kim Jong Un", "Nguyen Xuan Phuc")."""
    return frozenset(load_json("names.json")["family_first"])


@functools.cache
def people() -> dict[str, Known]:
    """A well-known officeholder's name or unambiguous alias, as written -> the person.

    Names come with their diacritic-free spelling.  A form two people share is left out (the data
    leaves ambiguous surnames out already; this guards the rest).
    """
    out: dict[str, Known] = {}
    shared: set[str] = set()
    for entry in load_json("people.json")["people"]:
        known = Known(
            entry["name"],
            entry.get("country"),
            entry.get("organisation"),
            tuple(KnownOffice(o["title"], o["start"], o.get("end")) for o in entry.get("offices", ())),
        )
        forms = {entry["name"], *entry.get("aliases", ())}
        for form in forms | {_plain(f) for f in forms}:
            for variant in _typographic(form):
                other = out.get(variant)
                if other is not None and other != known:
                    shared.add(variant)
                out[variant] = known
    for form in shared:
        del out[form]
    return out


@functools.cache
def people_by_ends() -> dict[tuple[str, str], Known]:
    """A well-known officeholder's two-word name as ``(given name, surname)`` -> the person, so
    that the name written with middle names ("Goodluck Ebele Jonathan") is known too.  A pair two
    people share is left out."""
    out: dict[tuple[str, str], Known] = {}
    shared: set[tuple[str, str]] = set()
    for form, known in people().items():
        words = form.split()
        if len(words) != 2 or not all(w[:1].isupper() for w in words):
            continue
        pair = (words[0], words[1])
        if out.get(pair, known) != known:
            shared.add(pair)
        out[pair] = known
    for pair in shared:
        del out[pair]
    return out


@functools.cache
def given_names_pattern() -> re.Pattern[str]:
    """One case-sensitive trie regex over the given names of :func:`people_by_ends`, each followed
    by two more capitalised words (a lookahead: the scan yields only names that may hold a middle
    name)."""
    from ._trie import trie_pattern

    given = trie_pattern(sorted({given for given, _ in people_by_ends()}))
    return re.compile(rf"\b(?:{given})(?=[ \t]+[A-Z][\w’'-]*[ \t]+[A-Z])")


@functools.cache
def people_pattern() -> re.Pattern[str]:
    """One case-sensitive trie regex over every form in :func:`people`, longest first."""
    from ._trie import compile_trie

    return compile_trie(people())
