from django.core.management.base import BaseCommand

from stocktake.contests.services import reminders


class Command(BaseCommand):
    help = "Prize housekeeping: `stocktake prizes remind` queues deadline reminders for unsubmitted drafts."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["remind"])

    def handle(self, *args, action, **options):
        count = reminders.send_deadline_reminders()
        self.stdout.write(f"{count} reminders queued")
