"""How the repository's large values are stored on PostgreSQL."""

import pytest
from django.db import connection


@pytest.mark.django_db
def test_large_values_are_compressed_with_lz4_where_the_server_has_it():
    if connection.vendor != "postgresql":
        assert connection.vendor == "sqlite"  # SQLite stores them as they are
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
        available = cursor.fetchone()[0]
        cursor.execute(
            "SELECT attrelid::regclass::text || '.' || attname, attcompression FROM pg_attribute "
            "WHERE attrelid::regclass::text LIKE 'repository%%' AND attcompression <> ''"
        )
        methods = dict(cursor.fetchall())
    expected = "l" if available else ""  # without LZ4 the columns keep the server's default
    for column in (
        "repository_entry.description",
        "repository_entryversion.data",
        "repository_searchdocument.body_folded",
        "repository_searchtext.tsv",
    ):
        assert methods.get(column, "") == expected, column


@pytest.mark.django_db
def test_the_text_table_follows_the_search_table():
    from stocktake.repository.models import SearchDocument
    from stocktake.repository.search import indexer
    from tests.factories import EntryFactory

    entry = EntryFactory(title="Solar kiosks", description="<p>Charging points for villages.</p>")
    indexer.index_entry(entry)
    if connection.vendor != "postgresql":
        assert connection.vendor == "sqlite"  # SQLite's FTS5 table has its own triggers (migration 0003)
        return

    def text_rows():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT entry_id, collection, tsv @@ to_tsquery('simple', 'villages'), "
                "tsv @@ to_tsquery('simple', %s), tsv @@ to_tsquery('simple', %s) FROM repository_searchtext",
                ["'ᵗkiosks'", "'ᵗvillages'"],
            )
            return cursor.fetchall()

    # The body matches; "kiosks" is a title word, "villages" is not.
    assert text_rows() == [(entry.pk, "stocktaking", True, True, False)]
    # The body lives in the text table (vectors move out of line only in rows over 2 kB) ...
    assert SearchDocument.objects.get(pk=entry.pk).body_folded == ""
    # ... and an update of the search row that does not set it keeps it.
    SearchDocument.objects.filter(pk=entry.pk).update(title_folded="solar kiosks and lamps")
    assert text_rows() == [(entry.pk, "stocktaking", True, True, False)]
    entry.title, entry.description = "Wind pumps", "<p>Water for herders.</p>"
    entry.save()
    indexer.index_entry(entry)
    assert text_rows() == [(entry.pk, "stocktaking", False, False, False)]
    indexer.remove_entry(entry)
    assert text_rows() == []
    indexer.index_entry(entry)
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # run the deferred checks TRUNCATE would refuse
        cursor.execute("TRUNCATE repository_searchdocument")  # what the test runner's flush does
    assert text_rows() == []
