import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from stocktake.accounts.models import Organisation
from stocktake.common.models import AuditLog, OutboxMessage
from stocktake.coordination.models import Campaign, Invitation
from stocktake.coordination.services import campaigns
from stocktake.coordination.tasks import send_campaign_reminders
from stocktake.taxonomy.models import Country
from tests.coordination.factories import (
    CampaignFactory,
    InvitationFactory,
    TrackFactory,
    add_phases,
    focal_point,
    tr_org,
)
from tests.factories import UserFactory, user_with_role

pytestmark = pytest.mark.django_db


def _create(actor, track, country="TR", **kwargs):
    data = {
        "country": Country.objects.get(code=country),
        "track": track,
        "title": "WSIS Ödülleri 2026",
        "message": "Başvurularınızı bekliyoruz.",
        "language": "tr",
    } | kwargs
    return campaigns.create_campaign(actor, **data)


def test_deadline_defaults_to_the_end_of_the_tracks_submission_phase():
    track = TrackFactory()
    end = timezone.now() + datetime.timedelta(days=30)
    add_phases(track, submission_end=end)
    campaign = _create(focal_point(), track)
    assert campaign.deadline == end
    assert campaign.reminder_days == [14, 7, 2]
    assert AuditLog.objects.filter(action="coordination.campaign.create", object_id=str(campaign.public_id)).exists()


def test_a_focal_point_acts_only_for_its_own_country():
    track = TrackFactory()
    add_phases(track, submission_end=timezone.now() + datetime.timedelta(days=30))
    with pytest.raises(PermissionDenied):
        _create(focal_point("KE"), track, country="TR")
    with pytest.raises(PermissionDenied):
        _create(UserFactory(), track)
    assert _create(user_with_role("secretariat"), track).country.code == "TR"


def test_a_track_without_submission_phase_needs_a_deadline():
    with pytest.raises(ValidationError) as error:
        _create(focal_point(), TrackFactory(), reminder_days="10, 3")
    assert "deadline" in error.value.message_dict
    assert not Campaign.objects.exists()


def test_bad_reminder_days_are_refused():
    track = TrackFactory()
    add_phases(track, submission_end=timezone.now() + datetime.timedelta(days=30))
    with pytest.raises(ValidationError) as error:
        _create(focal_point(), track, reminder_days="7, soon")
    assert "reminder_days" in error.value.message_dict


def test_invite_a_typed_in_organisation_creates_it_in_the_campaigns_country():
    campaign = CampaignFactory()
    actor = focal_point()
    invitation = campaigns.invite_organisation(
        actor, campaign, name="Adalet Bakanlığı", email="Bilgi@Adalet.example", contact_name="Mehmet Kaya"
    )
    org = invitation.organisation
    assert org.name == "Adalet Bakanlığı" and org.country.code == "TR" and not org.verified
    assert invitation.email == "bilgi@adalet.example" and invitation.state == Invitation.State.INVITED
    # The same name again finds the same organisation, and a second invitation is refused.
    with pytest.raises(ValidationError):
        campaigns.invite_organisation(actor, campaign, name="adalet bakanlığı", email="x@adalet.example")
    assert Organisation.objects.filter(name__iexact="Adalet Bakanlığı").count() == 1


def test_invite_an_existing_organisation():
    campaign = CampaignFactory()
    org = tr_org(name="Sağlık Bakanlığı")
    invitation = campaigns.invite_organisation(focal_point(), campaign, organisation=org, email="a@saglik.example")
    assert invitation.organisation == org


def test_invite_needs_a_valid_email():
    with pytest.raises(ValidationError) as error:
        campaigns.invite_organisation(focal_point(), CampaignFactory(), name="Ticaret Bakanlığı", email="nope")
    assert "email" in error.value.message_dict
    assert not Invitation.objects.exists()


def test_campaign_pages_create_and_edit(client):
    track = TrackFactory()
    add_phases(track, submission_end=timezone.now() + datetime.timedelta(days=30))
    user = focal_point()
    client.force_login(user)
    page = client.get(reverse("coordination:campaign_create"))
    assert page.status_code == 200
    response = client.post(
        reverse("coordination:campaign_create"),
        {
            "country": Country.objects.get(code="TR").pk,
            "track": track.pk,
            "title": "",
            "message": "Merhaba",
            "language": "tr",
            "reminder_days": "14, 7, 2",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-invalid="true"' in html and 'href="#id_title"' in html
    # The service's refusal lands on its field, tied to the message the same way.
    response = client.post(
        reverse("coordination:campaign_create"),
        {
            "country": Country.objects.get(code="TR").pk,
            "track": track.pk,
            "title": "WSIS 2026",
            "message": "Merhaba",
            "language": "tr",
            "reminder_days": "200",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200 and not Campaign.objects.exists()
    assert '<ul class="errorlist" id="id_reminder_days-error"><li>Each reminder must be between 1 and 120' in html
    assert 'aria-describedby="id_reminder_days-error id_reminder_days_helptext"' in html
    response = client.post(
        reverse("coordination:campaign_create"),
        {
            "country": Country.objects.get(code="TR").pk,
            "track": track.pk,
            "title": "WSIS 2026",
            "message": "Merhaba",
            "language": "tr",
            "reminder_days": "10, 3",
        },
    )
    campaign = Campaign.objects.get()
    assert response.status_code == 302 and campaign.reminder_days == [10, 3]
    response = client.post(
        reverse("coordination:invite", args=[campaign.public_id]),
        {"name": "Milli Eğitim Bakanlığı", "email": "meb@meb.example", "contact_name": "Zeynep Demir"},
    )
    assert response.status_code == 302
    assert campaign.invitations.get().organisation.name == "Milli Eğitim Bakanlığı"


def test_pages_need_the_focal_point_role(client):
    client.force_login(UserFactory())
    assert client.get(reverse("coordination:campaigns")).status_code == 403
    assert client.get(reverse("coordination:campaign_create")).status_code == 403


def test_a_new_campaign_is_reminded_by_the_scheduled_task_without_booking_work_of_its_own(
    django_capture_on_commit_callbacks,
):
    from django_tasks_db.models import DBTaskResult

    track = TrackFactory()
    add_phases(track, submission_end=timezone.now() + datetime.timedelta(days=6, hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        campaign = _create(focal_point(), track)
    assert not DBTaskResult.objects.exists()  # the scheduler, not the campaign, queues reminder runs
    InvitationFactory(campaign=campaign, email="meb@meb.example")
    # The reminder task the scheduler queues on every tick picks the campaign up: 7 days are left.
    [result] = send_campaign_reminders.func()
    assert result["day"] == 7 and result["reminders"] == 1
    assert OutboxMessage.objects.get(kind="coordination.reminder").to_email == "meb@meb.example"


def test_edit_page(client):
    campaign = CampaignFactory()
    client.force_login(focal_point())
    url = reverse("coordination:campaign_edit", args=[campaign.public_id])
    assert "reminder_days" in client.get(url).content.decode()
    response = client.post(
        url,
        {
            "title": "Yeni başlık",
            "message": campaign.message,
            "language": "tr",
            "deadline": "2026-12-20T18:00",
            "reminder_days": "5",
        },
    )
    assert response.status_code == 302
    campaign.refresh_from_db()
    assert campaign.title == "Yeni başlık" and campaign.reminder_days == [5]
    assert AuditLog.objects.filter(action="coordination.campaign.update").exists()


def test_campaign_list_query_count(client, django_assert_max_num_queries):
    for _ in range(3):
        CampaignFactory(track=TrackFactory(slug=f"t{_}"))
    client.force_login(user_with_role("secretariat"))
    with django_assert_max_num_queries(8):
        html = client.get(reverse("coordination:campaigns")).content.decode()
    assert html.count('<th scope="row">') == 3


def test_turkish_names_match_whatever_their_case():
    campaign = CampaignFactory()
    existing = tr_org(name="İçişleri Bakanlığı")
    assert campaigns.find_organisation(campaign, "İÇİŞLERİ  BAKANLIĞI") == existing
    assert campaigns.find_organisation(campaign, "icisleri bakanligi") == existing
    invitation = campaigns.invite_organisation(
        focal_point(), campaign, name="İÇİŞLERİ BAKANLIĞI", email="bilgi@icisleri.example"
    )
    assert invitation.organisation == existing
