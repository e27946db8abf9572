from django.core.management.base import BaseCommand

from stocktake.common.services import outbox


class Command(BaseCommand):
    help = "Deliver queued outbox e-mail now (`stocktake outbox send`)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["send"])
        parser.add_argument("--limit", type=int, default=500)

    def handle(self, *args, action, limit, **options):
        result = outbox.deliver_queued(limit=limit)
        self.stdout.write(f"sent {result['sent']}, failed {result['failed']}")
        if result["failed"]:
            raise SystemExit(1)
