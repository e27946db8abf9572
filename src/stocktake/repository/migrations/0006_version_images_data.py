# Images move from the entry to its versions (2/3): every existing image is attached, with its alt
# text and order, to the entry's published version and to each version still in progress (draft,
# returned or awaiting moderation), so neither the public page nor a pending edit loses an image.
# An entry with neither (e.g. rejected before publication) gets them on its latest version, so no
# file is left unreferenced.

from django.db import migrations

OPEN = ("draft", "returned", "submitted")


def attach(apps, schema_editor):
    EntryImage = apps.get_model("repository", "EntryImage")
    EntryVersion = apps.get_model("repository", "EntryVersion")
    EntryVersionImage = apps.get_model("repository", "EntryVersionImage")
    Entry = apps.get_model("repository", "Entry")
    entry_ids = EntryImage.objects.values_list("entry_id", flat=True).distinct()
    for entry in Entry.objects.filter(pk__in=list(entry_ids)).iterator():
        images = list(EntryImage.objects.filter(entry=entry).order_by("order", "id"))
        targets = set(EntryVersion.objects.filter(entry=entry, state__in=OPEN).values_list("pk", flat=True))
        if entry.current_version_id:
            targets.add(entry.current_version_id)
        if not targets:
            latest = EntryVersion.objects.filter(entry=entry).order_by("-number").values_list("pk", flat=True).first()
            if latest is None:
                continue
            targets.add(latest)
        EntryVersionImage.objects.bulk_create(
            EntryVersionImage(
                version_id=version_id, image=image, position=position, alt_text=image.alt_text or ""
            )
            for version_id in sorted(targets)
            for position, image in enumerate(images)
        )


def detach(apps, schema_editor):
    """Back to one gallery per entry: the published version's, or else the latest version's."""
    EntryImage = apps.get_model("repository", "EntryImage")
    EntryVersionImage = apps.get_model("repository", "EntryVersionImage")
    Entry = apps.get_model("repository", "Entry")
    for entry in Entry.objects.filter(image_files__isnull=False).distinct().iterator():
        shown = EntryVersionImage.objects.filter(version__entry=entry)
        if entry.current_version_id:
            shown = shown.filter(version_id=entry.current_version_id)
        else:
            latest = shown.order_by("-version__number").values_list("version_id", flat=True).first()
            shown = shown.filter(version_id=latest)
        for placement in shown:
            EntryImage.objects.filter(pk=placement.image_id).update(
                alt_text=placement.alt_text, order=placement.position
            )
        EntryVersionImage.objects.filter(version__entry=entry).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("repository", "0005_version_images"),
    ]

    operations = [
        migrations.RunPython(attach, detach),
    ]
