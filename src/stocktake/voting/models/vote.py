"""Voters and their votes.

A vote row is final: it is written once, by `services.votes.cast_vote`, and never changed or
deleted. Whether it counts is decided later from the edition's validity rule and the invalidation
ledger, so the raw record of what happened always stays intact.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Voter(models.Model):
    """What the vote ledger keeps about a person: a keyed hash of the e-mail address (so entries
    can be linked without storing the address again), its domain (for the domain signals) and
    when the address was confirmed (for the confirmation-delay signal)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="voter")
    email_hash = models.CharField(_("e-mail hash"), max_length=64, db_index=True)
    email_domain = models.CharField(_("e-mail domain"), max_length=253, db_index=True)
    # Unknown (null) for accounts confirmed before the voting app recorded it.
    confirmed_at = models.DateTimeField(_("e-mail confirmed"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("voter")
        verbose_name_plural = _("voters")

    def __str__(self):
        return f"voter {self.email_hash[:12]}"


class VoteQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("Votes are final: they are never changed. Invalidate them through the ledger.")

    def delete(self):
        raise TypeError("Votes are final: they are never deleted. Invalidate them through the ledger.")


class Vote(models.Model):
    """One vote of one voter in one category, with the facts needed to judge it later."""

    class Channel(models.TextChoices):
        WEB = "web", _("Web page")
        API = "api", _("API")
        OTHER = "other", _("Other")

    voter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="votes")
    category = models.ForeignKey("contests.Category", on_delete=models.PROTECT, related_name="votes")
    submission = models.ForeignKey("contests.Submission", on_delete=models.PROTECT, related_name="votes")
    created_at = models.DateTimeField(_("cast at"))
    channel = models.CharField(_("channel"), max_length=5, choices=Channel.choices, default=Channel.WEB)

    # Evidence. IP addresses are never stored, only keyed hashes of the address and its network
    # (/24 for IPv4, /48 for IPv6), which is enough to see bursts from one network.
    ip_hash = models.CharField(_("IP hash"), max_length=32, blank=True)
    network_hash = models.CharField(_("network hash"), max_length=32, blank=True)
    user_agent_family = models.CharField(_("browser family"), max_length=30, blank=True)
    account_age_s = models.PositiveIntegerField(_("account age (s)"), null=True, blank=True)
    since_confirmation_s = models.PositiveIntegerField(_("seconds since e-mail confirmation"), null=True, blank=True)
    # 0-based place of the chosen card in the order this voter was shown.
    position = models.PositiveSmallIntegerField(_("position of the chosen card"), null=True, blank=True)
    # Time from showing the ballot to casting; null when the client did not present a ballot ticket.
    shown_ms = models.PositiveIntegerField(_("time on ballot (ms)"), null=True, blank=True)

    objects = VoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            # The one-vote-per-category rule lives in the database, so it holds across processes.
            models.UniqueConstraint(fields=["voter", "category"], name="uniq_vote_voter_category"),
        ]
        # Few indexes on purpose: every one is updated by each of a million-plus inserts. Counting
        # reads every vote of a track anyway; bursts are looked up by network and time.
        indexes = [models.Index(fields=["network_hash", "created_at"], name="vote_network_time")]

    def __str__(self):
        return f"vote {self.pk} in category {self.category_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise TypeError("Votes are final: they are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("Votes are final: they are never deleted.")
