"""Member states of ASEAN, the countries whose cities make up the network."""

from __future__ import annotations

import attrs
import pendulum

from ascn.model._checks import ALPHA3, Checks, repeats
from ascn.model.provenance import Confidence, check_provenance

__all__ = ["MemberState"]


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
        checks = Checks()
        checks.member_code("code", self.code)
        checks.pattern("alpha3", self.alpha3, ALPHA3, "an ISO 3166-1 alpha-3 code such as 'SGP'")
        checks.text("name", self.name)
        checks.text("formal_name", self.formal_name)
        checks.day("admitted", self.admitted)
        checks.text("capital", self.capital)
        zones = checks.each("timezones", self.timezones, "IANA zone names")
        for path, zone in zones:
            checks.zone(path, zone)
        if isinstance(self.timezones, tuple) and not self.timezones:
            checks.fail("timezones", "must name at least one IANA time zone")
        elif isinstance(self.timezones, tuple) and repeats(self.timezones):
            checks.fail("timezones", "lists a zone more than once")
        checks.texts("aliases", self.aliases)
        check_provenance(checks, self)
        checks.done("MemberState")

    def is_member_on(self, day: pendulum.Date) -> bool:
        """True when the state was a member on ``day`` (from its admission day on)."""
        return self.admitted <= day
