"""Background work for national coordination, run by `stocktake db_worker`."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from stocktake.common.services import outbox

REMINDER_INTERVAL = timedelta(hours=1)


@task()
def send_campaign_reminders() -> dict:
    """Queue due reminders and deliver them; then book the next run (django-tasks has no cron,
    so the task keeps one future run of itself waiting)."""
    from stocktake.coordination.services.reminders import send_due_reminders

    results = send_due_reminders()
    delivered = outbox.deliver_queued()
    schedule_reminders()
    return {"campaigns": results, "delivered": delivered}


def schedule_reminders(delay: timedelta = REMINDER_INTERVAL):
    """Make sure one future run of the reminder task is waiting in the database queue."""
    if not settings.TASKS["default"]["BACKEND"].startswith("django_tasks_db."):
        return None  # other backends (immediate, dummy) would run it inline, recursively
    from django_tasks_db.models import DBTaskResult

    if DBTaskResult.objects.filter(task_path=send_campaign_reminders.module_path, status="READY").exists():
        return None
    return send_campaign_reminders.using(run_after=timezone.now() + delay).enqueue()
