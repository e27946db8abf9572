import contextlib

from django.core.exceptions import ValidationError
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from stocktake.web.services import remember_language


@require_POST
def set_language(request):
    """Django's language switch (cookie, redirect back), plus the account's preferred language."""
    response = django_set_language(request)
    language = request.POST.get("language", "")
    if request.user.is_authenticated:
        # Django's view has already ignored an unknown language; there is nothing to remember then.
        with contextlib.suppress(ValidationError):
            remember_language(request.user, language)
    return response
