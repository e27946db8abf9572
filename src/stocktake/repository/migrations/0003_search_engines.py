"""The engine-specific half of the search index.

SQLite: an FTS5 table over repository_searchdocument (external content, kept in step by triggers),
tokenising the already-folded text on spaces; `_` is a token character so facet tokens such as
`sdg_4` stay whole. PostgreSQL: a stored tsvector (title weight A, body B, facet tokens D) with a
GIN index; `simple` configuration because the text is folded in Python for both engines alike.
"""

from django.db import migrations

SQLITE_UP = [
    """CREATE VIRTUAL TABLE repository_search_fts USING fts5(
        title_folded, body_folded, facets,
        content='repository_searchdocument', content_rowid='entry_id',
        tokenize="unicode61 remove_diacritics 2 tokenchars '_'"
    )""",
    """CREATE TRIGGER repository_search_ai AFTER INSERT ON repository_searchdocument BEGIN
        INSERT INTO repository_search_fts(rowid, title_folded, body_folded, facets)
        VALUES (new.entry_id, new.title_folded, new.body_folded, new.facets);
    END""",
    """CREATE TRIGGER repository_search_ad AFTER DELETE ON repository_searchdocument BEGIN
        INSERT INTO repository_search_fts(repository_search_fts, rowid, title_folded, body_folded, facets)
        VALUES ('delete', old.entry_id, old.title_folded, old.body_folded, old.facets);
    END""",
    """CREATE TRIGGER repository_search_au AFTER UPDATE ON repository_searchdocument BEGIN
        INSERT INTO repository_search_fts(repository_search_fts, rowid, title_folded, body_folded, facets)
        VALUES ('delete', old.entry_id, old.title_folded, old.body_folded, old.facets);
        INSERT INTO repository_search_fts(rowid, title_folded, body_folded, facets)
        VALUES (new.entry_id, new.title_folded, new.body_folded, new.facets);
    END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS repository_search_au",
    "DROP TRIGGER IF EXISTS repository_search_ad",
    "DROP TRIGGER IF EXISTS repository_search_ai",
    "DROP TABLE IF EXISTS repository_search_fts",
]
POSTGRES_UP = [
    """ALTER TABLE repository_searchdocument ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_folded), 'A')
        || setweight(to_tsvector('simple'::regconfig, body_folded), 'B')
        || setweight(array_to_tsvector(string_to_array(facets, ' ')), 'D')
    ) STORED""",
    "CREATE INDEX repository_search_tsv ON repository_searchdocument USING gin (tsv)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS repository_search_tsv",
    "ALTER TABLE repository_searchdocument DROP COLUMN IF EXISTS tsv",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("repository", "0002_search_index")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
