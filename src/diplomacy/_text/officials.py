"""Finding the mentions of office-holders in text (internal).

A mention is found from its title, which the gazetteer knows (one trie-shaped regex scan over
the text), in the constructions a careful reader recognises:

- title before name: "US Secretary of State Marco Rubio", "Deputy National Security Advisor
  (NSA) Pavan Kapoor", "H.E. Mr. Fumio Kishida", "Minister of Foreign Affairs Sameh Shoukry";
- name, then title in apposition: "Narendra Modi, Prime Minister of India", "Misri, India's
  foreign secretary,", "Claudia Sheinbaum, Mexico's president-elect";
- a plural title before a list: "Senators Joni Ernst (R-Iowa), Dan Sullivan (R-Alaska), and
  Mark Kelly";
- a press-release header: a line holding a name above a line holding a title;
- a U.S. House district after a name: "Cliff Bentz (OR-02)".

Titles are extended by their modifiers ("Deputy", "Acting") and complements ("for Foreign
Affairs, European Union and Cooperation"); a closing "of <country>" gives the country.  The
country comes, in order of trust, from an adjective or possessive before the title, the "of X"
phrase, the office itself, then the document's context.

Mentions of one person (full name, surname, "the Foreign Secretary") resolve to one record
that keeps every mention's span: see :mod:`.people`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable

import attrs

from . import gazetteer as gz
from ._index import Coverage
from .document import Document
from .names import NOT_NAME, is_initial, is_name_word, parse_name, place_codes
from .people import PARTICLES, STYLES, SUFFIXES, Mention, name_keys
from .tokens import Tokens

__all__ = ["find_mentions"]

# Words that may stand before a title and belong to it.
MODIFIERS = frozenset(
    "Deputy Vice Acting Assistant Principal Senior Special Chief First Executive Associate Permanent "
    "Interim Under Second Third Joint Parliamentary Additional Lead Personal Foreign Defence Defense "
    "incoming outgoing Incoming Outgoing deputy vice".split()
)
# Words that may stand before a title and are dropped from it.
SKIPPED_BEFORE = frozenset("former Former then-current current Current newly-appointed new New the The".split())
_DISTRICT = re.compile(r"\(\s*[A-Z]{2}-(?:\d{1,2}|AL)\s*\)")
_PARTY_STATE = re.compile(r"\(\s*[RDI]-[A-Z][A-Za-z. ]{1,20}\)")
_CONNECTORS = frozenset({"of", "for", "to", "on", "and", "the", ",", "&"})


# ---------------------------------------------------------------- vocabulary


@functools.cache
def _complement_words() -> frozenset[str]:
    """Words that may continue a title after "of"/"for"/"to": every word of every known office
    title, the portfolios of ministries, and the words of country and organisation names."""
    words: set[str] = set()
    for alias, office in gz.offices().items():
        words.update(alias.split())
        words.update(office.title.split())
    for name in [*gz.country_names(), *gz.organisations()]:
        words.update(name.split())
    words.update(
        """
        Affairs Foreign External Internal Home Interior Defence Defense Security Trade Commerce Industry
        Industries Economy Economic Finance Financial Treasury Justice Law Health Education Environment
        Energy Agriculture Labour Labor Employment International Relations Development Cooperation
        Co-operation Europe European Union Middle East West North South Asia Africa Americas Pacific
        Indo-Pacific Export Promotion Small Business Culture Tourism Transport Infrastructure Science
        Technology Information Communications Digital Women Children Youth Sport Sports Climate Change
        Francophonie Commonwealth Overseas Diaspora Immigration Migration Citizenship Public Diplomacy
        Intelligence Policy Planning Operations Political Military Legal Consular Global Multilateral
        Arms Control Nonproliferation Counterterrorism Human Rights Democracy Labor Caucus Committee
        Agency Staff Armed Forces Army Navy Air Force Navy Disability Disabilities Intellectual People
        People's President President's Prime Minister's Vice Secretary General Press Cabinet Office
        Investment Investments Competitiveness Enterprise Entrepreneurship Sustainable Resources Natural
        Fisheries Oceans Water Housing Urban Rural Regional Local Government Veterans Planning Ocean
        State Affairs Sexual Violence Conflict Preventing Peace Reconstruction Humanitarian Aid
        Organisations Organizations Organisation Organization Integration Protocol Bilateral Gulf Arab
        Islamic Regional Neighbourhood Neighborhood Cooperation
        Management Disaster Emergency Mines Mining Petroleum Lands Works Telecommunications Media
        Broadcasting Arts Heritage Religious Social Welfare Family Gender Equality Solidarity Public
        Service Services Administration Reform Reforms Innovation Research Higher Statistics Budget
        Revenue Customs Ports Aviation Shipping Maritime Marine Forestry Forests Wildlife Livestock Food
        Irrigation Consumer Provincial Territorial Parliamentary Constitutional Electoral Indigenous
        Minorities Refugees Reconciliation Sanitation Population Coordination Mobilisation Mobilization
        Road Roads Highways Railways Mine Urban Posts Telecommunication Cooperatives Handicrafts
        """.split()
    )
    # capitalised words only: the lower-case variants of office names bring in "at", "without"...
    return frozenset(w for w in words if w[:1].isupper()) - {"Mr", "Mrs", "Ms", "Dr"}


@functools.cache
def _office_pattern_ci() -> re.Pattern[str]:
    """The office aliases, case-insensitively, for titles in apposition ("India's foreign secretary")."""
    from ._trie import compile_trie

    # lower-case forms only: capitalised titles are the main pattern's; a case-sensitive trie
    # scans several times faster than a case-insensitive one
    aliases = {a.lower() for a in gz.offices() if len(a) > 3 and not a.isupper()}
    return compile_trie(sorted(aliases))


@functools.cache
def _office_ci_index() -> dict[str, gz.Office]:
    return {a.casefold(): o for a, o in gz.offices().items() if len(a) > 3 and not a.isupper()}


# ---------------------------------------------------------------- names


# ---------------------------------------------------------------- mentions


def find_mentions(doc: Document, toks: Tokens, year: int | None = None) -> list[Mention]:
    """Every mention of an office-holder in the document, in text order (``year``: when it was
    written, for people who served both a state and an organisation)."""
    text = doc.text
    out: list[Mention] = []
    taken = Coverage()
    offices = gz.offices()

    office_matches = list(gz.office_pattern().finditer(text))
    for m in office_matches:
        office = offices.get(m.group())
        if office is None or taken.overlaps(m.start(), m.end()) or text[m.end() : m.end() + 1].isalpha():
            continue  # (or part of a longer word: "Leaders")
        i0 = toks.index_at(m.start())
        i1 = toks.index_at(m.end())
        if i0 >= len(toks) or toks.starts[i0] != m.start():
            continue
        mention = _titled(doc, toks, i0, i1, office)
        if mention is not None:
            out.append(mention)
            taken.add(mention.start, mention.end)
    # bare words that are titles only before a name: "Minister Joly", "Chair of the ... Committee X"
    for m in _generic_pattern().finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        i0 = toks.index_at(m.start())
        i1 = toks.index_at(m.end())
        if i0 >= len(toks) or toks.starts[i0] != m.start():
            continue
        generic = gz.Office(title=m.group(), country=None, organisation=None, kind="official")
        mention = _titled(doc, toks, i0, i1, generic, generic=True)
        if mention is not None and mention.name is not None:
            out.append(mention)
            taken.add(mention.start, mention.end)
    if "counterpart" in text:
        out.extend(_counterparts(doc, toks, taken, out))
    if "head of the" in text or "Head of the" in text:
        out.extend(_heads(doc, toks, taken))
    out = _join_titles(text, sorted(out, key=lambda x: x.start))

    for mention in _appositions_ci(doc, toks, taken):
        out.append(mention)
        taken.add(mention.start, mention.end)
    out.extend(_header_pairs(doc, toks, taken))
    if "(" in text:
        out.extend(_districts(doc, toks, taken))
    if "s " in text or "s," in text:
        out.extend(plural_lists(doc, toks, list(_plural_pattern().finditer(text))))
    out.extend(_known_people(text, taken, year))
    out.sort(key=lambda x: x.start)
    return out


def _known_people(text: str, taken: Coverage, year: int | None) -> Iterable[Mention]:
    """Well-known officeholders named without a title ("Putin said", "Xi Jinping's visit"): a
    careful reader knows them (``_data/people.json``); the title stays unknown.  Someone who took
    office only after ``year`` was not an officeholder then (a minister's spouse, years before).
    The state they serve is given to the merged person by :func:`_apply_known`."""
    known = gz.people()
    if not known:
        return
    for m in gz.people_pattern().finditer(text):
        if taken.overlaps(m.start(), m.end()) or _inside_longer_name(text, m.start(), m.end()):
            continue
        k = known[m.group()]
        if year is not None and all(o.start > year for o in k.offices):
            continue
        # "K. Natwar Singh", "Anwar bin Mohammed Gargash": initials and name words before the
        # name as the list has it are part of the name
        start = m.start()
        initials = _INITIALS_BEFORE.search(text, max(0, start - 12), start)
        start = initials.start() if initials is not None else _given_names_before(text, start)
        yield Mention(start, m.end(), text[start : m.end()], None)
    yield from _known_with_middle_names(text, taken, year)


#: One or two middle names, then the surname: what may follow a known person's given name.
_MIDDLE_THEN_SURNAME = re.compile(r"[ \t]+([A-Z][\w’'-]+)[ \t]+([A-Z][\w’'-]+)(?:[ \t]+([A-Z][\w’'-]+))?")


def _known_with_middle_names(text: str, taken: Coverage, year: int | None) -> Iterable[Mention]:
    """A well-known officeholder written with middle names ("Goodluck Ebele Jonathan", "Uhuru
    Muigai Kenyatta"): the given name and the surname the list has, with one or two names between."""
    ends = gz.people_by_ends()
    for m in gz.given_names_pattern().finditer(text):
        rest = _MIDDLE_THEN_SURNAME.match(text, m.end())
        if rest is None or taken.overlaps(m.start(), rest.end()):
            continue
        for last in (2, 3):
            word = rest.group(last)
            k = None if word is None else ends.get((m.group(), word))
            if k is not None:
                break
        else:
            continue
        if year is not None and all(o.start > year for o in k.offices):
            continue
        yield Mention(m.start(), rest.end(last), text[m.start() : rest.end(last)], None)


_NAME_BEFORE = re.compile(r"\b(?:bin|ibn|bint|binti|Bin|Ibn|Al|al|El|el|de|da|van|von)\s+\Z")
_NAME_AFTER = re.compile(r"\s+(?:bin|ibn|bint|binti|Al|al)\s")


_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \t]?){1,3}\Z")


_WORD_BEFORE = re.compile(r"([\w’'-]+)[ \t]+\Z")


def _given_names_before(text: str, at: int) -> int:
    """Where the name ending a known surname at ``at`` starts: back over up to four name words
    and particles ("Anwar bin Mohammed Gargash"), never over a title, a place or an honorific."""
    places = place_codes()
    starts: list[int] = []
    particle = False
    start = at
    for _ in range(4):
        m = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if m is None:
            break
        word = m.group(1)
        if word in PARTICLES:
            particle = True
        elif not is_name_word(word) or word in places or word in gz.honorifics() or word in gz.offices():
            break
        start = m.start()
        starts.append(start)
    while starts and text[starts[-1] :].split(None, 1)[0] in PARTICLES:
        starts.pop()  # a name does not start with "bin"
    # one capitalised word alone may be a sentence's first word ("Then Putin left")
    if not starts or (len(starts) < 2 and not particle):
        return at
    return starts[-1]


def _inside_longer_name(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is part of a longer name: "Shakhbout bin Nahyan bin Mubarak Al Nahyan"
    holds "Mubarak", who is not Hosni Mubarak."""
    return _NAME_BEFORE.search(text, max(0, a - 8), a) is not None or _NAME_AFTER.match(text, b) is not None


@functools.cache
def _plural_pattern() -> re.Pattern[str]:
    """Office titles in the plural, before a list of names: "Senators", "Foreign Ministers"."""
    from ._trie import compile_trie

    # "Senators", "Foreign Ministers", and acronyms' plurals: "MPs", "MEPs"
    return compile_trie(
        sorted({a + "s" for a in gz.office_pattern_aliases() if a[-1:].islower() or (a.isupper() and len(a) >= 2)})
    )


@functools.cache
def _generic_pattern() -> re.Pattern[str]:
    from ._trie import compile_trie

    # "Official" and "Officials" head visit kinds ("Official Working Visit") far more often than names
    return compile_trie(sorted(gz.generic_titles() - {"Official", "Officer"}))


# "Deputy Prime Minister and Foreign Minister", "High Representative .../Vice-President of ..."
_TITLE_JOINER = re.compile(r"\s+(?:and|&)\s+|\s*/\s*")


_JOIN_LOOKBACK = 40


def _join_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Deputy Prime Minister and Foreign Minister Winston Peters": one person, the first title."""
    out: list[Mention] = []
    for found in mentions:
        m = found
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.name is not None
            and m.name is None
            and text[m.start : m.end].isupper()
            and text[prev.end : m.start] in {" ", ""}
        ):
            # "Deputy Prime Minister John Rosso MP, and Minister ...": a post-nominal is the name's,
            # not a title of whoever follows
            out[-1] = attrs.evolve(prev, end=m.end)
            continue
        if (
            prev is not None
            and prev.name is None
            and m.name is not None
            and _TITLE_JOINER.fullmatch(text, prev.end, m.start)
            and not (
                prev.trust >= 3
                and any(
                    o.name is not None and o.title == prev.title and o.country in (None, prev.country)
                    for o in out[-_JOIN_LOOKBACK:-1]
                )
            )
        ):
            # (not when the first title is someone named before: "meetings with the Singaporean
            # President and Prime Minister Lee Hsien Loong" are two people)
            country, trust = (prev.country, prev.trust) if prev.trust >= m.trust else (m.country, m.trust)
            org = prev.organisation or m.organisation
            out[-1] = attrs.evolve(
                m, start=prev.start, title=prev.title, country=country, trust=trust, organisation=org
            )
            continue
        if (
            prev is not None
            and prev.name is not None
            and m.name is not None
            and m.trust < 2
            and prev.trust >= 3
            and re.fullmatch(r"\s+(?:and|&)\s+", text[prev.end : m.start])
        ):
            # "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara": the
            # adjective serves both
            m = attrs.evolve(m, country=prev.country, trust=2)
        if (
            prev is not None
            and prev.name is not None
            and m.name is None
            and re.fullmatch(r"\s+(?:and|&)\s+", text[prev.end : m.start])
        ):
            # "Ivana Kovac, Deputy Prime Minister and Foreign Minister of Croatia": the second
            # title is hers too, and may say her country
            if m.trust > prev.trust:
                out[-1] = attrs.evolve(prev, end=m.end, country=m.country, trust=m.trust)
            continue
        out.append(m)
    return out


def _titled(
    doc: Document, toks: Tokens, i0: int, i1: int, office: gz.Office, *, generic: bool = False
) -> Mention | None:
    """A mention built around the office matched at tokens [i0, i1)."""
    text = doc.text
    plural = toks.text(i1) == "s" and toks.starts[i1] == toks.ends[i1 - 1] if i1 < len(toks) else False
    i0_core = i0
    # modifiers before the title, and the portfolio of an office written before it ("Commerce
    # Adviser", "Science and Technology Secretary", "Foreign Affairs Adviser")
    while i0 > 0 and not toks.newline_before(i0, text):
        t = toks.text(i0 - 1)
        joined = (
            t in {"and", ","}
            and i0 > 1
            and toks.text(i0 - 2) in _PORTFOLIO_BEFORE
            and toks.text(i0) in _PORTFOLIO_BEFORE
        )  # "Science and Technology Secretary", "Commerce, Trade and Industry Minister"
        if not (t in MODIFIERS or t in _PORTFOLIO_BEFORE or joined):
            break
        i0 -= 1
    title_start = toks.starts[i0]
    core_start, core_end = toks.starts[i0_core], toks.ends[i1 - 1]
    # complement after the title: "for Foreign Affairs, European Union and Cooperation of Spain"
    j, country_of, after = _complement(
        toks,
        i1,
        text,
        continued=bool(
            re.search(
                r"\s(?:of|for)\s",
                # an abbreviation's long form ("MP") has no portfolio written out to continue
                ("" if text[core_start:core_end].isupper() else office.title) + " " + text[core_start:core_end],
            )
        ),
        posted=_is_posted(office.title),
    )
    title_end = toks.ends[j - 1]
    # an abbreviation or a synonym becomes the office's long form ("EAM" -> "External Affairs
    # Minister", "Congressman" -> "Representative"); a title with its portfolio written out
    # ("Minister of International Trade") stays as written
    core = text[core_start:core_end]
    rest = text[core_end:title_end]
    if not re.search(r"\s(?:of|for|on|to)\s", core):
        core = office.title
        if rest.strip() and " ".join(core.split()).endswith(" ".join(rest.split())):
            rest = ""  # "High Representative for Foreign Affairs ...": the long form says it already
    title = _clean_title(text[title_start:core_start] + core + rest)
    if title[:1].islower():
        title = title[:1].upper() + title[1:]  # "Australian deputy Prime Minister"
    # what stands before the title: an adjective, a possessive country, an organisation
    country, trust, org, left = _left_context(toks, i0, text)
    if country_of is not None:
        country, trust = country_of, 3
    if country is None and office.country is not None:
        country, trust = office.country, _office_trust(office)
        if title.startswith(office.title + " for "):
            country = _WITH_PORTFOLIO.get(office.title, country)
    if org is None and office.organisation is not None:
        org = office.organisation
    kind = office.kind
    if trust < 3:
        # "Speaker of Pakistan’s National Assembly", "Chairman of the Pakistani Senate": the
        # state the complement names is the one served; the title reads without it
        stated = _state_in_title(title)
        if stated is not None:
            title, country, trust = stated[0], stated[1], 3
    if org is None and trust < 3:
        # "Commissioner for Political Affairs ... of the ECOWAS Commission", "Chair of the Milli
        # Majlis": the body the title's complement names is the one served (an international
        # one with no state; a national one with its state)
        body = _body_in_title(title[len(office.title) :])
        if body is not None and body.country is None and body.kind == "international":
            org, kind, country, trust = body.name, "international", None, 0
        elif body is not None and body.country is not None and trust < 2:
            country, trust = body.country, 2
    # what follows: an acronym in brackets, honorifics, then the name
    k = after
    anaphor = _OF_THE_COUNTRY.match(text, toks.starts[k]) if k < len(toks) else None
    if anaphor is not None:
        k = toks.index_at(anaphor.end())  # "the President of the country, Marie-Louise Coleiro Preca"
    if toks.text(k) in {"'s", "’s"}:
        # "the Prime Minister's journey": the office holder, named by the title alone; in
        # "Ngelale, the President’s spokesman" the name before holds the office after ("Spokesman")
        owned = _office_pattern_ci().match(text, toks.ends[k] + 1) if k + 1 < len(toks) else None
        back = _name_before_comma(toks, left, text) if owned is not None else None
        if owned is not None and back is not None:
            office_ci = _office_ci_index().get(owned.group())
            if office_ci is not None:
                return Mention(back[0], owned.end(), back[1], office_ci.title, None, 0, None, office_ci.kind)
        return None if plural or generic else Mention(left, title_end, None, title, country, trust, org, kind)
    if toks.text(k) == "(" and toks.text(k + 2) == ")" and toks.text(k + 1).isupper():
        k += 3
    elif toks.text(k) == "(" and ")" in (toks.text(k + 2), toks.text(k + 3)):
        # a gloss: "the President of the Riigikogu (Parliament), Lauri Hussar"
        k += 3 if toks.text(k + 2) == ")" else 4
    across_line = toks.newline_before(k, text)
    comma = toks.text(k) == ","
    k = _skip_honorifics(toks, k, text)
    # "the President of Estonia, Alar Karis, the President of the Riigikogu, Lauri Hussar": a
    # title after "the" in a list names the one after it, not the one before
    i_left = toks.index_at(left)
    # (only a comma after the title makes the reading matter: read the name after it then)
    the_first = comma and (toks.text(i_left) in {"the", "The"} or toks.text(i_left - 1) in {"the", "The"})
    if the_first:
        ahead = parse_name(toks, _skip_honorifics(toks, k + 1, text), text)
        # (a full name: one word after the comma may be the title's own: "..., Emigration and ...")
        the_first = ahead is not None and len(ahead[1].split()) >= 2 and ahead[1].split()[0] not in _complement_words()
    got = None if plural or across_line else parse_name(toks, k, text) if not toks.newline_before(k, text) else None
    if got is not None and comma and not the_first and _name_before_comma(toks, left, text) is not None:
        # "Sheikh Shakhbout ..., Minister of State, Dr. Anwar Gargash, ...": the title is the
        # name's before it; the one after the comma has a title of its own
        got = None
    if got is not None:
        end, name = got
        # "Foreign Minister Ivana Kovac of Croatia", "King Haakon VIII of Norway"
        if toks.text(end) == "of" and trust < 3:
            of = _country_at(toks, end + 1, text)
            if of is not None:
                end, country, trust = of[0], of[1], 3
        # "Senator Paul Whitcombe (R-Ohio)", "Congressman Carl Osgood (OH-11)": part of the mention
        if toks.text(end) == "(" and end < len(toks):
            m = _DISTRICT.match(text, toks.starts[end]) or _PARTY_STATE.match(text, toks.starts[end])
            if m is not None:
                end = toks.index_at(m.end())
        return Mention(left, toks.ends[end - 1], name, title, country, trust, org, kind)
    # the name in apposition after the title: "United States Secretary of State, Michael R. Pompeo,"
    if toks.text(k) == "," and not plural:
        k2 = _skip_honorifics(toks, k + 1, text)
        got = parse_name(toks, k2, text)
        if (
            got is not None
            and toks.text(got[0]) in {",", ".", ";", "", "and", ")"}
            and (the_first or _name_before_comma(toks, left, text) is None)
            and (toks.text(i_left - 1) in _DETERMINERS or not _own_title_after(toks, got[0], text))
        ):
            end, name = got
            return Mention(left, toks.ends[end - 1], name, title, country, trust, org, kind)
    # apposition: "Narendra Modi, Prime Minister of India"
    back = _name_before_comma(toks, left, text)
    if back is not None:
        start, name = back
        end_at = toks.ends[after - 1] if country_of is not None else title_end
        return Mention(start, end_at, name, title, country, trust, org, kind)
    if plural or generic:
        return None
    return Mention(left, title_end, None, title, country, trust, org, kind)


_OF_THE = re.compile(r"\bof (?:the )?(?=[A-Z])")
_CAPITALISED = re.compile(r"[A-Z][\w-]*")


def _state_in_title(title: str) -> tuple[str, str] | None:
    """The title without the state its "of" complement names, and that state: "Speaker of
    Pakistan’s National Assembly" -> ("Speaker of the National Assembly", "PK"), "Chairman of the
    Pakistani Senate" -> ("Chairman of the Senate", "PK").  Only after "of": "Special
    Representative for Afghanistan" names a topic, "Ambassador to Germany" a posting."""
    for m in _OF_THE.finditer(title):
        end = m.end()
        for _ in range(3):  # a state's name or adjective of up to three words
            w = _CAPITALISED.match(title, end)
            if w is None:
                break
            end = w.end()
            words = title[m.end() : end]
            rest = title[end:]
            if rest[:3] in ("'s ", "’s ") and rest[3:4].isupper():
                code = gz.country_names().get(words) or gz.country_names().get("the " + words)
                after = end + 3
            elif rest[:1] == " " and rest[1:2].isupper():
                code, after = gz.country_adjectives().get(words), end + 1
            else:
                code = None
            if code is not None:
                return title[: m.start()] + "of the " + title[after:], code
            if rest[:1] != " ":
                break
            end += 1
    return None


def _body_in_title(words: str) -> gz.Organisation | None:
    """The organisation a title's words name after "of" ("... of the ECOWAS Commission", "of the
    Milli Majlis"); a body an office is posted "to" ("Permanent Representative to the UN") is
    not the one served."""
    at = words.rfind(" of ")
    if at == -1:
        return None
    for m in gz.organisation_pattern().finditer(words, at):
        org = gz.organisations().get(m.group())
        if org is not None and (org.kind == "international" or org.country is not None):
            return org
    return None


_TITLE_AHEAD = re.compile(r",\s+")
_OF_THE_COUNTRY = re.compile(r"of (?:the|that|this) (?:country|nation|kingdom|republic)\b")
_DETERMINERS = frozenset("the The its his her their our its".split())


def _own_title_after(toks: Tokens, k: int, text: str) -> bool:
    """Whether the name ending before token ``k`` has a title of its own after it: in "Lateef
    Fagbemi, Attorney-General and Minister of Justice, Jamila Ibrahim-Bio, Minister of Youth
    Development", the second name is the second title's."""
    if toks.text(k) != ",":
        return False
    at = toks.starts[k]
    m = _TITLE_AHEAD.match(text, at)
    office = None if m is None else gz.office_pattern().match(text, m.end())
    if office is None:
        return False
    # "..., Bojan Marichijk, Minister of Foreign Affairs Bujar Osmani": that title is its own name's
    j, _, _ = _complement(toks, toks.index_at(office.end()), text, continued=True)
    return toks.text(j) in {",", "and", ".", ";", ""} or parse_name(toks, j, text) is None


def _country_at(toks: Tokens, k: int, text: str) -> tuple[int, str] | None:
    """The longest country name starting at token ``k`` ("the Russian Federation", "Spain"):
    (index after it, code)."""
    names = gz.country_names()
    a = k + 1 if toks.text(k) in {"the", "The"} else k
    for width in range(7, 0, -1):
        b = a + width
        if b > len(toks) or any(toks.newline_before(x, text) for x in range(a + 1, b)):
            continue
        phrase = text[toks.starts[a] : toks.ends[b - 1]]
        code = names.get(phrase) or names.get(phrase.replace("’", "'")) or names.get("the " + phrase)
        if code is not None:
            return b, code
    return None


_COMPLEMENT_STOP = frozenset("His Her Their The Mr Mrs Ms Dr Sir Excellency Hon Honourable Honorable Rt".split())


def _complement(
    toks: Tokens, j: int, text: str, *, continued: bool = False, posted: bool = True
) -> tuple[int, str | None, int]:
    """Extend a title over "of/for/to ..." words; returns (end index, country of an "of X").

    "Minister for Foreign Affairs, European Union and Cooperation of Spain" ends before
    "of Spain", which gives the country; "Special Envoy for Syria" and "Ambassador to Germany"
    keep their place in the title.  Only a ``posted`` office (an ambassador, an envoy) takes "to
    X": "the visit of EAM to Ethiopia" is a trip, not a title.
    """
    words = _complement_words()
    places = place_codes()
    starts = {"of", "for", "on"} | ({"to"} if posted else set()) | ({",", "and", "&"} if continued else set())
    # a portfolio written out goes on with its words: "Minister of Youth" + "Development"
    if toks.text(j) not in starts and not (continued and toks.text(j) in words and toks.text(j) not in places):
        return j, None, j
    best = j
    k = j
    while k < len(toks) and not toks.newline_before(k, text):
        t = toks.text(k)
        if t == "of":
            got = _country_at(toks, k + 1, text)
            if got is not None and toks.text(got[0]) in {"'s", "’s"}:
                got = None  # "of Pakistan’s National Assembly": the body is the complement's
            if (got is not None and best > j) or (got is not None and k == j):
                # "of <country>" names the country served: the title ends before it
                return (k if k > j else j), got[1], got[0]
        if t in {"of", "for", "to", "on", "and", "&", "the", ","}:
            k += 1
            continue
        if t == "(" and k > j and toks.text(k + 1).isupper() and toks.text(k + 2) == ")":
            k += 3  # an acronym inside the name of a body: "the African Union (AU) Commission"
            continue
        if t in {"'", "’"} and k > j and toks.starts[k] == toks.ends[k - 1] and toks.text(k - 1).endswith("s"):
            k += 1  # a plural possessive: "Assistant Minister for International Organisations' Affairs"
            continue
        if t in {"'s", "’s"} and k > j and toks.text(k - 1) in places and toks.text(k + 1)[:1].isupper():
            k += 1  # a state's possessive: "Speaker of Pakistan’s National Assembly" (see _state_in_title)
            continue
        if t in _COMPLEMENT_STOP or t in gz.honorifics() or t in STYLES:
            break  # "..., and Prince Faisal": the next person
        if t in words or t in places or (t.isupper() and len(t) >= 2 and t in gz.organisations()):
            k += 1
            best = k
            continue
        if t[:1].isupper() and t not in NOT_NAME:
            # a portfolio word we do not know, in a title that goes on to name its country:
            # "Minister for Foreign Affairs and the National Community Abroad of Algeria"
            j = k
            while j < len(toks) and j - k < 8 and not toks.newline_before(j, text):
                w = toks.text(j)
                if w == "of" and _country_at(toks, j + 1, text) is not None:
                    got = _country_at(toks, j + 1, text)
                    assert got is not None
                    return j, got[1], got[0]
                if not (w[:1].isupper() or w in {"and", "the", "&", ","}) or w in NOT_NAME:
                    break
                if w == "," and toks.text(j - 1)[:1].isupper():
                    # "Minister of State for External Affairs and Textiles, Pabitra Margherita,":
                    # a portfolio we do not know, then the holder's full name after the comma
                    named = parse_name(toks, _skip_honorifics(toks, j + 1, text), text)
                    if named is not None and len(named[1].split()) >= 2 and toks.text(named[0]) in {",", ""}:
                        return j, None, j
                j += 1
        break
    return best, None, best


def _clean_title(title: str) -> str:
    title = " ".join(_INNER_ACRONYM.sub("", title).split())
    return title.rstrip(" ,")


_INNER_ACRONYM = re.compile(r"\s\([A-Z]{2,8}\)(?=\s\w)")


def _left_context(toks: Tokens, i0: int, text: str) -> tuple[str | None, int, str | None, int]:
    """(country, trust, organisation, start offset) from the words before the title."""
    left = toks.starts[i0]
    k = i0 - 1
    if k < 0 or toks.newline_before(i0, text):
        return None, 0, None, left
    # "his Australian counterpart, Deputy Prime Minister ...": the adjective before "counterpart"
    if toks.text(k) == "," and toks.text(k - 1) in {"counterpart", "counterparts"}:
        k -= 2
    # "Canada’s newly appointed Special Envoy": words of appointment between owner and title
    while k > 0 and toks.text(k) in _APPOINTED:
        k -= 1
    # "State Department spokesman": a government body names the country itself
    for width in (4, 3, 2):
        a = k - width + 1
        if a >= 0 and not any(toks.newline_before(x, text) for x in range(a + 1, k + 1)):
            body = gz.organisations().get(text[toks.starts[a] : toks.ends[k]])
            if body is not None and body.kind == "government" and body.country is not None:
                return body.country, 3, None, toks.starts[a]
    # "Chinese Foreign Ministry spokesperson": the body between the country and the title
    body_end = k
    while k > 0 and body_end - k < 3 and toks.text(k) in _BODY_WORDS:
        k -= 1
    # possessive: "Egypt's Minister", "India's foreign secretary"
    possessive = toks.text(k) in {"'s", "’s"}
    if possessive:
        k -= 1
    # the longest place or organisation name ending at token k (up to 4 tokens)
    for width in (4, 3, 2, 1):
        a = k - width + 1
        if a < 0:
            continue
        if any(toks.newline_before(x, text) for x in range(a + 1, k + 1)):
            continue
        phrase = text[toks.starts[a] : toks.ends[k]]
        if phrase in gz.metonyms() and not possessive:
            continue  # "Beijing's envoy" is China's; "...Washington D.C. President Xi" is a sentence end
        code = gz.country_adjectives().get(phrase) or gz.country_names().get(phrase)
        if code is None and phrase.startswith("the "):
            code = gz.country_names().get(phrase[4:])
        if code is not None:
            start = toks.starts[a]
            if a > 0 and toks.text(a - 1) in {"the", "The"}:
                start = toks.starts[a - 1]
            return code, 3, None, start
        org = gz.organisations().get(phrase)
        if org is not None and org.kind in {"international", "party", "government", "legislature"}:
            if org.kind == "international":
                return None, 3, org.acronym or org.name, toks.starts[a]
            return org.country, 3 if org.country else 0, None, toks.starts[a]
    return None, 0, None, left


#: Portfolios written before an office's name ("Commerce Adviser", "Science and Technology Secretary").
_PORTFOLIO_BEFORE = frozenset(
    "Affairs Commerce Science Technology Trade Finance Home Interior Information Education Health Energy Law "
    "Culture Tourism Agriculture Environment Planning Industry Transport Labour Labor Justice Economic Economy "
    "Youth Sports Women Water Power Petroleum Mines Communications National Presidential Lands Development "
    "Resources Mineral Public Works Housing Fisheries Livestock".split()
)
_BODY_WORDS = frozenset(
    "Ministry Foreign Defence Defense Office Department State Council Government Embassy Cabinet Presidential "
    "Interior Trade Commerce Finance Justice Home Affairs External".split()
)
_APPOINTED = frozenset(
    "newly recently appointed elected designated named nominated current former then new outgoing incoming "
    "acting".split()
)


_RANK_WORDS = frozenset(
    "Brig Brigadier Gen General Lt Lieutenant Col Colonel Maj Major Adm Admiral Capt Captain Cmdr Commander "
    "Sgt Sergeant Rear Air Marshal Chief Field Wing Cdr Commodore".split()
)


def _skip_honorifics(toks: Tokens, k: int, text: str) -> int:
    """Skip honorifics and ranks before a name: "H.E. Mr.", "The Honourable", "Brig. Gen."."""
    hon = gz.honorifics() | gz.ranks()
    n = len(toks)
    while k < n:
        if toks.text(k) == "," and toks.text(k + 1) in hon:
            k += 1
            continue
        step = 0
        for width in (5, 4, 3, 2, 1):
            b = k + width
            if b > n:
                continue
            phrase = text[toks.starts[k] : toks.ends[b - 1]]
            if phrase in hon or phrase.rstrip(".") in hon:
                step = width
                break
        if step == 0 and toks.text(k) in _RANK_WORDS and toks.text(k + 1) == "." and is_name_word(toks.text(k + 2)):
            step = 2
        if step == 0 and toks.text(k) in STYLES and is_name_word(toks.text(k + 1)):
            step = 1  # "Foreign Minister Prince Faisal bin Farhan": a style, not part of the name
        if step == 0:
            break
        k += step
        if toks.text(k) == "." and toks.starts[k] == toks.ends[k - 1]:
            k += 1
    return k


#: Offices whose holder, when the title names a portfolio, serves another state than the
#: office's own: "Secretary of State for Northern Ireland" is British (the American one has none).
_WITH_PORTFOLIO = {"Secretary of State": "GB"}

#: Peerages: "Lord Ahmad of Wimbledon" is Lord Ahmad; "of Wimbledon" names his seat, not him.
_PEERS = frozenset("Lord Baroness Baron Lady Viscount Viscountess Earl Countess".split())


def _peer_name(toks: Tokens, a: int) -> tuple[int, str] | None:
    """The peer whose territorial designation ("of Wimbledon") starts at token ``a - 1``.

    "Lord (Tariq) Ahmad of Wimbledon" gives "Tariq Ahmad": a given name in brackets is his.
    """
    k = a - 2
    if toks.text(a - 1) != "of" or not is_name_word(toks.text(k)):
        return None
    name, j = toks.text(k), k - 1
    if toks.text(j) == ")" and is_name_word(toks.text(j - 1)) and toks.text(j - 2) == "(":
        name, j = f"{toks.text(j - 1)} {name}", j - 3
    if toks.text(j) not in _PEERS:
        return None
    return toks.starts[j + 1], name


_PLACE_PREPOSITIONS = frozenset("In in At at Across across Near near".split())


def _name_before_comma(toks: Tokens, left: int, text: str) -> tuple[int, str] | None:
    """The name in "Name, Title": token before ``left`` must be a comma preceded by a name."""
    k = toks.index_at(left) - 1
    while k >= 0 and (toks.text(k) in SKIPPED_BEFORE or toks.text(k) in _APPOINTED):
        k -= 1
    if k < 1 or toks.text(k) != ",":
        return None
    end = k  # exclusive
    # walk back over name tokens (at most 8: "Shakhbout bin Nahyan bin Mubarak Al Nahyan")
    a = end - 1
    while a >= 0 and end - a <= 8:
        t = toks.text(a)
        capitals = t.isupper() and t.isalpha() and len(t) >= 4  # "KAMIKAWA Yoko"
        if is_name_word(t) or is_initial(t) or t in PARTICLES or t == "." or t in SUFFIXES or capitals:
            if toks.newline_before(a + 1, text) and a + 1 < end:
                break
            a -= 1
            continue
        break
    a += 1
    peer = _peer_name(toks, a)
    if peer is not None:
        return peer
    # the name must start with a name word or initial, and parse forward to the comma
    while a < end:
        got = parse_name(toks, a, text)
        if got is not None and got[0] == end:
            if got[1] in place_codes():
                return None  # "the Horn of Africa, former Kenyan leader": a place, not a name
            if end - a == 1 and (a == 0 or toks.text(a - 1) in {".", "!", "?"} or toks.newline_before(a, text)):
                return None  # "Similarly, External Affairs Minister ...": a sentence opener, not a name
            if a > 0 and toks.text(a - 1) in _PLACE_PREPOSITIONS:
                return None  # "In Hawaii, the Secretary will ...": a place, not a name
            return toks.starts[a], got[1]
        a += 1
    return None


def _appositions_ci(doc: Document, toks: Tokens, taken: Coverage) -> Iterable[Mention]:
    """Lower-case titles in apposition: "Misri, India's foreign secretary,"."""
    text = doc.text
    index = _office_ci_index()
    for m in _office_pattern_ci().finditer(text):
        if m.group()[0].isupper() or taken.overlaps(m.start(), m.end()):
            continue
        office = index.get(m.group().casefold())
        if office is None:
            continue
        i0 = toks.index_at(m.start())
        if i0 >= len(toks) or toks.starts[i0] != m.start():
            continue
        i1 = toks.index_at(m.end())
        while i0 > 0 and toks.text(i0 - 1).lower() in {w.lower() for w in MODIFIERS}:
            i0 -= 1
        suffix = ""
        if toks.text(i1) in {"-elect", "-designate"}:
            suffix = toks.text(i1)
        country, trust, org, left = _left_context(toks, i0, text)
        back = _name_before_comma(toks, left, text)
        if back is not None and taken.overlaps(back[0], back[0] + len(back[1])):
            back = None  # that name already has its title: "Tokayev, Chinese ... spokesperson Mao Ning"
        if back is not None and toks.text(i1) != "," and parse_name(toks, _skip_honorifics(toks, i1, text), text):
            back = None  # "the Horn of Africa, former Kenyan leader Uhuru Kenyatta": the name after
        title = office.title + suffix if suffix else office.title
        if back is None:
            # "Ghana's foreign minister Kofi Mensah", "Ghanaian foreign minister, Kofi Mensah,": a
            # lower-case title before a name only with its country stated, lest "the minister
            # Smith" style prose be misread
            # an article makes prose ("the minister Smith"); a possessive before a title of two
            # words or more names the owner's official ("his permanent secretary Sonja Welch")
            before = toks.text(i0 - 1).lower() if i0 > 0 else ""
            determined = before in {"the", "a", "an"} or (
                before in {"his", "her", "their", "its"} and " " not in m.group()
            )
            single = " " not in m.group() and not m.group().startswith("spokes")  # "spokesman Jo Lee said"
            comma = toks.text(i1) == ","
            if trust < 3 and (determined or single):
                # "said senior presidential secretary for foreign affairs Ju Chul-ki" reads as a
                # title; "the minister Smith", "minister Smith" may be prose
                continue
            k = i1 + 1 if comma else i1
            if not comma and toks.text(k) in {"for", "of"}:
                # "senior presidential secretary for foreign affairs Ju Chul-ki": a portfolio in
                # lower case, then the name
                q = k + 1
                while q < k + 5 and toks.text(q).isalpha() and toks.text(q).islower():
                    q += 1
                if q > k + 1 and is_name_word(toks.text(q)):
                    words = [toks.text(x) for x in range(k, q)]
                    title += " " + " ".join(w if w in {"for", "of", "and", "the"} else w.title() for w in words)
                    k = q
            k = _skip_honorifics(toks, k, text)
            got = parse_name(toks, k, text) if not toks.newline_before(k, text) else None
            if got is None:
                continue
            end, name = got
            if comma and trust < 3 and toks.text(end) not in {",", ".", ";", ")"}:
                continue  # "talks with prime minister, Tony Blair, ...": a name set off by commas
            if country is None and office.country:
                country, trust = office.country, _office_trust(office)
            yield Mention(
                left, toks.ends[end - 1], name, title, country, trust, org or office.organisation, office.kind
            )
            continue
        start, name = back
        if country is None and office.country:
            country, trust = office.country, _office_trust(office)
        yield Mention(start, m.end(), name, title, country, trust, org or office.organisation, office.kind)


_COUNTERPART = re.compile(
    r"\b(?:his|her|their|its)\s+(?:then\s+|new\s+|former\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+)?counterparts?,?\s+"
)


_HEAD_OF = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[Hh]ead|[Dd]irector|[Cc]hief)\s+of\s+the\s+((?:[A-Z][\w’'-]*|of|the|and|for)"
    r"(?:\s+(?:[A-Z][\w’'-]*|of|the|and|for)){0,10})\s*,\s+"
)


def _heads(doc: Document, toks: Tokens, taken: Coverage) -> Iterable[Mention]:
    """ "The head of the Foreign Policy Department of the Presidential Administration, Daniyar
    Sydykov,": the head of a named body, in apposition (written in lower case, so no office)."""
    text = doc.text
    for m in _HEAD_OF.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        body = m.group(1).rstrip()
        if not body[:1].isupper() or body.split()[-1] in {"of", "the", "and", "for"}:
            continue
        k = toks.index_at(m.end())
        got = parse_name(toks, _skip_honorifics(toks, k, text), text)
        if got is None or toks.text(got[0]) not in {",", ".", ";", ""}:
            continue
        end, name = got
        word = text[m.start() : m.end()].split()
        head = word[1] if word[0].lower() == "the" else word[0]
        title = f"{head.title()} of the {body}"
        yield Mention(m.start(), toks.ends[end - 1], name, title, None, 0, None, "official")


#: Offices held "to" a place or a person: "Ambassador to Germany", "Adviser to the President".
_POSTED_OFFICE = re.compile(
    r"Ambassador|Envoy|Commissioner|Representative|Advis[eo]r|Consul|Delegate|Observer|Attach[eé]|Counsel|"
    r"Secretary|Assistant|Aide|Spokes|Liaison|Coordinator|Chargé|Charge|Emissary|Minister of State|Deputy",
    re.IGNORECASE,
)


#: Offices most often American in English-language news, but held in many states (the senators of
#: Barbados, the Philippines, Australia): their state is a default, as weak as the story's context.
_DEFAULT_STATE_OFFICES = frozenset({"Senator", "Representative"})


def _office_trust(office: gz.Office) -> int:
    """How far the state an office implies is to be trusted: 2, or 1 for a mere default."""
    return 1 if office.title in _DEFAULT_STATE_OFFICES else 2


@functools.lru_cache(maxsize=1024)
def _is_posted(title: str) -> bool:
    return _POSTED_OFFICE.search(title) is not None


_COUNTERPART_LOOKBACK = 12
_COUNTERPART_REACH = 300  # characters of its sentence read before "counterpart"
_MET_CUE = re.compile(r"\b(?:met|meet|meets|meeting|talks|held talks|received|hosted|called on)\b")


def _counterparts(doc: Document, toks: Tokens, taken: Coverage, found: list[Mention]) -> Iterable[Mention]:
    """ "talks with her Vietnamese counterpart Bui Thanh Son": the same office, the adjective's
    country; the office is that of the latest titled official named before."""
    text = doc.text
    titled = sorted((x for x in found if x.title), key=lambda x: x.end)
    ends = [x.end for x in titled]
    for m in _COUNTERPART.finditer(text):
        adjective = (m.group(1) or "").strip()
        code = gz.country_adjectives().get(adjective) if adjective else None
        if (adjective and code is None) or taken.overlaps(m.end(), m.end() + 1):
            continue  # "his Vietnamese counterpart X", or "his counterpart X" (the country from context)
        k = toks.index_at(m.end())
        got = parse_name(toks, _skip_honorifics(toks, k, text), text)
        if got is None:
            continue
        # the titled people named before it (the latest few: the work per word stays bounded)
        before = titled[max(0, bisect_right(ends, m.start()) - _COUNTERPART_LOOKBACK) : bisect_right(ends, m.start())]
        # whose counterpart: the titled person the sentence names before the word ("Wang, who
        # is ..., will meet his counterpart X"), else the latest titled person named before
        sent = doc.sentences[doc.sentence_index(m.start())]
        s0 = max(sent.start, m.start() - _COUNTERPART_REACH)
        # those the sentence meets ("He met with the Speaker, ..., and his counterpart") are not
        # whose counterpart it is: the subject is, named before the meeting word or in an earlier
        # sentence
        cue = _MET_CUE.search(text, s0, m.start())
        here = text[s0 : cue.start() if cue is not None else m.start()]
        named = [x for x in before if x.name and any(_word_in(w, here) for w in name_keys(x.name))]
        earlier = [x for x in before if x.end <= sent.start] if cue is not None else []
        if earlier:
            # the subject of the latest sentence naming someone: its first titled person
            last_si = doc.sentence_index(earlier[-1].start)
            earlier = [next(x for x in earlier if doc.sentence_index(x.start) == last_si)]
        last = before[-1] if before else None
        if last is not None and last.end >= sent.start and _WHO_THEN.match(text, last.end, m.start()):
            # "met Prime Minister Ecevit, who invited his Greek counterpart, Simitis": the one the
            # relative clause is about
            before = [last]
        elif (
            last is not None
            and last.start >= sent.start
            and _AND_THEN.fullmatch(text, last.end, m.start())
            and not _met_object(text, sent.start, last.start)
        ):
            # "As the leaders met, Defence Minister Ng Eng Hen and his counterpart Nobuo Kishi":
            # the one just named
            before = [last]
        else:
            before = named or earlier or before
        # without the counterpart's country the copied title is an echo: X holds the office, but
        # "the Foreign Minister" later may be the speaker's own, so it must not refer back to X
        title = before[-1].title if before else None
        end, name = got
        start = m.start(1) if adjective else toks.starts[k]
        kind = before[-1].kind if before else None
        yield Mention(
            start,
            toks.ends[end - 1],
            name,
            title,
            code,
            3 if code else 0,
            None,
            kind,
            echo=not adjective and bool(title),
        )


_WHO_THEN = re.compile(r",?\s+who\s+[^.;:,]*\Z")


def _met_object(text: str, s0: int, at: int) -> bool:
    """Whether the mention at ``at`` is one a meeting word before it governs ("He met with the
    Speaker, X, and his counterpart": X is met), not the subject after a clause ("As the leaders
    met, Defence Minister X and his counterpart")."""
    cues = list(_MET_CUE.finditer(text, s0, at))
    return bool(cues) and not text[cues[-1].end() : at].lstrip().startswith(",")


_AND_THEN = re.compile(r",?\s+(?:and|with|along with|together with)\s+")


def _word_in(word: str, text: str) -> bool:
    """Whether ``word`` (lower case) stands as a whole word in ``text``, in any case."""
    return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) is not None


def _header_pairs(doc: Document, toks: Tokens, taken: Coverage) -> Iterable[Mention]:
    """A line holding only a name above a line holding only a title (press-release headers)."""
    text = doc.text
    offices = gz.offices()
    for (a0, a1), (b0, b1) in zip(doc.blocks, doc.blocks[1:], strict=False):
        if b1 - b0 > 80 or a1 - a0 > 60 or taken.overlaps(a0, a1):
            continue
        title_line = text[b0:b1]
        m = gz.office_pattern().search(title_line)
        if m is None:
            continue
        office = offices.get(m.group())
        if office is None:
            continue
        i = toks.index_at(a0)
        i = _skip_honorifics(toks, i, text)
        got = parse_name(toks, i, text)
        if got is None or toks.ends[got[0] - 1] != a1:
            continue
        # the title line is the title alone (modifiers and complement allowed)
        j0 = toks.index_at(b0)
        j1 = toks.index_at(b0 + m.end())
        while j0 < len(toks) and toks.starts[j0] < b0 + m.start() and toks.text(j0) in MODIFIERS:
            j0 += 1
        if toks.starts[j0] != b0 + m.start():
            continue
        _, _, end = _complement(toks, j1, text)
        if toks.ends[end - 1] != b1:
            continue
        title = _clean_title(title_line)
        yield Mention(
            a0, b1, got[1], title, office.country, 2 if office.country else 0, office.organisation, office.kind
        )


def _districts(doc: Document, toks: Tokens, taken: Coverage) -> Iterable[Mention]:
    """ "Cliff Bentz (OR-02)": a U.S. House district after a name makes a Representative."""
    text = doc.text
    for m in _DISTRICT.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        k = toks.index_at(m.start())
        # walk back to the start of the name
        a = k - 1
        while (
            a >= 0
            and k - a <= 6
            and (is_name_word(toks.text(a)) or is_initial(toks.text(a)) or toks.text(a) in {".", *PARTICLES})
        ):
            a -= 1
        a += 1
        while a < k:
            got = parse_name(toks, a, text)
            if got is not None and got[0] == k:
                if not taken.overlaps(toks.starts[a], m.end()):
                    yield Mention(toks.starts[a], m.end(), got[1], "Representative", "US", 3, None, "legislator")
                break
            a += 1


#: Words that end the name of a body: a "name" right before one starts that body's name.
_INSTITUTIONS = frozenset(
    "Council Committee Commission Forum Board Group Caucus Conference Summit Dialogue Assembly Institute "
    "Association Agency Authority Bank Fund Foundation Centre Center Initiative Programme Program".split()
)


def plural_lists(doc: Document, toks: Tokens, matches: list[re.Match[str]]) -> list[Mention]:
    """ "Senators Joni Ernst (R-Iowa), Dan Sullivan (R-Alaska), and Mark Kelly": plural title + names."""
    text = doc.text
    out: list[Mention] = []
    offices = gz.offices()
    for m in matches:
        office = offices.get(m.group()[:-1])  # "Senators" -> "Senator"
        if office is None:
            continue
        i0 = toks.index_at(m.start())
        country, trust, org, _ = _left_context(toks, i0, text)
        if country is None and office.country:
            country, trust = office.country, _office_trust(office)
        k = toks.index_at(m.end())
        closing = False  # after "and": the list's last name
        while k < len(toks):
            k = _skip_honorifics(toks, k, text)
            got = parse_name(toks, k, text)
            if got is None:
                break
            end, name = got
            if toks.text(end) in _INSTITUTIONS:
                break  # "Business Leaders Advisory Council": the words name a body, not people
            stop = end
            if _PARTY_STATE.match(text, toks.starts[end] if end < len(toks) else len(text)):
                if country is None:
                    country, trust = "US", 3
                stop = toks.index_at(text.index(")", toks.starts[end]) + 1)
            out.append(
                Mention(toks.starts[k], toks.ends[stop - 1], name, office.title, country, trust, org, office.kind)
            )
            k = stop
            if closing:
                break  # "... and Agalar Valiyev, Chief of Staff X": the list has ended
            if toks.text(k) == ",":
                k += 1
            if toks.text(k) == "and":
                k += 1
                closing = True
            elif k > 0 and toks.text(k - 1) != ",":
                break
    return out


# ---------------------------------------------------------------- resolution
