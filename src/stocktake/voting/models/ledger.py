"""The invalidation ledger: why a vote, or all of a voter's votes in a track, do not count.

Entries are appended, never edited. Undoing an invalidation is a new entry that points at the
one it reverses (at most one reversal per entry, enforced by the database).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReasonCode(models.TextChoices):
    NETWORK_BURST = "network_burst", _("Burst of votes from one network")
    EMAIL_DOMAIN = "email_domain", _("Many accounts from one e-mail domain")
    DISPOSABLE_EMAIL = "disposable_email", _("Disposable e-mail address")
    FAST_AFTER_CONFIRMATION = "fast_after_confirmation", _("Voted within seconds of confirming the e-mail")
    SCRIPTED_TIMING = "scripted_timing", _("Identical, machine-like click timing")
    FILLER_VOTES = "filler_votes", _("Filler votes (always the first card)")
    DUPLICATE_PERSON = "duplicate_person", _("Several accounts of one person")
    VOTE_BUYING = "vote_buying", _("Votes obtained with rewards")
    OTHER = "other", _("Other reason")


class InvalidationEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("The invalidation ledger is append-only.")

    def delete(self):
        raise TypeError("The invalidation ledger is append-only.")

    def active(self):
        """Invalidations that no later entry has reversed."""
        return self.filter(reverses__isnull=True, reversal__isnull=True)


class InvalidationEntry(models.Model):
    """Invalidates one vote, or every vote of one voter in a track; or reverses such an entry."""

    track = models.ForeignKey("contests.Track", on_delete=models.PROTECT, related_name="+")
    vote = models.ForeignKey("voting.Vote", null=True, blank=True, on_delete=models.PROTECT, related_name="ledger")
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Kept so the ledger still identifies the voter if the account is later removed.
    voter_email_hash = models.CharField(max_length=64, blank=True)
    reason_code = models.CharField(_("reason"), max_length=30, choices=ReasonCode.choices)
    reason = models.TextField(_("written reason"))
    reverses = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="reversal", verbose_name=_("reverses")
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True, db_index=True)

    objects = InvalidationEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("invalidation ledger entry")
        verbose_name_plural = _("invalidation ledger")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(vote__isnull=False, voter__isnull=True)
                | models.Q(vote__isnull=True, voter__isnull=False),
                name="ledger_vote_xor_voter",
            ),
        ]
        indexes = [models.Index(fields=["track", "voter"], name="ledger_track_voter")]

    def __str__(self):
        target = f"vote {self.vote_id}" if self.vote_id else f"voter {self.voter_email_hash[:12]}"
        verb = "reinstates" if self.reverses_id else "invalidates"
        return f"{verb} {target}: {self.reason_code}"

    @property
    def is_reversal(self) -> bool:
        return self.reverses_id is not None

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise TypeError("The invalidation ledger is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("The invalidation ledger is append-only.")
