"""Keeps the voter record's confirmation time, which the confirmation-delay signal needs
(django-allauth does not store when an address was confirmed), and drops the ballot cache when a
phase or a submission is saved in this process."""

from allauth.account import signals as account_signals
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from stocktake.common.context import keyed_hash
from stocktake.contests.models import Phase, Submission
from stocktake.voting import queries
from stocktake.voting.models import Voter


@receiver(account_signals.email_confirmed)
def _record_confirmation(request, email_address, **kwargs):
    user = email_address.user
    email = email_address.email.lower()
    Voter.objects.update_or_create(
        user=user,
        defaults={
            "email_hash": keyed_hash(email, "voter-email"),
            "email_domain": email.rsplit("@", 1)[-1],
            "confirmed_at": timezone.now(),
        },
    )
    if hasattr(user, "_stocktake_voter"):
        del user._stocktake_voter


@receiver(post_save, sender=Submission)
@receiver(post_delete, sender=Submission)
@receiver(post_save, sender=Phase)
@receiver(post_delete, sender=Phase)
def _forget_ballots(**kwargs):
    # Other processes catch up within VOTING_BALLOT_CACHE_SECONDS; this one at once.
    queries.forget_ballots()
