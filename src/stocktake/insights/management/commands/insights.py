"""`stocktake insights rebuild|status`: fit the suggestion and duplicate models from the database."""

import json

from django.core.management.base import BaseCommand

from stocktake.common import context
from stocktake.insights import runtime
from stocktake.insights.services import indexing


class Command(BaseCommand):
    help = "Rebuild the offline insights models (suggestions, near-duplicates) or show their state."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "status"])

    def handle(self, *args, action, **options):
        token = context.bind(context.RequestContext(channel="cli"))
        try:
            if action == "rebuild":
                models = indexing.rebuild()
                self.stdout.write(
                    self.style.SUCCESS(
                        f"Insights models rebuilt: {models.manifest['documents']} documents indexed, "
                        f"{models.manifest['examples']} published entries used as examples; "
                        f"stored in {runtime.artefact_dir()}"
                    )
                )
            else:
                path = runtime.artefact_dir() / runtime.MANIFEST_FILE
                if not path.exists():
                    self.stdout.write("No models stored yet; run `stocktake insights rebuild`.")
                    return
                self.stdout.write(json.dumps(json.loads(path.read_text()), indent=2))
        finally:
            context.reset(token)
