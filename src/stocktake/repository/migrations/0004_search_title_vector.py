"""PostgreSQL: a small title-only tsvector for ranking. Ranking with the full document vector
detoasts every matching row's large tsvector, which is what made ranked queries on common words
slow; the title vector is stored inline and cheap to read."""

from django.db import migrations


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE repository_searchdocument ADD COLUMN tsv_title tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, title_folded)) STORED"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE repository_searchdocument DROP COLUMN IF EXISTS tsv_title")


class Migration(migrations.Migration):
    dependencies = [("repository", "0003_search_engines")]

    operations = [migrations.RunPython(forwards, backwards)]
