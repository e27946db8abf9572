"""`stocktake report global|regional|success-stories --year Y [--region R] --out FILE`"""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from stocktake.reports.builder import produce, total_steps
from stocktake.reports.document import KINDS
from stocktake.reports.queries import results_embargoed


class Command(BaseCommand):
    help = "Build a stocktaking report (global, regional or the Success Stories book) as PDF or HTML."

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=KINDS)
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument(
            "--region", default="", help="ITU region code for a regional report: AFR AMS ARB ASP CIS EUR"
        )
        parser.add_argument("--format", choices=["pdf", "html"], help="default: from the --out suffix, else pdf")
        parser.add_argument("--language", default="en", help="language of the report's text (default en)")
        parser.add_argument("--champions", action="store_true", help="Success Stories: include the champions")
        parser.add_argument(
            "--withhold-unannounced",
            action="store_true",
            help="leave out prize results whose announcement has not started (as the public pages do)",
        )
        parser.add_argument("--out", required=True, help="file to write")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, kind, year, region, format, language, champions, out, no_progress, **options):
        withhold = options["withhold_unannounced"]
        path = Path(out)
        fmt = format or ("html" if path.suffix.lower() in {".html", ".htm"} else "pdf")
        bar = tqdm(total=total_steps(kind), desc=f"{kind} {year}", unit="step", disable=no_progress, file=self.stderr)

        def progress(name: str) -> None:
            bar.set_postfix_str(name)
            bar.update(1)

        try:
            result = produce(
                kind,
                year,
                region=region.upper() or None,
                fmt=fmt,
                language=language,
                include_champions=champions,
                include_unannounced=not withhold,
                progress=progress,
            )
        except ValidationError as exc:
            bar.close()
            messages = [f"{field}: {msg}" for field, msgs in exc.message_dict.items() for msg in msgs]
            raise CommandError("; ".join(messages)) from exc
        bar.update(bar.total - bar.n)
        bar.close()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(result.content)
        self.stdout.write(f"{path} ({len(result.content):,} bytes)")
        if not withhold and results_embargoed(year):
            self.stderr.write(f"Note: {path} holds prize results of {year} that are not announced yet.")
