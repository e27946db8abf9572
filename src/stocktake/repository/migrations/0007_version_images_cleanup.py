# Images move from the entry to its versions (3/3): alt text and order now live on each version.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("repository", "0006_version_images_data"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="entryimage",
            name="alt_text",
        ),
        migrations.RemoveField(
            model_name="entryimage",
            name="order",
        ),
    ]
