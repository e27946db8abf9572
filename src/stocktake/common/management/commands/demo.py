import os

from django.core.management import call_command
from django.core.management.base import BaseCommand

from stocktake.demo.runner import DEMO_PASSWORD, DemoContext, run
from stocktake.demo.timeline import DEFAULT_STAGE, LIVE_YEAR, STAGES


class Command(BaseCommand):
    help = "Create the demo data set (idempotent); with --serve, then serve the site."

    def add_arguments(self, parser):
        parser.add_argument("--entries", type=int, default=2400, help="number of demo entries (default 2400)")
        parser.add_argument(
            "--stage",
            choices=STAGES,
            default=None,
            help=f"where the live {LIVE_YEAR} edition stands, its dates placed around now: {DEFAULT_STAGE} for a new "
            "demo, else the stage it was left at; a demo at another stage is rebuilt at this one",
        )
        parser.add_argument("--serve", action="store_true", help="serve the site afterwards")
        parser.add_argument("--port", type=int, default=None)
        parser.add_argument("--host", default=None)

    def handle(self, *args, entries, stage, serve, port, host, **options):
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Loading demo data…")
        run(DemoContext(entries=entries, stage=stage, log=lambda msg: self.stdout.write(f"  {msg}")))
        self.stdout.write(self.style.SUCCESS(f"Demo data ready. Every demo user's password is {DEMO_PASSWORD!r}."))
        if serve:
            kwargs = {k: v for k, v in {"port": port, "host": host}.items() if v is not None}
            # A demo visitor waits for mail in the demo mailbox: tick every 20 s, not every 5 minutes.
            os.environ.setdefault("STOCKTAKE_SCHEDULER_INTERVAL", "20")
            call_command("serve", **kwargs)
