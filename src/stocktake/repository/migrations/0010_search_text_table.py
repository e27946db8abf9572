"""PostgreSQL: match full text in a narrow table of its own.

Collecting the ids that match a common word means visiting the heap row of every match (a GIN index
gives row addresses, not entry ids). In repository_searchdocument those rows also carry the titles,
facets and title vector shown on result pages, about 490 bytes each: at a million entries a word in
40 % of them read 62,000 pages (360 ms). repository_searchtext holds the entry id, the collection,
the folded body and the document vector, the last two out of line (about 70 bytes a row in the
heap, 7,000 pages at a million): the same query took 60 ms. PostgreSQL only moves values out of
line when a row exceeds about 2 kB, which the vector alone (about 1.5 kB) does not; with the body
beside it, it does, so the body moves here (the search table keeps an empty string on PostgreSQL;
SQLite's FTS5 index reads it from there). A BEFORE trigger on repository_searchdocument writes the
row and empties the body, another follows deletes and TRUNCATE (which is how the test runner
empties tables).

The vector is the one the search table held (title weight A, body B, facet tokens D) plus each title
word once more behind a marker letter (`ᵗ`, which the query parser can never produce: NFKD folds it
to `t`), so "title holds the term" is an index lookup too, phrases and prefixes included."""

from django.db import migrations

TITLE_MARK = "ᵗ"

VECTOR = f"""
    setweight(to_tsvector('simple'::regconfig, NEW.title_folded), 'A')
    || setweight(to_tsvector('simple'::regconfig, NEW.body_folded), 'B')
    || setweight(array_to_tsvector(string_to_array(NEW.facets, ' ')), 'D')
    || to_tsvector('simple'::regconfig, regexp_replace(NEW.title_folded, '(\\S+)', '{TITLE_MARK}\\1', 'g'))
"""

SYNC_FUNCTION = (  # built from the constants above
    "CREATE FUNCTION repository_searchtext_sync() RETURNS trigger LANGUAGE plpgsql AS $$"  # noqa: S608
    f"""
    BEGIN
        IF TG_OP = 'UPDATE' AND NEW.body_folded = '' THEN
            -- An update that did not set the body: the body lives here, keep it.
            NEW.body_folded := COALESCE((SELECT body FROM repository_searchtext WHERE entry_id = OLD.entry_id), '');
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.entry_id <> NEW.entry_id THEN
            DELETE FROM repository_searchtext WHERE entry_id = OLD.entry_id;
        END IF;
        INSERT INTO repository_searchtext (entry_id, collection, body, tsv)
        VALUES (NEW.entry_id, NEW.collection, NEW.body_folded, {VECTOR})
        ON CONFLICT (entry_id) DO UPDATE
            SET collection = excluded.collection, body = excluded.body, tsv = excluded.tsv;
        NEW.body_folded := '';
        RETURN NEW;
    END $$"""
)

POSTGRES_UP = [
    """CREATE TABLE repository_searchtext (
        entry_id bigint PRIMARY KEY,
        collection varchar(40) NOT NULL,
        body text NOT NULL,
        tsv tsvector NOT NULL
    ) WITH (toast_tuple_target = 128)""",
    """DO $$ BEGIN
        IF 'lz4' = ANY(SELECT unnest(enumvals) FROM pg_settings WHERE name = 'default_toast_compression') THEN
            ALTER TABLE repository_searchtext ALTER COLUMN tsv SET COMPRESSION lz4;
            ALTER TABLE repository_searchtext ALTER COLUMN body SET COMPRESSION lz4;
        END IF;
    END $$""",
    SYNC_FUNCTION,
    """CREATE FUNCTION repository_searchtext_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM repository_searchtext WHERE entry_id = OLD.entry_id;
        RETURN OLD;
    END $$""",
    """CREATE FUNCTION repository_searchtext_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        TRUNCATE repository_searchtext;
        RETURN NULL;
    END $$""",
    # Existing documents, with the trigger's own expression, before the triggers exist.
    "INSERT INTO repository_searchtext (entry_id, collection, body, tsv) "  # noqa: S608 - constants only
    f"SELECT entry_id, collection, body_folded, {VECTOR.replace('NEW.', '')} FROM repository_searchdocument",
    "UPDATE repository_searchdocument SET body_folded = '' WHERE body_folded <> ''",
    """CREATE TRIGGER repository_searchtext_sync BEFORE INSERT OR UPDATE ON repository_searchdocument
        FOR EACH ROW EXECUTE FUNCTION repository_searchtext_sync()""",
    """CREATE TRIGGER repository_searchtext_delete AFTER DELETE ON repository_searchdocument
        FOR EACH ROW EXECUTE FUNCTION repository_searchtext_delete()""",
    """CREATE TRIGGER repository_searchtext_truncate AFTER TRUNCATE ON repository_searchdocument
        FOR EACH STATEMENT EXECUTE FUNCTION repository_searchtext_truncate()""",
    "CREATE INDEX repository_searchtext_tsv ON repository_searchtext USING gin (tsv)",
    "DROP INDEX IF EXISTS repository_search_tsv",
    "ALTER TABLE repository_searchdocument DROP COLUMN IF EXISTS tsv",
    "ALTER TABLE repository_searchdocument DROP COLUMN IF EXISTS tsv_title",
    "ANALYZE repository_searchtext",
]

POSTGRES_DOWN = [
    """ALTER TABLE repository_searchdocument ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_folded), 'A')
        || setweight(to_tsvector('simple'::regconfig, body_folded), 'B')
        || setweight(array_to_tsvector(string_to_array(facets, ' ')), 'D')
    ) STORED""",
    "CREATE INDEX repository_search_tsv ON repository_searchdocument USING gin (tsv)",
    "ALTER TABLE repository_searchdocument ADD COLUMN tsv_title tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, title_folded)) STORED",
    "DROP TRIGGER IF EXISTS repository_searchtext_truncate ON repository_searchdocument",
    "DROP TRIGGER IF EXISTS repository_searchtext_delete ON repository_searchdocument",
    "DROP TRIGGER IF EXISTS repository_searchtext_sync ON repository_searchdocument",
    "UPDATE repository_searchdocument d SET body_folded = t.body FROM repository_searchtext t "
    "WHERE t.entry_id = d.entry_id",
    "DROP FUNCTION IF EXISTS repository_searchtext_truncate()",
    "DROP FUNCTION IF EXISTS repository_searchtext_delete()",
    "DROP FUNCTION IF EXISTS repository_searchtext_sync()",
    "DROP TABLE IF EXISTS repository_searchtext",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("repository", "0009_search_change_log")]

    operations = [migrations.RunPython(_run(POSTGRES_UP), _run(POSTGRES_DOWN))]
