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
            "WHERE attrelid::regclass::text LIKE 'repository_%%' AND attcompression <> ''"
        )
        methods = dict(cursor.fetchall())
    expected = "l" if available else ""  # without LZ4 the columns keep the server's default
    for column in (
        "repository_entry.description",
        "repository_entryversion.data",
        "repository_searchdocument.body_folded",
        "repository_searchdocument.tsv",
    ):
        assert methods.get(column, "") == expected, column
