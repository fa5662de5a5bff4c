"""External partners of the network and their programmes."""

from __future__ import annotations

from enum import Enum

import attrs

from ascn.dates import PartialDate
from ascn.model._checks import Checks, FieldRules, is_distinct_texts, is_slug, is_span, is_text
from ascn.model.provenance import Confidence, check_provenance, has_clean_provenance

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
        _PARTNER_RULES.enforce(self)


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
        _FRAMEWORK_ELEMENT_RULES.enforce(self)


def _check_partner(checks: Checks, partner: Partner) -> None:
    checks.slug("id", partner.id)
    checks.text("name", partner.name)
    checks.text("programme", partner.programme)
    since_ok = checks.partial("since", partner.since, optional=True)
    if checks.partial("until", partner.until, optional=True) and since_ok:
        checks.span("until", partner.since, partner.until)
    check_provenance(checks, partner)


_PARTNER_RULES = FieldRules(
    Partner,
    lambda p: (
        is_slug(p.id)
        and is_text(p.name)
        and is_text(p.programme)
        and is_span(p.since, p.until, optional=True)
        and has_clean_provenance(p.sources, p.confidence, p.note)
    ),
    _check_partner,
)


def _check_framework_element(checks: Checks, element: FrameworkElement) -> None:
    checks.slug("id", element.id)
    checks.choice("kind", element.kind, FrameworkKind)
    checks.text("label", element.label)
    checks.texts("aliases", element.aliases)
    check_provenance(checks, element)


_FRAMEWORK_ELEMENT_RULES = FieldRules(
    FrameworkElement,
    lambda e: (
        is_slug(e.id)
        and type(e.kind) is FrameworkKind
        and is_text(e.label)
        and is_distinct_texts(e.aliases)
        and has_clean_provenance(e.sources, e.confidence, e.note)
    ),
    _check_framework_element,
)
