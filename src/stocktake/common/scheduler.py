"""The periodic work of the platform, queued for the background worker on a fixed interval.

django-tasks (0.12) has no periodic jobs, so a small loop (`stocktake scheduler`, started by
`stocktake serve`) enqueues each job every `STOCKTAKE_SCHEDULER_INTERVAL` seconds. The loop only
queues: the `db_worker` runs the jobs. A job already waiting in the queue is not queued again, so
a stopped worker does not pile up copies. The jobs themselves are idempotent (every reminder has a
dedupe key in the outbox, delivery claims each message once), so a restart or a second tick never
sends twice.
"""

from __future__ import annotations

import logging
import threading

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

# Reminders first, then delivery, so that one tick's reminders usually leave on the same tick.
JOBS = [
    "stocktake.contests.tasks.send_deadline_reminders",
    "stocktake.coordination.tasks.send_campaign_reminders",
    "stocktake.common.tasks.deliver_outbox",
]


def _waiting(task) -> bool:
    """A run of this task is queued and due (a future booking does not count)."""
    if not settings.TASKS["default"]["BACKEND"].startswith("django_tasks_db."):
        return False
    from django_tasks_db.models import DBTaskResult

    # `ready()` is the worker's own notion of "waiting and due" (no run_after, or one passed).
    return DBTaskResult.objects.ready().filter(task_path=task.module_path).exists()


def tick() -> list[str]:
    """Queue every periodic job that is not already waiting; returns the paths queued."""
    queued = []
    for path in JOBS:
        task = import_string(path)
        if _waiting(task):
            continue
        task.enqueue()
        queued.append(path)
    return queued


def run(interval: int | None = None, stop: threading.Event | None = None, max_ticks: int | None = None) -> int:
    """Tick until `stop` is set (or `max_ticks` ticks have run); returns the number of ticks."""
    interval = interval or settings.SCHEDULER_INTERVAL
    stop = stop or threading.Event()
    ticks = 0
    while not stop.is_set():
        try:
            queued = tick()
            logger.info("Scheduler queued %s", ", ".join(queued) or "nothing")
        except Exception:  # a database hiccup must not end the loop; the next tick tries again
            logger.exception("Scheduler tick failed")
        ticks += 1
        if max_ticks is not None and ticks >= max_ticks:
            break
        stop.wait(interval)
    return ticks
