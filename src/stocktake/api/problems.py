"""Errors from the API are RFC 9457 problem details (application/problem+json), never HTML."""

import logging

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

logger = logging.getLogger(__name__)

PROBLEM_CONTENT_TYPE = "application/problem+json"

_TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    409: "Conflict",
    413: "Payload too large",
    415: "Unsupported media type",
    429: "Too many requests",
    500: "Internal server error",
}


def problem(status_code: int, detail: str, *, errors: dict | None = None, type_: str = "about:blank", **extra):
    body = {"type": type_, "title": _TITLES.get(status_code, "Error"), "status": status_code, "detail": detail}
    if errors:
        body["errors"] = errors
    body.update(extra)
    return body


def _validation_errors(exc: DjangoValidationError) -> dict:
    if hasattr(exc, "error_dict"):
        return {field: [str(m) for e in errs for m in e.messages] for field, errs in exc.error_dict.items()}
    return {"non_field_errors": [str(m) for m in exc.messages]}


def exception_handler(exc, context):
    # Services raise Django's exceptions; translate them to DRF's so one path renders them.
    if isinstance(exc, DjangoValidationError):
        errors = _validation_errors(exc)
        body = problem(400, _("The request has invalid fields."), errors=errors)
        return Response(body, status=400, content_type=PROBLEM_CONTENT_TYPE)
    if isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()

    response = drf_exception_handler(exc, context)
    if response is None:
        logger.exception("Unhandled API error", exc_info=exc)
        return Response(
            problem(500, _("Something went wrong on our side. The error has been logged.")),
            status=500,
            content_type=PROBLEM_CONTENT_TYPE,
        )
    data = response.data
    if isinstance(exc, exceptions.ValidationError):
        errors = data if isinstance(data, dict) else {"non_field_errors": data}
        body = problem(response.status_code, _("The request has invalid fields."), errors=errors)
    else:
        detail = data.get("detail") if isinstance(data, dict) else data
        body = problem(response.status_code, str(detail))
    response.data = body
    response.content_type = PROBLEM_CONTENT_TYPE
    return response


class ProblemDetailsMiddleware:
    """Catches what escapes DRF under /api/ (unknown URLs, errors outside a view) as problem+json."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.path.startswith("/api/")
            and response.status_code >= 400
            and not response.get("Content-Type", "").startswith(("application/problem+json", "application/json"))
            and not request.path.startswith("/api/docs")
        ):
            code = response.status_code
            detail = _("No such resource.") if code == 404 else _TITLES.get(code, _("Error"))
            return JsonResponse(problem(code, str(detail)), status=code, content_type=PROBLEM_CONTENT_TYPE)
        return response

    def process_exception(self, request, exception):
        if not request.path.startswith("/api/"):
            return None
        if isinstance(exception, Http404):
            return JsonResponse(problem(404, _("No such resource.")), status=404, content_type=PROBLEM_CONTENT_TYPE)
        logger.exception("Unhandled API error", exc_info=exception)
        return JsonResponse(
            problem(500, _("Something went wrong on our side. The error has been logged.")),
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
            content_type=PROBLEM_CONTENT_TYPE,
        )
