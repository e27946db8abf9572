from django.db import migrations


def load(apps, schema_editor):
    from stocktake.taxonomy import loader

    loader.sync(apps)


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
