"""The search interface: one SearchQuery in, one SearchResult out, whichever engine runs it.

Both engines work on the same denormalised SearchDocument rows and the same folded tokens; they
differ only in the full-text statement (FTS5 MATCH + bm25 on SQLite, tsquery + ts_rank on
PostgreSQL). Facet filters are index tokens ANDed into that same full-text expression (OR within
one facet), so one index lookup finds the matching set. Facet counts are aggregated over the
matching set; with no query and no filter they come from SearchFacetCount (kept current by the
indexer) and cost nothing. Relevance ranking is limited to the RANK_WINDOW newest matches when a
query matches more than that, so a very common word cannot make every query rank half the index.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.utils.safestring import SafeString, mark_safe

from stocktake.repository.content import plain_text
from stocktake.repository.models import Entry, SearchFacetCount
from stocktake.repository.search import bitmaps
from stocktake.repository.search import query as querylib
from stocktake.repository.search.facets import (
    BY_NAME,
    DEFAULT_COLLECTION,
    FACETS,
    OTHER_COLLECTION_TOKEN,
    collection_token,
    describe,
    filter_token,
    value_of,
)
from stocktake.repository.search.normalise import tokens

SORTS = ("relevance", "newest", "title")
TOTAL = "__total__"  # pseudo-token: the backends' facet counts include the number of matches under it
MAX_PAGE_SIZE = 100


@dataclass
class SearchQuery:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20
    collection: str = "stocktaking"
    facets: bool = True

    def __post_init__(self):
        self.filters = {
            name: sorted({str(v).strip() for v in values if str(v).strip()})
            for name, values in (self.filters or {}).items()
            if name in BY_NAME
        }
        self.filters = {k: v for k, v in self.filters.items() if v}
        self.sort = self.sort if self.sort in SORTS else "relevance"
        self.page = max(1, int(self.page or 1))
        self.page_size = min(MAX_PAGE_SIZE, max(1, int(self.page_size or 20)))

    @property
    def parsed(self) -> querylib.ParsedQuery:
        return querylib.parse(self.q)

    @property
    def effective_sort(self) -> str:
        return "newest" if self.sort == "relevance" and not self.parsed else self.sort

    def excluded_tokens(self) -> list[str]:
        return [OTHER_COLLECTION_TOKEN] if self.collection == DEFAULT_COLLECTION else []

    def filter_groups(self) -> list[list[str]]:
        """Tokens to match: each group is OR-ed, groups are AND-ed."""
        groups = [] if self.collection == DEFAULT_COLLECTION else [[collection_token(self.collection)]]
        for name, values in sorted(self.filters.items()):
            tokens = [t for t in (filter_token(name, v) for v in values) if t]
            groups.append(tokens or ["__none__"])
        return groups


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Hit:
    entry_id: int
    public_id: str
    title: str
    organisation: str
    published_at: object
    snippet: SafeString
    tags: dict[str, list[str]]


@dataclass
class SearchResult:
    query: SearchQuery
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.page_size))


def search(query: SearchQuery) -> SearchResult:
    backend = SQLiteBackend() if connection.vendor == "sqlite" else PostgresBackend()
    offset = (query.page - 1) * query.page_size
    plain = not query.parsed and not query.filters
    if plain:
        counts = dict(
            SearchFacetCount.objects.filter(collection=query.collection, count__gt=0).values_list("token", "count")
        )
        total = counts.get(collection_token(query.collection), 0)
        ids = backend.browse(query, offset)
    else:
        counts = backend.counts(query) if query.facets else None
        total = counts.pop(TOTAL, 0) if counts is not None else backend.total(query)
        ids = backend.hits(query, offset, total) if offset < total else []
    hits = _hits(ids, query)
    return SearchResult(query, total, hits, _facets(counts, query) if query.facets else {})


def matching_ids(query: SearchQuery, chunk: int = 2000):
    """Every matching entry id in the query's order, in chunks (for streamed exports)."""
    backend = SQLiteBackend() if connection.vendor == "sqlite" else PostgresBackend()
    offset = 0
    total = None
    while True:
        if query.parsed or query.filters:
            if total is None:
                total = backend.total(query)
            ids = backend.hits(query, offset, total, limit=chunk)
        else:
            ids = backend.browse(query, offset, limit=chunk)
        if not ids:
            return
        yield ids
        if len(ids) < chunk:
            return
        offset += chunk


def _facets(counts: dict[str, int], query: SearchQuery) -> dict[str, list[FacetValue]]:
    grouped: dict[str, list] = {f.name: [] for f in FACETS}
    for tok, count in counts.items():
        info = describe(tok)
        if info is None or count <= 0:
            continue
        name, value, order, label = info
        grouped[name].append((order, FacetValue(value, label, count, value in query.filters.get(name, []))))
    result = {}
    for name, values in grouped.items():
        values.sort(key=lambda pair: (-pair[1].count, pair[0]) if name == "country" else pair[0])
        result[name] = [v for _, v in values]
    return result


def _hits(ids: list[int], query: SearchQuery) -> list[Hit]:
    if not ids:
        return []
    from stocktake.repository.models import SearchDocument

    docs = {
        d.entry_id: d
        for d in SearchDocument.objects.filter(entry_id__in=ids).only(
            "entry_id", "public_id", "title", "organisation", "published_at", "facets"
        )
    }
    descriptions = dict(Entry.objects.filter(pk__in=ids).values_list("pk", "description"))
    parsed = query.parsed
    words = (parsed.highlight_words, [t.words[0] for t in parsed.positive if t.prefix])
    hits = []
    for entry_id in ids:
        doc = docs.get(entry_id)
        if doc is None:
            continue
        tags: dict[str, list[str]] = {}
        for tok in doc.facets.split():
            info = value_of(tok)
            if info:
                tags.setdefault(info[0], []).append(info[1])
        hits.append(
            Hit(
                entry_id=entry_id,
                public_id=str(doc.public_id),
                title=doc.title,
                organisation=doc.organisation,
                published_at=doc.published_at,
                snippet=snippet(plain_text(descriptions.get(entry_id, "")), words),
                tags=tags,
            )
        )
    return hits


def bitmap_counts(backend, query: SearchQuery) -> dict[str, int]:
    """Facet counts from the matching ids and the per-process facet bitmaps (see bitmaps.py)."""
    ids = backend.ids(query)
    counts = bitmaps.counts(query.collection, ids)
    counts[TOTAL] = len(ids)
    return counts


_WORDS = re.compile(r"\S+")


def snippet(text: str, words: tuple[list[str], list[str]], size: int = 36) -> SafeString:
    """About `size` words around the first match, with matches in <mark>; everything escaped.

    `words` = (folded query words, folded prefixes); a text word matches when one of its folded
    tokens equals a query word or starts with a prefix, as in the index."""
    parts = _WORDS.findall(text)
    if not parts:
        return mark_safe("")
    exact, prefixes = set(words[0]), tuple(words[1])
    wanted = bool(exact)

    def matches(word: str) -> bool:
        return any(t in exact or (prefixes and t.startswith(prefixes)) for t in tokens(word))

    first = next((i for i, w in enumerate(parts) if wanted and matches(w)), 0)
    start = max(0, first - size // 3)
    window = parts[start : start + size]
    out = []
    for w in window:
        escaped = html.escape(w)
        out.append(f"<mark>{escaped}</mark>" if wanted and matches(w) else escaped)
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + size < len(parts) else ""
    return mark_safe(prefix + " ".join(out) + suffix)


class SQLiteBackend:
    TITLE_WEIGHT, BODY_WEIGHT = 10.0, 1.0
    # FTS5's bm25 over every match is cheaper than sorting matches by date to cut a window (measured
    # at 100k entries: 25k matches ranked in ~60 ms), so the window starts much later here.
    WINDOW_FACTOR = 10

    def match(self, query: SearchQuery) -> str:
        parts = [f"({text})"] if (text := querylib.to_fts5(query.parsed)) else []
        parts += ["facets : (" + " OR ".join(g) + ")" for g in query.filter_groups()]
        expression = " AND ".join(parts)
        for tok in query.excluded_tokens():
            expression = f"({expression}) NOT facets : ({tok})"
        return expression

    def _rows(self, sql: str, params) -> list:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def ids(self, query: SearchQuery) -> list[int]:
        return [
            r[0]
            for r in self._rows(
                "SELECT rowid FROM repository_search_fts WHERE repository_search_fts MATCH %s", [self.match(query)]
            )
        ]

    def counts(self, query: SearchQuery) -> dict[str, int]:
        if settings.REPOSITORY_SEARCH_FACET_BITMAPS:
            return bitmap_counts(self, query)
        counter: Counter = Counter()
        rows = self._rows(
            "SELECT d.facets FROM repository_search_fts f JOIN repository_searchdocument d ON d.entry_id = f.rowid "
            "WHERE repository_search_fts MATCH %s",
            [self.match(query)],
        )
        for (facets,) in rows:
            counter.update(facets.split())
        counter[TOTAL] = len(rows)
        return counter

    def total(self, query: SearchQuery) -> int:
        return self._rows(
            "SELECT count(*) FROM repository_search_fts WHERE repository_search_fts MATCH %s", [self.match(query)]
        )[0][0]

    def browse(self, query: SearchQuery, offset: int, limit: int | None = None) -> list[int]:
        order = "title_key, entry_id" if query.effective_sort == "title" else "published_at DESC, entry_id DESC"
        return [
            r[0]
            for r in self._rows(
                f"SELECT entry_id FROM repository_searchdocument WHERE collection = %s ORDER BY {order} "  # noqa: S608
                "LIMIT %s OFFSET %s",
                [query.collection, limit or query.page_size, offset],
            )
        ]

    def hits(self, query: SearchQuery, offset: int, total: int, limit: int | None = None) -> list[int]:
        limit = limit or query.page_size
        match = self.match(query)
        sort = query.effective_sort
        if sort == "relevance":
            window = settings.REPOSITORY_SEARCH_RANK_WINDOW * self.WINDOW_FACTOR
            if total > window:
                # Rank only the newest `window` matches. The unary + keeps SQLite from handing the
                # id list to FTS5 as a rowid constraint (which re-runs the MATCH once per id).
                sql = (
                    "WITH w(id) AS MATERIALIZED (SELECT d.entry_id FROM repository_searchdocument d "
                    "WHERE d.entry_id IN "
                    "(SELECT rowid FROM repository_search_fts WHERE repository_search_fts MATCH %s) "
                    "ORDER BY d.published_at DESC, d.entry_id DESC LIMIT %s) "
                    "SELECT f.rowid FROM repository_search_fts f WHERE repository_search_fts MATCH %s "
                    "AND +f.rowid IN (SELECT id FROM w) "
                    "ORDER BY bm25(repository_search_fts, %s, %s, 0.0), f.rowid DESC LIMIT %s OFFSET %s"
                )
                params = [match, window, match, self.TITLE_WEIGHT, self.BODY_WEIGHT, limit, offset]
            else:
                sql = (
                    "SELECT rowid FROM repository_search_fts WHERE repository_search_fts MATCH %s "
                    "ORDER BY bm25(repository_search_fts, %s, %s, 0.0), rowid DESC LIMIT %s OFFSET %s"
                )
                params = [match, self.TITLE_WEIGHT, self.BODY_WEIGHT, limit, offset]
        else:
            order = "d.title_key, d.entry_id" if sort == "title" else "d.published_at DESC, d.entry_id DESC"
            sql = (
                "SELECT d.entry_id FROM repository_searchdocument d WHERE d.entry_id IN "  # noqa: S608
                "(SELECT rowid FROM repository_search_fts WHERE repository_search_fts MATCH %s) "
                f"ORDER BY {order} LIMIT %s OFFSET %s"
            )
            params = [match, limit, offset]
        return [r[0] for r in self._rows(sql, params)]

    def raw(self, text: str, limit: int = 20) -> list[int]:
        """The bare engine statement for a text query (benchmarks compare against it)."""
        parsed = querylib.parse(text)
        return [
            r[0]
            for r in self._rows(
                "SELECT rowid FROM repository_search_fts WHERE repository_search_fts MATCH %s ORDER BY rank LIMIT %s",
                [querylib.to_fts5(parsed), limit],
            )
        ]


class PostgresBackend:
    def tsquery(self, query: SearchQuery) -> tuple[str, list]:
        """SQL for the full tsquery and its parameters: text part via to_tsquery('simple'), facet
        tokens as literal lexemes (they contain `_`, which the parser would split)."""
        # The collection is a plain column test, not a negated lexeme: `!` in a tsquery makes the
        # GIN scan recheck (and so read the large tsvector of) every matching row.
        facet_query = " & ".join("(" + " | ".join(f"'{t}'" for t in g) + ")" for g in query.filter_groups())
        text = querylib.to_tsquery(query.parsed)
        if text and facet_query:
            return "(tsv @@ (to_tsquery('simple', %s) && %s::tsquery) AND collection = %s)", [
                text,
                facet_query,
                query.collection,
            ]
        if text:
            return "(tsv @@ to_tsquery('simple', %s) AND collection = %s)", [text, query.collection]
        return "(tsv @@ %s::tsquery AND collection = %s)", [facet_query, query.collection]

    def _rows(self, sql: str, params) -> list:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def ids(self, query: SearchQuery) -> list[int]:
        tsq, params = self.tsquery(query)
        sql = f"SELECT entry_id FROM repository_searchdocument WHERE {tsq}"  # noqa: S608
        return [r[0] for r in self._rows(sql, params)]

    def counts(self, query: SearchQuery) -> dict[str, int]:
        if settings.REPOSITORY_SEARCH_FACET_BITMAPS:
            return bitmap_counts(self, query)
        tsq, params = self.tsquery(query)
        rows = self._rows(
            "SELECT t, count(*) FROM repository_searchdocument d, "  # noqa: S608 - fixed SQL, values are parameters
            f"unnest(string_to_array(d.facets || ' {TOTAL}', ' ')) t "
            f"WHERE {tsq} GROUP BY t",
            params,
        )
        return dict(rows)

    def total(self, query: SearchQuery) -> int:
        tsq, params = self.tsquery(query)
        return self._rows(f"SELECT count(*) FROM repository_searchdocument WHERE {tsq}", params)[0][0]  # noqa: S608

    def browse(self, query: SearchQuery, offset: int, limit: int | None = None) -> list[int]:
        return SQLiteBackend.browse(self, query, offset, limit)  # plain SQL, same on both

    WINDOW_FACTOR = 10  # title-vector ranking is cheap; the cap only bounds huge result sets

    def hits(self, query: SearchQuery, offset: int, total: int, limit: int | None = None) -> list[int]:
        limit = limit or query.page_size
        tsq, params = self.tsquery(query)
        sort = query.effective_sort
        # Matches are collected through the GIN index first (MATERIALIZED), then sorted: left to
        # itself the planner may walk the date index and test every row's (out-of-line) tsvector.
        if sort == "relevance":
            text = querylib.to_tsquery(query.parsed)
            window = settings.REPOSITORY_SEARCH_RANK_WINDOW * self.WINDOW_FACTOR
            cap = "ORDER BY published_at DESC, entry_id DESC LIMIT %s" if total > window else ""
            # Title matches first (ranked on the small title vector), then newest: ranking on the
            # full document vector would read every match's large tsvector.
            sql = (
                "WITH m AS MATERIALIZED (SELECT entry_id, published_at, tsv_title "  # noqa: S608
                f"FROM repository_searchdocument WHERE {tsq} {cap}) "
                "SELECT entry_id FROM m ORDER BY ts_rank(tsv_title, to_tsquery('simple', %s)) DESC, "
                "published_at DESC, entry_id DESC LIMIT %s OFFSET %s"
            )
            cap_params = [window] if cap else []
            return [r[0] for r in self._rows(sql, [*params, *cap_params, text, limit, offset])]
        order = "title_key, entry_id" if sort == "title" else "published_at DESC, entry_id DESC"
        sql = (
            "WITH m AS MATERIALIZED (SELECT entry_id, published_at, title_key "  # noqa: S608
            f"FROM repository_searchdocument WHERE {tsq}) SELECT entry_id FROM m ORDER BY {order} LIMIT %s OFFSET %s"
        )
        return [r[0] for r in self._rows(sql, [*params, limit, offset])]

    def raw(self, text: str, limit: int = 20) -> list[int]:
        tsq = querylib.to_tsquery(querylib.parse(text))
        return [
            r[0]
            for r in self._rows(
                "SELECT entry_id FROM repository_searchdocument WHERE tsv @@ to_tsquery('simple', %s) "
                "ORDER BY ts_rank(tsv, to_tsquery('simple', %s)) DESC LIMIT %s",
                [tsq, tsq, limit],
            )
        ]


__all__ = ["SORTS", "SearchQuery", "SearchResult", "matching_ids", "search"]
