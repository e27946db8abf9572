"""Reads about people and organisations shared by several callers."""


def roles_of(user) -> set[str]:
    """The platform roles a user holds (cached on the user object for the request)."""
    if not getattr(user, "is_authenticated", False):
        return set()
    cached = getattr(user, "_stocktake_roles", None)
    if cached is None:
        cached = set(user.role_assignments.values_list("role", flat=True))
        user._stocktake_roles = cached
    return cached


def focal_point_country_codes(user) -> set[str]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(user.role_assignments.filter(role="focal_point").values_list("country__code", flat=True))


def forget_cached_permissions(user) -> None:
    for attr in ("_stocktake_roles", "_stocktake_org_ids", "_stocktake_confirmed", "_perm_cache"):
        if hasattr(user, attr):
            delattr(user, attr)
