"""PostgreSQL: keep the search table's heap rows narrow.

A small title-only tsvector is stored for ranking (ranking on the full document vector reads every
match's large tsvector), and the table's TOAST target is lowered so the folded body and the full
tsvector live out of line: a query then reads a few thousand narrow heap pages, not 13,000 wide
ones. Only rows written after this migration are stored the new way (`search_index rebuild`)."""

from django.db import migrations


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE repository_searchdocument ADD COLUMN tsv_title tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, title_folded)) STORED"
        )
        schema_editor.execute("ALTER TABLE repository_searchdocument SET (toast_tuple_target = 600)")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE repository_searchdocument RESET (toast_tuple_target)")
        schema_editor.execute("ALTER TABLE repository_searchdocument DROP COLUMN IF EXISTS tsv_title")


class Migration(migrations.Migration):
    dependencies = [("repository", "0003_search_engines")]

    operations = [migrations.RunPython(forwards, backwards)]
