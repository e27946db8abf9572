"""Account events that happen inside django-allauth's views are audited here, since no service
function of ours performs them."""

from allauth.account import signals as account_signals
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.contrib.auth import signals as auth_signals
from django.db.models.signals import post_save
from django.dispatch import receiver

from stocktake.common.services import audit


@receiver(account_signals.user_signed_up)
def _signed_up(request, user, **kwargs):
    audit.record(user, "accounts.user.sign_up", user, after={"email": user.email})


@receiver(account_signals.email_confirmed)
def _email_confirmed(request, email_address, **kwargs):
    user = email_address.user
    for attr in ("_stocktake_confirmed",):
        if hasattr(user, attr):
            delattr(user, attr)
    audit.record(user, "accounts.email.confirm", user, after={"email": email_address.email})


@receiver(account_signals.password_reset)
def _password_reset(request, user, **kwargs):
    audit.record(user, "accounts.password.reset", user)


@receiver(account_signals.password_changed)
def _password_changed(request, user, **kwargs):
    audit.record(user, "accounts.password.change", user)


@receiver(auth_signals.user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    audit.record(user, "accounts.user.login", user)


@receiver(post_save, sender=LogEntry)
def _admin_change(sender, instance, created, **kwargs):
    """Writes made in the admin site land in our audit log too (Django records them as LogEntry)."""
    if not created:
        return
    verb = {ADDITION: "add", CHANGE: "change", DELETION: "delete"}.get(instance.action_flag)
    model = instance.content_type.model if instance.content_type_id else "object"
    audit.record(
        instance.user,
        f"admin.{model}.{verb}",
        None,
        after={
            "object": instance.object_repr,
            "object_id": instance.object_id,
            "change": instance.get_change_message(),
        },
    )
