"""Expert review of prize submissions: the panel of an edition, its reviewers, conflicts of
interest, assignments, rubric scores and the secretariat's staged nomination decisions.

Judging runs in stages on the same records: the review of every submission (which leads to the
nomination decisions) and, on tracks with a pitch phase (the Digital Service Design Prize), the
judges' scoring of the finalists' pitches with a rubric of its own (which leads to the winner)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from stocktake.common.i18n import localized
from stocktake.common.models import BaseModel


class Stage(models.TextChoices):
    REVIEW = "review", _("Review and nomination")
    PITCH = "pitch", _("Pitch")


class Panel(models.Model):
    """How an edition's expert group works: load, and who may see whose scores when."""

    class Visibility(models.TextChoices):
        BLIND = "blind", _("Blind: each expert sees only their own scores")
        AFTER_OWN = "after-own", _("Experts see others' scores once they have scored the submission")
        OPEN = "open", _("Open: experts see all scores of their assigned submissions")

    edition = models.OneToOneField("contests.Edition", on_delete=models.CASCADE, related_name="panel")
    reviewers_per_submission = models.PositiveSmallIntegerField(_("reviewers per submission"), default=3)
    visibility = models.CharField(
        _("score visibility"), max_length=12, choices=Visibility.choices, default=Visibility.BLIND
    )
    score_max = models.PositiveSmallIntegerField(_("highest score"), default=10)

    class Meta:
        verbose_name = _("expert panel")
        verbose_name_plural = _("expert panels")

    def __str__(self):
        return str(self.edition)


class Reviewer(BaseModel):
    class State(models.TextChoices):
        INVITED = "invited", _("Invited")
        ACTIVE = "active", _("Active")
        DECLINED = "declined", _("Declined")

    edition = models.ForeignKey("contests.Edition", on_delete=models.CASCADE, related_name="reviewers")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviewer_roles")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.INVITED)
    preferred_categories = models.ManyToManyField(
        "contests.Category", blank=True, related_name="+", verbose_name=_("preferred categories")
    )
    max_assignments = models.PositiveSmallIntegerField(_("most submissions to review"), null=True, blank=True)
    # Used for the same-country conflict rule when the edition asks for it.
    country = models.ForeignKey(
        "taxonomy.Country", null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("country")
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["edition", "user__name"]
        verbose_name = _("expert reviewer")
        verbose_name_plural = _("expert reviewers")
        constraints = [models.UniqueConstraint(fields=["edition", "user"], name="uniq_reviewer_edition")]

    def __str__(self):
        return f"{self.user} ({self.edition.year})"


class Conflict(models.Model):
    """A conflict of interest: the reviewer never sees nor scores the submission."""

    class Source(models.TextChoices):
        DECLARED = "declared", _("Declared by the expert")
        SAME_ORGANISATION = "organisation", _("Same organisation")
        SAME_COUNTRY = "country", _("Same country")
        OWN_ENTRY = "own", _("The expert's own individual entry")

    reviewer = models.ForeignKey(Reviewer, on_delete=models.CASCADE, related_name="conflicts")
    submission = models.ForeignKey("contests.Submission", on_delete=models.CASCADE, related_name="conflicts")
    source = models.CharField(_("source"), max_length=12, choices=Source.choices)
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        constraints = [models.UniqueConstraint(fields=["reviewer", "submission"], name="uniq_conflict")]

    def __str__(self):
        return f"{self.reviewer} × {self.submission}"


class Assignment(BaseModel):
    reviewer = models.ForeignKey(Reviewer, on_delete=models.CASCADE, related_name="assignments")
    submission = models.ForeignKey("contests.Submission", on_delete=models.CASCADE, related_name="assignments")
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.REVIEW, db_index=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    comment = models.TextField(_("comment"), blank=True)
    submitted_at = models.DateTimeField(_("review submitted"), null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["submission", "reviewer"]
        verbose_name = _("review assignment")
        verbose_name_plural = _("review assignments")
        constraints = [
            models.UniqueConstraint(fields=["reviewer", "submission", "stage"], name="uniq_assignment_stage")
        ]

    def __str__(self):
        return f"{self.reviewer.user} → {self.submission}"


class Criterion(models.Model):
    """One line of a stage's rubric, weighted per edition."""

    edition = models.ForeignKey("contests.Edition", on_delete=models.CASCADE, related_name="criteria")
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.REVIEW)
    key = models.SlugField(_("key"), max_length=40)
    names = models.JSONField(_("names"), default=dict)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["edition", "stage", "order"]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        constraints = [models.UniqueConstraint(fields=["edition", "stage", "key"], name="uniq_criterion_stage_key")]

    @property
    def name(self) -> str:
        return localized(self.names) or self.key

    def __str__(self):
        return self.name


class Score(models.Model):
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    value = models.PositiveSmallIntegerField(_("score"))

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [models.UniqueConstraint(fields=["assignment", "criterion"], name="uniq_score")]

    def __str__(self):
        return f"{self.criterion_id}: {self.value}"


class Decision(models.Model):
    """The secretariat's staged decision on a submission; applied in bulk, all or nothing."""

    class Outcome(models.TextChoices):
        NOMINATE = "nominate", _("Nominate")
        NOT_NOMINATE = "not-nominate", _("Do not nominate")
        INELIGIBLE = "ineligible", _("Not eligible")

    submission = models.OneToOneField("contests.Submission", on_delete=models.CASCADE, related_name="decision")
    outcome = models.CharField(_("decision"), max_length=14, choices=Outcome.choices)
    reason = models.TextField(_("reason"), blank=True)
    staged_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    staged_at = models.DateTimeField(auto_now=True)
    applied_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("nomination decision")
        verbose_name_plural = _("nomination decisions")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(outcome="ineligible") | ~models.Q(reason=""), name="ineligible_has_reason"
            )
        ]

    def __str__(self):
        return f"{self.submission}: {self.get_outcome_display()}"
