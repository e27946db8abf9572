# Images move from the entry to its versions (1/3): the new table and columns.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('repository', '0004_search_title_vector'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='entryimage',
            options={'ordering': ['entry', 'id'], 'verbose_name': 'image', 'verbose_name_plural': 'images'},
        ),
        migrations.AddField(
            model_name='entryimage',
            name='height',
            field=models.PositiveIntegerField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='entryimage',
            name='uploaded_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='entryimage',
            name='width',
            field=models.PositiveIntegerField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name='entryimage',
            name='entry',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='image_files', to='repository.entry'),
        ),
        migrations.CreateModel(
            name='EntryVersionImage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('position', models.PositiveSmallIntegerField(default=0)),
                ('alt_text', models.CharField(blank=True, max_length=300, verbose_name='text alternative')),
                ('caption', models.CharField(blank=True, max_length=300, verbose_name='caption or credit')),
                ('image', models.ForeignKey(on_delete=django.db.models.deletion.RESTRICT, related_name='placements', to='repository.entryimage')),
                ('version', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='images', to='repository.entryversion')),
            ],
            options={
                'verbose_name': 'image of a version',
                'verbose_name_plural': 'images of a version',
                'ordering': ['version', 'position', 'id'],
                'constraints': [models.UniqueConstraint(fields=('version', 'image'), name='uniq_version_image')],
            },
        ),
    ]
