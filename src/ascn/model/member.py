"""Member states of ASEAN, the countries whose cities make up the network."""

from __future__ import annotations

from typing import Annotated

import attrs
import pendulum

from ascn.model.fields import Alpha3, Doc, MemberCode, Name, Names, Text, Zones
from ascn.model.provenance import Cited, HowSure, Note
from ascn.model.record import Record

__all__ = ["MemberState", "member_keys"]


@attrs.frozen(kw_only=True)
class MemberState(Record):
    """An ASEAN member state.

    ``code`` (ISO 3166-1 alpha-2) is its identity. ``name`` is the ASEAN English short name
    ("Lao PDR", "Viet Nam", "Timor-Leste"), the one that orders the chair rotation.
    ``aliases`` are other names people use for it ("Laos", "Vietnam", "Burma").
    """

    __identity__ = ("code", "alpha3")
    __kind__ = "member"

    code: MemberCode
    alpha3: Alpha3
    name: Annotated[Name, Doc("ASEAN English short name (orders the chair rotation)")]
    formal_name: Annotated[Name, Doc("formal name")]
    admitted: Annotated[pendulum.Date, Doc("day it joined ASEAN (date)")]
    capital: Annotated[Text, Doc("capital city")]
    timezones: Zones
    aliases: Annotated[Names, Doc("other names people use")] = ()
    sources: Cited = ()
    confidence: HowSure = None
    note: Note = None

    def is_member_on(self, day: pendulum.Date) -> bool:
        """True when the state was a member on ``day`` (from its admission day on)."""
        return self.admitted <= day


def member_keys(member: MemberState) -> tuple[str, ...]:
    """Every text a member state is looked up by: its codes, names and aliases."""
    return (member.code, member.alpha3, member.name, member.formal_name, *member.aliases)
