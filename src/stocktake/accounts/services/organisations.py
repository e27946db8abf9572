"""Writes for organisations and their members. Each function checks permission, validates,
writes and audits inside one transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from stocktake.accounts.models import Membership, Organisation
from stocktake.accounts.queries import forget_cached_permissions
from stocktake.common.permissions import require
from stocktake.common.services import audit

EDITABLE_FIELDS = ["name", "stakeholder_type", "country", "website"]


def _unique_slug(name: str) -> str:
    base = slugify(name)[:100] or "organisation"
    slug, n = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _validate(data: dict) -> None:
    errors = {}
    if not (data.get("name") or "").strip():
        errors["name"] = _("Give the organisation's name.")
    if not data.get("stakeholder_type"):
        errors["stakeholder_type"] = _("Choose a stakeholder type.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_organisation(actor, *, name, stakeholder_type, country=None, website="", external_key="") -> Organisation:
    """Create an organisation; the creator becomes its first administrator."""
    require(actor, "accounts.create_organisation")
    _validate({"name": name, "stakeholder_type": stakeholder_type})
    org = Organisation.objects.create(
        name=name.strip(),
        slug=_unique_slug(name),
        stakeholder_type=stakeholder_type,
        country=country,
        website=website,
        external_key=external_key,
    )
    Membership.objects.create(user=actor, organisation=org, role=Membership.OrgRole.ADMIN)
    forget_cached_permissions(actor)
    audit.record(actor, "accounts.organisation.create", org, after=audit.snapshot(org))
    return org


@transaction.atomic
def update_organisation(actor, organisation: Organisation, **changes) -> Organisation:
    require(actor, "accounts.change_organisation", organisation)
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(_("These fields cannot be changed: %(fields)s") % {"fields": ", ".join(sorted(unknown))})
    before = audit.snapshot(organisation, EDITABLE_FIELDS)
    for field, value in changes.items():
        setattr(organisation, field, value)
    _validate({"name": organisation.name, "stakeholder_type": organisation.stakeholder_type_id})
    organisation.save()
    audit.record(
        actor,
        "accounts.organisation.update",
        organisation,
        before=before,
        after=audit.snapshot(organisation, EDITABLE_FIELDS),
    )
    return organisation


@transaction.atomic
def add_member(actor, organisation: Organisation, user, role: str = Membership.OrgRole.MEMBER) -> Membership:
    require(actor, "accounts.manage_members", organisation)
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=organisation, defaults={"role": role}
    )
    if not created and membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
    forget_cached_permissions(user)
    audit.record(actor, "accounts.membership.add", organisation, after={"user": user.email, "role": role})
    return membership


@transaction.atomic
def remove_member(actor, organisation: Organisation, user) -> None:
    require(actor, "accounts.manage_members", organisation)
    deleted, _count = Membership.objects.filter(user=user, organisation=organisation).delete()
    if not deleted:
        raise ValidationError(_("This person is not a member of the organisation."))
    forget_cached_permissions(user)
    audit.record(actor, "accounts.membership.remove", organisation, before={"user": user.email})


@transaction.atomic
def set_verified(actor, organisation: Organisation, verified: bool = True) -> Organisation:
    require(actor, "accounts.verify_organisation", organisation)
    before = {"verified": organisation.verified}
    organisation.verified = verified
    organisation.save(update_fields=["verified", "updated_at"])
    audit.record(actor, "accounts.organisation.verify", organisation, before=before, after={"verified": verified})
    return organisation
