"""Keeps the search tables in step with published entries.

Services call `index_entry` / `remove_entry` inside their transaction, so a published edit is
searchable the moment it commits and a draft is never indexed. Bulk loaders (demo, import,
benchmark) call `index_entries` with many ids at once; `rebuild` starts from scratch."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterable, Iterator
from types import SimpleNamespace

from django.db import connection, transaction
from django.db.models import Max, Min

from stocktake.accounts.models import Organisation
from stocktake.repository.bulk import insert_rows
from stocktake.repository.content import plain_text
from stocktake.repository.models import Entry, SearchChange, SearchDocument, SearchFacetCount
from stocktake.repository.search.bitmaps import EPOCH_TOKEN, GENERATION_TOKEN
from stocktake.repository.search.facets import COLLECTION_PREFIX, collection_token, document_collection_tokens, token
from stocktake.repository.search.normalise import normalise, sort_key
from stocktake.taxonomy.models import SDG, ActionLine, Country, GDCObjective, Region

BATCH = 1000


def index_entry(entry) -> None:
    index_entries([entry.pk])


def remove_entry(entry) -> None:
    remove_entries([entry.pk])


def _lookups() -> dict:
    lines = {a.pk: a for a in ActionLine.objects.select_related("parent")}
    return {
        "countries": dict(Country.objects.values_list("pk", "code")),
        "regions": dict(Region.objects.values_list("pk", "code")),
        "action_lines": {pk: [a.code] + ([a.parent.code] if a.parent_id else []) for pk, a in lines.items()},
        "sdgs": dict(SDG.objects.values_list("pk", "number")),
        "gdc_objectives": dict(GDCObjective.objects.values_list("pk", "number")),
    }


def _tag_map(relation: str, ids: list[int]) -> dict[int, list]:
    through = getattr(Entry, relation).through
    target = next(f.attname for f in through._meta.concrete_fields if f.attname not in {"id", "entry_id"})
    out: dict[int, list] = {}
    for entry_id, target_id in through.objects.filter(entry_id__in=ids).values_list("entry_id", target):
        out.setdefault(entry_id, []).append(target_id)
    return out


def build_documents(ids: list[int], lookups: dict | None = None, tags: dict | None = None) -> Iterator[SimpleNamespace]:
    """Search rows for the given entries; entries that are not public get no row. Plain rows, not
    model instances: this runs for every imported entry. `tags` (relation → entry id → target
    ids) saves re-reading the tag tables when the caller has just written them.

    The database is read when this is called; the rows are made as they are consumed, without
    queries, so the caller can stream them into a COPY while PostgreSQL indexes the ones before
    (folding the text is the client's largest share of an import)."""
    lookups = lookups or _lookups()
    # Entries by primary key alone, organisations separately: with a join (and a state filter) the
    # PostgreSQL planner, working from statistics that lag a bulk load, picked a plan that scanned
    # every published entry per organisation (12 s per 1,000 entries at 35,000).
    rows = Entry.objects.filter(pk__in=ids).values_list(
        "pk",
        "public_id",
        "collection",
        "title",
        "description",
        "partners",
        "entry_type",
        "status",
        "year",
        "published_at",
        "organisation_id",
        "state",
    )
    rows = [r for r in rows if r[-1] == Entry.State.PUBLISHED and r[-3] is not None]
    orgs = {
        pk: (name, code)
        for pk, name, code in Organisation.objects.filter(pk__in={r[-2] for r in rows}).values_list(
            "pk", "name", "stakeholder_type__code"
        )
    }
    entries = [(*r[:-2], *orgs[r[-2]]) for r in rows]
    public_ids = [e[0] for e in entries]
    relations = ["countries", "regions", "action_lines", "sdgs", "gdc_objectives"]
    if tags is None:
        tags = {rel: _tag_map(rel, public_ids) for rel in relations}
    return _documents(entries, lookups, tags)


def _documents(entries: list[tuple], lookups: dict, tags: dict) -> Iterator[SimpleNamespace]:
    for pk, public_id, collection, title, description, partners, etype, status, year, published_at, org, st in entries:
        toks = [
            *document_collection_tokens(collection),
            token("st", st),
            token("et", etype),
            token("ps", status),
            token("yr", year or published_at.year),
        ]
        toks += [token("ct", lookups["countries"][i]) for i in tags["countries"].get(pk, [])]
        toks += [token("rg", lookups["regions"][i]) for i in tags["regions"].get(pk, [])]
        toks += [token("al", code) for i in tags["action_lines"].get(pk, []) for code in lookups["action_lines"][i]]
        toks += [token("sdg", lookups["sdgs"][i]) for i in tags["sdgs"].get(pk, [])]
        toks += [token("gdc", lookups["gdc_objectives"][i]) for i in tags["gdc_objectives"].get(pk, [])]
        yield SimpleNamespace(
            entry_id=pk,
            collection=collection,
            public_id=public_id,
            title=title,
            title_key=sort_key(title),
            organisation=org,
            title_folded=normalise(title),
            body_folded=normalise(" ".join([plain_text(description), org, partners])),
            facets=" ".join(dict.fromkeys(toks)),
            published_at=published_at,
        )


COLUMNS = [
    "entry_id",
    "collection",
    "public_id",
    "title",
    "title_key",
    "organisation",
    "title_folded",
    "body_folded",
    "facets",
    "published_at",
]


def _insert(docs: Iterable[SimpleNamespace]) -> None:
    """Plain rows instead of bulk_create: indexing is on the hot path of imports (and the fields'
    get_db_prep_save cost more than the COPY itself). Rows are made as the COPY consumes them."""
    sqlite = connection.vendor == "sqlite"
    adapt = connection.ops.adapt_datetimefield_value
    rows = (
        (
            d.entry_id,
            d.collection,
            d.public_id.hex if sqlite else d.public_id,
            d.title,
            d.title_key,
            d.organisation,
            d.title_folded,
            d.body_folded,
            d.facets,
            adapt(d.published_at),
        )
        for d in docs
    )
    insert_rows("repository_searchdocument", COLUMNS, rows)


# Change rows kept per collection: a process whose snapshot is older than that rebuilds it whole.
CHANGES_KEPT = 100_000


def _commit_changes(delta: Counter, changed: set[tuple[str, int]]) -> None:
    """Apply count changes, keyed by (collection, token), to SearchFacetCount in one upsert, then
    log the changed (collection, entry id) pairs for the per-process snapshots (bitmaps.py)."""
    table = SearchFacetCount._meta.db_table
    rows = [(collection, tok, n) for (collection, tok), n in delta.items() if n]
    collections = sorted({c for c, _ in changed} | {c for c, _, _ in rows})
    if not collections:
        return
    with connection.cursor() as cursor:
        if rows:
            cursor.executemany(
                f"INSERT INTO {table} (collection, token, count) VALUES (%s, %s, %s) "  # noqa: S608
                "ON CONFLICT (collection, token) DO UPDATE SET count = " + table + ".count + excluded.count",
                rows,
            )
        # The generation row of each touched collection is updated before any change row is
        # added, and its row lock is held to the commit: writers to a collection queue here, so
        # change ids are handed out in commit order and a reader that has seen id N has seen
        # every change before N.
        cursor.executemany(
            f"INSERT INTO {table} (collection, token, count) VALUES (%s, %s, 1) "  # noqa: S608
            "ON CONFLICT (collection, token) DO UPDATE SET count = " + table + ".count + 1",
            [(c, GENERATION_TOKEN) for c in collections],
        )
    if changed:
        stamp = secrets.randbelow(2**31 - 2) + 1
        rows = [(collection, entry_id, stamp) for collection, entry_id in sorted(changed)]
        insert_rows(SearchChange._meta.db_table, ["collection", "entry_id", "stamp"], rows)
        for collection in {c for c, _ in changed}:
            _prune_changes(collection)


def _prune_changes(collection: str) -> None:
    """Keep the change log short (a snapshot whose last applied row was cut rebuilds itself)."""
    log = SearchChange.objects.filter(collection=collection)
    span = log.aggregate(oldest=Min("id"), newest=Max("id"))
    if span["newest"] is not None and span["newest"] - span["oldest"] >= 2 * CHANGES_KEPT:
        log.filter(id__lte=span["newest"] - CHANGES_KEPT)._raw_delete(using=connection.alias)


def _new_epoch(collections) -> None:
    """After a rebuild every snapshot of these collections is rebuilt, whatever the change log says.
    Random rather than +1: a rolled-back rebuild must not leave a number a later one could reach."""
    for collection in collections:
        SearchFacetCount.objects.update_or_create(
            collection=collection, token=EPOCH_TOKEN, defaults={"count": secrets.randbelow(2**31 - 2) + 1}
        )


def _facet_counter(rows) -> Counter:
    """(collection, token) → documents; the collection's own total is kept under its col_ token."""
    counter: Counter = Counter()
    col = COLLECTION_PREFIX + "_"
    for collection, facets in rows:
        counter[(collection, collection_token(collection))] += 1
        counter.update((collection, t) for t in facets.split() if not t.startswith(col))
    return counter


def _remembered(docs: Iterable[SimpleNamespace], into: list) -> Iterator[SimpleNamespace]:
    """Pass documents on, noting (collection, facets, entry id) of each for the counts."""
    for d in docs:
        into.append((d.collection, d.facets, d.entry_id))
        yield d


@transaction.atomic
def index_entries(ids, *, tags: dict | None = None, new: bool = False) -> int:
    """(Re)index the given entries; returns how many are now in the index. `tags` as in
    build_documents; `new` says the entries were just created, so there is nothing to replace."""
    ids = list(ids)
    lookups = _lookups()
    written = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        before: Counter = Counter()
        changed: set[tuple[str, int]] = set()
        if not new:
            old = SearchDocument.objects.filter(entry_id__in=chunk)
            previous = list(old.values_list("collection", "facets", "entry_id"))
            before = _facet_counter((c, f) for c, f, _ in previous)
            changed.update((c, pk) for c, _, pk in previous)
            old.delete()
        written_docs: list[tuple[str, str, int]] = []
        _insert(_remembered(build_documents(chunk, lookups, tags), written_docs))
        changed.update((c, pk) for c, _f, pk in written_docs)
        after = _facet_counter((c, f) for c, f, _pk in written_docs)
        after.subtract(before)
        _commit_changes(after, changed)
        written += len(written_docs)
    return written


@transaction.atomic
def remove_entries(ids) -> None:
    ids = list(ids)
    docs = SearchDocument.objects.filter(entry_id__in=ids)
    previous = list(docs.values_list("collection", "facets", "entry_id"))
    delta = _facet_counter((c, f) for c, f, _ in previous)
    docs.delete()
    _commit_changes(Counter({k: -n for k, n in delta.items()}), {(c, pk) for c, _, pk in previous})


@transaction.atomic
def rebuild() -> int:
    """Drop and rebuild the whole index from the published entries."""
    collections = set(SearchFacetCount.objects.values_list("collection", flat=True).distinct())
    SearchDocument.objects.all().delete()
    SearchFacetCount.objects.all().delete()
    SearchChange.objects.all()._raw_delete(using=connection.alias)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO repository_search_fts(repository_search_fts) VALUES ('rebuild')")
    ids = list(
        Entry.objects.filter(state=Entry.State.PUBLISHED, published_at__isnull=False)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    written = index_entries(ids)
    _new_epoch(collections | set(SearchFacetCount.objects.values_list("collection", flat=True).distinct()))
    return written


def optimise() -> None:
    """After a bulk load: merge the FTS5 index segments (SQLite); refresh the planner statistics of
    the search table (PostgreSQL: until autovacuum gets to it, the planner takes a freshly loaded
    table for a few hundred rows and adds needless index scans to every match)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("INSERT INTO repository_search_fts(repository_search_fts) VALUES ('optimize')")
            cursor.execute("ANALYZE")
        else:
            cursor.execute("ANALYZE repository_searchdocument, repository_searchtext")
