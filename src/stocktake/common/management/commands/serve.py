"""`stocktake serve`: the web app under gunicorn plus the background task worker and the scheduler
that queues its periodic jobs, in one command.

Production runs the same processes under its own supervisor (see README)."""

import os
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve Stocktake on localhost with a background worker (migrates and collects static first)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
        parser.add_argument(
            "--no-worker", action="store_true", help="do not start the background task worker nor the scheduler"
        )

    def handle(self, *args, host, port, workers, no_worker, **options):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        env = os.environ.copy()
        env.setdefault("DJANGO_SETTINGS_MODULE", "stocktake.settings")
        env["STOCKTAKE_DATA_DIR"] = str(settings.DATA_DIR)
        procs = []
        if not no_worker:
            procs.append(subprocess.Popen([sys.executable, "-m", "stocktake.cli", "db_worker"], env=env))
            if settings.SCHEDULER_ENABLED:
                procs.append(subprocess.Popen([sys.executable, "-m", "stocktake.cli", "scheduler"], env=env))
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "stocktake.wsgi:application",
                    "--bind",
                    f"{host}:{port}",
                    "--workers",
                    str(workers),
                    "--threads",
                    "4",
                    "--access-logfile",
                    "-",
                    "--timeout",
                    "120",
                ],
                env=env,
            )
        )
        self.stdout.write(self.style.SUCCESS(f"Stocktake is running on http://{host}:{port}/ (Ctrl+C stops it)"))
        if settings.EMAIL_BACKEND.endswith("filebased.EmailBackend"):
            self.stdout.write(
                f"E-mail is not sent: messages are written to {settings.EMAIL_FILE_PATH} "
                f"and listed at http://{host}:{port}/dev/mailbox/"
            )
        try:
            procs[-1].wait()
        except KeyboardInterrupt:
            pass
        finally:
            for p in procs:
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
            for p in procs:
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
