"""Finding members and cities by whatever people call them.

Keys are compared after :func:`normalise`: case, accents, spaces and punctuation are
ignored, so "viet nam", "Vietnam" and "VIỆT NAM" find the same member. A key is looked up
in every index (codes, ids, names, aliases) at once; ascn never guesses what kind of key
it was given from its length or shape.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

import attrs

from ascn.errors import AmbiguousKeyError, NotFoundError

__all__ = ["Index", "Match", "normalise", "normalise_all"]

T = TypeVar("T")

_COMPARED = 64  # the most characters of a key that fuzzy matching compares

# Letters that Unicode does not decompose into a base letter and a mark.
_FOLD = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "æ": "ae"})


# Everything but letters and digits; combining accents are not word characters either.
_NOT_ALNUM = re.compile(r"[\W_]+")
# Deletes from ASCII text what _NOT_ALNUM deletes, but keeps the line breaks between texts.
_ASCII_JOINED = str.maketrans(
    "", "", "".join(c for c in map(chr, range(128)) if not c.isalnum() and c != "\n")
)


def normalise(text: str) -> str:
    """The form of ``text`` that lookups compare: lower case, unaccented, letters and digits."""
    if text.isascii():
        return _NOT_ALNUM.sub("", text.lower())
    # Case is folded first, so that the letters folded by hand fold in either case (Æ, æ).
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return _NOT_ALNUM.sub("", decomposed.casefold())


def normalise_all(texts: list[str]) -> list[str]:
    """``[normalise(text) for text in texts]``, faster for many texts.

    The ASCII texts are joined by line breaks and cleaned in one pass of ``str.translate``,
    whose set-up per call costs more than its work on one short name.
    """
    plain = [text for text in texts if text.isascii()]
    joined = "\n".join(plain)
    if joined.count("\n") != len(plain) - 1:  # a text holds a line break of its own
        return [normalise(text) for text in texts]
    normals = iter(joined.lower().translate(_ASCII_JOINED).split("\n") if plain else ())
    return [next(normals) if text.isascii() else normalise(text) for text in texts]


@attrs.frozen
class Match:
    """One result of a fuzzy search: what kind of thing matched, its key, name and score (0-1)."""

    kind: str
    key: str
    name: str
    matched: str
    score: float


class Index(Generic[T]):
    """Case- and accent-insensitive index of one kind of entity over all its names."""

    def __init__(
        self,
        kind: str,
        entities: Iterable[T],
        names: Callable[[T], Iterable[str]],
        identity: Callable[[T], str],
        display: Callable[[T], str],
    ) -> None:
        self.kind = kind
        self._identity = identity
        self._display = display
        self._by_key: dict[str, list[T]] = {}
        self._names: list[tuple[T, str, str]] = []
        for entity in entities:
            for name in dict.fromkeys(names(entity)):
                key = normalise(name)
                if not key:
                    continue
                bucket = self._by_key.setdefault(key, [])
                if all(identity(e) != identity(entity) for e in bucket):
                    bucket.append(entity)
                self._names.append((entity, name, key))

    def get(self, key: object) -> T:
        """The one entity that ``key`` names; raises a ``LookupError`` subclass otherwise."""
        if not isinstance(key, str):
            raise NotFoundError(self.kind, key)
        found = self._by_key.get(normalise(key), [])
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousKeyError(
                self.kind, key, [f"{self._identity(e)} ({self._display(e)})" for e in found]
            )
        # Similarity costs the product of the lengths compared: compare their starts only.
        starts: dict[str, list[str]] = {}
        for known in self._by_key:
            starts.setdefault(known[:_COMPARED], []).append(known)
        close = difflib.get_close_matches(normalise(key)[:_COMPARED], list(starts), n=6, cutoff=0.6)
        names = dict.fromkeys(
            self._display(e) for start in close for k in starts[start] for e in self._by_key[k]
        )
        raise NotFoundError(self.kind, key, list(names)[:3])

    def search(self, text: str) -> list[Match]:
        """Every entity with a name resembling ``text``, best first, scored from 0 to 1."""
        query = normalise(text)
        if not query:
            return []
        best: dict[str, Match] = {}
        for entity, name, key in self._names:
            if len(query) > 2 * len(key):
                # Cannot score 0.5: the ratio is at most 2 * len(key) / (len(query) + len(key)),
                # and comparing a long query costs time in proportion to its length.
                continue
            score = _similarity(query, key)
            if score < 0.5:
                continue
            identity = self._identity(entity)
            if identity not in best or best[identity].score < score:
                best[identity] = Match(self.kind, identity, self._display(entity), name, score)
        return sorted(best.values(), key=lambda m: (-m.score, m.name))


def _similarity(query: str, key: str) -> float:
    if query == key:
        return 1.0
    if key.startswith(query):
        return 0.9 + 0.09 * len(query) / len(key)
    if query in key:
        return 0.75 + 0.1 * len(query) / len(key)
    # Similarity costs the product of the lengths compared: compare their starts only.
    return 0.7 * difflib.SequenceMatcher(None, query[:_COMPARED], key[:_COMPARED]).ratio()
