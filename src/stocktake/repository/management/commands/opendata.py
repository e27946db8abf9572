"""`stocktake opendata dump --out DIR`: the whole public repository as JSON and CSV files (the
nightly open-data dump). Files are written under temporary names and renamed at the end, so a
reader never sees a half-written dump."""

import json
import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from stocktake.repository import exports
from stocktake.repository.search.engine import SearchQuery


class Command(BaseCommand):
    help = "Open-data dump of all published entries (entries.json, entries.csv, manifest.json)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["dump"])
        parser.add_argument("--out", required=True, help="directory to write into")
        parser.add_argument("--collection", default="stocktaking")

    def handle(self, *args, **opts):
        out = Path(opts["out"])
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CommandError(f"Cannot write to {out}: {exc}") from exc
        query = SearchQuery(sort="newest", collection=opts["collection"], facets=False)
        counts = {}
        for name, stream in [("entries.json", exports.json_stream), ("entries.csv", exports.csv_stream)]:
            tmp = out / f".{name}.tmp"
            with tmp.open("w", encoding="utf-8", newline="") as handle:
                for chunk in stream(query):
                    handle.write(chunk)
            os.replace(tmp, out / name)
        with (out / "entries.json").open(encoding="utf-8") as handle:
            counts["entries"] = sum(1 for line in handle if line.startswith("{"))
        manifest = {
            "generated_at": timezone.now().isoformat(),
            "collection": opts["collection"],
            "entries": counts["entries"],
            "files": ["entries.json", "entries.csv"],
            "licence": "Open data: reuse with attribution to the submitting organisations.",
        }
        (out / "manifest.json").write_text(json.dumps(manifest, indent=2))
        self.stdout.write(self.style.SUCCESS(f"{counts['entries']} entries written to {out}"))
