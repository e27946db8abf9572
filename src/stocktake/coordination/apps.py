from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _book_reminders(sender, **kwargs):
    """After `migrate` (which `serve` and `demo` run first), make sure open campaigns get their
    reminders even if no campaign has been created since the worker's queue was emptied."""
    from django.db import DatabaseError
    from django.utils import timezone

    from stocktake.coordination.models import Campaign
    from stocktake.coordination.tasks import schedule_reminders

    try:
        if Campaign.objects.using(kwargs.get("using", "default")).filter(deadline__gt=timezone.now()).exists():
            schedule_reminders()
    except DatabaseError:
        pass  # a partial migration: the tables are not there yet


class CoordinationConfig(AppConfig):
    name = "stocktake.coordination"
    label = "coordination"
    verbose_name = _("National coordination")

    def ready(self):
        post_migrate.connect(_book_reminders, sender=self, dispatch_uid="coordination.book_reminders")
