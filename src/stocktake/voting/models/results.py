"""Published results: one row per nominated submission, written when the secretariat publishes
the count of a closed vote. `queries.results.tally` recounts from votes and the ledger at any
time; `queries.results.verify` checks that the published rows still match that recount."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ResultRow(models.Model):
    track = models.ForeignKey("contests.Track", on_delete=models.PROTECT, related_name="+")
    category = models.ForeignKey("contests.Category", on_delete=models.PROTECT, related_name="+")
    submission = models.OneToOneField("contests.Submission", on_delete=models.PROTECT, related_name="voting_result")
    rank = models.PositiveSmallIntegerField(_("rank"))
    valid_votes = models.PositiveIntegerField(_("valid votes"))
    invalidated_votes = models.PositiveIntegerField(_("invalidated votes"))
    # {reason code: number of this submission's votes that did not count for that reason}
    invalid_reasons = models.JSONField(_("reasons"), default=dict)
    is_finalist = models.BooleanField(_("finalist"), default=False)
    published_at = models.DateTimeField(_("published"))

    class Meta:
        ordering = ["category", "rank"]
        verbose_name = _("result")
        verbose_name_plural = _("results")

    def __str__(self):
        return f"{self.submission_id}: {self.valid_votes}"
