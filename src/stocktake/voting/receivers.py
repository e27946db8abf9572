"""Keeps the voter record's confirmation time, which the confirmation-delay signal needs
(django-allauth does not store when an address was confirmed)."""

from allauth.account import signals as account_signals
from django.dispatch import receiver
from django.utils import timezone

from stocktake.common.context import keyed_hash
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
