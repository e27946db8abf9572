import pytest

from stocktake.coordination.models import Invitation
from tests.coordination.factories import (
    CampaignFactory,
    CategoryFactory,
    InvitationFactory,
    SubmissionFactory,
    focal_point,
)
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_focal_point_reads_its_campaign_through_the_api(api_client, django_assert_max_num_queries):
    campaign = CampaignFactory()
    category = CategoryFactory(track=campaign.track)
    for state in ["draft", "submitted", None]:
        invitation = InvitationFactory(campaign=campaign)
        if state:
            SubmissionFactory(category=category, organisation=invitation.organisation, state=state, title=f"T-{state}")
    api_client.force_authenticate(focal_point())
    with django_assert_max_num_queries(6):
        listing = api_client.get("/api/v1/coordination/campaigns/").json()
    assert [c["id"] for c in listing["results"]] == [str(campaign.public_id)]
    detail = api_client.get(f"/api/v1/coordination/campaigns/{campaign.public_id}/").json()
    assert sorted(o["stage"] for o in detail["organisations"]) == ["draft", "invited", "submitted"]
    submissions = api_client.get(f"/api/v1/coordination/campaigns/{campaign.public_id}/submissions/").json()
    assert {s["title"] for s in submissions} == {"", "T-submitted"}  # the draft's title stays private


def test_other_countries_and_strangers_get_404_problem(api_client):
    campaign = CampaignFactory()
    for user in (focal_point("KE"), UserFactory()):
        api_client.force_authenticate(user)
        response = api_client.get(f"/api/v1/coordination/campaigns/{campaign.public_id}/")
        assert response.status_code == 404 and response["Content-Type"] == "application/problem+json"
        assert api_client.get("/api/v1/coordination/campaigns/").json()["results"] == []


def test_invite_through_the_api(api_client):
    campaign = CampaignFactory()
    api_client.force_authenticate(focal_point())
    url = f"/api/v1/coordination/campaigns/{campaign.public_id}/invitations/"
    response = api_client.post(url, {"name": "Ticaret Bakanlığı", "email": "broken"}, format="json")
    assert response.status_code == 400 and "email" in response.json()["errors"]
    response = api_client.post(url, {"organisation_id": str(OrganisationFactory().public_id), "email": "a@b.example"})
    assert response.status_code == 400 and "organisation" in response.json()["errors"]  # a Kenyan body
    response = api_client.post(url, {"name": "Ticaret Bakanlığı", "email": "bilgi@ticaret.example"}, format="json")
    assert response.status_code == 201 and response.json()["stage"] == "invited"
    assert Invitation.objects.get().organisation.name == "Ticaret Bakanlığı"
