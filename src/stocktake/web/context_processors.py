from django.conf import settings
from django.utils.translation import get_language_bidi

from stocktake.accounts.queries import roles_of


def site(request):
    user = getattr(request, "user", None)
    roles = roles_of(user) if user is not None else set()
    return {
        "site_name": "Stocktake",
        "is_rtl": get_language_bidi(),
        "user_roles": roles,
        # The demo timeline rebuilds prize data: its link is for the secretariat, in demo mode only.
        "show_demo_timeline": settings.DEMO_TIMELINE
        and ("secretariat" in roles or getattr(user, "is_superuser", False)),
        "show_demo_mailbox": settings.DEMO_MAILBOX and settings.EMAIL_BACKEND.endswith("filebased.EmailBackend"),
    }
