"""People: the mentions of office-holders, and their resolution into one record each (internal).

A :class:`Mention` is one place where the text names or titles an office-holder (found by
:mod:`.officials`); :func:`resolve` merges the mentions of one person (full name, surname, family
name written first, "the Foreign Secretary") into a :class:`Person` that keeps every span, and
gives well-known officeholders the state the gazetteer knows when the text does not state it.
The name rules shared with the readers of mentions (surnames, styles, patronymics, known people)
live here too.
"""

from __future__ import annotations

import re

import attrs

from . import gazetteer as gz

__all__ = [
    "LEADING_INITIALS",
    "PARTICLES",
    "STYLES",
    "SUFFIXES",
    "Mention",
    "Person",
    "drop_style",
    "family_first",
    "known_of",
    "name_keys",
    "patronymic",
    "resolve",
    "surname",
]


PARTICLES = frozenset("de da das do dos van von der den del della di du la le ter bin ibn al el ben abu".split())


SUFFIXES = frozenset("Jr Sr II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())


@attrs.define
class Mention:
    """One mention of an office-holder (or of a title alone, for coreference)."""

    start: int
    end: int
    name: str | None
    title: str | None
    country: str | None = None
    trust: int = 0  # of the country: 3 stated (adjective, "of X"), 2 office, 1 context
    organisation: str | None = None
    kind: str | None = None
    person: Person | None = None
    echo: bool = False  # the title is another's ("his counterpart X"): not one to refer back by


@attrs.define(eq=False)
class Person:
    """The mentions of one person, merged (compared and hashed by identity)."""

    name: str
    title: str | None
    country: str | None
    trust: int
    organisation: str | None
    kind: str | None
    spans: list[tuple[int, int]]
    first: int
    aliases: list[str] = attrs.Factory(list)
    echo: bool = False  # the title was only inferred from a counterpart's; a stated one replaces it


def surname(name: str) -> str:
    parts = [p for p in name.replace(",", " ").split() if p.rstrip(".") not in SUFFIXES]
    return parts[-1] if parts else name


LEADING_INITIALS = re.compile(r"(?:[A-Z]\.[ \t]?){1,3}")


def known_of(name: str) -> gz.Known | None:
    """The well-known officeholder a name is, with or without initials before it, or with one or
    two middle names ("Goodluck Ebele Jonathan")."""
    known = gz.people()
    k = known.get(name)
    if k is None:
        m = LEADING_INITIALS.match(name)
        if m is not None:
            k = known.get(name[m.end() :])
    if k is None:
        words = name.split()
        if 3 <= len(words) <= 4:
            k = gz.people_by_ends().get((words[0], words[-1]))
    return k


def _apply_known(people: list[Person], year: int | None) -> None:
    """The state (or organisation) of a well-known officeholder, where the text did not state it.

    A state the text states ("Indian", "of Kenya") or an organisation's office it names ("EU High
    Representative") wins; what the text only implies (an office's usual state) does not.
    """
    for p in people:
        if p.trust >= 3 or p.organisation is not None:
            continue
        k = next((got for f in (p.name, *p.aliases) if (got := known_of(f)) is not None), None)
        if k is None:
            continue
        country, organisation = k.serves(year)
        if country is not None:
            p.country, p.trust = country, 2
        elif organisation is not None:
            p.country, p.organisation, p.kind = None, organisation, "international"


STYLES = frozenset(
    {"Prince", "Princess", "Haji", "Hajji", "Alhaji", "Alhaja", "Excellency", "Sheikh", "Sheikha", "Shaikh", "Sheik"}
)


#: Patronymic particles: in "Mohammed bin Salman" the last word is the father's name, and the
#: short form of the name is its first word ("Prince Mohammed"), never its last ("King Salman").
_PATRONYMICS = frozenset({"bin", "ibn", "bint", "binti", "Bin", "Ibn"})


def patronymic(tokens: list[str]) -> bool:
    return len(tokens) >= 3 and any(t in _PATRONYMICS for t in tokens[1:-1])


#: Words before a name that are no part of it (a style, or an office written inside the name
#: after another title: "Deputy Prime Minister, Senator Mohammad Ishaq Dar").
_NAME_STYLES = STYLES | {"Senator", "Mullah", "Maulana", "Chief"}


def drop_style(name: str, title: str | None = None) -> str:
    """ "Sheikh Abdullah bin Zayed Al Nahyan" -> "Abdullah bin Zayed Al Nahyan": a style before a
    name of two words or more is dropped ("Sheikh Hasina", a name of one word after it, stays),
    and so is the person's own title ("Sultan of Brunei, Sultan Hassanal Bolkiah")."""
    head, _, rest = name.partition(" ")
    if (head in _NAME_STYLES or (title is not None and head == title)) and len(rest.split()) >= 2:
        return rest
    return name


def _compatible(a: str, b: str) -> bool:
    """Whether two names can be the same person: same surname, and given names that agree."""
    ta = [t for t in a.replace(",", " ").split() if t.rstrip(".") not in SUFFIXES]
    tb = [t for t in b.replace(",", " ").split() if t.rstrip(".") not in SUFFIXES]
    if not ta or not tb:
        return False
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1 and patronymic(long):
        return short[0].casefold() == long[0].casefold()  # "Mohammed" ~ "Mohammed bin Salman" !~ "Salman"
    if len(short) >= 3 and [t.casefold() for t in long[: len(short)]] == [t.casefold() for t in short]:
        return True  # "Faisal bin Farhan" ~ "Faisal bin Farhan Al Saud"
    if ta[-1].casefold() != tb[-1].casefold():
        # "Tsai Ing-wen" ~ "Tsai", "Kamikawa Yoko" ~ "Kamikawa": the first word alone (a family
        # name written first, or a given name); a surname match is preferred by the caller
        if len(ta) == 1 or len(tb) == 1:
            one, other = (ta, tb) if len(ta) == 1 else (tb, ta)
            if len(other) >= 3 and one[0] in other[1:-1] and one[0] not in PARTICLES:
                return True  # a Hispanic first surname: "Obiang" of "Teodoro Obiang Nguema Mbasogo"
            return one[0].casefold() == other[0].casefold()
        return False
    fa, fb = ta[:-1], tb[:-1]
    if not fa or not fb:
        return True
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if [t.casefold() for t in long[-len(short) :]] == [t.casefold() for t in short]:
        return True  # "Gahr Støre" ~ "Jonas Gahr Støre"
    return fa[0][0].casefold() == fb[0][0].casefold()


def family_first(tokens: list[str]) -> bool:
    """East Asian names written family name first ("Tsai Ing-wen", "Xi Jinping", "Wang Yi")."""
    return 2 <= len(tokens) <= 3 and (
        ("-" in tokens[-1] and tokens[-1].split("-")[1][:1].islower())
        or len(tokens[0]) <= 3
        or tokens[0] in gz.family_first_names()
    )


def _title_words(title: str | None) -> set[str]:
    return set((title or "").casefold().replace(",", " ").split())


def _pick_by_title(by_title: dict[str, list[Person]], counts: dict[int, int], m: Mention) -> Person | None:
    """The person a title alone refers to: same title (and country, if the mention gives one);
    among several, the one mentioned most so far, then the earliest."""
    same = list(by_title.get(m.title or "", ()))
    if not same and m.title:
        words = _title_words(m.title)
        same = [p for group in by_title.values() for p in group if p.title and words <= _title_words(p.title)]
    if m.country is not None and m.trust >= 3:
        exact = [p for p in same if p.country == m.country]
        unknown = [p for p in same if p.country is None or p.trust < 2]  # not known to serve another state
        same = exact or unknown
    if not same:
        return None
    return max(same, key=lambda p: (counts.get(id(p), 0), -p.first))


def name_keys(name: str) -> list[str]:
    """The words a compatible name must share: the surname, and the first word (family names
    written first, "Tsai Ing-wen" ~ "Tsai")."""
    parts = [t.casefold() for t in name.replace(",", " ").split() if t.rstrip(".") not in SUFFIXES]
    if len(parts) >= 3:  # "Teodoro Obiang Nguema Mbasogo" ~ "Obiang"
        return list(dict.fromkeys([parts[-1], parts[0], *(t for t in parts[1:-1] if t not in PARTICLES)]))
    return list(dict.fromkeys([parts[-1], parts[0]])) if parts else []


def resolve(mentions: list[Mention], context_country: str | None, year: int | None = None) -> list[Person]:
    """Merge mentions into people, in order of first mention (``year``: when the text was written)."""
    people: list[Person] = []
    by_key: dict[str, list[Person]] = {}  # surname or first word -> people, for lookup
    by_title: dict[str, list[Person]] = {}
    counts: dict[int, int] = {}
    pending: list[Mention] = []
    by_known: dict[gz.Known, Person] = {}
    for m in mentions:
        if m.name is None:
            if m.title is not None:
                p = _pick_by_title(by_title, counts, m)
                if p is None:
                    pending.append(m)
                    continue
                _attach(p, m, counts, by_title)
            continue
        m.name = drop_style(m.name)
        candidates = [p for key in name_keys(m.name) for p in by_key.get(key, ())]
        if len(candidates) > 1:
            # a surname shared beats a first word shared ("Singh": Natwar Singh, not Singh Rawat)
            last = surname(m.name).casefold()
            candidates.sort(key=lambda p: surname(p.name).casefold() != last)
        person = next((p for p in candidates if _compatible(p.name, m.name)), None)
        k = known_of(m.name)
        if person is None and k is not None:
            # "Pushpa Kamal Dahal ‘Prachanda’": two names of one well-known person
            person = by_known.get(k)
        if k is not None and person is not None:
            by_known.setdefault(k, person)
        if person is None:
            person = Person(m.name, m.title, m.country, m.trust, m.organisation, m.kind, [], m.start, echo=m.echo)
            people.append(person)
            if k is not None:
                by_known.setdefault(k, person)
                _apply_known([person], year)  # now: a title alone must not join a known foreigner
            for key in name_keys(m.name):
                by_key.setdefault(key, []).append(person)
        elif len(m.name.split()) > len(person.name.split()):
            if m.title and person.title and m.name.split()[0] == person.title:
                # "Sultan Mohammed Al Shamsi, Assistant Minister ...": "Sultan" was his name
                person.title, person.echo = m.title, False
            person.aliases.append(person.name)
            person.name = m.name
            for key in name_keys(m.name):
                if person not in by_key.setdefault(key, []):
                    by_key[key].append(person)
        elif m.name != person.name and m.name not in person.aliases:
            person.aliases.append(m.name)
        _attach(person, m, counts, by_title)
    # a title alone before the person is named ("PM's departure statement ... PM Modi")
    for m in pending:
        p = _pick_by_title(by_title, counts, m)
        if p is not None:
            _attach(p, m, counts, by_title)
    _apply_known(people, year)
    for p in people:
        name = drop_style(p.name, p.title)
        if name != p.name:
            p.aliases.append(p.name)
            p.name = name
        if p.country is None and p.organisation is None and p.kind != "international" and context_country is not None:
            p.country, p.trust = context_country, 1
    return people


def _attach(person: Person, m: Mention, counts: dict[int, int], by_title: dict[str, list[Person]]) -> None:
    person.spans.append((m.start, m.end))
    counts[id(person)] = counts.get(id(person), 0) + 1
    m.person = person
    if m.title is not None and m.echo:
        if person.title is None:
            person.title, person.echo = m.title, True  # not indexed: a title alone never means X
    elif m.title is not None:
        if person.title is None or person.echo or (person.title in STYLES and m.title not in STYLES):
            person.title, person.echo = m.title, False  # (a style is no office: "Prince", then "Foreign Minister")
        elif _title_words(person.title) < _title_words(m.title) and m.title.startswith(person.title.split()[0]):
            person.title = m.title  # "Minister" then "Minister of International Trade, ..."
        if person not in by_title.setdefault(person.title, []):
            by_title[person.title].append(person)
    if m.trust > person.trust and m.country is not None:
        person.country, person.trust = m.country, m.trust
    person.organisation = person.organisation or m.organisation
    person.kind = person.kind or m.kind
