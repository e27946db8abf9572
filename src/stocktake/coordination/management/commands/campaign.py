"""`stocktake campaign …`: national coordination from the command line.

stocktake campaign export --country TR --year 2026 --out turkiye-2026.csv
stocktake campaign remind [--country TR --year 2026] [--day 7] [--send]
    (the scheduler already runs `remind` for every open campaign on each tick; this is for running
    it now, or for sending one campaign's reminder for a given day by hand)
stocktake campaign bounce contact@example.org [--reason "550 no such user"]
stocktake campaign import --country TR --year 2026 contacts.xlsx [--dry-run]
"""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from stocktake.common.services import outbox
from stocktake.coordination import exports
from stocktake.coordination.bounces import bounces_in_mbox
from stocktake.coordination.models import Campaign
from stocktake.coordination.services import SYSTEM
from stocktake.coordination.services.campaigns import import_invitations
from stocktake.coordination.services.invitations import bounced_invitations_for, mark_bounced
from stocktake.coordination.services.reminders import remind_campaign, send_due_reminders


class Command(BaseCommand):
    help = "National coordination campaigns: export, remind, record bounces, import invitations."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)

        def campaign_args(p, required=True):
            p.add_argument("--country", required=required, help="ISO code of the country, e.g. TR")
            p.add_argument("--year", type=int, required=required, help="the edition's year, e.g. 2026")
            p.add_argument("--track", default=None, help="track slug (default: the edition's main track)")

        export = sub.add_parser("export", help="one row per invited organisation with its current state")
        campaign_args(export)
        export.add_argument("--out", required=True, help="file to write; .csv or .xlsx")

        remind = sub.add_parser(
            "remind",
            help="queue due reminders in the outbox now (all open campaigns by default); the scheduler "
            "does the same on every tick and the worker delivers them",
        )
        campaign_args(remind, required=False)
        remind.add_argument(
            "--day", type=int, default=None, help="queue this campaign's reminder for N days before the deadline now"
        )
        remind.add_argument(
            "--send",
            action="store_true",
            help="then deliver everything waiting in the outbox at once (like `stocktake outbox send`) "
            "instead of leaving it to the worker",
        )

        bounce = sub.add_parser("bounce", help="mark invitations to these addresses as bounced")
        bounce.add_argument("emails", nargs="*")
        bounce.add_argument("--reason", default="")
        bounce.add_argument("--mbox", help="read bounce reports (delivery status notifications) from this mailbox")

        imp = sub.add_parser("import", help="add invitations from a CSV or XLSX file")
        campaign_args(imp)
        imp.add_argument("file")
        imp.add_argument("--dry-run", action="store_true", help="check the file, import nothing")

    def _campaign(self, country, year, track) -> Campaign:
        queryset = Campaign.objects.select_related("country", "track__edition").filter(
            country__code__iexact=country, track__edition__year=year
        )
        queryset = queryset.filter(track__slug=track) if track else queryset.filter(track__kind="main")
        campaign = queryset.first()
        if campaign is None:
            raise CommandError(f"No campaign for {country.upper()} in {year}.")
        return campaign

    def handle(self, *args, action, **options):
        getattr(self, f"do_{action}")(**options)

    def do_export(self, country, year, track, out, **options):
        campaign = self._campaign(country, year, track)
        path = Path(out)
        fmt = "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
        path.write_bytes(exports.export(campaign, fmt))
        self.stdout.write(f"{campaign.invitations.count()} organisations written to {path}")

    def do_remind(self, country, year, track, day, send, **options):
        if country or year:
            if not (country and year):
                raise CommandError("Give both --country and --year, or neither.")
            campaign = self._campaign(country, year, track)
            results = [remind_campaign(SYSTEM, campaign, force_day=day)]
        else:
            if day is not None:
                raise CommandError("--day needs --country and --year.")
            results = send_due_reminders(SYSTEM)
        for r in results:
            if r["day"] is None:
                self.stdout.write(f"{r['campaign']}: no reminder due")
            else:
                self.stdout.write(f"{r['campaign']}: {r['reminders']} reminders, {r['summaries']} summaries queued")
        if send:
            sent = outbox.deliver_queued()
            self.stdout.write(f"sent {sent['sent']}, failed {sent['failed']}")

    def do_bounce(self, emails, reason, mbox, **options):
        found = [(email, reason) for email in emails]
        if mbox:
            if not Path(mbox).exists():
                raise CommandError(f"{mbox}: no such mailbox")
            found += [(b.email, b.reason) for b in bounces_in_mbox(mbox)]
        if not found:
            raise CommandError("Give e-mail addresses or --mbox.")
        total = 0
        for email, why in found:
            count = mark_bounced(SYSTEM, list(bounced_invitations_for(email)), reason=why)
            if not count:
                self.stderr.write(f"{email}: no open invitation with this address")
            total += count
        self.stdout.write(f"{total} invitations marked as bounced")
        if total == 0:
            raise SystemExit(1)

    def do_import(self, country, year, track, file, dry_run, **options):
        campaign = self._campaign(country, year, track)
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file")
        try:
            report = import_invitations(SYSTEM, campaign, path.read_bytes(), path.name, dry_run=dry_run)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None
        for message in report.file_errors:
            self.stderr.write(message)
        for row in report.error_rows:
            self.stderr.write(f"row {row.number}: " + " ".join(row.errors))
        if not report.ok:
            raise CommandError("Nothing was imported: correct the rows above and try again.")
        if dry_run:
            self.stdout.write(f"{len(report.rows)} rows are correct (dry run: nothing imported)")
        else:
            self.stdout.write(f"{report.imported} invitations imported")
