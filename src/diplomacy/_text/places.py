"""Places named in text: countries, their adjectives, and cities (internal)."""

from __future__ import annotations

import re

import attrs

from . import gazetteer as gz

__all__ = ["PlaceHit", "find_places"]


@attrs.frozen
class PlaceHit:
    """A place name in the text; ``city`` is set when the name is a city's."""

    start: int
    end: int
    code: str
    kind: str  # "country", "city" or "adjective"
    city: str | None = None


def classify(name: str) -> tuple[str, str] | None:
    """(code, kind) of a place name as written, or None; kind is "country", "city", "region" or
    "adjective".  A city-state's own name ("Singapore") is its country."""
    city = gz.cities().get(name)
    if city is not None and (name in gz.metonyms() or name not in gz.country_names()):
        return city, "city"
    code = gz.country_names().get(name)
    if code is not None:
        return code, "country"
    if city is not None:
        return city, "city"
    code = gz.regions().get(name)
    if code is not None:
        return code, "region"
    code = gz.country_adjectives().get(name)
    if code is not None:
        return code, "adjective"
    return None


_CAPITAL = re.compile(r"\s+capital(?:\s+city)?\b(?!\s+(?:of|market|markets|investment|flows?|gains?|spending|goods)\b)")


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceHit]:
    """Every place name in ``text[start:end]``; "Geneva, Switzerland" is one hit (a city)."""
    end = len(text) if end is None else end
    hits: list[PlaceHit] = []
    for m in gz.place_pattern().finditer(text, start, end):
        got = classify(m.group())
        if got is None:
            continue
        code, kind = got
        name = m.group()
        if kind == "country" and name.startswith("the "):
            name = name[4:]
        hit = PlaceHit(m.start(), m.end(), code, kind, name if kind == "city" else None)
        if kind == "adjective":
            # "the Pakistani capital": the capital city, by its name
            cap = _CAPITAL.match(text, m.end(), end)
            capital = gz.capitals().get(code)
            if cap is not None and capital is not None:
                hit = PlaceHit(m.start(), cap.end(), code, "city", capital)
        prev = hits[-1] if hits else None
        # "Geneva, Switzerland" / "Sunnylands, Calif.": a city qualified by its country
        if (
            prev is not None
            and prev.kind == "city"
            and kind == "country"
            and code == prev.code
            and text[prev.end : m.start()].strip() == ","
        ):
            hits[-1] = attrs.evolve(prev, end=m.end())
            continue
        hits.append(hit)
    return hits
