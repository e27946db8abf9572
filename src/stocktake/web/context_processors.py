from django.conf import settings
from django.utils.translation import get_language_bidi

from stocktake.accounts.queries import roles_of


def site(request):
    user = getattr(request, "user", None)
    return {
        "site_name": "Stocktake",
        "is_rtl": get_language_bidi(),
        "user_roles": roles_of(user) if user is not None else set(),
        "show_demo_mailbox": settings.DEMO_MAILBOX and settings.EMAIL_BACKEND.endswith("filebased.EmailBackend"),
    }
