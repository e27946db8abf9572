"""Query parameters ↔ SearchQuery: the search page, the API list and the exports read the same
parameters (`q`, `sort`, `page`, `page_size`, and one repeatable parameter per facet)."""

from __future__ import annotations

from urllib.parse import urlencode

from stocktake.repository.search.engine import SearchQuery
from stocktake.repository.search.facets import FACETS


def query_from_params(params, *, page_size: int = 20, facets: bool = True) -> SearchQuery:
    filters = {}
    for facet in FACETS:
        values = []
        for raw in params.getlist(facet.name):
            values += [v for v in raw.split(",") if v.strip()]
        if values:
            filters[facet.name] = values
    try:
        page = int(params.get("page") or 1)
    except ValueError:
        page = 1
    try:
        size = int(params.get("page_size") or page_size)
    except ValueError:
        size = page_size
    return SearchQuery(
        q=(params.get("q") or "")[:300],
        filters=filters,
        sort=params.get("sort") or "relevance",
        page=page,
        page_size=size,
        facets=facets,
    )


def params_of(query: SearchQuery, **changes) -> str:
    """The query string of `query` with some parameters changed (None removes one)."""
    items: list[tuple[str, str]] = []
    values = {"q": query.q, "sort": query.sort if query.sort != "relevance" else ""}
    values.update({k: v for k, v in changes.items() if k in {"q", "sort", "page"}})
    for key in ("q", "sort", "page"):
        if values.get(key):
            items.append((key, str(values[key])))
    filters = {k: list(v) for k, v in query.filters.items()}
    if "toggle" in changes:
        name, value = changes["toggle"]
        current = filters.setdefault(name, [])
        (current.remove(value) if value in current else current.append(value))
    for name in sorted(filters):
        items += [(name, v) for v in sorted(filters[name])]
    return urlencode(items)
