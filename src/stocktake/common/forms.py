"""What every app's forms share: showing what a service refused on the form that called it."""

from __future__ import annotations

from collections.abc import Mapping

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _


def apply_service_errors(
    form: forms.BaseForm, exc: ValidationError | PermissionDenied, *, fields: Mapping[str, str] | None = None
) -> None:
    """Show an error raised by a service function on `form`.

    Services validate, so the messages a user must see come back as a ValidationError (by field
    name, or a plain list) or a PermissionDenied. A message whose key names one of the form's fields
    goes on that field; everything else (a plain list, ``__all__``, a key the form has no field
    for, a refused permission) goes above the form as a non-field error. `fields` renames a
    service's keys to the form's own field names where they differ (``{"reason": "comment"}``).
    """
    if isinstance(exc, PermissionDenied):
        form.add_error(None, str(exc) or _("You do not have permission to do this."))
        return
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc.error_list)
        return
    renames = fields or {}
    for key, errors in exc.error_dict.items():
        target = renames.get(key, key)
        form.add_error(target if target in form.fields else None, errors)
