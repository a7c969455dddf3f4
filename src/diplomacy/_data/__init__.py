"""Gazetteer data files shipped inside the package, and their lazy loaders (internal).

Each file names its sources in ``SOURCES.md`` beside it.  Nothing is read at import time: every
loader runs once, on first use, and caches its result.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def load_json(name: str) -> Any:
    """The parsed content of the data file ``name`` (cached)."""
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
