"""The secretariat administers the platform: holders of that role get the Django model permissions
the admin site asks for. Everything else is decided by the named rules."""

from stocktake.accounts.queries import roles_of

ADMIN_PERMISSION_PREFIXES = ("view_", "add_", "change_", "delete_")


class SecretariatAdminBackend:
    def authenticate(self, request, **credentials):
        return None

    def has_perm(self, user_obj, perm, obj=None):
        if not getattr(user_obj, "is_active", False) or "secretariat" not in roles_of(user_obj):
            return False
        _app, _, codename = perm.partition(".")
        return codename.startswith(ADMIN_PERMISSION_PREFIXES)

    def has_module_perms(self, user_obj, app_label):
        return getattr(user_obj, "is_active", False) and "secretariat" in roles_of(user_obj)
