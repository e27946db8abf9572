from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "stocktake.insights"
    label = "insights"
    verbose_name = _("Insights")

    def ready(self):
        from stocktake.insights import signals  # noqa: F401 - connects the receivers
