"""Readers for published records of diplomacy, each turning a data set into model values.

- :mod:`diplomacy.io.hsg`: the U.S. Office of the Historian's records of foreign trips of U.S.
  Presidents and Secretaries of State (:func:`~diplomacy.io.hsg.read_travels`) and of visits of
  foreign leaders to the U.S. (:func:`~diplomacy.io.hsg.read_visits`), as
  :class:`~diplomacy.Visit` values.

>>> from diplomacy.io import hsg
>>> hsg.read_travels.__name__
'read_travels'
"""

from __future__ import annotations

from . import hsg

__all__ = ["hsg"]
