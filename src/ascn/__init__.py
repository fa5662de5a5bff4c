"""ascn: the ASEAN Smart Cities Network as typed, validated, sourced data.

>>> import ascn
>>> network = ascn.load()                      # the real network, embedded
>>> network.member("Vietnam").name
'Viet Nam'

Documents are read with :func:`load` and :func:`loads` and written with :func:`dumps`;
every mistake in input raises a subclass of :class:`AscnError`.
"""

from __future__ import annotations

import os

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


def load(path: str | os.PathLike[str] | None = None) -> Network:
    """A network: the embedded real one when ``path`` is omitted, else the document at ``path``.

    The embedded network is parsed and validated on the first call and cached; later calls
    return the same object. A file is read, parsed and validated on every call. Raises
    :class:`DocumentFileError` for a file that cannot be read and :class:`ValidationError`
    for an invalid document.
    """
    if path is None:
        from ascn.dataset import default_network

        return default_network()
    from ascn.io.document import load_path

    return load_path(path)
