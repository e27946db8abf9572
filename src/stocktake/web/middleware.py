from django.conf import settings
from django.utils import translation


class AccountLanguageMiddleware:
    """Use a signed-in person's preferred language when their browser has not chosen one.

    The language switch stores the choice both in a cookie and on the account; on another device
    (no cookie yet) the account's choice applies and the cookie is set, so it sticks there too. Runs
    after LocaleMiddleware and AuthenticationMiddleware; an explicit cookie always wins."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.supported = dict(settings.LANGUAGES)

    def __call__(self, request):
        preferred = None
        user = getattr(request, "user", None)
        if (
            settings.LANGUAGE_COOKIE_NAME not in request.COOKIES
            and getattr(user, "is_authenticated", False)
            and user.language in self.supported
        ):
            preferred = user.language
            translation.activate(preferred)
            request.LANGUAGE_CODE = preferred
        response = self.get_response(request)
        if preferred and settings.LANGUAGE_COOKIE_NAME not in response.cookies:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                preferred,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response
