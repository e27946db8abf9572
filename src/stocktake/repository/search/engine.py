"""The search interface: one SearchQuery in, one SearchResult out, whichever engine runs it.

Both engines work on the same denormalised SearchDocument rows and the same folded tokens; the
database only answers "which documents match the text" (FTS5 MATCH on SQLite, tsquery + GIN on
PostgreSQL). Everything after that is the same Python on both, over a per-process snapshot of
the index (bitmaps.py): facet filters are bitmaps, facet counts are bitmap intersections, and a
result page is a slice of the matching ids in a stored order. So both backends return identical
results, and page 50 costs what page 1 costs (no database sort of every match, no OFFSET).

Relevance is defined so that it needs no per-match scoring in the database: documents whose
title contains more of the query's terms come first, then newest first, then the higher id (a
stable tie-break, so pages never overlap). With no query and no filter, counts come from
SearchFacetCount (kept by the indexer) and pages from the database's date/title indexes.

Facet counts are disjunctive: the counts of a facet with selected values are computed with
every filter except that facet's own, so selecting a region still shows how many results each
other region would add. The counts of facets without a selection are over the matching set.

With REPOSITORY_SEARCH_FACET_BITMAPS off, the same contract is computed in SQL alone (GROUP BY
per facet, ORDER BY in the database): slower on large sets, kept as the reference the tests
compare the snapshot against.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
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
    describer,
    filter_token,
    value_of,
)
from stocktake.repository.search.normalise import tokens

SORTS = ("relevance", "newest", "title")
TOTAL = "__total__"  # pseudo-token: the backends' facet counts include the number of matches under it
MAX_PAGE_SIZE = 100
_SAFE_TOKEN = re.compile(r"^[a-z0-9_]+$")
_NO_TOKEN = "__none__"  # noqa: S105 - an index token that no document carries


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

    def facet_groups(self, without: str | None = None) -> list[tuple[str, list[str]]]:
        """(facet name, tokens) per filtered facet; the tokens of one facet are OR-ed. Values that
        cannot be index tokens (stray characters in a URL) become a token no document carries."""
        groups = []
        for name, values in sorted(self.filters.items()):
            if name == without:
                continue
            toks = [t for t in (filter_token(name, v) for v in values) if t and _SAFE_TOKEN.match(t)]
            groups.append((name, toks or [_NO_TOKEN]))
        return groups

    def filter_groups(self, without: str | None = None) -> list[list[str]]:
        """Tokens to match in SQL: each group is OR-ed, groups are AND-ed."""
        groups = [] if self.collection == DEFAULT_COLLECTION else [[collection_token(self.collection)]]
        return groups + [toks for _name, toks in self.facet_groups(without)]


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


def _backend():
    return SQLiteBackend() if connection.vendor == "sqlite" else PostgresBackend()


def search(query: SearchQuery) -> SearchResult:
    backend = _backend()
    offset = (query.page - 1) * query.page_size
    plain = not query.parsed and not query.filters
    if plain:
        counts = dict(
            SearchFacetCount.objects.filter(collection=query.collection, count__gt=0).values_list("token", "count")
        )
        total = counts.get(collection_token(query.collection), 0)
        ids = backend.browse(query, offset)
    elif settings.REPOSITORY_SEARCH_FACET_BITMAPS:
        evaluation = Evaluation(backend, query)
        counts = evaluation.counts() if query.facets else None
        total = evaluation.total
        ids = evaluation.ordered()[offset : offset + query.page_size].tolist()
    else:
        counts = backend.counts(query) if query.facets else None
        total = counts.pop(TOTAL, 0) if counts is not None else backend.total(query)
        ids = backend.hits(query, offset) if offset < total else []
    if counts is not None:
        counts.pop(TOTAL, None)
    hits = _hits(ids, query)
    return SearchResult(query, total, hits, _facets(counts, query) if query.facets else {})


def matching_ids(query: SearchQuery, chunk: int = 2000):
    """Every matching entry id in the query's order, in chunks (for streamed exports)."""
    backend = _backend()
    if (query.parsed or query.filters) and settings.REPOSITORY_SEARCH_FACET_BITMAPS:
        ordered = Evaluation(backend, query).ordered()
        for start in range(0, len(ordered), chunk):
            yield ordered[start : start + chunk].tolist()
        return
    offset = 0
    while True:
        if query.parsed or query.filters:
            ids = backend.hits(query, offset, limit=chunk)
        else:
            ids = backend.browse(query, offset, limit=chunk)
        if not ids:
            return
        yield ids
        if len(ids) < chunk:
            return
        offset += chunk


class Evaluation:
    """One query over the per-process snapshot: the database is asked once, for the documents that
    match the text (restricted, when two or more facets are filtered, to those that can count
    towards some facet's disjunctive counts); filters, counts and order are bitmap work."""

    def __init__(self, backend, query: SearchQuery):
        self.query = query
        self.snap = snap = bitmaps.current(query.collection)
        self.groups = [(name, snap.group(toks), toks) for name, toks in query.facet_groups()]
        self.title_hits: list[np.ndarray] = []
        if query.parsed:
            # Documents outside every "all filters but one" set count nowhere: leave them in the
            # database. Only tokens the snapshot knows go into the statement (they are plain
            # [a-z0-9_] words); a facet whose values are all unknown matches nothing.
            cover = None
            if len(self.groups) >= 2:
                cover = []
                for name, _bits, _toks in self.groups:
                    others = [[t for t in toks if t in snap.tokens] for n, _b, toks in self.groups if n != name]
                    if all(others):
                        cover.append(others)
            if cover == []:
                self.text = 0
            else:
                ids, self.title_hits = backend.text_matches(query, cover)
                self.text = snap.from_ids(ids)
        else:
            self.text = snap.everything
        self.matches = self._intersect(None)
        self.total = self.matches.bit_count()

    def _intersect(self, without: str | None) -> int:
        out = self.text
        for name, bits, _toks in self.groups:
            if name != without:
                out &= bits
        return out

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        selected = {name for name, _b, _t in self.groups}
        for name, toks in self.snap.by_facet.items():
            base = self._intersect(name) if name in selected else self.matches
            if not base:
                continue
            for tok, bits in toks:
                n = (base & bits).bit_count()
                if n:
                    out[tok] = n
        return out

    def ordered(self) -> np.ndarray:
        """Every matching id in the query's order."""
        if not self.matches:
            return np.zeros(0, dtype=np.int64)
        sort = self.query.effective_sort
        order = self.snap.by_title if sort == "title" else self.snap.newest
        ids = order[self.snap.flags(self.matches)[order]]
        if sort == "relevance" and self.title_hits:
            score = np.zeros(self.snap.bits, dtype=np.int16)
            for hits in self.title_hits:
                hits = hits[(hits >= 0) & (hits < self.snap.bits)]
                score[hits] += 1  # repeated ids add once: a term counts once per title
            # A stable sort keeps newest-first (then higher id) within one score.
            ids = ids[np.argsort(-score[ids], kind="stable")]
        return ids


def _facets(counts: dict[str, int], query: SearchQuery) -> dict[str, list[FacetValue]]:
    grouped: dict[str, list] = {f.name: [] for f in FACETS}
    counts = dict(counts)
    for name, values in query.filters.items():
        for value in values:  # a selected value stays listed (and removable) even when it counts 0
            tok = filter_token(name, value)
            if tok and tok not in counts and describe(tok) is not None:
                counts[tok] = 0
    describe_token = describer()
    for tok, count in counts.items():
        info = describe_token(tok)
        if info is None or (count <= 0 and info[1] not in query.filters.get(info[0], [])):
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


_WORDS = re.compile(r"\S+")


@lru_cache(maxsize=65536)
def _word_tokens(word: str) -> tuple[str, ...]:
    """Folded tokens of one word of a description (words repeat, within a page and across pages)."""
    return tuple(tokens(word))


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
        return any(t in exact or (prefixes and t.startswith(prefixes)) for t in _word_tokens(word))

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


def _disjunctive(backend, query: SearchQuery) -> Counter:
    """Facet counts in SQL alone (the reference path): one aggregation over the matching set, and
    one more per filtered facet with that facet's own filter left out, keeping its tokens only."""
    counter = backend.token_counts(query, query.filter_groups())
    for name, _toks in query.facet_groups():
        prefix = BY_NAME[name].prefix
        for tok in [t for t in counter if t.split("_", 1)[0] == prefix]:
            del counter[tok]
        for tok, n in backend.token_counts(query, query.filter_groups(without=name)).items():
            if tok.split("_", 1)[0] == prefix:
                counter[tok] = n
    return counter


class SQLiteBackend:
    def match(self, query: SearchQuery, groups: list[list[str]] | None = None, text: bool = True) -> str:
        parts = [f"({fts})"] if text and (fts := querylib.to_fts5(query.parsed)) else []
        groups = query.filter_groups() if groups is None else groups
        parts += ["facets : (" + " OR ".join(g) + ")" for g in groups]
        expression = " AND ".join(parts)
        for tok in query.excluded_tokens():
            expression = f"({expression}) NOT facets : ({tok})"
        return expression

    def _rows(self, sql: str, params) -> list:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def text_matches(self, query: SearchQuery, cover) -> tuple[np.ndarray, list[np.ndarray]]:
        """Ids matching the text (and the cover), and per positive term the ids whose title holds
        that term; one statement. Ids come back as one comma-separated string per set: building
        a Python row per match cost five times as much as the matching itself."""
        base = [] if query.collection == DEFAULT_COLLECTION else [[collection_token(query.collection)]]
        expression = self.match(query, base)
        if cover:
            alternatives = " OR ".join(
                "(" + " AND ".join("facets : (" + " OR ".join(g) + ")" for g in alt) + ")" for alt in cover
            )
            expression = f"({expression}) AND ({alternatives})"
        terms = [querylib.to_fts5(querylib.ParsedQuery([t]), "title_folded") for t in query.parsed.positive]
        sets = "(SELECT group_concat(rowid) FROM repository_search_fts WHERE repository_search_fts MATCH %s)"
        row = self._rows("SELECT " + ", ".join([sets] * (1 + len(terms))), [expression, *terms])[0]
        ids = [_id_array(v) for v in row]
        return ids[0], ids[1:]

    def token_counts(self, query: SearchQuery, groups: list[list[str]]) -> Counter:
        counter: Counter = Counter()
        if not query.parsed and not groups:  # a facet's counts with its own (only) filter left out
            rows = self._rows("SELECT facets FROM repository_searchdocument WHERE collection = %s", [query.collection])
        else:
            rows = self._rows(
                "SELECT d.facets FROM repository_search_fts f JOIN repository_searchdocument d ON d.entry_id = f.rowid "
                "WHERE repository_search_fts MATCH %s",
                [self.match(query, groups)],
            )
        for (facets,) in rows:
            counter.update(facets.split())
        counter[TOTAL] = len(rows)
        return counter

    def counts(self, query: SearchQuery) -> dict[str, int]:
        return _disjunctive(self, query)

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

    def hits(self, query: SearchQuery, offset: int, limit: int | None = None) -> list[int]:
        """A page in SQL alone (the reference path; Evaluation.ordered gives the same order)."""
        limit = limit or query.page_size
        sort = query.effective_sort
        order = "d.title_key, d.entry_id" if sort == "title" else "d.published_at DESC, d.entry_id DESC"
        params: list = [self.match(query)]
        if sort == "relevance":
            terms = [querylib.to_fts5(querylib.ParsedQuery([t]), "title_folded") for t in query.parsed.positive]
            score = " + ".join(
                ["(d.entry_id IN (SELECT rowid FROM repository_search_fts WHERE repository_search_fts MATCH %s))"]
                * len(terms)
            )
            order = f"{score} DESC, {order}"
            params += terms
        sql = (
            "SELECT d.entry_id FROM repository_searchdocument d WHERE d.entry_id IN "  # noqa: S608
            "(SELECT rowid FROM repository_search_fts WHERE repository_search_fts MATCH %s) "
            f"ORDER BY {order} LIMIT %s OFFSET %s"
        )
        return [r[0] for r in self._rows(sql, [*params, limit, offset])]

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


def _id_array(text: str | None) -> np.ndarray:
    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, dtype=np.int64)


def _tsquery_groups(groups: list[list[str]]) -> str:
    return " & ".join("(" + " | ".join(f"'{t}'" for t in g) + ")" for g in groups)


# PostgreSQL matches text in the narrow repository_searchtext (entry id, collection, vector; see
# migration 0010) and reads what it shows or counts from repository_searchdocument.
_PG_TABLES = "repository_searchdocument d JOIN repository_searchtext t ON t.entry_id = d.entry_id"


class PostgresBackend:
    def tsquery(self, query: SearchQuery, groups: list[list[str]] | None = None, cover=None) -> tuple[str, list]:
        """A condition on repository_searchtext `t` and its parameters: text part via
        to_tsquery('simple'), facet tokens as literal lexemes (they contain `_`, which the parser
        would split)."""
        # The collection is a plain column test, not a negated lexeme: `!` in a tsquery makes the
        # GIN scan recheck (and so read the vector of) every matching row.
        groups = query.filter_groups() if groups is None else groups
        facet_query = _tsquery_groups(groups)
        if cover:
            alternatives = " | ".join(f"({_tsquery_groups(alt)})" for alt in cover)
            facet_query = f"({facet_query}) & ({alternatives})" if facet_query else alternatives
        text = querylib.to_tsquery(query.parsed)
        if text and facet_query:
            return "(t.tsv @@ (to_tsquery('simple', %s) && %s::tsquery) AND t.collection = %s)", [
                text,
                facet_query,
                query.collection,
            ]
        if text:
            return "(t.tsv @@ to_tsquery('simple', %s) AND t.collection = %s)", [text, query.collection]
        if not facet_query:  # a facet's counts with its own (only) filter left out
            return "(t.collection = %s)", [query.collection]
        return "(t.tsv @@ %s::tsquery AND t.collection = %s)", [facet_query, query.collection]

    def _rows(self, sql: str, params) -> list:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _through_index(self, sql: str, params: list) -> tuple:
        """One row of `sql`, with the matches collected through the GIN index. For a word in most
        entries the planner prefers a sequential scan, not knowing that testing each row means
        reading its out-of-line vector (measured at 100k: 0.6–1 s instead of 30–60 ms).
        The setting is switched off for this statement only: one round trip, with literal values
        (words are letters and digits, tokens [a-z0-9_]; psycopg quotes them anyway), because
        only a query without parameters may hold several statements."""
        from psycopg import sql as pgsql

        with connection.cursor() as cursor:
            raw = cursor.cursor
            statement = pgsql.SQL(sql.replace("%s", "{}")).format(*map(pgsql.Literal, params)).as_string(raw)
            cursor.execute(f"SET enable_seqscan = off; {statement}; RESET enable_seqscan")
            raw.nextset()
            return raw.fetchone()

    def _title_terms(self, query: SearchQuery) -> list[str]:
        return [querylib.to_tsquery(querylib.ParsedQuery([t]), title=True) for t in query.parsed.positive]

    def text_matches(self, query: SearchQuery, cover) -> tuple[np.ndarray, list[np.ndarray]]:
        """Ids matching the text (and the cover), and per positive term the matching ids whose
        title holds that term: index lookups on the narrow text table, ids as one string per set
        (a Python row per match costs more than the match)."""
        base = [] if query.collection == DEFAULT_COLLECTION else [[collection_token(query.collection)]]
        tsq, params = self.tsquery(query, base, cover)
        text = querylib.to_tsquery(query.parsed)
        # Title sets are only read for matching ids, so the text alone narrows them enough.
        title_sets = "".join(
            ", (SELECT string_agg(t.entry_id::text, ',') FROM repository_searchtext t "
            "WHERE t.tsv @@ (to_tsquery('simple', %s) && to_tsquery('simple', %s)) AND t.collection = %s)"
            for _ in query.parsed.positive
        )
        title_params = [p for term in self._title_terms(query) for p in (term, text, query.collection)]
        sql = f"SELECT string_agg(t.entry_id::text, ','){title_sets} FROM repository_searchtext t WHERE {tsq}"  # noqa: S608
        row = self._through_index(sql, [*title_params, *params])
        ids = [_id_array(v) for v in row]
        return ids[0], ids[1:]

    def token_counts(self, query: SearchQuery, groups: list[list[str]]) -> Counter:
        tsq, params = self.tsquery(query, groups)
        rows = self._rows(
            f"SELECT tok, count(*) FROM {_PG_TABLES}, "  # noqa: S608 - fixed SQL, values are parameters
            f"unnest(string_to_array(d.facets || ' {TOTAL}', ' ')) tok "
            f"WHERE {tsq} GROUP BY tok",
            params,
        )
        return Counter(dict(rows))

    def counts(self, query: SearchQuery) -> dict[str, int]:
        return _disjunctive(self, query)

    def total(self, query: SearchQuery) -> int:
        tsq, params = self.tsquery(query)
        return self._rows(f"SELECT count(*) FROM repository_searchtext t WHERE {tsq}", params)[0][0]  # noqa: S608

    def browse(self, query: SearchQuery, offset: int, limit: int | None = None) -> list[int]:
        return SQLiteBackend.browse(self, query, offset, limit)  # plain SQL, same on both

    def hits(self, query: SearchQuery, offset: int, limit: int | None = None) -> list[int]:
        """A page in SQL alone (the reference path; Evaluation.ordered gives the same order)."""
        limit = limit or query.page_size
        tsq, params = self.tsquery(query)
        sort = query.effective_sort
        order = "d.title_key, d.entry_id" if sort == "title" else "d.published_at DESC, d.entry_id DESC"
        score_params: list = []
        if sort == "relevance":
            terms = self._title_terms(query)
            order = " + ".join(["(t.tsv @@ to_tsquery('simple', %s))::int"] * len(terms)) + f" DESC, {order}"
            score_params = terms
        sql = f"SELECT d.entry_id FROM {_PG_TABLES} WHERE {tsq} ORDER BY {order} LIMIT %s OFFSET %s"  # noqa: S608
        return [r[0] for r in self._rows(sql, [*params, *score_params, limit, offset])]

    def raw(self, text: str, limit: int = 20) -> list[int]:
        tsq = querylib.to_tsquery(querylib.parse(text))
        return [
            r[0]
            for r in self._rows(
                "SELECT entry_id FROM repository_searchtext WHERE tsv @@ to_tsquery('simple', %s) "
                "ORDER BY ts_rank(tsv, to_tsquery('simple', %s)) DESC LIMIT %s",
                [tsq, tsq, limit],
            )
        ]


__all__ = ["SORTS", "SearchQuery", "SearchResult", "matching_ids", "search"]
