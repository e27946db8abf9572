import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from stocktake.contests.models import Submission
from stocktake.coordination.queries import tracking
from stocktake.coordination.services import invitations
from tests.coordination.factories import (
    CampaignFactory,
    CategoryFactory,
    InvitationFactory,
    SubmissionFactory,
    add_phases,
    focal_point,
    tr_org,
)
from tests.factories import OrganisationFactory, UserFactory, member_of

pytestmark = pytest.mark.django_db


def _stage_of(campaign, organisation):
    return {r.organisation.pk: r for r in tracking.campaign_progress(campaign)}[organisation.pk]


def test_an_invited_organisations_work_appears_without_the_focal_point_doing_anything():
    campaign = CampaignFactory()
    invitation = InvitationFactory(campaign=campaign)
    org = invitation.organisation
    assert _stage_of(campaign, org).stage == tracking.INVITED

    invitations.accept_invitation(UserFactory(), invitation)
    row = _stage_of(campaign, org)
    assert row.stage == tracking.ACCOUNT and row.account_at

    category = CategoryFactory(track=campaign.track)
    submission = SubmissionFactory(category=category, organisation=org)
    row = _stage_of(campaign, org)
    assert row.stage == tracking.DRAFT and row.draft_at == submission.created_at and not row.has_submitted

    submission.state, submission.submitted_at = Submission.State.SUBMITTED, timezone.now()
    submission.save()
    row = _stage_of(campaign, org)
    assert row.stage == tracking.SUBMITTED and row.submitted_at == submission.submitted_at

    # Work for another call does not count.
    other_call = CategoryFactory(track__slug="photo", track__kind="photo")
    SubmissionFactory(category=other_call, organisation=tr_org(), state="nominated")
    assert _stage_of(campaign, org).submissions == 1


def test_outcomes_show_only_once_the_contest_has_made_them_public():
    campaign = CampaignFactory()
    now = timezone.now()
    # Submission ended 45 days ago: the vote is open now.
    add_phases(campaign.track, submission_end=now - datetime.timedelta(days=45))
    invitation = InvitationFactory(campaign=campaign)
    SubmissionFactory(
        category=CategoryFactory(track=campaign.track), organisation=invitation.organisation, state="winner"
    )
    calendar = tracking.Calendar.for_track(campaign.track)
    assert calendar.voting_status()[0] == "open"
    row = {r.organisation.pk: r for r in tracking.campaign_progress(campaign, calendar=calendar)}[
        invitation.organisation_id
    ]
    assert row.stage == tracking.NOMINATED
    later = tracking.Calendar.for_track(campaign.track, now + datetime.timedelta(days=20))
    assert later.visible_stage("winner") == tracking.FINALIST
    assert later.voting_status()[0] == "finalists"
    at_ceremony = tracking.Calendar.for_track(campaign.track, now + datetime.timedelta(days=70))
    assert at_ceremony.visible_stage("winner") == tracking.WINNER
    assert at_ceremony.voting_status()[0] == "public"


def test_focal_point_sees_its_countrys_submissions_read_only_and_no_draft_content(client):
    campaign = CampaignFactory()
    category = CategoryFactory(track=campaign.track)
    invited = InvitationFactory(campaign=campaign).organisation
    SubmissionFactory(
        category=category, organisation=invited, title="Gizli taslak başlığı", short_description="Gizli özet"
    )
    SubmissionFactory(category=category, organisation=tr_org(), title="Submitted Turkish project", state="submitted")
    SubmissionFactory(category=category, organisation=OrganisationFactory(), title="Kenyan project", state="submitted")
    SubmissionFactory(
        category=category, organisation=OrganisationFactory(), title="Kenyan draft", short_description="Kenya text"
    )

    client.force_login(focal_point())
    html = client.get(reverse("coordination:campaign", args=[campaign.public_id])).content.decode()
    assert "Submitted Turkish project" in html
    assert "Draft – not shared" in html
    for secret in ("Gizli taslak başlığı", "Gizli özet", "Kenyan project", "Kenyan draft", "Kenya text"):
        assert secret not in html
    assert "<form" not in html.split('id="subs-heading"')[1]  # read-only

    # The organisation shares its drafts: now the focal point may read them.
    invitation = campaign.invitations.get()
    invitations.set_draft_sharing(member_of(invited), invitation, True)
    html = client.get(reverse("coordination:campaign", args=[campaign.public_id])).content.decode()
    assert "Gizli taslak başlığı" in html and "Gizli özet" in html


def test_another_countrys_focal_point_cannot_see_the_campaign(client):
    campaign = CampaignFactory()
    client.force_login(focal_point("KE"))
    for name in ("campaign", "campaign_edit", "invite", "import"):
        assert client.get(reverse(f"coordination:{name}", args=[campaign.public_id])).status_code == 404
    assert client.get(reverse("coordination:campaign_export", args=[campaign.public_id, "csv"])).status_code == 404
    assert campaign.title not in client.get(reverse("coordination:campaigns")).content.decode()
    client.force_login(UserFactory())
    assert client.get(reverse("coordination:campaign", args=[campaign.public_id])).status_code == 404
