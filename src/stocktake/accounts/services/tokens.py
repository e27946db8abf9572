"""API tokens. A token acts for its user with that user's permissions, so only people with a
confirmed e-mail get one. The key is shown once, when issued."""

from django.db import transaction
from rest_framework.authtoken.models import Token

from stocktake.common.permissions import require
from stocktake.common.services import audit


@transaction.atomic
def issue_token(actor) -> str:
    require(actor, "accounts.use_api_token")
    Token.objects.filter(user=actor).delete()
    token = Token.objects.create(user=actor)
    audit.record(actor, "accounts.token.issue", actor)
    return token.key


def has_token(user) -> bool:
    return Token.objects.filter(user=user).exists()
