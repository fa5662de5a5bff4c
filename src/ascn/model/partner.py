"""External partners of the network and their programmes."""

from __future__ import annotations

from enum import Enum

import attrs

from ascn.dates import PartialDate
from ascn.model._checks import Checks
from ascn.model.provenance import Confidence, check_provenance

__all__ = ["FrameworkElement", "FrameworkKind", "Partner"]


@attrs.frozen(kw_only=True)
class Partner:
    """An external partner (a country, agency or bank) and the programme it runs with the ASCN."""

    id: str
    name: str
    programme: str
    since: PartialDate | None = None
    until: PartialDate | None = None
    sources: tuple[str, ...] = ()
    confidence: Confidence | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        checks = Checks()
        checks.slug("id", self.id)
        checks.text("name", self.name)
        checks.text("programme", self.programme)
        since_ok = checks.partial("since", self.since, optional=True)
        if checks.partial("until", self.until, optional=True) and since_ok:
            checks.span("until", self.since, self.until)
        check_provenance(checks, self)
        checks.done("Partner")


class FrameworkKind(Enum):
    """The parts of the ASEAN Smart Cities Framework: focus areas and strategic outcomes."""

    FOCUS_AREA = "focus-area"
    STRATEGIC_OUTCOME = "strategic-outcome"


@attrs.frozen(kw_only=True)
class FrameworkElement:
    """A focus area or strategic outcome of the ASEAN Smart Cities Framework."""

    id: str
    kind: FrameworkKind
    label: str
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    confidence: Confidence | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        checks = Checks()
        checks.slug("id", self.id)
        checks.choice("kind", self.kind, FrameworkKind)
        checks.text("label", self.label)
        checks.texts("aliases", self.aliases)
        check_provenance(checks, self)
        checks.done("FrameworkElement")
