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

if TYPE_CHECKING:
    from ascn.dates import DateLike, PartialDate, Precision, to_date
    from ascn.errors import (
        AmbiguousKeyError,
        AscnError,
        DocumentFileError,
        NotFoundError,
        Problem,
        ValidationError,
    )
    from ascn.history import EventKind, HistoryEvent
    from ascn.io.document import FORMAT, VERSION, dumps, from_data, loads, to_data
    from ascn.io.schema import json_schema
    from ascn.lookup import Match
    from ascn.model.appointment import Appointment, HolderKind, Role, Scope
    from ascn.model.chair import Basis, BasisKind, Chairmanship, Organisation, Status
    from ascn.model.city import City, Intake, Location
    from ascn.model.decision import Decision, DecisionKind
    from ascn.model.events import Meeting, MeetingFormat, Milestone
    from ascn.model.member import MemberState
    from ascn.model.network import Network
    from ascn.model.partner import FrameworkElement, FrameworkKind, Partner
    from ascn.model.provenance import Confidence, Source

# Public names and the modules that define them. They are imported on first use, so that
# `import ascn` costs little: a script that only reads the embedded data never builds the
# JSON Schema, and `ascn --help` needs no model at all.
_EXPORTS: dict[str, str] = {
    "DateLike": "ascn.dates",
    "PartialDate": "ascn.dates",
    "Precision": "ascn.dates",
    "to_date": "ascn.dates",
    "AmbiguousKeyError": "ascn.errors",
    "AscnError": "ascn.errors",
    "DocumentFileError": "ascn.errors",
    "NotFoundError": "ascn.errors",
    "Problem": "ascn.errors",
    "ValidationError": "ascn.errors",
    "EventKind": "ascn.history",
    "HistoryEvent": "ascn.history",
    "FORMAT": "ascn.io.document",
    "VERSION": "ascn.io.document",
    "dumps": "ascn.io.document",
    "from_data": "ascn.io.document",
    "loads": "ascn.io.document",
    "to_data": "ascn.io.document",
    "json_schema": "ascn.io.schema",
    "Match": "ascn.lookup",
    "Appointment": "ascn.model.appointment",
    "HolderKind": "ascn.model.appointment",
    "Role": "ascn.model.appointment",
    "Scope": "ascn.model.appointment",
    "Basis": "ascn.model.chair",
    "BasisKind": "ascn.model.chair",
    "Chairmanship": "ascn.model.chair",
    "Organisation": "ascn.model.chair",
    "Status": "ascn.model.chair",
    "City": "ascn.model.city",
    "Intake": "ascn.model.city",
    "Location": "ascn.model.city",
    "Decision": "ascn.model.decision",
    "DecisionKind": "ascn.model.decision",
    "Meeting": "ascn.model.events",
    "MeetingFormat": "ascn.model.events",
    "Milestone": "ascn.model.events",
    "MemberState": "ascn.model.member",
    "Network": "ascn.model.network",
    "FrameworkElement": "ascn.model.partner",
    "FrameworkKind": "ascn.model.partner",
    "Partner": "ascn.model.partner",
    "Confidence": "ascn.model.provenance",
    "Source": "ascn.model.provenance",
}

__all__ = [
    "FORMAT",
    "VERSION",
    "AmbiguousKeyError",
    "Appointment",
    "AscnError",
    "Basis",
    "BasisKind",
    "Chairmanship",
    "City",
    "Confidence",
    "DateLike",
    "Decision",
    "DecisionKind",
    "DocumentFileError",
    "EventKind",
    "FrameworkElement",
    "FrameworkKind",
    "HistoryEvent",
    "HolderKind",
    "Intake",
    "Location",
    "Match",
    "Meeting",
    "MeetingFormat",
    "MemberState",
    "Milestone",
    "Network",
    "NotFoundError",
    "Organisation",
    "PartialDate",
    "Partner",
    "Precision",
    "Problem",
    "Role",
    "Scope",
    "Source",
    "Status",
    "ValidationError",
    "dumps",
    "from_data",
    "json_schema",
    "load",
    "loads",
    "to_data",
    "to_date",
]

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
    return sorted({*globals(), *__all__})
