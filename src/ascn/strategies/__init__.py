"""Hypothesis strategies for ascn's records and for whole valid networks.

Use them to property-test code that takes ascn entities::

    from hypothesis import given
    from ascn import strategies as ascn_st

    @given(ascn_st.networks())
    def test_every_city_has_a_member(network):
        for city in network.cities():
            assert network.member(city.country).code == city.country

Every record a strategy draws passed its class's field rules, and every network from
:func:`networks` passed every network rule of ``ascn.model.rules``. Record strategies are
derived from the classes' declarations: :func:`records` draws each declared field from a
strategy for its rule and keeps the rules across fields, and the strategy of each class
adds what ties a record to a network. Generated text is deliberately awkward (the region's
scripts, accents, quotes, control characters, inner line breaks, emoji) while staying valid,
and dates run from year 1 to 9999. This package needs the ``hypothesis`` extra
(``pip install "ascn[hypothesis]"``); ``import ascn`` never imports it.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401 - only to say what to install when it is missing
except ImportError as exc:
    raise ImportError(
        'ascn.strategies needs Hypothesis; install it with: pip install "ascn[hypothesis]"'
    ) from exc

from ascn.strategies.derived import records
from ascn.strategies.entities import (
    appointments,
    chairmanships,
    cities,
    decisions,
    framework_elements,
    locations,
    meetings,
    member_states,
    milestones,
    partners,
    sources,
)
from ascn.strategies.network import networks
from ascn.strategies.values import (
    days,
    member_codes,
    names,
    partial_dates,
    slugs,
    texts,
    time_zones,
)

__all__ = [
    "appointments",
    "chairmanships",
    "cities",
    "days",
    "decisions",
    "framework_elements",
    "locations",
    "meetings",
    "member_codes",
    "member_states",
    "milestones",
    "names",
    "networks",
    "partial_dates",
    "partners",
    "records",
    "slugs",
    "sources",
    "texts",
    "time_zones",
]
