"""Writes made by the shared pages."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from stocktake.common.permissions import require
from stocktake.common.services import audit


def remember_language(actor, language: str) -> bool:
    """Keep the interface language a person picked on their account, so e-mail and the next sign-in
    on another device use it too. Returns whether anything changed."""
    require(actor, "web.set_own_language", actor)
    if language not in dict(settings.LANGUAGES):
        raise ValidationError({"language": _("Choose one of the offered languages.")})
    with transaction.atomic():
        user = get_user_model().objects.select_for_update().get(pk=actor.pk)
        if user.language == language:
            return False
        before = user.language
        user.language = language
        user.save(update_fields=["language"])
        audit.record(
            actor, "accounts.user.set_language", user, before={"language": before}, after={"language": language}
        )
    actor.language = language
    return True
