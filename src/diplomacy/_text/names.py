"""Reading a person's name in text (internal): where it starts and ends, and which words are
never one (titles, bodies, places, headline verbs).

:func:`parse_name` reads the name at a token ("Vikram Misri", "Ma. Teresita Daza", "Ferdinand
“Bongbong” Marcos Jr.", "K. Natwar Singh"), stopping at a word a careful reader would not take
for part of a name.  The readers of mentions (:mod:`.officials`) call it after a title, before
a comma, or in a list.
"""

from __future__ import annotations

import functools
import re

from . import gazetteer as gz
from .people import PARTICLES, SUFFIXES
from .tokens import Tokens

__all__ = ["NOT_NAME", "is_initial", "is_name_word", "parse_name", "place_codes"]


_NAME_PREFIXED = re.compile(r"(?:al|el|Al|El|bin|ibn|abu|Abu|ben|Ben)-[A-Z]")


# Title-case words that are never part of a person's name.
NOT_NAME = frozenset(
    """
    The A An This That These Those His Her Their Its Our My Your He She It They We I You
    Excellency Majesty Highness Holiness Government Ministry Office Department House Embassy
    Mission Council Committee Summit Meeting Conference Forum Parliament Congress Senate Cabinet
    Delegation Presidency Administration State States Republic Kingdom Union Federation
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tomorrow Yesterday
    In On At For With From To By And Or But As After Before During While When Where Since
    Press Release Statement Readout Remarks Secretary Minister President Prime Ambassador
    Hon Honourable Honorable Rt Mr Mrs Ms Dr Sir Dame Lord Lady Shri Smt
    General Affairs Foreign External Security National Defence Defense Trade
    Also Meanwhile However Following According Reports Takeaways Synopsis
    Visit Visits Travel Travels Trip Tour Leads Lead Team Meets Meet Talks Calls Call Says Urges Announces
    Welcomes Holds Hosts Departs Arrives Signs Launches Opens Attends Discusses Reaffirms Praises Joins
    Gets Makes Takes Begins Ends Starts Wraps Concludes Continues Seeks Vows Wants Backs Offers Hails
    Pushes Warns Tours Reaches Receives Returns Leaves Heads Pledges Eyes
    Chair Chairman Chairperson Member Members Committee Subcommittee Caucus Official Officials Officer Officers
    Unit Bureau
    Agency Command Forces Force Army Navy Air Council Commission Secretariat Centre Center Institute
    Foundation Association Society University College Corporation Company Bank Fund Authority Board
    Organisation Organization
    Development Industry Commerce Economy Planning Infrastructure Transport Energy Agriculture Health
    Education Tourism Culture Environment Finance Cooperation Relations Youth Sports Telecommunications
    """.split()
)


@functools.cache
def place_codes() -> dict[str, str]:
    """Country names, adjectives and cities as written -> alpha-2."""
    out: dict[str, str] = {}
    out.update(gz.cities())
    out.update(gz.country_adjectives())
    out.update(gz.country_names())
    return out


#: The last word of a body's name: the capitalised words before it are no person's name.
_ORG_TAIL = frozenset(
    "Foundation Association Society University College Corporation Company Institute Bank Fund Authority".split()
)


_TITLE_TAIL = frozenset(
    "Officer Officers Adviser Advisor Secretary Director Minister Unit Committee Council Commission Department".split()
)


_OPEN_MARKS = frozenset("“‘\"'")


_CLOSE_MARKS = frozenset("”’\"'")


def parse_name(toks: Tokens, j: int, text: str) -> tuple[int, str] | None:
    """The person name starting at token ``j``: (index after it, the name) or None."""
    n = len(toks)
    k = j
    parts: list[str] = []
    words = 0
    while k < n and len(parts) < 8:
        if k > j and toks.newline_before(k, text):
            break
        t = toks.texts[k]
        nxt = toks.text(k + 1)
        if parts and is_initial(t) and nxt == ".":
            parts.append(t + ".")  # a middle initial, even "A." ("Enrique A. Manalo")
            k += 2
            continue
        if (
            parts
            and t in _OPEN_MARKS
            and is_name_word(nxt)
            and toks.text(k + 2) in _CLOSE_MARKS
            and is_name_word(toks.text(k + 3))
        ):
            parts.append(text[toks.starts[k] : toks.ends[k + 2]])  # a nickname: Ferdinand “Bongbong” Marcos
            k += 3
            continue
        if (
            not parts
            and len(t) == 2
            and t.istitle()
            and nxt == "."
            and toks.starts[k + 1] == toks.ends[k]
            and is_name_word(toks.text(k + 2))
            and t not in NOT_NAME
        ):
            parts.append(t + ".")  # an abbreviated given name: "Ma. Teresita Daza"
            k += 2
            continue
        if (
            not parts
            and len(t) == 2
            and t.istitle()
            and is_name_word(nxt)
            and nxt not in place_codes()
            and is_name_word(toks.text(k + 2)) is False
        ):
            parts.append(t)  # a two-letter family name: "President To Lam", "Le Hoai Trung" reads on
            k += 1
            continue
        if t in _ORG_TAIL and parts:
            return None  # "Observer Research Foundation": the words were a body's name
        if t in NOT_NAME or t in gz.organisations():
            break  # an organisation word ends a name
        if t in place_codes() and not _place_in_name(toks, k, bool(parts)):
            break  # so does a place: "Prime Minister Modi India" is not a name
        if is_initial(t):
            if nxt == "." and toks.starts[k + 1] == toks.ends[k]:
                parts.append(t + ".")
                k += 2
            else:
                parts.append(t)
                k += 1
            continue
        if "." in t and t.replace(".", "").isalpha() and t.replace(".", "").isupper():  # J.D.
            parts.append(t)
            k += 1
            continue
        if not parts and t.isupper() and t.isalpha() and len(t) >= 4 and is_name_word(nxt):
            # "KAMIKAWA Yoko": a family name in capitals, written first; read as "Yoko Kamikawa"
            got = parse_name(toks, k + 1, text)
            if got is not None and len(got[1].split()) <= 2:
                return got[0], f"{got[1]} {t.title()}"
        if t.isupper() and t.isalpha() and 2 <= len(t) <= 3 and not parts and is_name_word(nxt):  # JD Vance
            parts.append(t)
            k += 1
            continue
        if is_name_word(t):
            parts.append(t)
            words += 1
            k += 1
            continue
        if t in PARTICLES and parts and is_name_word(nxt):
            parts.append(t)
            k += 1
            continue
        if t in PARTICLES and parts and nxt in PARTICLES and is_name_word(toks.text(k + 2)):  # de la Fuente
            parts.append(t)
            k += 1
            continue
        break
    # generational suffix: "Lloyd J. Austin III", "Joseph R. Biden, Jr."
    if words and k < n:
        t = toks.texts[k]
        if t in SUFFIXES:
            parts.append(t + ("." if toks.text(k + 1) == "." and t in {"Jr", "Sr"} else ""))
            k += 2 if parts[-1].endswith(".") else 1
        elif t == "," and toks.text(k + 1) in {"Jr", "Sr"}:
            parts[-1] += ","
            parts.append(toks.text(k + 1) + ("." if toks.text(k + 2) == "." else ""))
            k += 3 if parts[-1].endswith(".") else 2
    while parts and (parts[-1] in PARTICLES or is_initial(parts[-1].rstrip("."))) and words:
        # a name does not end on a particle or an initial ("Modi S." is a sentence end)
        if parts[-1].rstrip(".") in SUFFIXES:
            break
        parts.pop()
        k -= 1
    if not words:
        return None
    if words == 1 and len(parts) == 1 and toks.text(k) in _TITLE_TAIL:
        return None  # "Chief Research Officer": one capitalised word before a title word is the title's
    return k, " ".join(parts)


def _place_in_name(toks: Tokens, k: int, inside: bool) -> bool:
    """Whether the place word at ``k`` is part of a person's name: a city or region word after a
    given name ("Petra Lund", "Ana Lima"), or any place word before a surname that is no place
    ("Israel Katz", "Victoria Nuland")."""
    t = toks.texts[k]
    nxt = toks.text(k + 1)
    if is_name_word(nxt) and nxt not in place_codes() and nxt not in gz.organisations():
        return True
    if not inside or nxt in {"'s", "’s"}:
        return False
    return t not in gz.country_names() and t not in gz.country_adjectives()


def is_initial(t: str) -> bool:
    return len(t) == 1 and t.isupper() and t.isalpha()


def is_name_word(t: str) -> bool:
    if not t or t in NOT_NAME:
        return False
    if _NAME_PREFIXED.match(t):
        return True
    first = t[0]
    if not (first.isupper() and first.isalpha()):
        return False
    rest = t[1:]
    # "Ki-Moon", "O’Brien", "McDonald"; all-capital words are acronyms, not names
    return any(c.islower() for c in rest) and all(c.isalpha() or c in "-'’‐" for c in rest)
