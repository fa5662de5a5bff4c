"""The real network, embedded in the package and read on first use.

The data is an ordinary ascn document (``ascn/data/network.json``), read through the
package's loader (:func:`pkgutil.get_data`, which works from a zip too, without the cost of
importing ``importlib.resources``) and the same public loader and validation as any user's
file. It is
parsed once, on the first call to :func:`default_network`, never at import.
"""

from __future__ import annotations

import pkgutil
import threading

from ascn.io.document import loads
from ascn.model.network import Network

__all__ = ["DATA_FILE", "default_network", "default_text"]

DATA_FILE = "data/network.json"
"""Where the embedded document lives inside the ``ascn`` package."""

_lock = threading.Lock()
_cache: list[Network] = []


def default_text() -> str:
    """The embedded document, as text."""
    data = pkgutil.get_data("ascn", DATA_FILE)
    if data is None:  # only a loader that cannot read resources returns None
        raise FileNotFoundError(f"ascn's embedded {DATA_FILE} cannot be read by its loader")
    return data.decode("utf-8")


def default_network() -> Network:
    """The embedded network; the first call parses and validates it, later calls reuse it."""
    if _cache:
        return _cache[0]
    with _lock:
        if not _cache:
            _cache.append(loads(default_text()))
    return _cache[0]
