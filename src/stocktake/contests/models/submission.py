from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from stocktake.common.models import BaseModel


def submission_image_path(instance, filename):
    return f"submissions/{instance.public_id}.jpg"


class Submission(BaseModel):
    """An organisation's application to one category of a track."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        RETURNED = "returned", _("Returned for completion")
        INELIGIBLE = "ineligible", _("Not eligible")
        NOT_NOMINATED = "not_nominated", _("Not nominated")
        NOMINATED = "nominated", _("Nominated")
        FINALIST = "finalist", _("Finalist")
        CHAMPION = "champion", _("Champion")
        WINNER = "winner", _("Winner")

    track = models.ForeignKey("contests.Track", on_delete=models.PROTECT, related_name="submissions")
    category = models.ForeignKey("contests.Category", on_delete=models.PROTECT, related_name="submissions")
    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.PROTECT, related_name="submissions")
    entry = models.ForeignKey(
        "repository.Entry", null=True, blank=True, on_delete=models.PROTECT, related_name="submissions"
    )
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    state = models.CharField(_("state"), max_length=15, choices=State.choices, default=State.DRAFT, db_index=True)
    title = models.CharField(_("project title"), max_length=250)
    short_description = models.TextField(_("short description"), blank=True)
    # The questionnaire's other answers; their fields depend on the track's form.
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True)
    # Photo Contest and Youth Prize entries carry an image (a photo or a poster).
    image = models.ImageField(_("image"), upload_to=submission_image_path, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        indexes = [models.Index(fields=["track", "category", "state"])]
        constraints = [
            # One project per category per entity per edition (a withdrawn one frees the place).
            models.UniqueConstraint(
                fields=["track", "category", "organisation"],
                condition=~models.Q(state="withdrawn"),
                name="uniq_submission_per_org_category",
                violation_error_message=_("Your organisation already has a submission in this category."),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def is_editable(self) -> bool:
        return self.state in {self.State.DRAFT, self.State.RETURNED}

    @property
    def is_active(self) -> bool:
        return self.state != self.State.WITHDRAWN
