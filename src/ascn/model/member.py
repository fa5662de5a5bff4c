"""Member states of ASEAN, the countries whose cities make up the network."""

from __future__ import annotations

import attrs
import pendulum

from ascn.model.fields import Alpha3, MemberCode, Names, SourceIds, Text, Zones
from ascn.model.provenance import Confidence
from ascn.model.record import Record

__all__ = ["MemberState"]


@attrs.frozen(kw_only=True)
class MemberState(Record):
    """An ASEAN member state.

    ``code`` (ISO 3166-1 alpha-2) is its identity. ``name`` is the ASEAN English short name
    ("Lao PDR", "Viet Nam", "Timor-Leste"), the one that orders the chair rotation.
    ``aliases`` are other names people use for it ("Laos", "Vietnam", "Burma").
    """

    code: MemberCode
    alpha3: Alpha3
    name: Text
    formal_name: Text
    admitted: pendulum.Date
    capital: Text
    timezones: Zones
    aliases: Names = ()
    sources: SourceIds = ()
    confidence: Confidence | None = None
    note: Text | None = None

    def is_member_on(self, day: pendulum.Date) -> bool:
        """True when the state was a member on ``day`` (from its admission day on)."""
        return self.admitted <= day
