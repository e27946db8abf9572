"""Named permission rules for accounts. Each action is checked in exactly one place: the service
function that performs it calls `require(user, "<rule>", obj)`."""

import rules

from stocktake.accounts.queries import roles_of


@rules.predicate
def is_confirmed(user) -> bool:
    """Logged in, active, and the account's e-mail address is confirmed."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    cached = getattr(user, "_stocktake_confirmed", None)
    if cached is None:
        cached = user.emailaddress_set.filter(email__iexact=user.email, verified=True).exists()
        user._stocktake_confirmed = cached
    return cached


def has_role(role: str):
    @rules.predicate(name=f"has_role:{role}")
    def predicate(user) -> bool:
        return getattr(user, "is_authenticated", False) and role in roles_of(user)

    return predicate


is_secretariat = has_role("secretariat") | rules.is_superuser
is_moderator = has_role("moderator") | is_secretariat
is_expert = has_role("expert")
is_focal_point = has_role("focal_point")


@rules.predicate
def is_org_member(user, organisation) -> bool:
    if organisation is None or not getattr(user, "is_authenticated", False):
        return False
    return organisation.pk in user_organisation_ids(user)


@rules.predicate
def is_org_admin(user, organisation) -> bool:
    if organisation is None or not getattr(user, "is_authenticated", False):
        return False
    return user.memberships.filter(organisation=organisation, role="admin").exists()


def user_organisation_ids(user) -> set[int]:
    cached = getattr(user, "_stocktake_org_ids", None)
    if cached is None:
        cached = set(user.memberships.values_list("organisation_id", flat=True))
        user._stocktake_org_ids = cached
    return cached


rules.add_perm("accounts.create_organisation", is_confirmed)
rules.add_perm("accounts.change_organisation", is_confirmed & (is_org_admin | is_secretariat))
rules.add_perm("accounts.manage_members", is_confirmed & (is_org_admin | is_secretariat))
rules.add_perm("accounts.act_for_organisation", is_confirmed & (is_org_member | is_secretariat))
rules.add_perm("accounts.verify_organisation", is_secretariat)
rules.add_perm("accounts.assign_role", is_secretariat)
rules.add_perm("accounts.view_audit_log", is_secretariat)
rules.add_perm("accounts.use_api_token", is_confirmed)
