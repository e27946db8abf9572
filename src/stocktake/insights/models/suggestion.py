"""What the suggestion model thought of each published entry, kept so the secretariat can list the
entries whose chosen tags disagree with it without running the model over the whole repository on
every page view. Recomputed by `stocktake insights rebuild` and whenever an entry is (re)published.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EntrySuggestion(models.Model):
    entry = models.OneToOneField(
        "repository.Entry", on_delete=models.CASCADE, related_name="insight", verbose_name=_("entry")
    )
    model_name = models.CharField(_("model"), max_length=60)
    suggested_line = models.CharField(_("suggested action line"), max_length=8)
    suggested_score = models.FloatField(_("score of the suggestion"))
    # The owner's action lines, and the best score the model gave any of them.
    chosen_lines = models.JSONField(_("chosen action lines"), default=list)
    chosen_score = models.FloatField(_("score of the chosen action lines"))
    # Rank (1 = the model's first choice) of the best-ranked chosen action line.
    chosen_rank = models.PositiveSmallIntegerField(_("rank of the chosen action lines"))
    disagreement = models.FloatField(_("disagreement"), db_index=True)
    computed_at = models.DateTimeField(_("computed"), auto_now=True)

    class Meta:
        verbose_name = _("entry suggestion")
        verbose_name_plural = _("entry suggestions")
        indexes = [models.Index(fields=["-disagreement"], name="insights_disagreement_idx")]

    def __str__(self):
        return f"{self.entry_id}: {self.suggested_line} ({self.suggested_score:.2f})"
