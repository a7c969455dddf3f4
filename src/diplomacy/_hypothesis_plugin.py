"""Hypothesis plugin: teach ``st.from_type`` the model's types (internal).

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, through the
``hypothesis`` entry point declared in ``pyproject.toml``; ``diplomacy`` itself never imports
Hypothesis.  Each type is registered with a deferred strategy, so :mod:`diplomacy.strategies`
(and the country tables) load only when a test first draws a value.
"""

from __future__ import annotations

from typing import Any


def _hypothesis_setup_hook() -> None:
    """Register a strategy from :mod:`diplomacy.strategies` for every model type."""
    from hypothesis import strategies as st

    import diplomacy

    # type -> name of the function in diplomacy.strategies that draws it
    registry: dict[type[Any], str] = {
        diplomacy.Country: "countries",
        diplomacy.Place: "places",
        diplomacy.Span: "spans",
        diplomacy.Source: "sources",
        diplomacy.Day: "days",
        diplomacy.Month: "months",
        diplomacy.Season: "seasons",
        diplomacy.Year: "years",
        diplomacy.Interval: "intervals",
        diplomacy.Tenure: "tenures",
        diplomacy.Official: "officials",
        diplomacy.Visit: "visits",
        diplomacy.Statement: "statements",
        diplomacy.Agreement: "agreements",
        diplomacy.Delegation: "delegations",
        diplomacy.Report: "reports",
    }
    for cls, name in registry.items():
        st.register_type_strategy(cls, st.deferred(_lazy(name)))


def _lazy(name: str) -> Any:
    def build() -> Any:
        from diplomacy import strategies

        return getattr(strategies, name)()

    return build
