"""ascn: the ASEAN Smart Cities Network as typed, validated, sourced data.

>>> import ascn
>>> network = ascn.load()                      # the real network, embedded
>>> network.member("Vietnam").name
'Viet Nam'

Documents are read with :func:`load` and :func:`loads` and written with :func:`dumps`;
every mistake in input raises a subclass of :class:`AscnError`.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

# The public names, by the module that defines each: the one list of them. `_EXPORTS` and
# `__all__` are computed from it. A name is imported on first use (PEP 562), so that
# `import ascn` costs little: a script that only reads the embedded data never builds the
# JSON Schema, and `ascn --help` needs no model at all.
_PUBLIC: dict[str, tuple[str, ...]] = {
    "ascn.dates": ("DateLike", "PartialDate", "Precision", "to_date"),
    "ascn.errors": (
        "AmbiguousKeyError",
        "AscnError",
        "DocumentFileError",
        "NoChairError",
        "NotFoundError",
        "Problem",
        "ValidationError",
    ),
    "ascn.history": ("EventKind", "HistoryEvent"),
    "ascn.io.document": ("FORMAT", "VERSION", "dumps", "from_data", "loads", "to_data"),
    "ascn.io.schema": ("json_schema",),
    "ascn.lookup": ("Match",),
    "ascn.model.appointment": ("Appointment", "HolderKind", "Role", "Scope"),
    "ascn.model.chair": ("Basis", "BasisKind", "Chairmanship", "Organisation", "Status"),
    "ascn.model.city": ("City", "Intake", "Location"),
    "ascn.model.decision": ("Decision", "DecisionKind"),
    "ascn.model.events": ("Meeting", "MeetingFormat", "Milestone"),
    "ascn.model.member": ("MemberState",),
    "ascn.model.network": ("Network",),
    "ascn.model.partner": ("FrameworkElement", "FrameworkKind", "Partner"),
    "ascn.model.provenance": ("Confidence", "Source"),
}

_EXPORTS: dict[str, str] = {name: module for module, names in _PUBLIC.items() for name in names}
"""Each lazily imported public name and the module it is imported from."""

# Type checkers cannot follow `__getattr__` nor evaluate a computed `__all__`: for them the
# same names are imported here, each re-exported explicitly (`X as X`), and `__all__` is
# left out, so that they take the public names from these imports (and `load`).
# tests/packaging/test_packaging.py checks that these imports, `_PUBLIC` and `__all__` agree.
if TYPE_CHECKING:
    from ascn.dates import DateLike as DateLike
    from ascn.dates import PartialDate as PartialDate
    from ascn.dates import Precision as Precision
    from ascn.dates import to_date as to_date
    from ascn.errors import AmbiguousKeyError as AmbiguousKeyError
    from ascn.errors import AscnError as AscnError
    from ascn.errors import DocumentFileError as DocumentFileError
    from ascn.errors import NoChairError as NoChairError
    from ascn.errors import NotFoundError as NotFoundError
    from ascn.errors import Problem as Problem
    from ascn.errors import ValidationError as ValidationError
    from ascn.history import EventKind as EventKind
    from ascn.history import HistoryEvent as HistoryEvent
    from ascn.io.document import FORMAT as FORMAT
    from ascn.io.document import VERSION as VERSION
    from ascn.io.document import dumps as dumps
    from ascn.io.document import from_data as from_data
    from ascn.io.document import loads as loads
    from ascn.io.document import to_data as to_data
    from ascn.io.schema import json_schema as json_schema
    from ascn.lookup import Match as Match
    from ascn.model.appointment import Appointment as Appointment
    from ascn.model.appointment import HolderKind as HolderKind
    from ascn.model.appointment import Role as Role
    from ascn.model.appointment import Scope as Scope
    from ascn.model.chair import Basis as Basis
    from ascn.model.chair import BasisKind as BasisKind
    from ascn.model.chair import Chairmanship as Chairmanship
    from ascn.model.chair import Organisation as Organisation
    from ascn.model.chair import Status as Status
    from ascn.model.city import City as City
    from ascn.model.city import Intake as Intake
    from ascn.model.city import Location as Location
    from ascn.model.decision import Decision as Decision
    from ascn.model.decision import DecisionKind as DecisionKind
    from ascn.model.events import Meeting as Meeting
    from ascn.model.events import MeetingFormat as MeetingFormat
    from ascn.model.events import Milestone as Milestone
    from ascn.model.member import MemberState as MemberState
    from ascn.model.network import Network as Network
    from ascn.model.partner import FrameworkElement as FrameworkElement
    from ascn.model.partner import FrameworkKind as FrameworkKind
    from ascn.model.partner import Partner as Partner
    from ascn.model.provenance import Confidence as Confidence
    from ascn.model.provenance import Source as Source
else:
    __all__ = sorted([*_EXPORTS, "load"])

__version__ = "0.1.0"


def load(path: str | os.PathLike[str] | None = None, *, max_size: int | None = None) -> Network:
    """A network: the embedded real one when ``path`` is omitted, else the document at ``path``.

    The embedded network is parsed and validated on the first call and cached; later calls
    return the same object. A file is read, parsed and validated on every call. Raises
    :class:`DocumentFileError` for a file that cannot be read and :class:`ValidationError`
    for an invalid document. ``max_size`` raises the document size limit for one trusted
    file (see :data:`ascn.io.document.MAX_DOCUMENT_SIZE`).
    """
    if path is None:
        from ascn.dataset import default_network

        return default_network()
    from ascn.io.document import load_path

    return load_path(path, max_size=max_size)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ascn' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
