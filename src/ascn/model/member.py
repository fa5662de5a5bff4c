"""Member states of ASEAN, the countries whose cities make up the network."""

from __future__ import annotations

import attrs
import pendulum

from ascn.model._checks import (
    ALPHA3,
    Checks,
    FieldRules,
    is_distinct_texts,
    is_member_code,
    is_text,
    is_time_zone,
    repeats,
)
from ascn.model.provenance import Confidence, check_provenance, has_clean_provenance

__all__ = ["MemberState"]

_is_alpha3 = ALPHA3.fullmatch


@attrs.frozen(kw_only=True)
class MemberState:
    """An ASEAN member state.

    ``code`` (ISO 3166-1 alpha-2) is its identity. ``name`` is the ASEAN English short name
    ("Lao PDR", "Viet Nam", "Timor-Leste"), the one that orders the chair rotation.
    ``aliases`` are other names people use for it ("Laos", "Vietnam", "Burma").
    """

    code: str
    alpha3: str
    name: str
    formal_name: str
    admitted: pendulum.Date
    capital: str
    timezones: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    confidence: Confidence | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        _MEMBER_STATE_RULES.enforce(self)

    def is_member_on(self, day: pendulum.Date) -> bool:
        """True when the state was a member on ``day`` (from its admission day on)."""
        return self.admitted <= day


def _check_member_state(checks: Checks, member: MemberState) -> None:
    checks.member_code("code", member.code)
    checks.pattern("alpha3", member.alpha3, ALPHA3, "an ISO 3166-1 alpha-3 code such as 'SGP'")
    checks.text("name", member.name)
    checks.text("formal_name", member.formal_name)
    checks.day("admitted", member.admitted)
    checks.text("capital", member.capital)
    zones = checks.each("timezones", member.timezones, "IANA zone names")
    for path, zone in zones:
        checks.zone(path, zone)
    if isinstance(member.timezones, tuple) and not member.timezones:
        checks.fail("timezones", "must name at least one IANA time zone")
    elif isinstance(member.timezones, tuple) and repeats(member.timezones):
        checks.fail("timezones", "lists a zone more than once")
    checks.texts("aliases", member.aliases)
    check_provenance(checks, member)


_MEMBER_STATE_RULES = FieldRules(
    MemberState,
    lambda m: (
        is_member_code(m.code)
        and type(m.alpha3) is str
        and _is_alpha3(m.alpha3) is not None
        and is_text(m.name)
        and is_text(m.formal_name)
        and type(m.admitted) is pendulum.Date
        and is_text(m.capital)
        and type(m.timezones) is tuple
        and all(is_text(zone) and is_time_zone(zone) for zone in m.timezones)
        and len(set(m.timezones)) == len(m.timezones) > 0
        and is_distinct_texts(m.aliases)
        and has_clean_provenance(m.sources, m.confidence, m.note)
    ),
    _check_member_state,
)
