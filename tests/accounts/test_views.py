import pytest

from stocktake.accounts.models import Membership, Organisation, User
from stocktake.common.models import AuditLog
from stocktake.taxonomy.models import Country, StakeholderType
from tests.factories import OrganisationFactory, UserFactory, member_of, user_with_role

pytestmark = pytest.mark.django_db


def test_register_an_organisation(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        "/organisations/new/",
        {
            "name": "Andean Rural Connectivity Network",
            "stakeholder_type": StakeholderType.objects.get(code="civil-society").pk,
            "country": Country.objects.get(code="PE").pk,
            "website": "https://andean.example",
        },
    )
    org = Organisation.objects.get(name="Andean Rural Connectivity Network")
    assert response.status_code == 302
    assert response["Location"] == f"/organisations/{org.slug}/manage/"
    assert Membership.objects.get(organisation=org).user == user


def test_organisation_form_errors_are_summarised_and_linked(client):
    client.force_login(UserFactory())
    response = client.post("/organisations/new/", {"name": "", "website": "not a url"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    assert 'href="#id_name"' in html and 'href="#id_stakeholder_type"' in html
    assert 'aria-invalid="true"' in html
    assert not Organisation.objects.exists()


def test_unconfirmed_user_cannot_register_an_organisation(client):
    client.force_login(UserFactory(confirmed=False))
    response = client.post(
        "/organisations/new/",
        {"name": "X", "stakeholder_type": StakeholderType.objects.get(code="academia").pk},
    )
    assert response.status_code == 403
    assert not Organisation.objects.exists()


def test_outsider_cannot_open_or_change_another_organisation(client):
    org = OrganisationFactory(name="Original")
    client.force_login(UserFactory())
    assert client.get(f"/organisations/{org.slug}/manage/").status_code == 403
    assert client.post(f"/organisations/{org.slug}/manage/", {"name": "Hijacked"}).status_code == 403
    org.refresh_from_db()
    assert org.name == "Original"


def test_admin_adds_and_removes_a_member(client):
    org = OrganisationFactory()
    admin = member_of(org)
    colleague = UserFactory()
    client.force_login(admin)
    client.post(f"/organisations/{org.slug}/members/add/", {"email": colleague.email.upper(), "role": "member"})
    assert Membership.objects.filter(organisation=org, user=colleague, role="member").exists()
    client.post(f"/organisations/{org.slug}/members/{colleague.public_id}/remove/")
    assert not Membership.objects.filter(organisation=org, user=colleague).exists()


def test_manage_page_query_count(client, django_assert_max_num_queries):
    org = OrganisationFactory()
    admin = member_of(org)
    for _ in range(8):
        member_of(org, role="member")
    client.force_login(admin)
    with django_assert_max_num_queries(22):
        response = client.get(f"/organisations/{org.slug}/manage/")
    assert response.status_code == 200
    assert response.content.decode().count("remove/") == 9


def test_api_token_is_issued_once_and_works(client, api_client):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/me/api-token/")
    token = response.context["token"]
    assert len(token) == 40
    assert AuditLog.objects.filter(action="accounts.token.issue").exists()
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api_client.get("/api/v1/categories/").status_code == 200
    second = client.post("/me/api-token/").context["token"]
    assert second != token
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api_client.get("/api/v1/categories/").status_code == 401


def test_secretariat_role_opens_the_admin(client):
    secretariat = user_with_role("secretariat")
    from stocktake.accounts.services import roles

    promoted = UserFactory()
    roles.assign_role(secretariat, promoted, "secretariat")
    promoted.refresh_from_db()
    assert promoted.is_staff
    client.force_login(User.objects.get(pk=promoted.pk))
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/accounts/organisation/").status_code == 200
    plain = UserFactory()
    client.force_login(plain)
    assert client.get("/admin/").status_code == 302


def test_admin_changes_are_audited(client):
    org = OrganisationFactory()
    superuser = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(superuser)
    response = client.post(
        f"/admin/accounts/organisation/{org.pk}/change/",
        {
            "name": "Renamed in admin",
            "slug": org.slug,
            "stakeholder_type": org.stakeholder_type_id,
            "country": org.country_id,
            "website": "",
            "memberships-TOTAL_FORMS": 0,
            "memberships-INITIAL_FORMS": 0,
            "external_key": "",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    assert AuditLog.objects.filter(action="admin.organisation.change", actor=superuser).exists()
