"""A short way through the middleware for the one request the public vote is made of.

A token-authenticated `POST /api/v1/voting/votes/` needs nothing from sessions, CSRF (a token
request carries no cookie to forge), messages, allauth or the account-language cookie, and it
resolves to a known view. Profiling showed that walking those layers and the URL resolver cost
about a quarter of the CPU of a vote. This middleware sits right after SecurityMiddleware and
WhiteNoise (so HTTPS redirects and security headers still apply), checks the host like
CommonMiddleware does, chooses the language like LocaleMiddleware does, binds the request context
like RequestContextMiddleware does, and calls the vote view directly. Everything the view checks
(token, confirmed address, rate limits, phase, nominee, the database's unique constraint) is the
same on both ways. Session-authenticated votes, and every other request, take the full stack.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.utils import translation

from stocktake.common import context
from stocktake.common.middleware import client_ip
from stocktake.voting import api

logger = logging.getLogger(__name__)

VOTE_PATH = "/api/v1/voting/votes/"


class VoteFastPathMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.frame_options = getattr(settings, "X_FRAME_OPTIONS", "DENY").upper()

    def __call__(self, request):
        if (
            request.path_info != VOTE_PATH
            or request.method != "POST"
            or not request.META.get("HTTP_AUTHORIZATION", "").startswith("Token ")
        ):
            return self.get_response(request)
        request.get_host()  # ALLOWED_HOSTS, as CommonMiddleware checks it; raises DisallowedHost (400)
        language = translation.get_language_from_request(request)
        token = context.bind(
            context.RequestContext(
                ip=client_ip(request), user_agent=request.META.get("HTTP_USER_AGENT", "")[:300], channel="api"
            )
        )
        try:
            with translation.override(language):
                request.LANGUAGE_CODE = language
                response = _cast_vote(request)
        finally:
            context.reset(token)
        # What LocaleMiddleware, CommonMiddleware and XFrameOptionsMiddleware add on the long way.
        response.headers["Content-Language"] = language
        response.headers["Vary"] = "Accept-Language"
        response.headers["Content-Length"] = str(len(response.content))
        response.headers.setdefault("X-Frame-Options", self.frame_options)
        return response


def _cast_vote(request):
    try:
        return api.cast_vote_view(request)
    except Exception:
        # What ProblemDetailsMiddleware does for an error that escapes an API view.
        logger.exception("Unhandled API error")
        return api.server_error()
