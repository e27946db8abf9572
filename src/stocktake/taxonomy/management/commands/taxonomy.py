from django.core.management.base import BaseCommand

from stocktake.taxonomy import loader


class Command(BaseCommand):
    help = "Reference lists: `stocktake taxonomy sync` reloads them from taxonomy/data/*.json."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["sync"])

    def handle(self, *args, action, **options):
        loader.sync()
        self.stdout.write(self.style.SUCCESS("Reference lists are up to date."))
