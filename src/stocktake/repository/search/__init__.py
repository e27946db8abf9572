"""Full-text and faceted search over published entries: `search(SearchQuery)` → SearchResult, the
same contract on SQLite (FTS5) and PostgreSQL (tsvector + GIN). See engine.py for the design."""


def index_entry(entry) -> None:
    from stocktake.repository.search.indexer import index_entry as _index

    _index(entry)


def remove_entry(entry) -> None:
    from stocktake.repository.search.indexer import remove_entry as _remove

    _remove(entry)
