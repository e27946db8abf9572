from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from stocktake.common.models.base import BaseModel


class OutboxMessage(BaseModel):
    """An e-mail the platform means to send. Mail is never sent inline with a request: it is queued
    here, optionally held for the secretariat's review, and delivered by the background worker."""

    class State(models.TextChoices):
        HELD = "held", _("Held for review")
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    kind = models.CharField(_("kind"), max_length=60, db_index=True)
    to_email = models.EmailField(_("to"))
    subject = models.CharField(_("subject"), max_length=300)
    body_text = models.TextField(_("text"))
    body_html = models.TextField(_("HTML"), blank=True)
    language = models.CharField(_("language"), max_length=10, default="en")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED, db_index=True)
    # What the message is about, e.g. ("contests.submission", "<public id>"), for listing and de-duplication.
    object_type = models.CharField(max_length=100, blank=True)
    object_id = models.CharField(max_length=64, blank=True, db_index=True)
    dedupe_key = models.CharField(
        max_length=200, blank=True, help_text=_("Messages with the same key are queued only once.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outbox")
        constraints = [
            models.UniqueConstraint(
                fields=["dedupe_key"], condition=~models.Q(dedupe_key=""), name="uniq_outbox_dedupe"
            )
        ]

    def __str__(self):
        return f"{self.to_email}: {self.subject}"
