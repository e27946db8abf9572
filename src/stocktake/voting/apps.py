from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VotingConfig(AppConfig):
    name = "stocktake.voting"
    label = "voting"
    verbose_name = _("Voting")

    def ready(self):
        from stocktake.voting import receivers  # noqa: F401
