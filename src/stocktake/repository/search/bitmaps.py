"""Per-process snapshot of the search index: facet bitmaps and the two stored orders.

Counting facets by reading every matching row's tokens costs a few microseconds a row, which is
too slow once a query matches tens of thousands of entries. Instead each process keeps, per facet
token, a bitmap (a Python int) of the entry ids that carry it; a query's matching ids become one
more bitmap, and each facet count is `(matches & token).bit_count()`: a few microseconds per
token, whatever the number of matches. The same snapshot holds the collection's entry ids in
"newest" and in "title" order (numpy arrays), so a result page of any depth is a slice of the
matching ids taken in that order: no database sort, no OFFSET.

The snapshot is rebuilt when the index's generation (bumped by every index write, in the same
transaction) differs from the one it was built at. The generation is read before the rows, so
a write that lands during a build only causes one more rebuild, never stale counts.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from django.db import connection

from stocktake.repository.models import SearchFacetCount
from stocktake.repository.search.facets import BY_PREFIX

GENERATION_TOKEN = "__generation__"  # noqa: S105 - a counter's name, not a secret


@dataclass
class Bitmaps:
    generation: int
    size: int  # bytes per bitmap
    tokens: dict[str, int]
    everything: int = 0  # every document of the collection
    newest: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # ids, newest first
    by_title: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # ids in title order
    by_facet: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # facet name → (token, bitmap)

    @property
    def bits(self) -> int:
        return self.size * 8

    def group(self, toks: list[str]) -> int:
        """Documents carrying any of the tokens."""
        out = 0
        for tok in toks:
            out |= self.tokens.get(tok, 0)
        return out

    def from_ids(self, ids) -> int:
        """A bitmap of the given ids (ids outside the snapshot are dropped)."""
        ids = np.asarray(ids, dtype=np.int64)
        ids = ids[(ids >= 0) & (ids < self.bits)]
        flags = np.zeros(self.bits, dtype=np.uint8)
        flags[ids] = 1
        return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little") & self.everything

    def flags(self, bitmap: int) -> np.ndarray:
        """A bitmap as a boolean array indexed by entry id."""
        packed = np.frombuffer(bitmap.to_bytes(self.size, "little"), dtype=np.uint8)
        return np.unpackbits(packed, bitorder="little").view(bool)


_cache: dict[tuple[str, str], Bitmaps] = {}
_lock = threading.Lock()


def generation(collection: str) -> int:
    row = SearchFacetCount.objects.filter(collection=collection, token=GENERATION_TOKEN).values_list("count", flat=True)
    return next(iter(row), 0)


def current(collection: str) -> Bitmaps:
    key = (connection.alias + ":" + connection.settings_dict["NAME"].__str__(), collection)
    gen = generation(collection)
    cached = _cache.get(key)
    if cached is not None and cached.generation == gen:
        return cached
    with _lock:
        cached = _cache.get(key)
        if cached is None or cached.generation != gen:
            cached = _build(collection, gen)
            _cache[key] = cached
    return cached


def _build(collection: str, gen: int) -> Bitmaps:
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(entry_id) FROM repository_searchdocument WHERE collection = %s", [collection])
        top = cursor.fetchone()[0] or 0
        size = top // 8 + 1
        arrays: dict[str, bytearray] = defaultdict(lambda: bytearray(size))
        everything = bytearray(size)
        newest: list[int] = []
        # The same ORDER BY as the database's own browse query, so stored orders and SQL agree.
        cursor.execute(
            "SELECT entry_id, facets FROM repository_searchdocument WHERE collection = %s "
            "ORDER BY published_at DESC, entry_id DESC",
            [collection],
        )
        while rows := cursor.fetchmany(5000):
            for entry_id, facets in rows:
                byte, bit = entry_id >> 3, 1 << (entry_id & 7)
                everything[byte] |= bit
                newest.append(entry_id)
                for tok in facets.split():
                    arrays[tok][byte] |= bit
        cursor.execute(
            "SELECT entry_id FROM repository_searchdocument WHERE collection = %s ORDER BY title_key, entry_id",
            [collection],
        )
        by_title = np.array([r[0] for r in cursor.fetchall()], dtype=np.int32)
    tokens = {t: int.from_bytes(a, "little") for t, a in arrays.items()}
    by_facet: dict[str, list[tuple[str, int]]] = {}
    for tok, bits in tokens.items():
        facet = BY_PREFIX.get(tok.split("_", 1)[0])
        if facet is not None:
            by_facet.setdefault(facet.name, []).append((tok, bits))
    return Bitmaps(
        gen,
        size,
        tokens,
        by_facet=by_facet,
        everything=int.from_bytes(everything, "little"),
        newest=np.array(newest, dtype=np.int32),
        by_title=by_title,
    )


def forget() -> None:
    _cache.clear()
