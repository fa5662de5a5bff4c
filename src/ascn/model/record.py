"""The base of every record class: its constructor runs the generated verdict of its fields."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, ClassVar

from ascn.model.codegen import check_on_first_use, verdict
from ascn.model.fields import Across

__all__ = ["Record"]


class Record:
    """A record class: frozen, slotted, keyword-only attrs fields, each with a field rule.

    Subclasses are declared with ``@attrs.frozen(kw_only=True)`` and annotate their fields
    with :mod:`ascn.model.fields` rules; ``__rules__`` lists their rules across fields,
    ``__identity__`` the fields unique within a network and ``__kind__`` their name. The
    constructor checks every rule at once and raises one :class:`ascn.ValidationError`
    listing every problem.
    """

    __slots__ = ()
    __rules__: ClassVar[tuple[Across, ...]] = ()
    __identity__: ClassVar[tuple[str, ...]] = ("id",)
    """The fields whose values are unique within a network's collection of these records."""
    __kind__: ClassVar[str] = "record"
    """What one record is called in messages ("city", "framework element")."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__kind__" not in vars(cls):
            cls.__kind__ = re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()
        # Each class generates its own verdict on its first construction (a subclass adds
        # fields, so it never inherits its parent's). A class with a post-init of its own
        # keeps it, run after the verdict.
        own = vars(cls).get("__attrs_post_init__")
        if own is None or own is check_on_first_use:
            cls.__attrs_post_init__ = check_on_first_use  # type: ignore[attr-defined]
        elif not getattr(own, "runs_verdict_first", False):
            cls.__attrs_post_init__ = _verdict_then(own)  # type: ignore[attr-defined]


def _verdict_then(own: Callable[[Any], None]) -> Callable[[Any], None]:
    """A post-init that checks the record's fields, then runs the class's own post-init."""

    def post_init(self: Any) -> None:
        verdict(type(self))(self)
        own(self)

    post_init.runs_verdict_first = True  # type: ignore[attr-defined]
    return post_init
