import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from stocktake.common.models import AuditLog
from stocktake.repository.models import Entry
from stocktake.repository.services.entries import create_entry
from tests.factories import OrganisationFactory, member_of
from tests.repository.factories import complete_data, owner_and_org

pytestmark = pytest.mark.django_db


def test_create_entry_makes_draft_with_version_one():
    owner, org = owner_and_org()
    entry = create_entry(owner, org, complete_data())
    assert entry.state == Entry.State.DRAFT and not entry.is_public
    version = entry.versions.get()
    assert version.number == 1 and version.state == "draft"
    assert version.data["countries"] == ["KE", "UG"] and version.data["sdgs"] == [4, 10]
    assert sorted(entry.regions.values_list("code", flat=True)) == ["AFR"]
    assert AuditLog.objects.filter(action="repository.entry.create", object_id=str(entry.public_id)).exists()


def test_incomplete_draft_is_allowed():
    owner, org = owner_and_org()
    entry = create_entry(owner, org, {"title": "Half-written idea"})
    assert entry.versions.get().data["description"] == ""


def test_invalid_values_are_refused_per_field():
    owner, org = owner_and_org()
    with pytest.raises(ValidationError) as err:
        create_entry(
            owner,
            org,
            complete_data(
                start_date="2025-05-01",
                end_date="2024-01-01",
                countries=["KE", "XX"],
                sdgs=[4, 18],
                website="not a url",
                action_lines=["C99"],
            ),
        )
    fields = err.value.message_dict
    assert set(fields) == {"end_date", "countries", "sdgs", "website", "action_lines"}
    assert "XX" in fields["countries"][0] and "18" in fields["sdgs"][0]
    assert Entry.objects.count() == 0


@pytest.mark.parametrize("who", ["other_org", "anonymous", "unconfirmed"])
def test_only_members_may_create(who):
    org = OrganisationFactory()
    from django.contrib.auth.models import AnonymousUser

    actor = {
        "other_org": lambda: member_of(OrganisationFactory()),
        "anonymous": AnonymousUser,
        "unconfirmed": lambda: member_of(org, confirmed=False),
    }[who]()
    with pytest.raises(PermissionDenied):
        create_entry(actor, org, complete_data())
    assert Entry.objects.count() == 0


def test_secretariat_may_create_for_any_organisation():
    from tests.factories import user_with_role

    entry = create_entry(user_with_role("secretariat"), OrganisationFactory(), complete_data())
    assert entry.pk and entry.organisation.memberships.count() == 0
