"""Counts for the browsing pages that the search index does not keep (it has no sub-topic facet)."""

from __future__ import annotations

from django.db.models import Count, Q

from stocktake.repository.models import Entry
from stocktake.repository.search.facets import DEFAULT_COLLECTION
from stocktake.taxonomy.models import ActionLine, Subtopic


def subtopic_counts(line: ActionLine) -> list[Subtopic]:
    """The action line's sub-topics in their reading order, each with `entry_count`: how many public
    entries of the main collection (the one search and the charts count) it tags. One query."""
    public = Q(
        entries__state=Entry.State.PUBLISHED,
        entries__published_at__isnull=False,
        entries__collection=DEFAULT_COLLECTION,
    )
    return list(
        Subtopic.objects.filter(action_line=line).annotate(entry_count=Count("entries", filter=public)).order_by("id")
    )
