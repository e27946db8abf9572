"""The search index's own tables: one denormalised row per *published* entry, plus facet counts of
the whole collection kept up to date on every index write (the "no query, no filter" page then
needs no aggregation at all). The full-text part lives beside these tables and is engine-specific:
an FTS5 table on SQLite (migration 0003); on PostgreSQL the narrow repository_searchtext table with
the document vector and a GIN index, which also keeps the folded body (migration 0010)."""

from django.db import models


class SearchDocument(models.Model):
    entry = models.OneToOneField("repository.Entry", primary_key=True, on_delete=models.CASCADE, related_name="+")
    collection = models.SlugField(max_length=40)
    public_id = models.UUIDField()
    title = models.CharField(max_length=250)
    title_key = models.CharField(max_length=200)
    organisation = models.CharField(max_length=250)
    # What the full-text index holds, folded by search.normalise (see there for why); snippets are
    # cut from the entry's own description. On PostgreSQL a trigger moves body_folded to
    # repository_searchtext and leaves an empty string here.
    title_folded = models.TextField()
    body_folded = models.TextField()
    # Space-separated facet tokens ("sdg_4 rg_afr ct_ke …"), also indexed for filtering.
    facets = models.TextField()
    published_at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["collection", "-published_at", "-entry"], name="search_doc_newest"),
            models.Index(fields=["collection", "title_key", "entry"], name="search_doc_title"),
        ]

    def __str__(self):
        return self.title


class SearchFacetCount(models.Model):
    collection = models.SlugField(max_length=40)
    token = models.CharField(max_length=60)
    count = models.IntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["collection", "token"], name="uniq_search_facet_count")]

    def __str__(self):
        return f"{self.token}: {self.count}"


class SearchChange(models.Model):
    """One row per search document written or removed, in commit order (writers take the
    collection's generation row lock before adding rows). Each process's index snapshot applies the
    rows after the last one it has seen instead of rebuilding itself after every write."""

    id = models.BigAutoField(primary_key=True)
    collection = models.SlugField(max_length=40)
    entry_id = models.BigIntegerField()  # not a foreign key: the entry may be gone
    # Random per write: a snapshot checks that the last row it applied is still there, unchanged
    # (not cut from the log, not rolled back and its id reused), before applying newer ones.
    stamp = models.IntegerField()

    class Meta:
        indexes = [models.Index(fields=["collection", "id"], name="search_change_seq")]

    def __str__(self):
        return f"{self.collection} #{self.id}: entry {self.entry_id}"
