"""Everything read from one document."""

from __future__ import annotations

import attrs

from ._check import as_tuple, check_optional, check_tuple
from .events import Agreement, Delegation, Statement, Visit
from .officials import Official
from .places import Source

__all__ = ["Report"]


@attrs.frozen(kw_only=True)
class Report:
    """The records found in one document, with the document's :class:`~diplomacy.Source`.

    >>> from diplomacy import Country
    >>> r = Report(officials=[Official(name="Vikram Misri", country=Country("IN"))])
    >>> len(r.officials), r.visits
    (1, ())
    """

    source: Source | None = None
    officials: tuple[Official, ...] = attrs.field(default=(), converter=as_tuple)
    visits: tuple[Visit, ...] = attrs.field(default=(), converter=as_tuple)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=as_tuple)
    agreements: tuple[Agreement, ...] = attrs.field(default=(), converter=as_tuple)
    delegations: tuple[Delegation, ...] = attrs.field(default=(), converter=as_tuple)

    def __attrs_post_init__(self) -> None:
        check_optional("Report.source", self.source, Source)
        check_tuple("Report.officials", self.officials, Official)
        check_tuple("Report.visits", self.visits, Visit)
        check_tuple("Report.statements", self.statements, Statement)
        check_tuple("Report.agreements", self.agreements, Agreement)
        check_tuple("Report.delegations", self.delegations, Delegation)
