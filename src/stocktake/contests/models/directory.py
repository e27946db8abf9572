"""The Women in Technology repository: a public directory of people (not projects), published only
with the person's consent and after moderation, with the Gender Trendsetters' pledges."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from stocktake.common.models import BaseModel


class ModerationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Awaiting moderation")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class TechWomanProfile(BaseModel):
    State = ModerationState

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="tech_profiles"
    )
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("title or position"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=250)
    country = models.ForeignKey(
        "taxonomy.Country", null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("country")
    )
    expertise = models.JSONField(_("areas of expertise"), default=list, blank=True)
    bio = models.TextField(_("biography"))
    links = models.JSONField(_("links"), default=list, blank=True)
    consent_to_publish = models.BooleanField(_("consent to publish"), default=False)
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=ModerationState.choices, default=ModerationState.DRAFT, db_index=True
    )
    moderator_comment = models.TextField(_("moderator's comment"), blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    external_key = models.CharField(max_length=120, blank=True, db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Women in Technology profile")
        verbose_name_plural = _("Women in Technology profiles")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(state="published") | models.Q(consent_to_publish=True),
                name="published_profile_has_consent",
            )
        ]

    def __str__(self):
        return self.name


class Pledge(BaseModel):
    """A Gender Trendsetter's public pledge, moderated before it is shown."""

    State = ModerationState

    profile = models.ForeignKey(TechWomanProfile, on_delete=models.CASCADE, related_name="pledges")
    text = models.TextField(_("pledge"))
    year = models.PositiveSmallIntegerField(_("year"))
    state = models.CharField(
        _("state"), max_length=10, choices=ModerationState.choices, default=ModerationState.SUBMITTED, db_index=True
    )

    class Meta:
        ordering = ["-year", "-created_at"]
        verbose_name = _("Gender Trendsetter pledge")
        verbose_name_plural = _("Gender Trendsetter pledges")

    def __str__(self):
        return f"{self.profile} ({self.year})"
