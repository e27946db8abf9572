from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContestsConfig(AppConfig):
    name = "stocktake.contests"
    label = "contests"
    verbose_name = _("Contests")

    def ready(self):
        from stocktake.contests.dashboard import register_panels

        register_panels()
