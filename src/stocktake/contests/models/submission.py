from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from stocktake.common.models import BaseModel


def submission_image_path(instance, filename):
    return f"submissions/{instance.public_id}.jpg"


class Submission(BaseModel):
    """An application to one category of a track, by an organisation or (on tracks whose settings
    allow individual entrants: the Photo Contest, the Youth Prize) by one person on their own."""

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
    organisation = models.ForeignKey(
        "accounts.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="submissions"
    )
    # Set instead of `organisation` when a person enters on their own behalf.
    entrant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="prize_entries",
        verbose_name=_("individual entrant"),
    )
    # An individual's country of residence (an organisation's country is on the organisation).
    entrant_country = models.ForeignKey(
        "taxonomy.Country",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("entrant's country"),
    )
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
            # One entry per person per category (the organisation's rule, for individuals).
            models.UniqueConstraint(
                fields=["track", "category", "entrant"],
                condition=~models.Q(state="withdrawn") & models.Q(entrant__isnull=False),
                name="uniq_submission_per_entrant_category",
                violation_error_message=_("You already have a submission in this category."),
            ),
            # Exactly one of the two kinds of entrant.
            models.CheckConstraint(
                condition=models.Q(organisation__isnull=False, entrant__isnull=True)
                | models.Q(organisation__isnull=True, entrant__isnull=False),
                name="submission_has_one_entrant",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def is_individual(self) -> bool:
        return self.organisation_id is None

    @property
    def entrant_name(self) -> str:
        """Who entered, as shown on public and review pages."""
        if self.organisation_id:
            return self.organisation.name
        if self.entrant_id:
            return self.entrant.name or str(_("Individual entrant"))
        return ""

    @property
    def country(self):
        """The entrant's country: the organisation's, or the individual's country of residence."""
        if self.organisation_id:
            return self.organisation.country
        return self.entrant_country

    @property
    def is_editable(self) -> bool:
        return self.state in {self.State.DRAFT, self.State.RETURNED}

    @property
    def is_active(self) -> bool:
        return self.state != self.State.WITHDRAWN
