"""Named permission rules for national coordination.

A focal point acts only for the country its role is bound to; the secretariat may act for any.
`obj` is a Country, a Campaign or an Invitation."""

import rules

from stocktake.accounts.queries import focal_point_country_codes
from stocktake.accounts.rules import is_confirmed, is_org_member, is_secretariat


def focal_countries(user) -> set[str]:
    """Country codes the user is a focal point for (cached on the user for the request)."""
    if not getattr(user, "is_authenticated", False):
        return set()
    cached = getattr(user, "_stocktake_focal_countries", None)
    if cached is None:
        cached = focal_point_country_codes(user)
        user._stocktake_focal_countries = cached
    return cached


def _country_code(obj) -> str | None:
    if obj is None:
        return None
    if hasattr(obj, "campaign"):  # an invitation
        obj = obj.campaign
    if hasattr(obj, "country"):  # a campaign
        obj = obj.country
    return getattr(obj, "code", None)


@rules.predicate
def is_focal_point_for(user, obj) -> bool:
    code = _country_code(obj)
    return code is not None and code in focal_countries(user)


@rules.predicate
def is_any_focal_point(user) -> bool:
    return bool(focal_countries(user))


@rules.predicate
def is_member_of_invited_org(user, invitation) -> bool:
    return invitation is not None and is_org_member(user, invitation.organisation)


can_coordinate = is_confirmed & (is_focal_point_for | is_secretariat)

rules.add_perm("coordination.use_coordination", is_confirmed & (is_any_focal_point | is_secretariat))
rules.add_perm("coordination.create_campaign", can_coordinate)
rules.add_perm("coordination.view_campaign", can_coordinate)
rules.add_perm("coordination.change_campaign", can_coordinate)
rules.add_perm("coordination.invite", can_coordinate)
rules.add_perm("coordination.send_invitations", can_coordinate)
rules.add_perm("coordination.record_bounce", can_coordinate)
rules.add_perm("coordination.export_campaign", can_coordinate)
rules.add_perm("coordination.accept_invitation", is_confirmed)
rules.add_perm("coordination.share_drafts", is_confirmed & (is_member_of_invited_org | is_secretariat))
