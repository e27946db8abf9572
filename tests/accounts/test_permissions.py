import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from stocktake.accounts.models import Membership
from stocktake.accounts.services import organisations, roles
from stocktake.taxonomy.models import Country, StakeholderType
from tests.factories import OrganisationFactory, UserFactory, member_of, user_with_role

pytestmark = pytest.mark.django_db


def test_unconfirmed_user_cannot_act():
    user = UserFactory(confirmed=False)
    with pytest.raises(PermissionDenied):
        organisations.create_organisation(
            user, name="Unconfirmed org", stakeholder_type=StakeholderType.objects.get(code="academia")
        )


def test_creator_becomes_admin_of_new_organisation():
    user = UserFactory()
    org = organisations.create_organisation(
        user,
        name="Digital Skills Trust",
        stakeholder_type=StakeholderType.objects.get(code="civil-society"),
        country=Country.objects.get(code="GH"),
    )
    assert Membership.objects.get(user=user, organisation=org).role == "admin"
    assert user.has_perm("accounts.act_for_organisation", org)


def test_member_of_a_cannot_act_for_b():
    org_a, org_b = OrganisationFactory(), OrganisationFactory()
    user_a = member_of(org_a)
    assert user_a.has_perm("accounts.act_for_organisation", org_a)
    assert not user_a.has_perm("accounts.act_for_organisation", org_b)
    with pytest.raises(PermissionDenied):
        organisations.update_organisation(user_a, org_b, name="Taken over")
    org_b.refresh_from_db()
    assert org_b.name != "Taken over"


def test_plain_member_cannot_manage_members():
    org = OrganisationFactory()
    member = member_of(org, role=Membership.OrgRole.MEMBER)
    with pytest.raises(PermissionDenied):
        organisations.add_member(member, org, UserFactory())


def test_secretariat_can_verify_and_others_cannot():
    org = OrganisationFactory()
    with pytest.raises(PermissionDenied):
        organisations.set_verified(member_of(org), org)
    organisations.set_verified(user_with_role("secretariat"), org)
    org.refresh_from_db()
    assert org.verified


def test_focal_point_role_needs_a_country():
    secretariat = user_with_role("secretariat")
    with pytest.raises(ValidationError):
        roles.assign_role(secretariat, UserFactory(), "focal_point")
    assignment = roles.assign_role(secretariat, UserFactory(), "focal_point", Country.objects.get(code="TR"))
    assert assignment.country.code == "TR"


def test_only_secretariat_assigns_roles():
    with pytest.raises(PermissionDenied):
        roles.assign_role(UserFactory(), UserFactory(), "moderator")


def test_update_rejects_unknown_fields():
    org = OrganisationFactory()
    with pytest.raises(ValidationError):
        organisations.update_organisation(member_of(org), org, verified=True)
