"""ISO 3166 data behind :class:`~diplomacy.Country` (internal).

The codes and names come from pycountry (the ISO 3166-1 and 3166-3 databases as Debian's
iso-codes publishes them), loaded once on first use.  Three kinds of entry are ours, written in
``_data/countries.json``: Kosovo (``XK``, a user-assigned code in common use), the short forms
and aliases people write ("U.S.", "Britain", "Türkiye"), and display names where ISO's is a
formal one ("South Korea" for "Korea, Republic of").
"""

from __future__ import annotations

import functools
import re
import unicodedata

import attrs

from .._data import load_json


@attrs.frozen
class CountryRecord:
    alpha2: str
    alpha3: str
    name: str
    historic: bool = False


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: 'U.S.' -> 'us', 'Türkiye' -> 'turkiye'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ")
    text = re.sub(r"[.\u2019'`]", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


@functools.cache
def records() -> dict[str, CountryRecord]:
    """alpha-2 code -> record, current countries first, then historic and our own additions."""
    import pycountry

    extra = load_json("countries.json")
    out: dict[str, CountryRecord] = {}
    for c in pycountry.countries:
        name = extra.get(c.alpha_2, {}).get("name") or getattr(c, "common_name", None) or c.name
        out[c.alpha_2] = CountryRecord(c.alpha_2, c.alpha_3, name)
    for h in pycountry.historic_countries:
        code = getattr(h, "alpha_2", None)
        if code and code not in out:
            name = extra.get(code, {}).get("name") or h.name
            out[code] = CountryRecord(code, h.alpha_3, name, historic=True)
    for code, entry in extra.items():
        if code not in out and "alpha3" in entry:
            out[code] = CountryRecord(code, entry["alpha3"], entry["name"], historic=entry.get("historic", False))
    return out


@functools.cache
def codes() -> frozenset[str]:
    return frozenset(records())


@functools.cache
def alpha3_index() -> dict[str, str]:
    return {r.alpha3: r.alpha2 for r in reversed(list(records().values()))}


@functools.cache
def name_index() -> dict[str, str]:
    """folded name or alias -> alpha-2 code."""
    import pycountry

    index: dict[str, str] = {}
    for c in pycountry.historic_countries:
        code = getattr(c, "alpha_2", None)
        if code:
            index.setdefault(fold(c.name), code)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                index[fold(value)] = c.alpha_2
                # "Korea, Republic of" is also written "Republic of Korea"
                head, sep, tail = value.partition(", ")
                if sep and tail:
                    index.setdefault(fold(f"{tail} {head}"), c.alpha_2)
    for code, entry in load_json("countries.json").items():
        for value in [entry.get("name"), *entry.get("names", [])]:
            if value:
                key = fold(value)
                index[key[4:] if key.startswith("the ") else key] = code  # parse() drops a leading "the"
    return index
