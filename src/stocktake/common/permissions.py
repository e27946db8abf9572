"""One way to ask "may this user do this?": named rules (django-rules), checked by services."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


def require(user, permission: str, obj=None) -> None:
    """Raise PermissionDenied unless `user` holds the named rule `permission` for `obj`."""
    if user is None or not user.has_perm(permission, obj):
        raise PermissionDenied(_("You do not have permission to do this."))
