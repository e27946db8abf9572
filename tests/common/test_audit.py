"""Every write made through a service function leaves an audit record with who, what and before/after."""

import pytest

from stocktake.accounts.services import organisations, roles
from stocktake.common.models import AuditLog
from stocktake.taxonomy.models import Country, StakeholderType
from tests.factories import OrganisationFactory, UserFactory, member_of, user_with_role

pytestmark = pytest.mark.django_db


def _writes():
    """(name, callable) pairs: each performs one service write."""
    secretariat = user_with_role("secretariat")
    org = OrganisationFactory()
    admin = member_of(org)
    other = UserFactory()
    gov = StakeholderType.objects.get(code="government")
    return [
        (
            "accounts.organisation.create",
            lambda: organisations.create_organisation(admin, name="New", stakeholder_type=gov),
        ),
        (
            "accounts.organisation.update",
            lambda: organisations.update_organisation(admin, org, website="https://x.example"),
        ),
        ("accounts.membership.add", lambda: organisations.add_member(admin, org, other)),
        ("accounts.membership.remove", lambda: organisations.remove_member(admin, org, other)),
        ("accounts.organisation.verify", lambda: organisations.set_verified(secretariat, org)),
        (
            "accounts.role.assign",
            lambda: roles.assign_role(secretariat, other, "focal_point", Country.objects.get(code="TR")),
        ),
        (
            "accounts.role.revoke",
            lambda: roles.revoke_role(secretariat, other, "focal_point", Country.objects.get(code="TR")),
        ),
    ]


def test_every_service_write_is_audited():
    for action, write in _writes():
        before = AuditLog.objects.filter(action=action).count()
        write()
        assert AuditLog.objects.filter(action=action).count() == before + 1, action


def test_audit_record_has_actor_and_before_after():
    org = OrganisationFactory(website="https://old.example")
    admin = member_of(org)
    organisations.update_organisation(admin, org, website="https://new.example")
    record = AuditLog.objects.get(action="accounts.organisation.update")
    assert record.actor == admin
    assert record.actor_label == admin.email
    assert record.before["website"] == "https://old.example"
    assert record.after["website"] == "https://new.example"
    assert record.object_id == str(org.public_id)


def test_audit_log_is_append_only():
    org = OrganisationFactory()
    organisations.set_verified(user_with_role("secretariat"), org)
    record = AuditLog.objects.latest("id")
    record.action = "tampered"
    with pytest.raises(TypeError):
        record.save()
    with pytest.raises(TypeError):
        record.delete()
    with pytest.raises(TypeError):
        AuditLog.objects.all().update(action="x")
    with pytest.raises(TypeError):
        AuditLog.objects.all().delete()


def test_failed_write_leaves_no_audit_record():
    org = OrganisationFactory()
    outsider = UserFactory()
    count = AuditLog.objects.count()
    with pytest.raises(Exception):  # noqa: B017 - PermissionDenied
        organisations.update_organisation(outsider, org, name="x")
    assert AuditLog.objects.count() == count
