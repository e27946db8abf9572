from django_tasks import task

from stocktake.common.services import outbox


@task()
def deliver_outbox() -> dict:
    return outbox.deliver_queued()
