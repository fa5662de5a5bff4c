"""The error a rotation raises when it cannot name a chair."""

from __future__ import annotations

from ascn.errors import NotFoundError

__all__ = ["NoChairError"]


class NoChairError(NotFoundError):
    """No chair can be given for this year, date or member, and ``reason`` says why.

    Raised for years before the first known term (or before the organisation existed), for
    past terms and handover days the sources do not cover, and for a member with no term
    ahead. ascn does not present a guess as fact. A :class:`ascn.NotFoundError`, so also a
    ``LookupError``.
    """

    def __init__(self, organisation: str, key: object, reason: str) -> None:
        self.kind = f"{organisation} chair"
        self.key = key
        self.suggestions = ()
        self.reason = reason
        Exception.__init__(self, f"no {organisation} chair for {key}: {reason}")
