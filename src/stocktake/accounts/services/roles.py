from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from stocktake.accounts.models import Role, RoleAssignment
from stocktake.accounts.queries import forget_cached_permissions
from stocktake.common.permissions import require
from stocktake.common.services import audit


@transaction.atomic
def assign_role(actor, user, role: str, country=None) -> RoleAssignment:
    require(actor, "accounts.assign_role")
    if role not in Role.values:
        raise ValidationError({"role": _("Unknown role.")})
    if role == Role.FOCAL_POINT and country is None:
        raise ValidationError({"country": _("A national focal point must be bound to a country.")})
    if role != Role.FOCAL_POINT:
        country = None
    assignment, _created = RoleAssignment.objects.get_or_create(user=user, role=role, country=country)
    if role == Role.SECRETARIAT and not user.is_staff:
        user.is_staff = True  # the secretariat works in the admin site
        user.save(update_fields=["is_staff"])
    forget_cached_permissions(user)
    audit.record(actor, "accounts.role.assign", user, after={"role": role, "country": getattr(country, "code", None)})
    return assignment


@transaction.atomic
def revoke_role(actor, user, role: str, country=None) -> None:
    require(actor, "accounts.assign_role")
    deleted, _count = RoleAssignment.objects.filter(user=user, role=role, country=country).delete()
    if not deleted:
        raise ValidationError(_("This person does not hold that role."))
    if role == Role.SECRETARIAT and not user.is_superuser:
        user.is_staff = False
        user.save(update_fields=["is_staff"])
    forget_cached_permissions(user)
    audit.record(actor, "accounts.role.revoke", user, before={"role": role, "country": getattr(country, "code", None)})
