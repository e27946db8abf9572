"""Background work for national coordination, run by `stocktake db_worker`."""

from django_tasks import task


@task()
def send_campaign_reminders() -> list[dict]:
    """Queue every open campaign's due reminders in the outbox (queued by common.scheduler on each
    tick; the scheduler's `deliver_outbox` job sends them). Dedupe keys make repeated runs harmless."""
    from stocktake.coordination.services.reminders import send_due_reminders

    return send_due_reminders()
