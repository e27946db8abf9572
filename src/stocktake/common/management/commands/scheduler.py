"""`stocktake scheduler`: queue the periodic jobs for the worker every few minutes (see
stocktake.common.scheduler). `stocktake serve` starts it; production runs it beside db_worker."""

import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand

from stocktake.common import scheduler


class Command(BaseCommand):
    help = "Queue periodic work (outbox delivery, deadline and campaign reminders) for the background worker."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=int,
            default=None,
            help="seconds between ticks (default: STOCKTAKE_SCHEDULER_INTERVAL, 300)",
        )
        parser.add_argument("--once", action="store_true", help="queue the jobs once and exit")

    def handle(self, *args, interval, once, **options):
        interval = interval or settings.SCHEDULER_INTERVAL
        if interval < 1:
            self.stderr.write("The interval must be at least one second.")
            raise SystemExit(2)
        if once:
            queued = scheduler.tick()
            self.stdout.write(f"{len(queued)} jobs queued")
            return
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        self.stdout.write(f"Scheduler queues periodic jobs every {interval} s")
        scheduler.run(interval, stop)
