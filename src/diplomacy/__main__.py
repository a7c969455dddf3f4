"""``python -m diplomacy``: the command line, implemented in :mod:`diplomacy._cli`.

>>> from diplomacy.__main__ import main
>>> main(["--version"])  # doctest: +ELLIPSIS
diplomacy ...
0
"""

from __future__ import annotations

from ._cli import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
