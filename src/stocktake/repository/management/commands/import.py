"""`stocktake import FILE [--dry-run] [--organisation SLUG] --as EMAIL`: bulk import of entries."""

import json
import sys
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from stocktake.accounts.models import Organisation, User
from stocktake.common import context
from stocktake.repository.services.imports import ImportFileError, import_entries, read_rows


class Command(BaseCommand):
    help = (
        "Import entries from a CSV or XLSX file. Every row is checked first; if any row has an error, "
        "nothing is imported and the errors are listed (exit code 1). Re-importing is safe."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
        parser.add_argument("--organisation", help="slug of the organisation for rows that name none")
        parser.add_argument("--as", dest="as_user", required=True, help="e-mail of the secretariat user acting")
        parser.add_argument("--json", action="store_true", help="print the report as JSON")

    def handle(self, *args, **opts):
        path = Path(opts["file"])
        if not path.exists():
            raise CommandError(f"No such file: {path}")
        try:
            actor = User.objects.get(email__iexact=opts["as_user"])
        except User.DoesNotExist as exc:
            raise CommandError(f"No user with e-mail {opts['as_user']}") from exc
        organisation = None
        if opts["organisation"]:
            organisation = Organisation.objects.filter(slug=opts["organisation"]).first()
            if organisation is None:
                raise CommandError(f"No organisation with slug {opts['organisation']}")
        token = context.bind(context.RequestContext(channel="cli"))
        try:
            with path.open("rb") as handle:
                rows = read_rows(handle, path.name)
            report = import_entries(actor, rows, dry_run=opts["dry_run"], organisation=organisation)
        except ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        except PermissionDenied as exc:
            raise CommandError(f"{actor.email} may not import entries (secretariat only).") from exc
        finally:
            context.reset(token)
        summary = report.summary()
        if opts["json"]:
            self.stdout.write(
                json.dumps(
                    summary | {"errors": [{"line": r.line, "key": r.key, "errors": r.errors} for r in report.invalid]}
                )
            )
        else:
            for row in report.invalid:
                for field, messages in row.errors.items():
                    for message in messages:
                        self.stderr.write(f"line {row.line} ({row.key or '-'}): {field}: {message}")
            self.stdout.write(
                "{rows} rows: {create} new, {update} changed, {unchanged} unchanged, {invalid} with errors".format(
                    **summary
                )
            )
            if report.applied:
                self.stdout.write(self.style.SUCCESS("Imported."))
            elif report.invalid:
                self.stderr.write("Nothing imported: fix the rows above and run again.")
            else:
                self.stdout.write("Check passed (dry run): nothing written.")
        if report.invalid:
            sys.exit(1)
