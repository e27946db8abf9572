"""A national focal point's campaign around one call (an edition's track), and the organisations
invited to it. Progress (account, draft, submission, nomination…) is not stored here: it is read
from accounts and contests data, so it can never disagree with them."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from stocktake.common.models import BaseModel

DEFAULT_REMINDER_DAYS = [14, 7, 2]


def default_reminder_days() -> list[int]:
    return list(DEFAULT_REMINDER_DAYS)


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Campaign(BaseModel):
    country = models.ForeignKey(
        "taxonomy.Country", on_delete=models.PROTECT, related_name="+", verbose_name=_("country")
    )
    track = models.ForeignKey(
        "contests.Track", on_delete=models.PROTECT, related_name="campaigns", verbose_name=_("call")
    )
    title = models.CharField(_("title"), max_length=200)
    # Written by the focal point in its own language; invitations and reminders quote it as is.
    message = models.TextField(_("message to the invited organisations"))
    language = models.CharField(_("language of the campaign"), max_length=10, choices=settings.LANGUAGES)
    deadline = models.DateTimeField(_("national deadline"))
    reminder_days = models.JSONField(
        _("reminder days"),
        default=default_reminder_days,
        help_text=_("Days before the deadline on which organisations that have not submitted are reminded."),
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_reminder_at = models.DateTimeField(_("last reminders queued"), null=True, blank=True)

    class Meta:
        ordering = ["-deadline", "country"]
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        constraints = [models.UniqueConstraint(fields=["country", "track"], name="uniq_campaign_country_track")]

    def __str__(self):
        return self.title


class Invitation(BaseModel):
    """One organisation's place in a campaign, with the invitation sent to its contact."""

    class State(models.TextChoices):
        INVITED = "invited", _("Invited, not yet sent")
        SENT = "sent", _("Invitation sent")
        BOUNCED = "bounced", _("E-mail bounced")
        OPENED = "opened", _("Link opened")
        ACCEPTED = "accepted", _("Accepted")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="invitations")
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.PROTECT, related_name="campaign_invitations"
    )
    email = models.EmailField(_("contact e-mail"))
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.INVITED, db_index=True)
    send_count = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    opened_at = models.DateTimeField(_("opened"), null=True, blank=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bounced_at = models.DateTimeField(_("bounced"), null=True, blank=True)
    bounce_reason = models.CharField(_("bounce reason"), max_length=500, blank=True)
    # Set by the organisation: lets the focal point read its drafts (title, category, summary).
    shares_drafts = models.BooleanField(_("drafts shared with the focal point"), default=False)

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "organisation"], name="uniq_invitation_campaign_org")
        ]

    def __str__(self):
        return f"{self.organisation} ({self.campaign})"
