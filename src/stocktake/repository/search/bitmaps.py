"""Per-process snapshot of the search index: facet bitmaps and the two stored orders.

Counting facets by reading every matching row's tokens costs a few microseconds a row, which is
too slow once a query matches tens of thousands of entries. Instead each process keeps, per facet
token, a bitmap (a Python int) of the entry ids that carry it; a query's matching ids become one
more bitmap, and each facet count is `(matches & token).bit_count()`: a few microseconds per
token, whatever the number of matches. The same snapshot holds the collection's entry ids in
"newest" and in "title" order (numpy arrays), so a result page of any depth is a slice of the
matching ids taken in that order: no database sort, no OFFSET.

Every index write also appends the (collection, entry id) pairs it changed to a change log
(SearchChange), in commit order. Before each search a process asks for the log rows after the
last one its snapshot has seen (one query, usually answered by "none") and patches the snapshot:
the changed ids' bits are cleared and set again from their current documents, and they are taken
out of and merged back into the newest-first order. So publishing one entry costs every process a
few milliseconds on its next search instead of a full rebuild (seconds at a million entries).
The title order is read from the database the first time a title-sorted search needs it (after
a build or a change). The snapshot is built whole the first time, after a rebuild of the index (its epoch
changes), when more than PATCH_LIMIT changes are pending, or when the last log row it applied is
no longer there as it was (the log was cut past it, or the write was rolled back).
"""

from __future__ import annotations

import datetime
import threading
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from django.db import connection

from stocktake.repository.search.facets import BY_PREFIX

GENERATION_TOKEN = "__generation__"  # noqa: S105 - a counter's name (bumped by every index write), not a secret
EPOCH_TOKEN = "__epoch__"  # noqa: S105 - changes when the whole index is rebuilt
PATCH_LIMIT = 5000  # more pending changes than this: build the snapshot whole


@dataclass
class Bitmaps:
    collection: str
    epoch: int
    last_change: int  # the newest change log id this snapshot reflects (0: none)
    last_stamp: int  # that row's stamp
    size: int  # bytes per bitmap
    tokens: dict[str, int]
    everything: int = 0  # every document of the collection
    newest: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # ids, newest first
    newest_at: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # their published_at, µs
    by_facet: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # facet name → (token, bitmap)
    _by_title: np.ndarray | None = None  # ids in title order; None until needed after a patch

    @property
    def by_title(self) -> np.ndarray:
        if self._by_title is None:
            self._by_title = _title_order(self.collection)
        return self._by_title

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


def _micros(value) -> int:
    """A stored datetime as microseconds since the epoch; naive values (raw SQLite rows) are UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return int(value.timestamp()) * 1_000_000 + value.microsecond


def _title_order(collection: str) -> np.ndarray:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT entry_id FROM repository_searchdocument WHERE collection = %s ORDER BY title_key, entry_id",
            [collection],
        )
        return np.array([r[0] for r in cursor.fetchall()], dtype=np.int64)


_STATE_SQL = (
    # One round trip before every search: the epoch, the stamp of the last change the snapshot
    # applied (gone or different: rebuild) and the changes after it.
    "SELECT token, count, CAST(NULL AS bigint), CAST(NULL AS integer) FROM repository_searchfacetcount "
    "WHERE collection = %s AND token = %s "
    "UNION ALL SELECT 'seen', stamp, NULL, NULL FROM repository_searchchange WHERE id = %s "
    "UNION ALL SELECT NULL, id, entry_id, stamp FROM (SELECT id, entry_id, stamp FROM repository_searchchange "
    "WHERE collection = %s AND id > %s ORDER BY id LIMIT %s) pending"
)


@dataclass
class _State:
    epoch: int
    seen: int | None  # stamp of the change row the snapshot last applied, None when it is gone
    pending: list[tuple[int, int, int]]  # (change id, entry id, stamp), oldest first


def _state(collection: str, after: int) -> _State:
    with connection.cursor() as cursor:
        cursor.execute(_STATE_SQL, [collection, EPOCH_TOKEN, after, collection, after, PATCH_LIMIT + 1])
        rows = cursor.fetchall()
    marks = {token: value for token, value, _, _ in rows if token is not None}
    pending = [(change_id, entry_id, stamp) for token, change_id, entry_id, stamp in rows if token is None]
    return _State(marks.get(EPOCH_TOKEN) or 0, marks.get("seen"), pending)


_HEAD_SQL = (
    # Before a whole build: the epoch, the newest change (id, stamp) and the highest entry id.
    "SELECT 'epoch', count, NULL FROM repository_searchfacetcount WHERE collection = %s AND token = %s "
    "UNION ALL SELECT 'change', id, stamp FROM (SELECT id, stamp FROM repository_searchchange "
    "WHERE collection = %s ORDER BY id DESC LIMIT 1) newest "
    "UNION ALL SELECT 'top', max(entry_id), NULL FROM repository_searchdocument WHERE collection = %s"
)


def current(collection: str) -> Bitmaps:
    key = (connection.alias + ":" + connection.settings_dict["NAME"].__str__(), collection)
    cached = _cache.get(key)
    if cached is not None:
        state = _state(collection, cached.last_change)
        intact = not cached.last_change or state.seen == cached.last_stamp
        if state.epoch == cached.epoch and intact:
            if not state.pending:
                return cached
            if len(state.pending) <= PATCH_LIMIT:
                with _lock:
                    latest = _cache.get(key)
                    if latest is cached:
                        latest = _cache[key] = _patch(cached, state.pending)
                if latest is not None and latest is not cached and latest.last_change >= state.pending[-1][0]:
                    return latest
                return current(collection)  # another thread moved the snapshot meanwhile: check again
    with _lock:
        built = _cache[key] = _build(collection)
    return built


def _build(collection: str) -> Bitmaps:
    """The whole snapshot. The newest change is read before the rows: a write that commits during
    the build is applied again as a patch, which is harmless (a patch re-reads current documents)."""
    with connection.cursor() as cursor:
        cursor.execute(_HEAD_SQL, [collection, EPOCH_TOKEN, collection, collection])
        head = {kind: (a, b) for kind, a, b in cursor.fetchall()}
        epoch = head.get("epoch", (0, None))[0] or 0
        last_change, last_stamp = head.get("change", (0, 0))
        top = head.get("top", (0, None))[0] or 0
        size = top // 8 + 1
        arrays: dict[str, bytearray] = defaultdict(lambda: bytearray(size))
        everything = bytearray(size)
        newest: list[int] = []
        newest_at: list[int] = []
        # The same ORDER BY as the database's own browse query, so stored orders and SQL agree.
        cursor.execute(
            "SELECT entry_id, facets, published_at FROM repository_searchdocument WHERE collection = %s "
            "ORDER BY published_at DESC, entry_id DESC",
            [collection],
        )
        while rows := cursor.fetchmany(5000):
            for entry_id, facets, published_at in rows:
                byte, bit = entry_id >> 3, 1 << (entry_id & 7)
                if byte >= size:  # a document written after `top` was read
                    size = byte + 1024
                    for array in (everything, *arrays.values()):
                        array.extend(bytes(size - len(array)))
                everything[byte] |= bit
                newest.append(entry_id)
                newest_at.append(_micros(published_at))
                for tok in facets.split():
                    arrays[tok][byte] |= bit
    tokens = {t: int.from_bytes(a, "little") for t, a in arrays.items()}
    return Bitmaps(
        collection,
        epoch,
        last_change,
        last_stamp,
        size,
        tokens,
        by_facet=_by_facet(tokens),
        everything=int.from_bytes(everything, "little"),
        newest=np.array(newest, dtype=np.int64),
        newest_at=np.array(newest_at, dtype=np.int64),
    )


def _by_facet(tokens: dict[str, int]) -> dict[str, list[tuple[str, int]]]:
    by_facet: dict[str, list[tuple[str, int]]] = {}
    for tok, bits in tokens.items():
        facet = BY_PREFIX.get(tok.split("_", 1)[0])
        if facet is not None:
            by_facet.setdefault(facet.name, []).append((tok, bits))
    return by_facet


def _bits(ids) -> int:
    out = 0
    for entry_id in ids:
        out |= 1 << entry_id
    return out


def _patch(snap: Bitmaps, pending: list[tuple[int, int, int]]) -> Bitmaps:
    """A new snapshot with the pending changes applied (the old one stays valid for searches that
    are running on it). Costs a pass over each token bitmap plus work per changed entry."""
    changed = sorted({entry_id for _, entry_id, _ in pending})
    with connection.cursor() as cursor:
        marks = ", ".join(["%s"] * len(changed))
        cursor.execute(
            "SELECT entry_id, facets, published_at FROM repository_searchdocument "  # noqa: S608 - placeholders only
            f"WHERE collection = %s AND entry_id IN ({marks})",
            [snap.collection, *changed],
        )
        current_docs = cursor.fetchall()
    size = max(snap.size, (max(changed) // 8) + 1)
    clear = ~_bits(changed)
    tokens = {tok: bits & clear for tok, bits in snap.tokens.items()}
    added: dict[str, list[int]] = defaultdict(list)
    for entry_id, facets, _published_at in current_docs:
        for tok in facets.split():
            added[tok].append(entry_id)
    for tok, ids in added.items():
        tokens[tok] = tokens.get(tok, 0) | _bits(ids)
    tokens = {tok: bits for tok, bits in tokens.items() if bits}
    everything = (snap.everything & clear) | _bits(entry_id for entry_id, _f, _p in current_docs)

    keep = ~np.isin(snap.newest, np.array(changed, dtype=np.int64))
    newest, newest_at = snap.newest[keep], snap.newest_at[keep]
    if current_docs:
        # Merge in newest-first order: published_at descending, then id descending.
        incoming = sorted(((_micros(p), entry_id) for entry_id, _f, p in current_docs), reverse=True)
        at = np.array([a for a, _ in incoming], dtype=np.int64)
        ids = np.array([i for _, i in incoming], dtype=np.int64)
        negated = -newest_at  # ascending
        lo = np.searchsorted(negated, -at, side="left")
        hi = np.searchsorted(negated, -at, side="right")
        positions = np.array(
            [lo_ + int(np.searchsorted(-newest[lo_:hi_], -i)) for lo_, hi_, i in zip(lo, hi, ids, strict=True)],
            dtype=np.int64,
        )
        newest = np.insert(newest, positions, ids)
        newest_at = np.insert(newest_at, positions, at)
    last_change, _entry, last_stamp = pending[-1]
    return Bitmaps(
        snap.collection,
        snap.epoch,
        last_change,
        last_stamp,
        size,
        tokens,
        by_facet=_by_facet(tokens),
        everything=everything,
        newest=newest,
        newest_at=newest_at,
    )


def forget() -> None:
    _cache.clear()
