from django_tasks import task

from stocktake.contests.services import reminders


@task()
def send_deadline_reminders() -> int:
    """Queue reminders for drafts before the submission deadline (queued by common.scheduler)."""
    return reminders.send_deadline_reminders()
