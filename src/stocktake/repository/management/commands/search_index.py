"""`stocktake search_index rebuild|optimise`: rebuild the search index from the published entries
(after a restore or a change of the index design), or merge FTS5 segments after bulk loads."""

import time

from django.core.management.base import BaseCommand

from stocktake.repository.search import indexer


class Command(BaseCommand):
    help = "Rebuild or optimise the repository search index."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "optimise"])

    def handle(self, *args, **opts):
        started = time.perf_counter()
        if opts["action"] == "rebuild":
            count = indexer.rebuild()
            indexer.optimise()
            self.stdout.write(f"{count} entries indexed in {time.perf_counter() - started:.1f} s")
        else:
            indexer.optimise()
            self.stdout.write(f"optimised in {time.perf_counter() - started:.1f} s")
