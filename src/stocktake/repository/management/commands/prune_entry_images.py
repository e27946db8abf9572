"""`stocktake prune_entry_images [--grace-hours N] [--dry-run]`: delete entry image files that no
version shows any more.

Removing an image from a version already deletes its file when no other version shows it, so this
only finds strays: files written by an upload whose transaction then failed, and files of deleted
entries. A file any version refers to is never touched (the database also refuses to delete such a
row). Files younger than the grace period are left alone, as their upload may still be committing."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from stocktake.repository.models import EntryImage
from stocktake.repository.services import images


class Command(BaseCommand):
    help = "Delete entry image files and rows that no version of any entry refers to."

    def add_arguments(self, parser):
        parser.add_argument("--grace-hours", type=float, default=24.0, help="leave newer files alone (default 24)")
        parser.add_argument("--dry-run", action="store_true", help="only count what would be deleted")

    def handle(self, *args, **opts):
        if opts["grace_hours"] < 0:
            raise CommandError("--grace-hours cannot be negative.")
        before = timezone.now() - datetime.timedelta(hours=opts["grace_hours"])
        if opts["dry_run"]:
            rows = EntryImage.objects.filter(placements__isnull=True, created_at__lt=before).count()
            files = sum(1 for _ in images.stray_files(before))
            self.stdout.write(f"would delete {rows} unused image rows and {files} stray files")
            return
        rows, files = images.prune_unused(older_than=before)
        self.stdout.write(self.style.SUCCESS(f"deleted {rows} unused image rows and {files} stray files"))
